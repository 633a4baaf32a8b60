//! The operation index: for each `operationId`, what a mock, a client test or a conformance test
//! needs to know, with `$ref`s resolved and every schema located by a JSON pointer.

use std::fmt;

use serde_json::Value;

use crate::extensions::{
    self, COMMA_SEPARATED_KEY, IDEMPOTENT_KEY, ONE_VALUE_KEY, PAGINATION_KEY, Pagination, TimeUnit,
    UNIT_KEY, UPLOAD_LIMITS_KEY, UploadLimits,
};
use crate::model::{CallKind, Method, ParameterLocation, TokenKind, ValueType};
use crate::pointer::{self, join, join_index};

/// The HTTP methods a path item may carry, lower-case as in the document.
pub(crate) const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One parameter of an operation (path-level and operation-level parameters merged).
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// The parameter's name.
    pub name: String,
    /// Where it travels.
    pub location: ParameterLocation,
    /// Whether a request must carry it.
    pub required: bool,
    /// Whether it is marked deprecated.
    pub deprecated: bool,
    /// Its OpenAPI schema, top-level `$ref` resolved (nested `$ref`s stay as they are).
    pub schema: Option<Value>,
    /// Where that schema is in the document.
    pub schema_pointer: Option<String>,
    /// For an array in the query: `true` (the default for `form`) repeats the name
    /// (`type=A&type=B`), `false` joins the values with commas.
    pub explode: bool,
    /// `x-pancake-unit`, for integer time values.
    pub unit: Option<TimeUnit>,
    /// Its description (CommonMark), as the spec writes it.
    pub description: Option<String>,
    /// Its `example` (the parameter's own, else its schema's).
    pub example: Option<Value>,
    /// `x-pancake-one-value`: an array the API filters on one value of only (more give an empty
    /// result), so a client takes one value.
    pub one_value: bool,
    /// `x-pancake-comma-separated`: a string holding a list of values of this type joined with
    /// commas (`1,4`), so a client takes a list.
    pub comma_separated: Option<ValueType>,
    /// Where the parameter object itself is in the document (after resolving its `$ref`).
    pub pointer: String,
}

impl Parameter {
    /// The `type` of its schema (`string` when the schema has none).
    pub fn value_type(&self) -> ValueType {
        self.schema
            .as_ref()
            .and_then(|s| s.get("type"))
            .and_then(Value::as_str)
            .and_then(ValueType::from_key)
            .unwrap_or(ValueType::String)
    }

    /// The schema's `maximum`, for an integer with a documented bound.
    pub fn maximum(&self) -> Option<u64> {
        self.schema.as_ref()?.get("maximum")?.as_u64()
    }

    /// The token this parameter carries, if it is one.
    pub fn token(&self) -> Option<TokenKind> {
        TokenKind::of_parameter(&self.name, self.location)
    }
}

/// One media type of a request or response body.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaType {
    /// The media type (`application/json`, `multipart/form-data`).
    pub media_type: String,
    /// Its OpenAPI schema, top-level `$ref` resolved.
    pub schema: Option<Value>,
    /// Where that schema is in the document (the unresolved location).
    pub schema_pointer: Option<String>,
    /// The name of the component schema it refers to (`Tags` for
    /// `$ref: '#/components/schemas/Tags'`), when it is such a `$ref`.
    pub schema_component: Option<String>,
}

impl MediaType {
    /// Whether the body is JSON (`application/json`, `application/problem+json`, ...).
    pub fn is_json(&self) -> bool {
        is_json_media_type(&self.media_type)
    }
}

pub(crate) fn is_json_media_type(media_type: &str) -> bool {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

/// The request body of an operation.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    /// Whether a request must carry a body.
    pub required: bool,
    /// The accepted media types.
    pub content: Vec<MediaType>,
    /// Where the request body object is in the document (after resolving its `$ref`).
    pub pointer: String,
}

impl RequestBody {
    /// The JSON media type, if the body may be JSON.
    pub fn json(&self) -> Option<&MediaType> {
        self.content.iter().find(|m| m.is_json())
    }
}

/// The key of a response: one status, a class (`5XX`) or `default`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatusKey {
    /// One status code (`200`).
    Code(u16),
    /// A class of codes: `Range(5)` is `5XX`.
    Range(u16),
    /// `default`: any status no other key matches.
    Default,
}

impl StatusKey {
    /// Reads a response key of the document; `None` when it is not a status, a class or `default`.
    pub fn parse(key: &str) -> Option<StatusKey> {
        if key == "default" {
            return Some(StatusKey::Default);
        }
        let bytes = key.as_bytes();
        if bytes.len() == 3 && (b'1'..=b'5').contains(&bytes[0]) {
            if key[1..].eq_ignore_ascii_case("xx") {
                return Some(StatusKey::Range(u16::from(bytes[0] - b'0')));
            }
            if let Ok(code) = key.parse::<u16>() {
                return Some(StatusKey::Code(code));
            }
        }
        None
    }

    /// Whether a response with `status` falls under this key (ignoring more specific keys).
    pub fn covers(self, status: u16) -> bool {
        match self {
            StatusKey::Code(code) => code == status,
            StatusKey::Range(class) => status / 100 == class,
            StatusKey::Default => true,
        }
    }

    /// Whether this key describes successes (2xx): the responses a generated method returns.
    /// Redirects (3xx) are neither successes nor errors to progenitor.
    pub fn is_success(self) -> bool {
        match self {
            StatusKey::Code(code) => (200..300).contains(&code),
            StatusKey::Range(class) => class == 2,
            StatusKey::Default => false,
        }
    }

    /// Whether this key describes errors (4xx, 5xx or `default`).
    pub fn is_error(self) -> bool {
        match self {
            StatusKey::Code(code) => code >= 400,
            StatusKey::Range(class) => class >= 4,
            StatusKey::Default => true,
        }
    }
}

impl fmt::Display for StatusKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatusKey::Code(code) => write!(f, "{code}"),
            StatusKey::Range(class) => write!(f, "{class}XX"),
            StatusKey::Default => f.write_str("default"),
        }
    }
}

/// A response header.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    /// The header's name as written in the document.
    pub name: String,
    /// Whether the response always carries it.
    pub required: bool,
    /// Where its schema is in the document.
    pub schema_pointer: Option<String>,
}

/// One documented response of an operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// The status, class or `default` it documents.
    pub status: StatusKey,
    /// Its description.
    pub description: String,
    /// Its headers.
    pub headers: Vec<Header>,
    /// Its bodies, by media type (empty for a body-less response).
    pub content: Vec<MediaType>,
    /// Where the response object is in the document (after resolving its `$ref`).
    pub pointer: String,
}

impl Response {
    /// The JSON body, if the response has one.
    pub fn json(&self) -> Option<&MediaType> {
        self.content.iter().find(|m| m.is_json())
    }

    /// The header with this name, compared case-insensitively as HTTP does.
    pub fn header(&self, name: &str) -> Option<&Header> {
        self.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
    }
}

/// One operation of the spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// Its unique snake_case id (also the client's method name).
    pub operation_id: String,
    /// Its method.
    pub method: Method,
    /// Its path template, as in the document (`/public_api/v2/pages/{page_id}/conversations`).
    pub path: String,
    /// Where the operation object is in the document.
    pub pointer: String,
    /// Its summary.
    pub summary: Option<String>,
    /// Its description (CommonMark), as the spec writes it.
    pub description: Option<String>,
    /// Its tags.
    pub tags: Vec<String>,
    /// Whether it is marked deprecated.
    pub deprecated: bool,
    /// Path-level and operation-level parameters, merged (operation-level wins).
    pub parameters: Vec<Parameter>,
    /// Its request body.
    pub request_body: Option<RequestBody>,
    /// Its responses, ordered by status key.
    pub responses: Vec<Response>,
    /// Effective security requirements (the operation's, else the document's): each entry is one
    /// alternative, listing the scheme names it needs together. Empty = no authentication.
    pub security: Vec<Vec<String>>,
    /// `x-pancake-pagination`, for list operations.
    pub pagination: Option<Pagination>,
    /// `x-pancake-upload-limits`, for the upload operation.
    pub upload_limits: Option<UploadLimits>,
    /// Which token it takes: the page token, the user token, or none (a public operation).
    pub token: TokenKind,
    /// Whether sending it twice has the effect of sending it once, so that a client may repeat it
    /// after a 5xx or a timeout: `x-pancake-idempotent` on a POST or PATCH (which every one of them
    /// declares, `cargo xtask spec` checks), and always for the other methods.
    pub idempotent: bool,
}

/// The operation a request is for ([`crate::Spec::match_request`]).
#[derive(Debug, Clone, PartialEq)]
pub struct MatchedOperation<'a> {
    /// The operation.
    pub operation: &'a Operation,
    /// The path parameters' names and values, in the template's order (values as they came,
    /// percent-encoded).
    pub path_parameters: Vec<(String, String)>,
}

impl Operation {
    /// The parameter with this name (any location).
    pub fn parameter(&self, name: &str) -> Option<&Parameter> {
        self.parameters.iter().find(|p| p.name == name)
    }

    /// The response documented for `status`: the exact code, else its class (`5XX`), else `default`.
    pub fn response(&self, status: u16) -> Option<&Response> {
        let pick = |wanted: fn(&StatusKey) -> bool| {
            self.responses
                .iter()
                .find(|r| wanted(&r.status) && r.status.covers(status))
        };
        pick(|k| matches!(k, StatusKey::Code(_)))
            .or_else(|| pick(|k| matches!(k, StatusKey::Range(_))))
            .or_else(|| pick(|k| matches!(k, StatusKey::Default)))
    }

    /// The names of the path template's parameters, in order (`{page_id}` -> `page_id`).
    pub fn path_template_names(&self) -> Vec<String> {
        template_names(&self.path)
    }

    /// Whether its body is `multipart/form-data` (or another multipart type).
    pub fn is_multipart(&self) -> bool {
        self.request_body.as_ref().is_some_and(|b| {
            b.content
                .iter()
                .any(|m| m.media_type.starts_with("multipart/"))
        })
    }

    /// How its request and answer travel: a multipart body is an upload; an operation with no
    /// JSON success answer and a documented redirect (3xx) is a redirect; the rest is JSON.
    pub fn call_kind(&self) -> CallKind {
        let redirect =
            |r: &Response| matches!(r.status, StatusKey::Code(300..=399) | StatusKey::Range(3));
        let json_success = |r: &Response| r.status.is_success() && r.json().is_some();
        if self.is_multipart() {
            CallKind::MultipartUpload
        } else if !self.responses.iter().any(json_success) && self.responses.iter().any(redirect) {
            CallKind::Redirect
        } else {
            CallKind::Json
        }
    }

    /// The component schema of its `200` JSON answer (`Tags`), when that is a `$ref`.
    pub fn success_component(&self) -> Option<&str> {
        self.response(200)?.json()?.schema_component.as_deref()
    }
}

/// The names between braces in a path template, in order.
pub(crate) fn template_names(path: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        names.push(after[..end].to_owned());
        rest = &after[end + 1..];
    }
    names
}

/// An operation as found in the raw document, before indexing (the checks read these, so they
/// see operations that lack an `operationId` too).
#[derive(Debug, Clone, Copy)]
pub(crate) struct RawOperation<'a> {
    pub path: &'a str,
    pub method: &'a str,
    pub value: &'a Value,
    pub path_item: &'a Value,
}

impl RawOperation<'_> {
    pub fn pointer(&self) -> String {
        join(&join("/paths", self.path), self.method)
    }

    pub fn path_pointer(&self) -> String {
        join("/paths", self.path)
    }

    pub fn operation_id(&self) -> Option<&str> {
        self.value.get("operationId").and_then(Value::as_str)
    }

    /// `operationId` if present, else `METHOD path`, for messages.
    #[cfg(feature = "validate")]
    pub fn label(&self) -> String {
        match self.operation_id() {
            Some(id) => id.to_owned(),
            None => format!("{} {}", self.method.to_ascii_uppercase(), self.path),
        }
    }
}

/// Every operation of the document, ordered by path, then method.
pub(crate) fn raw_operations(root: &Value) -> Vec<RawOperation<'_>> {
    let Some(paths) = root.get("paths").and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (path, path_item) in paths {
        for (key, value) in path_item.as_object().into_iter().flatten() {
            if METHODS.contains(&key.as_str()) && value.is_object() {
                out.push(RawOperation {
                    path,
                    method: key,
                    value,
                    path_item,
                });
            }
        }
    }
    out
}

/// A parameter object after `$ref` resolution, with where it is declared and where it lives.
#[derive(Debug, Clone)]
pub(crate) struct ResolvedParameter<'a> {
    pub value: &'a Value,
    /// Pointer of the resolved parameter object.
    pub pointer: String,
    /// Pointer of the entry in the `parameters` list (may be a `$ref`); read by the checks.
    #[cfg_attr(not(feature = "validate"), allow(dead_code))]
    pub declared_at: String,
}

impl ResolvedParameter<'_> {
    pub fn name(&self) -> Option<&str> {
        self.value.get("name").and_then(Value::as_str)
    }

    pub fn location(&self) -> Option<&str> {
        self.value.get("in").and_then(Value::as_str)
    }
}

/// The effective parameters of an operation: path-level ones overridden by operation-level ones
/// with the same name and location. Entries whose `$ref` does not resolve are skipped (the `refs`
/// check reports them).
pub(crate) fn effective_parameters<'a>(
    root: &'a Value,
    op: &RawOperation<'a>,
) -> Vec<ResolvedParameter<'a>> {
    let mut merged: Vec<ResolvedParameter<'a>> = Vec::new();
    let lists = [(op.path_item, op.path_pointer()), (op.value, op.pointer())];
    for (owner, owner_pointer) in lists {
        let list_pointer = join(&owner_pointer, "parameters");
        let Some(list) = owner.get("parameters").and_then(Value::as_array) else {
            continue;
        };
        for (i, entry) in list.iter().enumerate() {
            let declared_at = join_index(&list_pointer, i);
            let Ok((value, pointer)) = pointer::resolve(root, entry, &declared_at) else {
                continue;
            };
            let resolved = ResolvedParameter {
                value,
                pointer,
                declared_at,
            };
            let same = |p: &ResolvedParameter<'_>| {
                p.name() == resolved.name() && p.location() == resolved.location()
            };
            match merged.iter_mut().find(|p| same(p)) {
                Some(slot) => *slot = resolved,
                None => merged.push(resolved),
            }
        }
    }
    merged
}

/// Whether the document's rate limit covers an operation with these parameters (`(location,
/// name)` pairs): it has the limit's key as a path parameter and takes the page access token
/// (`openapi/README.md`, `x-pancake-rate-limit`). The one statement of that rule, for the raw
/// document ([`is_rate_limited`]) and the typed one (`Spec::rate_limit_for`).
pub(crate) fn limit_applies<'n>(
    key: &str,
    parameters: impl IntoIterator<Item = (Option<&'n str>, Option<&'n str>)>,
) -> bool {
    let (mut keyed, mut page_token) = (false, false);
    for (location, name) in parameters {
        keyed |= location == Some("path") && name == Some(key);
        page_token |= name == Some(crate::PAGE_TOKEN_PARAMETER);
    }
    keyed && page_token
}

/// Whether the document's `x-pancake-rate-limit` covers this operation of the raw document.
#[cfg(feature = "validate")]
pub(crate) fn is_rate_limited(root: &Value, op: &RawOperation<'_>) -> bool {
    let Some(key) = root
        .get(extensions::RATE_LIMIT_KEY)
        .and_then(|limit| limit.get("key"))
        .and_then(Value::as_str)
    else {
        return false;
    };
    let parameters = effective_parameters(root, op);
    limit_applies(key, parameters.iter().map(|p| (p.location(), p.name())))
}

/// The resolved response objects of an operation with their keys, ordered by key.
pub(crate) fn raw_responses<'a>(
    root: &'a Value,
    op: &RawOperation<'a>,
) -> Vec<(&'a str, &'a Value, String)> {
    let responses_pointer = join(&op.pointer(), "responses");
    let Some(responses) = op.value.get("responses").and_then(Value::as_object) else {
        return Vec::new();
    };
    responses
        .iter()
        .filter_map(|(key, entry)| {
            let at = join(&responses_pointer, key);
            let (value, pointer) = pointer::resolve(root, entry, &at).ok()?;
            Some((key.as_str(), value, pointer))
        })
        .collect()
}

/// Builds the index of every operation that has an `operationId`.
pub(crate) fn index(root: &Value) -> Vec<Operation> {
    let root_security = root.get("security");
    raw_operations(root)
        .into_iter()
        .filter_map(|op| {
            let operation_id = op.operation_id()?.to_owned();
            let method = Method::from_key(op.method)?;
            let value = op.value;
            let parameters: Vec<Parameter> = effective_parameters(root, &op)
                .iter()
                .filter_map(|p| parameter(root, p))
                .collect();
            let token = [TokenKind::Page, TokenKind::User]
                .into_iter()
                .find(|kind| parameters.iter().any(|p| p.token() == Some(*kind)))
                .unwrap_or(TokenKind::None);
            let idempotent = match method {
                Method::Post | Method::Patch => value
                    .get(IDEMPOTENT_KEY)
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
                _ => true,
            };
            Some(Operation {
                operation_id,
                method,
                path: op.path.to_owned(),
                pointer: op.pointer(),
                summary: text(value, "summary"),
                description: text(value, "description"),
                tags: strings(value.get("tags")),
                deprecated: flag(value, "deprecated"),
                parameters,
                request_body: request_body(root, &op),
                responses: raw_responses(root, &op)
                    .into_iter()
                    .filter_map(|(key, value, pointer)| response(root, key, value, pointer))
                    .collect(),
                security: security(value.get("security").or(root_security)),
                pagination: extensions::read(value, PAGINATION_KEY).ok().flatten(),
                upload_limits: extensions::read(value, UPLOAD_LIMITS_KEY).ok().flatten(),
                token,
                idempotent,
            })
        })
        .collect()
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

fn text(object: &Value, key: &str) -> Option<String> {
    object.get(key).and_then(Value::as_str).map(str::to_owned)
}

fn flag(object: &Value, key: &str) -> bool {
    object.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn security(value: Option<&Value>) -> Vec<Vec<String>> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .map(|requirement| requirement.keys().cloned().collect())
        .collect()
}

/// A schema entry: the resolved schema, and the pointer of where it is written.
fn schema_at(root: &Value, owner: &Value, owner_pointer: &str) -> (Option<Value>, Option<String>) {
    let Some(schema) = owner.get("schema") else {
        return (None, None);
    };
    let at = join(owner_pointer, "schema");
    match pointer::resolve(root, schema, &at) {
        Ok((resolved, _)) => (Some(resolved.clone()), Some(at)),
        Err(_) => (None, None),
    }
}

fn parameter(root: &Value, p: &ResolvedParameter<'_>) -> Option<Parameter> {
    let location = ParameterLocation::from_key(p.location()?)?;
    let (schema, schema_pointer) = schema_at(root, p.value, &p.pointer);
    let example = p
        .value
        .get("example")
        .or_else(|| schema.as_ref().and_then(|s| s.get("example")))
        .cloned();
    let style_is_form = p
        .value
        .get("style")
        .and_then(Value::as_str)
        .is_none_or(|s| s == "form");
    Some(Parameter {
        name: p.name()?.to_owned(),
        location,
        required: flag(p.value, "required") || location == ParameterLocation::Path,
        deprecated: flag(p.value, "deprecated"),
        schema,
        schema_pointer,
        explode: p
            .value
            .get("explode")
            .and_then(Value::as_bool)
            .unwrap_or(style_is_form),
        unit: extensions::read(p.value, UNIT_KEY).ok().flatten(),
        description: text(p.value, "description"),
        example,
        one_value: flag(p.value, ONE_VALUE_KEY),
        comma_separated: p
            .value
            .get(COMMA_SEPARATED_KEY)
            .and_then(Value::as_str)
            .and_then(ValueType::from_key),
        pointer: p.pointer.clone(),
    })
}

fn media_types(root: &Value, owner: &Value, owner_pointer: &str) -> Vec<MediaType> {
    let content_pointer = join(owner_pointer, "content");
    owner
        .get("content")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(media_type, media)| {
            let (schema, schema_pointer) =
                schema_at(root, media, &join(&content_pointer, media_type));
            MediaType {
                media_type: media_type.clone(),
                schema,
                schema_pointer,
                schema_component: media.get("schema").and_then(component_name),
            }
        })
        .collect()
}

/// The component schema a `$ref` names (`#/components/schemas/Tags` -> `Tags`).
pub(crate) fn component_name(schema: &Value) -> Option<String> {
    let reference = schema.get("$ref")?.as_str()?;
    let name = reference.strip_prefix("#/components/schemas/")?;
    (!name.contains('/')).then(|| name.to_owned())
}

fn request_body(root: &Value, op: &RawOperation<'_>) -> Option<RequestBody> {
    let entry = op.value.get("requestBody")?;
    let (value, pointer) =
        pointer::resolve(root, entry, &join(&op.pointer(), "requestBody")).ok()?;
    Some(RequestBody {
        required: flag(value, "required"),
        content: media_types(root, value, &pointer),
        pointer,
    })
}

fn response(root: &Value, key: &str, value: &Value, pointer: String) -> Option<Response> {
    let headers_pointer = join(&pointer, "headers");
    let headers = value
        .get("headers")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(name, entry)| {
            let (header, at) = pointer::resolve(root, entry, &join(&headers_pointer, name)).ok()?;
            let (_, schema_pointer) = schema_at(root, header, &at);
            Some(Header {
                name: name.clone(),
                required: flag(header, "required"),
                schema_pointer,
            })
        })
        .collect();
    Some(Response {
        status: StatusKey::parse(key)?,
        description: value
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
        headers,
        content: media_types(root, value, &pointer),
        pointer,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_keys_parse_and_cover() {
        assert_eq!(StatusKey::parse("200"), Some(StatusKey::Code(200)));
        assert_eq!(StatusKey::parse("5XX"), Some(StatusKey::Range(5)));
        assert_eq!(StatusKey::parse("4xx"), Some(StatusKey::Range(4)));
        assert_eq!(StatusKey::parse("default"), Some(StatusKey::Default));
        assert_eq!(StatusKey::parse("20"), None);
        assert_eq!(StatusKey::parse("6XX"), None);
        assert!(StatusKey::Range(5).covers(503));
        assert!(!StatusKey::Range(5).covers(429));
        assert_eq!(StatusKey::Range(5).to_string(), "5XX");
    }

    #[test]
    fn template_names_are_read_in_order() {
        assert_eq!(
            template_names("/pages/{page_id}/conversations/{conversation_id}/tags"),
            ["page_id", "conversation_id"]
        );
        assert!(template_names("/v1/pages").is_empty());
    }

    #[test]
    fn json_media_types_are_recognised() {
        assert!(is_json_media_type("application/json; charset=utf-8"));
        assert!(is_json_media_type("application/problem+json"));
        assert!(!is_json_media_type("multipart/form-data"));
    }
}

#[cfg(test)]
mod index_tests {
    use super::*;
    use crate::{PaginationKind, Spec};

    fn spec() -> Spec {
        Spec::from_yaml_str(include_str!("../tests/data/mini.yaml")).unwrap()
    }

    #[test]
    fn operations_carry_method_path_parameters_and_bodies() {
        let spec = spec();
        assert_eq!(spec.operations().len(), 5);
        let op = spec.operation("update_conversation_tags").unwrap();
        assert_eq!(op.method, Method::Post);
        assert_eq!(
            op.path,
            "/public_api/v1/pages/{page_id}/conversations/{conversation_id}/tags"
        );
        let names: Vec<_> = op.parameters.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["page_id", "page_access_token", "conversation_id"]);
        let token = op.parameter("page_access_token").unwrap();
        assert_eq!(token.location, ParameterLocation::Query);
        assert!(token.required);
        assert_eq!(token.pointer, "/components/parameters/PageAccessToken");
        let body = op.request_body.as_ref().unwrap();
        assert!(body.required);
        assert_eq!(
            body.json().unwrap().schema.as_ref().unwrap()["required"],
            serde_json::json!(["action", "tag_id"])
        );
        assert_eq!(op.security, [vec!["PageAccessToken".to_owned()]]);
        assert!(!op.deprecated);
    }

    #[test]
    fn path_level_parameters_are_merged() {
        let spec = spec();
        let op = spec.operation("get_customer_avatar").unwrap();
        let names: Vec<_> = op.path_template_names();
        assert_eq!(names, ["page_id", "psid"]);
        assert!(op.parameter("page_id").is_some());
        assert!(op.parameter("psid").is_some());
        assert!(op.security.is_empty());
        assert_eq!(
            op.response(301).unwrap().header("location").unwrap().name,
            "Location"
        );
    }

    #[test]
    fn responses_resolve_to_code_then_class() {
        let spec = spec();
        let op = spec.operation("list_pages").unwrap();
        assert_eq!(op.response(200).unwrap().status, StatusKey::Code(200));
        assert_eq!(op.response(502).unwrap().status, StatusKey::Range(5));
        // The user API is not rate-limited, so it documents no 429.
        assert!(op.response(429).is_none());
        let op = spec.operation("list_conversations").unwrap();
        assert_eq!(op.response(429).unwrap().status, StatusKey::Code(429));
        assert!(
            op.response(429)
                .unwrap()
                .header("retry-after")
                .unwrap()
                .required
        );
        assert!(op.response(302).is_none());
    }

    #[test]
    fn extensions_are_read_per_operation() {
        let spec = spec();
        let conversations = spec.operation("list_conversations").unwrap();
        let pagination = conversations.pagination.as_ref().unwrap();
        assert_eq!(pagination.kind, PaginationKind::Cursor);
        assert_eq!(pagination.page_size, 60);
        assert_eq!(
            conversations.parameter("since").unwrap().unit,
            Some(TimeUnit::UnixSeconds)
        );
        assert!(conversations.parameter("type").unwrap().explode);
        let customers = spec.operation("list_page_customers").unwrap();
        assert_eq!(
            customers.pagination.as_ref().unwrap().max_page_size,
            Some(100)
        );

        let limit = spec.rate_limit().unwrap();
        assert_eq!((limit.requests, limit.per_seconds), (5, 1));
        assert!(spec.rate_limit_for(conversations).is_some());
        // No page token: neither the user API nor the public avatar redirect is page-limited.
        assert!(
            spec.rate_limit_for(spec.operation("list_pages").unwrap())
                .is_none()
        );
        assert!(
            spec.rate_limit_for(spec.operation("get_customer_avatar").unwrap())
                .is_none()
        );
    }
}
