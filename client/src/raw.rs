//! Sending a request that is not built by progenitor (the hand-written operations and the
//! `pancake` binary) through the same hooks as the generated ones.

use std::collections::BTreeMap;

use futures::Stream;
use serde_json::Value;

use crate::context::{self, Refusal};
use crate::error::{Error, Result};
use crate::hooks::Inner;
use crate::operations::{self, OperationMeta, ParameterLocation, ValueType};
use crate::paginate::{
    Checkpoint, FetchedResultPage, Pagination, Position, ResultPage, ResultPageRequest,
    paginate_pages,
};
use crate::{PageClient, UserClient, generated};

/// A raw answer: status, headers and body as the server sent them, and the request URL.
#[derive(Debug)]
#[non_exhaustive]
pub struct RawAnswer {
    /// HTTP status.
    pub status: u16,
    /// The answer's headers.
    pub headers: reqwest::header::HeaderMap,
    /// The body.
    pub body: bytes::Bytes,
    /// The request URL, tokens redacted.
    pub url: String,
}

impl RawAnswer {
    /// Decodes the JSON body as `operation`'s answer; a failure names the operation, the URL and
    /// the JSON path.
    pub fn decode<T: serde::de::DeserializeOwned>(&self, operation: &str) -> Result<T> {
        crate::error::decode_json(operation, Some(self.status), &self.url, &self.body)
    }
}

/// Builds the URL of `operation` from its path template and parameters. Missing required
/// parameters and unknown ones are errors naming them.
pub fn url_for(
    base_url: &str,
    operation: &OperationMeta,
    params: &BTreeMap<String, String>,
) -> Result<url::Url> {
    let mut path = operation.path.to_owned();
    let missing: Vec<&str> = operation
        .params
        .iter()
        .filter(|p| p.required && !params.contains_key(p.name))
        .map(|p| p.name)
        .collect();
    if !missing.is_empty() {
        return Err(Error::InvalidRequest {
            message: format!(
                "`{}` needs the parameter(s) {}; give them",
                operation.id,
                missing.join(", ")
            ),
        });
    }
    for name in params.keys() {
        if operation.param(name).is_none() {
            let known: Vec<&str> = operation.params.iter().map(|p| p.name).collect();
            return Err(Error::InvalidRequest {
                message: format!(
                    "`{}` has no parameter `{name}`; it takes: {}",
                    operation.id,
                    known.join(", ")
                ),
            });
        }
    }
    let mut query = Vec::new();
    for p in operation.params {
        let Some(value) = params.get(p.name) else {
            continue;
        };
        if p.location == ParameterLocation::Path {
            let encoded: String = url::form_urlencoded::byte_serialize(value.as_bytes()).collect();
            path = path.replace(&format!("{{{}}}", p.name), &encoded.replace('+', "%20"));
        } else if p.kind == ValueType::Array {
            // Repeated parameter (`type=INBOX&type=COMMENT`); a comma list is split.
            query.extend(value.split(',').map(|v| (p.name, v.trim().to_owned())));
        } else {
            query.push((p.name, value.clone()));
        }
    }
    let mut url =
        url::Url::parse(&format!("{}{}", base_url.trim_end_matches('/'), path)).map_err(|e| {
            Error::InvalidRequest {
                message: format!(
                    "cannot build the URL of `{}` from base URL `{base_url}`: {e}",
                    operation.id
                ),
            }
        })?;
    if !query.is_empty() {
        url.query_pairs_mut().extend_pairs(query);
    }
    Ok(url)
}

impl Inner {
    /// Guard rails and token, then the send with limiter and retries; a non-2xx answer (or an
    /// in-band error) becomes an [`Error`].
    pub(crate) async fn send_raw(
        &self,
        http: &reqwest::Client,
        mut request: reqwest::Request,
        operation_id: &str,
    ) -> Result<RawAnswer> {
        self.prepare(&mut request, operation_id)
            .map_err(Refusal::into_error)?;
        let (response, call) = context::run(self.execute(http, request, operation_id)).await;
        let response = response.map_err(Error::transport)?;
        if let Some(refusal) = call.refusal {
            return Err(refusal.into_error());
        }
        // A redirect is an answer here (the avatar); the client never follows one.
        if !(response.status().is_success() || response.status().is_redirection()) {
            return Err(crate::call::from_response(response, &call).await);
        }
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(Error::transport)?;
        Ok(RawAnswer {
            status,
            headers,
            body,
            url: call.url,
        })
    }
}

/// Parameters of a raw call: name → value (arrays as comma-separated lists).
pub type Params = BTreeMap<String, String>;

impl PageClient {
    /// Calls any generated operation by its `operationId`, with string parameters and a JSON
    /// body, through the same hooks as the typed methods; `page_id` is filled in. This is what the
    /// `pancake` binary uses; typed code should prefer the typed methods.
    pub async fn call(
        &self,
        operation_id: &str,
        mut params: Params,
        body: Option<&Value>,
    ) -> Result<RawAnswer> {
        let operation = known(operation_id)?;
        if operation.param("page_id").is_some() {
            params
                .entry("page_id".into())
                .or_insert_with(|| self.page_id.clone());
        }
        call(self.raw(), operation, &params, body).await
    }

    /// Walks a list operation by its `operationId` and yields the items as JSON, driven by the
    /// spec's `x-pancake-pagination` (see [`crate::paginate`]).
    pub fn call_stream<'a>(
        &'a self,
        operation_id: &str,
        mut params: Params,
        limit: Option<u64>,
    ) -> Result<impl Stream<Item = Result<Value>> + 'a> {
        let operation = known(operation_id)?;
        if operation.param("page_id").is_some() {
            params
                .entry("page_id".into())
                .or_insert_with(|| self.page_id.clone());
        }
        Ok(crate::paginate::items(
            walk(self.raw(), operation, params, None)?,
            limit,
        ))
    }

    /// Walks a list operation by its `operationId` page by page, from `from` (a stored
    /// [`ResultPage::next`]) or the start, and yields each page of JSON items with its place in
    /// the walk (the walk of `crate::paginate`, which the typed `.pages(..)` use too).
    pub fn call_pages<'a>(
        &'a self,
        operation_id: &str,
        mut params: Params,
        from: Option<Checkpoint>,
    ) -> Result<impl Stream<Item = Result<ResultPage<Value>>> + 'a> {
        let operation = known(operation_id)?;
        if operation.param("page_id").is_some() {
            params
                .entry("page_id".into())
                .or_insert_with(|| self.page_id.clone());
        }
        walk(self.raw(), operation, params, from)
    }
}

impl UserClient {
    /// Calls any generated operation of the user API or the public endpoints by its
    /// `operationId` (see [`PageClient::call`]).
    pub async fn call(
        &self,
        operation_id: &str,
        params: Params,
        body: Option<&Value>,
    ) -> Result<RawAnswer> {
        call(self.raw(), known(operation_id)?, &params, body).await
    }

    /// Walks a list operation of the user API or the public endpoints (see
    /// [`PageClient::call_stream`]).
    pub fn call_stream<'a>(
        &'a self,
        operation_id: &str,
        params: Params,
        limit: Option<u64>,
    ) -> Result<impl Stream<Item = Result<Value>> + 'a> {
        Ok(crate::paginate::items(
            walk(self.raw(), known(operation_id)?, params, None)?,
            limit,
        ))
    }

    /// Walks a list operation of the user API or the public endpoints page by page (see
    /// [`PageClient::call_pages`]).
    pub fn call_pages<'a>(
        &'a self,
        operation_id: &str,
        params: Params,
        from: Option<Checkpoint>,
    ) -> Result<impl Stream<Item = Result<ResultPage<Value>>> + 'a> {
        walk(self.raw(), known(operation_id)?, params, from)
    }
}

fn known(operation_id: &str) -> Result<&'static OperationMeta> {
    let operation = operations::operation(operation_id).ok_or_else(|| Error::InvalidRequest {
        message: format!(
            "no operation `{operation_id}` in the spec; `pancake operations` lists them"
        ),
    })?;
    if !operation.call.is_json() {
        return Err(Error::InvalidRequest {
            message: format!(
                "`{operation_id}` is not a JSON call ({:?}): use its own method, `{operation_id}`",
                operation.call
            ),
        });
    }
    Ok(operation)
}

async fn call(
    raw: &generated::Client,
    operation: &OperationMeta,
    params: &Params,
    body: Option<&Value>,
) -> Result<RawAnswer> {
    let url = url_for(&raw.baseurl, operation, params)?;
    let method = reqwest::Method::from_bytes(operation.method.as_str().as_bytes())
        .expect("the spec's methods are valid");
    let mut request = raw
        .client
        .request(method, url)
        .header(reqwest::header::ACCEPT, "application/json");
    match (body, operation.has_body) {
        (Some(body), true) => request = request.json(body),
        (None, true) => {
            return Err(Error::InvalidRequest {
                message: format!("`{}` needs a JSON body; give one", operation.id),
            });
        }
        (Some(_), false) => {
            return Err(Error::InvalidRequest {
                message: format!("`{}` takes no body", operation.id),
            });
        }
        (None, false) => {}
    }
    let request = request.build().map_err(Error::transport)?;
    raw.inner.send_raw(&raw.client, request, operation.id).await
}

fn walk<'a>(
    raw: &'a generated::Client,
    operation: &'static OperationMeta,
    params: Params,
    from: Option<Checkpoint>,
) -> Result<impl Stream<Item = Result<ResultPage<Value>>> + 'a> {
    let not_a_list = || Error::InvalidRequest {
        message: format!(
            "`{}` is not a list operation; call it without walking",
            operation.id
        ),
    };
    let meta = operation.pagination.ok_or_else(not_a_list)?;
    let mut pagination = Pagination::of(operation).ok_or_else(not_a_list)?;
    // The caller's page size is kept (the guard rail checks it on the wire); the spec's otherwise.
    if let Some(size) = meta.size_param.and_then(|size| params.get(size)) {
        let parsed = size.trim().parse().ok().filter(|n: &u64| *n > 0);
        pagination.page_size = parsed.ok_or_else(|| Error::InvalidRequest {
            message: format!(
                "{}: `{}` = {size:?} is not a page size (a whole number from 1)",
                operation.id,
                meta.size_param.unwrap_or_default()
            ),
        })?;
    }
    let own = |name: &str| name == meta.param || Some(name) == meta.size_param;
    let filters: Vec<String> = params
        .iter()
        .filter(|(name, _)| !own(name))
        .map(|(name, value)| format!("{name}={value}"))
        .collect();
    pagination.filters = crate::paginate::fingerprint(&filters.join("&"));
    Ok(paginate_pages(
        pagination,
        from,
        move |request: ResultPageRequest| {
            let mut params = params.clone();
            match request.position {
                Position::Start => {}
                Position::Cursor(c) => {
                    params.insert(meta.param.into(), c);
                }
                Position::Offset(n) | Position::PageNumber(n) => {
                    params.insert(meta.param.into(), n.to_string());
                }
            }
            if let Some(size) = meta.size_param {
                params.insert(size.into(), request.page_size.to_string());
            }
            async move {
                let answer = call(raw, operation, &params, None).await?;
                let body: Value = answer.decode(operation.id)?;
                // The items are under `items`, or under `items_alias` where the sources disagree.
                let listed = |key: &str| {
                    body.get(key)
                        .and_then(Value::as_array)
                        .is_some_and(|a| !a.is_empty())
                };
                let key = match meta.items_alias {
                    Some(alias) if !listed(meta.items) && listed(alias) => alias,
                    _ => meta.items,
                };
                let items = match body.get(key) {
                    Some(Value::Array(items)) => items.clone(),
                    None | Some(Value::Null) => Vec::new(),
                    Some(_) => {
                        return Err(Error::Pagination {
                            operation: operation.id.into(),
                            message: format!("`{key}` is not a list"),
                        });
                    }
                };
                let total = meta
                    .total_field
                    .and_then(|f| body.get(f))
                    .and_then(Value::as_u64);
                Ok(FetchedResultPage { items, total })
            }
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operations::operation;

    fn params(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn urls_follow_the_path_template() {
        let op = operation("list_conversations").unwrap();
        let url = url_for(
            "http://h:1/api/",
            op,
            &params(&[("page_id", "wa_84@c.us"), ("type", "INBOX"), ("since", "5")]),
        )
        .unwrap();
        assert_eq!(
            url.as_str(),
            "http://h:1/api/public_api/v2/pages/wa_84%40c.us/conversations?type=INBOX&since=5"
        );
        let post_ids = url_for(
            "http://h/api",
            op,
            &params(&[("page_id", "1"), ("post_ids", "a,b")]),
        )
        .unwrap();
        assert_eq!(post_ids.query(), Some("post_ids=a&post_ids=b"));
    }

    #[test]
    fn missing_and_unknown_parameters_are_named() {
        let op = operation("list_posts").unwrap();
        let err = url_for("http://h/api", op, &params(&[("page_id", "1")]))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("since, until, page_number, page_size"),
            "{err}"
        );
        let op = operation("list_tags").unwrap();
        let err = url_for(
            "http://h/api",
            op,
            &params(&[("page_id", "1"), ("colour", "x")]),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("no parameter `colour`") && err.contains("page_id"),
            "{err}"
        );
    }
}
