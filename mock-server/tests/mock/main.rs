//! Handler tests of the mock through its router (`oneshot`), and of the binary as a user runs it.
//! One test binary: one link, faster builds.

mod admin;
mod admin_client;
mod binary;
mod common;
mod conversations;
mod errors;
mod faithful;
mod rate_limit;
mod robustness;
mod routes;
mod schema;
mod statistics;
mod walk_property;
mod webhooks;
mod wrapper;
mod writes;
