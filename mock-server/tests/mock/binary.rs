//! The binary as a user runs it: start on port 0, read the printed URL, call it, stop it.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use pancake_mock::admin::AdminClient;

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
