//! Part 7: `pancake sync` (the release CLI, as its own process) into SQLite and into Postgres
//! against the rate-limited mock, its memory on a page of 100,000 conversations, and three
//! processes sharing one page's budget through the Redis limiter.
//!
//! 429s and arrival times come from the mock's journal ([`super::sync::JournalWatch`], as in
//! part 2). Postgres and `redis-server` are started by `pancake-testkit`, as the tests do.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail, ensure};
use pancake_client::operations::id;
use pancake_mock::PageSummary;

use super::memory::Memory;
use super::sync::{JournalWatch, Tally, conversation_lists};
use crate::servers::{Launcher, MockFixtures, MockRate, Running, temp_path};

/// How part 7 runs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Conversations synced into each database.
    pub conversations: usize,
    /// Conversations of the memory run (the mock's rate limit off, the CLI's too).
    pub memory_conversations: usize,
    /// How long the three processes share the page.
    pub shared: Duration,
}

/// One `pancake sync` process.
#[derive(Debug, Clone)]
pub struct StoreRun {
    /// The database, for the report.
    pub store: String,
    /// Spawn to exit.
    pub wall_secs: f64,
    /// First to last list request, by the mock's journal.
    pub span_secs: f64,
    /// Conversations the CLI said it synced.
    pub synced: usize,
    /// List requests, 429s, other errors and journal entries missed.
    pub requests: u64,
    /// Answered 429.
    pub too_many: u64,
    /// Answered anything else but 200 or 429.
    pub other_errors: u64,
    /// Journal entries that scrolled out unread.
    pub unseen: u64,
    /// The process's peak resident memory (`VmHWM`), KiB.
    pub hwm_kib: u64,
}

/// The three processes on one page.
#[derive(Debug, Clone)]
pub struct SharedRun {
    /// Requests on the page, all processes together.
    pub requests: u64,
    /// Answered 429.
    pub too_many: u64,
    /// Answered anything else but 200 or 429.
    pub other_errors: u64,
    /// Journal entries that scrolled out unread.
    pub unseen: u64,
    /// First to last request, seconds.
    pub span_secs: f64,
    /// From just before the first process was started to just after the last was killed,
    /// seconds: every request was granted and arrived within it.
    pub window_secs: f64,
    /// Most requests in any window of one second.
    pub max_per_second: usize,
}

impl SharedRun {
    /// The rate the limit promises to keep, over the run's window: (n - 1) / window.
    ///
    /// A limit of r per second with no burst (the Redis limiter's GCRA) grants at most
    /// 1 + r·T slots in any T seconds of Redis's clock, so (n - 1) / window <= r holds exactly
    /// when the promise was kept. The window is read on the same machine's clock as Redis's
    /// `TIME`, and brackets every grant and every arrival, so when a request reaches the mock a
    /// few ms after its slot does not change this figure. The arrivals' own span does: it
    /// starts at the first arrival and ends at the last, and 10 ms of jitter at its two ends
    /// reads as 5.002 req/s for 150 slots granted exactly 200 ms apart; it is shown
    /// ([`SharedRun::span_rate`]), not judged.
    pub fn rate(&self) -> f64 {
        per_second(self.requests.saturating_sub(1), self.window_secs)
    }

    /// Requests per second between the first and the last arrival: (n - 1) / span.
    pub fn span_rate(&self) -> f64 {
        per_second(self.requests.saturating_sub(1), self.span_secs)
    }
}

fn per_second(intervals: u64, secs: f64) -> f64 {
    if secs > 0.0 {
        intervals as f64 / secs
    } else {
        0.0
    }
}

/// Everything part 7 measured.
#[derive(Debug, Clone)]
pub struct Report {
    /// Into SQLite, then into Postgres (an `Err` says why one could not run).
    pub stores: Vec<Result<StoreRun, String>>,
    /// The memory run.
    pub memory: Result<StoreRun, String>,
    /// The three processes.
    pub shared: Result<SharedRun, String>,
    /// ceil(conversations / page size) / rate, seconds.
    pub bound_secs: f64,
    /// The page's requests per second.
    pub rate: f64,
    /// Settings used.
    pub settings: Settings,
}

/// The release binaries part 7 spawns, beside the running pancake-bench.
fn binaries(launcher: &Launcher) -> anyhow::Result<(PathBuf, PathBuf)> {
    match launcher {
        Launcher::Processes { bench_bin, .. } => {
            Ok((bench_bin.with_file_name("pancake"), bench_bin.clone()))
        }
        Launcher::InProcess => {
            bail!("part 7 spawns the release `pancake` and `pancake-bench` binaries")
        }
    }
}

/// Runs part 7.
pub async fn run(launcher: &Launcher, settings: &Settings) -> anyhow::Result<Report> {
    let (pancake, bench) = binaries(launcher)?;
    ensure!(
        pancake.exists(),
        "{} is missing: `cargo build --release -p pancake-cli`",
        pancake.display()
    );
    let limit = pancake_mock::RateLimit::default();
    let rate = f64::from(limit.requests) / f64::from(limit.per_seconds.max(1));
    let page_size = crate::sync::conversations_page_size();
    let bound_secs = settings.conversations.div_ceil(page_size) as f64 / rate;

    let mock = launcher
        .mock(
            &MockFixtures::Generated(settings.conversations),
            MockRate::Default,
        )
        .await?;
    let page = first_page(&mock).await?;
    let mut stores = Vec::new();
    let dir = temp_path("sync-cli");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let sqlite = format!("sqlite://{}", dir.join("bench.db").display());
    tracing::info!(bound_secs, "part 7: pancake sync into SQLite");
    stores.push(
        sync_process(&pancake, &mock, &page, &sqlite, &[], "SQLite file")
            .await
            .map_err(|e| format!("{e:#}")),
    );
    tracing::info!(bound_secs, "part 7: pancake sync into Postgres");
    let postgres = tokio::task::spawn_blocking(pancake_testkit::PostgresServer::start)
        .await
        .context("starting Postgres panicked")?;
    stores.push(match &postgres {
        Ok(server) => sync_process(&pancake, &mock, &page, &server.url(), &[], "Postgres")
            .await
            .map_err(|e| format!("{e:#}")),
        Err(missing) => Err(missing.0.clone()),
    });
    drop(postgres);

    tracing::info!("part 7: three processes sharing the page through Redis");
    let shared = shared_run(&pancake, &bench, &mock, &page, &dir, settings.shared)
        .await
        .map_err(|e| format!("{e:#}"));
    drop(mock);

    tracing::info!(
        conversations = settings.memory_conversations,
        "part 7: memory, rate limits off"
    );
    let memory = async {
        let mock = launcher
            .mock(
                &MockFixtures::Generated(settings.memory_conversations),
                MockRate::Off,
            )
            .await?;
        let page = first_page(&mock).await?;
        let database = format!("sqlite://{}", dir.join("memory.db").display());
        sync_process(
            &pancake,
            &mock,
            &page,
            &database,
            &["--no-rate-limit"],
            "SQLite file, rate limits off",
        )
        .await
    }
    .await
    .map_err(|e| format!("{e:#}"));
    let _ = std::fs::remove_dir_all(&dir);
    Ok(Report {
        stores,
        memory,
        shared,
        bound_secs,
        rate,
        settings: settings.clone(),
    })
}

async fn first_page(mock: &Running) -> anyhow::Result<PageSummary> {
    mock.fixtures()
        .await?
        .pages
        .into_iter()
        .next()
        .context("the mock serves no page")
}

/// `pancake` with the page's connection in its environment, stderr to `log`.
fn pancake_command(pancake: &Path, mock: &Running, page: &PageSummary, log: &Path) -> Command {
    let mut command = Command::new(pancake);
    command
        .env("PANCAKE_BASE_URL", mock.api_url())
        .env("PANCAKE_PAGE_ID", page.id.as_str())
        .env("PANCAKE_PAGE_ACCESS_TOKEN", page.page_access_token.as_str())
        .env_remove("RUST_LOG")
        .env_remove("PANCAKE_DATABASE_URL")
        .env_remove("PANCAKE_REDIS_URL")
        .stdin(Stdio::null())
        .stdout(Stdio::null());
    if let Ok(file) = std::fs::File::create(log) {
        command.stderr(file);
    }
    command
}

fn tail(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(5)..].join("\n")
}

/// `pancake sync --database DATABASE EXTRA`, timed, its `VmHWM` read until it exits.
async fn sync_process(
    pancake: &Path,
    mock: &Running,
    page: &PageSummary,
    database: &str,
    extra: &[&str],
    store: &str,
) -> anyhow::Result<StoreRun> {
    let log = temp_path("sync-cli.log");
    let mut command = pancake_command(pancake, mock, page, &log);
    command.args(extra).args(["sync", "--database", database]);
    let watch = JournalWatch::start(mock, conversation_lists()).await?;
    let (wall_secs, hwm_kib, status) = tokio::task::spawn_blocking(move || {
        let started = Instant::now();
        let mut child = command.spawn().context("spawning pancake")?;
        let mut hwm_kib = 0;
        loop {
            // VmHWM only grows; the last read before the exit is the peak, give or take the
            // final 10 ms.
            if let Ok(m) = Memory::of(child.id()) {
                hwm_kib = hwm_kib.max(m.hwm_kib);
            }
            if let Some(status) = child.try_wait().context("waiting for pancake")? {
                return anyhow::Ok((started.elapsed().as_secs_f64(), hwm_kib, status));
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    })
    .await
    .context("the sync process watcher panicked")??;
    let tally = watch.finish().await?;
    let said = tail(&log);
    let _ = std::fs::remove_file(&log);
    ensure!(status.success(), "pancake sync failed ({status}): {said}");
    let synced = said
        .lines()
        .find_map(|l| {
            l.strip_prefix("synced ")?
                .split_whitespace()
                .next()?
                .parse()
                .ok()
        })
        .with_context(|| format!("pancake sync did not say what it synced: {said}"))?;
    Ok(StoreRun {
        store: store.to_owned(),
        wall_secs,
        span_secs: span_secs(&tally),
        synced,
        requests: tally.requests,
        too_many: tally.too_many,
        other_errors: tally.other_errors,
        unseen: tally.unseen,
        hwm_kib,
    })
}

fn span_secs(tally: &Tally) -> f64 {
    let first = tally.arrivals_ms.iter().min();
    let last = tally.arrivals_ms.iter().max();
    match (first, last) {
        (Some(a), Some(b)) => (b - a) as f64 / 1000.0,
        _ => 0.0,
    }
}

/// Most arrivals within any window of `window_ms` (sorted or not).
pub fn most_in_window(arrivals_ms: &[i64], window_ms: i64) -> usize {
    let mut times = arrivals_ms.to_vec();
    times.sort_unstable();
    (0..times.len())
        .map(|i| times[i..].partition_point(|t| *t < times[i] + window_ms))
        .max()
        .unwrap_or(0)
}

/// A sync, a sender of messages and a statistics reader on one page, all through one
/// `redis-server`, for `length`; then each is killed.
async fn shared_run(
    pancake: &Path,
    bench: &Path,
    mock: &Running,
    page: &PageSummary,
    dir: &Path,
    length: Duration,
) -> anyhow::Result<SharedRun> {
    let redis = pancake_testkit::RedisServer::start().map_err(|m| anyhow::anyhow!(m.0))?;
    let database = format!("sqlite://{}", dir.join("shared.db").display());
    let page_id = page.id.to_string();
    let watch = JournalWatch::start(
        mock,
        Box::new(move |path: &str| path.contains(&format!("/pages/{page_id}/"))),
    )
    .await?;
    let logs: Vec<PathBuf> = (0..3)
        .map(|i| temp_path(&format!("shared-{i}.log")))
        .collect();
    let started = Instant::now();
    let mut sync = pancake_command(pancake, mock, page, &logs[0]);
    sync.args(["sync", "--database", &database, "--redis", &redis.url()]);
    let mut children = vec![sync.spawn().context("spawning pancake sync")?];
    for (work, log) in ["send", "stats"].into_iter().zip(&logs[1..]) {
        let mut worker = Command::new(bench);
        worker
            .args(["client", "--work", work])
            .args(["--base-url", &mock.api_url(), "--redis", &redis.url()])
            .args(["--page-id", page.id.as_str()])
            .args(["--page-access-token", page.page_access_token.as_str()])
            .stdin(Stdio::null())
            .stdout(Stdio::null());
        if let Ok(file) = std::fs::File::create(log) {
            worker.stderr(file);
        }
        children.push(worker.spawn().context("spawning pancake-bench client")?);
    }
    tokio::time::sleep(length).await;
    let mut early = Vec::new();
    for (child, log) in children.iter_mut().zip(&logs) {
        // Our own children, by their handles.
        if let Ok(Some(status)) = child.try_wait() {
            early.push(format!("exited early ({status}): {}", tail(log)));
        }
        let _ = child.kill();
        let _ = child.wait();
        let _ = std::fs::remove_file(log);
    }
    let window_secs = started.elapsed().as_secs_f64();
    let tally = watch.finish().await?;
    ensure!(early.is_empty(), "{}", early.join("; "));
    Ok(SharedRun {
        requests: tally.requests,
        too_many: tally.too_many,
        other_errors: tally.other_errors,
        unseen: tally.unseen,
        span_secs: span_secs(&tally),
        window_secs,
        max_per_second: most_in_window(&tally.arrivals_ms, 1000),
    })
}

/// `pancake-bench client`: a process of part 7 working one page through the Redis limiter until
/// it is killed.
#[derive(Debug, clap::Args)]
pub struct ClientArgs {
    /// `send`: reply to an inbox conversation again and again; `stats`: read the page's
    /// statistics again and again.
    #[arg(long)]
    work: String,
    #[arg(long)]
    base_url: String,
    #[arg(long)]
    redis: String,
    #[arg(long)]
    page_id: String,
    #[arg(long)]
    page_access_token: String,
}

/// Runs `pancake-bench client`.
pub fn client(args: &ClientArgs) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("starting the tokio runtime")?;
    runtime.block_on(work(args))
}

async fn work(args: &ClientArgs) -> anyhow::Result<ExitCode> {
    use pancake_client::rate_limit::redis::{RedisLimiterOptions, RedisRateLimiter};
    {
        let limiter = RedisRateLimiter::connect(&args.redis, RedisLimiterOptions::default())
            .await
            .context("connecting to Redis")?;
        let page = pancake_client::Pancake::builder()
            .base_url(&args.base_url)
            .rate_limiter(limiter)
            .build()?
            .page(args.page_id.clone(), args.page_access_token.clone());
        let params = |pairs: &[(&str, String)]| {
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect()
        };
        match args.work.as_str() {
            "send" => {
                let inbox = page
                    .call(
                        id::LIST_CONVERSATIONS,
                        params(&[("type", "INBOX".to_owned())]),
                        None,
                    )
                    .await?;
                let inbox: serde_json::Value = inbox.decode(id::LIST_CONVERSATIONS)?;
                let id = inbox["conversations"][0]["id"]
                    .as_str()
                    .context("the page has no inbox conversation")?
                    .to_owned();
                let body = serde_json::json!({"action": "reply_inbox", "message": "Dạ shop còn ạ"});
                loop {
                    if let Err(e) = page
                        .call(
                            id::SEND_MESSAGE,
                            params(&[("conversation_id", id.clone())]),
                            Some(&body),
                        )
                        .await
                    {
                        eprintln!("send_message: {e}");
                    }
                }
            }
            "stats" => {
                let until = chrono::Utc::now().timestamp();
                let range = params(&[
                    ("since", (until - 7 * 86_400).to_string()),
                    ("until", until.to_string()),
                ]);
                loop {
                    if let Err(e) = page
                        .call(id::GET_PAGE_STATISTICS, range.clone(), None)
                        .await
                    {
                        eprintln!("get_page_statistics: {e}");
                    }
                }
            }
            other => bail!("unknown --work {other}: send or stats"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_count_arrivals_less_than_a_second_apart() {
        assert_eq!(most_in_window(&[], 1000), 0);
        assert_eq!(most_in_window(&[0, 200, 400, 600, 800, 1000], 1000), 5);
        assert_eq!(most_in_window(&[1000, 0, 999, 10], 1000), 3);
    }

    #[test]
    fn the_rate_is_judged_over_the_window_not_the_arrivals_span() {
        // 150 slots exactly 200 ms apart in a 30-s run, the first and the last arriving 5 ms
        // late and early: the span is 29.79 s.
        let run = SharedRun {
            requests: 150,
            too_many: 0,
            other_errors: 0,
            unseen: 0,
            span_secs: 29.79,
            window_secs: 30.0,
            max_per_second: 6,
        };
        assert!(run.rate() <= 5.0, "{}", run.rate());
        assert!(run.span_rate() > 5.0, "{}", run.span_rate());
        // One request more than the limit grants in 30 s is over it, whatever the span.
        let over = SharedRun {
            requests: 152,
            ..run
        };
        assert!(over.rate() > 5.0, "{}", over.rate());
    }
}
