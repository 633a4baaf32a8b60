//! The Redis limiter against a real `redis-server` started by the test (feature `redis`).

use std::time::{Duration, Instant};

use pancake_client::rate_limit::redis::{RedisLimiterOptions, RedisRateLimiter};
use pancake_client::rate_limit::{PageRateLimiter, RateLimit};
use pancake_client::{Error, Pancake};
use pancake_testkit::RedisServer;

use crate::common::*;

fn redis() -> Option<RedisServer> {
    RedisServer::start().map_err(|m| m.skip()).ok()
}

fn options(timeout: Duration) -> RedisLimiterOptions {
    RedisLimiterOptions {
        timeout,
        ..RedisLimiterOptions::default()
    }
}

/// The mock's journal: (arrival in mock milliseconds, status) of each page-API request.
async fn journal(server: &pancake_mock::MockServer) -> Vec<(i64, u16)> {
    let journal = server.admin().journal().await.unwrap();
    journal
        .requests
        .iter()
        .filter(|r| r.path.contains("/pages/"))
        .map(|r| (r.at_ms, r.status))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn independent_clients_share_one_page_budget_through_redis() {
    let Some(redis) = redis() else { return };
    // The mock enforces the live API's limit (5 per page per second) and answers 429 past it.
    let server = pancake_mock::start(pancake_mock::MockConfig::default())
        .await
        .unwrap();
    let summary = server.fixtures();
    let page = summary.pages[0].clone();
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..3 {
        // Three clients, each with its own connection and nothing shared in this process: as
        // three processes would be.
        let limiter = RedisRateLimiter::connect(&redis.url(), options(Duration::from_secs(2)))
            .await
            .unwrap();
        let client = Pancake::builder()
            .base_url(server.base_url())
            .rate_limiter(limiter)
            .retry(pancake_client::retry::RetryPolicy::none())
            .build()
            .unwrap();
        let page = page.clone();
        tasks.push(tokio::spawn(async move {
            let handle = client.page(page.id.as_str(), page.page_access_token.as_str());
            for _ in 0..8 {
                handle.list_tags().execute().await.unwrap();
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let elapsed = started.elapsed();
    let seen = journal(&server).await;
    assert_eq!(seen.len(), 24);
    assert!(seen.iter().all(|(_, status)| *status == 200), "{seen:?}");
    let mut times: Vec<i64> = seen.iter().map(|(t, _)| *t).collect();
    times.sort();
    // Slots are 200 ms apart on Redis's clock; arrivals at the mock jitter (a process descheduled
    // on a busy machine sends its request late, the next one on time), so a window is taken 100 ms
    // short of a second, and the whole run must take as long as 5 per second allows.
    let most = (0..times.len())
        .map(|i| {
            times[i..]
                .iter()
                .take_while(|t| **t < times[i] + 900)
                .count()
        })
        .max()
        .unwrap();
    assert!(most <= 5, "{most} requests in one second: {times:?}");
    // Together no faster than one request per 200 ms, give or take the jitter.
    let span = times[times.len() - 1] - times[0];
    assert!(span >= (times.len() as i64 - 1) * 200 - 100, "{span} ms");
    // 24 requests at 5 per second, one every 200 ms: 4.6 s; not much slower either.
    assert!(
        elapsed >= Duration::from_millis(4500) && elapsed < Duration::from_secs(8),
        "{elapsed:?}"
    );
    server.shutdown().await;
}

#[tokio::test]
async fn a_redis_that_is_down_is_a_clear_error_within_the_timeout() {
    let started = Instant::now();
    let port = pancake_testkit::free_port();
    let err = RedisRateLimiter::connect(
        &format!("redis://127.0.0.1:{port}"),
        options(Duration::from_millis(500)),
    )
    .await
    .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert!(
        err.message.contains(&format!("127.0.0.1:{port}")),
        "{}",
        err.message
    );
    let err = RedisRateLimiter::connect("http://127.0.0.1:1", options(Duration::from_millis(500)))
        .await
        .unwrap_err();
    assert!(err.message.contains("redis://HOST:PORT"), "{}", err.message);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_frozen_redis_fails_the_call_within_the_timeout_and_sends_nothing() {
    let Some(redis) = redis() else { return };
    let stub =
        Stub::start(|_, _| json(200, serde_json::json!({"success": true, "tags": []}))).await;
    let limiter = RedisRateLimiter::connect(&redis.url(), options(Duration::from_millis(500)))
        .await
        .unwrap();
    let client = Pancake::builder()
        .base_url(&stub.base_url)
        .rate_limiter(limiter.clone())
        .build()
        .unwrap();
    client
        .page(PAGE, PAGE_TOKEN)
        .list_tags()
        .execute()
        .await
        .unwrap();
    stub.assert_calls(1);

    redis.freeze();
    let started = Instant::now();
    let err = client
        .page(PAGE, PAGE_TOKEN)
        .list_tags()
        .execute()
        .await
        .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert!(matches!(err, Error::Limiter { .. }), "{err:?}");
    assert!(err.to_string().contains("did not answer"), "{err}");
    stub.assert_calls(1);

    // Falling back to this process's limit happens only when asked for.
    let fallback = Pancake::builder()
        .base_url(&stub.base_url)
        .rate_limiter(limiter.with_fallback(PageRateLimiter::new(RateLimit::default())))
        .build()
        .unwrap();
    fallback
        .page(PAGE, PAGE_TOKEN)
        .list_tags()
        .execute()
        .await
        .unwrap();
    stub.assert_calls(2);
    redis.thaw();
}
