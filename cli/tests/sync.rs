//! `pancake sync` as a process: killed in the middle and rerun, JSON lines, and several processes
//! sharing one page's rate limit through a real `redis-server`.

use std::collections::BTreeMap;
use std::process::{Output, Stdio};
use std::time::Duration;

use futures::TryStreamExt;
use pancake_mock::admin::{SimulateMessage, SubscribeRequest};
use pancake_mock::{FixtureSource, GenerateOptions, MockConfig, MockServer};
use serde_json::Value;

async fn mock(conversations: usize) -> MockServer {
    let config = MockConfig {
        fixtures: FixtureSource::Generated(GenerateOptions {
            conversations,
            ..GenerateOptions::default()
        }),
        ..MockConfig::default()
    };
    pancake_mock::start(config).await.unwrap()
}

fn pancake(server: &MockServer, args: &[&str]) -> tokio::process::Command {
    let summary = server.fixtures();
    let page = &summary.pages[0];
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_pancake"));
    command
        .args(args)
        .env("PANCAKE_BASE_URL", server.base_url())
        .env("PANCAKE_PAGE_ID", page.id.as_str())
        .env("PANCAKE_PAGE_ACCESS_TOKEN", page.page_access_token.as_str())
        .env_remove("RUST_LOG")
        .env_remove("PANCAKE_DATABASE_URL")
        .env_remove("PANCAKE_REDIS_URL")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

fn text(output: &Output) -> String {
    format!(
        "{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// (path, status, arrival in mock milliseconds) of every page-API request in the mock's journal.
async fn journal(server: &MockServer) -> Vec<(String, u16, i64)> {
    let journal = server.admin().journal().await.unwrap();
    journal
        .requests
        .into_iter()
        .filter(|r| r.path.contains("/pages/"))
        .map(|r| (r.path, r.status, r.at_ms))
        .collect()
}

async fn truth(server: &MockServer) -> BTreeMap<String, String> {
    let summary = server.fixtures();
    let first = &summary.pages[0];
    let page = pancake_client::Pancake::builder()
        .base_url(server.base_url())
        .build()
        .unwrap()
        .page(first.id.as_str(), first.page_access_token.as_str());
    let all: Vec<Value> = page
        .call_stream("list_conversations", BTreeMap::new(), None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    all.iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_owned(),
                c["updated_at"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// `id → updated_at` of the conversations stored in the database at `url`.
async fn stored(url: &str) -> BTreeMap<String, String> {
    const QUERY: &str = "SELECT id, updated_at FROM conversations";
    if let Some(path) = url.strip_prefix("sqlite://") {
        let connection = rusqlite::Connection::open(path).unwrap();
        let mut query = connection.prepare(QUERY).unwrap();
        return query
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
    }
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    client
        .query(QUERY, &[])
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_sync_into_sqlite_resumes_on_rerun_with_exactly_the_mocks_conversations() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("pancake.db").display());
    killed_and_rerun(&database).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_sync_into_postgres_resumes_on_rerun_with_exactly_the_mocks_conversations() {
    let Some(postgres) = pancake_testkit::PostgresServer::start()
        .map_err(|m| m.skip())
        .ok()
    else {
        return;
    };
    killed_and_rerun(&postgres.url()).await;
}

async fn killed_and_rerun(database: &str) {
    let server = mock(600).await;

    let mut child = pancake(&server, &["sync", "--database", database])
        .spawn()
        .unwrap();
    // Kill it (SIGKILL: no chance to clean up) once it has fetched 3 pages.
    loop {
        let lists = journal(&server)
            .await
            .iter()
            .filter(|(path, status, _)| path.ends_with("/conversations") && *status == 200)
            .count();
        if lists >= 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    child.kill().await.unwrap();
    let kept = stored(database).await.len();
    assert!(
        (120..600).contains(&kept) && kept % 60 == 0,
        "whole pages only: {kept}"
    );

    let out = pancake(&server, &["sync", "--database", database])
        .output()
        .await
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("resumed where the last run stopped"),
        "{stderr}"
    );
    assert!(stderr.contains("sync: "), "plain progress lines: {stderr}");
    // One walk is 10 pages and the empty page; the kill costs at most the page in flight.
    let lists = journal(&server)
        .await
        .iter()
        .filter(|(path, _, _)| path.ends_with("/conversations"))
        .count();
    assert!(
        (11..=12).contains(&lists),
        "{lists} list requests over both runs"
    );
    assert_eq!(stored(database).await, truth(&server).await);

    // A third run is a delta.
    let out = pancake(&server, &["sync", "--database", database])
        .output()
        .await
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("changes since"),
        "{}",
        text(&out)
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jsonl_writes_a_line_per_conversation_and_a_state_file() {
    let server = mock(150).await;
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let state_arg = state.display().to_string();
    let out = pancake(&server, &["sync", "--jsonl", "--state-file", &state_arg])
        .output()
        .await
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 150);
    let ids: BTreeMap<String, String> = lines
        .iter()
        .map(|l| {
            (
                l["id"].as_str().unwrap().to_owned(),
                l["updated_at"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(ids, truth(&server).await);
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    let page_id = server.fixtures().pages[0].id.clone();
    assert!(saved[&page_id]["walk"].is_null(), "{saved}");
    assert!(saved[&page_id]["synced_until"].is_i64(), "{saved}");
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_gives_actionable_errors() {
    let server = mock(150).await;
    let port = pancake_testkit::free_port();
    for (args, expected) in [
        (
            vec!["sync", "--database", "mysql://127.0.0.1/x"],
            "use sqlite://FILE",
        ),
        (
            vec!["sync", "--database", "sqlite:///no/such/dir/pancake.db"],
            "database sqlite:///no/such/dir/pancake.db",
        ),
        (
            vec![
                "sync",
                "--database",
                "sqlite::memory:",
                "--redis",
                &format!("redis://127.0.0.1:{port}"),
            ],
            "could not connect to Redis",
        ),
    ] {
        let out = pancake(&server, &args).output().await.unwrap();
        assert!(!out.status.success(), "{args:?}: {}", text(&out));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_processes_share_the_page_budget_through_redis() {
    let Some(redis) = pancake_testkit::RedisServer::start()
        .map_err(|m| m.skip())
        .ok()
    else {
        return;
    };
    let server = mock(300).await;
    let url = redis.url();
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("p.db").display());
    // A sync, and two walks of the same page, at once: 3 × 6 requests.
    let children = [
        pancake(&server, &["sync", "--database", &database, "--redis", &url])
            .spawn()
            .unwrap(),
        pancake(&server, &["list-conversations", "--all", "--redis", &url])
            .spawn()
            .unwrap(),
        pancake(&server, &["list-conversations", "--all", "--redis", &url])
            .spawn()
            .unwrap(),
    ];
    for child in children {
        let out = child.wait_with_output().await.unwrap();
        assert!(out.status.success(), "{}", text(&out));
    }
    let seen = journal(&server).await;
    assert_eq!(seen.len(), 18, "{seen:?}");
    assert!(
        seen.iter().all(|(_, status, _)| *status == 200),
        "no 429: {seen:?}"
    );
    let mut times: Vec<i64> = seen.iter().map(|(_, _, t)| *t).collect();
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
    assert!(most <= 5, "{most} in one second: {times:?}");
    // Together no faster than one request per 200 ms, give or take the jitter.
    let span = times[times.len() - 1] - times[0];
    assert!(span >= (times.len() as i64 - 1) * 200 - 100, "{span} ms");
    server.shutdown().await;
}

/// `--listen`: the backfill, then a customer's message arrives by webhook and is stored long
/// before the next poll (an hour away); a second process on the same address says it is taken.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn listen_stores_webhook_events_between_polls() {
    let server = mock(70).await;
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("p.db").display());
    let addr = format!("127.0.0.1:{}", pancake_testkit::free_port());
    let listen = [
        "sync",
        "--database",
        &database,
        "--listen",
        &addr,
        "--interval-secs",
        "3600",
    ];
    let mut child = pancake(&server, &listen).spawn().unwrap();
    let truth_before = truth(&server).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while stored(&database).await.len() < truth_before.len() {
        assert!(std::time::Instant::now() < deadline, "no backfill");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let admin = server.admin();
    let page_id = server.fixtures().pages[0].id.to_string();
    admin
        .subscribe_webhook(&SubscribeRequest {
            url: format!("http://{addr}/"),
            ..SubscribeRequest::default()
        })
        .await
        .unwrap();
    let id = admin
        .simulate_message(&SimulateMessage {
            page_id,
            text: Some("còn hàng không?".into()),
            ..SimulateMessage::default()
        })
        .await
        .unwrap()
        .conversation_id;
    while !stored(&database).await.contains_key(&id) {
        assert!(
            std::time::Instant::now() < deadline,
            "the webhook's conversation {id} never arrived"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(stored(&database).await, truth(&server).await);

    let out = pancake(&server, &listen).output().await.unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&addr) && stderr.contains("already in use"),
        "{stderr}"
    );
    child.kill().await.unwrap();
    let out = child.wait_with_output().await.unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("listening for webhooks"),
        "{}",
        text(&out)
    );
    server.shutdown().await;
}
