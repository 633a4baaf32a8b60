//! `cargo xtask spec`: checks `openapi/pancake.yaml` (or another file) with
//! `pancake_openapi::check_document`; `spec diff` compares two versions of it, `spec drift`
//! compares it with Pancake's official OpenAPI document.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

pub mod diff;
pub mod drift;
pub mod public_api;

/// Arguments of `cargo xtask spec`.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    /// The document to check (default: openapi/pancake.yaml of this workspace).
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// What to do instead of checking.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The spec's other chores.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List every change between two versions of the spec, with its verdict; exit 1 when one
    /// breaks clients (see openapi/README.md, "Breaking changes").
    Diff(diff::Args),
    /// Compare the spec with Pancake's official OpenAPI document, operation by operation.
    Drift(drift::Args),
}

/// Runs the check, or the subcommand.
pub fn run(args: &Args, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    match &args.command {
        Some(Command::Diff(diff)) => diff::run(diff, out),
        Some(Command::Drift(drift)) => drift::run(drift, out),
        None => check(args, out),
    }
}

/// Prints each problem as `POINTER: reason` and a summary; fails (exit 1) on any problem.
fn check(args: &Args, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    let path = args
        .file
        .clone()
        .unwrap_or_else(|| crate::project_root().join("openapi/pancake.yaml"));
    // Read at run time (not the copy compiled into pancake-openapi), so an edit is checked
    // without a rebuild.
    let raw = pancake_openapi::read_document(&path)?;
    let mut report = pancake_openapi::check_document(&raw);
    // The scalars YAML 1.1 parsers read otherwise: a rule on the text, where quoting shows.
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    report.problems.extend(pancake_openapi::check_yaml(&text));
    report.problems.sort();
    for problem in &report.problems {
        writeln!(out, "{problem}")?;
    }
    if report.problems.is_empty() {
        writeln!(
            out,
            "spec ok: {} operations, {} examples validated",
            report.operations, report.examples_validated
        )?;
        Ok(ExitCode::SUCCESS)
    } else {
        writeln!(
            out,
            "spec FAILED: {} problem(s) in {} ({} operations, {} examples validated)",
            report.problems.len(),
            path.display(),
            report.operations,
            report.examples_validated
        )
        .context("writing the report")?;
        Ok(ExitCode::FAILURE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(file: PathBuf) -> (ExitCode, String) {
        let mut out = Vec::new();
        let code = run(
            &Args {
                file: Some(file),
                command: None,
            },
            &mut out,
        )
        .unwrap();
        (code, String::from_utf8(out).unwrap())
    }

    #[test]
    fn a_clean_spec_prints_the_summary() {
        let (code, out) = run_on(crate::project_root().join("openapi/tests/data/mini.yaml"));
        assert_eq!(code, ExitCode::SUCCESS, "{out}");
        assert_eq!(out, "spec ok: 5 operations, 11 examples validated\n");
    }

    #[test]
    fn a_broken_spec_prints_pointer_colon_reason_and_fails() {
        let dir = std::env::temp_dir().join(format!("xtask-spec-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("broken.yaml");
        let mini =
            std::fs::read_to_string(crate::project_root().join("openapi/tests/data/mini.yaml"))
                .unwrap();
        std::fs::write(&file, mini.replace("openapi: 3.0.3", "openapi: 3.1.0")).unwrap();
        let (code, out) = run_on(file);
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(code, ExitCode::FAILURE, "{out}");
        let mut lines = out.lines();
        assert!(
            lines
                .next()
                .unwrap()
                .starts_with("/openapi: version `3.1.0` is not 3.0.x"),
            "{out}"
        );
        assert!(
            lines
                .next()
                .unwrap()
                .starts_with("spec FAILED: 1 problem(s)"),
            "{out}"
        );
    }

    #[test]
    fn a_scalar_yaml_1_1_reads_otherwise_fails_the_check_with_its_pointer() {
        let dir = std::env::temp_dir().join(format!("xtask-spec-yaml11-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("spec.yaml");
        let mini =
            std::fs::read_to_string(crate::project_root().join("openapi/tests/data/mini.yaml"))
                .unwrap();
        std::fs::write(&file, format!("{mini}x-note: 1_000\n")).unwrap();
        let (code, out) = run_on(file);
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(code, ExitCode::FAILURE, "{out}");
        assert!(
            out.starts_with("/x-note: plain scalar `1_000` is the string \"1_000\" in YAML 1.2"),
            "{out}"
        );
        assert!(out.contains("quote it ('1_000')"), "{out}");
    }

    #[test]
    fn a_missing_file_is_an_error_naming_it() {
        let mut out = Vec::new();
        let err = run(
            &Args {
                file: Some(PathBuf::from("/nonexistent/spec.yaml")),
                command: None,
            },
            &mut out,
        )
        .unwrap_err();
        assert!(err.to_string().contains("/nonexistent/spec.yaml"), "{err}");
    }
}
