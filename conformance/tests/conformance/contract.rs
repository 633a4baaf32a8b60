//! The contract checks against the in-process mock: every check passes, and every operation of
//! the spec answers a valid call. The mock's answers are read strictly (`Validator::lazy_closed`:
//! closed objects and enums, times in their unit): a field the spec does not declare fails, as does a promised one that is missing where the spec
//! requires it, so the mock cannot teach a shape the spec does not promise.

use std::collections::BTreeSet;

use pancake_conformance::checks;
use pancake_openapi::{Spec, Validator};

use crate::common::{default_suite, not_passed};

#[test]
fn every_operation_of_the_spec_has_a_valid_call_check() {
    let spec = Spec::bundled().expect("the bundled spec loads");
    let in_spec: BTreeSet<&str> = spec
        .operations()
        .iter()
        .map(|o| o.operation_id.as_str())
        .collect();
    let valid = checks::operation_checks();
    let checked: BTreeSet<&str> = valid.iter().map(|c| c.operation_id).collect();
    let missing: Vec<_> = in_spec.difference(&checked).collect();
    let unknown: Vec<_> = checked.difference(&in_spec).collect();
    assert!(
        missing.is_empty(),
        "operations of the spec without a valid-call check in conformance/src/checks/operations.rs: {missing:?}"
    );
    assert!(
        unknown.is_empty(),
        "checks for operations the spec does not have: {unknown:?}"
    );
    assert_eq!(
        valid.len(),
        checked.len(),
        "one valid-call check per operation"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_mock_honours_the_contract_for_every_check() {
    let mut suite = default_suite().await;
    // The spec's objects are open for clients (a new live field must not break them); the mock
    // is ours, so every answer of the run must carry only declared properties.
    suite.validator = Validator::lazy_closed(&suite.spec);
    let all = checks::all(&suite.spec);
    let outcomes = checks::run(&mut suite, &all, None).await;
    let problems = not_passed(&outcomes);
    assert!(
        problems.is_empty(),
        "{} of {} checks did not pass against the mock:\n{}",
        problems.len(),
        outcomes.len(),
        problems.join("\n")
    );
    let coverage = &suite.coverage;
    assert_eq!(
        coverage.operations_succeeded(),
        coverage.operations(),
        "operations without a verified answer: {:?}",
        coverage.operations_missing()
    );
    assert_eq!(
        coverage.operations(),
        Spec::bundled().unwrap().operations().len()
    );
}
