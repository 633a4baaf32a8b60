//! Integration tests of the client, against servers on ephemeral loopback ports: a small axum stub
//! where a test needs exact control of the answers, and the `pancake-mock` server for round trips.
//! One test binary (one link) with a module per concern.

#[cfg(feature = "webhook-receiver")]
mod chatbot;
mod common;
mod customer_export;
mod errors;
mod filters;
mod inbox;
mod limiter;
mod logs;
mod mock_round_trip;
mod morning_report;
mod non_json;
mod observability;
#[cfg(feature = "redis")]
mod redis_limiter;
mod retries;
mod seeds;
mod streams;
mod tag_router;
mod tasks;
#[cfg(feature = "webhook-receiver")]
mod webhook_receiver;
