//! The API's operations, one module per area, and the router that serves them under `/api`.

mod avatar;
mod call_logs;
mod chat_plugin;
mod conversations;
mod customers;
mod export;
mod messages;
mod pages;
mod posts;
mod statistics;
mod tags;
mod upload;
mod users;

use std::sync::Arc;

use axum::Router;
use axum::extract::rejection::PathRejection;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::time::{MICROS_PER_SEC, Ts};

/// Shared state as handlers receive it.
pub type S = axum::extract::State<Arc<AppState>>;

/// Path parameters whose rejection is an [`ApiError`].
#[derive(Debug)]
pub struct P<T>(pub T);

impl<St: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<St> for P<T> {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &St) -> Result<Self, Self::Rejection> {
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|Path(v)| P(v))
            .map_err(|e: PathRejection| ApiError::invalid("path", e.body_text()))
    }
}

/// A JSON `200` answer.
pub fn ok<T: Serialize>(body: &T) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => (
            [(axum::http::header::CONTENT_TYPE, "application/json")],
            bytes,
        )
            .into_response(),
        Err(e) => ApiError::new(
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            crate::error::code::SERVER_ERROR,
            format!("the mock could not serialise its answer: {e}"),
        )
        .into_response(),
    }
}

/// A time strictly after `previous` and not before `now`, so an update always moves a
/// conversation forward in `updated_at` order even if the manual clock was set back.
pub fn later_than(previous: Ts, now: Ts) -> Ts {
    if now > previous {
        now
    } else {
        Ts(previous.0 + 1)
    }
}

/// Reads `since`/`until` (Unix seconds, both required) as an inclusive microsecond range,
/// clamped to the years 1970 to 9999 so later date arithmetic cannot overflow. A value in
/// milliseconds lies beyond 9999 and stays "the far future": the result is simply empty.
pub fn required_range(q: &crate::query::QueryParams) -> ApiResult<(i64, i64)> {
    const YEAR_10000: i64 = 253_402_300_800_000_000;
    let since = q.required_int("since")?;
    let until = q.required_int("until")?;
    let clamp = |micros: i64| micros.clamp(0, YEAR_10000);
    Ok((
        clamp(since.saturating_mul(MICROS_PER_SEC)),
        clamp(
            until
                .saturating_mul(MICROS_PER_SEC)
                .saturating_add(MICROS_PER_SEC - 1),
        ),
    ))
}

/// `page_number` (>= 1) and `page_size` (1..=max, `default` when absent and not required).
pub fn page_window(
    q: &crate::query::QueryParams,
    max: i64,
    default: Option<i64>,
) -> ApiResult<(usize, usize)> {
    let number = q.required_int("page_number")?;
    if number < 1 {
        return Err(ApiError::invalid(
            "page_number",
            format!("an integer >= 1, got {number}"),
        ));
    }
    let size = match (q.int_in("page_size", 1, max)?, default) {
        (Some(s), _) | (None, Some(s)) => s,
        (None, None) => return Err(ApiError::missing("page_size")),
    };
    Ok((
        (number as usize - 1).saturating_mul(size as usize),
        size as usize,
    ))
}

/// The `/api` routes.
pub fn api_routes() -> Router<Arc<AppState>> {
    let v1 = "/public_api/v1/pages/{page_id}";
    let conv = format!("{v1}/conversations/{{conversation_id}}");
    let pc = format!("{v1}/page_customers/{{page_customer_id}}");
    Router::new()
        // User API.
        .route("/v1/pages", get(pages::list_pages))
        .route(
            "/v1/pages/{page_id}/generate_page_access_token",
            post(pages::generate_page_access_token),
        )
        .route("/v1/statistics/user", get(statistics::multi_page_users))
        .route(
            "/v1/pages/{page_id}/avatar/{psid}",
            get(avatar::customer_avatar),
        )
        .route(
            "/v1/pke_chat_plugin/messages",
            get(chat_plugin::list_messages).post(chat_plugin::send_message),
        )
        // Page API v2.
        .route(
            "/public_api/v2/pages/{page_id}/conversations",
            get(conversations::list_v2),
        )
        // Page API v1.
        .route(&format!("{v1}/conversations"), get(conversations::list_v1))
        .route(
            &format!("{conv}/tags"),
            post(tags::update_conversation_tags),
        )
        .route(&format!("{conv}/assign"), post(conversations::assign))
        .route(&format!("{conv}/read"), post(conversations::mark_read))
        .route(&format!("{conv}/unread"), post(conversations::mark_unread))
        .route(
            &format!("{conv}/messages"),
            get(messages::list).post(messages::send),
        )
        .route(
            &format!("{v1}/statistics/pages_campaigns"),
            get(statistics::campaigns),
        )
        .route(&format!("{v1}/statistics/ads"), get(statistics::ads))
        .route(
            &format!("{v1}/statistics/customer_engagements"),
            get(statistics::engagements),
        )
        .route(&format!("{v1}/statistics/pages"), get(statistics::pages))
        .route(&format!("{v1}/statistics/tags"), get(statistics::tags))
        .route(&format!("{v1}/statistics/users"), get(statistics::users))
        .route(
            &format!("{v1}/statistics/page_customers"),
            get(statistics::new_customers),
        )
        .route(
            &format!("{v1}/statistics/customers"),
            get(statistics::new_customers_legacy),
        )
        .route(&format!("{v1}/page_customers"), get(customers::list))
        .route(&pc, axum::routing::put(customers::update))
        .route(
            &format!("{pc}/notes"),
            post(customers::add_note)
                .put(customers::update_note)
                .delete(customers::delete_note),
        )
        .route(&format!("{v1}/export_data"), get(export::export_data))
        .route(&format!("{v1}/sip_call_logs"), get(call_logs::list))
        .route(&format!("{v1}/tags"), get(tags::list))
        .route(&format!("{v1}/posts"), get(posts::list))
        .route(&format!("{v1}/users"), get(users::list))
        .route(
            &format!("{v1}/round_robin_users"),
            post(users::update_round_robin),
        )
        .route(
            &format!("{v1}/upload_contents"),
            post(upload::upload).layer(upload::body_limit()),
        )
}

/// Routes outside `/api` that API answers point to (avatar images).
pub fn asset_routes() -> Router<Arc<AppState>> {
    Router::new().route("/avatars/{page_id}/{file}", get(avatar::avatar_image))
}
