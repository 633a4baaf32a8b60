//! Webhooks: subscriptions and their bad input, events on API writes and simulated activity
//! (each validated against the spec's event schema), per-page order, faults, the mock clock,
//! suspension exactly as `x-pancake-webhook-delivery` says, and the admin token.

use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use pancake_mock::{ClockMode, MockConfig};
use serde_json::{Value, json};

use super::common::Mock;

/// A local receiver: records every body, answers with a status the test can change.
pub struct Receiver {
    pub url: String,
    bodies: Arc<Mutex<Vec<Value>>>,
    status: Arc<AtomicU16>,
}

impl Receiver {
    pub async fn start() -> Receiver {
        let bodies = Arc::new(Mutex::new(Vec::new()));
        let status = Arc::new(AtomicU16::new(200));
        let (b, s) = (bodies.clone(), status.clone());
        let app = axum::Router::new().route(
            "/hook",
            axum::routing::post(move |body: axum::body::Bytes| {
                let (b, s) = (b.clone(), s.clone());
                async move {
                    b.lock()
                        .unwrap()
                        .push(serde_json::from_slice(&body).unwrap_or(Value::Null));
                    StatusCode::from_u16(s.load(Ordering::SeqCst)).unwrap()
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Receiver {
            url,
            bodies,
            status,
        }
    }

    /// Answers `status` from now on.
    pub fn answer(&self, status: u16) {
        self.status.store(status, Ordering::SeqCst);
    }

    pub fn bodies(&self) -> Vec<Value> {
        self.bodies.lock().unwrap().clone()
    }
}

/// Waits (real time, at most 10 s) until `done` holds.
async fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "timed out: {what}"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

async fn subscription(mock: &Mock) -> Value {
    mock.get("/__admin/webhooks").await.ok()["subscriptions"][0].clone()
}

/// Waits until the subscription has nothing queued and no attempt in flight.
async fn settled(mock: &Mock) -> Value {
    let start = Instant::now();
    loop {
        let s = subscription(mock).await;
        let c = &s["counters"];
        let done = c["attempts"].as_u64().unwrap() + c["discarded"].as_u64().unwrap()
            == c["queued"].as_u64().unwrap();
        if done && s["pending"] == 0 {
            return s;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "not settled: {s}"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// Validates an event read strictly (`Validator::lazy_closed`): only declared fields, and times in
/// their `x-pancake-unit`.
fn validate(event: &Value) {
    static STRICT: std::sync::OnceLock<pancake_openapi::Validator> = std::sync::OnceLock::new();
    let tables = pancake_mock::spec::tables();
    let event_type = event["event_type"].as_str().expect("event_type");
    let schema = &tables
        .spec()
        .webhook_event(event_type)
        .unwrap_or_else(|| panic!("{event_type} is not an event of the spec"))
        .schema;
    STRICT
        .get_or_init(|| pancake_openapi::Validator::lazy_closed(tables.spec()))
        .validate_component(schema, event)
        .unwrap_or_else(|e| panic!("{event_type}: {e}\n{event}"));
}

#[tokio::test]
async fn bad_subscriptions_get_400_naming_the_field() {
    let mock = Mock::new();
    let page = mock.page_id(0).to_owned();
    for (body, field) in [
        (json!({"url": "ftp://example.com/hook"}), "url"),
        (json!({"url": "not a url"}), "url"),
        (
            json!({"url": "http://127.0.0.1:9/h", "events": ["messages"]}),
            "events",
        ),
        (
            json!({"url": "http://127.0.0.1:9/h", "events": []}),
            "events",
        ),
        (
            json!({"url": "http://127.0.0.1:9/h", "timeout_ms": 0}),
            "timeout_ms",
        ),
        (
            json!({"url": "http://127.0.0.1:9/h", "page_ids": ["nope"]}),
            "page_ids",
        ),
        (
            json!({"url": "http://127.0.0.1:9/h", "secret": "x"}),
            "secret",
        ),
        (json!({"events": ["post"]}), "url"),
    ] {
        let a = mock
            .call(Method::PUT, "/__admin/webhooks", Some(body.clone()))
            .await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{body}: {}", a.body);
        let message = a.body["message"].as_str().unwrap();
        assert!(message.contains(field), "{body}: {message}");
    }
    for (path, body, field) in [
        ("message", json!({"page_id": page}), "text"),
        (
            "message",
            json!({"page_id": page, "text": "hi", "attachments": [{"type": "photo", "url": "x"}]}),
            "attachments[0].url",
        ),
        (
            "comment",
            json!({"page_id": page, "post_id": "nope", "text": "hi"}),
            "post_id",
        ),
        ("post", json!({"page_id": page, "type": "reel"}), "type"),
        (
            "connect_status",
            json!({"page_id": page, "status": "gone"}),
            "status",
        ),
        ("subscription", json!({"page_ids": []}), "page_ids"),
        ("subscription", json!({"page_ids": ["nope"]}), "page_ids"),
        (
            "subscription",
            json!({"page_ids": [page], "user_ids": ["u1", " "]}),
            "user_ids[1]",
        ),
        (
            "subscription",
            json!({"page_ids": [page], "duration": 0}),
            "duration",
        ),
        (
            "subscription",
            json!({"page_ids": [page], "expired_at": "soon"}),
            "expired_at",
        ),
        (
            "subscription",
            json!({"page_ids": [page], "expired_at": "2001-01-01T00:00:00"}),
            "expired_at",
        ),
        ("subscription", json!({"pages": [page]}), "pages"),
    ] {
        let a = mock
            .post(&format!("/__admin/simulate/{path}"), body.clone())
            .await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{body}: {}", a.body);
        assert!(
            a.body["message"].as_str().unwrap().contains(field),
            "{}",
            a.body
        );
    }
    let a = mock
        .post(
            "/__admin/simulate/message",
            json!({"page_id": "nope", "text": "hi"}),
        )
        .await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    let a = mock
        .call(
            Method::DELETE,
            "/__admin/webhooks?url=http://nowhere/",
            None,
        )
        .await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn api_writes_and_customer_activity_raise_events_that_match_the_spec() {
    let mock = Mock::new();
    let receiver = Receiver::start().await;
    let page = mock.page_id(0).to_owned();
    mock.call(
        Method::PUT,
        "/__admin/webhooks",
        Some(json!({"url": receiver.url})),
    )
    .await
    .ok();

    // A customer writes: a new conversation, unread, with the text as snippet.
    let written = mock
        .post(
            "/__admin/simulate/message",
            json!({"page_id": page, "customer_name": "Lan", "text": "Shop ơi còn size M không?"}),
        )
        .await;
    let conversation = written.ok()["conversation_id"].as_str().unwrap().to_owned();
    assert_eq!(written.body["created"], true);
    // The page answers, tags, assigns and reads it through the API.
    let reply = mock
        .post(
            &mock.v1(0, &format!("conversations/{conversation}/messages"), ""),
            json!({"action": "reply_inbox", "message": "Dạ còn ạ"}),
        )
        .await;
    reply.ok();
    let tag = mock.get(&mock.v1(0, "tags", "")).await.ok()["tags"][0]["id"].clone();
    mock.post(
        &mock.v1(0, &format!("conversations/{conversation}/tags"), ""),
        json!({"action": "add", "tag_id": tag}),
    )
    .await
    .ok();
    let user = mock.get(&mock.v1(0, "users", "")).await.ok()["users"][0]["id"].clone();
    mock.post(
        &mock.v1(0, &format!("conversations/{conversation}/assign"), ""),
        json!({"assignee_ids": [user]}),
    )
    .await
    .ok();
    mock.post(
        &mock.v1(0, &format!("conversations/{conversation}/unread"), ""),
        json!({}),
    )
    .await
    .ok();
    // A comment, a post, a disconnection.
    let post = mock
        .get(&mock.v1(
            0,
            "posts",
            "since=0&until=4000000000&page_number=1&page_size=1",
        ))
        .await;
    let post_id = post.ok()["posts"][0]["id"].as_str().unwrap().to_owned();
    mock.post(
        "/__admin/simulate/comment",
        json!({"page_id": page, "post_id": post_id, "text": "Giá bao nhiêu ạ?"}),
    )
    .await
    .ok();
    mock.post(
        "/__admin/simulate/post",
        json!({"page_id": page, "message": "Hàng mới về"}),
    )
    .await
    .ok();
    mock.post(
        "/__admin/simulate/connect_status",
        json!({"page_id": page, "status": "disconnected"}),
    )
    .await
    .ok();

    let expected = [
        "messaging",
        "conversation",
        "messaging",
        "conversation",
        "conversation",
        "conversation",
        "conversation",
        "messaging",
        "conversation",
        "post",
        "connect_status",
    ];
    eventually("every event delivered", || {
        receiver.bodies().len() >= expected.len()
    })
    .await;
    let bodies = receiver.bodies();
    let types: Vec<&str> = bodies
        .iter()
        .map(|b| b["event_type"].as_str().unwrap())
        .collect();
    assert_eq!(types, expected, "one page's events arrive in order");
    for body in &bodies {
        validate(body);
        assert_eq!(body["page_id"], page.as_str());
    }
    // The customer's message, then the page's reply, as the conversation saw them.
    assert_eq!(
        bodies[0]["data"]["message"]["message"],
        "Shop ơi còn size M không?"
    );
    assert_eq!(bodies[1]["data"]["conversation"]["seen"], false);
    // The customer's message names the page customer (Pancake's webhook file); the reply does not.
    let customer = bodies[0]["data"]["message"]["from"]["page_customer_id"].as_str();
    assert!(customer.is_some_and(|c| !c.is_empty()), "{}", bodies[0]);
    assert!(
        bodies[2]["data"]["message"]["from"]
            .get("page_customer_id")
            .is_none()
    );
    assert_eq!(bodies[3]["data"]["conversation"]["snippet"], "Dạ còn ạ");
    assert_eq!(bodies[3]["data"]["conversation"]["is_replied"], true);
    assert_eq!(bodies[4]["data"]["conversation"]["tags"], json!([tag]));
    assert_eq!(
        bodies[5]["data"]["conversation"]["assignee_ids"],
        json!([user])
    );
    assert!(
        bodies[7]["data"]["post"]["id"] == post_id.as_str(),
        "a comment carries its post"
    );
    assert!(
        bodies[0]["data"].get("post").is_none(),
        "an inbox message has no post"
    );
    // Versions grow with every change of the conversation.
    let versions: Vec<i64> = [1, 3, 4, 5, 6]
        .iter()
        .map(|&i| {
            bodies[i]["data"]["conversation"]["version"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert!(versions.windows(2).all(|w| w[0] < w[1]), "{versions:?}");
    // The conversation the events describe is the one the API lists.
    let listed = mock.first_of("INBOX").await;
    assert_eq!(listed["id"], conversation.as_str());
    assert_eq!(
        listed["updated_at"],
        bodies[6]["data"]["conversation"]["updated_at"]
    );

    let s = settled(&mock).await;
    assert_eq!(s["counters"]["delivered"], expected.len());
    let journal = mock.get("/__admin/journal").await;
    let deliveries = journal.ok()["webhook_deliveries"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(deliveries.len(), expected.len());
    assert!(deliveries.iter().all(|d| d["outcome"] == "delivered"
        && d["status"] == 200
        && d["url"] == receiver.url.as_str()));
    assert_eq!(deliveries[0]["event_id"], bodies[0]["request_id"]);
}

#[tokio::test]
async fn a_subscription_change_reaches_the_subscriptions_of_its_pages() {
    let mock = Mock::new();
    let (first, second, third) = (
        mock.page_id(0).to_owned(),
        mock.page_id(1).to_owned(),
        mock.page_id(2).to_owned(),
    );
    let (everything, of_second, of_third) = (
        Receiver::start().await,
        Receiver::start().await,
        Receiver::start().await,
    );
    for (receiver, pages) in [
        (&everything, None),
        (&of_second, Some(json!([second]))),
        (&of_third, Some(json!([third]))),
    ] {
        let mut body = json!({"url": receiver.url, "events": ["subscription"]});
        if let Some(pages) = pages {
            body["page_ids"] = pages;
        }
        mock.call(Method::PUT, "/__admin/webhooks", Some(body))
            .await
            .ok();
    }
    // Nothing else is subscribed to: the page's own events are not `subscription` ones.
    mock.post(
        "/__admin/simulate/connect_status",
        json!({"page_id": first, "status": "disconnected"}),
    )
    .await
    .ok();
    let answer = mock
        .post(
            "/__admin/simulate/subscription",
            json!({"page_ids": [first, second, first], "duration": 12}),
        )
        .await;
    let package = answer.ok()["subscription"].clone();
    eventually("both subscriptions of its pages got it", || {
        everything.bodies().len() == 1 && of_second.bodies().len() == 1
    })
    .await;
    let event = everything.bodies().remove(0);
    validate(&event);
    assert_eq!(event, of_second.bodies()[0], "the same event to both");
    assert_eq!(event["event_type"], "subscription");
    assert!(
        event.get("page_id").is_none(),
        "an account's event names no page: {event}"
    );
    assert!(event["request_id"].is_string() && event["timestamp"].is_i64());
    let sent = &event["data"]["subscription"];
    assert_eq!(sent, &package, "the call answers the package it sent");
    assert_eq!(sent["page_ids"], json!([first, second]), "each page once");
    assert_eq!(sent["page_count"], 2);
    assert_eq!(sent["duration"], 12);
    // Twelve months after the fixtures' epoch (2026-01-15).
    assert_eq!(sent["activated_at"], "2026-01-15T00:00:00");
    assert_eq!(sent["expired_at"], "2027-01-15T00:00:00");
    // Its users are the two pages' staff, the first one its owner.
    let mut staff: Vec<Value> = Vec::new();
    for i in 0..2 {
        for user in mock.get(&mock.v1(i, "users", "")).await.ok()["users"]
            .as_array()
            .unwrap()
        {
            if !staff.contains(&user["id"]) {
                staff.push(user["id"].clone());
            }
        }
    }
    assert_eq!(sent["user_ids"], json!(staff));
    assert_eq!(sent["owner_id"], staff[0]);
    assert_eq!(sent["user_count"], staff.len());

    // The same account's package again, now with given users and end: the same id.
    let again = mock
        .post(
            "/__admin/simulate/subscription",
            json!({"page_ids": [third], "user_ids": ["u-1"], "expired_at": "2026-03-01T00:00:00"}),
        )
        .await;
    let changed = again.ok()["subscription"].clone();
    assert_eq!(changed["id"], package["id"]);
    assert_eq!(
        (
            &changed["owner_id"],
            &changed["user_ids"],
            &changed["expired_at"]
        ),
        (
            &json!("u-1"),
            &json!(["u-1"]),
            &json!("2026-03-01T00:00:00")
        )
    );
    eventually("the third page's subscription got it", || {
        of_third.bodies().len() == 1 && everything.bodies().len() == 2
    })
    .await;
    validate(&of_third.bodies()[0]);
    assert_eq!(
        of_second.bodies().len(),
        1,
        "the second page is no longer in it"
    );
    let journal = mock.get("/__admin/journal").await;
    let deliveries = journal.ok()["webhook_deliveries"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(deliveries.len(), 4);
    assert!(
        deliveries.iter().all(|d| d["event_type"] == "subscription"
            && d["page_id"] == ""
            && d["outcome"] == "delivered"),
        "{deliveries:?}"
    );
}

#[tokio::test]
async fn faults_drop_duplicate_and_reorder_from_the_seeded_dice() {
    let run = || async {
        let mock = Mock::new();
        let receiver = Receiver::start().await;
        let page = mock.page_id(0).to_owned();
        mock.call(
            Method::PUT,
            "/__admin/faults",
            Some(json!({
                "seed": 11, "webhook_drop_rate": 0.2, "webhook_duplicate_rate": 0.2,
                "webhook_reorder_rate": 0.2
            })),
        )
        .await
        .ok();
        mock.call(
            Method::PUT,
            "/__admin/webhooks",
            Some(json!({"url": receiver.url, "events": ["connect_status"]})),
        )
        .await
        .ok();
        for i in 0..60 {
            let status = if i % 2 == 0 {
                "connected"
            } else {
                "disconnected"
            };
            mock.post(
                "/__admin/simulate/connect_status",
                json!({"page_id": page, "status": status}),
            )
            .await
            .ok();
        }
        let s = settled(&mock).await;
        let ids: Vec<String> = receiver
            .bodies()
            .iter()
            .map(|b| b["request_id"].as_str().unwrap().to_owned())
            .collect();
        (s["counters"].clone(), ids)
    };
    let (counters, ids) = run().await;
    let (again, ids_again) = run().await;
    assert_eq!(counters, again, "the same seed gives the same faults");
    assert_eq!(ids, ids_again);
    let c = |k: &str| counters[k].as_u64().unwrap();
    assert!(
        c("dropped") > 0 && c("duplicated") > 0 && c("reordered") > 0,
        "{counters}"
    );
    assert_eq!(ids.len() as u64, 60 - c("dropped") + c("duplicated"));
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len() as u64,
        60 - c("dropped"),
        "a duplicate repeats its request_id"
    );
    let mut sorted = ids.clone();
    sorted.sort();
    assert_ne!(ids, sorted, "reordered events arrive out of order");
}

#[tokio::test]
async fn a_duplicate_repeats_the_request_id_or_carries_a_new_one_as_the_fault_says() {
    // RECONCILIATION W2: which one Pancake does is open, so the mock can do either.
    for (mode, same) in [(None, true), (Some("same"), true), (Some("new"), false)] {
        let mock = Mock::new();
        let receiver = Receiver::start().await;
        let mut faults = json!({"seed": 3, "webhook_duplicate_rate": 1.0});
        if let Some(mode) = mode {
            faults["webhook_duplicate_request_id"] = json!(mode);
        }
        mock.call(Method::PUT, "/__admin/faults", Some(faults))
            .await
            .ok();
        mock.call(
            Method::PUT,
            "/__admin/webhooks",
            Some(json!({"url": receiver.url, "events": ["connect_status"]})),
        )
        .await
        .ok();
        let page = mock.page_id(0).to_owned();
        for status in ["connected", "disconnected", "connected"] {
            mock.post(
                "/__admin/simulate/connect_status",
                json!({"page_id": page, "status": status}),
            )
            .await
            .ok();
        }
        settled(&mock).await;
        let bodies = receiver.bodies();
        assert_eq!(bodies.len(), 6, "{mode:?}: every event twice");
        for pair in bodies.chunks(2) {
            validate(&pair[1]);
            let (a, b) = (&pair[0], &pair[1]);
            assert_eq!(
                a["request_id"] == b["request_id"],
                same,
                "{mode:?}: {a} {b}"
            );
            let without_id = |v: &Value| {
                let mut v = v.clone();
                v.as_object_mut().unwrap().remove("request_id");
                v
            };
            assert_eq!(without_id(a), without_id(b), "{mode:?}: the same event");
        }
    }
    let bad = json!({"webhook_duplicate_request_id": "sometimes"});
    Mock::new()
        .call(Method::PUT, "/__admin/faults", Some(bad))
        .await
        .expect_error(StatusCode::BAD_REQUEST, 100);
}

#[tokio::test]
async fn delayed_events_wait_for_the_mock_clock() {
    let mock = Mock::new();
    let receiver = Receiver::start().await;
    let page = mock.page_id(0).to_owned();
    mock.call(
        Method::PUT,
        "/__admin/faults",
        Some(json!({"webhook_delay_rate": 1.0, "webhook_delay_ms": 60000})),
    )
    .await
    .ok();
    mock.call(
        Method::PUT,
        "/__admin/webhooks",
        Some(json!({"url": receiver.url})),
    )
    .await
    .ok();
    mock.post(
        "/__admin/simulate/connect_status",
        json!({"page_id": page, "status": "disconnected"}),
    )
    .await
    .ok();
    tokio::time::sleep(Duration::from_millis(150)).await;
    assert!(
        receiver.bodies().is_empty(),
        "the manual clock has not moved"
    );
    mock.post("/__admin/clock/advance", json!({"millis": 59_999}))
        .await
        .ok();
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(receiver.bodies().is_empty());
    mock.post("/__admin/clock/advance", json!({"millis": 1}))
        .await
        .ok();
    eventually("the delayed event", || receiver.bodies().len() == 1).await;
    assert_eq!(subscription(&mock).await["counters"]["delayed"], 1);
}

/// Raises `n` `connect_status` events on page 0 and waits until they are all attempted.
async fn raise(mock: &Mock, n: usize) -> Value {
    let page = mock.page_id(0).to_owned();
    for _ in 0..n {
        mock.post(
            "/__admin/simulate/connect_status",
            json!({"page_id": page, "status": "disconnected"}),
        )
        .await
        .ok();
    }
    settled(mock).await
}

#[tokio::test]
async fn suspension_takes_300_failures_and_more_than_80_percent_within_30_minutes() {
    let mock = Mock::new();
    let receiver = Receiver::start().await;
    mock.call(
        Method::PUT,
        "/__admin/webhooks",
        Some(json!({"url": receiver.url, "events": ["connect_status"]})),
    )
    .await
    .ok();
    receiver.answer(500);
    let s = raise(&mock, 299).await;
    assert_eq!(s["window_failures"], 299);
    assert_eq!(s["suspended"], false, "299 failures are not enough");
    // The window slides: 31 minutes later those failures no longer count.
    mock.post("/__admin/clock/advance", json!({"millis": 31 * 60 * 1000}))
        .await
        .ok();
    let s = raise(&mock, 1).await;
    assert_eq!(s["window_failures"], 1);
    assert_eq!(s["suspended"], false);
    let s = raise(&mock, 299).await;
    assert_eq!(s["window_failures"], 300);
    assert_eq!(s["suspended"], true, "300 failures at 100%");
    assert!(s["suspended_at"].is_string());
    // Suspended: nothing is sent, nothing kept.
    let before = receiver.bodies().len();
    let s = raise(&mock, 5).await;
    assert_eq!(s["counters"]["attempts"], 599);
    assert_eq!(receiver.bodies().len(), before);
    // Re-enabled by hand: new events flow again.
    receiver.answer(200);
    mock.post("/__admin/webhooks/enable", json!({"url": receiver.url}))
        .await
        .ok();
    let s = raise(&mock, 1).await;
    assert_eq!(s["suspended"], false);
    assert_eq!(s["counters"]["delivered"], 1);
    assert_eq!(receiver.bodies().len(), before + 1);
}

#[tokio::test]
async fn suspension_needs_an_error_rate_above_80_percent() {
    let mock = Mock::new();
    let receiver = Receiver::start().await;
    mock.call(
        Method::PUT,
        "/__admin/webhooks",
        Some(json!({"url": receiver.url, "events": ["connect_status"]})),
    )
    .await
    .ok();
    raise(&mock, 100).await;
    receiver.answer(503);
    // 400 failures out of 500: exactly 80%, not above.
    let s = raise(&mock, 400).await;
    assert_eq!(
        (s["window_attempts"].as_u64(), s["window_failures"].as_u64()),
        (Some(500), Some(400))
    );
    assert_eq!(s["suspended"], false, "{s}");
    // 401 out of 501: above 80% with more than 300 failures.
    let s = raise(&mock, 1).await;
    assert_eq!(s["suspended"], true, "{s}");
}

#[tokio::test]
async fn a_receiver_that_never_answers_costs_the_api_nothing() {
    // Accepts connections and never answers.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    let mock = Mock::new();
    mock.call(
        Method::PUT,
        "/__admin/webhooks",
        Some(json!({"url": url, "timeout_ms": 60_000})),
    )
    .await
    .ok();
    let page = mock.page_id(0).to_owned();
    let started = Instant::now();
    for _ in 0..100 {
        mock.post(
            "/__admin/simulate/message",
            json!({"page_id": page, "text": "alo"}),
        )
        .await
        .ok();
        mock.get(&mock.url(0, "v2", "conversations", "")).await.ok();
    }
    // Not a speed check (that is `cargo xtask bench`, part 5): a call that waited for a delivery
    // would wait out the receiver's 60-s timeout, so finishing well before it shows that none
    // did, however loaded the machine is.
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "100 writes and reads took {:?} with a hanging receiver: a call waited for a delivery",
        started.elapsed()
    );
    let s = subscription(&mock).await;
    assert_eq!(s["counters"]["queued"], 200);
    assert_eq!(
        s["counters"]["attempts"], 0,
        "the first attempt is still waiting"
    );
}

#[tokio::test]
async fn the_admin_token_guards_the_admin_api() {
    let mock = Mock::with(MockConfig {
        rate_limit: None,
        clock: ClockMode::Manual,
        admin_token: Some("s3cret".into()),
        ..MockConfig::default()
    });
    let a = mock.get("/__admin/webhooks").await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    assert!(
        a.body["message"]
            .as_str()
            .unwrap()
            .contains("--admin-token")
    );
    let wrong = Request::builder()
        .uri("/__admin/fixtures")
        .header("authorization", "Bearer nope")
        .body(Body::empty())
        .unwrap();
    assert_eq!(mock.send(wrong).await.status, StatusCode::UNAUTHORIZED);
    let right = Request::builder()
        .uri("/__admin/webhooks")
        .header("authorization", "Bearer s3cret")
        .body(Body::empty())
        .unwrap();
    assert_eq!(mock.send(right).await.status, StatusCode::OK);
    // The API itself never needs it.
    mock.get(&mock.v1(0, "tags", "")).await.ok();
}

/// Bound beyond loopback with no token given, the mock makes one up: `/__admin` answers 401
/// without it and works with it; the API never needs it. On loopback the admin API stays open.
#[tokio::test]
async fn beyond_loopback_the_admin_api_needs_the_token_the_mock_made_up() {
    let exposed = pancake_mock::start(MockConfig {
        addr: "0.0.0.0:0".parse().unwrap(),
        rate_limit: None,
        ..MockConfig::default()
    })
    .await
    .unwrap();
    let token = exposed
        .admin_token()
        .expect("a token is made up beyond loopback")
        .to_owned();
    assert!(token.len() >= 32, "{token:?} is too short to guess hard");
    // Reached through loopback: the test never leaves this machine.
    let root = format!("http://127.0.0.1:{}", exposed.addr().port());
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let webhooks = format!("{root}/__admin/webhooks");
    let subscribe = json!({"url": "http://127.0.0.1:9/hook"});
    let refused = client.put(&webhooks).json(&subscribe).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    let wrong = client
        .get(&webhooks)
        .bearer_auth("not-the-token")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    let listed: Value = client
        .get(&webhooks)
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        listed["subscriptions"],
        json!([]),
        "the refused PUT subscribed nothing"
    );
    let allowed = client
        .put(&webhooks)
        .bearer_auth(&token)
        .json(&subscribe)
        .send()
        .await
        .unwrap();
    assert_eq!(allowed.status(), StatusCode::OK);
    let page = &exposed.fixtures().pages[0];
    let api = client
        .get(format!("{root}/api/public_api/v1/pages/{}/tags", page.id))
        .query(&[("page_access_token", &page.page_access_token)])
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), StatusCode::OK, "the API never needs it");
    // A second exposed mock makes up another token.
    let other = pancake_mock::start(MockConfig {
        addr: "0.0.0.0:0".parse().unwrap(),
        ..MockConfig::default()
    })
    .await
    .unwrap();
    assert_ne!(other.admin_token(), Some(token.as_str()));
    other.shutdown().await;
    exposed.shutdown().await;

    let local = pancake_mock::start(MockConfig {
        addr: "127.0.0.1:0".parse().unwrap(),
        ..MockConfig::default()
    })
    .await
    .unwrap();
    assert_eq!(local.admin_token(), None);
    let open = client
        .get(format!("{}/__admin/webhooks", local.root_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(open.status(), StatusCode::OK, "on loopback it stays open");
    local.shutdown().await;
}
