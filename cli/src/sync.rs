//! `pancake sync`: the sync engine of `pancake-sync` with a progress display and Ctrl-C handling.

use std::io::IsTerminal as _;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use pancake_sync::{AnyStore, JsonlStore, Progress, SyncOptions};

use crate::Connection;

#[derive(Debug, Args)]
pub(crate) struct SyncArgs {
    /// The page to sync.
    #[arg(long, env = "PANCAKE_PAGE_ID")]
    page_id: String,
    /// Where to store the conversations: sqlite://FILE (the default, created if absent) or
    /// postgres://USER[:PASSWORD]@HOST:PORT/DB. The checkpoint is stored there too.
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
}

pub(crate) async fn run(connection: &Connection, args: SyncArgs) -> anyhow::Result<()> {
    let token = connection
        .page_access_token
        .clone()
        .context("sync needs --page-access-token (or PANCAKE_PAGE_ACCESS_TOKEN)")?;
    let pancake = connection.pancake().await?;
    let page = pancake.page(args.page_id.clone(), token);
    let mut store = if args.jsonl {
        AnyStore::Jsonl(JsonlStore::new(std::io::stdout(), args.state_file.clone()))
    } else {
        pancake_sync::open(&args.database).await?
    };
    let options = SyncOptions {
        overlap: Duration::from_secs(args.overlap_secs),
        messages: args.messages,
        patience: args.patience.max(1),
        ..SyncOptions::default()
    };
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
