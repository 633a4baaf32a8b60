//! The generated client against the mock: its streams return what a raw walk returns, a full
//! sync through 20% injected 503s still returns exactly the right set, and at full speed its
//! limiter keeps the mock's 429s at zero.

use std::collections::BTreeSet;
use std::time::Duration;

use futures::TryStreamExt;
use pancake_client::retry::RetryPolicy;
use pancake_client::{PageClient, Pancake};
use pancake_mock::{FaultConfig, RateLimit};
use proptest::prelude::*;
use serde_json::Value;

use crate::common::{Mock, Options, config, ids, runtime, start, text};

fn client(mock: &Mock, retry: RetryPolicy, limited: bool) -> Pancake {
    let builder = Pancake::builder()
        .base_url(mock.base_url.as_str())
        .retry(retry);
    let builder = if limited {
        builder
    } else {
        builder.no_rate_limit()
    };
    builder.build().expect("the client builds")
}

fn page(pancake: &Pancake, mock: &Mock) -> PageClient {
    pancake.page(mock.page_id(0), text(&mock.page(0)["page_access_token"]))
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 12,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(5),
        max_retry_after: Duration::from_secs(2),
    }
}

/// The ids of a stream's items (serialised back to JSON, so the test does not depend on the
/// generated field types).
async fn stream_ids<T, S>(stream: S) -> Result<Vec<String>, String>
where
    T: serde::Serialize,
    S: futures::Stream<Item = pancake_client::Result<T>>,
{
    let items: Vec<T> = stream.try_collect().await.map_err(|e| e.to_string())?;
    Ok(items
        .iter()
        .map(|i| text(&serde_json::to_value(i).unwrap_or(Value::Null)["id"]))
        .collect())
}

proptest! {
    #![proptest_config(config(16))]

    /// Streams return the same items, in the same order, as the raw spec-driven walk (for the
    /// customers, whose stream picks its own page size, the same set as a walk with a random one).
    #[test]
    fn streams_equal_raw_walks(seed in any::<u64>(), n in 0usize..200, page_size in 1u32..=100) {
        runtime().block_on(async {
            let mock = start(&Options::new(seed, n)).await;
            let pancake = client(&mock, RetryPolicy::none(), false);
            let page = page(&pancake, &mock);

            let raw = mock.walker.walk(&mock.op("list_conversations"), &mock.call(0), None).await.map_err(|e| e.to_string())?;
            let streamed = stream_ids(page.list_conversations().stream()).await?;
            if streamed != ids(raw.items(), "id") {
                return Err(format!("list_conversations: the stream gave {} items, the raw walk {}", streamed.len(), raw.items().len()));
            }

            let raw = mock.walker.walk(&mock.op("list_conversations_v1"), &mock.call(0), None).await.map_err(|e| e.to_string())?;
            let streamed = stream_ids(page.list_conversations_v1().stream()).await?;
            if streamed != ids(raw.items(), "id") {
                return Err(format!("list_conversations_v1: the stream gave {} items, the raw walk {}", streamed.len(), raw.items().len()));
            }

            let epoch = mock.epoch_secs();
            let (since, until) = (epoch - 400 * 86_400, epoch + 86_400);
            let call = mock.call(0).query("since", since).query("until", until);
            let raw = mock.walker.walk(&mock.op("list_page_customers"), &call, Some(page_size)).await.map_err(|e| e.to_string())?;
            let streamed = stream_ids(page.list_page_customers().since(since).until(until).stream()).await?;
            let raw_ids = ids(raw.items(), "id");
            if streamed.iter().collect::<BTreeSet<_>>() != raw_ids.iter().collect::<BTreeSet<_>>() {
                return Err(format!("list_page_customers (page_size {page_size}): the stream gave {} items, the raw walk {}", streamed.len(), raw_ids.len()));
            }

            if let Some(c) = mock.list(0, "conversations").first() {
                let id = text(&c["id"]);
                let call = mock.call(0).path("conversation_id", id.clone());
                let raw = mock.walker.walk(&mock.op("list_messages"), &call, None).await.map_err(|e| e.to_string())?;
                let streamed = stream_ids(page.list_messages().conversation_id(id.clone()).stream()).await?;
                if streamed != ids(raw.items(), "id") {
                    return Err(format!("list_messages: the stream gave {} items, the raw walk {}", streamed.len(), raw.items().len()));
                }
            }
            Ok::<(), String>(())
        }).map_err(TestCaseError::fail)?;
    }

    /// With 20% of requests answered 503, a full sync still returns exactly every conversation.
    #[test]
    fn a_sync_through_injected_503s_returns_exactly_the_set(seed in any::<u64>(), fault_seed in any::<u64>(), n in 1usize..250) {
        runtime().block_on(async {
            let mock = start(&Options::new(seed, n)).await;
            mock.admin().set_faults(&FaultConfig { error_rate: 0.2, status: 503, seed: fault_seed, ..FaultConfig::default() }).await.map_err(|e| e.to_string())?;
            let pancake = client(&mock, fast_retries(), false);
            let page = page(&pancake, &mock);
            let streamed = stream_ids(page.list_conversations().stream()).await?;
            let expected: BTreeSet<String> = mock.list(0, "conversations").iter().map(|c| text(&c["id"])).collect();
            let got: BTreeSet<String> = streamed.iter().cloned().collect();
            if streamed.len() != got.len() {
                return Err("the sync returned a conversation twice".into());
            }
            let injected = mock.server.journal().iter().filter(|e| e.status == 503).count();
            if got != expected {
                return Err(format!("the sync returned {} conversations, the page has {} ({injected} injected 503s)", got.len(), expected.len()));
            }
            Ok::<(), String>(())
        }).map_err(TestCaseError::fail)?;
    }
}

/// At full speed, two concurrent syncs of one page through one client never meet a 429: the
/// limiter keeps them under the mock's 5 requests per second.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_speed_syncs_stay_under_the_rate_limit() {
    let options = Options {
        rate_limit: Some(RateLimit {
            requests: 5,
            per_seconds: 1,
        }),
        ..Options::new(7, 420)
    };
    let mock = start(&options).await;
    let pancake = client(&mock, RetryPolicy::none(), true);
    let page = page(&pancake, &mock);
    let (v2, v1) = tokio::join!(
        stream_ids(page.list_conversations().stream()),
        stream_ids(page.list_conversations_v1().stream()),
    );
    let (v2, v1) = (v2.expect("the v2 sync"), v1.expect("the v1 sync"));
    assert_eq!(v2.len(), 420);
    assert_eq!(v1.len(), 420);
    let entries = mock.server.journal();
    let limited = entries.iter().filter(|e| e.status == 429).count();
    assert!(
        entries.len() > 10,
        "only {} requests: the test did not push the limit",
        entries.len()
    );
    assert_eq!(
        limited,
        0,
        "{limited} of {} requests were refused with 429",
        entries.len()
    );
}
