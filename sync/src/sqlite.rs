//! The embedded default store: a SQLite file (rusqlite, SQLite compiled in).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;

use crate::SCHEMA_VERSION;
use crate::error::Error;
use crate::store::{Batch, Store, SyncState, state_from_json, state_to_json};

/// The schema, one migration per version; `MIGRATIONS[n]` takes the database from version n to
/// n + 1. Never edit one that shipped: add the next.
const MIGRATIONS: &[&str] = &["
CREATE TABLE conversations (
    page_id      TEXT    NOT NULL,
    id           TEXT    NOT NULL,
    updated_at   TEXT,
    version      INTEGER NOT NULL,
    conversation TEXT    NOT NULL,
    PRIMARY KEY (page_id, id)
);
CREATE INDEX conversations_by_update ON conversations (page_id, version);
CREATE TABLE messages (
    page_id         TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    id              TEXT NOT NULL,
    inserted_at     TEXT,
    message         TEXT NOT NULL,
    PRIMARY KEY (page_id, id)
);
CREATE INDEX messages_by_conversation ON messages (page_id, conversation_id);
CREATE TABLE sync_state (
    page_id TEXT PRIMARY KEY,
    state   TEXT NOT NULL
);
"];

/// A SQLite database (a file, or `:memory:`).
#[derive(Debug, Clone)]
pub struct SqliteStore {
    connection: Arc<Mutex<Connection>>,
    path: String,
}

impl SqliteStore {
    /// Opens (creating it if needed) and migrates the database at `path`.
    pub async fn open(path: &str) -> Result<Self, Error> {
        let shown = format!("sqlite://{path}");
        let owned = path.to_owned();
        let connection = blocking(&shown, move || {
            let connection = Connection::open(&owned)?;
            // WAL: readers (the user's queries) do not block the sync, and a kill loses nothing
            // that was committed.
            connection.pragma_update(None, "journal_mode", "WAL")?;
            connection.pragma_update(None, "synchronous", "NORMAL")?;
            connection.busy_timeout(std::time::Duration::from_secs(10))?;
            Ok(connection)
        })
        .await?;
        let store = Self {
            connection: Arc::new(Mutex::new(connection)),
            path: shown,
        };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> Result<(), Error> {
        let connection = self.connection.clone();
        let found = self
            .run(move || {
                let mut connection = connection.lock().unwrap_or_else(|e| e.into_inner());
                let tx = connection.transaction()?;
                tx.execute_batch(
                    "CREATE TABLE IF NOT EXISTS pancake_schema (version INTEGER NOT NULL)",
                )?;
                let found: Option<i64> = tx
                    .query_row("SELECT max(version) FROM pancake_schema", [], |r| r.get(0))
                    .optional()?
                    .flatten();
                let found = found.unwrap_or(0);
                if found > SCHEMA_VERSION {
                    return Ok(found);
                }
                for (version, migration) in MIGRATIONS.iter().enumerate().skip(found as usize) {
                    tx.execute_batch(migration)?;
                    tx.execute("DELETE FROM pancake_schema", [])?;
                    tx.execute(
                        "INSERT INTO pancake_schema (version) VALUES (?1)",
                        params![version as i64 + 1],
                    )?;
                }
                tx.commit()?;
                Ok(found)
            })
            .await?;
        if found > SCHEMA_VERSION {
            return Err(Error::NewerSchema {
                url: self.path.clone(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
        Ok(())
    }

    /// `id → updated_at` of every stored conversation of `page_id` (`""` for none).
    pub async fn conversations(&self, page_id: &str) -> Result<BTreeMap<String, String>, Error> {
        let connection = self.connection.clone();
        let key = page_id.to_owned();
        self.run(move || {
            let connection = connection.lock().unwrap_or_else(|e| e.into_inner());
            let mut query = connection.prepare(
                "SELECT id, coalesce(updated_at, '') FROM conversations WHERE page_id = ?1",
            )?;
            let rows = query.query_map(params![key], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect()
        })
        .await
    }

    /// Every stored conversation of `page_id`, as stored (the API's JSON, or a webhook event's
    /// summary until the next poll), ordered by id.
    pub async fn stored_conversations(&self, page_id: &str) -> Result<Vec<Value>, Error> {
        let connection = self.connection.clone();
        let key = page_id.to_owned();
        let texts: Vec<String> = self
            .run(move || {
                let connection = connection.lock().unwrap_or_else(|e| e.into_inner());
                let mut query = connection.prepare(
                    "SELECT conversation FROM conversations WHERE page_id = ?1 ORDER BY id",
                )?;
                let rows = query.query_map(params![key], |r| r.get(0))?;
                rows.collect()
            })
            .await?;
        texts
            .iter()
            .map(|t| {
                serde_json::from_str(t).map_err(|e| Error::Database {
                    url: self.path.clone(),
                    message: format!("a stored conversation is not JSON: {e}"),
                })
            })
            .collect()
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> rusqlite::Result<T> + Send + 'static,
    ) -> Result<T, Error> {
        blocking(&self.path, work).await
    }
}

async fn blocking<T: Send + 'static>(
    shown: &str,
    work: impl FnOnce() -> rusqlite::Result<T> + Send + 'static,
) -> Result<T, Error> {
    let database = |message: String| Error::Database {
        url: shown.to_owned(),
        message,
    };
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| database(format!("the database task failed: {e}")))?
        .map_err(|e| database(e.to_string()))
}

impl Store for SqliteStore {
    async fn load_state(&mut self, page_id: &str) -> Result<Option<SyncState>, Error> {
        let connection = self.connection.clone();
        let key = page_id.to_owned();
        let text = self
            .run(move || {
                let connection = connection.lock().unwrap_or_else(|e| e.into_inner());
                connection
                    .query_row(
                        "SELECT state FROM sync_state WHERE page_id = ?1",
                        params![key],
                        |r| r.get::<_, String>(0),
                    )
                    .optional()
            })
            .await?;
        text.map(|t| state_from_json(page_id, &t)).transpose()
    }

    async fn apply(&mut self, batch: Batch) -> Result<(), Error> {
        let connection = self.connection.clone();
        self.run(move || {
            let mut connection = connection.lock().unwrap_or_else(|e| e.into_inner());
            let tx = connection.transaction()?;
            {
                let mut upsert = tx.prepare_cached(
                    "INSERT INTO conversations (page_id, id, updated_at, version, conversation)
                     VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (page_id, id) DO UPDATE SET
                         updated_at = excluded.updated_at,
                         version = excluded.version,
                         conversation = excluded.conversation
                     WHERE excluded.version >= conversations.version",
                )?;
                for row in &batch.conversations {
                    upsert.execute(params![
                        batch.page_id,
                        row.id,
                        row.updated_at,
                        row.version,
                        row.json.to_string()
                    ])?;
                }
                let mut message = tx.prepare_cached(
                    "INSERT INTO messages (page_id, conversation_id, id, inserted_at, message)
                     VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (page_id, id) DO UPDATE SET
                         conversation_id = excluded.conversation_id,
                         inserted_at = excluded.inserted_at,
                         message = excluded.message",
                )?;
                for row in &batch.messages {
                    message.execute(params![
                        batch.page_id,
                        row.conversation_id,
                        row.id,
                        row.inserted_at,
                        row.json.to_string()
                    ])?;
                }
                if let Some(state) = &batch.state {
                    tx.execute(
                        "INSERT INTO sync_state (page_id, state) VALUES (?1, ?2)
                         ON CONFLICT (page_id) DO UPDATE SET state = excluded.state",
                        params![batch.page_id, state_to_json(state)],
                    )?;
                }
            }
            tx.commit()
        })
        .await
    }
}
