//! A resumable customer export to CSV: the page's customers created between two times, one row
//! each. After every result page the rows are appended and a checkpoint file beside the CSV
//! records where the walk stands and how long the CSV was then, so a stopped export (a crash,
//! Ctrl-C, `--pages N`) resumes where it stopped with no row written twice. With no
//! `PANCAKE_BASE_URL` it starts the mock in-process:
//!
//! ```sh
//! cargo run -p pancake-client --example customer_export -- customers.csv
//! ```

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use futures::TryStreamExt;
use pancake_client::paginate::Checkpoint;
use pancake_client::{PageClient, Pancake, env, types};
use serde::{Deserialize, Serialize};

/// Where a stopped export resumes: the walk's checkpoint, and the CSV's length when it was taken
/// (rows written after it, before a crash, are cut off and fetched again).
#[derive(Debug, Serialize, Deserialize)]
struct Resume {
    checkpoint: Checkpoint,
    csv_bytes: u64,
}

/// How an export run ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Export {
    /// Every customer is in the CSV.
    Done {
        /// Rows written by this run.
        rows: usize,
    },
    /// Stopped after the pages asked for; run again to go on.
    Stopped {
        /// Rows written by this run.
        rows: usize,
    },
}

/// Exports the customers created in `[since, until]` to `csv`, `page_size` a request (`None`:
/// the API's), at most `max_pages` result pages in this run; resumes a stopped export of the file.
pub async fn export(
    page: &PageClient,
    (since, until): (DateTime<Utc>, DateTime<Utc>),
    csv: &Path,
    page_size: Option<u64>,
    max_pages: Option<usize>,
) -> Result<Export, Box<dyn std::error::Error>> {
    let resume_file = resume_file(csv);
    let from = match std::fs::read_to_string(&resume_file) {
        Ok(text) => {
            let resume: Resume = serde_json::from_str(&text)?;
            std::fs::OpenOptions::new()
                .write(true)
                .open(csv)?
                .set_len(resume.csv_bytes)?;
            Some(resume.checkpoint)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::write(csv, "id,name,phone,inserted_at\n")?;
            None
        }
        Err(e) => return Err(e.into()),
    };
    let request = page
        .list_page_customers()
        .since(since.timestamp())
        .until(until.timestamp());
    let request = match page_size {
        Some(size) => request.page_size(size),
        None => request,
    };
    // A checkpoint of another export (other dates or page size) is refused, not restarted.
    let mut pages = request.pages(from);
    let (mut rows, mut fetched) = (0, 0);
    while let Some(result_page) = pages.try_next().await? {
        let mut out = std::fs::OpenOptions::new().append(true).open(csv)?;
        for customer in &result_page.items {
            std::io::Write::write_all(&mut out, row(customer).as_bytes())?;
        }
        out.sync_data()?;
        rows += result_page.items.len();
        fetched += 1;
        let Some(checkpoint) = result_page.next else {
            std::fs::remove_file(&resume_file).or_else(ignore_missing)?;
            return Ok(Export::Done { rows });
        };
        let resume = Resume {
            checkpoint,
            csv_bytes: out.metadata()?.len(),
        };
        // Written whole, then renamed: a crash leaves the old checkpoint or the new one.
        let tmp = resume_file.with_extension("tmp");
        std::fs::write(&tmp, serde_json::to_vec(&resume)?)?;
        std::fs::rename(&tmp, &resume_file)?;
        if max_pages.is_some_and(|max| fetched >= max) {
            return Ok(Export::Stopped { rows });
        }
    }
    Ok(Export::Done { rows })
}

fn row(customer: &types::PageCustomer) -> String {
    let fields = [
        customer.id.as_deref().unwrap_or_default(),
        customer.name.as_deref().unwrap_or_default(),
        customer.phone_numbers.first().map_or("", String::as_str),
        customer.inserted_at.as_deref().unwrap_or_default(),
    ];
    let quoted: Vec<String> = fields
        .iter()
        .map(|f| format!("\"{}\"", f.replace('"', "\"\"")))
        .collect();
    quoted.join(",") + "\n"
}

/// The checkpoint file of an export: beside the CSV.
pub fn resume_file(csv: &Path) -> PathBuf {
    csv.with_extension("csv.checkpoint")
}

fn ignore_missing(e: std::io::Error) -> std::io::Result<()> {
    if e.kind() == std::io::ErrorKind::NotFound {
        Ok(())
    } else {
        Err(e)
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let csv = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "customers.csv".into()),
    );
    let (page, _mock) = if std::env::var_os(env::BASE_URL).is_some() {
        (Pancake::from_env()?.page_from_env()?, None)
    } else {
        let mock = pancake_mock::start(pancake_mock::MockConfig::default()).await?;
        let first = mock.fixtures().pages[0].clone();
        let pancake = Pancake::builder().base_url(mock.base_url()).build()?;
        (pancake.page(first.id, first.page_access_token), Some(mock))
    };
    let dates = (
        DateTime::<Utc>::from_timestamp(0, 0).unwrap_or_default(),
        Utc::now(),
    );
    println!(
        "{:?} into {}",
        export(&page, dates, &csv, None, None).await?,
        csv.display()
    );
    Ok(())
}
