//! Rust client for the Pancake (pages.fm) API.
//!
//! The hand-written layer around the generated client: errors, token redaction, the per-page rate
//! limiter, the retry policy and the pagination walker.

pub mod error;
pub mod paginate;
pub mod rate_limit;
pub mod redact;
pub mod retry;

pub use error::{Error, GuardRail, Result};
pub use redact::Secret;
