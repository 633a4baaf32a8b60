//! The resumable-sync example against an in-process mock: the interrupted run stored some
//! conversations, the second run resumed its walk, and the database ends with each of the page's
//! conversations exactly once.

use futures::TryStreamExt;
use pancake_client::Pancake;

#[path = "../examples/resumable_sync.rs"]
#[allow(dead_code)]
mod example;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_example_resumes_an_interrupted_sync() {
    let server = pancake_mock::start(pancake_mock::MockConfig::default())
        .await
        .unwrap();
    let first = server.fixtures().pages[0].clone();
    let pancake = Pancake::builder()
        .base_url(server.base_url())
        .build()
        .unwrap();
    let page = pancake.page(first.id, first.page_access_token);
    let dir = tempfile::tempdir().unwrap();

    let outcome = example::interrupted_then_resumed(&page, &dir.path().join("pancake.db"))
        .await
        .unwrap();

    let listed: Vec<_> = page
        .list_conversations()
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert!(listed.len() > 60, "the default fixtures span several pages");
    assert!(outcome.before_the_stop > 0 && outcome.before_the_stop < listed.len() as u64);
    assert!(outcome.resumed.resumed, "{outcome:?}");
    // The resumed run fetched only what the first had not stored.
    assert_eq!(
        outcome.before_the_stop + outcome.resumed.conversations,
        listed.len() as u64
    );
    assert_eq!(outcome.rows, listed.len() as u64);
}
