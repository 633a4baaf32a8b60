//! 5 requests per page per second, per page, on the controllable clock.

use axum::http::StatusCode;
use pancake_mock::{ClockMode, MockConfig};
use serde_json::json;

use super::common::Mock;

fn limited() -> Mock {
    Mock::with(MockConfig {
        clock: ClockMode::Manual,
        ..MockConfig::default()
    })
}

#[tokio::test]
async fn sixth_request_in_a_second_is_429_with_retry_after_and_other_pages_are_free() {
    let m = limited();
    for _ in 0..5 {
        m.get(&m.v1(0, "tags", "")).await.ok();
    }
    let refused = m.get(&m.v1(0, "tags", "")).await;
    assert!(
        refused
            .expect_error(StatusCode::TOO_MANY_REQUESTS, 613)
            .contains("rate limit")
    );
    let retry: u64 = refused.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry >= 1);
    // Another page has its own bucket; the user API is not page-limited.
    m.get(&m.v1(1, "tags", "")).await.ok();
    m.get(&format!("/api/v1/pages?access_token={}", m.fx.access_token))
        .await
        .ok();
    // 200 ms later one token is back, and only one.
    m.post("/__admin/clock/advance", json!({"millis": 200}))
        .await
        .ok();
    m.get(&m.v1(0, "tags", "")).await.ok();
    m.get(&m.v1(0, "tags", ""))
        .await
        .expect_error(StatusCode::TOO_MANY_REQUESTS, 613);
    m.post("/__admin/clock/advance", json!({"millis": 1000}))
        .await
        .ok();
    for _ in 0..5 {
        m.get(&m.v1(0, "tags", "")).await.ok();
    }
}

#[tokio::test]
async fn the_limit_comes_from_the_spec_and_can_be_changed_or_turned_off() {
    let spec = pancake_mock::spec::tables()
        .spec()
        .rate_limit()
        .unwrap()
        .clone();
    assert_eq!((spec.requests, spec.per_seconds), (5, 1));
    let m = limited();
    m.call(
        axum::http::Method::PUT,
        "/__admin/rate_limit",
        Some(json!({"off": true})),
    )
    .await
    .ok();
    for _ in 0..20 {
        m.get(&m.v1(0, "tags", "")).await.ok();
    }
    m.call(
        axum::http::Method::PUT,
        "/__admin/rate_limit",
        Some(json!({"requests": 2})),
    )
    .await
    .ok();
    m.get(&m.v1(0, "tags", "")).await.ok();
    m.get(&m.v1(0, "tags", "")).await.ok();
    m.get(&m.v1(0, "tags", ""))
        .await
        .expect_error(StatusCode::TOO_MANY_REQUESTS, 613);
}
