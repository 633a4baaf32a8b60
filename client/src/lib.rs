//! Rust client for the Pancake (pages.fm) API.
//!
//! The client is generated from `openapi/pancake.yaml` at build time (progenitor 0.15) and wrapped
//! in a hand-written layer that keeps callers inside the API's rules:
//!
//! - [`PageClient`] (a page and its `page_access_token`) and [`UserClient`] (the user
//!   `access_token`), made from a [`Pancake`] that holds the configuration;
//! - a per-page rate limiter shared by every handle and task ([`rate_limit`]);
//! - retries with backoff that honour `Retry-After` and never repeat a send blindly ([`retry`]);
//! - in-band errors (`HTTP 200` with `success: false`) turned into errors, one [`Error`] type;
//! - guard rails against known traps, checked before sending ([`GuardRail`]);
//! - a walk at the end of every list request, `Unpin` and resumable:
//!   `page.list_conversations().since(t).stream()` and `.pages(checkpoint)` ([`paginate`]);
//! - tokens kept out of `Debug`, logs and errors ([`redact`]);
//! - webhook events decoded into one typed [`webhook::Event`], and (feature `webhook-receiver`) an
//!   axum endpoint that acknowledges at once and queues them for an async handler;
//! - one call for what every integration does (`PageClient::reply_text`, `add_tag`, `find_tag`,
//!   `mark_read`, ...), accessors on the answers read most (`Conversation::customer_name`,
//!   `tag_ids`, `updated_at_utc`, `Message::text`, ...), and errors that say whether to try again
//!   ([`Error::is_retryable`]) and whether a failed send may have gone out
//!   ([`Error::is_outcome_unknown`]).
//!
//! ```no_run
//! # async fn demo() -> pancake_client::Result<()> {
//! use futures::{StreamExt, TryStreamExt};
//! use pancake_client::{model::ConversationType, Pancake};
//!
//! // PANCAKE_BASE_URL (optional), PANCAKE_PAGE_ID, PANCAKE_PAGE_ACCESS_TOKEN: see [`env`].
//! let page = Pancake::from_env()?.page_from_env()?;
//! let inbox: Vec<_> = page
//!     .list_conversations()
//!     .type_(ConversationType::Inbox)
//!     .stream()
//!     .take(500)
//!     .try_collect()
//!     .await?;
//! for c in inbox.iter().filter(|c| c.seen == Some(false)) {
//!     println!("{:?} {:?} {:?}", c.customer_name(), c.last_snippet(), c.tag_ids());
//!     page.reply_text(c.id.as_deref().unwrap_or_default(), "Dạ, shop đã nhận tin ạ").await?;
//! }
//! # Ok(()) }
//! ```
//!
//! # Regenerating and snapshots
//!
//! Editing the spec and running `cargo build` regenerates the client. The crate's whole public API
//! (generated and hand-written, with complete signatures) is snapshotted in
//! `client/tests/snapshots/public-api.txt`, and the whole generated code (bodies too) in
//! `client/tests/snapshots/generated/`; after a deliberate change, bless them with
//! `EXPECTORATE=overwrite cargo test -p xtask public_api` and
//! `EXPECTORATE=overwrite cargo test -p pancake-codegen`.

mod answers;
mod call;
mod client;
mod context;
pub mod env;
pub mod error;
pub mod filters;
mod generated;
pub mod guard;
mod hooks;
pub mod model;
mod non_json;
pub mod operations;
pub mod paginate;
pub mod rate_limit;
pub mod raw;
pub mod redact;
pub mod retry;
mod surface;
mod tasks;
pub mod webhook;

pub use client::{DEFAULT_BASE_URL, PageClient, Pancake, PancakeBuilder, UserClient};
pub use error::{Error, Result};
pub use generated::builder;
pub use generated::types;
pub use guard::GuardRail;
pub use non_json::Upload;
pub use redact::Secret;
