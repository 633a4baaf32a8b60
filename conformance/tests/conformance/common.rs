//! Shared helpers: starting mocks, a runtime for property tests.

use pancake_conformance::{Suite, Target, TargetArgs};

/// A suite against a fresh in-process mock with its default fixtures.
pub async fn default_suite() -> Suite {
    let target = Target::resolve(&TargetArgs::default())
        .await
        .expect("starting the in-process mock");
    Suite::new(target).expect("loading the spec")
}
