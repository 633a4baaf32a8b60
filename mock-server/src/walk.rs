//! Listing conversations: filters, order, and the v2 keyset cursor.
//!
//! # Cursor semantics (v2 `last_conversation_id`)
//!
//! Conversations are served newest first by `(order_by timestamp, id)` (after unread ones when
//! `unread_first=true`). A cursor is the id of the last conversation of the previous page; the
//! mock remembers the sort key that conversation had *when it was served* and the point in the
//! page's change history at which the walk began. The next page holds the conversations strictly
//! after that key, **minus every conversation created or changed since the walk began**.
//!
//! So, whatever happens during a walk:
//! - a conversation is never returned twice (a changed one has moved ahead of the cursor, or out
//!   of the walk: it is not seen again in this walk; the next sync with `since` picks it up);
//! - a conversation that existed unchanged for the whole walk is never skipped (its key is fixed
//!   and the cursor keys partition the order);
//! - conversations created during the walk are not part of it.
//!
//! An id the mock never served (e.g. after `POST /__admin/reset`) falls back to that
//! conversation's current key; an unknown id is a 400.
//!
//! Limit: the cursor is only an id, so two walks of the same page that end a page on the same
//! conversation share what the mock remembers about it (the later walk's start wins).
//!
//! Serialised pages are cached per page and query until the next write to that page, within a
//! byte budget (a full walk of 100,000 conversations is 160 MB of bodies, each served once).

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use bytes::Bytes;

use crate::error::{ApiError, ApiResult};
use crate::model::Conversation;
use crate::query::QueryParams;
use crate::store::{PageState, Store};
use crate::time::{MICROS_PER_SEC, Ts};

/// Which timestamp orders (and `since`/`until` filter) the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrderBy {
    /// Last activity (default).
    UpdatedAt,
    /// Creation.
    InsertedAt,
}

/// The order of a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SortMode {
    /// Timestamp.
    pub order_by: OrderBy,
    /// Unread conversations first.
    pub unread_first: bool,
}

/// Filters of the conversation lists.
#[derive(Debug, Clone)]
pub struct ConversationFilter {
    /// Order.
    pub mode: SortMode,
    kinds: Vec<String>,
    tags: Vec<i64>,
    post_ids: HashSet<String>,
    since: Option<i64>,
    until: Option<i64>,
}

impl ConversationFilter {
    /// Reads `type`, `tags`, `post_ids`, `since`, `until`, `unread_first`, `order_by`.
    pub fn from_query(q: &QueryParams) -> ApiResult<Self> {
        let mut kinds: Vec<String> = Vec::new();
        // `ConversationType` is open (RECONCILIATION E6): a kind no conversation has matches
        // nothing, as a filter on a channel the page lacks does; it is not an error.
        for value in q.all("type").filter(|v| !v.is_empty()) {
            if !kinds.iter().any(|k| k == value) {
                kinds.push(value.to_owned());
            }
        }
        let tags = q
            .list("tags")
            .iter()
            .map(|t| {
                t.parse::<i64>().map_err(|_| {
                    ApiError::invalid(
                        "tags",
                        format!("comma-separated tag ids (integers), got {t:?}"),
                    )
                })
            })
            .collect::<ApiResult<Vec<_>>>()?;
        let order_by = match q.get("order_by") {
            Some("inserted_at") => OrderBy::InsertedAt,
            _ => OrderBy::UpdatedAt,
        };
        // since/until are Unix seconds; a millisecond value is simply a far-future time.
        let since = q.int("since")?.map(|s| s.saturating_mul(MICROS_PER_SEC));
        let until = q.int("until")?.map(|s| {
            s.saturating_mul(MICROS_PER_SEC)
                .saturating_add(MICROS_PER_SEC - 1)
        });
        Ok(ConversationFilter {
            mode: SortMode {
                order_by,
                unread_first: q.bool("unread_first")?.unwrap_or(false),
            },
            kinds,
            tags,
            post_ids: q.list("post_ids").into_iter().collect(),
            since,
            until,
        })
    }

    /// Whether no conversation can match (the live API answers several `type`s with nothing).
    pub fn matches_nothing(&self) -> bool {
        self.kinds.len() > 1
    }

    /// Whether `c` passes every filter.
    pub fn matches(&self, c: &Conversation) -> bool {
        if let Some(kind) = self.kinds.first()
            && (self.kinds.len() > 1 || &c.kind != kind)
        {
            return false;
        }
        if !self
            .tags
            .iter()
            .all(|t| c.tags.iter().flatten().any(|tag| tag.id == *t))
        {
            return false;
        }
        if !self.post_ids.is_empty()
            && !c
                .post_id
                .as_ref()
                .is_some_and(|p| self.post_ids.contains(p.as_str()))
        {
            return false;
        }
        let ts = self.timestamp(c).0;
        self.since.is_none_or(|s| ts >= s) && self.until.is_none_or(|u| ts <= u)
    }

    fn timestamp(&self, c: &Conversation) -> Ts {
        match self.mode.order_by {
            OrderBy::UpdatedAt => c.updated_at,
            OrderBy::InsertedAt => c.inserted_at,
        }
    }
}

/// A conversation's position in an order, as remembered for a cursor.
#[derive(Debug, Clone)]
struct Mark {
    unread: bool,
    updated_at: Ts,
    inserted_at: Ts,
    /// Shared with the key the mark is remembered under, so remembering it again allocates
    /// nothing.
    id: Arc<str>,
    /// Page change counter when the walk that served this conversation began.
    walk_start: u64,
}

impl Mark {
    fn of(c: &Conversation, walk_start: u64) -> Self {
        Mark {
            unread: !c.seen,
            updated_at: c.updated_at,
            inserted_at: c.inserted_at,
            id: Arc::from(c.id.as_str()),
            walk_start,
        }
    }
    fn key(&self, mode: SortMode) -> (bool, Ts) {
        let ts = match mode.order_by {
            OrderBy::UpdatedAt => self.updated_at,
            OrderBy::InsertedAt => self.inserted_at,
        };
        (mode.unread_first && self.unread, ts)
    }
}

fn key(c: &Conversation, mode: SortMode) -> (bool, Ts) {
    let ts = match mode.order_by {
        OrderBy::UpdatedAt => c.updated_at,
        OrderBy::InsertedAt => c.inserted_at,
    };
    (mode.unread_first && !c.seen, ts)
}

/// `Less` when `a` is served before `b` (newest first, then id descending).
fn serve_order(a: ((bool, Ts), &str), b: ((bool, Ts), &str)) -> Ordering {
    b.0.cmp(&a.0).then_with(|| b.1.cmp(a.1))
}

const MAX_MARKS: usize = 200_000;
const MAX_CACHED_PAGES: usize = 4_096;
/// Most bytes of cached bodies: the pages asked for again (first pages, dashboards) fit many
/// times over, while one long walk cannot hold its whole body in memory.
const MAX_CACHED_BYTES: usize = 16 << 20;

type SortedIndex = Arc<Vec<u32>>;

/// A serialised page: the page change counter it was built at, the body, and the mark of its
/// last conversation (remembered again on every hit, as the cursor of the next page).
type CachedPage = (u64, Bytes, Option<Mark>);

/// Walk bookkeeping: cursor marks, sorted indexes and cached serialised pages.
#[derive(Debug, Default)]
pub struct WalkBook {
    marks: Mutex<HashMap<(usize, Arc<str>), Mark>>,
    sorted: Mutex<HashMap<(usize, SortMode), (u64, SortedIndex)>>,
    cache: Mutex<PageCache>,
}

/// Cached pages and the bytes their bodies hold.
#[derive(Debug, Default)]
struct PageCache {
    pages: HashMap<(usize, String), CachedPage>,
    bytes: usize,
}

impl PageCache {
    fn clear(&mut self) {
        self.pages.clear();
        self.bytes = 0;
    }

    /// Stores a page, first emptying the cache when it is full (cheap, and a walk that filled
    /// it is unlikely to come back).
    fn insert(&mut self, key: (usize, String), page: CachedPage) {
        if self.pages.len() >= MAX_CACHED_PAGES || self.bytes + page.1.len() > MAX_CACHED_BYTES {
            self.clear();
        }
        self.bytes += page.1.len();
        if let Some(old) = self.pages.insert(key, page) {
            self.bytes -= old.1.len();
        }
    }
}

impl WalkBook {
    /// Forgets everything (after reset or a fixture load).
    pub fn clear(&self) {
        self.marks.lock().unwrap_or_else(|e| e.into_inner()).clear();
        self.sorted
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
        self.cache.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    fn sorted(&self, page: usize, p: &PageState, mode: SortMode) -> SortedIndex {
        let mut sorted = self.sorted.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((seq, index)) = sorted.get(&(page, mode))
            && *seq == p.seq
        {
            return index.clone();
        }
        let convs = &p.conversations;
        let order = |&a: &u32, &b: &u32| {
            let (a, b) = (&convs[a as usize], &convs[b as usize]);
            serve_order((key(a, mode), &a.id), (key(b, mode), &b.id))
        };
        let index = match sorted.get(&(page, mode)) {
            // After a few writes the previous order is almost right: the adaptive stable sort
            // repairs it in about linear time instead of sorting from scratch.
            Some((_, previous)) if previous.len() == convs.len() => {
                let mut index = previous.to_vec();
                index.sort_by(order);
                index
            }
            _ => {
                let mut index: Vec<u32> = (0..convs.len() as u32).collect();
                index.sort_unstable_by(order);
                index
            }
        };
        let index = Arc::new(index);
        sorted.insert((page, mode), (p.seq, index.clone()));
        index
    }

    /// Serves one v2 page: at most `limit` conversations after `cursor`, serialised by
    /// `render`. `cache_key` identifies the query (without the token).
    #[allow(clippy::too_many_arguments)]
    pub fn serve(
        &self,
        store: &Store,
        page: usize,
        filter: &ConversationFilter,
        cursor: Option<&str>,
        limit: usize,
        cache_key: &str,
        render: impl FnOnce(&[&Conversation]) -> Bytes,
    ) -> ApiResult<Bytes> {
        let p = &store.pages[page];
        let mode = filter.mode;
        let (start_mark, walk_start) = match cursor {
            None => (None, p.seq),
            Some(id) => {
                let remembered = self
                    .marks
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .get(&(page, Arc::from(id)))
                    .cloned();
                let mark = match remembered {
                    Some(m) => m,
                    None => {
                        let i = p.conversation_index(id).map_err(|_| {
                            ApiError::invalid(
                                "last_conversation_id",
                                format!("the id of a conversation of this page, got {id:?}"),
                            )
                        })?;
                        Mark::of(&p.conversations[i], p.seq)
                    }
                };
                let walk_start = mark.walk_start;
                (Some(mark), walk_start)
            }
        };
        // A page is a pure function of the query while nothing changed since the walk began.
        let cacheable = walk_start == p.seq;
        if cacheable {
            let cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            if let Some((seq, bytes, last)) = cache.pages.get(&(page, cache_key.to_owned()))
                && *seq == p.seq
            {
                let bytes = bytes.clone();
                let last = last.clone();
                drop(cache);
                if let Some(mark) = last {
                    self.remember(page, mark);
                }
                return Ok(bytes);
            }
        }
        let mut chosen: Vec<&Conversation> = Vec::with_capacity(limit);
        if !filter.matches_nothing() && limit > 0 {
            let sorted = self.sorted(page, p, mode);
            let start = match &start_mark {
                None => 0,
                Some(m) => {
                    let mk = m.key(mode);
                    sorted.partition_point(|&i| {
                        let c = &p.conversations[i as usize];
                        serve_order((key(c, mode), &c.id), (mk, &m.id)) != Ordering::Greater
                    })
                }
            };
            for &i in &sorted[start..] {
                let i = i as usize;
                if cursor.is_some() && p.changed_seq[i] > walk_start {
                    continue;
                }
                let c = &p.conversations[i];
                if filter.matches(c) {
                    chosen.push(c);
                    if chosen.len() == limit {
                        break;
                    }
                }
            }
        }
        let last = chosen.last().map(|c| Mark::of(c, walk_start));
        if let Some(mark) = &last {
            self.remember(page, mark.clone());
        }
        let bytes = render(&chosen);
        if cacheable {
            let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            cache.insert((page, cache_key.to_owned()), (p.seq, bytes.clone(), last));
        }
        Ok(bytes)
    }

    fn remember(&self, page: usize, mark: Mark) {
        let mut marks = self.marks.lock().unwrap_or_else(|e| e.into_inner());
        if marks.len() >= MAX_MARKS {
            marks.clear();
        }
        marks.insert((page, mark.id.clone()), mark);
    }

    /// Conversations matching `filter` in order (for page-number and offset lists).
    pub fn all_matching<'a>(
        &self,
        store: &'a Store,
        page: usize,
        filter: &ConversationFilter,
    ) -> Vec<&'a Conversation> {
        let p = &store.pages[page];
        if filter.matches_nothing() {
            return Vec::new();
        }
        let sorted = self.sorted(page, p, filter.mode);
        sorted
            .iter()
            .map(|&i| &p.conversations[i as usize])
            .filter(|c| filter.matches(c))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_cache_stays_within_its_byte_budget() {
        let mut cache = PageCache::default();
        let body = Bytes::from(vec![b'x'; 1 << 20]);
        for n in 0..40 {
            cache.insert((0, format!("q{n}")), (0, body.clone(), None));
            assert!(
                cache.bytes <= MAX_CACHED_BYTES,
                "{} bytes cached",
                cache.bytes
            );
            assert_eq!(cache.bytes, cache.pages.len() << 20);
        }
        // Replacing a page counts its bytes once.
        let before = cache.bytes;
        cache.insert((0, "q39".into()), (1, body.clone(), None));
        assert_eq!(cache.bytes, before);
        assert!(cache.pages.contains_key(&(0, "q39".to_owned())));
    }
}
