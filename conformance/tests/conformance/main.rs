//! The conformance suite as `cargo test`: the contract checks against an in-process mock, and
//! the property tests (pagination, model-based writes, rate limiting, client against mock).
//!
//! One test binary with modules, so the crate links once.

mod client;
mod common;
mod contract;
mod json_output;
mod model;
mod pagination;
mod properties;
mod rate_limit;
mod traffic;
mod webhooks;
