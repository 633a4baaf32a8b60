//! The findings of answers already checked, reused when the same answer comes again.
//!
//! Checking an answer (parsing it, then validating it against its schema read closed) is most
//! of what the proxy costs per exchange, and an integration reads the same answers again and
//! again (a page polled, a list read anew). The findings of an answer depend on the operation,
//! the status and the answer's bytes, and on nothing else (`Checker::check_answer` reads nothing
//! else; the request's part of an exchange is checked every time, and a finding names the path
//! of the exchange at hand). So identical bytes give identical findings, and the memo keeps them
//! by exactly that: operation, status, content type and the answer's bytes. A hit returns what
//! checking the answer again would return; it is never an approximation.
//!
//! Entries are found by a fast hash (xxh3) of all four, and a hit also compares the bytes
//! themselves with the ones kept, so two answers that share a hash never share findings. The
//! memo is bounded by a number of answers and by their bytes, the oldest dropped first.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use xxhash_rust::xxh3::Xxh3;

use super::findings::Finding;

/// How much the memo keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemoBounds {
    /// At most this many answers (0: the memo keeps nothing, every answer is checked anew).
    pub entries: usize,
    /// At most this many bytes of answers (their bodies; findings are small beside them).
    pub bytes: usize,
}

impl MemoBounds {
    /// Keeps nothing: every answer is parsed and validated.
    pub const OFF: MemoBounds = MemoBounds {
        entries: 0,
        bytes: 0,
    };
}

impl Default for MemoBounds {
    /// 1024 answers and 64 MiB: a few hundred pages of 60 conversations (about 96 KB each).
    fn default() -> Self {
        MemoBounds {
            entries: 1024,
            bytes: 64 * 1024 * 1024,
        }
    }
}

/// Hits and misses of a memo.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MemoStats {
    /// Answers whose findings were found.
    pub hits: u64,
    /// Answers checked.
    pub misses: u64,
}

/// What the findings of an answer depend on.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MemoKey<'a> {
    pub operation_id: &'a str,
    pub status: u16,
    pub content_type: Option<&'a str>,
    pub body: &'a [u8],
}

impl MemoKey<'_> {
    fn hash(&self) -> u64 {
        let mut h = Xxh3::new();
        h.update(self.operation_id.as_bytes());
        h.update(&[0]);
        h.update(&self.status.to_le_bytes());
        match self.content_type {
            Some(t) => {
                h.update(&[1]);
                h.update(t.as_bytes());
                h.update(&[0]);
            }
            None => h.update(&[0]),
        }
        h.update(self.body);
        h.digest()
    }
}

#[derive(Debug)]
struct Entry {
    operation_id: String,
    status: u16,
    content_type: Option<String>,
    body: Box<[u8]>,
    findings: Vec<Finding>,
}

impl Entry {
    fn is(&self, key: &MemoKey<'_>) -> bool {
        self.status == key.status
            && self.operation_id == key.operation_id
            && self.content_type.as_deref() == key.content_type
            && *self.body == *key.body
    }
}

#[derive(Debug, Default)]
struct Kept {
    by_hash: HashMap<u64, std::sync::Arc<Entry>>,
    /// Oldest first.
    order: VecDeque<u64>,
    bytes: usize,
}

/// The findings of answers already checked (keyed by `MemoKey`: operation, status, content type and the exact bytes); shared by the proxy's
/// connections.
#[derive(Debug)]
pub struct AnswerMemo {
    bounds: MemoBounds,
    kept: Mutex<Kept>,
    hits: AtomicU64,
    misses: AtomicU64,
}

impl AnswerMemo {
    /// An empty memo.
    pub fn new(bounds: MemoBounds) -> AnswerMemo {
        AnswerMemo {
            bounds,
            kept: Mutex::new(Kept::default()),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        }
    }

    /// Hits and misses so far.
    pub fn stats(&self) -> MemoStats {
        MemoStats {
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
        }
    }

    fn keeps(&self, body: &[u8]) -> bool {
        self.bounds.entries > 0 && body.len() <= self.bounds.bytes
    }

    /// The findings of an answer checked before with exactly this key, bytes compared.
    pub(crate) fn get(&self, key: &MemoKey<'_>) -> Option<Vec<Finding>> {
        let found = if self.keeps(key.body) {
            let hash = key.hash();
            let entry = self
                .kept
                .lock()
                .expect("memo lock")
                .by_hash
                .get(&hash)
                .cloned();
            // Compared outside the lock: a memcmp of the answer, so other connections wait not.
            entry.filter(|e| e.is(key)).map(|e| e.findings.clone())
        } else {
            None
        };
        let counter = if found.is_some() {
            &self.hits
        } else {
            &self.misses
        };
        counter.fetch_add(1, Ordering::Relaxed);
        found
    }

    /// Keeps the findings of an answer just checked, dropping the oldest answers beyond the
    /// bounds.
    pub(crate) fn insert(&self, key: &MemoKey<'_>, findings: Vec<Finding>) {
        if !self.keeps(key.body) {
            return;
        }
        let hash = key.hash();
        let entry = std::sync::Arc::new(Entry {
            operation_id: key.operation_id.to_owned(),
            status: key.status,
            content_type: key.content_type.map(str::to_owned),
            body: key.body.into(),
            findings,
        });
        let mut kept = self.kept.lock().expect("memo lock");
        let kept = &mut *kept;
        kept.bytes += entry.body.len();
        match kept.by_hash.insert(hash, entry) {
            // Another answer with the same hash: replaced, and keeps its place in the order.
            Some(old) => kept.bytes -= old.body.len(),
            None => kept.order.push_back(hash),
        }
        while kept.order.len() > self.bounds.entries || kept.bytes > self.bounds.bytes {
            let Some(oldest) = kept.order.pop_front() else {
                break;
            };
            if let Some(old) = kept.by_hash.remove(&oldest) {
                kept.bytes -= old.body.len();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::traffic::FindingKind;

    fn finding(pointer: &str) -> Finding {
        Finding {
            kind: FindingKind::UndocumentedField,
            operation_id: Some("list_tags".into()),
            method: "GET".into(),
            path: "/public_api/v1/pages/1/tags".into(),
            status: 200,
            pointer: pointer.into(),
            message: "expected declared properties only".into(),
            seen: "string".into(),
        }
    }

    fn key<'a>(body: &'a [u8], status: u16, content_type: Option<&'a str>) -> MemoKey<'a> {
        MemoKey {
            operation_id: "list_tags",
            status,
            content_type,
            body,
        }
    }

    #[test]
    fn the_same_bytes_find_the_findings_and_anything_else_does_not() {
        let memo = AnswerMemo::new(MemoBounds::default());
        let ct = Some("application/json");
        memo.insert(&key(b"{\"a\":1}", 200, ct), vec![finding("/a")]);
        assert_eq!(
            memo.get(&key(b"{\"a\":1}", 200, ct)),
            Some(vec![finding("/a")])
        );
        assert_eq!(memo.get(&key(b"{\"a\":2}", 200, ct)), None);
        assert_eq!(memo.get(&key(b"{\"a\":1}", 201, ct)), None);
        assert_eq!(memo.get(&key(b"{\"a\":1}", 200, None)), None);
        let other_operation = MemoKey {
            operation_id: "list_pages",
            ..key(b"{\"a\":1}", 200, ct)
        };
        assert_eq!(memo.get(&other_operation), None);
        assert_eq!(memo.stats(), MemoStats { hits: 1, misses: 4 });
    }

    #[test]
    fn the_oldest_answers_go_first_beyond_the_bounds() {
        let memo = AnswerMemo::new(MemoBounds {
            entries: 2,
            bytes: 10,
        });
        memo.insert(&key(b"aaaa", 200, None), vec![]);
        memo.insert(&key(b"bbbb", 200, None), vec![finding("/b")]);
        memo.insert(&key(b"cccc", 200, None), vec![finding("/c")]);
        assert_eq!(memo.get(&key(b"aaaa", 200, None)), None, "beyond 2 entries");
        assert!(memo.get(&key(b"bbbb", 200, None)).is_some());
        memo.insert(&key(b"dddddd", 200, None), vec![]);
        assert_eq!(memo.get(&key(b"bbbb", 200, None)), None, "beyond 10 bytes");
        assert!(memo.get(&key(b"cccc", 200, None)).is_some());
        // Larger than the bytes bound: never kept.
        memo.insert(&key(b"eeeeeeeeeeee", 200, None), vec![]);
        assert_eq!(memo.get(&key(b"eeeeeeeeeeee", 200, None)), None);
        let off = AnswerMemo::new(MemoBounds::OFF);
        off.insert(&key(b"aaaa", 200, None), vec![]);
        assert_eq!(off.get(&key(b"aaaa", 200, None)), None);
    }
}
