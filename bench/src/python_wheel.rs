//! Part 9: the mock from Python, as a user gets it. `cargo xtask dist` builds the release wheel;
//! each run installs it with pip into an empty virtualenv and runs a first pytest test that uses
//! the `pancake_mock` fixture and reads one API answer, timed together. In the last virtualenv a
//! script times `pancake_mock.start()` to its first API answer and `Mock.reset()` (what the
//! fixture runs before each test).
//!
//! pytest comes from a local wheelhouse filled once from PyPI (untimed), so the timed install
//! measures the install, not the network.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, bail, ensure};

/// The pytest the runs install (as `examples/python/pytest_suite/requirements.txt` pins it).
pub const PYTEST: &str = "pytest==9.2.0";

/// How part 9 runs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Installs into a fresh virtualenv, each followed by the first pytest.
    pub runs: usize,
    /// Starts timed to the first answer.
    pub starts: usize,
    /// Resets timed.
    pub resets: usize,
}

/// Everything part 9 measured.
#[derive(Debug, Clone)]
pub struct Report {
    /// The wheel's file name.
    pub wheel: String,
    /// Its size in bytes.
    pub wheel_bytes: u64,
    /// `pip install` of the wheel (and pytest) into an empty virtualenv to the end of the first
    /// passing pytest, seconds, one per run.
    pub install_to_pass_secs: Vec<f64>,
    /// `pancake_mock.start()` to the first API answer, milliseconds.
    pub start_ms: Vec<f64>,
    /// `Mock.reset()`, milliseconds.
    pub reset_ms: Vec<f64>,
    /// The Python that ran it.
    pub python: String,
    /// Settings used.
    pub settings: Settings,
}

const FIRST_TEST: &str = r#"import urllib.request


def test_first(pancake_mock):
    page = pancake_mock.pages[0]
    url = f"{pancake_mock.base_url}/public_api/v1/pages/{page.id}/tags?page_access_token={page.page_access_token}"
    with urllib.request.urlopen(url) as answer:
        assert answer.status == 200
"#;

const MEASURE: &str = r#"import json, sys, time, urllib.request
import pancake_mock

starts, resets = [], []
for _ in range(int(sys.argv[1])):
    t = time.perf_counter()
    mock = pancake_mock.start()
    page = mock.pages[0]
    url = f"{mock.base_url}/public_api/v1/pages/{page.id}/tags?page_access_token={page.page_access_token}"
    with urllib.request.urlopen(url) as answer:
        assert answer.status == 200
    starts.append((time.perf_counter() - t) * 1000)
    mock.stop()
with pancake_mock.start() as mock:
    for _ in range(int(sys.argv[2])):
        t = time.perf_counter()
        mock.reset()
        resets.append((time.perf_counter() - t) * 1000)
print(json.dumps({"start_ms": starts, "reset_ms": resets, "python": sys.version.split()[0]}))
"#;

fn run_ok(command: &mut Command) -> anyhow::Result<std::process::Output> {
    let out = command
        .output()
        .with_context(|| format!("could not start {command:?}"))?;
    if !out.status.success() {
        bail!(
            "{command:?} failed: {}\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(out)
}

/// Runs part 9 (blocking: it runs cargo, pip and pytest as processes).
pub fn run(root: &Path, settings: &Settings) -> anyhow::Result<Report> {
    ensure!(settings.runs > 0, "part 9 needs at least one run");
    let dir = crate::target_dir(root).join("bench-python");
    let dist = dir.join("dist");
    tracing::info!("part 9: cargo xtask dist (release)");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(&cargo)
        .current_dir(root)
        .args(["run", "--quiet", "-p", "xtask", "--", "dist", "--out"])
        .arg(&dist)
        .status()
        .context("running cargo xtask dist")?;
    ensure!(status.success(), "cargo xtask dist failed: {status}");
    let wheel: PathBuf = std::fs::read_dir(&dist)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|e| e == "whl"))
        .context("cargo xtask dist wrote no wheel")?;
    let wheel_bytes = std::fs::metadata(&wheel)?.len();

    let wheelhouse = dir.join("wheelhouse");
    let tools = dir.join("tools");
    if !tools.join("bin/pip").exists() {
        run_ok(Command::new("python3").args(["-m", "venv"]).arg(&tools))?;
    }
    run_ok(
        Command::new(tools.join("bin/pip"))
            .args([
                "download",
                "--quiet",
                "--disable-pip-version-check",
                PYTEST,
                "-d",
            ])
            .arg(&wheelhouse),
    )?;
    let tests = dir.join("first");
    std::fs::create_dir_all(&tests)?;
    std::fs::write(tests.join("test_first.py"), FIRST_TEST)?;

    let mut install_to_pass_secs = Vec::new();
    let venv = dir.join("venv");
    for run in 0..settings.runs {
        tracing::info!(run = run + 1, "part 9: pip install and a first pytest");
        if venv.exists() {
            std::fs::remove_dir_all(&venv)?;
        }
        run_ok(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
        let started = Instant::now();
        run_ok(
            Command::new(venv.join("bin/pip"))
                .args([
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                    "--no-index",
                    "--find-links",
                ])
                .arg(&wheelhouse)
                .arg(&wheel)
                .arg(PYTEST),
        )?;
        run_ok(
            Command::new(venv.join("bin/python"))
                .args(["-m", "pytest", "-q", "-p", "no:cacheprovider"])
                .arg(&tests)
                .env("PYTHONDONTWRITEBYTECODE", "1"),
        )?;
        install_to_pass_secs.push(started.elapsed().as_secs_f64());
    }

    tracing::info!("part 9: start-to-first-answer and reset timings");
    let out = run_ok(
        Command::new(venv.join("bin/python"))
            .args(["-c", MEASURE])
            .arg(settings.starts.to_string())
            .arg(settings.resets.to_string()),
    )?;
    let measured: serde_json::Value =
        serde_json::from_slice(&out.stdout).context("the timing script's JSON")?;
    let numbers = |key: &str| -> Vec<f64> {
        measured[key]
            .as_array()
            .map(|a| a.iter().filter_map(serde_json::Value::as_f64).collect())
            .unwrap_or_default()
    };
    Ok(Report {
        wheel: wheel
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        wheel_bytes,
        install_to_pass_secs,
        start_ms: numbers("start_ms"),
        reset_ms: numbers("reset_ms"),
        python: measured["python"].as_str().unwrap_or("?").to_owned(),
        settings: settings.clone(),
    })
}
