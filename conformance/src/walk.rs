//! A raw pagination walk, driven by the operation's `x-pancake-pagination` in the spec.
//!
//! This is the suite's own walker, written from the spec's extension and nothing else, so that
//! the client's streams can be compared with it rather than with themselves.

use pancake_openapi::{Operation, Pagination, PaginationEnd, PaginationKind, Validator};
use serde_json::Value;
use url::Url;

use crate::http::{self, Call, RawResponse};

/// What a walk saw.
#[derive(Debug, Clone, Default)]
pub struct Walk {
    /// The items of each page, in order (the last page is the one that ended the walk).
    pub pages: Vec<Vec<Value>>,
    /// The `total_field` of each page, when the pagination has one.
    pub totals: Vec<Option<u64>>,
}

impl Walk {
    /// Every item, in the order served.
    pub fn items(&self) -> Vec<&Value> {
        self.pages.iter().flatten().collect()
    }
}

/// Why a walk stopped early.
#[derive(Debug, thiserror::Error)]
pub enum WalkError {
    /// The operation has no `x-pancake-pagination`.
    #[error("`{0}` has no x-pancake-pagination")]
    NotPaginated(String),
    /// A page was not a verified 200.
    #[error("page {page} of `{operation_id}`: {reason}")]
    Page {
        /// The operation.
        operation_id: String,
        /// 1-based page index.
        page: usize,
        /// What was wrong.
        reason: String,
    },
    /// A page could not be fetched (transport, or the suite itself).
    #[error("page {page} of `{operation_id}` could not be fetched: {reason}")]
    Fetch {
        /// The operation.
        operation_id: String,
        /// 1-based page index.
        page: usize,
        /// What went wrong.
        reason: String,
    },
    /// The walk did not end within the page budget.
    #[error("`{0}` did not end within {1} pages")]
    Endless(String, usize),
    /// The request budget ran out before the walk ended; the pages served so far.
    #[error("`{0}`: the request budget ran out after {pages} pages", pages = .1.pages.len())]
    OutOfBudget(String, Walk),
}

/// Walks list operations of one server, validating every page against the spec and decoding
/// it with the generated client's types.
#[derive(Debug, Clone)]
pub struct Walker {
    /// The HTTP client.
    pub client: reqwest::Client,
    /// The API base URL.
    pub base_url: Url,
    /// The spec's validator.
    pub validator: Validator,
    /// Give up after this many pages.
    pub max_pages: usize,
}

impl Walker {
    /// A walker for the server at `base_url`.
    pub fn new(base_url: Url, validator: Validator) -> Walker {
        Walker {
            client: http::raw_client(),
            base_url,
            validator,
            max_pages: 1000,
        }
    }

    /// Walks `operation` from its first page to its documented end; see [`walk_with`].
    pub async fn walk(
        &self,
        operation: &Operation,
        base: &Call,
        page_size: Option<u32>,
    ) -> Result<Walk, WalkError> {
        walk_with(self, operation, base, page_size, |_| async {}).await
    }
}

/// Where a walk gets its pages: straight from the server ([`Walker`]), or through the
/// properties' budget and the suite's rate-limit pacer.
pub trait PageSource {
    /// The spec's validator the pages are checked with.
    fn validator(&self) -> &Validator;

    /// Sends `call` to `operation`.
    fn fetch(
        &mut self,
        operation: &Operation,
        call: &Call,
    ) -> impl std::future::Future<Output = Result<RawResponse, FetchError>>;
}

/// Why a page could not be fetched.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The exchange failed.
    #[error("{0}")]
    Http(String),
    /// The request budget is spent.
    #[error("the request budget is spent")]
    OutOfBudget,
}

impl PageSource for &Walker {
    fn validator(&self) -> &Validator {
        &self.validator
    }

    async fn fetch(
        &mut self,
        operation: &Operation,
        call: &Call,
    ) -> Result<RawResponse, FetchError> {
        http::send(&self.client, &self.base_url, operation, call)
            .await
            .map_err(|e| FetchError::Http(e.to_string()))
    }
}

/// Walks `operation` from its first page, `base` carrying the filters, until the pagination's
/// documented end. `page_size` overrides the page size for operations with a `size_param`.
/// `between(i)` runs after page `i` (0-based) when the walk goes on, to change data mid-walk.
pub async fn walk_with<F, Fut>(
    walker: &Walker,
    operation: &Operation,
    base: &Call,
    page_size: Option<u32>,
    between: F,
) -> Result<Walk, WalkError>
where
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let mut source = walker;
    walk_pages(
        &mut source,
        operation,
        base,
        page_size,
        walker.max_pages,
        between,
    )
    .await
}

/// The page size a walk of `p` asks for: `page_size` when the operation takes a size
/// parameter, else the documented one.
pub fn effective_page_size(p: &Pagination, page_size: Option<u32>) -> usize {
    let size = match (&p.size_param, page_size) {
        (Some(_), Some(s)) => s,
        _ => p.page_size,
    };
    size as usize
}

/// [`walk_with`] over any [`PageSource`], giving up after `max_pages` pages. Every page is
/// validated against the spec and decoded with the generated client's types.
pub async fn walk_pages<S, F, Fut>(
    source: &mut S,
    operation: &Operation,
    base: &Call,
    page_size: Option<u32>,
    max_pages: usize,
    mut between: F,
) -> Result<Walk, WalkError>
where
    S: PageSource,
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let id = operation.operation_id.clone();
    let p = operation
        .pagination
        .clone()
        .ok_or_else(|| WalkError::NotPaginated(id.clone()))?;
    let size = effective_page_size(&p, page_size);
    let mut walk = Walk::default();
    let mut fetched = 0usize;
    let mut cursor: Option<String> = None;
    for index in 0..max_pages {
        let mut call = base.clone().without_query(&p.param);
        match p.kind {
            PaginationKind::Cursor => {
                if let Some(c) = &cursor {
                    call = call.query(&p.param, c);
                }
            }
            PaginationKind::Offset => call = call.query(&p.param, fetched),
            PaginationKind::PageNumber => {
                call = call.query(&p.param, p.first_page.unwrap_or(1) as usize + index)
            }
        }
        if let Some(size_param) = &p.size_param {
            call = call.set_query(size_param, size);
        }
        let page_error = |reason: String| WalkError::Page {
            operation_id: id.clone(),
            page: index + 1,
            reason,
        };
        let response: RawResponse = match source.fetch(operation, &call).await {
            Ok(response) => response,
            Err(FetchError::OutOfBudget) => return Err(WalkError::OutOfBudget(id, walk)),
            Err(FetchError::Http(reason)) => {
                return Err(WalkError::Fetch {
                    operation_id: id,
                    page: index + 1,
                    reason,
                });
            }
        };
        let body = response
            .json
            .clone()
            .filter(|_| response.status == 200)
            .ok_or_else(|| page_error(format!("HTTP {}: {}", response.status, response.text())))?;
        source
            .validator()
            .validate_response(&id, 200, &body)
            .map_err(|e| page_error(e.to_string()))?;
        if let Some(Err(e)) = crate::decode::decode_response(&id, 200, &body) {
            return Err(page_error(format!(
                "the generated client cannot decode it: {e}"
            )));
        }
        if body.get("success") == Some(&Value::Bool(false)) {
            return Err(page_error(format!("in-band error: {}", response.text())));
        }
        // `items_alias`: where the sources disagree on the key, the items may be there instead.
        let listed = |key: &str| body[key].as_array().is_some_and(|a| !a.is_empty());
        let key = match &p.items_alias {
            Some(alias) if !listed(&p.items) && listed(alias) => alias.as_str(),
            _ => p.items.as_str(),
        };
        let items = body[key].as_array().cloned().ok_or_else(|| {
            page_error(format!(
                "no `{}` array, where x-pancake-pagination says the items are",
                p.items
            ))
        })?;
        let total = p
            .total_field
            .as_ref()
            .and_then(|f| body[f.as_str()].as_u64());
        fetched += items.len();
        let short = items.len() < size;
        let empty = items.is_empty();
        cursor = p
            .cursor_field
            .as_ref()
            .and_then(|f| items.last().map(|item| &item[f.as_str()]))
            .and_then(crate::suite::id_text);
        walk.pages.push(items);
        walk.totals.push(total);
        let done = match p.end {
            PaginationEnd::EmptyPage => empty,
            PaginationEnd::ShortPage => short,
            PaginationEnd::Total => short || total.is_some_and(|t| fetched as u64 >= t),
        };
        if done {
            return Ok(walk);
        }
        between(index).await;
    }
    Err(WalkError::Endless(id, max_pages))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    use pancake_openapi::Spec;
    use serde_json::json;

    /// Call-log pages of 30, 45 calls in all, under `key`; counts the requests.
    struct CallLogs {
        key: &'static str,
        validator: Validator,
    }

    impl PageSource for CallLogs {
        fn validator(&self) -> &Validator {
            &self.validator
        }

        async fn fetch(
            &mut self,
            _operation: &Operation,
            call: &Call,
        ) -> Result<RawResponse, FetchError> {
            let number: usize = call
                .query
                .iter()
                .find(|(name, _)| name == "page_number")
                .and_then(|(_, value)| value.parse().ok())
                .unwrap();
            let calls: Vec<Value> = ((number - 1) * 30..45.min(number * 30))
                .map(|i| json!({"call_id": format!("call-{i}")}))
                .collect();
            let body = json!({"success": true, self.key: calls});
            Ok(RawResponse {
                status: 200,
                headers: Default::default(),
                bytes: body.to_string().into_bytes(),
                json: Some(body),
                elapsed: Duration::ZERO,
            })
        }
    }

    #[tokio::test]
    async fn the_call_log_walk_reads_call_logs_or_data_whichever_the_answer_holds() {
        let spec = Spec::bundled().unwrap();
        let operation = spec.operation("list_sip_call_logs").unwrap();
        for key in ["call_logs", "data"] {
            let mut source = CallLogs {
                key,
                validator: Validator::lazy(&spec),
            };
            let walk = walk_pages(&mut source, operation, &Call::new(), None, 10, |_| async {})
                .await
                .unwrap();
            assert_eq!(walk.items().len(), 45, "items under `{key}`");
            assert_eq!(walk.pages.len(), 2, "30 + 15, a short page ends it");
        }
    }
}
