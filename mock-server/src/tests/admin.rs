//! The admin API: reset, fixtures, journal, faults, clock.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use pancake_mock::{FixtureSource, Fixtures, GenerateOptions, MockConfig};
use serde_json::json;

use super::common::Mock;

#[tokio::test]
async fn fixtures_are_deterministic_and_summarised() {
    let a = Mock::new();
    let b = Mock::new();
    assert_eq!(a.fx, b.fx, "same seed, same pages and tokens");
    let other = Mock::with(MockConfig {
        fixtures: FixtureSource::Generated(GenerateOptions {
            seed: 7,
            ..Default::default()
        }),
        rate_limit: None,
        ..MockConfig::default()
    });
    assert_ne!(a.fx.pages[0].id, other.fx.pages[0].id);
    let summary = a.get("/__admin/fixtures").await;
    assert_eq!(summary.ok()["access_token"], a.fx.access_token.as_str());
    let pages = summary.body["pages"].as_array().unwrap();
    assert!(pages.len() >= 4);
    let platforms: Vec<&str> = pages
        .iter()
        .map(|p| p["platform"].as_str().unwrap())
        .collect();
    assert!(platforms.contains(&"facebook") && platforms.contains(&"whatsapp_official"));
    assert!(
        pages
            .iter()
            .all(|p| p["page_access_token"].is_string() && p["name"].is_string())
    );
}

#[tokio::test]
async fn reset_goes_back_to_the_seed() {
    let m = Mock::new();
    let before = m.first_of("INBOX").await;
    let id = before["id"].as_str().unwrap();
    m.post(
        &m.v1(0, &format!("conversations/{id}/tags"), ""),
        json!({"action": "add", "tag_id": 5}),
    )
    .await
    .ok();
    assert_ne!(m.first_of("INBOX").await, before);
    m.post("/__admin/reset", json!({})).await.ok();
    assert_eq!(m.first_of("INBOX").await, before);
}

#[tokio::test]
async fn a_fixture_file_can_be_loaded_and_bad_ones_are_refused() {
    let m = Mock::new();
    let mut fixtures: Fixtures = pancake_mock::fixtures::generate(&GenerateOptions {
        seed: 3,
        conversations: 5,
        ..Default::default()
    });
    fixtures.pages.truncate(1);
    let put = m
        .call(
            Method::PUT,
            "/__admin/fixtures",
            Some(serde_json::to_value(&fixtures).unwrap()),
        )
        .await;
    assert_eq!(put.ok()["pages"].as_array().unwrap().len(), 1);
    let page = &fixtures.pages[0];
    let url = format!(
        "/api/public_api/v2/pages/{}/conversations?page_access_token={}",
        page.page.id, page.page_access_token
    );
    assert_eq!(
        m.get(&url).await.ok()["conversations"]
            .as_array()
            .unwrap()
            .len(),
        5
    );
    fixtures.pages.push(fixtures.pages[0].clone());
    let dup = m
        .call(
            Method::PUT,
            "/__admin/fixtures",
            Some(serde_json::to_value(&fixtures).unwrap()),
        )
        .await;
    assert!(
        dup.expect_error(StatusCode::BAD_REQUEST, 100)
            .contains("duplicate page")
    );
    let junk = m
        .call(Method::PUT, "/__admin/fixtures", Some(json!({"pages": 3})))
        .await;
    junk.expect_error(StatusCode::BAD_REQUEST, 100);
}

#[tokio::test]
async fn journal_redacts_tokens() {
    let m = Mock::new();
    m.get(&m.v1(0, "tags", "")).await.ok();
    let journal = m.get("/__admin/journal").await;
    let text = journal.ok().to_string();
    assert!(text.contains("page_access_token=***"), "{text}");
    assert!(
        !text.contains(m.token(0)),
        "a token leaked into the journal"
    );
}

#[tokio::test]
async fn faults_by_rate_by_header_and_latency() {
    let m = Mock::new();
    let a = m
        .send(
            Request::get(m.v1(0, "tags", ""))
                .header("x-mock-fault", "502")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(
        a.expect_error(StatusCode::BAD_GATEWAY, 500),
        "An error occurred. Please try again later."
    );
    let a = m
        .send(
            Request::get(m.v1(0, "tags", ""))
                .header("x-mock-fault", "429")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    a.expect_error(StatusCode::TOO_MANY_REQUESTS, 613);
    assert!(a.headers.contains_key("retry-after"));
    m.call(
        Method::PUT,
        "/__admin/faults",
        Some(json!({"error_rate": 1.0, "status": 503})),
    )
    .await
    .ok();
    m.get(&m.v1(0, "tags", ""))
        .await
        .expect_error(StatusCode::SERVICE_UNAVAILABLE, 500);
    // The admin API itself is never faulted.
    m.get("/__admin/fixtures").await.ok();
    m.call(
        Method::PUT,
        "/__admin/faults",
        Some(json!({"error_rate": 0.5, "seed": 11})),
    )
    .await
    .ok();
    let mut run = Vec::new();
    for _ in 0..40 {
        run.push(m.get(&m.v1(0, "tags", "")).await.status.as_u16());
    }
    m.call(
        Method::PUT,
        "/__admin/faults",
        Some(json!({"error_rate": 0.5, "seed": 11})),
    )
    .await
    .ok();
    let mut again = Vec::new();
    for _ in 0..40 {
        again.push(m.get(&m.v1(0, "tags", "")).await.status.as_u16());
    }
    assert_eq!(run, again, "same seed, same faults");
    assert!(run.contains(&200) && run.contains(&503));
    m.call(
        Method::PUT,
        "/__admin/faults",
        Some(json!({"error_rate": 2.0})),
    )
    .await
    .expect_error(StatusCode::BAD_REQUEST, 100);
    m.call(
        Method::PUT,
        "/__admin/faults",
        Some(json!({"latency_ms": 50})),
    )
    .await
    .ok();
    let started = std::time::Instant::now();
    m.get(&m.v1(0, "tags", "")).await.ok();
    assert!(started.elapsed() >= std::time::Duration::from_millis(50));
}

#[tokio::test]
async fn clock_can_be_set_and_advanced() {
    let m = Mock::new();
    let c = m.get("/__admin/clock").await;
    assert_eq!(c.ok()["mode"], "manual");
    assert_eq!(c.body["now"], "2026-01-15T00:00:00");
    let c = m
        .post("/__admin/clock/advance", json!({"millis": 1500}))
        .await;
    assert_eq!(c.ok()["now_ms"], 1_768_435_201_500i64);
    let c = m
        .call(
            Method::PUT,
            "/__admin/clock",
            Some(json!({"mode": "manual", "now": "2026-02-01T00:00:00"})),
        )
        .await;
    assert_eq!(c.ok()["now"], "2026-02-01T00:00:00");
    m.post("/__admin/clock/advance", json!({"millis": -1}))
        .await
        .expect_error(StatusCode::BAD_REQUEST, 100);
    m.post("/__admin/clock/advance", json!({"millis": i64::MAX}))
        .await
        .expect_error(StatusCode::BAD_REQUEST, 100);
    let far = m
        .call(
            Method::PUT,
            "/__admin/clock",
            Some(json!({"mode": "manual", "now": i64::MAX})),
        )
        .await;
    far.expect_error(StatusCode::BAD_REQUEST, 100);
    // Time moved past the 7-day window of every comment of the fixtures.
    let comment = m.first_of("COMMENT").await;
    let id = comment["id"].as_str().unwrap();
    let msgs = m
        .get(&m.v1(0, &format!("conversations/{id}/messages"), ""))
        .await
        .ok()["messages"]
        .clone();
    let r = m
        .post(&m.v1(0, &format!("conversations/{id}/messages"), ""), json!({"action": "private_replies", "post_id": comment["post_id"], "message_id": msgs[0]["id"], "from_id": comment["from"]["id"], "message": "Chào bạn"}))
        .await;
    r.expect_error(StatusCode::OK, 10901);
}

#[tokio::test]
async fn a_fixture_file_cannot_ask_for_absurd_generated_messages() {
    let m = Mock::new();
    let mut fixtures = pancake_mock::fixtures::generate(&GenerateOptions {
        conversations: 3,
        ..Default::default()
    });
    fixtures.pages[0].conversations[0].message_count = 1 << 40;
    let a = m
        .call(
            Method::PUT,
            "/__admin/fixtures",
            Some(serde_json::to_value(&fixtures).unwrap()),
        )
        .await;
    assert!(
        a.expect_error(StatusCode::BAD_REQUEST, 100)
            .contains("message_count")
    );
}

/// Pages 3 and 4 appear and disappear while requests to them run. The race is probabilistic: it
/// caught a stale page index about one run in six before handlers re-resolved the page under
/// the lock.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn loading_fixtures_while_requests_run_never_breaks_a_request() {
    let m = std::sync::Arc::new(Mock::new());
    let mut small = pancake_mock::fixtures::generate(&GenerateOptions {
        seed: 5,
        conversations: 3,
        ..Default::default()
    });
    small.pages.truncate(1);
    let small = serde_json::to_value(&small).unwrap();
    let readers: Vec<_> = (0..8)
        .map(|k| {
            let m = m.clone();
            tokio::spawn(async move {
                for _ in 0..30 {
                    let page = 4 - (k % 2);
                    let a = m.get(&m.v1(page, "tags", "")).await;
                    assert!(
                        a.status.is_success() || a.status == StatusCode::NOT_FOUND,
                        "{} {}",
                        a.status,
                        a.body
                    );
                    let b = m
                        .post(&m.v1(page, "round_robin_users", ""), json!({"inbox": []}))
                        .await;
                    assert!(b.status.as_u16() < 500, "{} {}", b.status, b.body);
                }
            })
        })
        .collect();
    let full = serde_json::to_value(pancake_mock::fixtures::generate(&GenerateOptions::default()))
        .unwrap();
    for _ in 0..10 {
        m.call(Method::PUT, "/__admin/fixtures", Some(small.clone()))
            .await
            .ok();
        m.call(Method::PUT, "/__admin/fixtures", Some(full.clone()))
            .await
            .ok();
    }
    for r in readers {
        r.await.expect("no request panicked");
    }
}

#[tokio::test]
async fn faults_set_without_a_seed_keep_the_seed_the_mock_started_with() {
    let m = Mock::with(MockConfig {
        rate_limit: None,
        faults: pancake_mock::FaultConfig {
            seed: 77,
            ..Default::default()
        },
        ..MockConfig::default()
    });
    let set = m
        .call(
            Method::PUT,
            "/__admin/faults",
            Some(json!({"webhook_drop_rate": 0.5})),
        )
        .await;
    assert_eq!(set.ok()["seed"], 77, "{}", set.body);
    let named = m
        .call(Method::PUT, "/__admin/faults", Some(json!({"seed": 3})))
        .await;
    assert_eq!(named.ok()["seed"], 3);
    assert_eq!(m.get("/__admin/faults").await.ok()["seed"], 3);
}
