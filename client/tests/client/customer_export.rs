//! The customer-export example against an in-process mock: stopped twice and once after a crash
//! that left a half-written row, it resumes each time and ends with every customer exactly once;
//! its checkpoint fed to an export of other dates is refused.

use futures::TryStreamExt;
use pancake_client::types;

#[path = "../../examples/customer_export.rs"]
#[allow(dead_code)]
mod example;

use example::Export;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_export_resumes_after_stops_and_a_crash_without_duplicate_rows() {
    let (_server, pancake, first) = crate::common::default_mock().await;
    let page = pancake.page(first.id.clone(), first.page_access_token.clone());
    let dates = (
        chrono::DateTime::<chrono::Utc>::from_timestamp(0, 0).unwrap(),
        chrono::Utc::now(),
    );
    let all: Vec<types::PageCustomer> = page
        .list_page_customers()
        .since(dates.0.timestamp())
        .until(dates.1.timestamp())
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert!(
        all.len() > 12,
        "the fixtures have customers for 4+ pages of 3"
    );
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("customers.csv");
    let run = |max| example::export(&page, dates, &csv, Some(3), max);

    assert_eq!(run(Some(2)).await.unwrap(), Export::Stopped { rows: 6 });
    assert_eq!(run(Some(1)).await.unwrap(), Export::Stopped { rows: 3 });
    // A crash after rows were appended but before the checkpoint was written.
    let mut text = std::fs::read_to_string(&csv).unwrap();
    text.push_str("\"half\",\"writ");
    std::fs::write(&csv, text).unwrap();

    // Another export's dates: the checkpoint is refused, nothing is overwritten.
    let other = (dates.0, dates.1 - chrono::Duration::days(1));
    let err = example::export(&page, other, &csv, Some(3), None)
        .await
        .unwrap_err();
    let err = err.downcast::<pancake_client::Error>().unwrap();
    assert!(
        matches!(*err, pancake_client::Error::CheckpointMismatch { .. }),
        "{err}"
    );

    let Export::Done { rows } = run(None).await.unwrap() else {
        panic!("the export finishes");
    };
    assert_eq!(rows, all.len() - 9);
    assert!(
        !example::resume_file(&csv).exists(),
        "a finished export leaves no checkpoint"
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    let ids: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|line| line.split(',').next().unwrap().trim_matches('"'))
        .collect();
    let expected: Vec<&str> = all.iter().map(|c| c.id.as_deref().unwrap()).collect();
    assert_eq!(ids, expected, "every customer once, in order, no half row");
}
