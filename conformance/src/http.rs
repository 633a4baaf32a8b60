//! Raw HTTP exchanges with the target, described by the spec's operation index.
//!
//! The suite validates what travels on the wire, so requests are built here with reqwest from the
//! spec's method and path template, never through the generated client: a mistake in generation
//! must not be able to hide a mistake in the server.

use std::time::{Duration, Instant};

use pancake_openapi::Operation;
use reqwest::header::HeaderMap;
use serde_json::Value;
use url::Url;

/// A request body.
#[derive(Debug, Clone, Default)]
pub enum Body {
    /// No body.
    #[default]
    None,
    /// A JSON value (`Content-Type: application/json`).
    Json(Value),
    /// Bytes sent as they are, with this content type (used for malformed JSON).
    Raw {
        /// The `Content-Type` header.
        content_type: String,
        /// The bytes.
        bytes: Vec<u8>,
    },
    /// A `multipart/form-data` body with one file field.
    File {
        /// The form field name (`file`).
        field: String,
        /// The file name sent.
        file_name: String,
        /// The MIME type sent.
        mime: String,
        /// The content.
        bytes: Vec<u8>,
    },
}

/// One request to one operation: parameters by name, body, extra headers.
#[derive(Debug, Clone, Default)]
pub struct Call {
    /// Values of the path template's parameters.
    pub path: Vec<(String, String)>,
    /// Query parameters, in order; a name may repeat (`type=INBOX&type=COMMENT`).
    pub query: Vec<(String, String)>,
    /// The body.
    pub body: Body,
    /// Extra request headers.
    pub headers: Vec<(String, String)>,
    /// Send on a connection of its own: a server may refuse a large body before reading it and
    /// close the connection, which must not break the next request on a pooled one.
    pub own_connection: bool,
}

impl Call {
    /// An empty call.
    pub fn new() -> Call {
        Call::default()
    }

    /// Sets a path parameter.
    pub fn path(mut self, name: &str, value: impl Into<String>) -> Call {
        self.path.push((name.to_owned(), value.into()));
        self
    }

    /// Replaces (or sets) a path parameter.
    pub fn set_path(mut self, name: &str, value: impl Into<String>) -> Call {
        self.path.retain(|(n, _)| n != name);
        self.path(name, value)
    }

    /// Adds a query parameter.
    pub fn query(mut self, name: &str, value: impl ToString) -> Call {
        self.query.push((name.to_owned(), value.to_string()));
        self
    }

    /// Removes every occurrence of a query parameter (to test that it is required).
    pub fn without_query(mut self, name: &str) -> Call {
        self.query.retain(|(n, _)| n != name);
        self
    }

    /// Replaces (or adds) a query parameter.
    pub fn set_query(self, name: &str, value: impl ToString) -> Call {
        self.without_query(name).query(name, value)
    }

    /// Sets a JSON body.
    pub fn json(mut self, body: Value) -> Call {
        self.body = Body::Json(body);
        self
    }

    /// Sets the body.
    pub fn body(mut self, body: Body) -> Call {
        self.body = body;
        self
    }

    /// Adds a request header.
    pub fn header(mut self, name: &str, value: impl Into<String>) -> Call {
        self.headers.push((name.to_owned(), value.into()));
        self
    }

    /// Sends the call on a connection of its own.
    pub fn own_connection(mut self) -> Call {
        self.own_connection = true;
        self
    }

    /// The value of a path parameter, if set.
    pub fn path_value(&self, name: &str) -> Option<&str> {
        self.path
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What came back.
#[derive(Debug, Clone)]
pub struct RawResponse {
    /// The HTTP status.
    pub status: u16,
    /// The response headers.
    pub headers: HeaderMap,
    /// The body bytes.
    pub bytes: Vec<u8>,
    /// The body read as JSON, when it is JSON.
    pub json: Option<Value>,
    /// How long the exchange took.
    pub elapsed: Duration,
}

impl RawResponse {
    /// A header's value as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The body as text (lossy), for messages.
    pub fn text(&self) -> String {
        let text = String::from_utf8_lossy(&self.bytes);
        let short: String = text.chars().take(300).collect();
        pancake_client::redact::redact_text(&short)
    }

    /// `success` of a JSON object body.
    pub fn success(&self) -> Option<bool> {
        self.json.as_ref()?.get("success")?.as_bool()
    }

    /// `error_code` of a JSON object body.
    pub fn error_code(&self) -> Option<i64> {
        self.json.as_ref()?.get("error_code")?.as_i64()
    }

    /// `Retry-After` read as whole seconds.
    pub fn retry_after(&self) -> Option<u64> {
        self.header("retry-after")?.trim().parse().ok()
    }
}

/// Why an exchange did not happen.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    /// The URL could not be built (a path parameter is missing, or the base URL is odd).
    #[error("cannot build the URL of `{operation_id}`: {reason}")]
    Url {
        /// The operation.
        operation_id: String,
        /// What was wrong.
        reason: String,
    },
    /// The server could not be reached or the body could not be read. The message never holds a
    /// token: reqwest's URL is stripped.
    #[error("{method} {path} failed: {reason} (is the target running and reachable?)")]
    Transport {
        /// The method.
        method: String,
        /// The path template.
        path: String,
        /// What reqwest said.
        reason: String,
    },
}

/// Builds the URL of `operation` on `base_url` with the call's parameters.
pub fn url_for(base_url: &Url, operation: &Operation, call: &Call) -> Result<Url, HttpError> {
    let mut path = operation.path.clone();
    for name in operation.path_template_names() {
        let value = call.path_value(&name).ok_or_else(|| HttpError::Url {
            operation_id: operation.operation_id.clone(),
            reason: format!("no value for path parameter `{name}`"),
        })?;
        let encoded: String = url::form_urlencoded::byte_serialize(value.as_bytes())
            .collect::<String>()
            // form encoding writes spaces as `+`, which a path does not decode.
            .replace('+', "%20");
        path = path.replace(&format!("{{{name}}}"), &encoded);
    }
    let joined = format!("{}{}", base_url.as_str().trim_end_matches('/'), path);
    let mut url = Url::parse(&joined).map_err(|e| HttpError::Url {
        operation_id: operation.operation_id.clone(),
        reason: e.to_string(),
    })?;
    if !call.query.is_empty() {
        let mut pairs = url.query_pairs_mut();
        for (name, value) in &call.query {
            pairs.append_pair(name, value);
        }
    }
    Ok(url)
}

/// Sends `call` to `operation` and reads the whole response.
pub async fn send(
    client: &reqwest::Client,
    base_url: &Url,
    operation: &Operation,
    call: &Call,
) -> Result<RawResponse, HttpError> {
    let url = url_for(base_url, operation, call)?;
    let method = reqwest::Method::from_bytes(operation.method.as_str().as_bytes())
        .unwrap_or(reqwest::Method::GET);
    let transport = |e: reqwest::Error| HttpError::Transport {
        method: operation.method.as_str().to_owned(),
        path: operation.path.clone(),
        reason: pancake_client::redact::redact_text(&error_chain(&e.without_url())),
    };
    let own;
    let client = if call.own_connection {
        own = raw_client_builder()
            .pool_max_idle_per_host(0)
            .build()
            .unwrap_or_default();
        &own
    } else {
        client
    };
    let mut request = client.request(method, url);
    for (name, value) in &call.headers {
        request = request.header(name.as_str(), value.as_str());
    }
    request = match &call.body {
        Body::None => request,
        Body::Json(value) => request.json(value),
        Body::Raw {
            content_type,
            bytes,
        } => request
            .header(reqwest::header::CONTENT_TYPE, content_type.as_str())
            .body(bytes.clone()),
        Body::File {
            field,
            file_name,
            mime,
            bytes,
        } => {
            let part = reqwest::multipart::Part::bytes(bytes.clone())
                .file_name(file_name.clone())
                .mime_str(mime)
                .map_err(transport)?;
            request.multipart(reqwest::multipart::Form::new().part(field.clone(), part))
        }
    };
    let started = Instant::now();
    let response = request.send().await.map_err(transport)?;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response.bytes().await.map_err(transport)?.to_vec();
    let json = serde_json::from_slice(&bytes).ok();
    Ok(RawResponse {
        status,
        headers,
        bytes,
        json,
        elapsed: started.elapsed(),
    })
}

/// An error and its causes, on one line.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

fn raw_client_builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
}

/// A reqwest client that never follows redirects (the avatar's 301 is the answer under test).
pub fn raw_client() -> reqwest::Client {
    raw_client_builder().build().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_fill_the_template_encode_ids_and_repeat_query_names() {
        let spec = pancake_openapi::Spec::bundled().unwrap();
        let op = spec.operation("list_conversations").unwrap();
        let base = Url::parse("http://127.0.0.1:9/api").unwrap();
        let call = Call::new()
            .path("page_id", "wa_84193306530@c.us")
            .query("type", "INBOX")
            .query("type", "COMMENT")
            .query("page_access_token", "t k");
        let url = url_for(&base, op, &call).unwrap();
        assert_eq!(
            url.as_str(),
            "http://127.0.0.1:9/api/public_api/v2/pages/wa_84193306530%40c.us/conversations\
             ?type=INBOX&type=COMMENT&page_access_token=t+k"
        );
        let err = url_for(&base, op, &Call::new()).unwrap_err().to_string();
        assert!(err.contains("page_id"), "{err}");
    }

    #[test]
    fn call_edits_replace_and_remove() {
        let call = Call::new()
            .path("page_id", "1")
            .query("a", 1)
            .query("a", 2)
            .set_query("b", 3)
            .set_path("page_id", "2")
            .without_query("a");
        assert_eq!(call.path_value("page_id"), Some("2"));
        assert_eq!(call.query, vec![("b".to_owned(), "3".to_owned())]);
    }
}
