//! Where synced conversations go: the [`Store`] trait, the rows it takes, and the checkpoint
//! ([`SyncState`]) it keeps beside them.

use std::future::Future;

use pancake_client::paginate::Checkpoint;
use pancake_client::types;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::Error;
use crate::{JsonlStore, PostgresStore, SqliteStore};

/// One conversation as stored: keyed by `(page_id, id)`, versioned by `updated_at`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConversationRow {
    /// The conversation id.
    pub id: String,
    /// `updated_at` as the API sent it.
    pub updated_at: Option<String>,
    /// `updated_at` in microseconds since the Unix epoch (0 when absent): the row's version. A
    /// row never replaces a stored row of a higher version.
    pub version: i64,
    /// The conversation as the API sent it, unknown members included.
    pub json: Value,
}

impl ConversationRow {
    /// The row of a conversation of the API (`None` without an `id`).
    pub fn from_json(json: Value) -> Option<Self> {
        let id = id_of(&json)?;
        let updated_at = json
            .get("updated_at")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let version = updated_at.as_deref().and_then(micros_of).unwrap_or(0);
        Some(Self {
            id,
            updated_at,
            version,
            json,
        })
    }
}

impl ConversationRow {
    /// The row of a conversation of the typed client (`None` without an `id`); members the spec
    /// does not list yet are kept (`Conversation::extra`).
    pub fn from_conversation(conversation: types::Conversation) -> Option<Self> {
        Self::from_json(serde_json::to_value(conversation).ok()?)
    }
}

/// One message as stored: keyed by `(page_id, id)`.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageRow {
    /// The conversation it belongs to.
    pub conversation_id: String,
    /// The message id.
    pub id: String,
    /// `inserted_at` as the API sent it.
    pub inserted_at: Option<String>,
    /// The message as the API sent it.
    pub json: Value,
}

impl MessageRow {
    /// The row of a message of `conversation_id` (`None` without an `id`).
    pub fn from_json(conversation_id: &str, json: Value) -> Option<Self> {
        Some(Self {
            conversation_id: conversation_id.to_owned(),
            id: id_of(&json)?,
            inserted_at: json
                .get("inserted_at")
                .and_then(Value::as_str)
                .map(str::to_owned),
            json,
        })
    }
}

impl MessageRow {
    /// The row of a message of the typed client (`None` without an `id`); members the spec does
    /// not list yet are kept (`Message::extra`).
    pub fn from_message(conversation_id: &str, message: types::Message) -> Option<Self> {
        Self::from_json(conversation_id, serde_json::to_value(message).ok()?)
    }
}

fn id_of(json: &Value) -> Option<String> {
    match json.get("id")? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Microseconds since the epoch of a naive UTC timestamp as the API writes them
/// (`2023-04-06T04:31:45`, `2023-12-26T08:44:29.000000`, with or without `Z`;
/// `pancake_client::model::parse_timestamp` reads them).
pub fn micros_of(timestamp: &str) -> Option<i64> {
    pancake_client::model::parse_timestamp(timestamp).map(|t| t.timestamp_micros())
}

/// A walk in progress: enough to resume it exactly where it stood.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WalkState {
    /// The walk's `since` (Unix seconds); `None` for a full backfill.
    pub since: Option<i64>,
    /// Where the next page starts (`None`: at the start).
    pub checkpoint: Option<Checkpoint>,
    /// The newest `updated_at` stored by this walk so far, in microseconds.
    pub high_water: Option<i64>,
}

/// A page's sync checkpoint, stored in the same transaction as the rows it covers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SyncState {
    /// The walk in progress, if a run stopped in the middle of one.
    pub walk: Option<WalkState>,
    /// The newest `updated_at` stored by a finished walk, in microseconds: the next delta starts
    /// there (minus the overlap).
    pub synced_until: Option<i64>,
    /// Finished walks.
    pub walks_done: u64,
}

/// What one transaction writes: rows and, for a sync, the checkpoint after them. A webhook event
/// is a batch without a checkpoint.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Batch {
    /// The page.
    pub page_id: String,
    /// Conversations to upsert (a row older than the stored one is ignored).
    pub conversations: Vec<ConversationRow>,
    /// Messages to upsert.
    pub messages: Vec<MessageRow>,
    /// The checkpoint to store with them.
    pub state: Option<SyncState>,
}

/// A destination of a sync. Implementations apply a [`Batch`] atomically: its rows and its
/// checkpoint are stored together or not at all.
pub trait Store: Send {
    /// The stored checkpoint of `page_id`, if any.
    fn load_state(
        &mut self,
        page_id: &str,
    ) -> impl Future<Output = Result<Option<SyncState>, Error>> + Send;

    /// Upserts the batch's rows by `(page_id, id)` (never replacing a newer version) and stores its
    /// checkpoint, in one transaction.
    fn apply(&mut self, batch: Batch) -> impl Future<Output = Result<(), Error>> + Send;
}

/// Any of the stores this crate has, chosen by URL ([`open`]).
#[derive(Debug)]
#[non_exhaustive]
pub enum AnyStore {
    /// A SQLite file.
    Sqlite(SqliteStore),
    /// A Postgres database.
    Postgres(PostgresStore),
    /// JSON lines on a writer, checkpoint in a state file.
    Jsonl(JsonlStore),
}

/// Opens (and migrates) the database at `url`: `sqlite://FILE`, `sqlite::memory:`, a plain file
/// path, or `postgres://…` / `postgresql://…`.
pub async fn open(url: &str) -> Result<AnyStore, Error> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Ok(AnyStore::Postgres(PostgresStore::connect(url).await?));
    }
    let path = if let Some(rest) = url.strip_prefix("sqlite://") {
        rest
    } else if let Some(rest) = url.strip_prefix("sqlite:") {
        rest
    } else if url.contains("://") {
        return Err(Error::DatabaseUrl(crate::error::hide_password(url)));
    } else {
        url
    };
    Ok(AnyStore::Sqlite(SqliteStore::open(path).await?))
}

impl Store for AnyStore {
    async fn load_state(&mut self, page_id: &str) -> Result<Option<SyncState>, Error> {
        match self {
            AnyStore::Sqlite(s) => s.load_state(page_id).await,
            AnyStore::Postgres(s) => s.load_state(page_id).await,
            AnyStore::Jsonl(s) => s.load_state(page_id).await,
        }
    }

    async fn apply(&mut self, batch: Batch) -> Result<(), Error> {
        match self {
            AnyStore::Sqlite(s) => s.apply(batch).await,
            AnyStore::Postgres(s) => s.apply(batch).await,
            AnyStore::Jsonl(s) => s.apply(batch).await,
        }
    }
}

pub(crate) fn state_from_json(page_id: &str, text: &str) -> Result<SyncState, Error> {
    serde_json::from_str(text).map_err(|e| Error::BadCheckpoint {
        page_id: page_id.to_owned(),
        message: e.to_string(),
    })
}

pub(crate) fn state_to_json(state: &SyncState) -> String {
    serde_json::to_string(state).expect("the state serializes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_come_from_updated_at() {
        let row = ConversationRow::from_json(
            serde_json::json!({"id": "1_2", "updated_at": "2026-01-15T00:00:01.500000"}),
        )
        .unwrap();
        assert_eq!(row.version, 1_768_435_201_500_000);
        assert_eq!(
            micros_of("2023-04-06T04:31:45"),
            Some(1_680_755_505_000_000)
        );
        assert_eq!(
            micros_of("2023-04-06T04:31:45Z"),
            Some(1_680_755_505_000_000)
        );
        assert_eq!(micros_of("yesterday"), None);
        assert!(ConversationRow::from_json(serde_json::json!({"updated_at": "x"})).is_none());
        let no_time = ConversationRow::from_json(serde_json::json!({"id": 7})).unwrap();
        assert_eq!((no_time.id.as_str(), no_time.version), ("7", 0));
    }
}
