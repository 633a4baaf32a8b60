//! What a long job needs from the client: page streams that resume from a stored checkpoint,
//! spans per call, decode errors that say where, and a limiter seam.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use pancake_client::paginate::Checkpoint;
use pancake_client::rate_limit::{Acquire, LimiterError, RateLimiter};
use pancake_client::{Error, Pancake};
use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn decode_errors_name_the_operation_the_url_and_the_json_path() {
    let stub = Stub::start(|_, _| {
        json(
            200,
            json!({"success": true, "tags": [{"id": 1, "text": "ok"}, {"id": 2, "text": ["not", "text"]}]}),
        )
    })
    .await;
    let err = stub.page().list_tags().execute().await.unwrap_err();
    let Error::Decode {
        operation,
        status,
        url,
        path,
        ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(operation, "list_tags");
    assert_eq!(*status, Some(200));
    assert!(
        url.contains("/pages/256469571178082/tags") && url.contains("page_access_token=***"),
        "{url}"
    );
    assert_eq!(path.as_deref(), Some("tags[1].text"));
    let shown = err.to_string();
    assert!(
        shown.starts_with("could not decode the answer of list_tags (HTTP 200) from http://"),
        "{shown}"
    );
    assert!(shown.contains("at `tags[1].text`"), "{shown}");
    assert_no_token(&err);

    // The untyped walk says the same.
    let stub = Stub::start(|_, _| json(200, json!({"success": true, "conversations": 7}))).await;
    let page = stub.page();
    let err = page
        .call_pages("list_conversations", Default::default(), None)
        .unwrap()
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("list_conversations"), "{err}");
}

#[tokio::test]
async fn every_call_has_a_span_with_operation_page_attempt_wait_and_redacted_url() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let stub = Stub::start(|_, index| {
        if index == 0 {
            json(503, json!({"success": false, "message": "busy"}))
        } else {
            json(200, json!({"success": true, "tags": []}))
        }
    })
    .await;
    stub.page().list_tags().execute().await.unwrap();
    let logs = captured.text();
    let closed = logs
        .lines()
        .find(|l| l.contains("pancake_call") && l.contains("close"))
        .unwrap_or_else(|| panic!("no closed call span in:\n{logs}"));
    for field in [
        "operation=\"list_tags\"",
        "page_id=\"256469571178082\"",
        "attempt=2",
        "limiter_wait_ms=",
        "status=200",
        "page_access_token=***",
    ] {
        assert!(closed.contains(field), "{field} missing from: {closed}");
    }
    assert!(!logs.contains(PAGE_TOKEN), "a token reached the logs");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stored_checkpoint_resumes_a_walk_on_the_mock_without_fetching_again() {
    let config = pancake_mock::MockConfig {
        rate_limit: None,
        ..pancake_mock::MockConfig::default()
    };
    let server = pancake_mock::start(config).await.unwrap();
    let summary = server.fixtures();
    let first = &summary.pages[0];
    let pancake = Pancake::builder()
        .base_url(server.base_url())
        .no_rate_limit()
        .build()
        .unwrap();
    let page = pancake.page(first.id.as_str(), first.page_access_token.as_str());

    let whole: Vec<_> = page
        .list_conversations()
        .pages(None)
        .try_collect()
        .await
        .unwrap();
    assert!(
        whole.len() >= 3,
        "150 conversations are 3 pages and an empty one"
    );
    assert_eq!(
        whole.iter().map(|p| p.index).collect::<Vec<_>>(),
        (0..whole.len() as u64).collect::<Vec<_>>()
    );

    // Stop after the first page, keep its checkpoint as a database would, resume from it.
    let first_page = std::pin::pin!(page.list_conversations().pages(None))
        .next()
        .await
        .unwrap()
        .unwrap();
    let stored = serde_json::to_string(first_page.next.as_ref().unwrap()).unwrap();
    assert!(stored.contains("\"cursor\""), "{stored}");
    let checkpoint: Checkpoint = serde_json::from_str(&stored).unwrap();
    let rest: Vec<_> = page
        .list_conversations()
        .pages(Some(checkpoint))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rest.len(), whole.len() - 1, "no page fetched twice");
    let ids: Vec<String> = std::iter::once(&first_page)
        .chain(&rest)
        .flat_map(|p| {
            p.items
                .iter()
                .map(|c| c.id.clone().expect("the mock sends ids"))
        })
        .collect();
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "no conversation twice");
    assert_eq!(ids.len() as u64, first.conversations as u64);
    assert_eq!(rest.last().unwrap().fetched, first.conversations as u64);
    server.shutdown().await;
}

/// A limiter of the caller's own: counts slots, or refuses them.
#[derive(Debug, Default)]
struct Counting {
    slots: AtomicUsize,
    refuse: bool,
}

impl RateLimiter for Counting {
    fn acquire<'a>(&'a self, page_id: &'a str) -> Acquire<'a> {
        Box::pin(async move {
            self.slots.fetch_add(1, Ordering::SeqCst);
            if self.refuse {
                Err(LimiterError::new(format!("no slot for {page_id} today")))
            } else {
                Ok(Duration::ZERO)
            }
        })
    }
}

#[tokio::test]
async fn any_rate_limiter_plugs_in_and_its_refusal_sends_nothing() {
    let stub = Stub::start(|_, _| json(200, json!({"success": true, "tags": []}))).await;
    let pancake = Pancake::builder()
        .base_url(&stub.base_url)
        .rate_limiter(Counting::default())
        .build()
        .unwrap();
    pancake
        .page(PAGE, PAGE_TOKEN)
        .list_tags()
        .execute()
        .await
        .unwrap();
    stub.assert_calls(1);

    let refusing = Pancake::builder()
        .base_url(&stub.base_url)
        .retry(fast_retries(4))
        .rate_limiter(Counting {
            refuse: true,
            ..Counting::default()
        })
        .build()
        .unwrap();
    let err = refusing
        .page(PAGE, PAGE_TOKEN)
        .list_tags()
        .execute()
        .await
        .unwrap_err();
    match &err {
        Error::Limiter { page_id, message } => {
            assert_eq!(page_id, PAGE);
            assert_eq!(message, "no slot for 256469571178082 today");
        }
        other => panic!("{other:?}"),
    }
    stub.assert_calls(1);
    // The raw path (the CLI's) reports it the same way.
    let err = refusing
        .page(PAGE, PAGE_TOKEN)
        .call("list_tags", Default::default(), None)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Limiter { .. }), "{err:?}");
    stub.assert_calls(1);
}
