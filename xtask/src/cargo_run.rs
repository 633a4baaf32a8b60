//! `cargo xtask mock` and `cargo xtask bench`: each runs its package's binary through cargo, so
//! that it is built first, with every argument passed through. xtask itself links neither.

use std::process::{Command, ExitCode};

use anyhow::Context;

/// Arguments passed through to a package's binary.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Arguments for the binary.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// Runs `cargo run -p PACKAGE -- ARGS` from the workspace root; exits as the binary exits.
pub fn run(package: &str, args: &Args) -> anyhow::Result<ExitCode> {
    // Inside `cargo xtask`, CARGO names the cargo that is running us.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    tracing::info!(args = ?args.args, "running cargo run -p {package}");
    let status = Command::new(&cargo)
        .current_dir(crate::project_root())
        .args(["run", "--package", package, "--"])
        .args(&args.args)
        .status()
        .with_context(|| format!("could not start `{cargo} run -p {package}`"))?;
    Ok(match status.code() {
        Some(0) => ExitCode::SUCCESS,
        // Exit codes above 255 do not exist on Unix; a signal gives no code at all.
        Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        None => ExitCode::FAILURE,
    })
}
