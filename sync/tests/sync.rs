//! The sync against the in-process mock, into SQLite and into a real Postgres started by the test:
//! stopped in the middle and resumed, deltas, versions that never go backwards, and bad input.

use std::collections::BTreeMap;
use std::time::Duration;

use futures::TryStreamExt;
use pancake_client::retry::RetryPolicy;
use pancake_client::{PageClient, Pancake};
use pancake_mock::{
    FaultConfig, FixtureSource, GenerateOptions, MockConfig, MockServer, RateLimit,
};
use pancake_sync::{
    Batch, ConversationRow, Error, PostgresStore, SqliteStore, Store, SyncOptions, sync,
};
use pancake_testkit::PostgresServer;
use serde_json::{Value, json};

/// A mock whose first page has `conversations` conversations, with the live API's rate limit.
async fn mock(conversations: usize) -> MockServer {
    let config = MockConfig {
        fixtures: FixtureSource::Generated(GenerateOptions {
            conversations,
            ..GenerateOptions::default()
        }),
        ..MockConfig::default()
    };
    pancake_mock::start(config).await.unwrap()
}

fn page_of(server: &MockServer) -> PageClient {
    let summary = server.fixtures();
    let first = &summary.pages[0];
    Pancake::builder()
        .base_url(server.base_url())
        .build()
        .unwrap()
        .page(first.id.as_str(), first.page_access_token.as_str())
}

/// `list_conversations` requests the mock received since the journal was last cleared.
async fn list_requests(server: &MockServer) -> usize {
    let journal = server.admin().journal().await.unwrap();
    journal
        .requests
        .iter()
        .filter(|r| r.path.ends_with("/conversations"))
        .count()
}

/// Every conversation of the mock's first page as `id → updated_at`, read without the limiter.
async fn truth(server: &MockServer) -> BTreeMap<String, String> {
    let page = page_of(server);
    let all: Vec<Value> = page
        .call_stream("list_conversations", BTreeMap::new(), None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    all.iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_owned(),
                c["updated_at"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// What a store holds, read back through its own SQL.
trait Inspect {
    async fn rows(&mut self, page_id: &str) -> BTreeMap<String, String>;
}

impl Inspect for SqliteStore {
    async fn rows(&mut self, page_id: &str) -> BTreeMap<String, String> {
        self.conversations(page_id).await.unwrap()
    }
}

impl Inspect for PostgresStore {
    async fn rows(&mut self, page_id: &str) -> BTreeMap<String, String> {
        self.conversations(page_id).await.unwrap()
    }
}

async fn postgres_sql(url: &str, sql: &str) {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    client.batch_execute(sql).await.unwrap();
}

/// Syncs, stops the sync right after its third stored page (the task is aborted while it fetches
/// the fourth), resumes, and checks the store ends with exactly the mock's conversations, fetched
/// once; then a delta picks up a changed conversation.
async fn stop_and_resume<S: Store + Inspect + Clone + Send + 'static>(store: S) {
    let server = mock(600).await;
    let page = page_of(&server);
    let page_id = page.page_id().to_owned();

    let (stored_pages, mut stored_rx) = tokio::sync::mpsc::unbounded_channel();
    let mut first_store = store.clone();
    let first_page = page.clone();
    let first_run = tokio::spawn(async move {
        sync(
            &first_page,
            &mut first_store,
            &SyncOptions::default(),
            |p| {
                let _ = stored_pages.send(p.conversations);
            },
        )
        .await
    });
    for _ in 0..3 {
        stored_rx.recv().await.expect("a page is stored");
    }
    first_run.abort();
    assert!(first_run.await.unwrap_err().is_cancelled());

    let mut store = store;
    let state = store.load_state(&page_id).await.unwrap().unwrap();
    let walk = state.walk.clone().expect("the stopped walk is stored");
    assert_eq!(walk.checkpoint.as_ref().unwrap().fetched, 180);
    assert_eq!(store.rows(&page_id).await.len(), 180);

    server.admin().clear_journal().await.unwrap();
    let report = sync(&page, &mut store, &SyncOptions::default(), |_| {})
        .await
        .unwrap();
    assert!(report.resumed);
    assert_eq!(report.conversations, 420, "only what was not stored yet");
    // 7 pages of 60, then the empty page that ends a cursor walk: nothing fetched twice.
    assert_eq!(list_requests(&server).await, 8);
    assert!(report.state.walk.is_none());
    let expected = truth(&server).await;
    assert_eq!(expected.len(), 600);
    assert_eq!(store.rows(&page_id).await, expected);

    // A conversation changes; the next run is a delta from the last sync minus the overlap.
    let tags: Value = page
        .call("list_tags", BTreeMap::new(), None)
        .await
        .unwrap()
        .decode("list_tags")
        .unwrap();
    let tag_id = tags["tags"][0]["id"].clone();
    let oldest = expected
        .iter()
        .min_by_key(|(_, t)| (*t).clone())
        .unwrap()
        .0
        .clone();
    let mut params = BTreeMap::new();
    params.insert("conversation_id".to_owned(), oldest.clone());
    page.call(
        "update_conversation_tags",
        params,
        Some(&json!({"action": "add", "tag_id": tag_id})),
    )
    .await
    .unwrap();
    let report = sync(&page, &mut store, &SyncOptions::default(), |_| {})
        .await
        .unwrap();
    assert!(!report.resumed);
    assert!(report.since.is_some(), "a delta, not a second backfill");
    assert!(report.conversations < 600, "{}", report.conversations);
    let after = store.rows(&page_id).await;
    assert_eq!(after, truth(&server).await);
    assert_ne!(after[&oldest], expected[&oldest], "the change arrived");
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_stopped_in_the_middle_resumes_and_ends_with_exactly_the_mocks_conversations() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path().join("pancake.db").to_str().unwrap())
        .await
        .unwrap();
    stop_and_resume(store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_stopped_in_the_middle_resumes_and_ends_with_exactly_the_mocks_conversations() {
    let Some(postgres) = PostgresServer::start().map_err(|m| m.skip()).ok() else {
        return;
    };
    let store = PostgresStore::connect(&postgres.url()).await.unwrap();
    stop_and_resume(store).await;
}

fn row(id: &str, updated_at: &str, note: &str) -> ConversationRow {
    ConversationRow::from_json(json!({"id": id, "updated_at": updated_at, "note": note})).unwrap()
}

/// A replayed or late batch never moves a row backwards; the same version replays harmlessly.
async fn versions_never_go_backwards<S: Store + Inspect>(mut store: S) {
    let apply = |rows: Vec<ConversationRow>| Batch {
        page_id: "p".into(),
        conversations: rows,
        ..Batch::default()
    };
    store
        .apply(apply(vec![row("1", "2026-01-15T10:00:00", "new")]))
        .await
        .unwrap();
    store
        .apply(apply(vec![
            row("1", "2026-01-15T09:00:00.999999", "old"),
            row("2", "2026-01-15T09:00:00", "two"),
        ]))
        .await
        .unwrap();
    let rows = store.rows("p").await;
    assert_eq!(rows["1"], "2026-01-15T10:00:00");
    assert_eq!(rows.len(), 2);
    store
        .apply(apply(vec![row("1", "2026-01-15T10:00:00.000001", "newer")]))
        .await
        .unwrap();
    assert_eq!(store.rows("p").await["1"], "2026-01-15T10:00:00.000001");
    assert!(
        store.load_state("p").await.unwrap().is_none(),
        "no checkpoint without a sync"
    );
}

#[tokio::test]
async fn sqlite_versions_never_go_backwards() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path().join("v.db").to_str().unwrap())
        .await
        .unwrap();
    versions_never_go_backwards(store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_versions_never_go_backwards_and_a_newer_schema_is_refused() {
    let Some(postgres) = PostgresServer::start().map_err(|m| m.skip()).ok() else {
        return;
    };
    let store = PostgresStore::connect(&postgres.url()).await.unwrap();
    versions_never_go_backwards(store).await;
    let mut store = PostgresStore::connect(&postgres.url()).await.unwrap();
    postgres_sql(&postgres.url(), "UPDATE pancake_schema SET version = 99").await;
    let err = PostgresStore::connect(&postgres.url()).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::NewerSchema {
                found: 99,
                supported: 1,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("upgrade pancake"), "{err}");
    postgres_sql(&postgres.url(), "UPDATE pancake_schema SET version = 1").await;
    assert_eq!(store.rows("p").await.len(), 2, "nothing was changed");
}

#[tokio::test]
async fn sqlite_refuses_a_newer_schema_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.db");
    let path = path.to_str().unwrap();
    drop(SqliteStore::open(path).await.unwrap());
    rusqlite::Connection::open(path)
        .unwrap()
        .execute("UPDATE pancake_schema SET version = 2", [])
        .unwrap();
    let err = SqliteStore::open(path).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::NewerSchema {
                found: 2,
                supported: 1,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("newer than the 1"), "{err}");
}

#[tokio::test]
async fn unreachable_or_unknown_databases_are_clear_errors() {
    let port = pancake_testkit::free_port();
    let started = std::time::Instant::now();
    let err = pancake_sync::open(&format!("postgres://me:s3cret@127.0.0.1:{port}/crm"))
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(11));
    let shown = err.to_string();
    assert!(
        shown.contains("could not connect") && shown.contains(&port.to_string()),
        "{shown}"
    );
    assert!(!shown.contains("s3cret"), "{shown}");
    let err = pancake_sync::open("mysql://127.0.0.1/x").await.unwrap_err();
    assert!(matches!(err, Error::DatabaseUrl(_)), "{err:?}");
    let err = pancake_sync::open("sqlite:///nonexistent-dir/deeper/pancake.db")
        .await
        .unwrap_err();
    assert!(err.to_string().contains("database sqlite://"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_renewed_token_stops_the_sync_with_a_clear_error_and_keeps_the_checkpoint() {
    let server = mock(300).await;
    let summary = server.fixtures();
    let page = page_of(&server);
    let page_id = page.page_id().to_owned();
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(dir.path().join("t.db").to_str().unwrap())
        .await
        .unwrap();

    // A refused token (102) from the start: nothing stored, no checkpoint.
    let stranger = Pancake::builder()
        .base_url(server.base_url())
        .build()
        .unwrap()
        .page(page_id.as_str(), "not-the-token");
    let err = sync(&stranger, &mut store, &SyncOptions::default(), |_| {})
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Api(pancake_client::Error::Unauthorized {
                error_code: Some(102),
                ..
            })
        ),
        "{err:?}"
    );
    assert!(store.load_state(&page_id).await.unwrap().is_none());

    // Two pages stored, then the token is renewed (105) under the running sync's feet.
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut first_store = store.clone();
    let first_page = page.clone();
    let run = tokio::spawn(async move {
        sync(
            &first_page,
            &mut first_store,
            &SyncOptions::default(),
            |p| {
                let _ = tx.send(p.conversations);
            },
        )
        .await
    });
    rx.recv().await.unwrap();
    rx.recv().await.unwrap();
    run.abort();
    let _ = run.await;
    let before = store.load_state(&page_id).await.unwrap().unwrap();
    let user = Pancake::builder()
        .base_url(server.base_url())
        .build()
        .unwrap()
        .user(summary.access_token.as_str());
    let mut params = BTreeMap::new();
    params.insert("page_id".to_owned(), page_id.clone());
    let renewed: Value = user
        .call("generate_page_access_token", params, None)
        .await
        .unwrap()
        .decode("generate_page_access_token")
        .unwrap();
    let err = sync(&page, &mut store, &SyncOptions::default(), |_| {})
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Api(pancake_client::Error::Unauthorized {
                error_code: Some(105),
                ..
            })
        ),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("use the new page_access_token"),
        "{err}"
    );
    assert_eq!(
        store.load_state(&page_id).await.unwrap().unwrap(),
        before,
        "checkpoint kept"
    );
    assert_eq!(store.rows(&page_id).await.len(), 120);

    // With the new token the same walk goes on.
    let token = renewed["page_access_token"].as_str().unwrap();
    let page = Pancake::builder()
        .base_url(server.base_url())
        .build()
        .unwrap()
        .page(page_id.as_str(), token);
    let report = sync(&page, &mut store, &SyncOptions::default(), |_| {})
        .await
        .unwrap();
    assert!(report.resumed);
    assert_eq!(store.rows(&page_id).await.len(), 300);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_storm_is_waited_out_and_an_outage_past_patience_keeps_the_checkpoint() {
    let server = mock(150).await;
    let page = page_of(&server);
    let page_id = page.page_id().to_owned();
    // The server now allows 1 request per 2 seconds, the client still sends 5 per second.
    let admin = server.admin();
    admin
        .set_rate_limit(Some(RateLimit {
            requests: 1,
            per_seconds: 2,
        }))
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(dir.path().join("r.db").to_str().unwrap())
        .await
        .unwrap();
    let mut waits = 0;
    let defaults = SyncOptions::default();
    let options = SyncOptions {
        retry: RetryPolicy {
            max_delay: Duration::from_secs(2),
            ..defaults.retry
        },
        ..defaults
    };
    let report = sync(&page, &mut store, &options, |p| {
        waits += usize::from(p.waiting.is_some())
    })
    .await
    .unwrap();
    let journal = admin.journal().await.unwrap();
    let refused = journal.requests.iter().filter(|r| r.status == 429).count();
    assert!(refused > 0, "the storm happened");
    assert_eq!(report.conversations, 150);
    admin.set_rate_limit(None).await.unwrap();
    assert_eq!(store.rows(&page_id).await, truth(&server).await);
    let _ = waits;

    // Every request fails: the sync gives up after its patience, the checkpoint intact.
    admin
        .set_faults(&FaultConfig {
            error_rate: 1.0,
            status: 503,
            seed: 1,
            ..FaultConfig::default()
        })
        .await
        .unwrap();
    let before = store.load_state(&page_id).await.unwrap();
    let defaults = SyncOptions::default();
    let options = SyncOptions {
        retry: RetryPolicy {
            max_attempts: 2,
            base_delay: Duration::from_millis(50),
            max_delay: Duration::from_millis(100),
            ..defaults.retry
        },
        ..defaults
    };
    let fast = Pancake::builder()
        .base_url(server.base_url())
        .retry(pancake_client::retry::RetryPolicy::none())
        .build()
        .unwrap()
        .page(
            page_id.as_str(),
            server.fixtures().pages[0].page_access_token.as_str(),
        );
    let err = sync(&fast, &mut store, &options, |_| {}).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Api(pancake_client::Error::Api { status: 503, .. })
        ),
        "{err:?}"
    );
    let after = store.load_state(&page_id).await.unwrap();
    assert_eq!(
        after.as_ref().map(|s| s.synced_until),
        before.as_ref().map(|s| s.synced_until)
    );
    assert_eq!(store.rows(&page_id).await.len(), 150);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_are_synced_with_their_conversations() {
    let server = mock(8).await;
    let page = page_of(&server);
    let page_id = page.page_id().to_owned();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.db");
    let mut store = SqliteStore::open(path.to_str().unwrap()).await.unwrap();
    let options = SyncOptions {
        messages: true,
        ..SyncOptions::default()
    };
    let report = sync(&page, &mut store, &options, |_| {}).await.unwrap();
    assert_eq!(report.conversations, 8);
    assert!(report.messages > 0);

    let mut expected = BTreeMap::new();
    for id in store.rows(&page_id).await.keys() {
        let mut params = BTreeMap::new();
        params.insert("conversation_id".to_owned(), id.clone());
        let messages: Vec<Value> = page
            .call_stream("list_messages", params, None)
            .unwrap()
            .try_collect()
            .await
            .unwrap();
        for m in messages {
            expected.insert(m["id"].as_str().unwrap().to_owned(), id.clone());
        }
    }
    let connection = rusqlite::Connection::open(&path).unwrap();
    let mut query = connection
        .prepare("SELECT id, conversation_id FROM messages WHERE page_id = ?1")
        .unwrap();
    let stored: BTreeMap<String, String> = query
        .query_map([&page_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(stored, expected);
    assert_eq!(report.messages as usize, expected.len());
    server.shutdown().await;
}
