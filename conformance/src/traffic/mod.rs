//! Real traffic checked against the spec: the truth loop.
//!
//! - [`findings`]: one exchange checked against the spec (answers read closed), as findings;
//! - [`proxy`]: `pancake-conformance proxy`, a transparent proxy that checks every exchange and
//!   writes its findings as JSON lines, and can record;
//! - [`record`]: the answers turned into a fixture file of the mock, pseudonymised;
//! - [`encoding`]: compressed answers decoded for the check (the bytes passed on stay as they came);
//! - [`memo`]: the findings of answers already checked, reused for the same exact bytes;
//! - [`har`]: `pancake-conformance drift --har FILE`, the same check offline;
//! - [`drift_report`]: `pancake-conformance drift-report`, the findings counted, linked to the
//!   `RECONCILIATION.md` rows that already decide them, in markdown or JSON.

pub mod drift_report;
pub mod encoding;
pub mod findings;
pub mod har;
pub mod memo;
pub mod proxy;
pub mod record;

pub use findings::{Checker, Exchange, Finding, FindingKind};
