//! The binary as a user runs it: start on port 0, read the printed URL, call it, stop it.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use pancake_mock::admin::AdminClient;
use pancake_mock::{DuplicateRequestId, FaultConfig};

#[tokio::test]
async fn binary_prints_its_url_and_serves_the_api() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pancake-mock"))
        .args(["--addr", "127.0.0.1:0", "--rate-limit", "off"])
        .env_remove("PANCAKE_MOCK_ADDR")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the pancake-mock binary starts");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let base = first.rsplit(' ').next().unwrap().to_owned();
    assert!(
        base.starts_with("http://127.0.0.1:") && base.ends_with("/api"),
        "{first}"
    );
    let printed: Vec<String> = lines.by_ref().take(10).map(Result::unwrap).collect();
    assert!(
        printed.iter().any(|l| l.starts_with("try: curl")),
        "{printed:?}"
    );
    assert!(
        printed
            .iter()
            .any(|l| l.starts_with("webhooks: curl -X PUT"))
            && printed.iter().any(|l| l.starts_with("a customer writes:")),
        "{printed:?}"
    );
    assert!(
        !printed.iter().any(|l| l.contains("admin token")),
        "on loopback the admin API stays open: {printed:?}"
    );
    let root = base.trim_end_matches("/api");
    let client = reqwest::Client::new();
    let fixtures = AdminClient::new(root).unwrap().fixtures().await.unwrap();
    let page = &fixtures.pages[0];
    let answer: serde_json::Value = client
        .get(format!(
            "{base}/public_api/v2/pages/{}/conversations",
            page.id
        ))
        .query(&[("page_access_token", &page.page_access_token)])
        .header("api-version", "0.1.0")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(answer["conversations"].as_array().unwrap().len(), 60);
    child.kill().unwrap();
    child.wait().unwrap();
}

/// Starts the binary with `args` and `token` as `PANCAKE_MOCK_ADMIN_TOKEN` (none when `None`);
/// the child, its port and the banner's lines up to the one that starts with `last`.
fn start_binary(
    args: &[&str],
    token: Option<&str>,
    last: &str,
) -> (std::process::Child, u16, Vec<String>) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pancake-mock"));
    command
        .args(args)
        .env_remove("PANCAKE_MOCK_ADDR")
        .env_remove("PANCAKE_MOCK_ADMIN_TOKEN")
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    if let Some(token) = token {
        command.env("PANCAKE_MOCK_ADMIN_TOKEN", token);
    }
    let mut child = command.spawn().expect("the pancake-mock binary starts");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut banner = Vec::new();
    for line in lines.by_ref() {
        let line = line.unwrap();
        let done = line.starts_with(last);
        banner.push(line);
        if done {
            break;
        }
    }
    let port = banner[0]
        .rsplit(':')
        .next()
        .and_then(|tail| tail.trim_end_matches("/api").parse().ok())
        .unwrap_or_else(|| panic!("no port in {:?}", banner[0]));
    (child, port, banner)
}

/// The status the fixture summary is answered with on loopback `port`, with `token` as bearer.
async fn admin_status(port: u16, token: Option<&str>) -> u16 {
    let mut admin = AdminClient::new(&format!("http://127.0.0.1:{port}")).unwrap();
    if let Some(token) = token {
        admin = admin.with_token(token);
    }
    match admin.fixtures().await {
        Ok(_) => 200,
        Err(e) => e.status().unwrap_or_else(|| panic!("{e}")).as_u16(),
    }
}

#[tokio::test]
async fn beyond_loopback_the_banner_prints_the_admin_token_it_requires() {
    let (mut child, port, banner) =
        start_binary(&["--addr", "0.0.0.0:0"], None, "a customer writes:");
    assert!(banner[0].starts_with("Pancake mock listening on http://0.0.0.0:"));
    let line = banner
        .iter()
        .find(|l| l.starts_with("admin token (required on /__admin"))
        .unwrap_or_else(|| panic!("the banner says no token is required: {banner:?}"));
    assert!(line.contains("reachable beyond loopback"), "{line}");
    let token = line.rsplit("Bearer ").next().unwrap().trim().to_owned();
    assert!(token.len() >= 32, "{line}");
    // The webhook lines a user copies carry the header.
    let auth = format!("-H 'Authorization: Bearer {token}'");
    assert!(
        banner
            .iter()
            .filter(|l| l.starts_with("webhooks:") || l.starts_with("a customer writes:"))
            .all(|l| l.contains(&auth)),
        "{banner:?}"
    );
    assert_eq!(admin_status(port, None).await, 401);
    assert_eq!(admin_status(port, Some("guess")).await, 401);
    assert_eq!(admin_status(port, Some(&token)).await, 200);
    child.kill().unwrap();
    child.wait().unwrap();
}

#[tokio::test]
async fn the_admin_token_comes_from_its_environment_variable() {
    let given = "from-the-environment";
    for addr in ["0.0.0.0:0", "127.0.0.1:0"] {
        let (mut child, port, banner) =
            start_binary(&["--addr", addr], Some(given), "a customer writes:");
        let line = banner
            .iter()
            .find(|l| l.starts_with("admin token"))
            .unwrap_or_else(|| panic!("{addr}: no token line in {banner:?}"));
        assert!(line.ends_with(&format!("Bearer {given}")), "{line}");
        assert_eq!(admin_status(port, None).await, 401, "{addr}");
        assert_eq!(admin_status(port, Some(given)).await, 200, "{addr}");
        child.kill().unwrap();
        child.wait().unwrap();
    }
}

#[test]
fn help_explains_every_flag_and_bad_flags_fail_clearly() {
    let help = Command::new(env!("CARGO_BIN_EXE_pancake-mock"))
        .arg("--help")
        .output()
        .unwrap();
    let text = String::from_utf8(help.stdout).unwrap();
    for flag in [
        "--addr",
        "--seed",
        "--fixtures",
        "--conversations",
        "--rate-limit",
        "--latency-ms",
        "--fault-rate",
        "--admin-token",
        "PANCAKE_MOCK_ADMIN_TOKEN",
    ] {
        assert!(text.contains(flag), "--help lacks {flag}");
    }
    let bad = Command::new(env!("CARGO_BIN_EXE_pancake-mock"))
        .args(["--rate-limit", "lots"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--rate-limit"));
}

#[tokio::test]
async fn webhook_fault_flags_set_the_faults_the_admin_api_shows() {
    let (mut child, port, _) = start_binary(
        &[
            "--addr",
            "127.0.0.1:0",
            "--webhook-drop-rate",
            "0.1",
            "--webhook-duplicate-rate",
            "0.5",
            "--webhook-duplicate-request-id",
            "new",
            "--webhook-reorder-rate",
            "0.2",
            "--webhook-delay-rate",
            "0.3",
            "--webhook-delay-ms",
            "1500",
        ],
        None,
        "a customer writes:",
    );
    let admin = AdminClient::new(&format!("http://127.0.0.1:{port}")).unwrap();
    let faults = admin.faults().await.unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(
        faults,
        FaultConfig {
            seed: 42,
            webhook_drop_rate: 0.1,
            webhook_duplicate_rate: 0.5,
            webhook_duplicate_request_id: DuplicateRequestId::New,
            webhook_reorder_rate: 0.2,
            webhook_delay_rate: 0.3,
            webhook_delay_ms: 1500,
            ..FaultConfig::default()
        }
    );
    // A value the option does not have, or a rate beyond 1, is refused with the flag named.
    for (args, named) in [
        (
            ["--webhook-duplicate-request-id", "maybe"],
            "--webhook-duplicate-request-id",
        ),
        (["--webhook-duplicate-rate", "2"], "webhook_duplicate_rate"),
    ] {
        let bad = Command::new(env!("CARGO_BIN_EXE_pancake-mock"))
            .args(["--addr", "127.0.0.1:0"])
            .args(args)
            .output()
            .unwrap();
        assert!(!bad.status.success(), "{args:?} was accepted");
        let stderr = String::from_utf8_lossy(&bad.stderr);
        assert!(stderr.contains(named), "{args:?}: {stderr}");
    }
}

#[test]
fn every_fault_setting_has_a_flag_and_a_key_in_both_wrappers() {
    // The fault settings are FaultConfig's fields (the admin API's JSON keys); each has a
    // start-up flag, and the Python and npm admin clients name it, so none is reachable only
    // from Rust.
    let help = Command::new(env!("CARGO_BIN_EXE_pancake-mock"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    let dir = env!("CARGO_MANIFEST_DIR");
    let read = |path: &str| std::fs::read_to_string(format!("{dir}/{path}")).unwrap();
    let npm = read("npm/pancake-mock/index.cjs");
    let npm_types = read("npm/pancake-mock/index.d.ts");
    let python = read("python/pancake_mock/admin.py");
    let keys = serde_json::to_value(FaultConfig::default()).unwrap();
    for key in keys.as_object().unwrap().keys() {
        let flag = match key.as_str() {
            "error_rate" => "--fault-rate".to_owned(),
            "status" => "--fault-status".to_owned(),
            "seed" => "--fault-seed".to_owned(),
            other => format!("--{}", other.replace('_', "-")),
        };
        assert!(
            help.contains(&format!("{flag} <")),
            "--help lacks {flag} ({key})"
        );
        assert!(
            npm.contains(&format!("\"{key}\"")),
            "index.cjs's FAULT_KEYS lacks {key}"
        );
        let camel: String = key
            .split('_')
            .enumerate()
            .map(|(i, word)| {
                let mut chars = word.chars();
                match (i, chars.next()) {
                    (0, _) => word.to_owned(),
                    (_, Some(first)) => first.to_uppercase().chain(chars).collect(),
                    (_, None) => String::new(),
                }
            })
            .collect();
        assert!(
            npm_types.contains(&format!("{camel}?:")),
            "index.d.ts lacks {camel}"
        );
        assert!(
            python.contains(&format!("``{key}``")),
            "admin.py's set_faults lacks {key}"
        );
    }
}

#[tokio::test]
async fn dumped_fixtures_load_back_from_a_file() {
    let dump = Command::new(env!("CARGO_BIN_EXE_pancake-mock"))
        .args(["--dump-fixtures", "--seed", "9", "--conversations", "70"])
        .output()
        .unwrap();
    assert!(dump.status.success());
    let fixtures: pancake_mock::Fixtures =
        serde_json::from_slice(&dump.stdout).expect("the dump is a fixture file");
    let expected = pancake_mock::fixtures::generate(&pancake_mock::GenerateOptions {
        seed: 9,
        conversations: 70,
        ..Default::default()
    });
    assert_eq!(fixtures, expected);
    let path =
        std::env::temp_dir().join(format!("pancake-mock-fixtures-{}.json", std::process::id()));
    std::fs::write(&path, &dump.stdout).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pancake-mock"))
        .args(["--addr", "127.0.0.1:0", "--fixtures"])
        .arg(&path)
        .env_remove("PANCAKE_MOCK_ADDR")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let first = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .next()
        .unwrap()
        .unwrap();
    let root = first
        .rsplit(' ')
        .next()
        .unwrap()
        .trim_end_matches("/api")
        .to_owned();
    let summary = AdminClient::new(&root).unwrap().fixtures().await.unwrap();
    assert_eq!(summary.pages[0].id, fixtures.pages[0].page.id.as_str());
    assert_eq!(summary.pages[0].conversations, 70);
    child.kill().unwrap();
    child.wait().unwrap();
    std::fs::remove_file(&path).unwrap();
    let broken = Command::new(env!("CARGO_BIN_EXE_pancake-mock"))
        .args(["--fixtures", "/nonexistent/fixtures.json"])
        .output()
        .unwrap();
    assert!(!broken.status.success());
    assert!(String::from_utf8_lossy(&broken.stderr).contains("/nonexistent/fixtures.json"));
}

/// A webhook receiver that keeps every body as the bytes it received, in order.
async fn byte_receiver() -> (String, std::sync::Arc<std::sync::Mutex<Vec<Vec<u8>>>>) {
    let bodies = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = bodies.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |body: axum::body::Bytes| {
            let kept = kept.clone();
            async move { kept.lock().unwrap().push(body.to_vec()) }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, bodies)
}

/// One run of the binary with `--seed seed` and the same requests: every answer (status and
/// body), the journal, and every webhook delivery, as bytes. The mock's own address (a new
/// port each run) is replaced by `MOCK`, and the journal's two real-time measures (how long a
/// request and a delivery took) are zeroed: everything else must come from the seed.
async fn seeded_run(seed: &str, hook: &str, received: &std::sync::Mutex<Vec<Vec<u8>>>) -> Vec<u8> {
    received.lock().unwrap().clear();
    let (mut child, port, _) = start_binary(
        &[
            "--addr",
            "127.0.0.1:0",
            "--seed",
            seed,
            "--manual-clock",
            "--rate-limit",
            "off",
            "--fault-rate",
            "0.3",
        ],
        None,
        "a customer writes:",
    );
    let root = format!("http://127.0.0.1:{port}");
    let admin = AdminClient::new(&root).unwrap();
    let http = reqwest::Client::new();
    let mut out = Vec::new();
    let mut record = |label: &str, status: u16, body: &[u8]| {
        out.extend_from_slice(format!("{label} {status} ").as_bytes());
        out.extend_from_slice(body);
        out.push(b'\n');
    };
    // No `seed` in the body: the webhook dice must follow `--seed` too.
    let faults = http
        .put(format!("{root}/__admin/faults"))
        .body(r#"{"error_rate": 0.3, "webhook_drop_rate": 0.3, "webhook_duplicate_rate": 0.3, "webhook_reorder_rate": 0.3}"#)
        .send()
        .await
        .unwrap();
    record(
        "faults",
        faults.status().as_u16(),
        &faults.bytes().await.unwrap(),
    );
    let fixtures = admin.full_fixtures().await.unwrap();
    let page = &fixtures.pages[0];
    let (page_id, token) = (page.page.id.to_string(), page.page_access_token.clone());
    http.put(format!("{root}/__admin/webhooks"))
        .body(serde_json::json!({"url": hook}).to_string())
        .send()
        .await
        .unwrap()
        .error_for_status()
        .unwrap();
    let api = format!("{root}/api/public_api/v1/pages/{page_id}");
    let conversation = page.conversations[0].id.to_string();
    let tag = page.tags[1].id.to_string();
    let calls: Vec<(reqwest::Method, String, Option<serde_json::Value>)> = vec![
        (
            reqwest::Method::GET,
            format!("{root}/api/public_api/v2/pages/{page_id}/conversations"),
            None,
        ),
        (
            reqwest::Method::GET,
            format!("{api}/conversations/{conversation}/messages"),
            None,
        ),
        (
            reqwest::Method::POST,
            format!("{api}/conversations/{conversation}/tags"),
            Some(serde_json::json!({"action": "add", "tag_id": tag})),
        ),
        (
            reqwest::Method::POST,
            format!("{api}/conversations/{conversation}/messages"),
            Some(serde_json::json!({"action": "reply_inbox", "message": "Dạ shop còn hàng ạ"})),
        ),
        (
            reqwest::Method::POST,
            format!("{api}/conversations/{conversation}/read"),
            None,
        ),
        (reqwest::Method::GET, format!("{api}/tags"), None),
    ];
    for round in 0..4 {
        for (method, url, body) in &calls {
            let mut request = http
                .request(method.clone(), url)
                .query(&[("page_access_token", &token)]);
            if let Some(body) = body {
                request = request.json(body);
            }
            let answer = request.send().await.unwrap();
            let status = answer.status().as_u16();
            record(
                &format!("{round} {method} {url}"),
                status,
                &answer.bytes().await.unwrap(),
            );
        }
        let simulated = http
            .post(format!("{root}/__admin/simulate/message"))
            .body(
                serde_json::json!({"page_id": page_id, "text": format!("Shop ơi, lần {round}")})
                    .to_string(),
            )
            .send()
            .await
            .unwrap();
        record(
            "simulate",
            simulated.status().as_u16(),
            &simulated.bytes().await.unwrap(),
        );
    }
    // The requests, before waiting for the deliveries adds polls of `/__admin/webhooks` (as
    // many as the wait takes).
    let mut requests = admin.journal().await.unwrap().requests;
    requests.iter_mut().for_each(|r| r.duration_us = 0);
    record("requests", 200, &serde_json::to_vec(&requests).unwrap());
    admin
        .webhooks_settled(std::time::Duration::from_secs(20))
        .await
        .unwrap();
    // A drop is recorded when the event is raised, a delivery when the receiver has answered,
    // so how the two interleave is a matter of timing: the records are compared event by event
    // (in the order of each event's own records), without their `seq`.
    let mut deliveries = admin.journal().await.unwrap().webhook_deliveries;
    deliveries.sort_by(|a, b| a.event_id.cmp(&b.event_id));
    for d in &mut deliveries {
        d.latency_us = 0;
        d.seq = 0;
    }
    record("deliveries", 200, &serde_json::to_vec(&deliveries).unwrap());
    for body in received.lock().unwrap().iter() {
        record("received", 200, body);
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let text = String::from_utf8(out).unwrap();
    text.replace(&format!("127.0.0.1:{port}"), "MOCK")
        .into_bytes()
}

#[tokio::test]
async fn the_same_seed_and_requests_give_byte_identical_answers_journal_and_deliveries() {
    let (hook, received) = byte_receiver().await;
    let first = seeded_run("5", &hook, &received).await;
    let again = seeded_run("5", &hook, &received).await;
    let text = String::from_utf8_lossy(&first);
    assert!(
        text.lines().any(|l| l.starts_with("received")) && text.contains(" 503 "),
        "the run raised webhooks and faults: {text}"
    );
    if first != again {
        let again = String::from_utf8_lossy(&again);
        let diff = text
            .lines()
            .zip(again.lines())
            .find(|(a, b)| a != b)
            .map(|(a, b)| format!("first:\n{a}\nagain:\n{b}"));
        panic!("the same seed gave different bytes: {diff:?}");
    }
    let other = seeded_run("6", &hook, &received).await;
    assert_ne!(first, other, "another seed, other fixtures and dice");
}
