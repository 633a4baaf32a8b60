//! `cargo xtask mock -- ARGS`: runs the mock server through cargo, so it is built first.

use std::process::{Command, ExitCode};

use anyhow::Context;

/// Arguments of `cargo xtask mock`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Arguments for the mock server (see `cargo xtask mock -- --help`).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// Runs `cargo run -p pancake-mock -- ARGS` from the workspace root; exits as the mock exits.
pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    // Inside `cargo xtask`, CARGO names the cargo that is running us.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    tracing::info!(mock_args = ?args.args, "running cargo run -p pancake-mock");
    let status = Command::new(&cargo)
        .current_dir(crate::project_root())
        .args(["run", "--package", "pancake-mock", "--"])
        .args(&args.args)
        .status()
        .with_context(|| format!("could not start `{cargo} run -p pancake-mock`"))?;
    Ok(match status.code() {
        Some(0) => ExitCode::SUCCESS,
        // Exit codes above 255 do not exist on Unix; a signal gives no code at all.
        Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        None => ExitCode::FAILURE,
    })
}
