//! `cargo xtask conformance`: the contract suite as a user runs it. The `pancake-mock` binary
//! serves its default fixtures in its own process on a free port, and the `pancake-conformance`
//! binary checks every operation of the spec against that mock, after the
//! read-only properties of the list operations (default budget, a fresh seed printed with the
//! request count; `cargo xtask conformance -- --seed S` replays one).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::Duration;

use anyhow::{Context, bail};

/// Arguments of `cargo xtask conformance`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to write the JUnit report (relative to the workspace root).
    #[arg(long, default_value = "target/conformance.xml")]
    pub junit: PathBuf,
    /// More arguments for `pancake-conformance` (see `cargo run -p pancake-conformance -- --help`).
    #[arg(last = true)]
    pub extra: Vec<String>,
}

/// Builds the binaries, starts the mock, runs the suite with full coverage required, stops the
/// mock; exits as the suite exits.
pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let root = crate::project_root();
    let bin = build_binaries(&root)?;
    // The mock stops when `mock` is dropped, whatever the suite's outcome.
    let mock = MockProcess::start(&bin.join("pancake-mock"), &[])?;
    let junit = root.join(&args.junit);
    if let Some(dir) = junit.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    tracing::info!(url = %mock.api_url(), "running pancake-conformance against the mock binary");
    let status = Command::new(bin.join("pancake-conformance"))
        .current_dir(&root)
        .arg("--base-url")
        .arg(mock.api_url())
        .arg("--junit")
        .arg(&junit)
        .arg("--require-full-coverage")
        .args(&args.extra)
        .status()
        .context("running pancake-conformance")?;
    drop(mock);
    // stderr: with `-- --format json`, stdout is the suite's JSON alone.
    eprintln!("JUnit report: {}", junit.display());
    Ok(match status.code() {
        Some(0) => ExitCode::SUCCESS,
        Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        None => ExitCode::FAILURE,
    })
}

/// Builds the workspace's binaries (debug) and returns the directory they are in.
pub(crate) fn build_binaries(root: &Path) -> anyhow::Result<PathBuf> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    // The whole workspace with every target, not `-p pancake-mock -p pancake-conformance`: Cargo
    // unifies dependency features over the packages and targets it is asked for, and these two
    // alone get a feature set of their own, so after `cargo test --workspace` (CI's step before
    // this one) they recompiled 85 crates from serde to reqwest. Asked like this, the build is the
    // test build and costs nothing after it.
    const BUILD: [&str; 4] = ["build", "--quiet", "--workspace", "--all-targets"];
    let built = Command::new(&cargo)
        .current_dir(root)
        .args(BUILD)
        .status()
        .with_context(|| format!("running {cargo} build"))?;
    if !built.success() {
        bail!("`cargo {}` failed (see above)", BUILD.join(" "));
    }
    Ok(crate::target_dir(root).join("debug"))
}

/// The mock binary on a free loopback port, with its default fixtures and rate limit (what it
/// serves without flags) or the flags given; killed on drop.
pub(crate) struct MockProcess {
    child: Child,
    port: u16,
}

impl MockProcess {
    pub(crate) fn start(bin: &Path, flags: &[&str]) -> anyhow::Result<MockProcess> {
        let port = pancake_testkit::free_port();
        let child = Command::new(bin)
            .args(["--addr", &format!("127.0.0.1:{port}")])
            .args(flags)
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
            .with_context(|| format!("starting {}", bin.display()))?;
        let mut mock = MockProcess { child, port };
        pancake_testkit::wait_for_listener(port, Some(&mut mock.child), Duration::from_secs(120))
            .map_err(|e| anyhow::anyhow!("{} {e} (see its errors above)", bin.display()))?;
        Ok(mock)
    }

    /// `http://127.0.0.1:PORT/api`.
    pub(crate) fn api_url(&self) -> String {
        format!("http://127.0.0.1:{}/api", self.port)
    }
}

impl Drop for MockProcess {
    fn drop(&mut self) {
        // Our own child, by its handle: nothing else is ever signalled.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
