//! `/__admin/webhooks`: subscribing, listing, removing and re-enabling webhook subscriptions
//! (the deliveries themselves are `crate::webhooks`).

use std::sync::Arc;

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::response::Response;
use axum::routing::{post, put};

use crate::admin::bodies::{
    EnableRequest, Enabled, SubscribeRequest, SubscriptionList, Unsubscribed,
};
use crate::error::{ApiError, ApiResult, RawBody, parse_json};
use crate::handlers::ok;
use crate::query::QueryParams;
use crate::state::AppState;
use crate::webhooks::{DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS, SubscriptionConfig, event_types};

type St = State<Arc<AppState>>;

/// The subscription routes (merged into the admin API).
pub(super) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route(
            "/__admin/webhooks",
            put(subscribe).get(list).delete(unsubscribe),
        )
        .route("/__admin/webhooks/enable", post(enable))
}

fn checked(state: &AppState, body: SubscribeRequest) -> ApiResult<SubscriptionConfig> {
    let url = url::Url::parse(&body.url)
        .map_err(|e| ApiError::invalid("url", format!("an absolute http(s) URL ({e})")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(ApiError::invalid(
            "url",
            format!("an http or https URL with a host, got {:?}", body.url),
        ));
    }
    let known = event_types();
    if let Some(events) = &body.events {
        if events.is_empty() {
            return Err(ApiError::invalid(
                "events",
                "at least one event type (leave `events` out for all of them)",
            ));
        }
        if let Some(unknown) = events.iter().find(|e| !known.contains(e)) {
            return Err(ApiError::invalid(
                "events",
                format!("event types among {}, got {unknown:?}", known.join(", ")),
            ));
        }
    }
    if let Some(pages) = &body.page_ids {
        let store = state.read();
        if pages.is_empty() {
            return Err(ApiError::invalid(
                "page_ids",
                "at least one page id (leave `page_ids` out for all pages)",
            ));
        }
        if let Some(unknown) = pages.iter().find(|p| store.page_index(p).is_err()) {
            return Err(ApiError::invalid(
                "page_ids",
                format!("ids of the mock's pages (GET /__admin/fixtures), got {unknown:?}"),
            ));
        }
    }
    let timeout_ms = body.timeout_ms.unwrap_or(DEFAULT_TIMEOUT_MS);
    if !(1..=MAX_TIMEOUT_MS).contains(&timeout_ms) {
        return Err(ApiError::invalid(
            "timeout_ms",
            format!("1 to {MAX_TIMEOUT_MS} milliseconds (the mock's bound), got {timeout_ms}"),
        ));
    }
    Ok(SubscriptionConfig {
        url: body.url,
        events: body.events,
        page_ids: body.page_ids,
        timeout_ms,
    })
}

async fn subscribe(State(s): St, RawBody(body): RawBody) -> ApiResult<Response> {
    let request: SubscribeRequest = parse_json(&body)?;
    let config = checked(&s, request)?;
    tracing::info!(url = %config.url, "webhook subscription set");
    let view = s.webhooks.subscribe(&s, config);
    Ok(ok(&view))
}

async fn list(State(s): St) -> Response {
    ok(&SubscriptionList {
        subscriptions: s.webhooks.list(s.clock.now()),
    })
}

async fn unsubscribe(State(s): St, RawQuery(raw): RawQuery) -> ApiResult<Response> {
    let query = QueryParams::parse(raw.as_deref());
    let url = query.get("url");
    let removed = s.webhooks.unsubscribe(url);
    if let (Some(url), 0) = (url, removed) {
        return Err(ApiError::not_found("Webhook subscription", url));
    }
    Ok(ok(&Unsubscribed {
        success: true,
        removed,
    }))
}

async fn enable(State(s): St, RawBody(body): RawBody) -> ApiResult<Response> {
    let request: EnableRequest = if body.iter().all(u8::is_ascii_whitespace) {
        EnableRequest::default()
    } else {
        parse_json(&body)?
    };
    let enabled = s.webhooks.enable(request.url.as_deref());
    if let (Some(url), 0) = (&request.url, enabled) {
        return Err(ApiError::not_found("Webhook subscription", url));
    }
    Ok(ok(&Enabled {
        success: true,
        enabled,
    }))
}
