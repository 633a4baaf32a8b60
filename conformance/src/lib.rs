//! The Pancake API contract suite: checks that a server (the mock, or the real API) answers as
//! `openapi/pancake.yaml` says, and that the generated client decodes what it answers.
//!
//! - [`target`]: what to test (an in-process mock by default; `--base-url` and tokens otherwise);
//! - [`checks`]: one valid call per operation, then the error contract and the rate limit;
//! - [`verify`]: one response against the spec (JSON Schema from the spec itself) and the
//!   generated types;
//! - [`properties`]: read-only properties of the list operations (random filters and orders,
//!   walked to their end within a request budget and the rate limit, replayable by seed);
//! - [`report`]: coverage, the terminal summary and JUnit XML;
//! - [`traffic`]: real traffic checked against the spec (the `proxy`, `drift` and
//!   `drift-report` commands) and recorded into mock fixtures.
//!
//! The same checks run as `cargo test -p pancake-conformance` and as the `pancake-conformance`
//! binary.

pub mod checks;
pub mod coverage;
pub mod decode;
pub mod http;
pub mod mock;
pub mod pacer;
pub mod properties;
pub mod report;
pub mod suite;
pub mod target;
pub mod traffic;
pub mod verify;
pub mod walk;

use std::time::Instant;

pub use properties::PropertyArgs;
pub use report::Report;
pub use suite::{CheckError, Suite};
pub use target::{Target, TargetArgs, TargetKind};

/// Resolves the target, runs the read-only properties then every check (or those whose name
/// contains `filter`) and reports.
pub async fn run(
    args: &TargetArgs,
    filter: Option<&str>,
    properties: &PropertyArgs,
) -> anyhow::Result<Report> {
    let started = Instant::now();
    let target = Target::resolve(args).await?;
    let described = describe(&target);
    let mut suite = Suite::new(target)?;
    // First: they only read, and against a mock they start from reset fixtures.
    let properties = properties::run(&mut suite, properties, filter).await;
    let checks = checks::all(&suite.spec);
    let mut outcomes = checks::run(&mut suite, &checks, filter).await;
    outcomes.extend(properties.outcomes);
    Ok(Report {
        target: described,
        outcomes,
        coverage: suite.coverage.clone(),
        properties: Some(properties.summary),
        elapsed: started.elapsed(),
    })
}

/// One line naming a target, without tokens.
pub fn describe(target: &Target) -> String {
    let kind = match target.kind {
        TargetKind::InProcessMock => "in-process mock",
        TargetKind::ExternalMock => "pancake-mock",
        TargetKind::Remote if target.allow_writes => "remote server, writes allowed",
        TargetKind::Remote => "remote server, reads only",
    };
    format!("{} ({kind}), page {}", target.base_url, target.page.id)
}
