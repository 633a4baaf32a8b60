//! `cargo xtask fuzz`: Schemathesis, every phase (examples, coverage, fuzzing, stateful through
//! the spec's links), against the `pancake-mock` binary on a free port. One seed drives both: the
//! mock's fixtures and fault dice (`pancake-mock --seed`) and Schemathesis's generation
//! (`--seed`), so `cargo xtask fuzz --seed S` replays a run. Schemathesis comes pinned from PyPI
//! into a virtualenv under `target/fuzz/`, made on first use; its settings are
//! `xtask/fuzz/schemathesis.toml`. The run's size is a number of examples per operation and
//! phase (`--max-examples`), not a time, so that a busy machine makes the same cases, only later.
//! The run fails on any failure or warning, on fewer cases than `--min-cases`, or when the
//! stateful phase covers fewer than half of the spec's links.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use anyhow::{Context, bail};

use crate::conformance::{MockProcess, build_binaries};

/// The Schemathesis release the project is tested with (`pip index versions schemathesis`).
pub const SCHEMATHESIS_VERSION: &str = "4.32.5";

/// Examples per operation and phase of a default run: chosen so that a run passes the default
/// `--min-cases` of 20,000 (the cases grow with it; the coverage and examples phases add a fixed
/// number).
pub const MAX_EXAMPLES: u64 = 320;

/// Arguments of `cargo xtask fuzz`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Seed of the mock's fixtures and of Schemathesis's generation (default: a new one, printed).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Cases per operation and phase (`schemathesis run --max-examples`). The run stops when they
    /// are done, not on a clock: its size, and so its replay, does not depend on how busy the
    /// machine is. The default reaches `--min-cases` (see `cargo xtask fuzz --help`).
    #[arg(long, default_value_t = MAX_EXAMPLES)]
    pub max_examples: u64,
    /// A time budget instead, in seconds: the fuzzing and stateful phases repeat until it is
    /// spent, so how many cases it reaches depends on the machine.
    #[arg(long)]
    pub max_time: Option<u64>,
    /// Fewest generated cases the run must reach to pass.
    #[arg(long, default_value_t = 20_000)]
    pub min_cases: u64,
    /// More arguments for `schemathesis run` (`cargo xtask fuzz -- --workers 2`).
    #[arg(last = true)]
    pub extra: Vec<String>,
}

/// What a run's summary says.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Test cases generated.
    pub cases: u64,
    /// Failures found.
    pub failures: u64,
    /// Warnings raised.
    pub warnings: u64,
    /// Links the stateful phase followed at least once, and links it had.
    pub links: Option<(u64, u64)>,
}

impl Summary {
    /// Reads Schemathesis's printed summary (`4842 generated, 22 found 22 unique failures`,
    /// `API Links: 110 covered / 277 selected / 277 total`, `⚠️ Missing test data: ...`).
    pub fn parse(output: &str) -> Summary {
        let mut summary = Summary::default();
        let mut in_warnings = false;
        for line in output.lines() {
            let text = line.trim();
            let words: Vec<&str> = text.split_whitespace().collect();
            if let Some(i) = words.iter().position(|w| *w == "generated,") {
                summary.cases = number(words.get(i.wrapping_sub(1)));
                if let Some(j) = words.iter().position(|w| *w == "found") {
                    summary.failures = number(words.get(j + 1));
                }
            }
            if let Some(rest) = text.strip_prefix("API Links:") {
                let parts: Vec<&str> = rest.split_whitespace().collect();
                summary.links = Some((number(parts.first()), number(parts.get(3))));
            }
            if text == "Warnings:" {
                in_warnings = true;
                continue;
            }
            if in_warnings {
                if text.is_empty() {
                    in_warnings = false;
                } else {
                    summary.warnings += 1;
                }
            }
        }
        summary
    }
}

fn number(word: Option<&&str>) -> u64 {
    word.and_then(|w| w.replace(',', "").parse().ok())
        .unwrap_or(0)
}

/// Builds the mock, makes the virtualenv if needed, starts the mock, runs Schemathesis, prints
/// the summary and the replay command.
pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let root = crate::project_root();
    let seed = args.seed.unwrap_or_else(fresh_seed);
    let bin = build_binaries(&root)?;
    let schemathesis = virtualenv(&crate::target_dir(&root).join("fuzz"))?;
    let mock_bin = bin.join("pancake-mock");
    let fixtures = Fixtures::of(&mock_bin, seed)?;
    let seed_text = seed.to_string();
    // Rate limit off: Schemathesis sends as fast as it can, and 429s would only slow it down.
    // Manual clock: the mock's time, and so its answers, depend on the requests alone.
    let mock = MockProcess::start(
        &mock_bin,
        &[
            "--seed",
            &seed_text,
            "--rate-limit",
            "off",
            "--manual-clock",
        ],
    )?;
    let budget = match args.max_time {
        Some(seconds) => format!("{seconds} s"),
        None => format!("{} examples per operation and phase", args.max_examples),
    };
    println!(
        "fuzz: Schemathesis {SCHEMATHESIS_VERSION}, seed {seed}, {budget}, against {}",
        mock.api_url()
    );
    let started = std::time::Instant::now();
    let mut command = Command::new(&schemathesis);
    if let Some(seconds) = args.max_time {
        command.args(["--max-time", &seconds.to_string()]);
    }
    let mut child = command
        // Whatever Schemathesis writes beside itself stays under target/.
        .current_dir(crate::target_dir(&root).join("fuzz"))
        .arg("--config-file")
        .arg(root.join("xtask/fuzz/schemathesis.toml"))
        .arg("run")
        .arg(root.join("openapi/pancake.yaml"))
        .args(["--url", &mock.api_url()])
        .args(["--seed", &seed_text])
        .args(["--max-examples", &args.max_examples.to_string()])
        .args(&args.extra)
        .env("PANCAKE_ACCESS_TOKEN", &fixtures.access_token)
        .env("PANCAKE_PAGE_ID", &fixtures.page_id)
        .env("PANCAKE_PAGE_ACCESS_TOKEN", &fixtures.page_access_token)
        .env("PANCAKE_OTHER_PAGE_ID", &fixtures.other_page_id)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {}", schemathesis.display()))?;
    // Shown as it comes, and kept for the summary.
    let mut output = String::new();
    let mut stdout = std::io::stdout().lock();
    for line in BufReader::new(child.stdout.take().expect("piped")).lines() {
        let line = line.context("reading Schemathesis's output")?;
        writeln!(stdout, "{line}")?;
        output.push_str(&line);
        output.push('\n');
    }
    drop(stdout);
    let status = child.wait().context("waiting for Schemathesis")?;
    drop(mock);
    let summary = Summary::parse(&output);
    let (covered, links) = summary.links.unwrap_or((0, 0));
    println!(
        "fuzz summary: {} cases, {} failures, {} warnings, {covered}/{links} links covered, seed {seed}, {} s",
        summary.cases,
        summary.failures,
        summary.warnings,
        started.elapsed().as_secs()
    );
    println!("replay: {}", replay_command(args, seed));
    let mut unmet = Vec::new();
    if !status.success() {
        unmet.push(format!("Schemathesis exited with {status}"));
    }
    if summary.failures > 0 || summary.warnings > 0 {
        unmet.push("failures or warnings (see above)".to_owned());
    }
    if summary.cases < args.min_cases {
        unmet.push(format!(
            "{} cases, fewer than --min-cases {}",
            summary.cases, args.min_cases
        ));
    }
    if links == 0 || covered * 2 < links {
        unmet.push(format!(
            "{covered} of {links} links covered, fewer than half"
        ));
    }
    if unmet.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("fuzz FAILED: {}", unmet.join("; "));
        Ok(ExitCode::FAILURE)
    }
}

/// The command that runs `args` again with `seed`.
fn replay_command(args: &Args, seed: u64) -> String {
    let mut command = format!(
        "cargo xtask fuzz --seed {seed} --max-examples {} --min-cases {}",
        args.max_examples, args.min_cases
    );
    if let Some(seconds) = args.max_time {
        command.push_str(&format!(" --max-time {seconds}"));
    }
    if !args.extra.is_empty() {
        command.push_str(" -- ");
        command.push_str(&args.extra.join(" "));
    }
    command
}

/// A seed from the clock, for a run that was given none.
fn fresh_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() ^ u64::from(d.subsec_nanos()))
        // Schemathesis takes the seed as a Python int; the mock as u64. Keep it readable.
        % 1_000_000_000
}

/// `DIR/venv/bin/schemathesis` at [`SCHEMATHESIS_VERSION`], installing it with pip into a new
/// virtualenv when it is missing or another version.
fn virtualenv(dir: &Path) -> anyhow::Result<PathBuf> {
    let venv = dir.join("venv");
    let schemathesis = venv.join("bin/schemathesis");
    let installed = Command::new(&schemathesis)
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
    if installed.is_some_and(|v| v.trim_end().ends_with(SCHEMATHESIS_VERSION)) {
        return Ok(schemathesis);
    }
    println!(
        "fuzz: installing Schemathesis {SCHEMATHESIS_VERSION} into {}",
        venv.display()
    );
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let made = Command::new("python3")
        .args(["-m", "venv", "--clear"])
        .arg(&venv)
        .status()
        .context("running python3 -m venv (Python 3 with its venv module is needed)")?;
    if !made.success() {
        bail!("python3 -m venv {} failed (see above)", venv.display());
    }
    let installed = Command::new(venv.join("bin/pip"))
        .args(["install", "--quiet", "--disable-pip-version-check"])
        .arg(format!("schemathesis=={SCHEMATHESIS_VERSION}"))
        .status()
        .context("running pip")?;
    if !installed.success() {
        bail!("pip install schemathesis=={SCHEMATHESIS_VERSION} failed (see above)");
    }
    Ok(schemathesis)
}

/// The fixture values Schemathesis's settings need, from the mock's own fixture dump.
struct Fixtures {
    access_token: String,
    page_id: String,
    page_access_token: String,
    other_page_id: String,
}

impl Fixtures {
    fn of(mock_bin: &Path, seed: u64) -> anyhow::Result<Fixtures> {
        let dump = Command::new(mock_bin)
            .args(["--dump-fixtures", "--seed", &seed.to_string()])
            .stderr(Stdio::inherit())
            .output()
            .with_context(|| format!("running {} --dump-fixtures", mock_bin.display()))?;
        if !dump.status.success() {
            bail!("{} --dump-fixtures failed", mock_bin.display());
        }
        let fixtures: serde_json::Value =
            serde_json::from_slice(&dump.stdout).context("reading the fixture dump")?;
        let text = |pointer: &str| {
            fixtures
                .pointer(pointer)
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned)
                .with_context(|| format!("the fixture dump has no string at {pointer}"))
        };
        let last = fixtures["pages"].as_array().map_or(0, Vec::len).max(2) - 1;
        Ok(Fixtures {
            access_token: text("/access_token")?,
            page_id: text("/pages/0/page/id")?,
            page_access_token: text("/pages/0/page_access_token")?,
            other_page_id: text(&format!("/pages/{last}/page/id"))?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_replay_command_repeats_every_setting() {
        let args = Args {
            seed: None,
            max_examples: 50,
            max_time: None,
            min_cases: 3000,
            extra: vec!["--workers".to_owned(), "2".to_owned()],
        };
        assert_eq!(
            replay_command(&args, 7),
            "cargo xtask fuzz --seed 7 --max-examples 50 --min-cases 3000 -- --workers 2"
        );
        let timed = Args {
            max_time: Some(60),
            extra: Vec::new(),
            ..args
        };
        assert_eq!(
            replay_command(&timed, 7),
            "cargo xtask fuzz --seed 7 --max-examples 50 --min-cases 3000 --max-time 60"
        );
    }

    #[test]
    fn the_summary_is_read_from_schemathesis_output() {
        let output = "\
 ❌  Stateful (in 31.11s)

     Scenarios:    431
     API Links:    21 covered / 27 selected / 27 total

Warnings:
  ⚠️ Missing test data: 1 operation repeatedly returned 404 responses

Test cases:
  24,842 generated, 22 found 22 unique failures

Seed: 1
";
        assert_eq!(
            Summary::parse(output),
            Summary {
                cases: 24_842,
                failures: 22,
                warnings: 1,
                links: Some((21, 27)),
            }
        );
        let clean = "API Links:    5 covered / 9 selected / 9 total\n\nTest cases:\n  3012 generated, 0 found 0 unique failures\n";
        assert_eq!(
            Summary::parse(clean),
            Summary {
                cases: 3012,
                failures: 0,
                warnings: 0,
                links: Some((5, 9)),
            }
        );
    }
}
