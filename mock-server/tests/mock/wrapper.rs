//! What wrappers (the Python and npm packages) rely on: the ready line and file, no colour codes
//! in pipes, and the mock ending with the program that started it.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use pancake_mock::wrapper::Ready;

fn mock() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pancake-mock"));
    command
        .args(["--addr", "127.0.0.1:0"])
        .env_remove("PANCAKE_MOCK_ADDR")
        .env_remove("PANCAKE_MOCK_ADMIN_TOKEN")
        .env_remove("RUST_LOG")
        .env_remove("NO_COLOR");
    command
}

/// Polls for `path` (written whole by the mock) for up to 20 s.
fn read_ready_file(path: &Path) -> Ready {
    let start = Instant::now();
    loop {
        if let Ok(text) = std::fs::read_to_string(path) {
            return serde_json::from_str(text.trim_end()).expect("the ready file is one JSON line");
        }
        assert!(start.elapsed() < Duration::from_secs(20), "no ready file");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Waits up to 5 s for `child` to exit by itself.
fn exits_within(child: &mut std::process::Child, limit: Duration) -> std::process::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            panic!("the mock still runs {limit:?} later");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[tokio::test]
async fn ready_json_is_the_only_line_on_stdout_and_logs_carry_no_colour_codes() {
    let mut child = mock()
        .args([
            "--ready-json",
            "--exit-on-stdin-close",
            "--rate-limit",
            "off",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let ready: Ready = serde_json::from_str(line.trim_end()).expect("one JSON line");
    assert_eq!(ready.pid, child.id());
    assert_eq!(ready.version, env!("CARGO_PKG_VERSION"));
    assert_eq!(ready.base_url, format!("{}/api", ready.origin));
    assert_eq!(ready.spec_url, format!("{}/openapi.yaml", ready.origin));
    assert_eq!(ready.admin_token, None);
    assert_eq!(ready.rate_limit, None);
    assert_eq!(ready.pages.len(), 5);
    assert_eq!(ready.pages[0].conversations, 150);
    let page = &ready.pages[0];
    let answer = reqwest::Client::new()
        .get(format!(
            "{}/public_api/v1/pages/{}/tags",
            ready.base_url, page.id
        ))
        .query(&[("page_access_token", &page.page_access_token)])
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    let spec = reqwest::get(&ready.spec_url).await.unwrap();
    assert_eq!(spec.status(), 200);

    drop(child.stdin.take());
    let status = exits_within(&mut child, Duration::from_secs(10));
    assert!(status.success(), "{status}");
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    assert_eq!(rest, "", "stdout holds the ready line alone");
    let mut logs = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut logs)
        .unwrap();
    assert!(logs.contains("pancake mock listening"), "{logs}");
    assert!(logs.contains("standard input closed"), "{logs}");
    assert!(!logs.contains('\u{1b}'), "colour codes in a pipe: {logs:?}");
}

#[test]
fn ready_file_is_written_and_the_mock_exits_when_stdin_closes() {
    let dir = std::env::temp_dir().join(format!("pancake-mock-ready-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("ready.json");
    let mut child = mock()
        .args([
            "--exit-on-stdin-close",
            "--seed",
            "7",
            "--conversations",
            "12",
        ])
        .arg("--ready-file")
        .arg(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let ready = read_ready_file(&path);
    assert_eq!(ready.pid, child.id());
    assert_eq!(ready.pages[0].conversations, 12);
    assert_eq!(ready.rate_limit, Some(pancake_mock::RateLimit::default()));
    // The banner still goes to stdout for a person.
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert_eq!(
        first.trim_end(),
        format!("Pancake mock listening on {}", ready.base_url)
    );
    drop(child.stdin.take());
    assert!(exits_within(&mut child, Duration::from_secs(10)).success());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_bad_ready_file_path_is_an_error_that_names_it() {
    let out = mock()
        .args(["--ready-file", "/nonexistent-dir/ready.json"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("writing the ready file /nonexistent-dir/ready.json"),
        "{stderr}"
    );
}

/// A parent killed with SIGKILL cannot clean up: the mock notices it was orphaned and exits.
#[cfg(target_os = "linux")]
#[test]
fn the_mock_exits_when_its_parent_is_killed() {
    let dir = std::env::temp_dir().join(format!("pancake-mock-parent-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("ready.json");
    let script = format!(
        "'{}' --addr 127.0.0.1:0 --exit-with-parent --ready-file '{}' </dev/null >/dev/null 2>&1 & wait",
        env!("CARGO_BIN_EXE_pancake-mock"),
        path.display()
    );
    let mut parent = Command::new("sh").args(["-c", &script]).spawn().unwrap();
    let ready = read_ready_file(&path);
    let proc_dir = format!("/proc/{}", ready.pid);
    assert!(Path::new(&proc_dir).exists());
    parent.kill().unwrap();
    parent.wait().unwrap();
    let start = Instant::now();
    // Gone, or a zombie waiting for a reaper that a container's init may never be.
    while std::fs::read_to_string(format!("{proc_dir}/stat")).is_ok_and(|stat| {
        !stat
            .rsplit(')')
            .next()
            .unwrap_or("")
            .trim_start()
            .starts_with('Z')
    }) {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the mock (pid {}) outlived its killed parent",
            ready.pid
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
