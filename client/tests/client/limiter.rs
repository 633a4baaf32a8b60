//! The per-page limiter, end to end: many tasks, clones and pages against one server.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::common::*;

/// Most requests in any window `[t, t + window)`.
fn max_in_window(times: &[Instant], window: Duration) -> usize {
    let mut times = times.to_vec();
    times.sort();
    (0..times.len())
        .map(|i| {
            times[i..]
                .iter()
                .take_while(|t| **t - times[i] < window)
                .count()
        })
        .max()
        .unwrap_or(0)
}

/// Replays arrival times against the API's bucket (capacity 5, refill 5 per second) and counts
/// the requests it would refuse with a 429.
fn bucket_refusals(times: &[Instant]) -> usize {
    let mut times = times.to_vec();
    times.sort();
    let (capacity, per_second) = (5.0_f64, 5.0_f64);
    let (mut level, mut last, mut refused) = (capacity, times[0], 0);
    for t in times {
        level = (level + (t - last).as_secs_f64() * per_second).min(capacity);
        last = t;
        if level >= 1.0 {
            level -= 1.0
        } else {
            refused += 1
        }
    }
    refused
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parallel_tasks_stay_under_5_per_second_per_page() {
    let stub = Stub::start(|_, _| json(200, json!({"success": true, "tags": []}))).await;
    let pancake = stub.client();
    let mut tasks = Vec::new();
    for i in 0..24 {
        // Two pages, each handle a separate clone: they share one limiter through `Pancake`.
        let page = if i % 2 == 0 {
            pancake.page(PAGE, PAGE_TOKEN)
        } else {
            pancake.clone().page("other_page", PAGE_TOKEN)
        };
        tasks.push(tokio::spawn(async move {
            page.list_tags().execute().await.map(|_| ())
        }));
    }
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    let seen = stub.requests();
    assert_eq!(seen.len(), 24);
    for page in [PAGE, "other_page"] {
        let times: Vec<_> = seen
            .iter()
            .filter(|s| s.path.contains(&format!("/pages/{page}/")))
            .map(|s| s.at)
            .collect();
        assert_eq!(times.len(), 12);
        // Measured where the server sees them, so scheduling noise on a loaded machine can pull
        // two requests closer than they were sent: allow 150 ms of it.
        let most = max_in_window(&times, Duration::from_millis(850));
        assert!(most <= 5, "{page}: {most} requests within 850 ms");
        assert_eq!(
            bucket_refusals(&times),
            0,
            "{page}: the API's bucket would refuse some"
        );
        // Pages do not slow each other: 12 requests at 5/s take about 2.2 s, not 4.6 s.
        let span = *times.iter().max().unwrap() - *times.iter().min().unwrap();
        assert!(span < Duration::from_millis(3000), "{page} took {span:?}");
    }
}

#[tokio::test]
async fn user_api_calls_are_not_page_limited() {
    let stub = Stub::start(|_, _| json(200, json!({"success": true, "pages": []}))).await;
    let user = stub.client().user(USER_TOKEN);
    // Limited, 8 calls would take at least 1.4 s (one every 200 ms).
    let started = std::time::Instant::now();
    for _ in 0..8 {
        user.list_pages().execute().await.unwrap();
    }
    assert!(
        started.elapsed() < Duration::from_millis(1200),
        "took {:?}",
        started.elapsed()
    );
    stub.assert_calls(8);
}
