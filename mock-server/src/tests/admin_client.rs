//! `pancake_mock::admin::AdminClient` against a mock on a loopback port: every call of the admin
//! API, each checked by what it changes (through the API or another admin call), and the typed
//! error a refusal becomes.

use std::time::Duration;

use pancake_mock::admin::{
    AdminClient, AdminError, ClockSet, FaultConfig, RateLimit, SimulateComment,
    SimulateConnectStatus, SimulateMessage, SimulatePost, SimulateSubscription, SubscribeRequest,
    SubscriptionView,
};
use pancake_mock::{ClockMode, GenerateOptions, MockConfig, MockServer};
use reqwest::StatusCode;
use serde_json::Value;

use super::webhooks::Receiver;

/// A mock on a free loopback port: default fixtures, manual clock, no rate limit.
async fn server() -> MockServer {
    pancake_mock::start(MockConfig {
        rate_limit: None,
        clock: ClockMode::Manual,
        ..MockConfig::default()
    })
    .await
    .expect("the mock starts")
}

/// How long a test waits for webhook deliveries, in real time.
const SETTLED: Duration = Duration::from_secs(10);

/// `GET` of `rest` under page `page` of the v1 API, with its token: status and body.
async fn api_get(server: &MockServer, page: usize, rest: &str) -> (StatusCode, Value) {
    let p = &server.fixtures().pages[page];
    let response = reqwest::Client::new()
        .get(format!(
            "{}/public_api/v1/pages/{}/{rest}",
            server.base_url(),
            p.id
        ))
        .query(&[("page_access_token", &p.page_access_token)])
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// `GET` of `tags` on page `page` through the API: its status.
async fn tags_status(server: &MockServer, page: usize) -> StatusCode {
    api_get(server, page, "tags").await.0
}

fn message(page_id: &str, text: &str) -> SimulateMessage {
    SimulateMessage {
        page_id: page_id.to_owned(),
        text: Some(text.to_owned()),
        ..SimulateMessage::default()
    }
}

#[tokio::test]
async fn fixtures_summary_full_document_schema_load_and_reset() {
    let server = server().await;
    let admin = server.admin();
    let summary = admin.fixtures().await.unwrap();
    assert_eq!(summary, server.fixtures());
    let full = admin.full_fixtures().await.unwrap();
    let ids: Vec<&str> = full.pages.iter().map(|p| p.page.id.as_str()).collect();
    let summary_ids: Vec<&str> = summary.pages.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, summary_ids);
    let schema = admin.fixture_schema().await.unwrap();
    assert!(schema["properties"]["pages"].is_object(), "{schema}");

    // A simulated message adds a conversation; reset takes it away again.
    let page = summary.pages[0].id.clone();
    let made = admin
        .simulate_message(&message(&page, "Alo"))
        .await
        .unwrap();
    assert!(made.created);
    let grown = admin.fixtures().await.unwrap().pages[0].conversations;
    assert_eq!(grown, summary.pages[0].conversations + 1);
    admin.reset().await.unwrap();
    assert_eq!(admin.fixtures().await.unwrap(), summary);

    // Other fixtures: one page of five conversations, served by the API from now on.
    let mut small = pancake_mock::fixtures::generate(&GenerateOptions {
        seed: 3,
        conversations: 5,
        ..GenerateOptions::default()
    });
    small.pages.truncate(1);
    let loaded = admin.load_fixtures(&small).await.unwrap();
    assert_eq!(loaded.pages.len(), 1);
    assert_eq!(loaded.pages[0].id, small.pages[0].page.id.as_str());
    assert_eq!(loaded.pages[0].conversations, 5);
    assert_eq!(admin.full_fixtures().await.unwrap(), small);
    assert_eq!(tags_status(&server, 0).await, StatusCode::OK);
    server.shutdown().await;
}

#[tokio::test]
async fn the_journal_shows_api_requests_without_tokens_until_cleared() {
    let server = server().await;
    let admin = server.admin();
    assert_eq!(tags_status(&server, 0).await, StatusCode::OK);
    let journal = admin.journal().await.unwrap();
    let entry = journal
        .requests
        .iter()
        .find(|e| e.path.ends_with("/tags"))
        .expect("the tags request is in the journal");
    assert_eq!(entry.status, 200);
    assert_eq!(entry.query, "page_access_token=***");
    admin.clear_journal().await.unwrap();
    let journal = admin.journal().await.unwrap();
    assert!(
        journal
            .requests
            .iter()
            .all(|e| e.path.starts_with("/__admin")),
        "{:?}",
        journal.requests
    );
    server.shutdown().await;
}

#[tokio::test]
async fn faults_set_are_reported_and_answered() {
    let server = server().await;
    let admin = server.admin();
    assert_eq!(admin.faults().await.unwrap(), FaultConfig::default());
    let failing = FaultConfig {
        error_rate: 1.0,
        status: 502,
        seed: 7,
        ..FaultConfig::default()
    };
    assert_eq!(admin.set_faults(&failing).await.unwrap(), failing);
    assert_eq!(admin.faults().await.unwrap(), failing);
    assert_eq!(tags_status(&server, 0).await, StatusCode::BAD_GATEWAY);
    admin.set_faults(&FaultConfig::default()).await.unwrap();
    assert_eq!(tags_status(&server, 0).await, StatusCode::OK);
    server.shutdown().await;
}

#[tokio::test]
async fn the_clock_can_be_read_set_and_advanced() {
    let server = server().await;
    let admin = server.admin();
    let start = admin.clock().await.unwrap();
    assert_eq!(start.mode, ClockMode::Manual);
    assert_eq!(start.now.to_string(), "2026-01-15T00:00:00");
    let at = pancake_mock::time::Ts::parse("2026-02-01T08:30:00").unwrap();
    let set = admin
        .set_clock(&ClockSet {
            mode: ClockMode::Manual,
            now: Some(at),
        })
        .await
        .unwrap();
    assert_eq!(set.now, at);
    assert_eq!(admin.clock().await.unwrap(), set);
    let later = admin
        .advance_clock(Duration::from_micros(1_500_001))
        .await
        .unwrap();
    assert_eq!(later.now_ms, at.millis() + 1_501, "rounded up to the ms");
    assert_eq!(admin.clock().await.unwrap().now_ms, later.now_ms);
    server.shutdown().await;
}

#[tokio::test]
async fn the_rate_limit_can_be_set_and_turned_off() {
    let server = server().await;
    let admin = server.admin();
    let one = RateLimit {
        requests: 1,
        per_seconds: 1,
    };
    assert_eq!(admin.set_rate_limit(Some(one)).await.unwrap(), Some(one));
    assert_eq!(tags_status(&server, 0).await, StatusCode::OK);
    assert_eq!(tags_status(&server, 0).await, StatusCode::TOO_MANY_REQUESTS);
    // The manual clock moves only when told: a second later the bucket has a token again.
    admin.advance_clock(Duration::from_secs(1)).await.unwrap();
    assert_eq!(tags_status(&server, 0).await, StatusCode::OK);
    assert_eq!(admin.set_rate_limit(None).await.unwrap(), None);
    for _ in 0..10 {
        assert_eq!(tags_status(&server, 0).await, StatusCode::OK);
    }
    server.shutdown().await;
}

#[tokio::test]
async fn a_refused_setting_is_a_typed_error_with_status_and_message() {
    let server = server().await;
    let admin = server.admin();
    let err = admin
        .set_rate_limit(Some(RateLimit {
            requests: 0,
            per_seconds: 1,
        }))
        .await
        .unwrap_err();
    let AdminError::Refused {
        status,
        error_code,
        message,
        ..
    } = &err
    else {
        panic!("not a refusal: {err}");
    };
    assert_eq!(*status, StatusCode::BAD_REQUEST);
    assert_eq!(*error_code, Some(100));
    assert!(message.contains("requests"), "{message}");
    assert_eq!(err.status(), Some(StatusCode::BAD_REQUEST));
    assert!(
        err.to_string()
            .contains("PUT /__admin/rate_limit answered 400"),
        "{err}"
    );
    // Nothing changed: the mock still has no limit.
    for _ in 0..8 {
        assert_eq!(tags_status(&server, 0).await, StatusCode::OK);
    }
    // An unknown subscription is a 404 of the same type.
    let missing = admin
        .enable_webhooks(Some("http://127.0.0.1:9/none"))
        .await
        .unwrap_err();
    assert_eq!(missing.status(), Some(StatusCode::NOT_FOUND));
    server.shutdown().await;
}

/// A receiver subscribed to `events` of every page; the subscription as the mock answered.
async fn subscribed(admin: &AdminClient, events: &[&str]) -> (Receiver, SubscriptionView) {
    let receiver = Receiver::start().await;
    let view = admin
        .subscribe_webhook(&SubscribeRequest {
            url: receiver.url.clone(),
            events: Some(events.iter().map(|e| e.to_string()).collect()),
            timeout_ms: Some(2_000),
            ..SubscribeRequest::default()
        })
        .await
        .unwrap();
    (receiver, view)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhooks_are_subscribed_listed_enabled_and_removed() {
    let server = server().await;
    let admin = server.admin();
    let (receiver, view) = subscribed(&admin, &["connect_status"]).await;
    assert_eq!(view.config.url, receiver.url);
    assert_eq!(view.config.timeout_ms, 2_000);
    assert_eq!(admin.webhooks().await.unwrap(), vec![view]);

    // One delivery refused, one accepted: the counters, the window and the journal show both.
    let page = server.fixtures().pages[0].id.clone();
    let disconnected = SimulateConnectStatus {
        page_id: page.clone(),
        status: "disconnected".into(),
    };
    receiver.answer(500);
    admin.simulate_connect_status(&disconnected).await.unwrap();
    admin.webhooks_settled(SETTLED).await.unwrap();
    receiver.answer(200);
    admin.simulate_connect_status(&disconnected).await.unwrap();
    admin.webhooks_settled(SETTLED).await.unwrap();
    let bodies = receiver.bodies();
    assert_eq!(bodies.len(), 2, "{bodies:?}");
    assert!(
        bodies
            .iter()
            .all(|b| b["event_type"] == "connect_status" && b["page_id"] == page.as_str())
    );
    let listed = &admin.webhooks().await.unwrap()[0];
    assert_eq!((listed.counters.failed, listed.counters.delivered), (1, 1));
    assert_eq!((listed.window_attempts, listed.window_failures), (2, 1));
    let outcomes: Vec<String> = admin
        .journal()
        .await
        .unwrap()
        .webhook_deliveries
        .into_iter()
        .map(|d| d.outcome)
        .collect();
    assert_eq!(outcomes, ["failed", "delivered"]);

    // Enabling forgets the suspension window (a suspended subscription would deliver again).
    assert_eq!(admin.enable_webhooks(Some(&receiver.url)).await.unwrap(), 1);
    let enabled = &admin.webhooks().await.unwrap()[0];
    assert!(!enabled.suspended);
    assert_eq!((enabled.window_attempts, enabled.window_failures), (0, 0));
    assert_eq!(enabled.counters, listed.counters, "counters are kept");

    assert_eq!(
        admin
            .unsubscribe_webhooks(Some(&receiver.url))
            .await
            .unwrap(),
        1
    );
    assert!(admin.webhooks().await.unwrap().is_empty());
    let gone = admin
        .unsubscribe_webhooks(Some(&receiver.url))
        .await
        .unwrap_err();
    assert_eq!(gone.status(), Some(StatusCode::NOT_FOUND));
    assert_eq!(admin.unsubscribe_webhooks(None).await.unwrap(), 0);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn simulated_messages_posts_comments_and_subscriptions_show_in_the_api_and_events() {
    let server = server().await;
    let admin = server.admin();
    let (receiver, _) = subscribed(&admin, &["subscription"]).await;
    let fixtures = server.fixtures();
    let page = &fixtures.pages[0];

    // A customer writes: the message is in the conversation the API lists.
    let made = admin
        .simulate_message(&SimulateMessage {
            customer_name: Some("Mai".into()),
            ..message(&page.id, "Shop ơi còn hàng không?")
        })
        .await
        .unwrap();
    assert!(made.created);
    let path = format!("conversations/{}/messages", made.conversation_id);
    let (status, messages) = api_get(&server, 0, &path).await;
    assert_eq!(status, StatusCode::OK);
    let listed = messages["messages"].as_array().expect("messages");
    assert!(
        listed
            .iter()
            .any(|m| m["id"] == made.message_id.as_str()
                && m["message"] == "Shop ơi còn hàng không?"),
        "{messages}"
    );
    let again = admin
        .simulate_message(&SimulateMessage {
            conversation_id: Some(made.conversation_id.clone()),
            ..message(&page.id, "Alo?")
        })
        .await
        .unwrap();
    assert!(!again.created);
    assert_eq!(again.conversation_id, made.conversation_id);

    // The page posts; a customer comments under that post (refused for an unknown post).
    let post = admin
        .simulate_post(&SimulatePost {
            page_id: page.id.clone(),
            message: Some("Hàng mới về".into()),
            kind: None,
        })
        .await
        .unwrap();
    let comment = SimulateComment {
        page_id: page.id.clone(),
        post_id: post.post_id.clone(),
        text: "Giá bao nhiêu?".into(),
        customer_name: None,
    };
    let commented = admin.simulate_comment(&comment).await.unwrap();
    assert!(commented.created);
    assert!(commented.conversation_id.starts_with(&post.post_id));
    let unknown = admin
        .simulate_comment(&SimulateComment {
            post_id: "no-such-post".into(),
            ..comment
        })
        .await
        .unwrap_err();
    assert!(unknown.message().unwrap().contains("post_id"), "{unknown}");

    // The account's package changes: the answer is what the event carries.
    let package = admin
        .simulate_subscription(&SimulateSubscription {
            page_ids: vec![page.id.clone()],
            duration: Some(3),
            ..SimulateSubscription::default()
        })
        .await
        .unwrap();
    assert_eq!(package["duration"], 3);
    admin.webhooks_settled(SETTLED).await.unwrap();
    let bodies = receiver.bodies();
    assert_eq!(bodies.len(), 1, "{bodies:?}");
    assert_eq!(bodies[0]["data"]["subscription"], package);
    server.shutdown().await;
}

/// A mock with an admin token (here bound to every interface, reached through loopback): the
/// client without it gets the typed 401, [`MockServer::admin`] carries it.
#[tokio::test]
async fn the_admin_token_is_sent_when_given() {
    let token = "a-token-given-at-start";
    let exposed = pancake_mock::start(MockConfig {
        addr: "0.0.0.0:0".parse().unwrap(),
        admin_token: Some(token.into()),
        ..MockConfig::default()
    })
    .await
    .unwrap();
    // Reached through loopback: the test never leaves this machine.
    let root = format!("http://127.0.0.1:{}", exposed.addr().port());
    let without = AdminClient::new(&root).unwrap();
    let refused = without.fixtures().await.unwrap_err();
    assert_eq!(refused.status(), Some(StatusCode::UNAUTHORIZED));
    assert!(refused.message().unwrap().contains("Bearer"), "{refused}");
    let with = AdminClient::new(&root).unwrap().with_token(token);
    assert_eq!(with.fixtures().await.unwrap(), exposed.fixtures());
    assert_eq!(
        exposed.admin().fixtures().await.unwrap(),
        exposed.fixtures()
    );
    exposed.shutdown().await;
}
