//! One exchange (a request and its answer) checked against the spec, as [`Finding`]s.
//!
//! The answer is read closed ([`Validator::lazy_closed`]): a field the spec does not declare is
//! an `undocumented-field` finding, kept apart from what is wrong (`type-mismatch`,
//! `missing-required`, `unknown-enum-value`). A finding describes the spec's expectation and the
//! JSON type seen, never a value, and its path is redacted as the client redacts URLs.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use pancake_openapi::redact::redact_text;
use pancake_openapi::{DeviationKind, ParameterLocation, Spec, ValidationError, Validator};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::memo::{AnswerMemo, MemoBounds, MemoKey, MemoStats};

/// What a finding is about. The report's `kind`, in kebab-case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// No operation of the spec has this method and path.
    UndocumentedOperation,
    /// The operation documents no answer for this status (nor its class, nor `default`).
    UndocumentedStatus,
    /// An `error_code` outside the spec's `x-pancake-error-codes`.
    UndocumentedErrorCode,
    /// A field of the answer the spec does not declare (the answer read closed).
    UndocumentedField,
    /// A value of another type than the spec's, or refused by another of its constraints.
    TypeMismatch,
    /// A property the spec requires is absent.
    MissingRequired,
    /// A value outside the spec's enum.
    UnknownEnumValue,
    /// The request does not match the operation: a parameter or body the spec refuses.
    InvalidRequest,
}

impl FindingKind {
    /// Every kind, in the report's order.
    pub const ALL: [FindingKind; 8] = [
        FindingKind::UndocumentedOperation,
        FindingKind::UndocumentedStatus,
        FindingKind::UndocumentedErrorCode,
        FindingKind::UndocumentedField,
        FindingKind::TypeMismatch,
        FindingKind::MissingRequired,
        FindingKind::UnknownEnumValue,
        FindingKind::InvalidRequest,
    ];

    /// The kebab-case name of the report.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::UndocumentedOperation => "undocumented-operation",
            FindingKind::UndocumentedStatus => "undocumented-status",
            FindingKind::UndocumentedErrorCode => "undocumented-error-code",
            FindingKind::UndocumentedField => "undocumented-field",
            FindingKind::TypeMismatch => "type-mismatch",
            FindingKind::MissingRequired => "missing-required",
            FindingKind::UnknownEnumValue => "unknown-enum-value",
            FindingKind::InvalidRequest => "invalid-request",
        }
    }
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for FindingKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        FindingKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = FindingKind::ALL.iter().map(|k| k.as_str()).collect();
                format!("unknown finding kind `{s}` (one of {})", names.join(", "))
            })
    }
}

/// One line of the report (`--report FILE`): JSON, one object a line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// What it is about.
    pub kind: FindingKind,
    /// The operation, `null` for an `undocumented-operation`.
    pub operation_id: Option<String>,
    /// The request's method.
    pub method: String,
    /// The request's path relative to the API base (`/public_api/v1/pages/1/tags`), tokens
    /// redacted; no query.
    pub path: String,
    /// The answer's status.
    pub status: u16,
    /// JSON pointer: into the answer's body; `/query/NAME`, `/path/NAME` and `/body/...` for the
    /// request (`invalid-request`); empty for the whole exchange.
    pub pointer: String,
    /// What the spec expects there, in words (never a value of the exchange).
    pub message: String,
    /// The JSON type seen at the pointer: `null`, `boolean`, `integer`, `number`, `string`,
    /// `array`, `object`, or `absent` (nothing there), `non-json` (a body that is not JSON).
    pub seen: String,
}

/// One exchange as the proxy or a HAR file shows it.
#[derive(Debug, Clone, Copy)]
pub struct Exchange<'a> {
    /// The request's method.
    pub method: &'a str,
    /// The path relative to the API base, without the query (`/v1/pages`).
    pub path: &'a str,
    /// The raw query string, without `?`.
    pub query: Option<&'a str>,
    /// The request's `content-type`.
    pub request_content_type: Option<&'a str>,
    /// The request's body.
    pub request_body: &'a [u8],
    /// The answer's status.
    pub status: u16,
    /// The answer's `content-type`.
    pub response_content_type: Option<&'a str>,
    /// The answer's body (decoded, when it came compressed).
    pub response_body: &'a [u8],
}

/// What checking an exchange found, and its answer's body when it was JSON (the recorder reads
/// it without parsing it again).
#[derive(Debug, Default)]
pub struct Checked {
    /// The operation, when one matched.
    pub operation_id: Option<String>,
    /// The path parameters' values.
    pub path_parameters: Vec<(String, String)>,
    /// The findings.
    pub findings: Vec<Finding>,
    /// The answer's body, when it is JSON.
    pub body: Option<Value>,
}

/// Checks exchanges against one spec. Cheap to clone (clones share the compiled schemas and
/// the memo); schemas are compiled at first use.
#[derive(Debug, Clone)]
pub struct Checker {
    spec: Spec,
    /// The findings of answers already checked, when [`Checker::with_memo`].
    memo: Option<Arc<AnswerMemo>>,
    /// Answers are read closed.
    answers: Validator,
    /// Requests are read as the spec says (open): a request field the spec does not declare is
    /// the integration's business.
    requests: Validator,
}

/// The JSON type name of a value.
pub fn type_name(value: Option<&Value>) -> &'static str {
    match value {
        None => "absent",
        Some(Value::Null) => "null",
        Some(Value::Bool(_)) => "boolean",
        Some(Value::Number(n)) if n.is_i64() || n.is_u64() => "integer",
        Some(Value::Number(_)) => "number",
        Some(Value::String(_)) => "string",
        Some(Value::Array(_)) => "array",
        Some(Value::Object(_)) => "object",
    }
}

/// The JSON type a parameter's text reads as.
fn text_type(text: &str) -> &'static str {
    match serde_json::from_str::<Value>(text) {
        Ok(v @ (Value::Number(_) | Value::Bool(_) | Value::Null)) => type_name(Some(&v)),
        _ => "string",
    }
}

fn finding_kind(kind: DeviationKind) -> FindingKind {
    match kind {
        DeviationKind::UndeclaredProperty => FindingKind::UndocumentedField,
        DeviationKind::WrongType | DeviationKind::Other => FindingKind::TypeMismatch,
        DeviationKind::MissingRequired => FindingKind::MissingRequired,
        DeviationKind::NotInEnum => FindingKind::UnknownEnumValue,
    }
}

impl Checker {
    /// A checker of `spec`.
    pub fn new(spec: &Spec) -> Checker {
        Checker {
            spec: spec.clone(),
            memo: None,
            answers: Validator::lazy_closed(spec),
            requests: Validator::lazy(spec),
        }
    }

    /// A checker of `spec` that remembers the findings of the answers it checked, within
    /// `bounds` ([`AnswerMemo`]): an answer with the same bytes as one checked before, for the
    /// same operation, status and content type, is not parsed and validated again.
    pub fn with_memo(spec: &Spec, bounds: MemoBounds) -> Checker {
        Checker {
            memo: Some(Arc::new(AnswerMemo::new(bounds))),
            ..Checker::new(spec)
        }
    }

    /// The memo's hits and misses so far, when it has one.
    pub fn memo_stats(&self) -> Option<MemoStats> {
        self.memo.as_ref().map(|m| m.stats())
    }

    /// The spec it checks against.
    pub fn spec(&self) -> &Spec {
        &self.spec
    }

    /// Checks one exchange. [`Checked::body`] is the answer parsed, when it is JSON.
    pub fn check(&self, exchange: &Exchange<'_>) -> Checked {
        self.check_with(exchange, true)
    }

    /// Checks one exchange; the answer's body is parsed into [`Checked::body`] only when
    /// `want_body` (the recorder reads it) or when the answer has to be checked: an answer whose
    /// exact bytes the memo ([`Checker::with_memo`]) already checked for the same operation,
    /// status and content type gets that check's findings without being parsed again.
    pub fn check_with(&self, exchange: &Exchange<'_>, want_body: bool) -> Checked {
        let path = redact_text(exchange.path);
        let finding = |kind, operation_id: Option<&str>, pointer: String, message, seen: &str| {
            new_finding(exchange, &path, kind, operation_id, pointer, message, seen)
        };
        let mut checked = Checked::default();
        let Some(matched) = self.spec.match_request(exchange.method, exchange.path) else {
            let body: Option<Value> = serde_json::from_slice(exchange.response_body).ok();
            checked.findings.push(finding(
                FindingKind::UndocumentedOperation,
                None,
                String::new(),
                format!(
                    "no operation of the spec is {} {}",
                    exchange.method.to_ascii_uppercase(),
                    path
                ),
                body_type(body.as_ref(), exchange.response_body),
            ));
            checked.body = body;
            return checked;
        };
        let op = matched.operation;
        let id = op.operation_id.as_str();
        checked.operation_id = Some(id.to_owned());
        checked.path_parameters = matched.path_parameters.clone();
        self.check_request(exchange, &matched, &mut checked.findings, &finding);

        let key = self.memo.as_ref().map(|memo| {
            (
                memo,
                MemoKey {
                    operation_id: id,
                    status: exchange.status,
                    content_type: exchange.response_content_type,
                    body: exchange.response_body,
                },
            )
        });
        if let Some((memo, key)) = &key
            && let Some(found) = memo.get(key)
        {
            // Found for another exchange of the same operation: only the path differs.
            checked.findings.extend(found.iter().map(|f| Finding {
                path: path.clone(),
                method: exchange.method.to_ascii_uppercase(),
                ..f.clone()
            }));
            if want_body {
                checked.body = serde_json::from_slice(exchange.response_body).ok();
            }
            return checked;
        }
        let body: Option<Value> = serde_json::from_slice(exchange.response_body).ok();
        let answer = self.check_answer(exchange, op, body.as_ref(), &finding);
        if let Some((memo, key)) = &key {
            memo.insert(key, answer.clone());
        }
        checked.findings.extend(answer);
        checked.body = body;
        checked
    }

    /// The request's findings: its parameters and its JSON body against the operation.
    fn check_request(
        &self,
        exchange: &Exchange<'_>,
        matched: &pancake_openapi::MatchedOperation<'_>,
        findings: &mut Vec<Finding>,
        finding: &impl Fn(FindingKind, Option<&str>, String, String, &str) -> Finding,
    ) {
        let op = matched.operation;
        let id = op.operation_id.as_str();
        // The request.
        let mut query: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (name, value) in url::form_urlencoded::parse(exchange.query.unwrap_or("").as_bytes()) {
            query
                .entry(name.into_owned())
                .or_default()
                .push(value.into_owned());
        }
        for parameter in &op.parameters {
            let given: Option<Vec<String>> = match parameter.location {
                ParameterLocation::Query => query.get(&parameter.name).cloned(),
                ParameterLocation::Path => matched
                    .path_parameters
                    .iter()
                    .find(|(n, _)| *n == parameter.name)
                    .map(|(_, v)| vec![percent_decoded(v)]),
                _ => continue,
            };
            let place = parameter.location.as_str();
            let at = format!(
                "/{place}/{}",
                pancake_openapi::pointer::escape(&parameter.name)
            );
            let Some(texts) = given else {
                if parameter.required {
                    findings.push(finding(
                        FindingKind::InvalidRequest,
                        Some(id),
                        at,
                        format!(
                            "the required {place} parameter `{}` is absent",
                            parameter.name
                        ),
                        "absent",
                    ));
                }
                continue;
            };
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            if let Ok(deviations) =
                self.requests
                    .parameter_text_deviations(id, &parameter.name, &texts)
            {
                for d in deviations {
                    findings.push(finding(
                        FindingKind::InvalidRequest,
                        Some(id),
                        format!("{at}{}", d.pointer),
                        format!("{} `{}`: expected {}", place, parameter.name, d.expected),
                        texts.first().map_or("absent", |t| text_type(t)),
                    ));
                }
            }
        }
        for name in query.keys() {
            if !op
                .parameters
                .iter()
                .any(|p| p.location == ParameterLocation::Query && p.name == *name)
            {
                findings.push(finding(
                    FindingKind::InvalidRequest,
                    Some(id),
                    format!("/query/{}", pancake_openapi::pointer::escape(name)),
                    format!("`{}` is not a query parameter of `{id}`", redact_text(name)),
                    "string",
                ));
            }
        }
        let json_request = exchange
            .request_content_type
            .is_some_and(|t| t.contains("json"));
        let declares_json = op.request_body.as_ref().and_then(|b| b.json()).is_some();
        if json_request && declares_json && !exchange.request_body.is_empty() {
            match serde_json::from_slice::<Value>(exchange.request_body) {
                Ok(request) => {
                    if let Ok(deviations) = self.requests.request_body_deviations(id, &request) {
                        for d in deviations {
                            let seen = type_name(request.pointer(&d.pointer));
                            findings.push(finding(
                                FindingKind::InvalidRequest,
                                Some(id),
                                format!("/body{}", d.pointer),
                                format!("request body: expected {}", d.expected),
                                seen,
                            ));
                        }
                    }
                }
                Err(_) => findings.push(finding(
                    FindingKind::InvalidRequest,
                    Some(id),
                    "/body".to_owned(),
                    "the request body is not JSON".to_owned(),
                    "non-json",
                )),
            }
        }
    }

    /// The answer's findings: they depend on the operation, the status and the answer's bytes
    /// alone (`body` is those bytes parsed), which is what lets [`AnswerMemo`] reuse them.
    fn check_answer(
        &self,
        exchange: &Exchange<'_>,
        op: &pancake_openapi::Operation,
        body: Option<&Value>,
        finding: &impl Fn(FindingKind, Option<&str>, String, String, &str) -> Finding,
    ) -> Vec<Finding> {
        let id = op.operation_id.as_str();
        let mut findings = Vec::new();
        let status = exchange.status;
        if let Some(code) = body
            .and_then(|b| b.get("error_code"))
            .and_then(Value::as_i64)
            && self.spec.error_code(code).is_none()
        {
            findings.push(finding(
                FindingKind::UndocumentedErrorCode,
                Some(id),
                "/error_code".to_owned(),
                format!("error_code {code} is not in the spec's x-pancake-error-codes"),
                "integer",
            ));
        }
        let Some(response) = op.response(status) else {
            findings.push(finding(
                FindingKind::UndocumentedStatus,
                Some(id),
                String::new(),
                format!("`{id}` documents no answer with status {status}"),
                body_type(body, exchange.response_body),
            ));
            return findings;
        };
        if response
            .json()
            .and_then(|m| m.schema_pointer.as_ref())
            .is_some()
        {
            match body {
                None => findings.push(finding(
                    FindingKind::TypeMismatch,
                    Some(id),
                    String::new(),
                    format!("the {status} answer of `{id}` is JSON in the spec"),
                    body_type(body, exchange.response_body),
                )),
                Some(value) => {
                    // An in-band error (HTTP 200, `success: false`) is the error envelope.
                    let in_band = status == 200
                        && value.get("success") == Some(&Value::Bool(false))
                        && value.get("error_code").is_some();
                    let deviations = if in_band {
                        self.answers.component_deviations("ApiError", value)
                    } else {
                        self.answers.response_deviations(id, status, value)
                    };
                    // The spec requires nothing of a 200 answer (an in-band error shares its
                    // schema, RECONCILIATION B2); what a successful list answer must carry is the
                    // array its `x-pancake-pagination` walks.
                    if !in_band
                        && (200..300).contains(&status)
                        && value.get("success") != Some(&Value::Bool(false))
                        && let Some(pagination) = &op.pagination
                        && value.is_object()
                        && value.get(&pagination.items).is_none()
                    {
                        findings.push(finding(
                            FindingKind::MissingRequired,
                            Some(id),
                            format!("/{}", pancake_openapi::pointer::escape(&pagination.items)),
                            format!(
                                "a successful answer of `{id}` carries `{}` (its x-pancake-pagination items)",
                                pagination.items
                            ),
                            "absent",
                        ));
                    }
                    match deviations {
                        Ok(deviations) => {
                            for d in deviations {
                                let seen = type_name(value.pointer(&d.pointer));
                                findings.push(finding(
                                    finding_kind(d.kind),
                                    Some(id),
                                    d.pointer,
                                    format!("expected {}", d.expected),
                                    seen,
                                ));
                            }
                        }
                        Err(ValidationError::NoJsonSchema { .. }) => {}
                        Err(e) => tracing::warn!("cannot validate the answer of `{id}`: {e}"),
                    }
                }
            }
        }
        findings
    }
}

fn new_finding(
    exchange: &Exchange<'_>,
    path: &str,
    kind: FindingKind,
    operation_id: Option<&str>,
    pointer: String,
    message: String,
    seen: &str,
) -> Finding {
    Finding {
        kind,
        operation_id: operation_id.map(str::to_owned),
        method: exchange.method.to_ascii_uppercase(),
        path: path.to_owned(),
        status: exchange.status,
        pointer,
        message,
        seen: seen.to_owned(),
    }
}

fn body_type(body: Option<&Value>, raw: &[u8]) -> &'static str {
    match body {
        Some(value) => type_name(Some(value)),
        None if raw.is_empty() => "absent",
        None => "non-json",
    }
}

fn percent_decoded(text: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", text.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| text.to_owned())
}
