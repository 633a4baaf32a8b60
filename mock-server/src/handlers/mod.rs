//! The API's operations and the router that serves them under `/api`.
//!
//! Every operation of the spec has one handler, named after its operation id, in the module named
//! after the operation's spec tag (`call-logs` → `call_logs`): `list_sip_call_logs` is
//! `call_logs::list_sip_call_logs`, `get_tag_statistics` is `statistics::get_tag_statistics`.
//! [`api_routes`] serves each at the method and path the spec gives it, and hands the handler its
//! [`OperationId`]. Adding an operation is the spec plus one handler, listed in `operations!`
//! below.

mod call_logs;
mod chat_plugin;
mod contents;
mod conversations;
mod customers;
mod export;
mod messages;
mod pages;
mod posts;
mod statistics;
mod tags;
mod users;

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::sync::Arc;

use axum::extract::rejection::PathRejection;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, MethodRouter, get, on};
use axum::{Extension, Router};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::time::{MICROS_PER_SEC, Ts};

/// Shared state as handlers receive it.
pub type S = axum::extract::State<Arc<AppState>>;

/// The operation a request was routed to, as the spec names it: [`api_routes`] sets it on every
/// request of the operation, so a handler never spells its own id. It reads as the id (`&op`
/// where a `&str` is expected).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationId(pub &'static str);

impl std::ops::Deref for OperationId {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl<St: Send + Sync> FromRequestParts<St> for OperationId {
    type Rejection = Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &St) -> Result<Self, Self::Rejection> {
        // Every operation's route carries its id (`api_routes`); a handler reached any other way
        // is a wiring mistake the tests of `api_routes` rule out.
        Ok(parts
            .extensions
            .get::<OperationId>()
            .copied()
            .expect("api_routes sets the OperationId of every operation's route"))
    }
}

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

/// Lists every operation's handler as `module::operation_id`, optionally with a layer of its own
/// (`=> layer`), and makes from the list [`handler`] (the route of one operation, by id) and
/// `HANDLERS` (in tests).
macro_rules! operations {
    ($($module:ident :: $operation:ident $(=> $layer:expr)?),* $(,)?) => {
        /// `module::operation_id` of every handler, for the test that pairs them with the spec.
        #[cfg(test)]
        pub const HANDLERS: &[(&str, &str)] = &[$((stringify!($module), stringify!($operation))),*];

        /// The handler of `operation_id`, served for `method`.
        fn handler(operation_id: &str, method: MethodFilter) -> Option<MethodRouter<Arc<AppState>>> {
            match operation_id {
                $(stringify!($operation) => Some(on(method, $module::$operation)$(.layer($layer))?),)*
                _ => None,
            }
        }
    };
}

operations! {
    call_logs::list_sip_call_logs,
    chat_plugin::list_chat_plugin_messages,
    chat_plugin::send_chat_plugin_message,
    contents::upload_content => contents::body_limit(),
    conversations::assign_conversation,
    conversations::list_conversations,
    conversations::list_conversations_v1,
    conversations::mark_conversation_read,
    conversations::mark_conversation_unread,
    conversations::update_conversation_tags,
    customers::add_customer_note,
    customers::delete_customer_note,
    customers::list_page_customers,
    customers::update_customer_note,
    customers::update_page_customer,
    export::export_conversations_from_ads,
    messages::list_messages,
    messages::send_message,
    pages::generate_page_access_token,
    pages::get_customer_avatar,
    pages::list_pages,
    posts::list_posts,
    statistics::get_ads_campaign_statistics,
    statistics::get_ads_statistics,
    statistics::get_engagement_statistics,
    statistics::get_multi_page_user_statistics,
    statistics::get_new_customer_statistics,
    statistics::get_new_customer_statistics_legacy,
    statistics::get_page_statistics,
    statistics::get_tag_statistics,
    statistics::get_user_statistics,
    tags::list_tags,
    users::list_users,
    users::update_round_robin_users,
}

fn method_filter(method: pancake_openapi::Method) -> MethodFilter {
    use pancake_openapi::Method as M;
    match method {
        M::Get => MethodFilter::GET,
        M::Put => MethodFilter::PUT,
        M::Post => MethodFilter::POST,
        M::Delete => MethodFilter::DELETE,
        M::Options => MethodFilter::OPTIONS,
        M::Head => MethodFilter::HEAD,
        M::Patch => MethodFilter::PATCH,
        M::Trace => MethodFilter::TRACE,
    }
}

/// The `/api` routes: every operation of the spec at its method and its path under
/// [`crate::API_PREFIX`], each request carrying its [`OperationId`]. Built once, at start-up; an
/// operation without a handler is a bug of this module (a test pairs them), so it stops the start.
pub fn api_routes() -> Router<Arc<AppState>> {
    let mut paths: BTreeMap<&'static str, MethodRouter<Arc<AppState>>> = BTreeMap::new();
    for op in crate::spec::tables().spec().operations() {
        let id: &'static str = &op.operation_id;
        let route = handler(id, method_filter(op.method))
            .unwrap_or_else(|| {
                panic!("operation {id} of openapi/pancake.yaml has no handler in mock-server/src/handlers")
            })
            .layer(Extension(OperationId(id)));
        let path: &'static str = &op.path;
        let merged = match paths.remove(path) {
            Some(methods) => methods.merge(route),
            None => route,
        };
        paths.insert(path, merged);
    }
    // Each route carries the prefix rather than the router being nested under it: a nested
    // router rebuilds every request's URI without the prefix, which took a sixth of the mock's
    // own time on a v2 page read (about 1 µs of 6, measured in-process with `oneshot`).
    paths
        .into_iter()
        .fold(Router::new(), |router, (path, methods)| {
            router.route(&format!("{}{path}", crate::API_PREFIX), methods)
        })
}

/// Routes outside `/api` that API answers point to (avatar images).
pub fn asset_routes() -> Router<Arc<AppState>> {
    Router::new().route("/avatars/{page_id}/{file}", get(pages::avatar_image))
}
