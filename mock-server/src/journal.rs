//! A ring buffer of recent requests, for `GET /__admin/journal`. Token values never enter it.

use std::collections::VecDeque;
use std::sync::Mutex;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One request as the journal shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct JournalEntry {
    /// Order of arrival, from 1.
    pub seq: u64,
    /// Mock time of arrival (Unix milliseconds).
    pub at_ms: i64,
    /// HTTP method.
    pub method: String,
    /// Path.
    pub path: String,
    /// Query string with every token value replaced by `***`.
    pub query: String,
    /// Response status.
    pub status: u16,
    /// Time spent, in microseconds.
    pub duration_us: u64,
}

/// Recent requests.
#[derive(Debug)]
pub struct Journal {
    capacity: usize,
    entries: Mutex<(u64, VecDeque<JournalEntry>)>,
}

impl Journal {
    /// A journal keeping the last `capacity` requests.
    pub fn new(capacity: usize) -> Self {
        Journal {
            capacity,
            entries: Mutex::new((0, VecDeque::new())),
        }
    }

    /// Adds an entry (its `seq` is assigned here).
    pub fn record(&self, mut entry: JournalEntry) {
        if self.capacity == 0 {
            return;
        }
        let mut guard = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        guard.0 += 1;
        entry.seq = guard.0;
        if guard.1.len() == self.capacity {
            guard.1.pop_front();
        }
        guard.1.push_back(entry);
    }

    /// Entries, oldest first.
    pub fn entries(&self) -> Vec<JournalEntry> {
        self.entries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .1
            .iter()
            .cloned()
            .collect()
    }

    /// Forgets every entry.
    pub fn clear(&self) {
        self.entries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .1
            .clear();
    }
}
