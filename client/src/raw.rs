//! Sending a request that is not built by progenitor (the hand-written operations and the
//! `pancake` binary) through the same hooks as the generated ones.

use std::collections::BTreeMap;

use crate::error::{Error, Result};
use crate::hooks::Inner;
use crate::operations::OperationMeta;

/// A raw answer: status, headers and body.
#[derive(Debug)]
pub struct RawAnswer {
    /// HTTP status.
    pub status: u16,
    /// Headers (with the client's own `x-pancake-client-*` additions).
    pub headers: reqwest::header::HeaderMap,
    /// The body.
    pub body: bytes::Bytes,
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
        if p.location == "path" {
            let encoded: String = url::form_urlencoded::byte_serialize(value.as_bytes()).collect();
            path = path.replace(&format!("{{{}}}", p.name), &encoded.replace('+', "%20"));
        } else if p.kind == "array" {
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
        self.prepare(&mut request, operation_id)?;
        let response = self
            .execute(http, request, operation_id)
            .await
            .map_err(Error::transport)?;
        // A redirect is an answer here (the avatar); the client never follows one.
        if !(response.status().is_success() || response.status().is_redirection()) {
            return Err(crate::call::from_response(response).await);
        }
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(Error::transport)?;
        Ok(RawAnswer {
            status,
            headers,
            body,
        })
    }
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
