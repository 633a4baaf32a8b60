//! JSON lines on a writer (stdout for `pancake sync --jsonl`), the checkpoint in a state file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::store::{Batch, Store, SyncState, state_from_json, state_to_json};

/// Writes each conversation as one JSON line as it arrives, then its page's checkpoint to a small
/// state file (written to a temporary file and renamed, so it is never half-written).
///
/// Unlike the SQL stores, the lines and the checkpoint cannot be one transaction: a run killed
/// between the two writes the page again when resumed (at least once, never lost). A consumer
/// deduplicates by `(page_id, id)` keeping the highest `updated_at`, as the SQL stores do.
pub struct JsonlStore {
    out: Box<dyn Write + Send>,
    state_file: PathBuf,
}

impl std::fmt::Debug for JsonlStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JsonlStore")
            .field("state_file", &self.state_file)
            .finish()
    }
}

impl JsonlStore {
    /// Lines to `out`, checkpoints in `state_file`.
    pub fn new(out: impl Write + Send + 'static, state_file: impl Into<PathBuf>) -> Self {
        Self {
            out: Box::new(out),
            state_file: state_file.into(),
        }
    }

    /// The state file.
    pub fn state_file(&self) -> &Path {
        &self.state_file
    }

    fn io(&self, what: &str, source: std::io::Error) -> Error {
        Error::Io {
            what: format!("{what} ({})", self.state_file.display()),
            source,
        }
    }
}

/// The state file holds one checkpoint per page.
type StateFile = std::collections::BTreeMap<String, serde_json::Value>;

impl JsonlStore {
    fn read_all(&self) -> Result<StateFile, Error> {
        match std::fs::read_to_string(&self.state_file) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| Error::BadCheckpoint {
                page_id: "(all)".into(),
                message: format!("{} is not a state file: {e}", self.state_file.display()),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(StateFile::new()),
            Err(e) => Err(self.io("reading the state file", e)),
        }
    }
}

impl Store for JsonlStore {
    async fn load_state(&mut self, page_id: &str) -> Result<Option<SyncState>, Error> {
        self.read_all()?
            .get(page_id)
            .map(|v| state_from_json(page_id, &v.to_string()))
            .transpose()
    }

    async fn apply(&mut self, batch: Batch) -> Result<(), Error> {
        for row in &batch.conversations {
            let line = serde_json::json!({
                "page_id": batch.page_id,
                "id": row.id,
                "updated_at": row.updated_at,
                "conversation": row.json,
            });
            writeln!(self.out, "{line}").map_err(|e| self.io("writing a line", e))?;
        }
        for row in &batch.messages {
            let line = serde_json::json!({
                "page_id": batch.page_id,
                "conversation_id": row.conversation_id,
                "id": row.id,
                "message": row.json,
            });
            writeln!(self.out, "{line}").map_err(|e| self.io("writing a line", e))?;
        }
        self.out
            .flush()
            .map_err(|e| self.io("flushing the output", e))?;
        if let Some(state) = &batch.state {
            let mut all = self.read_all()?;
            let value = serde_json::from_str(&state_to_json(state)).expect("valid JSON");
            all.insert(batch.page_id.clone(), value);
            let text = serde_json::to_string_pretty(&all).expect("valid JSON");
            let temporary = self.state_file.with_extension("tmp");
            std::fs::write(&temporary, text)
                .and_then(|()| std::fs::rename(&temporary, &self.state_file))
                .map_err(|e| self.io("writing the state file", e))?;
        }
        Ok(())
    }
}
