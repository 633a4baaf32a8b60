//! The Postgres store (tokio-postgres, no TLS: run it on a private network or a local socket).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use tokio_postgres::{Client, NoTls};

use crate::SCHEMA_VERSION;
use crate::error::{Error, hide_password};
use crate::store::{Batch, Store, SyncState, state_from_json, state_to_json};

/// The schema, one migration per version (see the SQLite store's).
const MIGRATIONS: &[&str] = &["
CREATE TABLE conversations (
    page_id      TEXT   NOT NULL,
    id           TEXT   NOT NULL,
    updated_at   TEXT,
    version      BIGINT NOT NULL,
    conversation JSONB  NOT NULL,
    PRIMARY KEY (page_id, id)
);
CREATE INDEX conversations_by_update ON conversations (page_id, version);
CREATE TABLE messages (
    page_id         TEXT  NOT NULL,
    conversation_id TEXT  NOT NULL,
    id              TEXT  NOT NULL,
    inserted_at     TEXT,
    message         JSONB NOT NULL,
    PRIMARY KEY (page_id, id)
);
CREATE INDEX messages_by_conversation ON messages (page_id, conversation_id);
CREATE TABLE sync_state (
    page_id TEXT PRIMARY KEY,
    state   JSONB NOT NULL
);
"];

/// How long connecting may take before it is an error.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// A Postgres database. Clones share the connection.
#[derive(Clone)]
pub struct PostgresStore {
    client: Arc<tokio::sync::Mutex<Client>>,
    url: String,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore")
            .field("url", &self.url)
            .finish()
    }
}

impl PostgresStore {
    /// Connects to `url` (`postgres://USER[:PASSWORD]@HOST:PORT/DB`) and migrates the schema.
    pub async fn connect(url: &str) -> Result<Self, Error> {
        let shown = hide_password(url);
        let failed = |message: String| Error::Database {
            url: shown.clone(),
            message,
        };
        let mut config: tokio_postgres::Config = url
            .parse()
            .map_err(|e| failed(format!("not a Postgres URL: {e}")))?;
        config.connect_timeout(CONNECT_TIMEOUT);
        let (client, connection) = tokio::time::timeout(CONNECT_TIMEOUT, config.connect(NoTls))
            .await
            .map_err(|_| failed(format!("no connection within {CONNECT_TIMEOUT:?}")))?
            .map_err(|e| failed(format!("could not connect: {}; is it running?", detail(&e))))?;
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::warn!(error = %e, "the Postgres connection ended");
            }
        });
        let store = Self {
            client: Arc::new(tokio::sync::Mutex::new(client)),
            url: shown,
        };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> Result<(), Error> {
        let failed = |e: tokio_postgres::Error| self.failed(e);
        let mut client = self.client.lock().await;
        let tx = client.transaction().await.map_err(failed)?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS pancake_schema (version BIGINT NOT NULL);
             LOCK TABLE pancake_schema IN EXCLUSIVE MODE;",
        )
        .await
        .map_err(failed)?;
        let found: Option<i64> = tx
            .query_one("SELECT max(version) FROM pancake_schema", &[])
            .await
            .map_err(failed)?
            .get(0);
        let found = found.unwrap_or(0);
        if found > SCHEMA_VERSION {
            return Err(Error::NewerSchema {
                url: self.url.clone(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
        for (version, migration) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            tx.batch_execute(migration).await.map_err(failed)?;
            tx.execute("DELETE FROM pancake_schema", &[])
                .await
                .map_err(failed)?;
            tx.execute(
                "INSERT INTO pancake_schema (version) VALUES ($1)",
                &[&(version as i64 + 1)],
            )
            .await
            .map_err(failed)?;
        }
        tx.commit().await.map_err(failed)
    }

    /// `id → updated_at` of every stored conversation of `page_id` (`""` for none).
    pub async fn conversations(&self, page_id: &str) -> Result<BTreeMap<String, String>, Error> {
        let rows = self
            .client
            .lock()
            .await
            .query(
                "SELECT id, coalesce(updated_at, '') FROM conversations WHERE page_id = $1",
                &[&page_id],
            )
            .await
            .map_err(|e| self.failed(e))?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    /// Every stored conversation of `page_id`, as stored (the API's JSON, or a webhook event's
    /// summary until the next poll), ordered by id.
    pub async fn stored_conversations(
        &self,
        page_id: &str,
    ) -> Result<Vec<serde_json::Value>, Error> {
        let rows = self
            .client
            .lock()
            .await
            .query(
                "SELECT conversation FROM conversations WHERE page_id = $1 ORDER BY id",
                &[&page_id],
            )
            .await
            .map_err(|e| self.failed(e))?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    fn failed(&self, e: tokio_postgres::Error) -> Error {
        Error::Database {
            url: self.url.clone(),
            message: detail(&e),
        }
    }
}

/// The server's message when there is one (tokio-postgres's `Display` says only "db error").
fn detail(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {}", db.code().code(), db.message()),
        None => {
            let mut text = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(cause) = source {
                text.push_str(&format!(": {cause}"));
                source = cause.source();
            }
            text
        }
    }
}

impl Store for PostgresStore {
    async fn load_state(&mut self, page_id: &str) -> Result<Option<SyncState>, Error> {
        let row = self
            .client
            .lock()
            .await
            .query_opt(
                "SELECT state::text FROM sync_state WHERE page_id = $1",
                &[&page_id],
            )
            .await
            .map_err(|e| self.failed(e))?;
        row.map(|r| state_from_json(page_id, r.get::<_, &str>(0)))
            .transpose()
    }

    async fn apply(&mut self, batch: Batch) -> Result<(), Error> {
        let failed = |e: tokio_postgres::Error| self.failed(e);
        let mut client = self.client.lock().await;
        let tx = client.transaction().await.map_err(failed)?;
        let upsert = tx
            .prepare(
                "INSERT INTO conversations (page_id, id, updated_at, version, conversation)
                 VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (page_id, id) DO UPDATE SET
                     updated_at = excluded.updated_at,
                     version = excluded.version,
                     conversation = excluded.conversation
                 WHERE excluded.version >= conversations.version",
            )
            .await
            .map_err(failed)?;
        for row in &batch.conversations {
            tx.execute(
                &upsert,
                &[
                    &batch.page_id,
                    &row.id,
                    &row.updated_at,
                    &row.version,
                    &row.json,
                ],
            )
            .await
            .map_err(failed)?;
        }
        if !batch.messages.is_empty() {
            let message = tx
                .prepare(
                    "INSERT INTO messages (page_id, conversation_id, id, inserted_at, message)
                     VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (page_id, id) DO UPDATE SET
                         conversation_id = excluded.conversation_id,
                         inserted_at = excluded.inserted_at,
                         message = excluded.message",
                )
                .await
                .map_err(failed)?;
            for row in &batch.messages {
                tx.execute(
                    &message,
                    &[
                        &batch.page_id,
                        &row.conversation_id,
                        &row.id,
                        &row.inserted_at,
                        &row.json,
                    ],
                )
                .await
                .map_err(failed)?;
            }
        }
        if let Some(state) = &batch.state {
            tx.execute(
                "INSERT INTO sync_state (page_id, state) VALUES ($1, $2::text::jsonb)
                 ON CONFLICT (page_id) DO UPDATE SET state = excluded.state",
                &[&batch.page_id, &state_to_json(state)],
            )
            .await
            .map_err(failed)?;
        }
        tx.commit().await.map_err(failed)
    }
}
