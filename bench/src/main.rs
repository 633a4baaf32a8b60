//! `pancake-bench` (run by `cargo xtask bench`, which passes its arguments through): how close
//! the mock comes to what this machine can do at all, and how close a client sync comes to the
//! bound the API's rate limit sets; writes `BENCHMARKS.md`.
//!
//! `cargo run` makes a debug build, and a debug load generator would measure itself. So a debug
//! `pancake-bench` builds `pancake-mock`, `pancake-cli` and itself in release, then runs the
//! release `pancake-bench` (with the hidden `--no-build`), which starts the mock and the ceiling
//! as their own processes and drives them from its own. The parts:
//!
//! 1. [`throughput`]: the mock against the naive ceiling ([`ceiling`]) on the v2 page and a tag
//!    write, at 1 and 32 connections, with the mock's memory.
//! 2. [`sync`]: a client sync of 10,000 conversations against the rate-limited mock, alone and
//!    on 3 pages at once, next to the rate-limit bound.
//! 3. [`startup`]: mock start-up time and memory with 100,000 conversations.
//! 4. [`rebuild`]: the client's rebuild time after a spec change.
//! 5. [`webhooks`]: webhook deliveries per second, and page reads with a receiver that never
//!    answers next to page reads with no subscription.
//! 6. [`static_file`]: the mock's page read against nginx serving the same bytes, one pinned core
//!    each, loaded by wrk ([`wrk`]), with the mock's resident memory.
//! 7. [`sync_cli`]: `pancake sync` into SQLite and Postgres, its memory on 100,000
//!    conversations, and three processes sharing one page through the Redis limiter.
//! 8. [`proxy`]: the v2 page read through `pancake-conformance proxy` against the mock directly.
//! 9. [`python_wheel`]: the mock's release wheel installed into an empty virtualenv to a first
//!    passing pytest, the fixture's start and reset, the wheel's size.
//! 10. [`downstream`]: a fresh crate using `pancake-client` built cold, next to the same crate with
//!     reqwest, serde and tokio alone.

mod ceiling;
mod downstream;
mod load;
mod machine;
mod memory;
mod proxy;
mod python_wheel;
mod rebuild;
mod report;
mod servers;
mod startup;
mod static_file;
mod stats;
mod sync;
mod sync_cli;
mod throughput;
mod webhooks;
mod wrk;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

use anyhow::Context;
use clap::Parser;
use pancake_testkit::{project_root, target_dir};

use crate::servers::Launcher;
use machine::Machine;

/// Benchmarks the mock and the client (release builds) and writes BENCHMARKS.md; `cargo xtask
/// bench` runs this.
#[derive(Debug, Parser)]
#[command(
    name = "pancake-bench",
    version,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(flatten)]
    args: Args,
    #[command(subcommand)]
    helper: Option<Helper>,
}

/// The benchmark's own processes, which it starts itself.
#[derive(Debug, clap::Subcommand)]
enum Helper {
    /// Serve the naive ceiling page for part 1.
    #[command(hide = true)]
    Ceiling(ceiling::Args),
    /// Work one page through the Redis limiter for part 7.
    #[command(hide = true)]
    Client(sync_cli::ClientArgs),
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .without_time()
        .init();
    let cli = Cli::parse();
    let outcome = match cli.helper {
        None => run(&cli.args),
        Some(Helper::Ceiling(args)) => ceiling::run(&args),
        Some(Helper::Client(args)) => sync_cli::client(&args),
    };
    match outcome {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Arguments of `cargo xtask bench` (`pancake-bench`).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Smoke run: tiny loads and sizes, one run each, no rebuild timing; checks the benchmark
    /// works in seconds, says nothing about performance.
    #[arg(long)]
    pub quick: bool,
    /// Where to write the report; a relative path is from the workspace root. Default:
    /// BENCHMARKS.md for a full run, target/BENCHMARKS-partial.md with --quick or --parts, so a
    /// smoke or partial run never replaces the committed figures.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Parts to run: 1 mock vs ceiling, 2 client sync, 3 mock start-up, 4 client rebuild,
    /// 5 webhooks, 6 mock vs nginx, 7 `pancake sync` into databases and with Redis,
    /// 8 the validating proxy,
    /// 9 the mock's wheel from pip install to a first pytest,
    /// 10 a downstream crate's cold build (e.g. `--parts 1,3`).
    #[arg(long, value_delimiter = ',', default_values_t = PARTS,
          value_parser = clap::value_parser!(u8).range(1..=10))]
    pub parts: Vec<u8>,
    /// Runs of each figure of parts 1, 3 and 5 (default 5, 1 with --quick).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=100))]
    pub runs: Option<u32>,
    /// Runs of each sync of part 2 (default 2: each takes about 34 s).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=10))]
    pub sync_runs: Option<u32>,
    /// Do not build; set when a debug `pancake-bench` hands over to its release binary.
    #[arg(long, hide = true)]
    pub no_build: bool,
}

/// Every part, in the order they run.
const PARTS: [u8; 10] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/// What to measure and how much.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Part 1.
    pub throughput: Option<throughput::Settings>,
    /// Part 2.
    pub sync: Option<sync::Settings>,
    /// Part 3.
    pub startup: Option<startup::Settings>,
    /// Part 4: runs.
    pub rebuild_runs: Option<usize>,
    /// Part 5.
    pub webhooks: Option<webhooks::Settings>,
    /// Part 6.
    pub static_file: Option<static_file::Settings>,
    /// Part 7.
    pub sync_cli: Option<sync_cli::Settings>,
    /// Part 8.
    pub proxy: Option<proxy::Settings>,
    /// Part 9.
    pub python_wheel: Option<python_wheel::Settings>,
    /// Part 10: runs.
    pub downstream_runs: Option<usize>,
    /// Tiny smoke settings.
    pub quick: bool,
}

impl Settings {
    /// The settings of a full run, whose figures BENCHMARKS.md reports against the goals.
    pub fn full() -> Settings {
        Settings {
            throughput: Some(throughput::Settings {
                runs: 5,
                warmup: Duration::from_millis(300),
                measure: Duration::from_secs(2),
                connections: vec![1, 32],
            }),
            sync: Some(sync::Settings {
                conversations: 10_000,
                parallel_pages: 3,
                runs: 2,
                rate_per_second: None,
                pause: Duration::from_secs(1),
            }),
            startup: Some(startup::Settings {
                conversations: 100_000,
                runs: 5,
            }),
            rebuild_runs: Some(3),
            webhooks: Some(webhooks::Settings {
                runs: 5,
                read_pairs: 15,
                warmup: Duration::from_millis(300),
                measure: Duration::from_secs(2),
                raisers: 2,
                connections: 32,
                events_per_second: 200,
            }),
            static_file: Some(static_file::Settings {
                runs: 5,
                duration: Duration::from_secs(3),
                connections: vec![1, 32],
            }),
            sync_cli: Some(sync_cli::Settings {
                conversations: 10_000,
                memory_conversations: 100_000,
                shared: Duration::from_secs(30),
            }),
            proxy: Some(proxy::Settings {
                runs: 5,
                warmup: Duration::from_millis(300),
                measure: Duration::from_secs(2),
                connections: vec![1, 32],
                walk_pages: 10,
            }),
            python_wheel: Some(python_wheel::Settings {
                runs: 5,
                starts: 20,
                resets: 200,
            }),
            downstream_runs: Some(1),
            quick: false,
        }
    }

    /// A smoke run: every code path, a few hundred ms of load.
    pub fn quick() -> Settings {
        Settings {
            throughput: Some(throughput::Settings {
                runs: 1,
                // Long enough that a debug build on a loaded 2-core machine (CI runs every test
                // binary at once) still completes requests in the window: at 50 ms the ceiling
                // sometimes answered none.
                warmup: Duration::from_millis(50),
                measure: Duration::from_millis(300),
                connections: vec![1, 32],
            }),
            sync: Some(sync::Settings {
                conversations: 150,
                parallel_pages: 3,
                runs: 1,
                rate_per_second: Some(100),
                pause: Duration::from_millis(20),
            }),
            startup: Some(startup::Settings {
                conversations: 1_000,
                runs: 1,
            }),
            rebuild_runs: None,
            webhooks: Some(webhooks::Settings {
                runs: 1,
                read_pairs: 1,
                warmup: Duration::from_millis(50),
                measure: Duration::from_millis(300),
                raisers: 1,
                connections: 2,
                events_per_second: 200,
            }),
            // It needs nginx, wrk and a release mock of its own: not a smoke run's business.
            static_file: None,
            // Spawns release binaries: skipped in-process (the smoke test), seconds otherwise.
            sync_cli: Some(sync_cli::Settings {
                conversations: 150,
                memory_conversations: 1_000,
                shared: Duration::from_secs(3),
            }),
            // Spawns the release `pancake-conformance`: skipped in-process, seconds otherwise.
            proxy: Some(proxy::Settings {
                runs: 1,
                warmup: Duration::from_millis(50),
                measure: Duration::from_millis(300),
                connections: vec![1, 32],
                walk_pages: 3,
            }),
            // A release build of the mock and pip installs: minutes, not a smoke run's business.
            python_wheel: None,
            // Two cold builds of a few minutes: not a smoke run's business.
            downstream_runs: None,
            quick: true,
        }
    }

    fn from_args(args: &Args) -> Settings {
        let mut s = if args.quick {
            Settings::quick()
        } else {
            Settings::full()
        };
        if let Some(runs) = args.runs {
            if let Some(t) = &mut s.throughput {
                t.runs = runs as usize;
            }
            if let Some(st) = &mut s.startup {
                st.runs = runs as usize;
            }
            if let Some(w) = &mut s.webhooks {
                w.runs = runs as usize;
                w.read_pairs = 3 * runs as usize;
            }
            if let Some(sf) = &mut s.static_file {
                sf.runs = runs as usize;
            }
            if let Some(p) = &mut s.proxy {
                p.runs = runs as usize;
            }
        }
        if let (Some(runs), Some(sync)) = (args.sync_runs, &mut s.sync) {
            sync.runs = runs as usize;
        }
        let wanted = |n: u8| args.parts.contains(&n);
        if !wanted(1) {
            s.throughput = None;
        }
        if !wanted(2) {
            s.sync = None;
        }
        if !wanted(3) {
            s.startup = None;
        }
        if !wanted(4) {
            s.rebuild_runs = None;
        }
        if !wanted(5) {
            s.webhooks = None;
        }
        if !wanted(6) {
            s.static_file = None;
        }
        if !wanted(7) {
            s.sync_cli = None;
        }
        if !wanted(8) {
            s.proxy = None;
        }
        if !wanted(9) {
            s.python_wheel = None;
        }
        if !wanted(10) {
            s.downstream_runs = None;
        }
        s
    }
}

/// A part's outcome.
#[derive(Debug, Clone)]
pub enum Part<T> {
    /// Measured.
    Done(T),
    /// Not run, and why.
    Skipped(String),
    /// Went wrong, and how (the other parts still run).
    Failed(String),
}

/// Everything one run measured.
#[derive(Debug, Clone)]
pub struct Results {
    /// Smoke settings.
    pub quick: bool,
    /// Servers ran inside this process.
    pub in_process: bool,
    /// Part 1.
    pub throughput: Part<throughput::Report>,
    /// Part 2.
    pub sync: Part<sync::Report>,
    /// Part 3.
    pub startup: Part<startup::Report>,
    /// Part 4.
    pub rebuild: Part<rebuild::Report>,
    /// Part 5.
    pub webhooks: Part<webhooks::Report>,
    /// Part 6.
    pub static_file: Part<static_file::Report>,
    /// Part 7.
    pub sync_cli: Part<sync_cli::Report>,
    /// Part 8.
    pub proxy: Part<proxy::Report>,
    /// Part 9.
    pub python_wheel: Part<python_wheel::Report>,
    /// Part 10.
    pub downstream: Part<downstream::Report>,
}

fn outcome<T>(result: anyhow::Result<T>, part: &str) -> Part<T> {
    match result {
        Ok(report) => Part::Done(report),
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "part {part} failed");
            Part::Failed(format!("{e:#}"))
        }
    }
}

fn not_asked(quick: bool) -> String {
    if quick {
        "not part of a `--quick` smoke run".into()
    } else {
        "not asked for (`--parts`)".into()
    }
}

/// Measures every part `settings` asks for; a part that fails is reported, not fatal.
async fn measure(launcher: &Launcher, settings: &Settings, root: &Path) -> Results {
    let throughput = match &settings.throughput {
        Some(s) => outcome(throughput::run(launcher, s).await, "1"),
        None => Part::Skipped(not_asked(settings.quick)),
    };
    let sync = match &settings.sync {
        Some(s) => outcome(sync::run(launcher, s).await, "2"),
        None => Part::Skipped(not_asked(settings.quick)),
    };
    let startup = match &settings.startup {
        Some(s) => outcome(startup::run(launcher, s).await, "3"),
        None => Part::Skipped(not_asked(settings.quick)),
    };
    let rebuild = match settings.rebuild_runs {
        Some(runs) => {
            let root = root.to_owned();
            let own_target = crate::target_dir(&root).join("bench-rebuild");
            let timed = tokio::task::spawn_blocking(move || rebuild::run(&root, &own_target, runs))
                .await
                .unwrap_or_else(|e| Err(anyhow::anyhow!("the rebuild timing panicked: {e}")));
            outcome(timed, "4")
        }
        None if settings.quick => Part::Skipped(
            "a `--quick` run never touches the spec or builds (it would take minutes)".into(),
        ),
        None => Part::Skipped(not_asked(false)),
    };
    let webhooks = match &settings.webhooks {
        Some(s) => outcome(webhooks::run(launcher, s).await, "5"),
        None => Part::Skipped(not_asked(settings.quick)),
    };
    let static_file = match &settings.static_file {
        Some(s) => outcome(static_file::run(launcher, s).await, "6"),
        None if settings.quick => Part::Skipped(
            "a `--quick` run starts no nginx and pins no core (it needs release processes)".into(),
        ),
        None => Part::Skipped(not_asked(false)),
    };
    let sync_cli = match (&settings.sync_cli, launcher) {
        (Some(_), Launcher::InProcess) => Part::Skipped(
            "it spawns the release `pancake` and `pancake-bench` binaries, which an in-process run has not"
                .into(),
        ),
        (Some(s), _) => outcome(sync_cli::run(launcher, s).await, "7"),
        (None, _) => Part::Skipped(not_asked(settings.quick)),
    };
    let proxy = match (&settings.proxy, launcher) {
        (Some(_), Launcher::InProcess) => Part::Skipped(
            "it spawns the release `pancake-conformance` binary, which an in-process run has not"
                .into(),
        ),
        (Some(s), _) => {
            let bin = crate::target_dir(root).join("release/pancake-conformance");
            outcome(proxy::run(launcher, s, &bin).await, "8")
        }
        (None, _) => Part::Skipped(not_asked(settings.quick)),
    };
    let python_wheel = match &settings.python_wheel {
        Some(s) => {
            let (root, s) = (root.to_owned(), s.clone());
            let timed = tokio::task::spawn_blocking(move || python_wheel::run(&root, &s))
                .await
                .unwrap_or_else(|e| Err(anyhow::anyhow!("part 9 panicked: {e}")));
            outcome(timed, "9")
        }
        None if settings.quick => {
            Part::Skipped("a `--quick` run builds no release wheel (it would take minutes)".into())
        }
        None => Part::Skipped(not_asked(false)),
    };
    let downstream = match settings.downstream_runs {
        Some(runs) => {
            let root = root.to_owned();
            let work = crate::target_dir(&root).join("bench-downstream");
            let timed = tokio::task::spawn_blocking(move || downstream::run(&root, &work, runs))
                .await
                .unwrap_or_else(|e| Err(anyhow::anyhow!("the downstream builds panicked: {e}")));
            outcome(timed, "10")
        }
        None if settings.quick => {
            Part::Skipped("a `--quick` run builds nothing (two cold builds take minutes)".into())
        }
        None => Part::Skipped(not_asked(false)),
    };
    Results {
        quick: settings.quick,
        in_process: matches!(launcher, Launcher::InProcess),
        throughput,
        sync,
        startup,
        rebuild,
        webhooks,
        static_file,
        sync_cli,
        proxy,
        python_wheel,
        downstream,
    }
}

fn build_release(root: &Path) -> anyhow::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    tracing::info!(
        "building pancake-mock, pancake-cli, pancake-bench and pancake-conformance in release"
    );
    let status = Command::new(&cargo)
        .current_dir(root)
        .args([
            "build",
            "--release",
            "-p",
            "pancake-mock",
            "-p",
            "pancake-cli",
            "-p",
            "pancake-bench",
            "-p",
            "pancake-conformance",
        ])
        .status()
        .with_context(|| format!("running {cargo} build --release"))?;
    anyhow::ensure!(
        status.success(),
        "`cargo build --release -p pancake-mock -p pancake-cli -p pancake-bench -p pancake-conformance` failed (see above); fix the build, then run `cargo xtask bench` again"
    );
    Ok(())
}

/// Where the report goes (joined to the workspace root: an absolute path stays as it is).
fn report_path(args: &Args, target: &Path) -> PathBuf {
    match &args.out {
        Some(out) => out.clone(),
        None if args.quick || !PARTS.iter().all(|n| args.parts.contains(n)) => {
            target.join("BENCHMARKS-partial.md")
        }
        None => PathBuf::from("BENCHMARKS.md"),
    }
}

/// The arguments, as given.
fn bench_args() -> Vec<String> {
    std::env::args().skip(1).collect()
}

/// `cargo xtask bench`: builds, hands over to the release binary, or (release) measures and
/// writes the report.
fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let root = crate::project_root();
    if !args.no_build {
        build_release(&root)?;
    }
    if cfg!(debug_assertions) {
        // Hand over to the release build so the load generator is not what gets measured.
        let release = crate::target_dir(&root).join("release/pancake-bench");
        let status = Command::new(&release)
            .current_dir(&root)
            .arg("--no-build")
            .args(bench_args().into_iter().filter(|a| a != "--no-build"))
            .status()
            .with_context(|| format!("running {}", release.display()))?;
        return Ok(if status.success() {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        });
    }
    let launcher = Launcher::Processes {
        mock_bin: crate::target_dir(&root).join("release/pancake-mock"),
        bench_bin: std::env::current_exe().context("finding this program's path")?,
    };
    let settings = Settings::from_args(args);
    let machine = Machine::describe();
    let command = std::iter::once("cargo xtask bench".to_owned())
        .chain(bench_args().into_iter().filter(|a| a != "--no-build"))
        .collect::<Vec<_>>()
        .join(" ");
    let runtime = tokio::runtime::Runtime::new().context("starting the tokio runtime")?;
    let results = runtime.block_on(measure(&launcher, &settings, &root));
    let text = report::render(&results, &machine, &command);
    let out = root.join(report_path(args, &crate::target_dir(&root)));
    std::fs::write(&out, &text).with_context(|| format!("writing {}", out.display()))?;
    for goal in report::goals(&results) {
        match goal.met {
            Some(false) => tracing::warn!(goal = %goal.name, figure = %goal.figure, "goal missed"),
            Some(true) => tracing::info!(goal = %goal.name, figure = %goal.figure, "goal met"),
            None => tracing::warn!(goal = %goal.name, "not measured"),
        }
    }
    tracing::info!(report = %out.display(), "written");
    let failed = [
        matches!(results.throughput, Part::Failed(_)),
        matches!(results.sync, Part::Failed(_)),
        matches!(results.startup, Part::Failed(_)),
        matches!(results.rebuild, Part::Failed(_)),
        matches!(results.webhooks, Part::Failed(_)),
        matches!(results.sync_cli, Part::Failed(_)),
        matches!(results.proxy, Part::Failed(_)),
        matches!(results.python_wheel, Part::Failed(_)),
    ];
    Ok(if failed.contains(&true) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::throughput::Point;
    use super::*;

    /// The whole benchmark in miniature, servers in-process: every part produces figures
    /// that make sense. No timing threshold: only that figures exist and are coherent.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_quick_run_produces_sane_figures_and_a_report() {
        let mut settings = Settings::quick();
        // A debug build serialises a page in milliseconds: 32 connections would leave a short
        // window empty.
        if let Some(t) = &mut settings.throughput {
            t.connections = vec![1, 2];
        }
        let results = measure(&Launcher::InProcess, &settings, &crate::project_root()).await;

        let Part::Done(t) = &results.throughput else {
            panic!("part 1: {:?}", results.throughput)
        };
        assert_eq!(t.points.len(), 4, "2 operations x 2 connection counts");
        assert!(t.identical_bytes, "the ceiling serves the mock's bytes");
        for p in &t.points {
            assert_eq!(p.failures().0, 0, "{:?}", p.failures());
            let (m, c) = (p.mock_rps().unwrap(), p.ceiling_rps().unwrap());
            assert!(m.median > 0.0 && c.median > 0.0, "{p:?}");
            let ratio = p.ratio().unwrap();
            assert!((ratio.median - m.median / c.median).abs() < 1e-9 * ratio.median.max(1.0));
            let p50 = Point::latency_ms(&p.mock, 0.5).unwrap();
            let p99 = Point::latency_ms(&p.mock, 0.99).unwrap();
            assert!(p50.median > 0.0 && p50.median <= p99.median);
        }
        assert!(t.memory.idle_kib > 0 && t.memory.hwm_kib >= t.memory.idle_kib);

        let Part::Done(s) = &results.sync else {
            panic!("part 2: {:?}", results.sync)
        };
        // 150 conversations at 60 a page: 3 pages, then the empty one.
        assert_eq!(s.bound_secs, 3.0 / 100.0);
        assert_eq!(s.single[0].received, [150]);
        assert_eq!(s.parallel[0].received, [150, 150, 150]);
        assert_eq!(s.single[0].requests, 4);
        assert_eq!(s.parallel[0].requests, 12);
        assert!(s.single[0].wall_secs > 0.0);

        let Part::Done(st) = &results.startup else {
            panic!("part 3: {:?}", results.startup)
        };
        let run = st.runs[0];
        assert!(run.ready_secs > 0.0 && run.first_page_secs >= run.ready_secs);
        assert!(run.rss_kib > 0 && st.baseline.rss_kib > 0);
        assert!(st.kib_per_conversation().is_some());

        assert!(matches!(results.rebuild, Part::Skipped(_)));
        assert!(matches!(results.sync_cli, Part::Skipped(_)));
        assert!(matches!(results.proxy, Part::Skipped(_)));
        assert!(matches!(results.python_wheel, Part::Skipped(_)));

        let Part::Done(w) = &results.webhooks else {
            panic!("part 5: {:?}", results.webhooks)
        };
        let d = w.delivery[0];
        assert!(d.received > 0 && d.raised > 0, "{d:?}");
        assert_eq!(d.failed, 0, "the receiver answers 200: {d:?}");
        assert!(
            d.delivered >= d.received,
            "the mock counted every delivery: {d:?}"
        );
        assert_eq!(w.failures().0, 0, "{:?}", w.failures());
        for side in [&w.unsubscribed, &w.hanging] {
            assert!(side[0].reads.requests > 0 && side[0].events_per_second > 0.0);
        }
        assert!(
            w.hanging_connections > 0,
            "the mock tried the hanging receiver"
        );
        assert!(w.rps_ratio().is_some() && w.p99_ratio().is_some());

        let text = report::render(&results, &Machine::describe(), "cargo xtask bench --quick");
        for needle in [
            "# Benchmarks",
            "Smoke run",
            "| v2 conversations page (60) | 2 |",
            "| tag write | 1 |",
            "| 3 pages in parallel |",
            "Spawn to first successful answer",
            "Not run: a `--quick` run never touches the spec",
            "## 5. Webhooks",
            "| Events delivered per second (counted by the receiver) |",
            "| Receiver that never answers |",
            "Webhook delivery to a receiver answering 200 at once",
        ] {
            assert!(text.contains(needle), "report lacks {needle:?}:\n{text}");
        }
    }

    #[test]
    fn the_cli_takes_the_benchmark_options_or_one_hidden_helper() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
        let cli = Cli::try_parse_from(["pancake-bench", "--quick", "--parts", "3"]).unwrap();
        assert!(cli.helper.is_none() && cli.args.quick && cli.args.parts == [3]);
        let cli = Cli::try_parse_from(["pancake-bench", "ceiling", "--page", "p.json"]).unwrap();
        assert!(matches!(cli.helper, Some(Helper::Ceiling(_))), "{cli:?}");
        assert!(
            Cli::try_parse_from(["pancake-bench", "--quick", "ceiling", "--page", "p.json"])
                .is_err()
        );
        let help = Cli::command().render_help().to_string();
        assert!(
            help.contains("--parts") && !help.contains("Commands:"),
            "{help}"
        );
    }

    #[test]
    fn parts_and_runs_shape_the_settings() {
        use clap::Parser;
        #[derive(Parser)]
        struct Cli {
            #[command(flatten)]
            args: Args,
        }
        let cli = Cli::try_parse_from(["bench", "--parts", "1,3", "--runs", "2"]).unwrap();
        let s = Settings::from_args(&cli.args);
        assert_eq!(s.throughput.unwrap().runs, 2);
        assert_eq!(s.startup.unwrap().runs, 2);
        assert!(s.sync.is_none() && s.rebuild_runs.is_none() && s.webhooks.is_none());
        let cli = Cli::try_parse_from(["bench", "--parts", "5", "--runs", "3"]).unwrap();
        let s = Settings::from_args(&cli.args);
        assert_eq!(s.webhooks.unwrap().runs, 3);
        assert!(s.throughput.is_none() && s.startup.is_none());
        assert!(Cli::try_parse_from(["bench", "--parts", "11"]).is_err());
        let cli = Cli::try_parse_from(["bench", "--parts", "8"]).unwrap();
        let s = Settings::from_args(&cli.args);
        assert!(s.proxy.is_some() && s.sync_cli.is_none() && s.throughput.is_none());
        let cli = Cli::try_parse_from(["bench", "--parts", "9"]).unwrap();
        let s = Settings::from_args(&cli.args);
        assert!(s.python_wheel.is_some() && s.sync_cli.is_none() && s.static_file.is_none());
        let cli = Cli::try_parse_from(["bench", "--parts", "10"]).unwrap();
        let s = Settings::from_args(&cli.args);
        assert!(s.downstream_runs.is_some() && s.rebuild_runs.is_none() && s.sync_cli.is_none());
        let cli = Cli::try_parse_from(["bench", "--parts", "7"]).unwrap();
        let s = Settings::from_args(&cli.args);
        assert!(s.sync_cli.is_some() && s.sync.is_none() && s.throughput.is_none());
        let cli = Cli::try_parse_from(["bench", "--quick"]).unwrap();
        assert!(Settings::from_args(&cli.args).quick);
    }

    #[test]
    fn only_a_full_run_writes_benchmarks_md_by_default() {
        use clap::Parser;
        #[derive(Parser)]
        struct Cli {
            #[command(flatten)]
            args: Args,
        }
        let path = |argv: &[&str]| {
            let cli = Cli::try_parse_from(argv).unwrap();
            report_path(&cli.args, Path::new("/t"))
        };
        assert_eq!(path(&["bench"]), PathBuf::from("BENCHMARKS.md"));
        assert_eq!(
            path(&["bench", "--quick"]),
            PathBuf::from("/t/BENCHMARKS-partial.md")
        );
        assert_eq!(
            path(&["bench", "--parts", "2"]),
            PathBuf::from("/t/BENCHMARKS-partial.md")
        );
        assert_eq!(
            path(&["bench", "--quick", "--out", "x.md"]),
            PathBuf::from("x.md")
        );
    }
}
