//! What "the response honours the contract" means, for one exchange: the status is documented,
//! the body validates against the spec's schema for that status (JSON Schema, from the spec
//! itself), documented headers are there, and the generated client's types decode it.

use pancake_openapi::{Operation, Validator};

use crate::decode;
use crate::http::RawResponse;

/// What a check expects of one response, beyond the spec.
#[derive(Debug, Clone, Default)]
pub struct Expect {
    /// The HTTP status.
    pub status: Option<u16>,
    /// `success` in the body (`Some(true)` also accepts a body without `success`).
    pub success: Option<bool>,
    /// `error_code` in the body.
    pub error_code: Option<i64>,
}

impl Expect {
    /// A successful 200 answer: the call was valid, so an in-band `success: false` is a failure.
    pub fn ok() -> Expect {
        Expect {
            status: Some(200),
            success: Some(true),
            error_code: None,
        }
    }

    /// An answer with `status` (any body the spec allows).
    pub fn status(status: u16) -> Expect {
        Expect {
            status: Some(status),
            ..Expect::default()
        }
    }

    /// An error with `status` and `success: false`, whatever its `error_code`.
    pub fn failure(status: u16) -> Expect {
        Expect {
            status: Some(status),
            success: Some(false),
            error_code: None,
        }
    }

    /// An error: `status` with `success: false` and `error_code`.
    pub fn error(status: u16, error_code: i64) -> Expect {
        Expect {
            status: Some(status),
            success: Some(false),
            error_code: Some(error_code),
        }
    }
}

/// The verdict on one response.
#[derive(Debug, Clone, Default)]
pub struct Verdict {
    /// Every problem found, each saying what was expected and what came.
    pub problems: Vec<String>,
    /// Whether the generated client's types decoded the body (`None`: no JSON body, or no
    /// generated type for it).
    pub decoded: Option<bool>,
}

/// Checks `response` of `operation` against the spec and `expect`.
pub fn verify(
    validator: &Validator,
    operation: &Operation,
    response: &RawResponse,
    expect: &Expect,
) -> Verdict {
    let mut decoded = None;
    let mut problems = Vec::new();
    let id = &operation.operation_id;
    if let Some(status) = expect.status
        && status != response.status
    {
        problems.push(format!(
            "expected HTTP {status}, got {} (body: {})",
            response.status,
            response.text()
        ));
    }
    let Some(documented) = operation.response(response.status) else {
        problems.push(format!(
            "status {} is not documented for `{id}` (body: {})",
            response.status,
            response.text()
        ));
        return Verdict { problems, decoded };
    };
    for header in &documented.headers {
        if header.required && response.header(&header.name).is_none() {
            problems.push(format!(
                "the {} response lacks header {}",
                response.status, header.name
            ));
        }
    }
    if documented.json().is_some() {
        match &response.json {
            None => problems.push(format!(
                "the {} response of `{id}` should be JSON but is: {}",
                response.status,
                response.text()
            )),
            Some(body) => {
                if let Err(e) = validator.validate_response(id, response.status, body) {
                    problems.push(shorten(e));
                }
                match decode::decode_response(id, response.status, body) {
                    None => {}
                    Some(Ok(())) => decoded = Some(true),
                    Some(Err(e)) => {
                        decoded = Some(false);
                        problems.push(format!(
                            "the generated client cannot decode the {} response of `{id}`: {e}",
                            response.status
                        ));
                    }
                }
            }
        }
    }
    if let Some(wanted) = expect.success {
        let got = response.success();
        // A success body may leave `success` out; an error body must say `false`.
        let fine = match (wanted, got) {
            (true, None) => true,
            (w, Some(g)) => w == g,
            (false, None) => false,
        };
        if !fine {
            problems.push(format!(
                "expected success: {wanted}, got {} (body: {})",
                got.map_or("no `success`".to_owned(), |g| g.to_string()),
                response.text()
            ));
        }
    }
    if let Some(code) = expect.error_code
        && response.error_code() != Some(code)
    {
        problems.push(format!(
            "expected error_code {code}, got {} (body: {})",
            response
                .error_code()
                .map_or("none".to_owned(), |c| c.to_string()),
            response.text()
        ));
    }
    if response.status == 429 {
        match response.retry_after() {
            Some(s) if s >= 1 => {}
            Some(s) => problems.push(format!(
                "429 with Retry-After {s}: expected whole seconds >= 1"
            )),
            None => problems.push(format!(
                "429 without a Retry-After of whole seconds (got {:?})",
                response.header("retry-after")
            )),
        }
    }
    Verdict { problems, decoded }
}

/// At most a few violations: one bad field repeated over 60 items says nothing new.
fn shorten(error: pancake_openapi::ValidationError) -> String {
    const SHOWN: usize = 3;
    match error {
        pancake_openapi::ValidationError::Invalid { what, violations }
            if violations.len() > SHOWN =>
        {
            let first: Vec<String> = violations
                .iter()
                .take(SHOWN)
                .map(|v| v.to_string())
                .collect();
            format!(
                "{what} does not match the spec: {} (and {} more)",
                first.join("; "),
                violations.len() - SHOWN
            )
        }
        other => other.to_string(),
    }
}
