//! The one pagination walker behind every list stream.
//!
//! Every list operation's request builder ends the chain with a walk:
//! `page.list_conversations().since(t).stream()` yields the items ([`Items`]),
//! `.pages(checkpoint)` the result pages, each with the [`Checkpoint`] to resume after it
//! ([`Pages`]). Both are `Unpin` and take the request as the caller set it, page size included.
//!
//! The spec records how each list operation is paged (`x-pancake-pagination`); [`Pagination`] is that
//! record, and the walk turns it plus a result-page fetch into a stream of [`ResultPage`]s. The
//! walk:
//! - asks for the first result page, then moves the request parameter the way the kind says
//!   ([`WalkKind`]);
//! - stops on the end condition the spec records ([`WalkEnd`]), without asking for a result page past it;
//! - stops once the caller's `limit` items were yielded, without asking for another result page;
//! - yields an error at most once, as its last item;
//! - resumes from a stored [`Checkpoint`] without asking again for the result pages before it, and
//!   refuses ([`Error::CheckpointMismatch`]) a checkpoint taken on another operation, other
//!   filters or another page size, which would otherwise restart or skip silently.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::{Stream, StreamExt};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::operations::PaginationKind;

/// How the request parameter moves from one result page to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkKind {
    /// The next request carries `cursor_field` of the previous result page's last item.
    Cursor {
        /// Item member whose value is the next cursor (`id` for conversations).
        cursor_field: String,
    },
    /// The next request carries the number of items fetched so far (0 first).
    Offset,
    /// The next request carries the next result page number.
    PageNumber {
        /// Number of the first result page (1 on Pancake).
        first_page: u64,
    },
}

/// When the walk is over: the spec's `end` (`pancake_openapi::PaginationEnd`).
pub use pancake_openapi::PaginationEnd as WalkEnd;

/// How one list operation is paged (the spec's `x-pancake-pagination`), and which walk of it this
/// is (what its checkpoints record).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pagination {
    /// The operation, for error messages and checkpoints.
    pub operation: String,
    /// How the request parameter moves.
    pub kind: WalkKind,
    /// Items per full result page: the caller's page size, or the spec's.
    pub page_size: u64,
    /// When the walk ends.
    pub end: WalkEnd,
    /// Fingerprint of the request's filters (every parameter but the walk's own), recorded in
    /// each checkpoint; empty when the filters are not known.
    pub filters: String,
}

impl Pagination {
    /// The walk of a list operation, from its `x-pancake-pagination` in the operation table; `None`
    /// for an operation that is not a list. Walks with a size parameter use the documented
    /// maximum, so a full sync takes as few requests (and as little of the rate limit) as possible.
    pub fn of(operation: &crate::operations::OperationMeta) -> Option<Pagination> {
        let spec = operation.pagination.as_ref()?;
        Some(Pagination {
            operation: operation.id.to_owned(),
            kind: match spec.kind {
                PaginationKind::Cursor => WalkKind::Cursor {
                    cursor_field: spec.cursor_field.unwrap_or("id").to_owned(),
                },
                PaginationKind::Offset => WalkKind::Offset,
                PaginationKind::PageNumber => WalkKind::PageNumber {
                    first_page: u64::from(spec.first_page_number()),
                },
            },
            page_size: u64::from(spec.walk_page_size()),
            end: spec.end,
            filters: String::new(),
        })
    }
}

/// A short, stable fingerprint of a request's filters (FNV-1a, 64 bits, in hex): equal filters
/// give equal fingerprints in every run and on every machine, unlike std's randomly seeded hasher.
pub(crate) fn fingerprint(filters: &str) -> String {
    let hash = filters
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
        });
    format!("{hash:016x}")
}

/// Where a result page starts; the fetch closure turns it into request parameters.
///
/// It serializes (`{"kind": "cursor", "value": "…"}`), so a walk's place can be stored and passed
/// back inside a [`Checkpoint`] to resume.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Position {
    /// First result page of a cursor walk: send no cursor.
    Start,
    /// Cursor walk: send this cursor.
    Cursor(String),
    /// Offset walk (`offset`, or the messages' `current_count`): this many items were fetched
    /// already.
    Offset(u64),
    /// Page-number walk: this result page.
    PageNumber(u64),
}

impl Position {
    /// Where a walk of this kind starts.
    pub fn start(kind: &WalkKind) -> Self {
        match kind {
            WalkKind::Cursor { .. } => Position::Start,
            WalkKind::Offset => Position::Offset(0),
            WalkKind::PageNumber { first_page } => Position::PageNumber(*first_page),
        }
    }
}

/// Where a walk stands between two result pages: store it after a result page, pass it back to resume there
/// without fetching again what was already fetched.
///
/// It records which walk it belongs to (operation, filters, page size): resuming another walk
/// from it is an [`Error::CheckpointMismatch`]. A checkpoint stored before it recorded them (the
/// three fields absent) still reads, and resumes without that check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// Where the next result page starts.
    pub position: Position,
    /// Items fetched before `position` (an `end: total` walk compares it with the total).
    pub fetched: u64,
    /// Pages fetched before `position`.
    pub pages: u64,
    /// The list operation walked.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub operation: String,
    /// Fingerprint of the walk's filters (see [`Pagination::filters`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub filters: String,
    /// The walk's page size (offsets and page numbers mean something else at another size).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u64>,
}

impl Checkpoint {
    /// The start of a walk.
    pub fn start(pagination: &Pagination) -> Self {
        Self {
            position: Position::start(&pagination.kind),
            fetched: 0,
            pages: 0,
            operation: pagination.operation.clone(),
            filters: pagination.filters.clone(),
            page_size: Some(pagination.page_size),
        }
    }

    /// Checks that this checkpoint was taken on the walk `pagination` describes; what it does not
    /// record (a checkpoint from before it did) is not checked.
    pub fn check(&self, pagination: &Pagination) -> Result<()> {
        let mismatch = |message: String| {
            Err(Error::CheckpointMismatch {
                operation: pagination.operation.clone(),
                message,
            })
        };
        if !self.operation.is_empty() && self.operation != pagination.operation {
            return mismatch(format!("it was taken on `{}`", self.operation));
        }
        let filters_known = !self.filters.is_empty() && !pagination.filters.is_empty();
        if filters_known && self.filters != pagination.filters {
            return mismatch(
                "it was taken with other filters (another page, `since`, type, tags, ...)".into(),
            );
        }
        match self.page_size {
            Some(size) if size != pagination.page_size => mismatch(format!(
                "it was taken with page size {size}, this walk asks for {}",
                pagination.page_size
            )),
            _ => Ok(()),
        }
    }
}

/// What to ask for: one result page of a walk. (Not a request to a Facebook page: in this
/// workspace "page" alone is the page, see ARCHITECTURE.md's glossary.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultPageRequest {
    /// Where the result page starts.
    pub position: Position,
    /// The page size the walk expects (send it when the operation takes a size parameter).
    pub page_size: u64,
}

/// One result page as the fetch closure returns it: its items and the total, before the walk
/// gives it its place ([`ResultPage`]).
#[derive(Debug, Clone, PartialEq)]
pub struct FetchedResultPage<T> {
    /// The result page's items.
    pub items: Vec<T>,
    /// The response's total item count, where the operation has one.
    pub total: Option<u64>,
}

impl<T> FetchedResultPage<T> {
    /// A result page without a total.
    pub fn new(items: Vec<T>) -> Self {
        Self { items, total: None }
    }
}

/// One result page of a walk with its place in it: what a result page stream yields.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultPage<T> {
    /// The result page's items.
    pub items: Vec<T>,
    /// Where this result page started.
    pub position: Position,
    /// Its number in the walk, from 0 (a resumed walk keeps counting).
    pub index: u64,
    /// Items fetched by the walk so far, this result page's included.
    pub fetched: u64,
    /// The response's total item count, where the operation has one.
    pub total: Option<u64>,
    /// Where the walk continues; `None` when this was the last result page. Store it to resume.
    pub next: Option<Checkpoint>,
}

/// The result pages of a walk, each with its place and the [`Checkpoint`] after it: what a list
/// request's `.pages(from)` returns. `Unpin` and `Send`, so `while let Some(p) = pages.next().await`
/// needs no pinning and the walk can move to another task.
#[must_use = "a walk does nothing until it is polled"]
pub struct Pages<'a, T> {
    inner: Pin<Box<dyn Stream<Item = Result<ResultPage<T>>> + Send + 'a>>,
}

/// The items of a walk, result page after result page: what a list request's `.stream()` returns.
/// `Unpin` and `Send`; stop early with `StreamExt::take`, which fetches no result page past the
/// items taken.
#[must_use = "a walk does nothing until it is polled"]
pub struct Items<'a, T> {
    inner: Pin<Box<dyn Stream<Item = Result<T>> + Send + 'a>>,
}

impl<T> Stream for Pages<'_, T> {
    type Item = Result<ResultPage<T>>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<T> Stream for Items<'_, T> {
    type Item = Result<T>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<'a, T: Send + 'a> Pages<'a, T> {
    /// The items of these result pages.
    pub fn items(self) -> Items<'a, T> {
        Items {
            inner: Box::pin(items(self, None)),
        }
    }
}

impl<T> std::fmt::Debug for Pages<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pages")
    }
}

impl<T> std::fmt::Debug for Items<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Items")
    }
}

/// What the walk needs of a list operation's request builder; the generated builders of list
/// operations implement it (`surface.rs`), reading their private fields through accessors
/// generated into progenitor's `builder` module.
pub(crate) trait ListRequest: Clone + Send + Sized {
    /// The item type of the operation's list.
    type Item: Serialize + Send;
    /// The operation, from the operation table.
    fn operation(&self) -> &'static crate::operations::OperationMeta;
    /// The page size the caller set: `Ok(None)` when not set (or the operation has no size
    /// parameter), `Err` when the value given was refused (progenitor's conversion message).
    fn page_size(&self) -> std::result::Result<Option<u64>, String>;
    /// Every parameter but the walk's own (position and page size), as text to fingerprint.
    fn filters(&self) -> String;
    /// This request at `position`, asking for `page_size` items where the operation takes a size.
    fn at(self, position: &Position, page_size: u64) -> Self;
    /// Sends it and returns the result page.
    fn fetch(self) -> impl Future<Output = Result<FetchedResultPage<Self::Item>>> + Send;
}

/// Walks `request` page by page from `from` (or the start): the body of every generated
/// `.pages(from)`. The caller's page size is kept, and the spec's used when none was set; a
/// refused page size or a checkpoint of another walk is the stream's only item.
pub(crate) fn walk<'a, R: ListRequest + 'a>(
    request: R,
    from: Option<Checkpoint>,
) -> Pages<'a, R::Item> {
    let operation = request.operation();
    let Some(mut pagination) = Pagination::of(operation) else {
        unreachable!("build.rs generates walks only for list operations");
    };
    match request.page_size() {
        Ok(Some(size)) => pagination.page_size = size,
        Ok(None) => {}
        Err(message) => {
            let err = Error::InvalidRequest {
                message: format!("{}: {message}", operation.id),
            };
            return Pages {
                inner: Box::pin(futures::stream::once(async move { Err(err) })),
            };
        }
    }
    pagination.filters = fingerprint(&request.filters());
    let pages = paginate_pages(pagination, from, move |at: ResultPageRequest| {
        request.clone().at(&at.position, at.page_size).fetch()
    });
    Pages {
        inner: Box::pin(pages),
    }
}

struct Walk<F> {
    pagination: Pagination,
    fetch: F,
    /// Where the next result page starts; `None` once the walk is over.
    at: Option<Checkpoint>,
    /// An error found after a result page arrived, yielded after that result page.
    pending_error: Option<Error>,
}

/// Walks a list operation one result page at a time and yields its result pages, each with its [`Checkpoint`].
///
/// `from` resumes a walk where a stored [`ResultPage::next`] left it (`None`: from the start).
/// `fetch` gets each [`ResultPageRequest`] and returns the result page. The stream ends after the last result page, or
/// after the first error (yielded as its last item). For cursor walks the items must serialize to
/// objects carrying the cursor field.
/// A checkpoint that does not fit the walk is its only item, an [`Error::CheckpointMismatch`].
pub(crate) fn paginate_pages<T, F, Fut>(
    pagination: Pagination,
    from: Option<Checkpoint>,
    fetch: F,
) -> impl Stream<Item = Result<ResultPage<T>>>
where
    T: Serialize,
    F: FnMut(ResultPageRequest) -> Fut,
    Fut: Future<Output = Result<FetchedResultPage<T>>>,
{
    let (at, pending_error) = match from {
        None => (Some(Checkpoint::start(&pagination)), None),
        Some(from) => match from.check(&pagination) {
            Ok(()) => (Some(from), None),
            Err(err) => (None, Some(err)),
        },
    };
    let walk = Walk {
        pagination,
        fetch,
        at,
        pending_error,
    };
    futures::stream::unfold(walk, |mut walk| async move {
        let page = walk.next().await?;
        Some((page, walk))
    })
}

/// Walks a list operation one result page at a time and yields its items.
///
/// `fetch` gets each [`ResultPageRequest`] and returns the result page. `limit` caps the items yielded (and so
/// the result pages fetched). For cursor walks the items must serialize to objects carrying the cursor
/// field.
#[cfg(test)]
fn paginate<T, F, Fut>(
    pagination: Pagination,
    limit: Option<u64>,
    fetch: F,
) -> impl Stream<Item = Result<T>>
where
    T: Serialize,
    F: FnMut(ResultPageRequest) -> Fut,
    Fut: Future<Output = Result<FetchedResultPage<T>>>,
{
    items(paginate_pages(pagination, None, fetch), limit)
}

/// The items of a result page stream, at most `limit` of them. A result page is fetched only when its items are
/// wanted, so a limit reached on a result page boundary fetches nothing more.
pub(crate) fn items<T>(
    pages: impl Stream<Item = Result<ResultPage<T>>>,
    limit: Option<u64>,
) -> impl Stream<Item = Result<T>> {
    let limit = limit.map_or(usize::MAX, |l| usize::try_from(l).unwrap_or(usize::MAX));
    pages
        .flat_map(|page| {
            futures::stream::iter(match page {
                Ok(page) => page.items.into_iter().map(Ok).collect::<Vec<_>>(),
                Err(err) => vec![Err(err)],
            })
        })
        .take(limit)
}

impl<F> Walk<F> {
    async fn next<T, Fut>(&mut self) -> Option<Result<ResultPage<T>>>
    where
        T: Serialize,
        F: FnMut(ResultPageRequest) -> Fut,
        Fut: Future<Output = Result<FetchedResultPage<T>>>,
    {
        if let Some(err) = self.pending_error.take() {
            self.at = None;
            return Some(Err(err));
        }
        let at = self.at.take()?;
        let request = ResultPageRequest {
            position: at.position.clone(),
            page_size: self.pagination.page_size,
        };
        let page = match (self.fetch)(request).await {
            Ok(page) => page,
            Err(err) => return Some(Err(err)),
        };
        let count = page.items.len() as u64;
        let fetched = at.fetched + count;
        let short = count < self.pagination.page_size;
        let last_page = match self.pagination.end {
            WalkEnd::EmptyPage => count == 0,
            WalkEnd::ShortPage => short,
            WalkEnd::Total => short || page.total.is_some_and(|total| fetched >= total),
        };
        let next = if last_page {
            None
        } else {
            match self.next_position(&at.position, fetched, &page.items) {
                Ok(position) => Some(Checkpoint {
                    position,
                    fetched,
                    pages: at.pages + 1,
                    operation: self.pagination.operation.clone(),
                    filters: self.pagination.filters.clone(),
                    page_size: Some(self.pagination.page_size),
                }),
                Err(err) => {
                    self.pending_error = Some(err);
                    None
                }
            }
        };
        self.at = next.clone();
        Some(Ok(ResultPage {
            items: page.items,
            position: at.position,
            index: at.pages,
            fetched,
            total: page.total,
            next,
        }))
    }

    fn next_position<T: Serialize>(
        &self,
        previous: &Position,
        fetched: u64,
        items: &[T],
    ) -> Result<Position> {
        Ok(match (&self.pagination.kind, previous) {
            (WalkKind::Cursor { cursor_field }, previous) => {
                let cursor = items
                    .last()
                    .and_then(|last| cursor_of(last, cursor_field))
                    .ok_or_else(|| {
                        self.stop(format!(
                            "the last item has no `{cursor_field}` to continue from"
                        ))
                    })?;
                if *previous == Position::Cursor(cursor.clone()) {
                    return Err(self.stop(format!(
                        "the server returned the same cursor `{cursor}` twice"
                    )));
                }
                Position::Cursor(cursor)
            }
            (WalkKind::Offset, _) => Position::Offset(fetched),
            (WalkKind::PageNumber { .. }, Position::PageNumber(n)) => Position::PageNumber(n + 1),
            (WalkKind::PageNumber { first_page }, _) => Position::PageNumber(*first_page),
        })
    }

    fn stop(&self, message: String) -> Error {
        Error::Pagination {
            operation: self.pagination.operation.clone(),
            message,
        }
    }
}

/// Reads the cursor member of an item: a string as is, a number in decimal.
fn cursor_of<T: Serialize>(item: &T, field: &str) -> Option<String> {
    match serde_json::to_value(item).ok()?.get(field)? {
        serde_json::Value::String(s) if !s.is_empty() => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::Mutex;

    use futures::StreamExt;
    use proptest::prelude::*;
    use serde::Serialize;

    use super::*;

    #[derive(Debug, Clone, PartialEq, Serialize)]
    struct Item {
        id: String,
    }

    /// A fake server holding `n` items, recording every request it gets.
    #[derive(Clone)]
    struct Fake {
        n: u64,
        page_size: u64,
        with_total: bool,
        fail_on_call: Option<usize>,
        calls: Arc<Mutex<Vec<Position>>>,
    }

    impl Fake {
        fn new(n: u64, page_size: u64) -> Self {
            Self {
                n,
                page_size,
                with_total: false,
                fail_on_call: None,
                calls: Arc::default(),
            }
        }

        fn fetch(
            &self,
            request: ResultPageRequest,
        ) -> impl Future<Output = Result<FetchedResultPage<Item>>> + use<> {
            let fake = self.clone();
            async move {
                let call = {
                    let mut calls = fake.calls.lock().unwrap();
                    calls.push(request.position.clone());
                    calls.len()
                };
                if fake.fail_on_call == Some(call) {
                    return Err(Error::Api {
                        status: 503,
                        error_code: None,
                        message: "down".into(),
                        url: String::new(),
                    });
                }
                let start = match request.position {
                    Position::Start => 0,
                    Position::Cursor(c) => c.trim_start_matches('c').parse::<u64>().unwrap() + 1,
                    Position::Offset(o) => o,
                    Position::PageNumber(p) => (p - 1) * fake.page_size,
                };
                let end = (start + fake.page_size).min(fake.n);
                let items = (start.min(end)..end)
                    .map(|i| Item {
                        id: format!("c{i}"),
                    })
                    .collect();
                Ok(FetchedResultPage {
                    items,
                    total: fake.with_total.then_some(fake.n),
                })
            }
        }

        /// Asserts the exact number of requests made (as oxide.rs's `assert_calls`).
        fn assert_calls(&self, expected: usize) {
            let calls = self.calls.lock().unwrap();
            assert_eq!(calls.len(), expected, "requests made: {calls:?}");
        }
    }

    fn pagination(kind: WalkKind, page_size: u64, end: WalkEnd) -> Pagination {
        Pagination {
            operation: "list_test".into(),
            kind,
            page_size,
            end,
            filters: fingerprint("since=1"),
        }
    }

    fn cursor() -> WalkKind {
        WalkKind::Cursor {
            cursor_field: "id".into(),
        }
    }

    async fn run(p: Pagination, limit: Option<u64>, fake: &Fake) -> Vec<Result<Item>> {
        paginate(p, limit, |r| fake.fetch(r)).collect().await
    }

    fn ids(results: &[Result<Item>]) -> Vec<String> {
        results
            .iter()
            .map(|r| r.as_ref().unwrap().id.clone())
            .collect()
    }

    #[tokio::test]
    async fn cursor_walk_ends_on_the_empty_page() {
        let fake = Fake::new(130, 60);
        let results = run(pagination(cursor(), 60, WalkEnd::EmptyPage), None, &fake).await;
        assert_eq!(results.len(), 130);
        assert_eq!(ids(&results)[..2], ["c0", "c1"]);
        fake.assert_calls(3 + 1); // 60 + 60 + 10, then the empty page that proves the end
        let calls = fake.calls.lock().unwrap().clone();
        assert_eq!(
            calls,
            [
                Position::Start,
                Position::Cursor("c59".into()),
                Position::Cursor("c119".into()),
                Position::Cursor("c129".into())
            ]
        );
    }

    #[tokio::test]
    async fn offset_walk_ends_on_the_short_page() {
        let fake = Fake::new(65, 30);
        let results = run(
            pagination(WalkKind::Offset, 30, WalkEnd::ShortPage),
            None,
            &fake,
        )
        .await;
        assert_eq!(results.len(), 65);
        fake.assert_calls(3);
        assert_eq!(
            *fake.calls.lock().unwrap(),
            [
                Position::Offset(0),
                Position::Offset(30),
                Position::Offset(60)
            ]
        );
        // An exact multiple needs one more (empty) page to see the end.
        let fake = Fake::new(60, 30);
        assert_eq!(
            run(
                pagination(WalkKind::Offset, 30, WalkEnd::ShortPage),
                None,
                &fake
            )
            .await
            .len(),
            60
        );
        fake.assert_calls(3);
    }

    #[tokio::test]
    async fn page_number_walk_stops_at_the_total_without_an_extra_request() {
        let mut fake = Fake::new(200, 100);
        fake.with_total = true;
        let p = pagination(WalkKind::PageNumber { first_page: 1 }, 100, WalkEnd::Total);
        assert_eq!(run(p, None, &fake).await.len(), 200);
        fake.assert_calls(2);
        assert_eq!(
            *fake.calls.lock().unwrap(),
            [Position::PageNumber(1), Position::PageNumber(2)]
        );
    }

    #[tokio::test]
    async fn limit_stops_fetching() {
        // Two pages cover the limit: page 3 is never fetched.
        let fake = Fake::new(1000, 60);
        let results = run(
            pagination(cursor(), 60, WalkEnd::EmptyPage),
            Some(100),
            &fake,
        )
        .await;
        assert_eq!(results.len(), 100);
        fake.assert_calls(2);
        // A limit on a page boundary does not fetch the next page either.
        let fake = Fake::new(1000, 60);
        assert_eq!(
            run(
                pagination(cursor(), 60, WalkEnd::EmptyPage),
                Some(120),
                &fake
            )
            .await
            .len(),
            120
        );
        fake.assert_calls(2);
        let fake = Fake::new(1000, 60);
        assert_eq!(
            run(pagination(cursor(), 60, WalkEnd::EmptyPage), Some(0), &fake)
                .await
                .len(),
            0
        );
        fake.assert_calls(0);
    }

    #[tokio::test]
    async fn an_error_ends_the_stream() {
        let mut fake = Fake::new(1000, 30);
        fake.fail_on_call = Some(2);
        let results = run(
            pagination(WalkKind::Offset, 30, WalkEnd::ShortPage),
            None,
            &fake,
        )
        .await;
        assert_eq!(results.len(), 31);
        assert!(results[..30].iter().all(|r| r.is_ok()));
        assert!(matches!(results[30], Err(Error::Api { status: 503, .. })));
        fake.assert_calls(2);
    }

    #[tokio::test]
    async fn a_cursor_that_does_not_move_stops_the_walk() {
        let calls = Arc::new(Mutex::new(0));
        let p = pagination(cursor(), 2, WalkEnd::EmptyPage);
        let results: Vec<Result<Item>> = paginate(p, None, |_| {
            *calls.lock().unwrap() += 1;
            async {
                Ok(FetchedResultPage::new(vec![
                    Item { id: "a".into() },
                    Item { id: "same".into() },
                ]))
            }
        })
        .collect()
        .await;
        assert_eq!(*calls.lock().unwrap(), 2);
        assert_eq!(results.len(), 5, "both pages' items, then the error");
        let err = results[4].as_ref().unwrap_err().to_string();
        assert!(err.contains("same cursor `same` twice"), "{err}");
    }

    #[tokio::test]
    async fn numeric_cursors_and_missing_cursor_field() {
        #[derive(Serialize)]
        struct N {
            id: i64,
        }
        let seen = Arc::new(Mutex::new(Vec::new()));
        let p = pagination(cursor(), 1, WalkEnd::EmptyPage);
        let results: Vec<Result<N>> = paginate(p, Some(2), |r| {
            seen.lock().unwrap().push(r.position.clone());
            let id = seen.lock().unwrap().len() as i64;
            async move { Ok(FetchedResultPage::new(vec![N { id }])) }
        })
        .collect()
        .await;
        assert_eq!(results.len(), 2);
        assert_eq!(
            *seen.lock().unwrap(),
            [Position::Start, Position::Cursor("1".into())]
        );

        #[derive(Serialize)]
        struct NoId {
            name: &'static str,
        }
        let p = pagination(cursor(), 1, WalkEnd::EmptyPage);
        let results: Vec<Result<NoId>> = paginate(p, None, |_| async {
            Ok(FetchedResultPage::new(vec![NoId { name: "x" }]))
        })
        .collect()
        .await;
        assert!(results[0].is_ok());
        assert!(matches!(results[1], Err(Error::Pagination { .. })));
    }

    /// Walks `fake` page by page from `from`, stopping after `stop_after` pages.
    async fn pages(
        p: Pagination,
        from: Option<Checkpoint>,
        stop_after: usize,
        fake: &Fake,
    ) -> Vec<ResultPage<Item>> {
        paginate_pages(p, from, |r| fake.fetch(r))
            .take(stop_after)
            .map(|r| r.unwrap())
            .collect()
            .await
    }

    #[tokio::test]
    async fn pages_carry_their_place_and_a_stored_checkpoint_resumes_the_walk() {
        for (kind, end, with_total) in [
            (cursor(), WalkEnd::EmptyPage, false),
            (WalkKind::Offset, WalkEnd::ShortPage, false),
            (WalkKind::PageNumber { first_page: 1 }, WalkEnd::Total, true),
        ] {
            let p = pagination(kind, 30, end);
            let mut fake = Fake::new(100, 30);
            fake.with_total = with_total;
            let whole = pages(p.clone(), None, usize::MAX, &fake).await;
            let whole_calls = fake.calls.lock().unwrap().len();

            let fake = {
                let mut f = Fake::new(100, 30);
                f.with_total = with_total;
                f
            };
            let first = pages(p.clone(), None, 2, &fake).await;
            assert_eq!((first[1].index, first[1].fetched), (1, 60));
            // The checkpoint goes through storage (JSON) and back.
            let stored = serde_json::to_string(first[1].next.as_ref().unwrap()).unwrap();
            let resumed: Checkpoint = serde_json::from_str(&stored).unwrap();
            let rest = pages(p.clone(), Some(resumed), usize::MAX, &fake).await;
            assert_eq!(
                first.iter().chain(&rest).cloned().collect::<Vec<_>>(),
                whole,
                "{p:?}"
            );
            // Nothing fetched twice: the two halves made the requests of one walk.
            fake.assert_calls(whole_calls);
            assert!(whole.last().unwrap().next.is_none());
            assert_eq!(rest.last().unwrap().fetched, 100);
        }
    }

    #[tokio::test]
    async fn a_checkpoint_of_another_walk_is_refused_before_any_request() {
        let p = pagination(WalkKind::Offset, 30, WalkEnd::ShortPage);
        let fake = Fake::new(100, 30);
        let first = pages(p.clone(), None, 1, &fake).await;
        let checkpoint = first[0].next.clone().unwrap();
        assert_eq!(
            (checkpoint.operation.as_str(), checkpoint.page_size),
            ("list_test", Some(30))
        );
        let other_op = Pagination {
            operation: "list_other".into(),
            ..p.clone()
        };
        let other_filters = Pagination {
            filters: fingerprint("since=2"),
            ..p.clone()
        };
        let other_size = Pagination {
            page_size: 20,
            ..p.clone()
        };
        for (walk, says) in [
            (other_op, "taken on `list_test`"),
            (other_filters, "other filters"),
            (other_size, "page size 30, this walk asks for 20"),
        ] {
            let fake = Fake::new(100, 30);
            let results: Vec<_> = paginate_pages(walk, Some(checkpoint.clone()), |r| fake.fetch(r))
                .collect()
                .await;
            assert_eq!(results.len(), 1);
            let err = results[0].as_ref().unwrap_err();
            assert!(matches!(err, Error::CheckpointMismatch { .. }), "{err:?}");
            assert!(err.to_string().contains(says), "{err}");
            fake.assert_calls(0);
        }
    }

    #[tokio::test]
    async fn a_checkpoint_stored_before_it_recorded_its_walk_still_resumes() {
        let stored = r#"{"position":{"kind":"offset","value":30},"fetched":30,"pages":1}"#;
        let old: Checkpoint = serde_json::from_str(stored).unwrap();
        assert!(old.operation.is_empty() && old.page_size.is_none());
        let fake = Fake::new(100, 30);
        let p = pagination(WalkKind::Offset, 30, WalkEnd::ShortPage);
        let rest = pages(p, Some(old), usize::MAX, &fake).await;
        assert_eq!(rest.last().unwrap().fetched, 100);
        assert_eq!(rest[0].next.as_ref().unwrap().operation, "list_test");
        fake.assert_calls(3);
    }

    #[test]
    fn fingerprints_are_stable_across_runs() {
        // A fixed value: a fingerprint stored by one run must match in the next.
        assert_eq!(fingerprint(""), "cbf29ce484222325");
        assert_ne!(fingerprint("since=1"), fingerprint("since=2"));
    }

    proptest! {
        /// Any data set, page size, kind and limit: the items are the first min(n, limit) in order,
        /// and the walk makes exactly the requests its end rule needs.
        #[test]
        fn walks_fetch_exactly_what_they_need(
            n in 0u64..400,
            page_size in 1u64..70,
            limit in proptest::option::of(0u64..500),
            which in 0usize..4,
        ) {
            let (kind, end, with_total) = match which {
                0 => (cursor(), WalkEnd::EmptyPage, false),
                1 => (WalkKind::Offset, WalkEnd::ShortPage, false),
                2 => (WalkKind::PageNumber { first_page: 1 }, WalkEnd::Total, true),
                _ => (WalkKind::PageNumber { first_page: 1 }, WalkEnd::ShortPage, false),
            };
            let mut fake = Fake::new(n, page_size);
            fake.with_total = with_total;
            let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
            let results = runtime.block_on(run(pagination(kind, page_size, end), limit, &fake));
            let wanted = limit.map_or(n, |l| l.min(n));
            let expected: Vec<String> = (0..wanted).map(|i| format!("c{i}")).collect();
            prop_assert_eq!(ids(&results), expected);

            let full_pages = n / page_size;
            let pages_to_end = match end {
                WalkEnd::EmptyPage => full_pages + 1 + u64::from(n % page_size != 0),
                WalkEnd::ShortPage => full_pages + 1,
                WalkEnd::Total => if n == 0 { 1 } else { n.div_ceil(page_size) },
            };
            // The limit saves requests only when it is reached before the end.
            let expected_calls = match limit {
                Some(l) if l <= n => l.div_ceil(page_size).min(pages_to_end),
                _ => pages_to_end,
            };
            prop_assert_eq!(fake.calls.lock().unwrap().len() as u64, expected_calls);
        }
    }
}
