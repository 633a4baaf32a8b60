//! `cargo xtask`: the project's chores, one module per task.
//!
//! ```text
//! cargo xtask spec            # check openapi/pancake.yaml
//! cargo xtask spec diff HEAD~1 # every change since the previous commit, with its verdict
//! cargo xtask spec drift FILE # differences from Pancake's official OpenAPI document
//! cargo xtask mock -- --help  # run the mock server
//! cargo xtask conformance     # the contract suite against the mock binary
//! cargo xtask fuzz            # Schemathesis (pinned, every phase) against the mock binary
//! cargo xtask bench           # benchmarks, written to BENCHMARKS.md
//! cargo xtask dist            # the mock's wheel and npm tarballs for this machine, in target/dist/
//! ```
//!
//! `mock` and `bench` run their own packages (`pancake-mock`, `pancake-bench`) through cargo,
//! and `conformance` runs the mock's and the suite's binaries: xtask compiles only the spec's
//! tooling, so `cargo xtask spec` does not build the mock, the client or an HTTP stack first.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use pancake_testkit::{project_root, target_dir};

mod cargo_run;
mod conformance;
mod dist;
mod fuzz;
mod spec;
#[cfg(test)]
mod tidy;

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
    Mock(cargo_run::Args),
    /// Run the contract suite against the pancake-mock binary on a free port, as a user would.
    Conformance(conformance::Args),
    /// Run Schemathesis (pinned, every phase, stateful through the spec's links) against the
    /// pancake-mock binary; print the summary, the seed and the replay command.
    Fuzz(fuzz::Args),
    /// Benchmark the mock and the client (release builds); write BENCHMARKS.md
    /// (`cargo run -p pancake-bench -- ARGS`; `cargo xtask bench --help` lists its options).
    #[command(disable_help_flag = true)]
    Bench(cargo_run::Args),
    /// Build the mock's Python wheel and npm tarballs for this machine into target/dist/.
    Dist(dist::Args),
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
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .without_time()
        .init();
    let cli = Cli::parse();
    let outcome = match cli.task {
        Task::Spec(args) => spec::run(&args, &mut std::io::stdout().lock()),
        Task::Mock(args) => cargo_run::run("pancake-mock", &args),
        Task::Conformance(args) => conformance::run(&args),
        Task::Fuzz(args) => fuzz::run(&args),
        Task::Bench(args) => cargo_run::run("pancake-bench", &args),
        Task::Dist(args) => dist::dist(&args).map(|()| ExitCode::SUCCESS),
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
    fn bench_passes_every_argument_through_help_included() {
        let cli = Cli::try_parse_from(["xtask", "bench", "--help"]).unwrap();
        let Task::Bench(args) = cli.task else {
            panic!("parsed as {cli:?}")
        };
        assert_eq!(args.args, ["--help"]);
        let cli = Cli::try_parse_from(["xtask", "bench", "--quick", "--parts", "3"]).unwrap();
        let Task::Bench(args) = cli.task else {
            panic!("parsed as {cli:?}")
        };
        assert_eq!(args.args, ["--quick", "--parts", "3"]);
    }

    #[test]
    fn the_project_root_holds_the_spec() {
        assert!(project_root().join("openapi/pancake.yaml").is_file());
    }
}
