//! `pancake-conformance`: runs the contract suite against a Pancake API server and reports.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use pancake_conformance::{PropertyArgs, TargetArgs};

/// Checks that a Pancake API server answers as openapi/pancake.yaml says.
///
/// Without --base-url it starts a mock in-process. Against a server that is not a pancake-mock
/// it only reads, unless --allow-writes is given. Tokens are never printed. The read-only
/// properties of the list operations run first, within --budget requests, from a seed printed
/// at the end (--seed replays it).
#[derive(Debug, Parser)]
#[command(name = "pancake-conformance", version)]
struct Cli {
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
