//! The one error type of the crate.
//!
//! Every failure a caller can meet comes back as an [`Error`], whichever layer raised it: a guard rail
//! before the request, the transport, the server (by HTTP status or in-band `success: false`) or the
//! decoder. Variants keep their cause reachable through [`std::error::Error::source`] and do not
//! repeat it in their own message, so a printed cause chain says each thing once; every URL in them
//! has its tokens replaced by `***`.

use std::time::Duration;

use serde::Deserialize;

use crate::guard::GuardRail;

use crate::redact::redact_text;

/// In-band error codes that mean "the token was refused" (`pancake_openapi::error_code`).
///
/// 102: invalid access token; 105: the page token was replaced by `generate_page_access_token`.
pub const TOKEN_ERROR_CODES: &[i64] = pancake_openapi::error_code::TOKEN_REFUSED;

/// Graph's "calls exceeded the rate limit", which Pancake puts in the body of a 429
/// (`pancake_openapi::error_code`).
pub const RATE_LIMIT_ERROR_CODE: i64 = pancake_openapi::error_code::RATE_LIMITED;

/// Result alias used throughout the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Anything that went wrong while calling the Pancake API.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server refused the request because of its rate limit (HTTP 429, or in-band code 613),
    /// and the client's retries did not get through either.
    #[error(
        "rate limited by Pancake (HTTP {status}{}) on {url}: {message}; lower the request rate, or let \
         the client's limiter and retries pace it{}",
        code_suffix(.error_code),
        retry_after_suffix(.retry_after)
    )]
    RateLimited {
        /// HTTP status (429; 200 when the refusal came in-band).
        status: u16,
        /// The server's `error_code`, if any (613 on Pancake).
        error_code: Option<i64>,
        /// Value of the `Retry-After` header, if the server sent one.
        retry_after: Option<Duration>,
        /// The server's message.
        message: String,
        /// The request URL, tokens redacted.
        url: String,
    },

    /// The token was refused: HTTP 401, or in-band error code 102 (invalid token) or 105 (page token
    /// renewed by `generate_page_access_token`).
    #[error(
        "Pancake refused the token (HTTP {status}{}) on {url}: {message}; {}",
        code_suffix(.error_code),
        token_hint(.error_code)
    )]
    Unauthorized {
        /// HTTP status (401 for the user API, 200 for the page API's in-band answer).
        status: u16,
        /// The server's `error_code`.
        error_code: Option<i64>,
        /// The server's message.
        message: String,
        /// The request URL, tokens redacted.
        url: String,
    },

    /// Any other error answer: a 4xx/5xx `ApiError`, or HTTP 200 with `success: false`.
    #[error("Pancake answered HTTP {status}{} on {url}: {message}", code_suffix(.error_code))]
    Api {
        /// HTTP status (200 for an in-band error).
        status: u16,
        /// The server's `error_code`, if any.
        error_code: Option<i64>,
        /// The server's message.
        message: String,
        /// The request URL, tokens redacted.
        url: String,
    },

    /// The server answered, but the body does not have the shape the spec describes.
    #[error(
        "could not decode the answer of {operation} (HTTP {}) from {url}{}",
        status_text(.status),
        path_text(.path)
    )]
    Decode {
        /// The operation whose answer it was.
        operation: String,
        /// HTTP status, when known.
        status: Option<u16>,
        /// The request URL, tokens redacted (empty when unknown).
        url: String,
        /// Where in the body decoding failed, as a JSON path (`conversations[3].updated_at`).
        path: Option<String>,
        /// What was wrong, tokens redacted (the display leaves it to the cause, `source`).
        message: String,
        /// The decoder's error.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },

    /// The rate limiter could not give a slot (a shared limiter's store, such as Redis, is down or
    /// too slow). Nothing was sent.
    #[error("the rate limiter could not give page {page_id} a slot: {message}")]
    Limiter {
        /// The page.
        page_id: String,
        /// What went wrong.
        message: String,
    },

    /// The request did not complete: connection refused, timeout, TLS, broken body.
    #[error("could not reach Pancake at {url}; check the base URL and the network")]
    Transport {
        /// The request URL, tokens redacted (empty when unknown).
        url: String,
        /// The transport error (its own URL stripped, so it cannot leak a token).
        #[source]
        source: reqwest::Error,
    },

    /// A request that would certainly go wrong was stopped before it was sent.
    #[error(transparent)]
    GuardRail(#[from] GuardRail),

    /// The request could not be built (a missing required parameter, a value that does not convert).
    #[error("invalid request: {message}")]
    InvalidRequest {
        /// What was wrong.
        message: String,
    },

    /// An environment variable a `*_from_env` constructor needs is unset or empty (names in
    /// [`crate::env`]).
    #[error(
        "the environment variable {variable} is not set; set it, or build the handle with \
         Pancake::builder() and Pancake::page / Pancake::user"
    )]
    MissingEnv {
        /// The variable's name (`PANCAKE_PAGE_ID`, ...).
        variable: &'static str,
    },

    /// A list walk cannot continue (for example the server returned the same cursor twice).
    #[error("pagination of {operation} stopped: {message}")]
    Pagination {
        /// The list operation.
        operation: String,
        /// Why the walk stopped.
        message: String,
    },

    /// A stored [`Checkpoint`](crate::paginate::Checkpoint) was given to a walk it was not taken
    /// on (another operation, other filters, another page size); resuming would restart or skip
    /// items silently.
    #[error(
        "the checkpoint does not belong to this walk of {operation}: {message}; resume with the \
         request it was taken on, or start again without it"
    )]
    CheckpointMismatch {
        /// The list operation walked.
        operation: String,
        /// What differs.
        message: String,
    },
}

/// The error envelope of the API (`ApiError` in the spec): `{"success": false, "error_code": N,
/// "message": "..."}`, or `{"success": false, "error": "..."}` in the generated reference's form
/// (RECONCILIATION.md B1). Every member is optional and unknown members are ignored, so that any
/// error answer decodes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct ApiErrorBody {
    /// `false` on an error answer.
    #[serde(default)]
    pub success: Option<bool>,
    /// Pancake's or Graph's error code; accepted as a number or a numeric string.
    #[serde(default, deserialize_with = "lenient_code")]
    pub error_code: Option<i64>,
    /// Human-readable reason.
    #[serde(default)]
    pub message: Option<String>,
    /// Human-readable reason, under the key of the generated reference (read when `message` is
    /// absent).
    #[serde(default)]
    pub error: Option<String>,
}

impl ApiErrorBody {
    /// Reads the envelope from a JSON body; `None` if the body is not a JSON object.
    pub fn from_json(body: &[u8]) -> Option<Self> {
        let value: serde_json::Value = serde_json::from_slice(body).ok()?;
        if !value.is_object() {
            return None;
        }
        serde_json::from_value(value).ok()
    }

    /// True when the body says `success: false`: an error even if the HTTP status is 200.
    pub fn is_in_band_error(&self) -> bool {
        self.success == Some(false)
    }
}

fn lenient_code<'de, D: serde::Deserializer<'de>>(de: D) -> Result<Option<i64>, D::Error> {
    let value = Option::<serde_json::Value>::deserialize(de)?;
    Ok(match value {
        Some(serde_json::Value::Number(n)) => n.as_i64(),
        Some(serde_json::Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    })
}

impl Error {
    /// Builds the error for an error answer: tells a rate limit from a refused token from the rest.
    ///
    /// `status` is the HTTP status as received (200 for an in-band error). `url` may hold tokens:
    /// it is redacted here, as is the message.
    pub fn from_answer(
        status: u16,
        body: ApiErrorBody,
        retry_after: Option<Duration>,
        url: &str,
    ) -> Self {
        let url = redact_text(url);
        let message = body
            .message
            .as_deref()
            .or(body.error.as_deref())
            .map(redact_text)
            .unwrap_or_else(|| "(no message)".to_owned());
        let error_code = body.error_code;
        if status == 429 || error_code == Some(RATE_LIMIT_ERROR_CODE) {
            Error::RateLimited {
                status,
                error_code,
                retry_after,
                message,
                url,
            }
        } else if status == 401 || error_code.is_some_and(|c| TOKEN_ERROR_CODES.contains(&c)) {
            Error::Unauthorized {
                status,
                error_code,
                message,
                url,
            }
        } else {
            Error::Api {
                status,
                error_code,
                message,
                url,
            }
        }
    }

    /// Wraps a transport error, stripping its URL (which carries the token).
    pub fn transport(source: reqwest::Error) -> Self {
        let url = source
            .url()
            .map(crate::redact::redact_url)
            .unwrap_or_default();
        Error::Transport {
            url,
            source: source.without_url(),
        }
    }

    /// Wraps a decoding failure of `operation`'s answer.
    pub fn decode(
        operation: &str,
        status: Option<u16>,
        url: &str,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        let source = source.into();
        Error::Decode {
            operation: operation.to_owned(),
            status,
            url: redact_text(url),
            path: None,
            message: redact_text(&source.to_string()),
            source,
        }
    }

    /// The HTTP status of the answer, when there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::RateLimited { status, .. }
            | Error::Unauthorized { status, .. }
            | Error::Api { status, .. } => Some(*status),
            Error::Decode { status, .. } => *status,
            Error::Transport { source, .. } => source.status().map(|s| s.as_u16()),
            _ => None,
        }
    }

    /// The server's `error_code`, when there was one.
    pub fn error_code(&self) -> Option<i64> {
        match self {
            Error::RateLimited { error_code, .. }
            | Error::Unauthorized { error_code, .. }
            | Error::Api { error_code, .. } => *error_code,
            _ => None,
        }
    }

    /// The server's message, when there was one.
    pub fn server_message(&self) -> Option<&str> {
        match self {
            Error::RateLimited { message, .. }
            | Error::Unauthorized { message, .. }
            | Error::Api { message, .. } => Some(message),
            _ => None,
        }
    }

    /// `Retry-After` of a rate-limit refusal.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::RateLimited { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

fn code_suffix(code: &Option<i64>) -> String {
    code.map(|c| format!(", error_code {c}"))
        .unwrap_or_default()
}

fn retry_after_suffix(retry_after: &Option<Duration>) -> String {
    retry_after
        .map(|d| format!(" (server asked to retry after {} s)", d.as_secs()))
        .unwrap_or_default()
}

fn status_text(status: &Option<u16>) -> String {
    status
        .map(|s| s.to_string())
        .unwrap_or_else(|| "unknown".to_owned())
}

fn path_text(path: &Option<String>) -> String {
    path.as_ref()
        .map(|p| format!(" at `{p}`"))
        .unwrap_or_default()
}

/// Decodes `operation`'s JSON answer into `T`; a failure names the operation, the (redacted) URL
/// and the JSON path where decoding stopped.
pub fn decode_json<T: serde::de::DeserializeOwned>(
    operation: &str,
    status: Option<u16>,
    url: &str,
    body: &[u8],
) -> Result<T> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        let snippet: String = String::from_utf8_lossy(body).chars().take(120).collect();
        let mut error = Error::decode(
            operation,
            status,
            url,
            DecodeFailure {
                error: inner,
                snippet: redact_text(&snippet),
            },
        );
        if let Error::Decode { path: slot, .. } = &mut error {
            *slot = (path != ".").then_some(path);
        }
        error
    })
}

/// A body that does not match the spec, with the start of the body for the message.
#[derive(Debug, thiserror::Error)]
#[error("{error} (body starts with: {snippet})")]
struct DecodeFailure {
    /// Not a `source`: its text is this error's own message.
    error: serde_json::Error,
    snippet: String,
}

fn token_hint(code: &Option<i64>) -> &'static str {
    match code {
        Some(pancake_openapi::error_code::TOKEN_RENEWED) => {
            "the page token was renewed (generate_page_access_token): use the new page_access_token"
        }
        _ => {
            "check the token: page APIs take the page's page_access_token, the /v1 user APIs an access_token"
        }
    }
}

#[cfg(test)]
mod tests {
    use std::error::Error as _;

    use super::*;

    fn body(code: Option<i64>, message: &str) -> ApiErrorBody {
        ApiErrorBody {
            success: Some(false),
            error_code: code,
            message: Some(message.to_owned()),
            error: None,
        }
    }

    #[test]
    fn answers_are_classified_by_status_and_code() {
        let url = "http://127.0.0.1:1/api/public_api/v1/pages/1/tags?page_access_token=SECRET";
        let cases: &[(u16, Option<i64>, &str)] = &[
            (429, Some(613), "RateLimited"),
            (200, Some(613), "RateLimited"),
            (401, Some(102), "Unauthorized"),
            (200, Some(102), "Unauthorized"),
            (200, Some(105), "Unauthorized"),
            (401, None, "Unauthorized"),
            (400, Some(100), "Api"),
            (404, None, "Api"),
            (200, Some(10900), "Api"),
            (503, None, "Api"),
        ];
        for &(status, code, expected) in cases {
            let err = Error::from_answer(status, body(code, "m"), None, url);
            let kind = match &err {
                Error::RateLimited { .. } => "RateLimited",
                Error::Unauthorized { .. } => "Unauthorized",
                Error::Api { .. } => "Api",
                other => panic!("unexpected {other:?}"),
            };
            assert_eq!(kind, expected, "status {status} code {code:?}");
            assert_eq!(err.status(), Some(status));
            assert_eq!(err.error_code(), code);
            assert_eq!(err.server_message(), Some("m"));
            let shown = format!("{err} {err:?}");
            assert!(!shown.contains("SECRET"), "{shown}");
            assert!(shown.contains("page_access_token=***"), "{shown}");
        }
    }

    #[test]
    fn rate_limit_message_names_retry_after() {
        let err = Error::from_answer(
            429,
            body(Some(613), "slow down"),
            Some(Duration::from_secs(3)),
            "u",
        );
        assert_eq!(err.retry_after(), Some(Duration::from_secs(3)));
        let text = err.to_string();
        assert!(
            text.contains("HTTP 429, error_code 613") && text.contains("after 3 s"),
            "{text}"
        );
    }

    #[test]
    fn renewed_token_gets_its_own_hint() {
        let err = Error::from_answer(
            200,
            body(Some(105), "access_token has been renewed"),
            None,
            "u",
        );
        assert!(
            err.to_string()
                .contains("renewed (generate_page_access_token)"),
            "{err}"
        );
    }

    #[test]
    fn envelope_decodes_leniently() {
        let b = ApiErrorBody::from_json(
            br#"{"success":false,"error_code":"102","message":"Invalid access_token","extra":1}"#,
        )
        .unwrap();
        assert_eq!(b.error_code, Some(102));
        assert!(b.is_in_band_error());
        let ok = ApiErrorBody::from_json(br#"{"success":true,"data":[1]}"#).unwrap();
        assert!(!ok.is_in_band_error());
        assert!(ApiErrorBody::from_json(b"<html>502</html>").is_none());
        // The generated reference's form: `error` instead of `message`, and no code.
        let b = ApiErrorBody::from_json(br#"{"success":false,"error":"Page not found"}"#).unwrap();
        assert!(b.is_in_band_error());
        let err = Error::from_answer(200, b, None, "u");
        assert!(err.to_string().contains("Page not found"), "{err}");
        assert!(ApiErrorBody::from_json(b"[1,2]").is_none());
    }

    #[test]
    fn decode_error_keeps_its_source_and_redacts() {
        let source = serde_json::from_str::<u8>("\"x\"").unwrap_err();
        let err = Error::decode(
            "list_tags",
            Some(200),
            "http://h/api?access_token=T0K",
            source,
        );
        assert!(err.source().is_some());
        assert!(!err.to_string().contains("T0K"));
    }

    #[test]
    fn decode_errors_name_operation_url_and_json_path() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Conversation {
            id: String,
            updated_at: String,
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct List {
            conversations: Vec<Conversation>,
        }
        let body =
            br#"{"conversations": [{"id": "1", "updated_at": "x"}, {"id": "2", "updated_at": 7}]}"#;
        let err = decode_json::<List>(
            "list_conversations",
            Some(200),
            "http://h/api/public_api/v2/pages/1/conversations?page_access_token=T0K",
            body,
        )
        .unwrap_err();
        let shown = err.to_string();
        assert_eq!(
            shown,
            "could not decode the answer of list_conversations (HTTP 200) from \
             http://h/api/public_api/v2/pages/1/conversations?page_access_token=*** at \
             `conversations[1].updated_at`"
        );
        let cause = err
            .source()
            .expect("the decoder's error is the cause")
            .to_string();
        assert!(
            cause.starts_with("invalid type: integer `7`, expected a string"),
            "{cause}"
        );
        assert!(!format!("{shown} {cause}").contains("T0K"));
    }

    #[test]
    fn a_cause_chain_says_each_thing_once() {
        let source = serde_json::from_str::<u8>("\"x\"").unwrap_err();
        let err = Error::decode("list_tags", Some(200), "http://h/api", source);
        let mut chain = vec![err.to_string()];
        let mut cause = err.source();
        while let Some(c) = cause {
            chain.push(c.to_string());
            cause = c.source();
        }
        for (i, outer) in chain.iter().enumerate() {
            for inner in &chain[i + 1..] {
                assert!(!outer.contains(inner.as_str()), "{chain:?}");
            }
        }
    }
}
