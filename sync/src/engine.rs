//! The sync loop: walk, store each page with its checkpoint, resume, wait out rate limits.
//!
//! It walks with the client's typed, resumable result-page streams
//! (`page.list_conversations().since(..).pages(checkpoint)`, `list_messages()`), and decides whether to try a
//! failed result page again with the client's retry policy ([`pancake_client::retry::decide`]).

use std::time::{Duration, Instant};

use futures::{StreamExt, TryStreamExt};
use pancake_client::PageClient;
use pancake_client::paginate::Checkpoint;
use pancake_client::retry::{self, Decision, Idempotency, RetryPolicy};
use pancake_client::types::ConversationOrder;

use crate::error::Error;
use crate::store::{Batch, ConversationRow, MessageRow, Store, SyncState, WalkState};

/// How a sync runs.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// How far before the last sync's newest `updated_at` a delta starts again (default 5 min):
    /// covers conversations that changed while the last walk ran and clocks that disagree.
    pub overlap: Duration,
    /// Also sync each new or changed conversation's messages.
    pub messages: bool,
    /// When to try a failed result page again (rate limited, server or network errors), on top of
    /// the client's own retries of each request: the client's policy type and decision, with a
    /// sync's patience. `max_attempts` counts consecutive failed attempts at one result page
    /// (default 8); the backoff starts at 1 s and doubles up to `max_delay` (default 30 s); a
    /// `Retry-After` up to `max_retry_after` (default 5 min) is waited out, a longer one ends the
    /// run (rerun later: the checkpoint is kept).
    pub retry: RetryPolicy,
}

impl Default for SyncOptions {
    fn default() -> Self {
        Self {
            overlap: Duration::from_secs(300),
            messages: false,
            retry: RetryPolicy {
                max_attempts: 8,
                base_delay: Duration::from_secs(1),
                max_delay: Duration::from_secs(30),
                max_retry_after: Duration::from_secs(300),
            },
        }
    }
}

/// Where a sync stands, after each stored page.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// Conversations stored by this run.
    pub conversations: u64,
    /// Messages stored by this run.
    pub messages: u64,
    /// Requests made by this run (pages of conversations and of messages; retries not counted).
    pub requests: u64,
    /// Time since the run started.
    pub elapsed: Duration,
    /// The walk's `since` (Unix seconds), `None` for a full backfill.
    pub since: Option<i64>,
    /// True once the walk is over.
    pub done: bool,
    /// Set while the sync waits before trying a page again, with the reason.
    pub waiting: Option<(Duration, String)>,
}

/// What a finished sync did.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Conversations stored by this run.
    pub conversations: u64,
    /// Messages stored by this run.
    pub messages: u64,
    /// Requests made by this run.
    pub requests: u64,
    /// Whether this run resumed a walk an earlier run had started.
    pub resumed: bool,
    /// The walk's `since`, `None` for a full backfill.
    pub since: Option<i64>,
    /// The checkpoint stored at the end.
    pub state: SyncState,
}

/// Syncs `page`'s conversations into `store`: resumes a walk in progress, or starts a backfill
/// (nothing stored yet) or a delta; stores every page with the checkpoint after it; calls
/// `progress` after each stored page and before each wait.
pub async fn sync<S: Store>(
    page: &PageClient,
    store: &mut S,
    options: &SyncOptions,
    mut progress: impl FnMut(&Progress),
) -> Result<Report, Error> {
    let page_id = page.page_id().to_owned();
    let mut state = store.load_state(&page_id).await?.unwrap_or_default();
    let resumed = state.walk.is_some();
    let walk = state.walk.clone().unwrap_or_else(|| WalkState {
        since: state
            .synced_until
            .map(|until| (until / 1_000_000 - options.overlap.as_secs() as i64).max(0)),
        checkpoint: None,
        high_water: None,
    });
    state.walk = Some(walk.clone());
    let started = Instant::now();
    let mut now = Progress {
        conversations: 0,
        messages: 0,
        requests: 0,
        elapsed: Duration::ZERO,
        since: walk.since,
        done: false,
        waiting: None,
    };
    let since = walk.since;
    let mut failures = 0;
    'walk: loop {
        let from = state.walk.as_ref().and_then(|w| w.checkpoint.clone());
        let request = page
            .list_conversations()
            .order_by(ConversationOrder::UpdatedAt);
        let mut pages = match since {
            Some(since) => request.since(since),
            None => request,
        }
        .pages(from);
        while let Some(result) = pages.next().await {
            let fetched = match result {
                Ok(result_page) => {
                    now.requests += 1;
                    if result_page.next.is_none() {
                        // A walk that cannot continue (the same cursor twice) also ends a page
                        // early, and says so right after it: never record such a walk as finished.
                        if let Some(Err(err)) = pages.next().await {
                            return Err(Error::Api(err));
                        }
                    }
                    let rows: Vec<ConversationRow> = result_page
                        .items
                        .into_iter()
                        .filter_map(ConversationRow::from_conversation)
                        .collect();
                    let next = result_page.next;
                    if options.messages {
                        fetch_messages(page, &rows, &mut now.requests)
                            .await
                            .map(|messages| (rows, messages, next))
                    } else {
                        Ok((rows, Vec::new(), next))
                    }
                }
                Err(err) => Err(err),
            };
            let (rows, messages, next) = match fetched {
                Ok(fetched) => fetched,
                Err(err) => {
                    failures += 1;
                    let wait = wait_before_retry(err, failures, &options.retry)?;
                    now.waiting = Some(wait.clone());
                    now.elapsed = started.elapsed();
                    progress(&now);
                    now.waiting = None;
                    tokio::time::sleep(wait.0).await;
                    continue 'walk;
                }
            };
            failures = 0;
            store_page(&mut state, rows, messages, next, &page_id, store, &mut now).await?;
            now.elapsed = started.elapsed();
            progress(&now);
            if now.done {
                break 'walk;
            }
        }
        // A page stream ends after its last page or an error, both handled above.
        return Err(Error::Api(pancake_client::Error::Pagination {
            operation: pancake_client::operations::id::LIST_CONVERSATIONS.to_owned(),
            message: "the walk ended without a last page".to_owned(),
        }));
    }
    Ok(Report {
        conversations: now.conversations,
        messages: now.messages,
        requests: now.requests,
        resumed,
        since: now.since,
        state,
    })
}

/// Stores one result page's rows with the checkpoint after it, in one transaction.
async fn store_page<S: Store>(
    state: &mut SyncState,
    rows: Vec<ConversationRow>,
    messages: Vec<MessageRow>,
    next: Option<Checkpoint>,
    page_id: &str,
    store: &mut S,
    now: &mut Progress,
) -> Result<(), Error> {
    let walk = state.walk.as_mut().expect("a walk is in progress");
    walk.high_water = rows.iter().map(|r| r.version).chain(walk.high_water).max();
    let last = next.is_none();
    walk.checkpoint = next;
    if last {
        let high_water = walk.high_water;
        state.walk = None;
        state.synced_until = state.synced_until.max(high_water);
        state.walks_done += 1;
    }
    now.conversations += rows.len() as u64;
    now.messages += messages.len() as u64;
    store
        .apply(Batch {
            page_id: page_id.to_owned(),
            conversations: rows,
            messages,
            state: Some(state.clone()),
        })
        .await?;
    now.done = state.walk.is_none();
    Ok(())
}

/// Every message of each conversation of `rows`.
async fn fetch_messages(
    page: &PageClient,
    rows: &[ConversationRow],
    requests: &mut u64,
) -> Result<Vec<MessageRow>, pancake_client::Error> {
    let mut messages = Vec::new();
    for row in rows {
        let mut pages = page
            .list_messages()
            .conversation_id(row.id.as_str())
            .pages(None);
        while let Some(result_page) = pages.try_next().await? {
            *requests += 1;
            messages.extend(
                result_page
                    .items
                    .into_iter()
                    .filter_map(|m| MessageRow::from_message(&row.id, m)),
            );
        }
    }
    Ok(messages)
}

/// How long to wait before trying a failed result page again (the `failures`-th failure in a
/// row), with the reason; or the error when the client's retry policy says waiting cannot help (a
/// refused token, a bad request) or patience ran out.
fn wait_before_retry(
    err: pancake_client::Error,
    failures: u32,
    policy: &RetryPolicy,
) -> Result<(Duration, String), Error> {
    let Some(outcome) = err.outcome() else {
        return Err(Error::Api(err));
    };
    // A result page is a read: repeating it is harmless.
    let decision = retry::decide(
        policy,
        failures,
        Idempotency::Idempotent,
        outcome,
        rand::random::<f64>(),
    );
    match decision {
        Decision::Retry { after } => Ok((after, err.to_string())),
        Decision::GiveUp => Err(Error::Api(err)),
    }
}
