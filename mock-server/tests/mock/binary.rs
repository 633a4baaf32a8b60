//! The binary as a user runs it: start on port 0, read the printed URL, call it, stop it.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

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
    let printed: Vec<String> = lines.by_ref().take(8).map(Result::unwrap).collect();
    assert!(
        printed.iter().any(|l| l.starts_with("try: curl")),
        "{printed:?}"
    );
    let root = base.trim_end_matches("/api");
    let client = reqwest::Client::new();
    let fixtures: serde_json::Value = client
        .get(format!("{root}/__admin/fixtures"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let page = &fixtures["pages"][0];
    let answer: serde_json::Value = client
        .get(format!(
            "{base}/public_api/v2/pages/{}/conversations",
            page["id"].as_str().unwrap()
        ))
        .query(&[(
            "page_access_token",
            page["page_access_token"].as_str().unwrap(),
        )])
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
