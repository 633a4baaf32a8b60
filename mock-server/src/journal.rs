//! Ring buffers of recent requests and webhook deliveries, for `GET /__admin/journal`. Token
//! values never enter them.

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

/// One webhook delivery attempt (or an event that was not attempted, and why).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DeliveryEntry {
    /// Order of recording, from 1.
    pub seq: u64,
    /// Mock time of the outcome (Unix milliseconds).
    pub at_ms: i64,
    /// The event's `request_id` (equal for the two copies of a duplicated event, unless the
    /// fault `webhook_duplicate_request_id` is `new`).
    pub event_id: String,
    /// For the second copy of a duplicated event sent with a new `request_id`: the first copy's
    /// (so a test can count events, not deliveries).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<String>,
    /// The event's `event_type`.
    pub event_type: String,
    /// The event's page (`""` for the account's `subscription` event).
    pub page_id: String,
    /// The subscription's URL.
    pub url: String,
    /// `delivered`, `failed`, `dropped` (fault), `discarded: suspended`, `discarded: lane full`.
    pub outcome: String,
    /// The receiver's status, when it answered.
    pub status: Option<u16>,
    /// Why the attempt failed without a status (timeout, connection error).
    pub error: Option<String>,
    /// Real time the attempt took, in microseconds (0 when not attempted).
    pub latency_us: u64,
}

/// Recent requests and webhook deliveries.
#[derive(Debug)]
pub struct Journal {
    capacity: usize,
    entries: Mutex<(u64, VecDeque<JournalEntry>)>,
    deliveries: Mutex<(u64, VecDeque<DeliveryEntry>)>,
}

impl Journal {
    /// A journal keeping the last `capacity` requests.
    pub fn new(capacity: usize) -> Self {
        Journal {
            capacity,
            entries: Mutex::new((0, VecDeque::new())),
            deliveries: Mutex::new((0, VecDeque::new())),
        }
    }

    /// Adds a webhook delivery entry (its `seq` is assigned here).
    pub fn record_delivery(&self, mut entry: DeliveryEntry) {
        if self.capacity == 0 {
            return;
        }
        let mut guard = self.deliveries.lock().unwrap_or_else(|e| e.into_inner());
        guard.0 += 1;
        entry.seq = guard.0;
        if guard.1.len() == self.capacity {
            guard.1.pop_front();
        }
        guard.1.push_back(entry);
    }

    /// Webhook delivery entries, oldest first.
    pub fn deliveries(&self) -> Vec<DeliveryEntry> {
        self.deliveries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .1
            .iter()
            .cloned()
            .collect()
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

    /// Forgets every entry (requests and deliveries).
    pub fn clear(&self) {
        self.entries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .1
            .clear();
        self.deliveries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .1
            .clear();
    }
}
