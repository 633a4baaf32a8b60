//! `cargo xtask`: the project's chores, one module per task.
//!
//! ```text
//! cargo xtask spec            # check openapi/pancake.yaml
//! cargo xtask spec diff HEAD~1 # every change since the previous commit, with its verdict
//! cargo xtask spec drift FILE # differences from Pancake's official OpenAPI document
//! cargo xtask mock -- --help  # run the mock server
//! cargo xtask conformance     # the contract suite against the mock binary
//! cargo xtask bench           # benchmarks, written to BENCHMARKS.md
//! ```

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use pancake_testkit::{project_root, target_dir};

mod bench;
mod conformance;
mod mock;
mod servers;
mod spec;

/// The project's chores.
#[derive(Debug, Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Debug, Subcommand)]
enum Task {
    /// Check openapi/pancake.yaml: print each problem as `POINTER: reason`, fail on any.
    Spec(spec::Args),
    /// Run the mock server (`cargo run -p pancake-mock -- ARGS`).
    Mock(mock::Args),
    /// Run the contract suite against the pancake-mock binary on a free port, as a user would.
    Conformance(conformance::Args),
    /// Benchmark the mock and the client (release builds); write BENCHMARKS.md.
    Bench(bench::Args),
    /// Serve the naive ceiling page for `bench` (started by `bench` itself).
    #[command(hide = true)]
    BenchCeiling(bench::ceiling::Args),
    /// Work one page through the Redis limiter for `bench` part 5 (started by `bench` itself).
    #[command(hide = true)]
    BenchClient(bench::sync_cli::ClientArgs),
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                // progenitor's type generator logs every schema at `info` (`spec diff` runs it).
                .unwrap_or_else(|_| {
                    tracing_subscriber::EnvFilter::new(
                        "info,typify=warn,typify_impl=warn,progenitor_impl=warn",
                    )
                }),
        )
        .with_writer(std::io::stderr)
        .without_time()
        .init();
    let cli = Cli::parse();
    let outcome = match cli.task {
        Task::Spec(args) => spec::run(&args, &mut std::io::stdout().lock()),
        Task::Mock(args) => mock::run(&args),
        Task::Conformance(args) => conformance::run(&args),
        Task::Bench(args) => bench::run(&args),
        Task::BenchCeiling(args) => bench::ceiling::run(&args),
        Task::BenchClient(args) => bench::sync_cli::client(&args),
    };
    match outcome {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn mock_passes_every_argument_through() {
        let cli = Cli::try_parse_from(["xtask", "mock", "--port", "0", "--seed", "7"]).unwrap();
        let Task::Mock(args) = cli.task else {
            panic!("parsed as {cli:?}")
        };
        assert_eq!(args.args, ["--port", "0", "--seed", "7"]);
    }

    #[test]
    fn the_project_root_holds_the_spec() {
        assert!(project_root().join("openapi/pancake.yaml").is_file());
    }
}
