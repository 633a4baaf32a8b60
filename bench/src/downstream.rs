//! Part 10: what a user pays to build the client. Two fresh crates are built cold, one after the
//! other in the same run: one depending on `pancake-client` (default features), and the floor, the
//! same crate depending only on reqwest (the workspace's line and features), serde, serde_json and
//! tokio. The figure is the ratio of their build times (goal: at most 1.5).
//!
//! Each crate is written to a temp directory under the target directory with the workspace's
//! `Cargo.lock` (so both resolve to the versions the workspace uses) and built with `--offline`
//! into a target directory of its own, emptied first: nothing is reused between the two builds or
//! from the workspace's. They still share the CPUs with whatever else runs on the machine.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, bail};

/// Everything part 10 measured.
#[derive(Debug, Clone)]
pub struct Report {
    /// Seconds of each cold build of the crate using `pancake-client`.
    pub client_secs: Vec<f64>,
    /// Seconds of each cold build of the floor crate.
    pub floor_secs: Vec<f64>,
    /// The command timed (in each crate's directory).
    pub command: String,
}

impl Report {
    /// The client's median build time over the floor's.
    pub fn ratio(&self) -> Option<f64> {
        let median = |v: &[f64]| crate::stats::Summary::of(v).map(|s| s.median);
        Some(median(&self.client_secs)? / median(&self.floor_secs)?)
    }
}

/// The dependencies the floor crate and the workspace share, as the workspace declares them.
const FLOOR_DEPENDENCIES: &str = r#"
reqwest = { version = "0.13", features = ["json", "query", "stream", "multipart"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tokio = { version = "1", features = ["macros", "rt-multi-thread", "net", "time", "sync", "signal"] }
"#;

const FLOOR_MAIN: &str = r##"
#[derive(serde::Serialize, serde::Deserialize)]
struct Tag { id: i64 }
#[tokio::main]
async fn main() {
    let _client = reqwest::Client::new();
    let _tag: Tag = serde_json::from_str(r#"{"id": 1}"#).unwrap();
}
"##;

const CLIENT_MAIN: &str = r#"
#[tokio::main]
async fn main() {
    let _pancake = pancake_client::Pancake::builder().build().unwrap();
}
"#;

fn write_crate(
    dir: &Path,
    name: &str,
    dependencies: &str,
    main: &str,
    lock: &str,
) -> anyhow::Result<()> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).with_context(|| format!("emptying {}", dir.display()))?;
    }
    std::fs::create_dir_all(dir.join("src"))?;
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\n{dependencies}\n# Not a member of the pancake workspace it sits in.\n[workspace]\n"
    );
    std::fs::write(dir.join("Cargo.toml"), manifest)?;
    std::fs::write(dir.join("src/main.rs"), main)?;
    std::fs::write(dir.join("Cargo.lock"), lock)?;
    Ok(())
}

fn cold_build(dir: &Path) -> anyhow::Result<f64> {
    let target = dir.join("target");
    let started = Instant::now();
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", &target)
        .env("CARGO_BUILD_BUILD_DIR", &target)
        .env_remove("RUSTFLAGS")
        .args(["build", "--offline"])
        .output()
        .with_context(|| format!("running cargo build in {}", dir.display()))?;
    let secs = started.elapsed().as_secs_f64();
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(15).collect();
        bail!(
            "cargo build in {} failed:\n{}",
            dir.display(),
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        );
    }
    std::fs::remove_dir_all(&target).ok();
    Ok(secs)
}

/// Builds both crates `runs` times each, alternating, under `work` (emptied first).
pub fn run(root: &Path, work: &Path, runs: usize) -> anyhow::Result<Report> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).context("reading Cargo.lock")?;
    let client_path = root.join("client");
    let client_dependency = format!(
        "pancake-client = {{ path = {:?} }}\ntokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n",
        client_path.display().to_string()
    );
    let client_dir: PathBuf = work.join("with-pancake-client");
    let floor_dir: PathBuf = work.join("floor");
    let mut report = Report {
        client_secs: Vec::new(),
        floor_secs: Vec::new(),
        command: "cargo build --offline (debug, fresh target directory)".to_owned(),
    };
    for run in 0..runs {
        write_crate(&floor_dir, "floor", FLOOR_DEPENDENCIES, FLOOR_MAIN, &lock)?;
        write_crate(
            &client_dir,
            "with-pancake-client",
            &client_dependency,
            CLIENT_MAIN,
            &lock,
        )?;
        // Alternate which goes first, so a machine that slows down or speeds up during the run
        // does not favour one side.
        if run % 2 == 0 {
            report.floor_secs.push(cold_build(&floor_dir)?);
            report.client_secs.push(cold_build(&client_dir)?);
        } else {
            report.client_secs.push(cold_build(&client_dir)?);
            report.floor_secs.push(cold_build(&floor_dir)?);
        }
        tracing::info!(
            client = report.client_secs[run],
            floor = report.floor_secs[run],
            "part 10: cold builds"
        );
    }
    Ok(report)
}
