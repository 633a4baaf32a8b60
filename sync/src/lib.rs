//! Backfill, then delta-sync, a Pancake page's conversations (and optionally their messages) into
//! a database, resumably and idempotently.
//!
//! - [`sync`] walks the v2 conversation list page by page ([`pancake_client::paginate`]). After
//!   each page it hands the page's rows **and the walk's checkpoint** to the [`Store`] in one
//!   transaction, so a crash, a Ctrl-C or a kill loses at most the page in flight, and a rerun
//!   resumes after the last stored page without fetching again what was stored.
//! - The first run is a full backfill. Each later run is a delta: `since` = the newest `updated_at`
//!   stored by the last finished walk, minus a safety overlap ([`SyncOptions::overlap`]), so a
//!   conversation that changed while the last walk ran is picked up.
//! - Rows are upserted by `(page_id, id)` with `updated_at` as the version: a replayed page or a
//!   late write never moves a conversation backwards. A webhook consumer can push events through
//!   the same [`Store::apply`] (with no checkpoint): [`sync_and_listen`] does, receiving
//!   webhooks on an address while it backfills and then polls deltas ([`listen`]).
//! - Stores: [`SqliteStore`] (the embedded default), [`PostgresStore`], [`JsonlStore`] (one
//!   conversation per line, checkpoint in a state file). Each SQL store owns its schema and its
//!   migrations, and refuses a database migrated by a newer version of this crate.
//!
//! ```no_run
//! # async fn demo(page: pancake_client::PageClient) -> Result<(), pancake_sync::Error> {
//! let mut store = pancake_sync::open("sqlite://pancake.db").await?;
//! let report = pancake_sync::sync(&page, &mut store, &pancake_sync::SyncOptions::default(), |_| {}).await?;
//! println!("{} conversations stored", report.conversations);
//! # Ok(()) }
//! ```

mod engine;
mod error;
mod jsonl;
pub mod listen;
mod postgres;
mod sqlite;
pub mod store;

pub use engine::{Progress, Report, SyncOptions, sync};
pub use error::Error;
pub use jsonl::JsonlStore;
pub use listen::{ListenOptions, Listener, sync_and_listen};
pub use postgres::PostgresStore;
pub use sqlite::SqliteStore;
pub use store::{AnyStore, Batch, ConversationRow, MessageRow, Store, SyncState, WalkState, open};

/// The version of the database schema this crate writes (see each store's migrations).
pub const SCHEMA_VERSION: i64 = 1;
