//! The checks: one valid call for every operation of the spec, then the error contract.
//!
//! Every check is a [`Check`]; [`all`] lists them in the order they run (reads first, so the
//! writes can use the ids the reads discovered; the page-token renewal last, since it replaces
//! the token every other check uses).

mod errors;
mod operations;
mod rate_limit;
mod time;

use std::time::{Duration, Instant};

use futures::future::BoxFuture;

use crate::suite::{CheckError, CheckResult, Suite};

pub use operations::{OperationCheck, Variant, operation_checks};
pub use time::{date_range, window};

/// The function a check runs.
pub type CheckFn = Box<dyn for<'a> Fn(&'a mut Suite) -> BoxFuture<'a, CheckResult> + Send + Sync>;

/// The kinds of checks, which are also the JUnit test suites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    /// One valid call per operation.
    Operations,
    /// Errors: tokens, unknown ids, invalid input, the rate limit.
    Errors,
    /// The read-only properties of the list operations ([`crate::properties`]).
    Properties,
}

impl Group {
    /// Its name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Group::Operations => "operations",
            Group::Errors => "error-contract",
            Group::Properties => "properties",
        }
    }
}

/// One check.
pub struct Check {
    /// Unique name (`operations::list_tags`).
    pub name: String,
    /// The operation it is about, if one.
    pub operation_id: Option<String>,
    /// Its group.
    pub group: Group,
    /// What it runs.
    pub run: CheckFn,
}

impl std::fmt::Debug for Check {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Check").field("name", &self.name).finish()
    }
}

/// Makes a [`CheckFn`] out of a closure (pins the higher-ranked lifetime down).
pub fn check_fn<F>(f: F) -> CheckFn
where
    F: for<'a> Fn(&'a mut Suite) -> BoxFuture<'a, CheckResult> + Send + Sync + 'static,
{
    Box::new(f)
}

/// Every check for the operations of `spec`, in running order.
pub fn all(spec: &pancake_openapi::Spec) -> Vec<Check> {
    let valid = operation_checks();
    let mut checks: Vec<Check> = valid
        .iter()
        .filter(|op| !op.last)
        .flat_map(|op| op.checks())
        .collect();
    checks.extend(errors::per_operation(spec, &valid));
    checks.extend(errors::contract());
    checks.extend(errors::private_replies());
    checks.extend(rate_limit::checks());
    checks.extend(valid.iter().filter(|op| op.last).flat_map(|op| op.checks()));
    checks.extend(errors::after_renewal());
    checks
}

/// How a check ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// It passed.
    Passed,
    /// The target broke the contract.
    Failed(String),
    /// It did not apply to this target.
    Skipped(String),
    /// It could not run.
    Errored(String),
}

/// The outcome of one check.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The check's name.
    pub name: String,
    /// Its group.
    pub group: Group,
    /// Its operation, if one.
    pub operation_id: Option<String>,
    /// How it ended.
    pub status: Status,
    /// How long it took.
    pub duration: Duration,
}

/// Runs `checks` in order on `suite` (those whose name contains `filter`, when given).
pub async fn run(suite: &mut Suite, checks: &[Check], filter: Option<&str>) -> Vec<Outcome> {
    if let Some(admin) = &suite.target.admin
        && let Err(e) = admin.reset().await
    {
        tracing::warn!("could not reset the mock before the run: {e:#}");
    }
    if let Err(e) = suite.sync_clock().await {
        tracing::warn!("could not read the mock clock: {e}");
    }
    let mut outcomes = Vec::new();
    for check in checks {
        if filter.is_some_and(|f| !check.name.contains(f)) {
            continue;
        }
        let started = Instant::now();
        let result = (check.run)(suite).await;
        let status = match result {
            Ok(()) => Status::Passed,
            Err(CheckError::Failed(m)) => Status::Failed(m),
            Err(CheckError::Skipped(m)) => Status::Skipped(m),
            Err(CheckError::Error(m)) => Status::Errored(m),
        };
        match &status {
            Status::Passed => tracing::debug!(check = %check.name, "passed"),
            Status::Failed(m) => tracing::info!(check = %check.name, "failed: {m}"),
            Status::Skipped(m) => tracing::info!(check = %check.name, "skipped: {m}"),
            Status::Errored(m) => tracing::info!(check = %check.name, "error: {m}"),
        }
        outcomes.push(Outcome {
            name: check.name.clone(),
            group: check.group,
            operation_id: check.operation_id.clone(),
            status,
            duration: started.elapsed(),
        });
    }
    outcomes
}
