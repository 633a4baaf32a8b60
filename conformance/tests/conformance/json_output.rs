//! `pancake-conformance --format json`: the report is JSON alone on stdout (a CI script pipes it
//! to `jq`); the binary runs as a shell runs it, against the mock it starts in-process.

use std::process::Command;

#[test]
fn the_json_report_is_all_of_stdout() {
    let output = Command::new(env!("CARGO_BIN_EXE_pancake-conformance"))
        .args([
            "--only",
            "operations::list_tags",
            "--budget",
            "0",
            "--format",
            "json",
        ])
        .env("RUST_LOG", "info")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON alone ({e}):\n{stdout}\nstderr:\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    assert!(output.status.success(), "{report}");
    assert!(report["tally"]["passed"].as_u64().unwrap() >= 1, "{report}");
    assert_eq!(report["tally"]["failed"], 0, "{report}");
    assert!(
        report["checks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["name"].as_str().unwrap().contains("list_tags") && c["status"] == "passed"),
        "{report}"
    );
}
