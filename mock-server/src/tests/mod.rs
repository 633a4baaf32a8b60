//! Handler tests of the mock through its router (`oneshot`), with its state at hand. They live in
//! the crate, not under `tests/`, because they read what only the crate sees (the state, the
//! handler table, the spec tables); the crate's public API is tested as a user calls it by
//! `tests/mock/` (the binary, the ready line) and `admin_client.rs` (a mock started with
//! `pancake_mock::start`, driven through `admin::AdminClient`).

mod admin;
mod admin_client;
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
mod writes;
