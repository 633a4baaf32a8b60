//! Part 2: a full client sync through `list_conversations_stream` against the rate-limited
//! mock, next to the bound the rate limit sets: ceil(N / page size) / (requests per second).
//!
//! 429s are counted from the mock's journal, polled while the sync runs (the journal is a ring
//! of the last requests; its sequence numbers reveal any entry that scrolled out unseen).

use std::collections::HashSet;
use std::time::{Duration, Instant};

use anyhow::{Context, ensure};
use futures::TryStreamExt;
use pancake_client::Pancake;
use pancake_client::operations::id;
use pancake_client::rate_limit::RateLimit;
use pancake_mock::admin::{JournalEntry, JournalView};
use pancake_mock::{Fixtures, GenerateOptions, PageSummary};

use crate::servers::{Launcher, MockFixtures, MockRate, Running};

/// The page size of `list_conversations` (`x-pancake-pagination`), from the client's operation
/// table: what a walk of N conversations costs in requests.
pub fn conversations_page_size() -> usize {
    pancake_client::operations::operation(id::LIST_CONVERSATIONS)
        .and_then(|op| op.pagination.as_ref())
        .map(|p| p.page_size as usize)
        .expect("list_conversations is a paginated operation of the spec")
}

/// How part 2 runs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Conversations on each synced page.
    pub conversations: usize,
    /// Pages synced in parallel in the second measurement.
    pub parallel_pages: usize,
    /// Runs of each measurement.
    pub runs: usize,
    /// The mock's limit; `None`: its default. With a limit, the client gets the same one.
    pub rate_per_second: Option<u32>,
    /// Pause between runs, so every page's bucket is full again.
    pub pause: Duration,
}

/// One sync run.
#[derive(Debug, Clone)]
pub struct SyncRun {
    /// Wall time of the whole run (all pages).
    pub wall_secs: f64,
    /// Distinct conversations received per page.
    pub received: Vec<usize>,
    /// Conversations each page holds.
    pub expected: usize,
    /// v2 list requests the mock saw.
    pub requests: u64,
    /// Of those, answered 429.
    pub too_many: u64,
    /// Of those, answered anything else but 200 or 429.
    pub other_errors: u64,
    /// Journal entries that scrolled out before they were read (0: the counts are complete).
    pub unseen: u64,
}

/// Everything part 2 measured.
#[derive(Debug, Clone)]
pub struct Report {
    /// One page alone.
    pub single: Vec<SyncRun>,
    /// `parallel_pages` pages at once.
    pub parallel: Vec<SyncRun>,
    /// The bound in seconds: ceil(conversations / page size) / rate.
    pub bound_secs: f64,
    /// Page size of the v2 list.
    pub page_size: usize,
    /// Requests per page per second.
    pub rate: f64,
    /// Settings used.
    pub settings: Settings,
}

/// The fixtures: the generated ones with `conversations` on the first page, plus copies of
/// that page under new ids and tokens until `pages` pages hold as many.
pub fn fixtures(conversations: usize, pages: usize) -> Fixtures {
    let mut f = pancake_mock::fixtures::generate(&GenerateOptions {
        conversations,
        ..GenerateOptions::default()
    });
    let first = f.pages[0].clone();
    for copy in 1..pages {
        let mut page = first.clone();
        page.page.id = format!("{}{copy:02}", first.page.id).into();
        page.page.name = format!("{} (copy {copy})", first.page.name).into();
        page.page_access_token = format!("{}-copy{copy}", first.page_access_token);
        for c in &mut page.conversations {
            c.page_id = page.page.id.clone();
        }
        // Right after the first page, so the copies are pages 1, 2, ...
        f.pages.insert(copy, page);
    }
    f
}

/// Which journal paths a [`Tally`] counts.
pub(super) type Counted = Box<dyn Fn(&str) -> bool + Send + Sync>;

/// The v2 conversation list of any page.
pub(super) fn conversation_lists() -> Counted {
    Box::new(|path| path.contains("/public_api/v2/pages/") && path.ends_with("/conversations"))
}

/// What the journal shows of the counted requests.
pub(super) struct Tally {
    counted: Counted,
    last_seq: u64,
    /// Counted requests.
    pub(super) requests: u64,
    /// Of those, answered 429.
    pub(super) too_many: u64,
    /// Of those, answered anything else but 200 or 429.
    pub(super) other_errors: u64,
    /// Entries (of any path) that scrolled out of the ring before they were read.
    pub(super) unseen: u64,
    /// Arrival of each counted request, mock milliseconds, in journal order.
    pub(super) arrivals_ms: Vec<i64>,
}

impl Tally {
    pub(super) fn new(counted: Counted) -> Tally {
        Tally {
            counted,
            last_seq: 0,
            requests: 0,
            too_many: 0,
            other_errors: 0,
            unseen: 0,
            arrivals_ms: Vec::new(),
        }
    }

    fn add(&mut self, journal: JournalView) {
        let fresh: Vec<&JournalEntry> = journal
            .requests
            .iter()
            .filter(|e| e.seq > self.last_seq)
            .collect();
        if let Some(first) = fresh.first() {
            self.unseen += first.seq - self.last_seq - 1;
        }
        for e in fresh {
            self.last_seq = e.seq;
            if (self.counted)(&e.path) {
                self.requests += 1;
                self.arrivals_ms.push(e.at_ms);
                match e.status {
                    200 => {}
                    429 => self.too_many += 1,
                    _ => self.other_errors += 1,
                }
            }
        }
    }
}

/// The mock's journal read while something runs: counts only what arrives after [`JournalWatch::start`],
/// polled every 0.5 s so the ring cannot scroll past unread entries unnoticed.
pub(super) struct JournalWatch {
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<anyhow::Result<Tally>>,
}

impl JournalWatch {
    /// Starts counting `counted` requests of the mock at `mock`.
    pub(super) async fn start(mock: &Running, counted: Counted) -> anyhow::Result<JournalWatch> {
        let admin = mock.admin()?;
        // Start counting after whatever came before.
        let mut tally = Tally::new(Box::new(|_| false));
        tally.add(admin.journal().await?);
        let mut tally = Tally {
            last_seq: tally.last_seq,
            ..Tally::new(counted)
        };
        let (stop, mut stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            loop {
                tokio::select! {
                    _ = &mut stopped => break,
                    _ = tokio::time::sleep(Duration::from_millis(500)) => {
                        tally.add(admin.journal().await?);
                    }
                }
            }
            tally.add(admin.journal().await?);
            anyhow::Ok(tally)
        });
        Ok(JournalWatch { stop, task })
    }

    /// Reads the journal a last time and answers the tally.
    pub(super) async fn finish(self) -> anyhow::Result<Tally> {
        let _ = self.stop.send(());
        self.task.await.context("the journal watcher panicked")?
    }
}

async fn sync_once(
    mock: &Running,
    pages: &[PageSummary],
    client_rate: Option<RateLimit>,
) -> anyhow::Result<SyncRun> {
    let watch = JournalWatch::start(mock, conversation_lists()).await?;
    let mut builder = Pancake::builder().base_url(mock.api_url());
    if let Some(rate) = client_rate {
        builder = builder.rate_limit(rate);
    }
    let pancake = builder.build().context("building the Pancake client")?;
    let started = Instant::now();
    let syncs: Vec<_> = pages
        .iter()
        .map(|p| {
            let page = pancake.page(p.id.clone(), p.page_access_token.clone());
            tokio::spawn(async move {
                // `id` is optional in the spec (no source makes it required); the mock always sends it.
                let ids: HashSet<Option<String>> = page
                    .list_conversations()
                    .stream()
                    .map_ok(|c| c.id)
                    .try_collect()
                    .await?;
                anyhow::Ok(ids.len())
            })
        })
        .collect();
    let mut received = Vec::new();
    for sync in syncs {
        received.push(
            sync.await
                .context("a sync task panicked")?
                .context("syncing a page")?,
        );
    }
    let wall_secs = started.elapsed().as_secs_f64();
    let tally = watch.finish().await?;
    Ok(SyncRun {
        wall_secs,
        received,
        expected: pages[0].conversations,
        requests: tally.requests,
        too_many: tally.too_many,
        other_errors: tally.other_errors,
        unseen: tally.unseen,
    })
}

/// Runs part 2.
pub async fn run(launcher: &Launcher, settings: &Settings) -> anyhow::Result<Report> {
    ensure!(settings.runs > 0, "part 2 needs at least one run");
    ensure!(
        settings.parallel_pages > 0,
        "part 2 needs at least one page"
    );
    tracing::info!(
        conversations = settings.conversations,
        pages = settings.parallel_pages,
        "part 2: starting the mock with its rate limit"
    );
    let fixtures = fixtures(settings.conversations, settings.parallel_pages);
    let (mock_rate, client_rate, rate) = match settings.rate_per_second {
        None => {
            let limit = pancake_mock::RateLimit::default();
            (
                MockRate::Default,
                None,
                f64::from(limit.requests) / f64::from(limit.per_seconds.max(1)),
            )
        }
        Some(n) => (
            MockRate::PerSecond(n),
            Some(RateLimit::per_second(n).context("a positive rate")?),
            f64::from(n),
        ),
    };
    let mock = launcher
        .mock(&MockFixtures::Given(Box::new(fixtures)), mock_rate)
        .await?;
    let summary = mock.fixtures().await?;
    let pages: Vec<PageSummary> = summary
        .pages
        .into_iter()
        .filter(|p| p.conversations == settings.conversations)
        .take(settings.parallel_pages)
        .collect();
    ensure!(
        pages.len() == settings.parallel_pages,
        "the mock serves {} pages of {} conversations, expected {}",
        pages.len(),
        settings.conversations,
        settings.parallel_pages
    );
    let page_size = crate::sync::conversations_page_size();
    let bound_secs = settings.conversations.div_ceil(page_size) as f64 / rate;
    let mut report = Report {
        single: Vec::new(),
        parallel: Vec::new(),
        bound_secs,
        page_size,
        rate,
        settings: settings.clone(),
    };
    for run in 0..settings.runs {
        tokio::time::sleep(settings.pause).await;
        tracing::info!(run = run + 1, bound_secs, "part 2: one page");
        report
            .single
            .push(sync_once(&mock, &pages[..1], client_rate).await?);
        tokio::time::sleep(settings.pause).await;
        tracing::info!(
            run = run + 1,
            pages = pages.len(),
            "part 2: pages in parallel"
        );
        report
            .parallel
            .push(sync_once(&mock, &pages, client_rate).await?);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copied_pages_are_valid_fixtures_with_their_own_ids() {
        let f = fixtures(70, 3);
        f.check().unwrap();
        assert_eq!(f.pages[1].conversations.len(), 70);
        assert_eq!(f.pages[2].conversations.len(), 70);
        assert_ne!(f.pages[0].page.id, f.pages[2].page.id);
        assert!(
            f.pages[2]
                .conversations
                .iter()
                .all(|c| c.page_id == f.pages[2].page.id)
        );
    }

    fn journal(entries: &[(u64, &str, u16)]) -> JournalView {
        JournalView {
            requests: entries
                .iter()
                .map(|(seq, path, status)| JournalEntry {
                    seq: *seq,
                    path: (*path).into(),
                    status: *status,
                    at_ms: *seq as i64 * 10,
                    method: "GET".into(),
                    query: String::new(),
                    duration_us: 0,
                })
                .collect(),
            webhook_deliveries: Vec::new(),
        }
    }

    #[test]
    fn the_tally_counts_each_entry_once_and_sees_gaps() {
        let list = "/api/public_api/v2/pages/1/conversations";
        let mut t = Tally::new(conversation_lists());
        t.add(journal(&[(1, list, 200), (2, "/__admin/journal", 200)]));
        t.add(journal(&[
            (1, list, 200),
            (2, "/__admin/journal", 200),
            (3, list, 429),
        ]));
        assert_eq!((t.requests, t.too_many, t.unseen), (2, 1, 0));
        t.add(journal(&[(6, list, 503)]));
        assert_eq!((t.requests, t.other_errors, t.unseen), (3, 1, 2));
        assert_eq!(t.arrivals_ms, [10, 30, 60]);
    }
}
