//! Webhooks and the recovery pattern of seed 003 ("webhook for realtime + a delta poll with
//! `since=last_sync`; the conversation id as key and `updated_at` as version").
//!
//! The property: random customer activity and API writes, with random drops, duplicates,
//! reordering and delays of the deliveries; a consumer applies events idempotently (the newest
//! `(updated_at, version)` wins) and runs delta polls at random moments. After a last delta poll
//! it holds exactly the mock's conversations: the same ids, tags, `updated_at` and snippets.
//! Every event delivered on the way validates against its schema in the spec.
//!
//! The consumer is pluggable ([`Consumer`]): the same operations, faults and verdict drive an
//! in-memory map ([`MemoryConsumer`], the pattern itself) and `pancake-sync` with its database as
//! the state ([`SyncConsumer`]: its webhook [`pancake_sync::Listener`] applies events as they
//! arrive, its delta [`pancake_sync::sync`] polls), into SQLite and into a PostgreSQL started by
//! the test.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use pancake_client::{PageClient, Pancake};
use pancake_sync::{Listener, PostgresStore, SqliteStore, Store, SyncOptions};
use pancake_testkit::PostgresServer;

use pancake_mock::admin::{
    AdminClient, DuplicateRequestId, FaultConfig, SimulateConnectStatus, SimulateMessage,
    SimulateSubscription, SubscribeRequest,
};
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

/// Webhook faults only (the API's stay off).
fn faults() -> impl Strategy<Value = FaultConfig> {
    (
        any::<u64>(),
        0.0..0.4f64,
        0.0..0.4f64,
        0.0..0.4f64,
        0.0..0.3f64,
        500..5000u64,
        any::<bool>(),
    )
        .prop_map(
            |(seed, drop_rate, duplicate_rate, reorder_rate, delay_rate, delay_ms, new_id)| {
                FaultConfig {
                    seed,
                    webhook_drop_rate: drop_rate,
                    webhook_duplicate_rate: duplicate_rate,
                    // Both readings of `request_id` on a redelivery (RECONCILIATION W2).
                    webhook_duplicate_request_id: if new_id {
                        DuplicateRequestId::New
                    } else {
                        DuplicateRequestId::Same
                    },
                    webhook_reorder_rate: reorder_rate,
                    webhook_delay_rate: delay_rate,
                    webhook_delay_ms: delay_ms,
                    ..FaultConfig::default()
                }
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

/// What the verdict compares of a conversation: `updated_at` (microseconds), tag ids, snippet.
type Compared = BTreeMap<String, (i64, BTreeSet<i64>, String)>;

fn compared(c: &Value) -> (String, (i64, BTreeSet<i64>, String)) {
    (
        text(&c["id"]),
        (
            micros(&c["updated_at"]).expect("conversations carry updated_at"),
            tag_ids(&c["tags"]),
            text(&c["snippet"]),
        ),
    )
}

/// A webhook consumer under test: it receives the mock's deliveries at [`Consumer::url`],
/// applies them, runs delta polls, and holds the state the verdict compares.
trait Consumer {
    /// Where the mock delivers.
    fn url(&self) -> String;
    /// The first sync, before any operation.
    async fn backfill(&mut self, w: &World);
    /// Applies what was received so far.
    async fn drain(&mut self, w: &World);
    /// Applies every delivery, once the mock has attempted them all.
    async fn drain_all(&mut self, w: &World) {
        self.drain(w).await;
    }
    /// Runs a delta poll.
    async fn poll(&mut self, w: &World);
    /// What it holds now.
    async fn state(&mut self) -> Compared;
    /// The raw deliveries it received, when it keeps them (checked against the spec's schemas).
    fn received(&self) -> Vec<Value>;
}

/// The consumer of seed 003 in memory: conversation id as key, `(updated_at, version)` as
/// version, polls with `since` = the start of the last poll.
#[derive(Debug, Default)]
struct MemoryConsumer {
    rows: BTreeMap<String, Row>,
    /// Unix seconds of the start of the last delta poll.
    last_sync: i64,
    applied: usize,
    url: String,
    sink: Arc<Mutex<Vec<Value>>>,
}

fn tag_ids(tags: &Value) -> BTreeSet<i64> {
    tags.as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t.as_i64().or_else(|| t["id"].as_i64()))
        .collect()
}

impl MemoryConsumer {
    async fn start() -> MemoryConsumer {
        let (url, sink) = receiver().await;
        MemoryConsumer {
            url,
            sink,
            ..MemoryConsumer::default()
        }
    }

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
    admin: AdminClient,
    http: reqwest::Client,
    page: String,
    token: String,
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

    /// The page as a `pancake-client` page.
    fn page_client(&self) -> PageClient {
        Pancake::builder()
            .base_url(self.mock.server.base_url())
            .build()
            .unwrap()
            .page(self.page.as_str(), self.token.as_str())
    }

    /// Distinct events the mock delivered with success (a repeat shares its event id, or names
    /// it in `duplicate_of` when it was sent with a new one).
    async fn delivered_events(&self) -> u64 {
        let ids: BTreeSet<String> = self
            .admin
            .journal()
            .await
            .unwrap()
            .webhook_deliveries
            .into_iter()
            .filter(|d| d.outcome == "delivered")
            .map(|d| d.duplicate_of.unwrap_or(d.event_id))
            .collect();
        ids.len() as u64
    }
}

impl Consumer for MemoryConsumer {
    fn url(&self) -> String {
        self.url.clone()
    }

    async fn backfill(&mut self, w: &World) {
        self.poll(w).await; // A poll since 0.
    }

    async fn drain(&mut self, _: &World) {
        let received = self.sink.lock().unwrap().clone();
        for event in &received[self.applied..] {
            self.apply_event(event);
        }
        self.applied = received.len();
    }

    async fn poll(&mut self, w: &World) {
        let started = w.admin.clock().await.unwrap().now.secs();
        for c in w.conversations(Some(self.last_sync)).await {
            self.apply_polled(&c);
        }
        self.last_sync = started;
    }

    async fn state(&mut self) -> Compared {
        strip(&self.rows)
    }

    fn received(&self) -> Vec<Value> {
        self.sink.lock().unwrap().clone()
    }
}

fn strip(rows: &BTreeMap<String, Row>) -> Compared {
    rows.iter()
        .map(|(id, r)| {
            (
                id.clone(),
                (r.updated_at, r.tags.clone(), r.snippet.clone()),
            )
        })
        .collect()
}

/// `pancake-sync` as the consumer: its [`Listener`] applies deliveries to the store as they
/// arrive (the receiver of `pancake_client::webhook`, the store's versioned upsert), its
/// [`pancake_sync::sync`] runs the backfill and the delta polls, and the verdict reads the
/// database.
struct SyncConsumer<S> {
    store: S,
    page_id: String,
    listener: Listener,
}

/// A store whose conversations the verdict can read back.
trait Stored: Store + Clone + Sync + 'static {
    async fn stored(&self, page_id: &str) -> Vec<Value>;
}

impl Stored for SqliteStore {
    async fn stored(&self, page_id: &str) -> Vec<Value> {
        self.stored_conversations(page_id).await.unwrap()
    }
}

impl Stored for PostgresStore {
    async fn stored(&self, page_id: &str) -> Vec<Value> {
        self.stored_conversations(page_id).await.unwrap()
    }
}

impl<S: Stored> SyncConsumer<S> {
    async fn start(store: S) -> Self {
        let page_id = page_of_property();
        let listener = Listener::start("127.0.0.1:0", &page_id, store.clone(), false)
            .await
            .unwrap();
        SyncConsumer {
            store,
            page_id,
            listener,
        }
    }
}

impl<S: Stored> Consumer for SyncConsumer<S> {
    fn url(&self) -> String {
        format!("http://{}/", self.listener.local_addr())
    }

    async fn backfill(&mut self, w: &World) {
        self.poll(w).await;
    }

    /// Events are applied as they arrive: nothing to do.
    async fn drain(&mut self, _: &World) {}

    /// Waits until the listener applied every event the mock delivered.
    async fn drain_all(&mut self, w: &World) {
        let delivered = w.delivered_events().await;
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        loop {
            let counts = self.listener.counts();
            assert_eq!(counts.failed, 0, "{counts:?}");
            if counts.received >= delivered {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{delivered} events delivered, {counts:?}"
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        // The last one counted may still be in its transaction.
        while self.listener.counts().applied + self.listener.counts().ignored
            < self.listener.counts().received
        {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    async fn poll(&mut self, w: &World) {
        pancake_sync::sync(
            &w.page_client(),
            &mut self.store,
            &SyncOptions::default(),
            |_| {},
        )
        .await
        .unwrap();
    }

    async fn state(&mut self) -> Compared {
        self.store
            .stored(&self.page_id)
            .await
            .iter()
            .map(compared)
            .collect()
    }

    fn received(&self) -> Vec<Value> {
        Vec::new()
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

async fn world(faults: &FaultConfig, url: String) -> World {
    let mock = start(&OPTIONS()).await;
    let admin = mock.admin();
    let page = mock.page_id(0);
    admin
        .subscribe_webhook(&SubscribeRequest {
            url,
            events: Some(vec!["messaging".into(), "conversation".into()]),
            page_ids: Some(vec![page.clone()]),
            timeout_ms: None,
        })
        .await
        .unwrap();
    admin.set_faults(faults).await.unwrap();
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
        tags,
    }
}

/// The mock the property runs against: page 0 of fixture seed 3 (its id is known before the
/// mock starts, so a consumer can be built first and subscribed with its URL).
const OPTIONS: fn() -> Options = || Options {
    manual_clock: true,
    ..Options::new(3, 40)
};

async fn run<C: Consumer>(
    ops: Vec<Op>,
    faults: FaultConfig,
    mut consumer: C,
) -> Result<(), TestCaseError> {
    let w = world(&faults, consumer.url()).await;
    consumer.backfill(&w).await;
    let mut ids: Vec<String> = w
        .conversations(None)
        .await
        .iter()
        .map(|c| text(&c["id"]))
        .collect();
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
                    .simulate_message(&SimulateMessage {
                        page_id: w.page.clone(),
                        conversation_id: existing,
                        text: Some(TEXTS[t].into()),
                        ..SimulateMessage::default()
                    })
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
            Op::Drain => consumer.drain(&w).await,
            Op::Poll => consumer.poll(&w).await,
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
    consumer.drain_all(&w).await;
    consumer.poll(&w).await;

    let spec = pancake_openapi::Spec::bundled().unwrap();
    let validator = pancake_openapi::Validator::lazy(&spec);
    for event in &consumer.received() {
        let event_type = event["event_type"].as_str().unwrap_or_default();
        let schema = &spec
            .webhook_event(event_type)
            .ok_or_else(|| TestCaseError::fail(format!("unknown event {event}")))?
            .schema;
        validator
            .validate_component(schema, event)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{event}")))?;
    }
    let expected: Compared = w.conversations(None).await.iter().map(compared).collect();
    prop_assert_eq!(consumer.state().await, expected);
    Ok(())
}

/// The id of the property's page (page 0 of its fixtures).
fn page_of_property() -> String {
    let options = OPTIONS();
    let config = pancake_mock::MockConfig {
        fixtures: pancake_mock::FixtureSource::Generated(pancake_mock::GenerateOptions {
            seed: options.seed,
            conversations: options.conversations,
            ..pancake_mock::GenerateOptions::default()
        }),
        ..pancake_mock::MockConfig::default()
    };
    config.build_fixtures().pages[0].page.id.to_string()
}

proptest! {
    #![proptest_config(config(6))]

    #[test]
    fn webhooks_plus_delta_polls_converge_to_the_mock(
        ops in proptest::collection::vec(op(), 5..30),
        faults in faults(),
    ) {
        runtime().block_on(async { run(ops, faults, MemoryConsumer::start().await).await })?;
    }

    /// The same property with `pancake-sync` and a SQLite file as the consumer's state.
    #[test]
    fn pancake_sync_into_sqlite_converges_to_the_mock(
        ops in proptest::collection::vec(op(), 5..30),
        faults in faults(),
    ) {
        runtime().block_on(async {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("pancake.db");
            let store = SqliteStore::open(path.to_str().unwrap()).await.unwrap();
            let consumer = SyncConsumer::start(store).await;
            run(ops, faults, consumer).await
        })?;
    }
}

/// A fresh database on `server`.
async fn fresh_database(server: &PostgresServer) -> String {
    static CASES: AtomicU64 = AtomicU64::new(0);
    let name = format!("convergence_{}", CASES.fetch_add(1, Ordering::SeqCst));
    let (client, connection) = tokio_postgres::connect(&server.url(), tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    let url = server.url();
    let (server_part, _) = url.rsplit_once('/').expect("a database in the URL");
    format!("{server_part}/{name}")
}

/// The same property with `pancake-sync` and a PostgreSQL database as the consumer's state: one
/// server for the whole property, one database per case. The test owns the server, so it stops
/// when the test ends, passed or failed (a `static` server is never dropped, and stayed running
/// after every test run).
#[test]
fn pancake_sync_into_postgres_converges_to_the_mock() {
    let server = match PostgresServer::start() {
        Ok(server) => server,
        Err(missing) => return missing.skip(),
    };
    let mut runner = proptest::test_runner::TestRunner::new(config(3));
    let cases = (proptest::collection::vec(op(), 5..30), faults());
    let outcome = runner.run(&cases, |(ops, faults)| {
        runtime().block_on(async {
            let store = PostgresStore::connect(&fresh_database(&server).await)
                .await
                .unwrap();
            let consumer = SyncConsumer::start(store).await;
            run(ops, faults, consumer).await
        })
    });
    if let Err(failure) = outcome {
        panic!("{failure}");
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
            .subscribe_webhook(&SubscribeRequest {
                url: url.clone(),
                events: Some(vec!["connect_status".into()]),
                ..Default::default()
            })
            .await
            .unwrap();
        let disconnected = SimulateConnectStatus {
            page_id: page,
            status: "disconnected".into(),
        };
        for _ in 0..300 {
            admin.simulate_connect_status(&disconnected).await.unwrap();
        }
        admin
            .webhooks_settled(Duration::from_secs(20))
            .await
            .unwrap();
        let s = &admin.webhooks().await.unwrap()[0];
        assert!(s.suspended, "{s:?}");
        assert_eq!(s.counters.failed, 300);
        let deliveries = admin.journal().await.unwrap().webhook_deliveries;
        assert!(
            deliveries
                .iter()
                .all(|d| d.outcome == "failed" && d.error.is_some())
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
            .subscribe_webhook(&SubscribeRequest {
                url,
                page_ids: Some(vec![second.clone()]),
                ..Default::default()
            })
            .await
            .unwrap();
        let package = admin
            .simulate_subscription(&SimulateSubscription {
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
        let spec = pancake_openapi::Spec::bundled().unwrap();
        let schema = &spec.webhook_event("subscription").unwrap().schema;
        pancake_openapi::Validator::lazy(&spec)
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
            .simulate_subscription(&SimulateSubscription {
                page_ids: vec!["not-a-page".into()],
                ..Default::default()
            })
            .await
            .unwrap_err();
        assert_eq!(bad.status(), Some(reqwest::StatusCode::BAD_REQUEST));
        assert!(bad.message().unwrap().contains("page_ids"), "{bad}");
    });
}
