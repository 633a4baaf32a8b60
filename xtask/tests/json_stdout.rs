//! `--format json` is a contract: stdout holds the JSON alone, also when the run fails, so
//! `cargo xtask spec diff A B --format json | jq length` works on the answers a CI script most
//! needs. Each test runs the xtask binary as a shell would and parses its stdout.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("xtask-json-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(root())
        .env("RUST_LOG", "info")
        .output()
        .unwrap()
}

fn stdout_json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON alone ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

#[test]
fn spec_diff_json_is_pure_on_a_client_breaking_change() {
    let dir = temp_dir("diff");
    let base = std::fs::read_to_string(root().join("openapi/tests/data/diff/base.yaml")).unwrap();
    let head = base.replace(
        "{name: kind, in: query, required: false,",
        "{name: kind, in: query, required: true,",
    );
    assert_ne!(base, head, "the fixture changed; update this test");
    std::fs::write(dir.join("base.yaml"), &base).unwrap();
    std::fs::write(dir.join("head.yaml"), &head).unwrap();
    let (a, b) = (dir.join("base.yaml"), dir.join("head.yaml"));
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());

    let output = xtask(&["spec", "diff", a, b, "--format", "json"]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "a client-breaking change fails"
    );
    let list = stdout_json(&output);
    assert!(!list.as_array().unwrap().is_empty(), "{list}");
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("FAILED: the change breaks clients"),
        "the verdict goes to stderr"
    );

    let changelog = dir.join("CHANGELOG.md");
    std::fs::write(&changelog, "# Changes\n\n## Next\n\nNothing yet.\n").unwrap();
    let output = xtask(&[
        "spec",
        "diff",
        a,
        b,
        "--format",
        "json",
        "--changelog",
        changelog.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    stdout_json(&output);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn spec_drift_json_is_pure_with_unexplained_differences() {
    let dir = temp_dir("drift");
    let upstream = dir.join("official.yaml");
    std::fs::write(
        &upstream,
        "openapi: 3.0.3\ninfo: {title: official, version: '1'}\npaths:\n  /nowhere:\n    get:\n      \
         responses:\n        '200': {description: ok}\n",
    )
    .unwrap();
    let output = xtask(&[
        "spec",
        "drift",
        upstream.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "unexplained differences fail"
    );
    let items = stdout_json(&output);
    let items = items.as_array().unwrap();
    assert!(
        items
            .iter()
            .any(|i| i["name"] == "" && i["justified_by"].is_null()),
        "{items:?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
