//! `pancake-conformance drift --har FILE`: the exchanges of a HAR file (a browser's network tab,
//! an HTTP client's export) checked as the proxy checks them, into the same findings.
//!
//! Only what the check needs is read (HAR 1.2: `log.entries[].request` and `.response`). An
//! entry whose URL has no `/api/` segment is not an API call and is skipped; so is one without
//! an answer (status 0: blocked or cancelled), and a browser's CORS preflight (`OPTIONS`).

use base64::Engine;
use serde::Deserialize;

use super::findings::{Checker, Exchange, Finding};

#[derive(Debug, Deserialize)]
struct Har {
    log: Log,
}

#[derive(Debug, Deserialize)]
struct Log {
    entries: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
struct Entry {
    request: HarRequest,
    response: HarResponse,
}

#[derive(Debug, Deserialize)]
struct HarRequest {
    method: String,
    url: String,
    #[serde(default, rename = "postData")]
    post_data: Option<PostData>,
}

#[derive(Debug, Deserialize)]
struct PostData {
    #[serde(default, rename = "mimeType")]
    mime_type: String,
    #[serde(default)]
    text: Option<String>,
}

#[derive(Debug, Deserialize)]
struct HarResponse {
    status: u16,
    #[serde(default)]
    content: Option<Content>,
}

#[derive(Debug, Deserialize)]
struct Content {
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    encoding: Option<String>,
}

/// What a HAR file gave.
#[derive(Debug, Default)]
pub struct HarOutcome {
    /// Exchanges checked.
    pub checked: usize,
    /// Entries skipped (not an API call, or no answer).
    pub skipped: usize,
    /// The findings, in the file's order.
    pub findings: Vec<Finding>,
}

/// Checks every API exchange of a HAR file.
pub fn check_har(checker: &Checker, har: &[u8]) -> Result<HarOutcome, String> {
    let har: Har = serde_json::from_slice(har).map_err(|e| format!("not a HAR file: {e}"))?;
    let mut outcome = HarOutcome::default();
    for entry in har.log.entries {
        let Ok(url) = url::Url::parse(&entry.request.url) else {
            outcome.skipped += 1;
            continue;
        };
        let Some(at) = url.path().find("/api/") else {
            outcome.skipped += 1;
            continue;
        };
        // No answer, or a browser's CORS preflight (not a call of the API).
        if entry.response.status == 0 || entry.request.method.eq_ignore_ascii_case("OPTIONS") {
            outcome.skipped += 1;
            continue;
        }
        let path = &url.path()[at + "/api".len()..];
        let (mime, request_body) = match &entry.request.post_data {
            Some(p) => (
                Some(p.mime_type.as_str()),
                p.text.clone().unwrap_or_default(),
            ),
            None => (None, String::new()),
        };
        let content = entry.response.content.unwrap_or(Content {
            text: None,
            encoding: None,
        });
        let text = content.text.unwrap_or_default();
        let response_body = if content.encoding.as_deref() == Some("base64") {
            base64::engine::general_purpose::STANDARD
                .decode(text.as_bytes())
                .unwrap_or_default()
        } else {
            text.into_bytes()
        };
        let exchange = Exchange {
            method: &entry.request.method,
            path,
            query: url.query(),
            request_content_type: mime,
            request_body: request_body.as_bytes(),
            status: entry.response.status,
            response_content_type: None,
            response_body: &response_body,
        };
        outcome.findings.extend(checker.check(&exchange).findings);
        outcome.checked += 1;
    }
    Ok(outcome)
}
