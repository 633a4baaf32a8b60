//! The mock's admin API (`/__admin`: reset, fixtures, journal, faults, clock, rate limit,
//! webhook subscriptions, simulated customer activity) and [`AdminClient`], its typed client.
//!
//! - [`AdminClient`] (`admin/client.rs`): one method per call, for tests, scripts and tools
//!   that drive a running mock; [`MockServer::admin`](crate::MockServer::admin) gives one for
//!   a mock started in-process.
//! - The bodies (`admin/bodies.rs`, and the mock's own types re-exported here): each is one
//!   Rust type that the server serialises and the client parses.
//! - The server side (`admin/handlers/`): the route table and the handlers, merged into
//!   the mock's router (`src/app.rs`).
//!
//! `mock-server/README.md` shows a test driving an in-process mock through it (and runs as a
//! doc test).

mod bodies;
mod client;
pub(crate) mod handlers;

pub use bodies::{
    ClockAdvance, ClockSet, ClockState, Done, EnableRequest, Enabled, JournalView, RateLimitSet,
    RateLimitState, SimulateComment, SimulateConnectStatus, SimulateMessage, SimulatePost,
    SimulateSubscription, Simulated, SimulatedAttachment, SimulatedPost, SimulatedSubscription,
    SubscribeRequest, SubscriptionList, Unsubscribed,
};
pub use client::{AdminClient, AdminError};

// The bodies that are the mock's own data, so that one `use pancake_mock::admin::*` has them all.
pub use crate::config::{DuplicateRequestId, FaultConfig, RateLimit};
pub use crate::fixtures::{FixtureSummary, Fixtures, PageSummary};
pub use crate::journal::{DeliveryEntry, JournalEntry};
pub use crate::time::{ClockMode, Ts};
pub use crate::webhooks::{Counters, SubscriptionConfig, SubscriptionView};
