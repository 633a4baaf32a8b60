//! `pancake-conformance`: runs the contract suite against a Pancake API server and reports.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use pancake_conformance::{PropertyArgs, TargetArgs};

/// Checks that a Pancake API server answers as openapi/pancake.yaml says.
///
/// Without --base-url it starts a mock in-process. Against a server that is not a pancake-mock
/// it only reads, unless --allow-writes is given. Tokens are never printed. The read-only
/// properties of the list operations run first, within --budget requests, from a seed printed
/// at the end (--seed replays it).
#[derive(Debug, Parser)]
#[command(
    name = "pancake-conformance",
    version,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    target: TargetArgs,
    #[command(flatten)]
    properties: PropertyArgs,
    /// Write a JUnit XML report to this file.
    #[arg(long, value_name = "FILE")]
    junit: Option<PathBuf>,
    /// Run only the checks and properties whose name contains this text (`operations::`,
    /// `list_tags`, `properties::list_posts`). Checks that act on ids found by earlier checks
    /// skip when those are filtered out.
    #[arg(long)]
    only: Option<String>,
    /// List every check and the coverage table, not only failures.
    #[arg(long, short)]
    verbose: bool,
    /// Fail (exit 1) unless every operation of the spec answered a valid call.
    #[arg(long)]
    require_full_coverage: bool,
    /// `json`: the report as one JSON object on stdout, and nothing else there.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

/// How the report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// The human summary.
    Text,
    /// One JSON object (checks, coverage, decoding, properties, tally).
    Json,
}

/// Real traffic against the spec (see the README, "Keeping the spec true").
#[derive(Debug, Subcommand)]
enum Command {
    /// A transparent proxy in front of the API that checks every exchange against the spec.
    ///
    /// Requests to http://ADDR/api/... go to URL/...; answers come back as they came, with
    /// `x-pancake-drift: N` (the exchange's findings). Prints its base URL when it listens; stops
    /// on SIGINT or SIGTERM, then writes the recording.
    Proxy {
        /// The API base upstream, ending in /api (https://pages.fm/api, or a mock's).
        #[arg(long, value_name = "URL")]
        upstream: String,
        /// Where to listen (127.0.0.1:0 picks a free port).
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8787")]
        listen: std::net::SocketAddr,
        /// Append one JSON line per finding to this file, as it happens.
        #[arg(long, value_name = "FILE")]
        report: PathBuf,
        /// Record what the answers show into this fixture file (pancake-mock --fixtures FILE),
        /// pseudonymised, merged with what it already holds.
        #[arg(long, value_name = "FILE")]
        record: Option<PathBuf>,
        /// The recording's pseudonymisation secret (default: the recording's path + `.key`;
        /// created when absent; keep it outside what you share).
        #[arg(long, value_name = "FILE", requires = "record")]
        record_key: Option<PathBuf>,
        /// How many answers the memo keeps (at most 64 MiB of them): an answer with the same
        /// bytes as one already checked, for the same operation, status and content type, gets
        /// that check's findings (identical bytes give identical findings). 0: every answer is
        /// parsed and validated anew.
        #[arg(long, value_name = "N", default_value_t = MemoBounds::default().entries)]
        memo_answers: usize,
    },
    /// Checks the exchanges of a HAR file as the proxy does; the findings go to stdout as JSON
    /// lines (or to --report).
    Drift {
        /// The HAR file.
        #[arg(long, value_name = "FILE")]
        har: PathBuf,
        /// Append the findings to this file instead of printing them.
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
    },
    /// Counts a report's findings by kind and operation, with the RECONCILIATION row that
    /// decides each; exits 1 when a finding of a failing kind is present.
    DriftReport {
        /// The report (JSON lines, as `proxy --report` writes it).
        file: PathBuf,
        /// markdown (to paste into an issue) or json.
        #[arg(long, default_value = "markdown", value_parser = ["markdown", "json"])]
        format: String,
        /// The kinds that fail, comma-separated, `all` or `none` (default: all but
        /// undocumented-field).
        #[arg(long, value_name = "KINDS")]
        fail_on: Option<String>,
    },
}

fn spec() -> Result<pancake_openapi::Spec, String> {
    pancake_openapi::Spec::bundled().map_err(|e| format!("the bundled spec does not load: {e}"))
}

use pancake_conformance::traffic::memo::MemoBounds;

async fn run_command(command: Command) -> Result<ExitCode, String> {
    use pancake_conformance::traffic::{drift_report, har, proxy};
    match command {
        Command::Proxy {
            upstream,
            listen,
            report,
            record,
            record_key,
            memo_answers,
        } => {
            let config = proxy::ProxyConfig {
                upstream,
                listen,
                report: Some(report),
                record,
                record_key,
                memo: MemoBounds {
                    entries: memo_answers,
                    ..MemoBounds::default()
                },
            };
            let running = proxy::start(&spec()?, config)
                .await
                .map_err(|e| format!("{e:#}"))?;
            // The base URL alone on stdout, so a script can read it.
            println!("{}", running.base_url);
            eprintln!("pancake-conformance proxy: listening; stop with Ctrl-C (SIGINT) or SIGTERM");
            stopped().await;
            let summary = running.stop().await.map_err(|e| format!("{e:#}"))?;
            eprintln!(
                "pancake-conformance proxy: {} exchanges, {} findings, {} answers unchecked; \
                 the memo had the findings of {} of {} answers checked",
                summary.exchanges,
                summary.findings,
                summary.unchecked,
                summary.memo.hits,
                summary.memo.hits + summary.memo.misses
            );
            if let Some(r) = summary.recording {
                eprintln!(
                    "recorded {} pages, {} conversations, {} messages, {} customers ({} records left out)",
                    r.pages, r.conversations, r.messages, r.customers, r.left_out
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Drift { har: file, report } => {
            let bytes =
                std::fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            let checker = pancake_conformance::traffic::Checker::new(&spec()?);
            let outcome = har::check_har(&checker, &bytes)?;
            let mut lines = String::new();
            for finding in &outcome.findings {
                lines.push_str(&serde_json::to_string(finding).map_err(|e| e.to_string())?);
                lines.push('\n');
            }
            match report {
                Some(path) => {
                    use std::io::Write;
                    std::fs::OpenOptions::new()
                        .create(true)
                        .append(true)
                        .open(&path)
                        .and_then(|mut f| f.write_all(lines.as_bytes()))
                        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                }
                None => print!("{lines}"),
            }
            eprintln!(
                "pancake-conformance drift: {} exchanges checked, {} entries skipped, {} findings",
                outcome.checked,
                outcome.skipped,
                outcome.findings.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::DriftReport {
            file,
            format,
            fail_on,
        } => {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            let findings = drift_report::read_findings(&text)
                .map_err(|e| format!("{}: {e}", file.display()))?;
            let fail_on = match fail_on {
                Some(kinds) => drift_report::parse_kinds(&kinds)?,
                None => drift_report::default_fail_on(),
            };
            let report =
                drift_report::build(&findings, &fail_on, pancake_openapi::RECONCILIATION_MD);
            if format == "json" {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?
                );
            } else {
                print!("{}", drift_report::to_markdown(&report));
            }
            Ok(if report.fails() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

/// Until SIGINT or SIGTERM.
async fn stopped() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = match signal(SignalKind::terminate()) {
            Ok(term) => term,
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
                return;
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    if let Some(command) = cli.command {
        return match run_command(command).await {
            Ok(code) => code,
            Err(e) => {
                eprintln!("pancake-conformance: {e}");
                ExitCode::from(2)
            }
        };
    }
    let report =
        match pancake_conformance::run(&cli.target, cli.only.as_deref(), &cli.properties).await {
            Ok(report) => report,
            Err(e) => {
                eprintln!("pancake-conformance: {e:#}");
                return ExitCode::from(2);
            }
        };
    match cli.format {
        Format::Text => print!("{}", report.summary(cli.verbose)),
        Format::Json => println!("{}", report.to_json()),
    }
    if let Some(path) = &cli.junit {
        let written = report
            .junit()
            .map_err(|e| e.to_string())
            .and_then(|xml| std::fs::write(path, xml).map_err(|e| e.to_string()));
        if let Err(e) = written {
            eprintln!(
                "pancake-conformance: cannot write the JUnit report {}: {e}",
                path.display()
            );
            return ExitCode::from(2);
        }
    }
    let full = report.coverage.operations_missing().is_empty();
    if report.success() && (full || !cli.require_full_coverage) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
