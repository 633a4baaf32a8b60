//! Part 4: how long `cargo build -p pancake-client` (debug) takes after the spec changes.
//!
//! The spec is touched (its modification time set to now, its bytes never written), which is
//! what the client's `rerun-if-changed` watches; the bytes are compared before and after. The
//! modification time is not put back: if someone edited the spec meanwhile, an older time could
//! hide their edit from cargo.
//!
//! The builds use their own target directory (`target/bench-rebuild`): the workspace's is shared
//! with other work, whose builds hold its lock for minutes. The first, untimed build fills it;
//! a build that still had to wait for a lock is not counted and is measured again.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Instant, SystemTime};

use anyhow::{Context, bail, ensure};

/// Builds that waited on a lock are retried at most this many times in all.
const LOCK_RETRIES: usize = 5;

/// Everything part 4 measured.
#[derive(Debug, Clone)]
pub struct Report {
    /// Seconds of each counted rebuild.
    pub secs: Vec<f64>,
    /// Builds thrown away because they waited for a lock.
    pub lock_waits: usize,
    /// The target directory the builds used.
    pub target_dir: PathBuf,
    /// Crates the timed builds compiled (`Compiling NAME` lines), in order of first appearance.
    pub compiled: Vec<String>,
    /// The command timed.
    pub command: String,
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

fn touch(path: &Path) -> anyhow::Result<()> {
    // Append mode, nothing written: only the modification time moves.
    let file = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .with_context(|| format!("opening {} to touch it", path.display()))?;
    file.set_modified(SystemTime::now())
        .with_context(|| format!("touching {}", path.display()))
}

struct Build {
    secs: f64,
    waited_for_lock: bool,
    compiled: Vec<String>,
}

/// Names of the crates cargo says it compiles.
fn compiled_crates(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("Compiling "))
        .filter_map(|rest| rest.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

fn build(root: &Path, target_dir: &Path) -> anyhow::Result<Build> {
    let started = Instant::now();
    let out = Command::new(cargo())
        .current_dir(root)
        .env("CARGO_TARGET_DIR", target_dir)
        .args(["build", "-p", "pancake-client"])
        .output()
        .context("running cargo build -p pancake-client")?;
    let secs = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        let tail: Vec<&str> = stderr.lines().rev().take(20).collect();
        bail!(
            "cargo build -p pancake-client failed, so its rebuild time cannot be measured:\n{}",
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        );
    }
    Ok(Build {
        secs,
        waited_for_lock: stderr.contains("Blocking waiting for file lock"),
        compiled: compiled_crates(&stderr),
    })
}

/// Runs part 4: `runs` timed rebuilds after touching `openapi/pancake.yaml`, building into
/// `target_dir`.
pub fn run(root: &Path, target_dir: &Path, runs: usize) -> anyhow::Result<Report> {
    ensure!(runs > 0, "part 4 needs at least one run");
    let spec: PathBuf = root.join("openapi/pancake.yaml");
    let before = std::fs::read(&spec).with_context(|| format!("reading {}", spec.display()))?;
    tracing::info!(
        target_dir = %target_dir.display(),
        "part 4: bringing pancake-client up to date (not timed; the first time builds every dependency)"
    );
    build(root, target_dir)?;
    let mut report = Report {
        secs: Vec::new(),
        lock_waits: 0,
        compiled: Vec::new(),
        target_dir: target_dir
            .strip_prefix(root)
            .unwrap_or(target_dir)
            .to_owned(),
        command: "touch openapi/pancake.yaml && cargo build -p pancake-client".into(),
    };
    while report.secs.len() < runs {
        touch(&spec)?;
        tracing::info!(run = report.secs.len() + 1, "part 4: timed rebuild");
        let b = build(root, target_dir)?;
        ensure!(
            b.compiled.iter().any(|c| c == "pancake-client"),
            "touching {} did not make cargo recompile pancake-client: its build script no longer \
             watches the spec (cargo:rerun-if-changed)",
            spec.display()
        );
        if b.waited_for_lock {
            report.lock_waits += 1;
            ensure!(
                report.lock_waits <= LOCK_RETRIES,
                "every rebuild waited for another build's lock on {}; run again when no other \
                 build uses it",
                target_dir.display()
            );
            continue;
        }
        for name in b.compiled {
            if !report.compiled.contains(&name) {
                report.compiled.push(name);
            }
        }
        report.secs.push(b.secs);
    }
    let after = std::fs::read(&spec).with_context(|| format!("reading {}", spec.display()))?;
    ensure!(
        before == after,
        "{} changed during the measurement (someone edited it); the rebuild times may include \
         that edit",
        spec.display()
    );
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_compiled_crates_from_cargo_output() {
        let stderr = "   Compiling pancake-openapi v0.1.0 (/w/openapi)\n   Compiling pancake-client v0.1.0 (/w/client)\n    Finished `dev` profile\n";
        assert_eq!(
            compiled_crates(stderr),
            ["pancake-openapi", "pancake-client"]
        );
        assert!(compiled_crates("    Finished `dev` profile\n").is_empty());
    }

    #[test]
    fn touching_moves_the_time_and_keeps_the_bytes() {
        let path = crate::servers::temp_path("touch.txt");
        std::fs::write(&path, b"spec bytes").unwrap();
        let old = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
        std::fs::File::options()
            .append(true)
            .open(&path)
            .unwrap()
            .set_modified(old)
            .unwrap();
        touch(&path).unwrap();
        let meta = std::fs::metadata(&path).unwrap();
        assert!(meta.modified().unwrap() > old);
        assert_eq!(std::fs::read(&path).unwrap(), b"spec bytes");
        std::fs::remove_file(&path).unwrap();
    }
}
