//! `pancake_sync::Listener`: webhook events applied through the versioned upsert of the polls.

use std::time::{Duration, Instant};

use pancake_sync::{Listener, SqliteStore, Store};
use serde_json::{Value, json};

/// A conversation event. Its `version` goes up with each change of the conversation, as the live
/// API's does: the client's receiver takes two events of one conversation with the same
/// `version` and `updated_at` for one change delivered twice, whatever their `request_id`
/// (RECONCILIATION W2).
fn event(page_id: &str, request_id: &str, updated_at: &str, version: i64, snippet: &str) -> Value {
    json!({
        "page_id": page_id, "event_type": "conversation", "request_id": request_id,
        "data": {"conversation": {
            "id": "c1", "page_id": page_id, "tags": [7], "snippet": snippet,
            "updated_at": updated_at, "version": version
        }}
    })
}

async fn deliver(listener: &Listener, body: &Value) -> reqwest::StatusCode {
    reqwest::Client::new()
        .post(format!("http://{}/", listener.local_addr()))
        .json(body)
        .send()
        .await
        .unwrap()
        .status()
}

/// Waits until the listener handled `n` events.
async fn handled(listener: &Listener, n: u64) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let c = listener.counts();
        if c.applied + c.ignored + c.failed >= n {
            return;
        }
        assert!(Instant::now() < deadline, "{c:?}");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn late_repeated_and_foreign_events_never_move_a_row_backwards() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path().join("p.db").to_str().unwrap())
        .await
        .unwrap();
    let listener = Listener::start("127.0.0.1:0", "9", store.clone(), true)
        .await
        .unwrap();
    let newer = event("9", "r2", "2026-01-15T10:00:02", 2, "newer");
    let older = event("9", "r1", "2026-01-15T10:00:01", 1, "older");
    assert_eq!(deliver(&listener, &newer).await, 200);
    // A late event (older `updated_at`), a repeat (same request id), another page's event.
    assert_eq!(deliver(&listener, &older).await, 200);
    assert_eq!(deliver(&listener, &newer).await, 200);
    assert_eq!(
        deliver(
            &listener,
            &event("8", "r3", "2026-01-15T10:00:09", 1, "other page")
        )
        .await,
        200
    );
    handled(&listener, 3).await;
    let counts = listener.counts();
    assert_eq!((counts.received, counts.applied, counts.ignored), (3, 2, 1));
    let rows = store.stored_conversations("9").await.unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["snippet"], "newer");
    assert_eq!(rows[0]["updated_at"], "2026-01-15T10:00:02");
    // Tag ids become tag objects, as the API's conversations carry them.
    assert_eq!(rows[0]["tags"], json!([{"id": 7}]));
    assert!(store.stored_conversations("8").await.unwrap().is_empty());

    // A messaging event stores its message beside the conversation.
    let message = json!({
        "page_id": "9", "event_type": "messaging", "request_id": "r4",
        "data": {
            "conversation": {"id": "c1", "snippet": "hi", "updated_at": "2026-01-15T10:00:03"},
            "message": {"id": "m1", "message": "hi", "inserted_at": "2026-01-15T10:00:03"}
        }
    });
    assert_eq!(deliver(&listener, &message).await, 200);
    handled(&listener, 4).await;
    let rows = store.stored_conversations("9").await.unwrap();
    assert_eq!(rows[0]["snippet"], "hi");
    let mut store = store;
    // The checkpoint is the polls' alone: events never write one.
    assert_eq!(store.load_state("9").await.unwrap(), None);
}

#[tokio::test]
async fn a_taken_or_malformed_address_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path().join("p.db").to_str().unwrap())
        .await
        .unwrap();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let err = Listener::start(&addr, "9", store.clone(), false)
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(&addr) && err.contains("already in use"),
        "{err}"
    );
    let err = Listener::start("localhost", "9", store, false)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("HOST:PORT"), "{err}");
}
