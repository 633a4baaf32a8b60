//! A resumable sync into SQLite: the first run is stopped after its first stored page (as a
//! Ctrl-C or a crash would stop it), the second resumes from the checkpoint stored with that page
//! and fetches only the rest, and a query on the database shows every conversation once.
//!
//! ```sh
//! cargo run -p pancake-sync --example resumable_sync            # in-process mock, temp database
//! ```
//!
//! The same library call is what `pancake sync --database sqlite://FILE` runs.

use std::path::Path;
use std::sync::Arc;

use pancake_client::{PageClient, Pancake};
use pancake_sync::{Report, SyncOptions};
use tokio::sync::Notify;

/// The two runs and what the database holds at the end.
#[derive(Debug)]
pub struct Outcome {
    /// Conversations the interrupted run had stored when it was stopped.
    pub before_the_stop: u64,
    /// The second run's report.
    pub resumed: Report,
    /// Rows in the `conversations` table at the end.
    pub rows: u64,
}

/// Syncs `page` into the SQLite file `db`, stops the first run after one page, resumes.
pub async fn interrupted_then_resumed(
    page: &PageClient,
    db: &Path,
) -> Result<Outcome, Box<dyn std::error::Error>> {
    let url = format!("sqlite://{}", db.display());
    let options = SyncOptions::default();

    // Run 1: the progress callback runs after each page is stored with its checkpoint; when the
    // first page is in, the run is dropped at its next await, as Ctrl-C would drop it.
    let mut store = pancake_sync::open(&url).await?;
    let stop = Arc::new(Notify::new());
    let mut stored = 0;
    let first_run = pancake_sync::sync(page, &mut store, &options, |p| {
        stored = p.conversations;
        if p.conversations > 0 {
            stop.notify_one();
        }
    });
    tokio::select! {
        finished = first_run => {
            finished?;
            println!("run 1 finished before it could be stopped (a one-page inbox)");
        }
        () = stop.notified() => {}
    }
    drop(store);
    println!("run 1 stopped after storing {stored} conversations");

    // Run 2: a new process would do just this. It resumes the walk where run 1 left it.
    let mut store = pancake_sync::open(&url).await?;
    let resumed = pancake_sync::sync(page, &mut store, &options, |_| {}).await?;
    println!(
        "run 2 resumed: {} (stored {} more conversations in {} requests)",
        resumed.resumed, resumed.conversations, resumed.requests
    );
    drop(store);

    let rows: i64 = rusqlite::Connection::open(db)?.query_row(
        "SELECT count(*) FROM conversations WHERE page_id = ?1",
        [page.page_id()],
        |row| row.get(0),
    )?;
    let rows = u64::try_from(rows)?;
    println!(
        "the database holds {rows} conversations of page {}",
        page.page_id()
    );
    Ok(Outcome {
        before_the_stop: stored,
        resumed,
        rows,
    })
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = pancake_mock::start(pancake_mock::MockConfig::default()).await?;
    let first = mock.fixtures().pages[0].clone();
    let pancake = Pancake::builder().base_url(mock.base_url()).build()?;
    let page = pancake.page(first.id, first.page_access_token);
    let dir = tempfile::tempdir()?;
    interrupted_then_resumed(&page, &dir.path().join("pancake.db")).await?;
    mock.shutdown().await;
    Ok(())
}
