//! Loading the spec: YAML text -> raw JSON document (checked against the `openapiv3` model) ->
//! operation index.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::{Map, Number, Value};

use crate::extensions::{
    self, ERROR_CODES_KEY, ErrorCode, RATE_LIMIT_KEY, RateLimit, WEBHOOK_DELIVERY_KEY,
    WebhookDelivery, WebhookEvent,
};
use crate::operations::{self, MatchedOperation, Operation};

/// Why a spec could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("cannot read the spec {}: {source}", path.display())]
    Io {
        /// The file that was asked for.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// The text is not YAML (or JSON); the message carries the line and column.
    #[error("the spec is not valid YAML: {0}")]
    Yaml(#[from] serde_norway::Error),
    /// The YAML holds something JSON cannot (a NaN, a map used as a key, ...).
    #[error("the spec cannot be read as JSON at {pointer}: {reason}")]
    NotJson {
        /// Where in the document.
        pointer: String,
        /// What was found there.
        reason: String,
    },
    /// The document does not fit the OpenAPI 3.0 model of `openapiv3` (what progenitor reads).
    #[error(
        "the spec does not fit the OpenAPI 3.0 model at `{path}`: {reason} \
         (run `cargo xtask spec` for the full list of problems)"
    )]
    Model {
        /// Dotted path of the offending element, as `serde_path_to_error` reports it.
        path: String,
        /// What the model expected.
        reason: String,
    },
}

/// Parses YAML (or JSON) text into a raw JSON document.
///
/// Mapping keys become strings (YAML reads `200:` as an integer), merge keys (`<<`) are applied
/// and tags are dropped, so the result is what a JSON reader of the same document would see.
pub fn parse_document(text: &str) -> Result<Value, LoadError> {
    let mut yaml: serde_norway::Value = serde_norway::from_str(text)?;
    yaml.apply_merge()?;
    yaml_to_json(yaml, "")
}

/// Reads and parses a document from a file.
pub fn read_document(path: &Path) -> Result<Value, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.to_owned(),
        source,
    })?;
    parse_document(&text)
}

fn yaml_to_json(value: serde_norway::Value, pointer: &str) -> Result<Value, LoadError> {
    use serde_norway::Value as Y;
    Ok(match value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => yaml_number(&n, pointer)?,
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| yaml_to_json(item, &crate::pointer::join_index(pointer, i)))
                .collect::<Result<_, _>>()?,
        ),
        Y::Mapping(mapping) => {
            let mut object = Map::new();
            for (key, item) in mapping {
                let key = yaml_key(key, pointer)?;
                let child = yaml_to_json(item, &crate::pointer::join(pointer, &key))?;
                object.insert(key, child);
            }
            Value::Object(object)
        }
        Y::Tagged(tagged) => yaml_to_json(tagged.value, pointer)?,
    })
}

fn yaml_number(n: &serde_norway::Number, pointer: &str) -> Result<Value, LoadError> {
    if let Some(i) = n.as_i64() {
        return Ok(Value::Number(i.into()));
    }
    if let Some(u) = n.as_u64() {
        return Ok(Value::Number(u.into()));
    }
    n.as_f64()
        .and_then(Number::from_f64)
        .map(Value::Number)
        .ok_or_else(|| LoadError::NotJson {
            pointer: pointer.to_owned(),
            reason: format!("the number {n} has no JSON form"),
        })
}

fn yaml_key(key: serde_norway::Value, pointer: &str) -> Result<String, LoadError> {
    use serde_norway::Value as Y;
    match key {
        Y::String(s) => Ok(s),
        Y::Number(n) => Ok(n.to_string()),
        Y::Bool(b) => Ok(b.to_string()),
        Y::Null => Ok("null".to_owned()),
        Y::Tagged(tagged) => yaml_key(tagged.value, pointer),
        Y::Sequence(_) | Y::Mapping(_) => Err(LoadError::NotJson {
            pointer: pointer.to_owned(),
            reason: "a list or a map is used as a mapping key".to_owned(),
        }),
    }
}

/// Reads the raw document into the `openapiv3` model, naming the offending element on failure.
pub fn to_model(raw: &Value) -> Result<openapiv3::OpenAPI, LoadError> {
    serde_path_to_error::deserialize(raw).map_err(|e| LoadError::Model {
        path: e.path().to_string(),
        reason: e.inner().to_string(),
    })
}

/// A loaded spec: the raw document (for JSON pointers) and the index of its operations. Loading
/// checks that the document fits the `openapiv3` model (what progenitor generates from) and keeps
/// nothing of that model: no reader needs it once the check passed, and a long-lived holder of
/// the spec (the mock) would carry a third copy of the document.
///
/// Cloning is cheap: clones share one loaded document (a [`crate::Validator`] holds one).
///
/// Loading is lenient about what [`crate::check()`] reports: an operation without an
/// `operationId` is left out of the index, and a malformed vendor extension reads as absent.
/// Run the check (the test suite does) before relying on the index being complete.
#[derive(Debug, Clone)]
pub struct Spec {
    loaded: Arc<Loaded>,
}

#[derive(Debug)]
struct Loaded {
    raw: Value,
    operations: Vec<Operation>,
    /// Index into `operations` by `operationId`.
    by_id: HashMap<String, usize>,
    rate_limit: Option<RateLimit>,
    webhook_delivery: Option<WebhookDelivery>,
    webhook_events: Vec<WebhookEvent>,
    error_codes: Vec<ErrorCode>,
}

impl Spec {
    /// The spec compiled into this crate (`openapi/pancake.yaml`).
    pub fn bundled() -> Result<Spec, LoadError> {
        Spec::from_yaml_str(crate::SPEC_YAML)
    }

    /// Loads a spec from YAML or JSON text.
    pub fn from_yaml_str(text: &str) -> Result<Spec, LoadError> {
        Spec::from_document(parse_document(text)?)
    }

    /// Loads a spec from a file.
    pub fn from_path(path: &Path) -> Result<Spec, LoadError> {
        Spec::from_document(read_document(path)?)
    }

    /// Builds a spec from an already parsed raw document.
    pub fn from_document(raw: Value) -> Result<Spec, LoadError> {
        to_model(&raw)?;
        let operations = operations::index(&raw);
        // The first of two operations with one id wins, as a search in order would find it (the
        // check reports the duplicate).
        let mut by_id = HashMap::new();
        for (i, op) in operations.iter().enumerate() {
            by_id.entry(op.operation_id.clone()).or_insert(i);
        }
        let rate_limit = extensions::read(&raw, RATE_LIMIT_KEY).ok().flatten();
        let webhook_delivery = extensions::read(&raw, WEBHOOK_DELIVERY_KEY).ok().flatten();
        let webhook_events = extensions::webhook_events(&raw);
        let error_codes = extensions::read(&raw, ERROR_CODES_KEY)
            .ok()
            .flatten()
            .unwrap_or_default();
        Ok(Spec {
            loaded: Arc::new(Loaded {
                raw,
                operations,
                by_id,
                rate_limit,
                webhook_delivery,
                webhook_events,
                error_codes,
            }),
        })
    }

    /// The raw document, for JSON pointers (`spec.raw().pointer("/paths/...")`).
    pub fn raw(&self) -> &Value {
        &self.loaded.raw
    }

    /// Every operation that has an `operationId`, ordered by path, then method (the raw
    /// document's maps are sorted by key).
    pub fn operations(&self) -> &[Operation] {
        &self.loaded.operations
    }

    /// The operation with this `operationId`.
    pub fn operation(&self, operation_id: &str) -> Option<&Operation> {
        let i = self.loaded.by_id.get(operation_id)?;
        Some(&self.loaded.operations[*i])
    }

    /// The document-wide `x-pancake-rate-limit`, if present and well-formed.
    pub fn rate_limit(&self) -> Option<&RateLimit> {
        self.loaded.rate_limit.as_ref()
    }

    /// The operation a request is for, by its method (`GET`, any case) and its path relative to
    /// the server URL (`/public_api/v1/pages/1/tags`, no query), with the path parameters' values
    /// (percent-encoded as they came). A template's `{name}` matches one non-empty segment;
    /// when two templates match, the one with more literal segments wins (`…/customers/count`
    /// before `…/customers/{id}`). `None` when no operation of the spec has that method and path.
    pub fn match_request(&self, method: &str, path: &str) -> Option<MatchedOperation<'_>> {
        let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        let mut best: Option<(usize, MatchedOperation<'_>)> = None;
        for op in self.operations() {
            if !op.method.as_str().eq_ignore_ascii_case(method) {
                continue;
            }
            let template: Vec<&str> = op.path.split('/').collect();
            if template.len() != segments.len() {
                continue;
            }
            let mut literal = 0;
            let mut values = Vec::new();
            let matched = template.iter().zip(&segments).all(|(t, s)| {
                match t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
                    Some(name) if !s.is_empty() => {
                        values.push((name.to_owned(), (*s).to_owned()));
                        true
                    }
                    Some(_) => false,
                    None => {
                        literal += 1;
                        t == s
                    }
                }
            });
            if matched && best.as_ref().is_none_or(|(l, _)| literal > *l) {
                let found = MatchedOperation {
                    operation: op,
                    path_parameters: values,
                };
                best = Some((literal, found));
            }
        }
        best.map(|(_, found)| found)
    }

    /// `x-pancake-error-codes`: every `error_code` the API is known to answer, in the
    /// document's order (empty when absent or malformed; `cargo xtask spec` checks it).
    pub fn error_codes(&self) -> &[ErrorCode] {
        &self.loaded.error_codes
    }

    /// The entry of `x-pancake-error-codes` for `code`, if the spec knows it.
    pub fn error_code(&self, code: i64) -> Option<&ErrorCode> {
        self.loaded.error_codes.iter().find(|c| c.code == code)
    }

    /// The webhook events of `x-webhooks` (event type and payload schema), sorted by event type.
    pub fn webhook_events(&self) -> &[WebhookEvent] {
        &self.loaded.webhook_events
    }

    /// The payload schema's name of webhook event `event_type`.
    pub fn webhook_event(&self, event_type: &str) -> Option<&WebhookEvent> {
        self.loaded
            .webhook_events
            .iter()
            .find(|e| e.event_type == event_type)
    }

    /// `x-pancake-webhook-delivery`, if present and well-formed.
    pub fn webhook_delivery(&self) -> Option<&WebhookDelivery> {
        self.loaded.webhook_delivery.as_ref()
    }

    /// The component schema of the items a list operation's walk yields: the `items` array of its
    /// `x-pancake-pagination`, in the component schema of its 200 answer, must be an array of a
    /// `$ref` (`Conversation` for `list_conversations`). `None` when the operation is not such a list.
    pub fn pagination_item_component(&self, operation: &Operation) -> Option<String> {
        let items = &operation.pagination.as_ref()?.items;
        let response = operation.success_component()?;
        let at = crate::pointer::join(
            &crate::pointer::join("/components/schemas", response),
            "properties",
        );
        let property = self.raw().pointer(&crate::pointer::join(&at, items))?;
        let (property, _) = crate::pointer::resolve(self.raw(), property, &at).ok()?;
        operations::component_name(property.get("items")?)
    }

    /// The rate limit that applies to `operation`: the document's, when the operation has the
    /// limit's key as a path parameter and takes the page access token (see the README).
    pub fn rate_limit_for(&self, operation: &Operation) -> Option<&RateLimit> {
        let limit = self.loaded.rate_limit.as_ref()?;
        let parameters = operation
            .parameters
            .iter()
            .map(|p| (Some(p.location.as_str()), Some(p.name.as_str())));
        operations::limit_applies(&limit.key, parameters).then_some(limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_error_code_table_is_the_one_the_constants_name() {
        let spec = Spec::bundled().unwrap();
        let codes: Vec<i64> = spec.error_codes().iter().map(|c| c.code).collect();
        let mut known = crate::error_code::KNOWN.to_vec();
        let mut listed = codes.clone();
        known.sort_unstable();
        listed.sort_unstable();
        assert_eq!(
            listed, known,
            "x-pancake-error-codes and error_code::KNOWN differ"
        );
        assert_eq!(
            spec.error_code(102).map(|c| c.name.as_str()),
            Some("invalid_token")
        );
        assert!(spec.error_code(99_999).is_none());
    }

    #[test]
    fn requests_match_operations_literal_segments_first() {
        let spec = Spec::bundled().unwrap();
        let found = spec
            .match_request("get", "/public_api/v1/pages/123/tags")
            .expect("list_tags");
        assert_eq!(found.operation.operation_id, "list_tags");
        assert_eq!(
            found.path_parameters,
            vec![("page_id".to_owned(), "123".to_owned())]
        );
        assert!(
            spec.match_request("GET", "/public_api/v1/pages/123/nope")
                .is_none()
        );
        assert!(
            spec.match_request("DELETE", "/public_api/v1/pages/123/tags")
                .is_none()
        );
        assert!(
            spec.match_request("GET", "/public_api/v1/pages//tags")
                .is_none()
        );
        for op in spec.operations() {
            // Every template, filled with a value per parameter, finds its own operation.
            let path: Vec<String> = op
                .path
                .split('/')
                .map(|s| {
                    if s.starts_with('{') {
                        "x1".to_owned()
                    } else {
                        s.to_owned()
                    }
                })
                .collect();
            let found = spec
                .match_request(op.method.as_str(), &path.join("/"))
                .unwrap();
            assert_eq!(found.operation.path, op.path, "{}", op.operation_id);
        }
    }

    #[test]
    fn yaml_integer_keys_become_strings_and_merges_apply() {
        let doc = parse_document(
            "responses:\n  200: {description: ok}\n  5XX: {description: err}\n\
             base: &b {a: 1}\nderived: {<<: *b, c: 2}\n",
        )
        .unwrap();
        assert_eq!(doc["responses"]["200"]["description"], "ok");
        assert_eq!(doc["responses"]["5XX"]["description"], "err");
        assert_eq!(doc["derived"], json!({"a": 1, "c": 2}));
    }

    #[test]
    fn bad_yaml_reports_its_line() {
        let err = parse_document("a: [1, 2\nb: 3\n").unwrap_err();
        assert!(matches!(err, LoadError::Yaml(_)), "{err}");
        assert!(err.to_string().contains("line"), "{err}");
    }

    #[test]
    fn model_errors_name_the_element() {
        let raw = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {"/x": {"get": {"responses": {"200": {"description": 5}}}}}
        });
        let err = Spec::from_document(raw).unwrap_err();
        let text = err.to_string();
        // openapiv3's own map types hide the deeper path; `paths` is what we get.
        assert!(text.contains("at `paths`"), "{text}");
        assert!(text.contains("expected a string"), "{text}");
        assert!(text.contains("cargo xtask spec"), "{text}");
    }
}
