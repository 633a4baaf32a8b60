//! `pancake sync`: the sync engine of `pancake-sync` with a progress display and Ctrl-C handling.

use std::io::IsTerminal as _;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use pancake_client::env;
use pancake_client::retry::RetryPolicy;
use pancake_sync::listen::Activity;
use pancake_sync::{AnyStore, JsonlStore, ListenOptions, Progress, SyncOptions};

use crate::Connection;

#[derive(Debug, Args)]
pub(crate) struct SyncArgs {
    /// The page to sync.
    #[arg(long, env = pancake_client::env::PAGE_ID)]
    page_id: String,
    /// Where to store the conversations: sqlite://FILE (the default, created if absent) or
    /// postgres://USER:PASSWORD@HOST:PORT/DB (the password may be left out, with its colon). The
    /// checkpoint is stored there too.
    #[arg(
        long,
        env = "PANCAKE_DATABASE_URL",
        default_value = "sqlite://pancake.db"
    )]
    database: String,
    /// Write one conversation per line to stdout instead of a database; the checkpoint goes to
    /// --state-file.
    #[arg(long, conflicts_with = "database")]
    jsonl: bool,
    /// With --jsonl: the file that keeps the checkpoint.
    #[arg(long, default_value = "pancake-sync.state.json")]
    state_file: PathBuf,
    /// Also sync each new or changed conversation's messages (one or more requests each).
    #[arg(long)]
    messages: bool,
    /// Seconds before the last sync's newest update that a delta starts again.
    #[arg(long, default_value_t = 300)]
    overlap_secs: u64,
    /// Failed attempts at one page (rate limited, server or network errors) before giving up.
    #[arg(long, default_value_t = 8)]
    patience: u32,
    /// Also receive Pancake's webhooks on ADDR (HOST:PORT; point the page's webhook at
    /// http://ADDR/) and apply `conversation` and `messaging` events as they arrive, through the
    /// same versioned upsert as the polls; then keep polling deltas every --interval-secs to
    /// recover what the webhook missed. Runs until Ctrl-C. Needs a database (not --jsonl).
    #[arg(long, value_name = "ADDR", conflicts_with = "jsonl")]
    listen: Option<String>,
    /// With --listen: seconds between the end of one delta poll and the start of the next.
    #[arg(long, default_value_t = 300, requires = "listen")]
    interval_secs: u64,
}

pub(crate) async fn run(connection: &Connection, args: SyncArgs) -> anyhow::Result<()> {
    let token = connection.page_access_token.clone().with_context(|| {
        format!(
            "sync needs --page-access-token (or {})",
            env::PAGE_ACCESS_TOKEN
        )
    })?;
    let pancake = connection.pancake().await?;
    let page = pancake.page(args.page_id.clone(), token);
    let mut store = if args.jsonl {
        AnyStore::Jsonl(JsonlStore::new(std::io::stdout(), args.state_file.clone()))
    } else {
        pancake_sync::open(&args.database).await?
    };
    let defaults = SyncOptions::default();
    let options = SyncOptions {
        overlap: Duration::from_secs(args.overlap_secs),
        messages: args.messages,
        retry: RetryPolicy {
            max_attempts: args.patience.max(1),
            ..defaults.retry
        },
    };
    if let Some(addr) = &args.listen {
        let listen = ListenOptions {
            addr: addr.clone(),
            interval: Duration::from_secs(args.interval_secs.max(1)),
        };
        return match store {
            AnyStore::Sqlite(store) => listen_until_stopped(&page, store, &options, &listen).await,
            AnyStore::Postgres(store) => {
                listen_until_stopped(&page, store, &options, &listen).await
            }
            _ => anyhow::bail!("--listen needs a database (sqlite:// or postgres://), not --jsonl"),
        };
    }
    let mut display = Display::new();
    let work = pancake_sync::sync(&page, &mut store, &options, |p| display.show(p));
    let report = tokio::select! {
        report = work => report,
        _ = tokio::signal::ctrl_c() => {
            eprintln!("interrupted: every stored page and its checkpoint are kept; run the same command to resume");
            // 130: killed by SIGINT, as shells report it. A transaction in flight is rolled back.
            std::process::exit(130);
        }
    };
    let report = report?;
    display.finish();
    eprintln!(
        "synced {} conversation(s){} of page {} in {} request(s): {}{}",
        report.conversations,
        if args.messages {
            format!(" and {} message(s)", report.messages)
        } else {
            String::new()
        },
        args.page_id,
        report.requests,
        match report.since {
            None => "full backfill".to_owned(),
            Some(since) => format!("changes since {since} (Unix seconds)"),
        },
        if report.resumed {
            ", resumed where the last run stopped"
        } else {
            ""
        },
    );
    Ok(())
}

/// `--listen`: webhooks and periodic delta polls until Ctrl-C or an error.
async fn listen_until_stopped<S>(
    page: &pancake_client::PageClient,
    store: S,
    options: &SyncOptions,
    listen: &ListenOptions,
) -> anyhow::Result<()>
where
    S: pancake_sync::Store + Clone + Sync + 'static,
{
    let mut display = Display::new();
    let work = pancake_sync::sync_and_listen(
        page,
        store,
        options,
        listen,
        |activity| match activity {
            Activity::Listening(addr) => eprintln!(
                "listening for webhooks of page {} on http://{addr}/ (delta poll every {}s)",
                page.page_id(),
                listen.interval.as_secs()
            ),
            Activity::Progress(p) => display.show(p),
            Activity::Polled(report, webhooks) => {
                display.finish();
                eprintln!(
                    "polled {} conversation(s) in {} request(s) ({}); webhooks so far: {} applied, {} ignored, {} failed",
                    report.conversations,
                    report.requests,
                    match report.since {
                        None => "full backfill".to_owned(),
                        Some(since) => format!("changes since {since}"),
                    },
                    webhooks.applied,
                    webhooks.ignored,
                    webhooks.failed,
                );
            }
            // An activity a newer pancake-sync reports that this tool does not show yet.
            _ => {}
        },
    );
    tokio::select! {
        result = work => match result {
            Ok(never) => match never {},
            Err(e) => Err(e.into()),
        },
        _ = tokio::signal::ctrl_c() => {
            eprintln!("interrupted: every stored page, event and checkpoint is kept; run the same command to resume");
            std::process::exit(130);
        }
    }
}

/// A progress bar on a terminal; plain lines (at most one a second) otherwise.
struct Display {
    bar: Option<ProgressBar>,
    last_line: Option<Instant>,
}

impl Display {
    fn new() -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} [{elapsed_precise}] {msg}")
                    .expect("a valid template"),
            );
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Self {
            bar,
            last_line: None,
        }
    }

    fn show(&mut self, progress: &Progress) {
        let seconds = progress.elapsed.as_secs_f64().max(0.001);
        let mut line = format!(
            "{} conversations, {} messages, {} requests, {:.1} requests/s",
            progress.conversations,
            progress.messages,
            progress.requests,
            progress.requests as f64 / seconds
        );
        if let Some((wait, why)) = &progress.waiting {
            line.push_str(&format!("; waiting {wait:?} before trying again: {why}"));
        }
        match &self.bar {
            Some(bar) => bar.set_message(line),
            None => {
                let due = self
                    .last_line
                    .is_none_or(|t| t.elapsed() >= Duration::from_secs(1));
                if due || progress.done || progress.waiting.is_some() {
                    eprintln!("sync: {line}");
                    self.last_line = Some(Instant::now());
                }
            }
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
