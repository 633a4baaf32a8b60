//! Webhooks and the recovery pattern of seed 003 ("webhook for realtime + a delta poll with
//! `since=last_sync`; the conversation id as key and `updated_at` as version").
//!
//! The property: random customer activity and API writes, with random drops, duplicates,
//! reordering and delays of the deliveries; a consumer applies events idempotently (the newest
//! `(updated_at, version)` wins) and runs delta polls at random moments. After a last delta poll
//! it holds exactly the mock's conversations: the same ids, tags, `updated_at` and snippets.
//! Every event delivered on the way validates against its schema in the spec.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use pancake_conformance::admin::{Admin, SubscriptionChange, WebhookFaults, WebhookSubscribe};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Value, json};

use crate::common::{Mock, Options, config, micros, runtime, start, text};

const TEXTS: [&str; 3] = ["Shop ơi còn hàng không?", "Dạ còn ạ", "ok"];

#[derive(Debug, Clone)]
enum Op {
    /// A customer writes (in a new conversation when `None`).
    Customer(Option<Index>, usize),
    /// The page answers an inbox conversation through the API.
    Reply(Index, usize),
    /// A tag is added or removed through the API.
    Tag(Index, Index, bool),
    /// The page marks a conversation unread (an event that changes no compared field).
    Unread(Index),
    /// The consumer applies what it received so far.
    Drain,
    /// The consumer runs a delta poll.
    Poll,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (proptest::option::of(any::<Index>()), 0..TEXTS.len()).prop_map(|(c, t)| Op::Customer(c, t)),
        2 => (any::<Index>(), 0..TEXTS.len()).prop_map(|(c, t)| Op::Reply(c, t)),
        3 => (any::<Index>(), any::<Index>(), any::<bool>()).prop_map(|(c, t, a)| Op::Tag(c, t, a)),
        1 => any::<Index>().prop_map(Op::Unread),
        2 => Just(Op::Drain),
        1 => Just(Op::Poll),
    ]
}

fn faults() -> impl Strategy<Value = WebhookFaults> {
    (
        any::<u64>(),
        0.0..0.4f64,
        0.0..0.4f64,
        0.0..0.4f64,
        0.0..0.3f64,
        500..5000u64,
    )
        .prop_map(
            |(seed, drop_rate, duplicate_rate, reorder_rate, delay_rate, delay_ms)| WebhookFaults {
                seed,
                drop_rate,
                duplicate_rate,
                reorder_rate,
                delay_rate,
                delay_ms,
            },
        )
}

/// What the consumer keeps of a conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    updated_at: i64,
    version: i64,
    tags: BTreeSet<i64>,
    snippet: String,
}

/// The consumer of seed 003: conversation id as key, `(updated_at, version)` as version.
#[derive(Debug, Default)]
struct Consumer {
    rows: BTreeMap<String, Row>,
    /// Unix seconds of the start of the last delta poll.
    last_sync: i64,
    applied: usize,
}

fn tag_ids(tags: &Value) -> BTreeSet<i64> {
    tags.as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t.as_i64().or_else(|| t["id"].as_i64()))
        .collect()
}

impl Consumer {
    /// Applies one delivery; a repeat or a late one changes nothing.
    fn apply_event(&mut self, event: &Value) {
        let c = &event["data"]["conversation"];
        let Some(id) = c["id"].as_str() else {
            return;
        };
        let row = Row {
            updated_at: micros(&c["updated_at"]).expect("events carry updated_at"),
            version: c["version"].as_i64().unwrap_or(0),
            tags: tag_ids(&c["tags"]),
            snippet: text(&c["snippet"]),
        };
        let newer = self
            .rows
            .get(id)
            .is_none_or(|old| (row.updated_at, row.version) > (old.updated_at, old.version));
        if newer {
            self.rows.insert(id.to_owned(), row);
        }
    }

    /// Applies one conversation of a poll: newer or equal `updated_at` wins.
    fn apply_polled(&mut self, c: &Value) {
        let id = text(&c["id"]);
        let updated_at = micros(&c["updated_at"]).expect("conversations carry updated_at");
        let version = match self.rows.get(&id) {
            Some(old) if old.updated_at > updated_at => return,
            Some(old) if old.updated_at == updated_at => old.version,
            _ => 0,
        };
        self.rows.insert(
            id,
            Row {
                updated_at,
                version,
                tags: tag_ids(&c["tags"]),
                snippet: text(&c["snippet"]),
            },
        );
    }
}

struct World {
    mock: Mock,
    admin: Admin,
    http: reqwest::Client,
    page: String,
    token: String,
    received: Arc<Mutex<Vec<Value>>>,
    tags: Vec<i64>,
}

impl World {
    fn api(&self, path: &str) -> String {
        format!(
            "{}public_api/{path}",
            self.mock.base_url.as_str().trim_end_matches('/').to_owned() + "/"
        )
    }

    /// Every conversation of the page (the v2 walk), `since` when given.
    async fn conversations(&self, since: Option<i64>) -> Vec<Value> {
        let mut all = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let mut query = vec![("page_access_token", self.token.clone())];
            if let Some(s) = since {
                query.push(("since", s.to_string()));
            }
            if let Some(c) = &cursor {
                query.push(("last_conversation_id", c.clone()));
            }
            let page: Value = self
                .http
                .get(self.api(&format!("v2/pages/{}/conversations", self.page)))
                .query(&query)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            let items = page["conversations"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let Some(last) = items.last() else {
                return all;
            };
            cursor = Some(text(&last["id"]));
            all.extend(items);
        }
    }

    async fn write(&self, path: &str, body: Value) {
        let answer: Value = self
            .http
            .post(self.api(&format!("v1/pages/{}/conversations/{path}", self.page)))
            .query(&[("page_access_token", &self.token)])
            .json(&body)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(answer["success"], true, "{path}: {answer}");
    }

    async fn poll(&self, consumer: &mut Consumer) {
        let started = self.admin.now_secs().await.unwrap();
        for c in self.conversations(Some(consumer.last_sync)).await {
            consumer.apply_polled(&c);
        }
        consumer.last_sync = started;
    }

    fn drain(&self, consumer: &mut Consumer) {
        let received = self.received.lock().unwrap().clone();
        for event in &received[consumer.applied..] {
            consumer.apply_event(event);
        }
        consumer.applied = received.len();
    }
}

async fn receiver() -> (String, Arc<Mutex<Vec<Value>>>) {
    let received = Arc::new(Mutex::new(Vec::new()));
    let sink = received.clone();
    let app = axum_app(sink);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, received)
}

fn axum_app(sink: Arc<Mutex<Vec<Value>>>) -> axum::Router {
    axum::Router::new().route(
        "/",
        axum::routing::post(move |body: axum::body::Bytes| {
            let sink = sink.clone();
            async move {
                sink.lock()
                    .unwrap()
                    .push(serde_json::from_slice(&body).unwrap_or(Value::Null));
                "ok"
            }
        }),
    )
}

async fn world(faults: &WebhookFaults) -> World {
    let mock = start(&Options {
        manual_clock: true,
        ..Options::new(3, 40)
    })
    .await;
    let admin = mock.admin();
    let (url, received) = receiver().await;
    let page = mock.page_id(0);
    admin
        .subscribe_webhook(&WebhookSubscribe {
            url,
            events: Some(vec!["messaging".into(), "conversation".into()]),
            page_ids: Some(vec![page.clone()]),
            timeout_ms: None,
        })
        .await
        .unwrap();
    admin.set_webhook_faults(faults).await.unwrap();
    let token = text(&mock.page(0)["page_access_token"]);
    let tags = mock
        .list(0, "tags")
        .iter()
        .filter_map(|t| t["id"].as_i64())
        .collect();
    World {
        mock,
        admin,
        http: reqwest::Client::new(),
        page,
        token,
        received,
        tags,
    }
}

async fn run(ops: Vec<Op>, faults: WebhookFaults) -> Result<(), TestCaseError> {
    let w = world(&faults).await;
    let mut consumer = Consumer::default();
    w.poll(&mut consumer).await; // The backfill: a poll since 0.
    let mut ids: Vec<String> = consumer.rows.keys().cloned().collect();
    let mut inbox: Vec<String> = w
        .conversations(None)
        .await
        .iter()
        .filter(|c| c["type"] == "INBOX")
        .map(|c| text(&c["id"]))
        .collect();
    for op in ops {
        w.admin.advance_clock(Duration::from_secs(1)).await.unwrap();
        match op {
            Op::Customer(target, t) => {
                let existing = target.map(|i| i.get(&ids).clone());
                let made = w
                    .admin
                    .simulate_message(&w.page, existing.as_deref(), TEXTS[t])
                    .await
                    .unwrap();
                if made.created {
                    ids.push(made.conversation_id.clone());
                    inbox.push(made.conversation_id);
                }
            }
            Op::Reply(c, t) => {
                let id = c.get(&inbox).clone();
                w.write(
                    &format!("{id}/messages"),
                    json!({"action": "reply_inbox", "message": TEXTS[t]}),
                )
                .await;
            }
            Op::Tag(c, tag, add) => {
                let id = c.get(&ids).clone();
                let action = if add { "add" } else { "remove" };
                w.write(
                    &format!("{id}/tags"),
                    json!({"action": action, "tag_id": tag.get(&w.tags)}),
                )
                .await;
            }
            Op::Unread(c) => {
                let id = c.get(&ids).clone();
                w.write(&format!("{id}/unread"), json!({})).await;
            }
            Op::Drain => w.drain(&mut consumer),
            Op::Poll => w.poll(&mut consumer).await,
        }
    }
    // Release delayed events, let every delivery finish, apply them, then the last delta poll.
    w.admin
        .advance_clock(Duration::from_secs(10))
        .await
        .unwrap();
    w.admin
        .webhooks_settled(Duration::from_secs(20))
        .await
        .unwrap();
    w.drain(&mut consumer);
    w.poll(&mut consumer).await;

    let validator = pancake_mock::spec::tables();
    for event in w.received.lock().unwrap().iter() {
        let event_type = event["event_type"].as_str().unwrap_or_default();
        let schema = &validator
            .spec()
            .webhook_event(event_type)
            .ok_or_else(|| TestCaseError::fail(format!("unknown event {event}")))?
            .schema;
        validator
            .validator()
            .validate_component(schema, event)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{event}")))?;
    }
    let mut expected = Consumer::default();
    for c in w.conversations(None).await {
        expected.apply_polled(&c);
    }
    let strip = |rows: &BTreeMap<String, Row>| -> BTreeMap<String, (i64, BTreeSet<i64>, String)> {
        rows.iter()
            .map(|(id, r)| {
                (
                    id.clone(),
                    (r.updated_at, r.tags.clone(), r.snippet.clone()),
                )
            })
            .collect()
    };
    prop_assert_eq!(strip(&consumer.rows), strip(&expected.rows));
    Ok(())
}

proptest! {
    #![proptest_config(config(6))]

    #[test]
    fn webhooks_plus_delta_polls_converge_to_the_mock(
        ops in proptest::collection::vec(op(), 5..30),
        faults in faults(),
    ) {
        runtime().block_on(run(ops, faults))?;
    }
}

/// Suspension and re-enabling through the typed admin client, against a receiver that refuses
/// everything, on the manual clock.
#[test]
fn a_refusing_receiver_is_suspended_and_re_enabled() {
    runtime().block_on(async {
        let mock = start(&Options {
            manual_clock: true,
            ..Options::new(1, 10)
        })
        .await;
        let admin = mock.admin();
        // A closed port: every attempt is a connection error.
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/", closed.local_addr().unwrap());
        drop(closed);
        let page = mock.page_id(0);
        admin
            .subscribe_webhook(&WebhookSubscribe {
                url: url.clone(),
                events: Some(vec!["connect_status".into()]),
                ..Default::default()
            })
            .await
            .unwrap();
        for _ in 0..300 {
            admin
                .simulate_connect_status(&page, "disconnected")
                .await
                .unwrap();
        }
        admin
            .webhooks_settled(Duration::from_secs(20))
            .await
            .unwrap();
        let s = &admin.webhooks().await.unwrap()[0];
        assert!(s.suspended, "{s:?}");
        assert_eq!(s.counters.failed, 300);
        let deliveries = admin.webhook_deliveries().await.unwrap();
        assert!(
            deliveries
                .iter()
                .all(|d| d["outcome"] == "failed" && d["error"].is_string())
        );
        assert_eq!(admin.enable_webhooks(Some(&url)).await.unwrap(), 1);
        assert!(!admin.webhooks().await.unwrap()[0].suspended);
        assert_eq!(admin.unsubscribe_webhooks(None).await.unwrap(), 1);
        assert!(admin.webhooks().await.unwrap().is_empty());
    });
}

/// The account's `subscription` event, raised through the typed admin client: delivered to a
/// subscription of one of its pages, valid against the spec's `SubscriptionEvent`, and decoded
/// by the client as `Event::Subscription`.
#[test]
fn a_simulated_subscription_change_is_delivered_and_matches_the_spec() {
    runtime().block_on(async {
        let mock = start(&Options::new(5, 10)).await;
        let admin = mock.admin();
        let (url, received) = receiver().await;
        let (first, second) = (mock.page_id(0), mock.page_id(1));
        admin
            .subscribe_webhook(&WebhookSubscribe {
                url,
                page_ids: Some(vec![second.clone()]),
                ..Default::default()
            })
            .await
            .unwrap();
        let package = admin
            .simulate_subscription(&SubscriptionChange {
                page_ids: vec![first.clone(), second.clone()],
                user_ids: Some(vec!["owner-1".into(), "user-2".into()]),
                duration: Some(3),
                expired_at: None,
            })
            .await
            .unwrap();
        admin
            .webhooks_settled(Duration::from_secs(20))
            .await
            .unwrap();
        let events = received.lock().unwrap().clone();
        assert_eq!(events.len(), 1, "{events:?}");
        let event = &events[0];
        let tables = pancake_mock::spec::tables();
        let schema = &tables.spec().webhook_event("subscription").unwrap().schema;
        tables
            .validator()
            .validate_component(schema, event)
            .unwrap_or_else(|e| panic!("{e}\n{event}"));
        assert_eq!(event["data"]["subscription"], package);
        let decoded =
            pancake_client::webhook::Event::from_slice(&serde_json::to_vec(event).unwrap())
                .unwrap();
        let pancake_client::webhook::Event::Subscription(decoded) = decoded else {
            panic!("not a subscription event: {decoded:?}")
        };
        assert_eq!(decoded.page_id, None);
        let sub = decoded.data.subscription.expect("the package");
        assert_eq!(sub.page_ids, [first, second]);
        assert_eq!(sub.owner_id.as_deref(), Some("owner-1"));
        assert_eq!(sub.user_count, Some(2));
        assert_eq!(sub.duration, Some(3));

        let bad = admin
            .simulate_subscription(&SubscriptionChange {
                page_ids: vec!["not-a-page".into()],
                ..Default::default()
            })
            .await
            .unwrap_err();
        assert!(format!("{bad:#}").contains("page_ids"), "{bad:#}");
    });
}
