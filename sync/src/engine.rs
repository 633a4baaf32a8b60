//! The sync loop: walk, store each page with its checkpoint, resume, wait out rate limits.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use futures::{StreamExt, TryStreamExt};
use pancake_client::PageClient;
use serde_json::Value;

use crate::error::Error;
use crate::store::{Batch, ConversationRow, MessageRow, Store, SyncState, WalkState};

/// The list operation a sync walks (v2, cursor: the one that scales).
const CONVERSATIONS: &str = "list_conversations";
/// The messages of one conversation.
const MESSAGES: &str = "list_messages";

/// How a sync runs.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// How far before the last sync's newest `updated_at` a delta starts again (default 5 min):
    /// covers conversations that changed while the last walk ran and clocks that disagree.
    pub overlap: Duration,
    /// Also sync each new or changed conversation's messages.
    pub messages: bool,
    /// Consecutive failed attempts at one page (rate limited, server or network errors) before
    /// giving up (default 8). Each waits for `Retry-After` or a growing backoff first.
    pub patience: u32,
    /// Longest backoff between two attempts at one page (default 30 s).
    pub max_backoff: Duration,
}

impl Default for SyncOptions {
    fn default() -> Self {
        Self {
            overlap: Duration::from_secs(300),
            messages: false,
            patience: 8,
            max_backoff: Duration::from_secs(30),
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
    let mut params = BTreeMap::new();
    params.insert("order_by".to_owned(), "updated_at".to_owned());
    if let Some(since) = walk.since {
        params.insert("since".to_owned(), since.to_string());
    }
    let mut failures = 0;
    'walk: loop {
        let from = state.walk.as_ref().and_then(|w| w.checkpoint.clone());
        let mut pages = Box::pin(page.call_pages(CONVERSATIONS, params.clone(), from)?);
        while let Some(result) = pages.next().await {
            let result_page = match result {
                Ok(result_page) => result_page,
                Err(err) => {
                    let (wait, why) = wait_before_retry(err, failures, options)?;
                    failures += 1;
                    now.waiting = Some((wait, why));
                    now.elapsed = started.elapsed();
                    progress(&now);
                    now.waiting = None;
                    tokio::time::sleep(wait).await;
                    continue 'walk;
                }
            };
            now.requests += 1;
            if result_page.next.is_none() {
                // A walk that cannot continue (the same cursor twice) also ends a page early, and
                // says so right after it: never record such a walk as finished.
                if let Some(Err(err)) = pages.next().await {
                    return Err(Error::Api(err));
                }
            }
            let rows: Vec<ConversationRow> = result_page
                .items
                .into_iter()
                .filter_map(ConversationRow::from_json)
                .collect();
            let messages = if options.messages {
                match fetch_messages(page, &rows, &mut now.requests).await {
                    Ok(messages) => messages,
                    Err(err) => {
                        let (wait, why) = wait_before_retry(err, failures, options)?;
                        failures += 1;
                        now.waiting = Some((wait, why));
                        progress(&now);
                        now.waiting = None;
                        tokio::time::sleep(wait).await;
                        continue 'walk;
                    }
                }
            } else {
                Vec::new()
            };
            failures = 0;
            let walk = state.walk.as_mut().expect("a walk is in progress");
            walk.high_water = rows.iter().map(|r| r.version).chain(walk.high_water).max();
            walk.checkpoint = result_page.next.clone();
            if result_page.next.is_none() {
                let high_water = walk.high_water;
                state.walk = None;
                state.synced_until = state.synced_until.max(high_water);
                state.walks_done += 1;
            }
            now.conversations += rows.len() as u64;
            now.messages += messages.len() as u64;
            store
                .apply(Batch {
                    page_id: page_id.clone(),
                    conversations: rows,
                    messages,
                    state: Some(state.clone()),
                })
                .await?;
            now.done = state.walk.is_none();
            now.elapsed = started.elapsed();
            progress(&now);
            if now.done {
                break 'walk;
            }
        }
        // A page stream ends after its last page or an error, both handled above.
        return Err(Error::Api(pancake_client::Error::Pagination {
            operation: CONVERSATIONS.to_owned(),
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

/// Every message of each conversation of `rows`.
async fn fetch_messages(
    page: &PageClient,
    rows: &[ConversationRow],
    requests: &mut u64,
) -> Result<Vec<MessageRow>, pancake_client::Error> {
    let mut messages = Vec::new();
    for row in rows {
        let mut params = BTreeMap::new();
        params.insert("conversation_id".to_owned(), row.id.clone());
        let mut pages = Box::pin(page.call_pages(MESSAGES, params, None)?);
        while let Some(result_page) = pages.try_next().await? {
            *requests += 1;
            messages.extend(
                result_page
                    .items
                    .into_iter()
                    .filter_map(|m: Value| MessageRow::from_json(&row.id, m)),
            );
        }
    }
    Ok(messages)
}

/// How long to wait before trying a failed page again, or the error when waiting cannot help (a
/// refused token, a bad request) or patience ran out.
fn wait_before_retry(
    err: pancake_client::Error,
    failures: u32,
    options: &SyncOptions,
) -> Result<(Duration, String), Error> {
    use pancake_client::Error as E;
    let transient = match &err {
        E::RateLimited { .. } | E::Transport { .. } | E::Limiter { .. } => true,
        E::Api { status, .. } => matches!(status, 408 | 500 | 502 | 503 | 504),
        _ => false,
    };
    if !transient || failures + 1 >= options.patience {
        return Err(Error::Api(err));
    }
    let backoff = Duration::from_secs(1u64 << failures.min(10)).min(options.max_backoff);
    let wait = err
        .retry_after()
        .unwrap_or(backoff)
        .min(options.max_backoff);
    Ok((wait, err.to_string()))
}
