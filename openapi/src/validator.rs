//! Validating payloads against the spec: response bodies, request bodies and parameter values.
//!
//! Every schema is compiled once: all of them when the [`Validator`] is built with
//! [`Validator::new`], or each at its first use with [`Validator::lazy`]. A validation is then a
//! lookup and a walk over the instance.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, OnceLock};

use serde_json::Value;

use crate::document::Spec;
use crate::operations::{Operation, Parameter};
use crate::pointer;
use crate::schema::{self, CompileError};

/// One way an instance fails its schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// JSON pointer into the instance (`/conversations/0/id`; empty for the whole instance).
    pub instance_path: String,
    /// What the schema expected there.
    pub reason: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.instance_path.is_empty() {
            "/"
        } else {
            &self.instance_path
        };
        write!(f, "at `{at}`: {}", self.reason)
    }
}

/// Why a payload did not validate.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    /// No operation has this id.
    #[error("no operation `{0}` in the spec")]
    UnknownOperation(String),
    /// No component schema has this name.
    #[error("no schema `#/components/schemas/{0}` in the spec")]
    UnknownSchema(String),
    /// The operation documents no response for this status (nor its class, nor `default`).
    #[error("`{operation_id}` documents no response for status {status}")]
    UndocumentedStatus {
        /// The operation.
        operation_id: String,
        /// The status asked for.
        status: u16,
    },
    /// The operation has no parameter of that name.
    #[error("`{operation_id}` has no parameter `{name}`")]
    UnknownParameter {
        /// The operation.
        operation_id: String,
        /// The parameter asked for.
        name: String,
    },
    /// The response, body or parameter exists but has no JSON schema to validate against.
    #[error("{what} of `{operation_id}` has no JSON schema")]
    NoJsonSchema {
        /// The operation.
        operation_id: String,
        /// What was asked for (`the 301 response`, `the request body`, `parameter psid`).
        what: String,
    },
    /// The schema to validate against does not compile (a [`Validator::lazy`] finds out at the
    /// schema's first use what [`Validator::new`] refuses at construction).
    #[error(transparent)]
    Uncompilable(#[from] BuildError),
    /// The payload does not match its schema.
    #[error("{what} does not match the spec: {}", join_violations(.violations))]
    Invalid {
        /// What was validated (`the 200 response of list_pages`).
        what: String,
        /// Every violation found.
        violations: Vec<Violation>,
    },
}

fn join_violations(violations: &[Violation]) -> String {
    violations
        .iter()
        .map(Violation::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// Why a [`Validator`] could not be built: one schema of the spec does not compile.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot compile the schema at `{pointer}`: {source} (run `cargo xtask spec`)")]
pub struct BuildError {
    /// Where the schema is in the document.
    pub pointer: String,
    /// What was wrong with it.
    pub source: CompileError,
}

/// Validates payloads against the spec's schemas, each compiled once.
///
/// Cloning is cheap: clones share the spec and the compiled schemas.
#[derive(Debug, Clone)]
pub struct Validator {
    spec: Spec,
    /// Every schema pointer of the operations and every component schema, compiled at first use
    /// (or all at once by [`Validator::new`]).
    compiled: Arc<HashMap<String, Compiled>>,
    /// [`Validator::lazy_closed`]: the spec with unit bounds ([`schema::bound_units`]), compiled
    /// with its objects and open enums read closed ([`schema::compile_read_closed`]).
    closed: Option<Arc<Value>>,
}

/// One schema of the index.
#[derive(Debug)]
struct Compiled {
    /// The schema says no more than `type: string` (annotations aside), so every string
    /// matches it: a string is checked without compiling it. Most query parameters are such
    /// (tokens, ids, cursors), and a server that reads only them never loads the compiler.
    any_string: bool,
    /// The compiled schema, once a validation needed it.
    validator: OnceLock<Result<jsonschema::Validator, BuildError>>,
}

impl Validator {
    /// Compiles every schema the spec's operations use, and every component schema: a schema
    /// that does not compile is an error here, not at its first use.
    pub fn new(spec: &Spec) -> Result<Validator, BuildError> {
        let validator = Validator::lazy(spec);
        for at in every_schema_pointer(spec) {
            validator.compiled(&at)?;
        }
        Ok(validator)
    }

    /// A validator that compiles each schema at its first use: what a long-running server that
    /// validates a few kinds of payload wants (compiling the spec's every response schema
    /// takes megabytes it would never use). A schema that does not compile is
    /// [`ValidationError::Uncompilable`] at each use.
    pub fn lazy(spec: &Spec) -> Validator {
        let compiled = every_schema_pointer(spec)
            .map(|at| {
                let any_string = spec.raw().pointer(&at).is_some_and(schema::any_string);
                let entry = Compiled {
                    any_string,
                    validator: OnceLock::new(),
                };
                (at, entry)
            })
            .collect();
        Validator {
            spec: spec.clone(),
            compiled: Arc::new(compiled),
            closed: None,
        }
    }

    /// A lazy validator that reads every object schema closed ([`schema::close_objects`]): a
    /// property the schema does not declare is a violation
    /// ([`DeviationKind::UndeclaredProperty`] from the `*_deviations` methods); and every open
    /// enum ("one of these, or one added since") as its known list
    /// ([`schema::close_open_enums`], [`DeviationKind::NotInEnum`]). The spec itself
    /// leaves objects open, since the live API adds fields; this reading is for finding out which
    /// fields a payload carries that the spec does not declare (the conformance proxy, the mock's
    /// closed-read test), never for refusing a payload.
    ///
    /// A value with an `x-pancake-unit` must also be a time of this century or the next in that
    /// unit ([`schema::bound_units`]), so milliseconds sent where the spec says seconds fail.
    pub fn lazy_closed(spec: &Spec) -> Validator {
        let mut root = spec.raw().clone();
        schema::bound_units(&mut root);
        Validator {
            closed: Some(Arc::new(root)),
            ..Validator::lazy(spec)
        }
    }

    /// Whether this validator reads objects closed ([`Validator::lazy_closed`]).
    pub fn is_closed(&self) -> bool {
        self.closed.is_some()
    }

    /// The compiled schema at `at`, a pointer the index holds (compiled now if it was not).
    fn compiled(&self, at: &str) -> Result<&jsonschema::Validator, BuildError> {
        self.entry(at)
            .validator
            .get_or_init(|| {
                let compiled = match &self.closed {
                    Some(root) => schema::compile_read_closed(root, at),
                    None => schema::compile(self.spec.raw(), at),
                };
                compiled.map_err(|source| BuildError {
                    pointer: at.to_owned(),
                    source,
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    fn entry(&self, at: &str) -> &Compiled {
        self.compiled
            .get(at)
            .expect("every schema pointer of the index is listed in Validator::lazy")
    }

    fn operation(&self, operation_id: &str) -> Result<&Operation, ValidationError> {
        self.spec
            .operation(operation_id)
            .ok_or_else(|| ValidationError::UnknownOperation(operation_id.to_owned()))
    }

    /// Validates `instance` against the schema at `at`; `what` names it in the error.
    fn run(
        &self,
        at: &str,
        what: impl FnOnce() -> String,
        instance: &Value,
    ) -> Result<(), ValidationError> {
        if instance.is_string() && self.entry(at).any_string {
            return Ok(());
        }
        let validator = self.compiled(at)?;
        // The quick yes/no first: most payloads are valid, and collecting errors costs more.
        if validator.is_valid(instance) {
            return Ok(());
        }
        Err(ValidationError::Invalid {
            what: what(),
            violations: violations(validator, instance),
        })
    }

    /// Validates a JSON response body of `operation_id` with `status`, against the response
    /// documented for that status, its class (`5XX`) or `default`.
    pub fn validate_response(
        &self,
        operation_id: &str,
        status: u16,
        body: &Value,
    ) -> Result<(), ValidationError> {
        let op = self.operation(operation_id)?;
        let response = op
            .response(status)
            .ok_or_else(|| ValidationError::UndocumentedStatus {
                operation_id: operation_id.to_owned(),
                status,
            })?;
        let at = response
            .json()
            .and_then(|m| m.schema_pointer.as_deref())
            .ok_or_else(|| ValidationError::NoJsonSchema {
                operation_id: operation_id.to_owned(),
                what: format!("the {} response", response.status),
            })?;
        let result = self.run(
            at,
            || format!("the {status} response of `{operation_id}`"),
            body,
        );
        // Every 2xx also admits the in-band error envelope (RECONCILIATION B2). Read open, the
        // envelope's fields pass as unknown properties; read strictly (closed), an in-band error
        // is read as what it is, an `ApiError`.
        if result.is_err()
            && self.is_closed()
            && (200..300).contains(&status)
            && body.get("success") == Some(&Value::Bool(false))
            && self.validate_component("ApiError", body).is_ok()
        {
            return Ok(());
        }
        result
    }

    /// Validates a JSON request body of `operation_id`.
    pub fn validate_request_body(
        &self,
        operation_id: &str,
        body: &Value,
    ) -> Result<(), ValidationError> {
        let op = self.operation(operation_id)?;
        let at = op
            .request_body
            .as_ref()
            .and_then(|b| b.json())
            .and_then(|m| m.schema_pointer.as_deref())
            .ok_or_else(|| ValidationError::NoJsonSchema {
                operation_id: operation_id.to_owned(),
                what: "the JSON request body".to_owned(),
            })?;
        self.run(at, || format!("the request body of `{operation_id}`"), body)
    }

    fn parameter<'a>(
        &'a self,
        operation_id: &str,
        name: &str,
    ) -> Result<(&'a Parameter, &'a str), ValidationError> {
        let op = self.operation(operation_id)?;
        let parameter = op
            .parameter(name)
            .ok_or_else(|| ValidationError::UnknownParameter {
                operation_id: operation_id.to_owned(),
                name: name.to_owned(),
            })?;
        let at =
            parameter
                .schema_pointer
                .as_deref()
                .ok_or_else(|| ValidationError::NoJsonSchema {
                    operation_id: operation_id.to_owned(),
                    what: format!("parameter `{name}`"),
                })?;
        Ok((parameter, at))
    }

    /// Validates an already typed parameter value (`json!(60)`, `json!(["INBOX"])`).
    pub fn validate_parameter(
        &self,
        operation_id: &str,
        name: &str,
        value: &Value,
    ) -> Result<(), ValidationError> {
        let (_, at) = self.parameter(operation_id, name)?;
        self.run(
            at,
            || format!("parameter `{name}` of `{operation_id}`"),
            value,
        )
    }

    /// Validates a parameter as it arrives in a URL: the raw text of each occurrence
    /// (`?type=INBOX&type=COMMENT` gives two). Returns the typed value that was validated.
    ///
    /// Text is read by the schema's `type`: integers, numbers and booleans are parsed (text that
    /// does not parse stays a string, so the error says what type was expected); an array takes
    /// every occurrence, each split at commas when the parameter is not exploded.
    pub fn validate_parameter_text(
        &self,
        operation_id: &str,
        name: &str,
        occurrences: &[&str],
    ) -> Result<Value, ValidationError> {
        let (parameter, at) = self.parameter(operation_id, name)?;
        let value = typed_value(self.spec.raw(), parameter, occurrences);
        self.run(
            at,
            || format!("parameter `{name}` of `{operation_id}`"),
            &value,
        )?;
        Ok(value)
    }

    /// Validates a value against a component schema (`#/components/schemas/{name}`).
    pub fn validate_component(&self, name: &str, value: &Value) -> Result<(), ValidationError> {
        let at = pointer::join("/components/schemas", name);
        if !self.compiled.contains_key(&at) {
            return Err(ValidationError::UnknownSchema(name.to_owned()));
        }
        self.run(&at, || format!("schema `{name}`"), value)
    }
}

/// What kind of deviation from the spec a [`Deviation`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeviationKind {
    /// A property the schema does not declare (only from a [`Validator::lazy_closed`]).
    UndeclaredProperty,
    /// A value of another JSON type than the schema's.
    WrongType,
    /// A required property is absent.
    MissingRequired,
    /// A value outside the schema's `enum` (or `const`).
    NotInEnum,
    /// Any other keyword refused the value (`maximum`, `pattern`, `minItems`, ...).
    Other,
}

/// One deviation of a payload from the spec, described by the schema only: it never quotes the
/// payload (no value, no personal datum, no token), so it can be written to a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deviation {
    /// What kind.
    pub kind: DeviationKind,
    /// JSON pointer into the payload: the property itself for an undeclared or a missing one.
    pub pointer: String,
    /// What the spec expects there (`string or null`, `one of ["INBOX", "COMMENT"]`,
    /// `maximum 100`, `declared properties only`), from the schema alone.
    pub expected: String,
}

impl Validator {
    /// Every [`Deviation`] of a JSON response body of `operation_id` with `status` (empty when it
    /// matches). Errors as [`Validator::validate_response`] for what cannot be validated.
    pub fn response_deviations(
        &self,
        operation_id: &str,
        status: u16,
        body: &Value,
    ) -> Result<Vec<Deviation>, ValidationError> {
        match self.validate_response(operation_id, status, body) {
            Ok(()) => Ok(Vec::new()),
            Err(ValidationError::Invalid { .. }) => {
                let op = self.operation(operation_id)?;
                let at = op
                    .response(status)
                    .and_then(|r| r.json())
                    .and_then(|m| m.schema_pointer.as_deref())
                    .expect("validate_response found it");
                Ok(deviations(self.compiled(at)?, body))
            }
            Err(other) => Err(other),
        }
    }

    /// Every [`Deviation`] of a JSON request body of `operation_id`.
    pub fn request_body_deviations(
        &self,
        operation_id: &str,
        body: &Value,
    ) -> Result<Vec<Deviation>, ValidationError> {
        match self.validate_request_body(operation_id, body) {
            Ok(()) => Ok(Vec::new()),
            Err(ValidationError::Invalid { .. }) => {
                let at = self
                    .operation(operation_id)?
                    .request_body
                    .as_ref()
                    .and_then(|b| b.json())
                    .and_then(|m| m.schema_pointer.as_deref())
                    .expect("validate_request_body found it");
                Ok(deviations(self.compiled(at)?, body))
            }
            Err(other) => Err(other),
        }
    }

    /// Every [`Deviation`] of a parameter as it arrives in a URL (see
    /// [`Validator::validate_parameter_text`]); pointers are into the typed value.
    pub fn parameter_text_deviations(
        &self,
        operation_id: &str,
        name: &str,
        occurrences: &[&str],
    ) -> Result<Vec<Deviation>, ValidationError> {
        match self.validate_parameter_text(operation_id, name, occurrences) {
            Ok(_) => Ok(Vec::new()),
            Err(ValidationError::Invalid { .. }) => {
                let (parameter, at) = self.parameter(operation_id, name)?;
                let value = typed_value(self.spec.raw(), parameter, occurrences);
                Ok(deviations(self.compiled(at)?, &value))
            }
            Err(other) => Err(other),
        }
    }

    /// Every [`Deviation`] of a value from a component schema (`#/components/schemas/{name}`).
    pub fn component_deviations(
        &self,
        name: &str,
        value: &Value,
    ) -> Result<Vec<Deviation>, ValidationError> {
        match self.validate_component(name, value) {
            Ok(()) => Ok(Vec::new()),
            Err(ValidationError::Invalid { .. }) => {
                let at = pointer::join("/components/schemas", name);
                Ok(deviations(self.compiled(&at)?, value))
            }
            Err(other) => Err(other),
        }
    }
}

/// Every deviation of `instance` from `validator`, each described by the schema alone, sorted
/// and without repeats.
fn deviations(validator: &jsonschema::Validator, instance: &Value) -> Vec<Deviation> {
    let mut found = Vec::new();
    for error in validator.iter_errors(instance) {
        classify(&error, &mut found);
    }
    found.sort_by(|a, b| (&a.pointer, a.kind).cmp(&(&b.pointer, b.kind)));
    found.dedup();
    found
}

fn classify(error: &jsonschema::ValidationError<'_>, found: &mut Vec<Deviation>) {
    use jsonschema::error::{TypeKind, ValidationErrorKind as K};
    let at = error.instance_path().to_string();
    let mut push = |kind, pointer: String, expected: String| {
        found.push(Deviation {
            kind,
            pointer,
            expected,
        })
    };
    match error.kind() {
        K::UnevaluatedProperties { unexpected } | K::AdditionalProperties { unexpected } => {
            for name in unexpected {
                push(
                    DeviationKind::UndeclaredProperty,
                    pointer::join(&at, name),
                    "declared properties only".to_owned(),
                );
            }
        }
        K::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            push(
                DeviationKind::MissingRequired,
                pointer::join(&at, name),
                "a required property".to_owned(),
            );
        }
        K::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(t) => t.to_string(),
                TypeKind::Multiple(set) => set
                    .iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .join(" or "),
            };
            push(DeviationKind::WrongType, at, expected);
        }
        K::Enum { options } => push(DeviationKind::NotInEnum, at, format!("one of {options}")),
        K::Constant { expected_value } => {
            push(DeviationKind::NotInEnum, at, format!("{expected_value}"))
        }
        K::OneOfNotValid { context } | K::AnyOf { context } => {
            // A nullable `$ref` (`oneOf: [$ref, {enum: [null]}]`) or a union: the branch that
            // failed only below this value is the one the payload meant; report its deviations.
            // A branch that admits only `null` says nothing about a value that is not null.
            let only_null = |branch: &&Vec<jsonschema::ValidationError<'static>>| {
                branch.iter().all(|e| match e.kind() {
                    K::Enum { options } => **options == serde_json::json!([null]),
                    K::Type {
                        kind: TypeKind::Single(t),
                    } => *t == jsonschema::JsonType::Null,
                    _ => false,
                })
            };
            let candidates: Vec<_> = context.iter().filter(|b| !only_null(b)).collect();
            let below = candidates
                .iter()
                .filter(|branch| {
                    branch
                        .iter()
                        .all(|e| e.instance_path().to_string().len() > at.len())
                })
                .min_by_key(|branch| branch.len());
            let meant = match (below, candidates.as_slice()) {
                (Some(branch), _) => Some(*branch),
                (None, [single]) => Some(*single),
                _ => None,
            };
            match meant {
                Some(branch) => branch.iter().for_each(|e| classify(e, found)),
                None => push(
                    DeviationKind::WrongType,
                    at,
                    "a value of one of the schema's alternatives".to_owned(),
                ),
            }
        }
        _ => {
            let keyword = error
                .schema_path()
                .to_string()
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_owned();
            push(
                DeviationKind::Other,
                at,
                format!("`{keyword}` of the schema"),
            );
        }
    }
}

/// Every way `instance` fails `validator`.
pub(crate) fn violations(validator: &jsonschema::Validator, instance: &Value) -> Vec<Violation> {
    validator
        .iter_errors(instance)
        .map(|e| Violation {
            instance_path: e.instance_path().to_string(),
            reason: e.to_string(),
        })
        .collect()
}

/// Every component schema, then every schema the operations use (repeats included).
fn every_schema_pointer(spec: &Spec) -> impl Iterator<Item = String> + '_ {
    let components = spec
        .raw()
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, _)| pointer::join("/components/schemas", name));
    components.chain(spec.operations().iter().flat_map(schema_pointers))
}

fn schema_pointers(op: &Operation) -> impl Iterator<Item = String> + '_ {
    let parameters = op
        .parameters
        .iter()
        .filter_map(|p| p.schema_pointer.clone());
    let body = op
        .request_body
        .iter()
        .flat_map(|b| b.content.iter())
        .filter_map(|m| m.schema_pointer.clone());
    let responses = op
        .responses
        .iter()
        .flat_map(|r| r.content.iter())
        .filter_map(|m| m.schema_pointer.clone());
    parameters.chain(body).chain(responses)
}

/// The primary JSON type a schema declares (`type: [integer, "null"]` gives `integer`).
fn declared_type(schema: Option<&Value>) -> Option<&str> {
    match schema?.get("type")? {
        Value::String(t) => Some(t),
        Value::Array(types) => types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null"),
        _ => None,
    }
}

fn scalar(schema: Option<&Value>, text: &str) -> Value {
    let parsed = match declared_type(schema) {
        // A decimal integer beyond i64 is still an integer, unless the schema's format (int64)
        // says it must fit; its other bounds are the schema's to judge.
        Some("integer") => text.parse::<i64>().map(Value::from).ok().or_else(|| {
            let sized = schema
                .and_then(|s| s.get("format"))
                .and_then(Value::as_str)
                .is_some_and(|f| f == "int64" || f == "int32");
            (!sized).then_some(())?;
            let digits = text.strip_prefix('-').unwrap_or(text);
            (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| {
                    text.parse::<f64>()
                        .ok()
                        .and_then(serde_json::Number::from_f64)
                })
                .flatten()
                .map(Value::Number)
        }),
        Some("number") => text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number),
        Some("boolean") => match text {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
        _ => None,
    };
    parsed.unwrap_or_else(|| Value::String(text.to_owned()))
}

fn typed_value(root: &Value, parameter: &Parameter, occurrences: &[&str]) -> Value {
    let schema = parameter.schema.as_ref();
    if declared_type(schema) == Some("array") {
        let items = schema
            .and_then(|s| s.get("items"))
            .and_then(|items| pointer::resolve(root, items, "").ok())
            .map(|(resolved, _)| resolved);
        let texts = occurrences.iter().flat_map(|text| {
            if parameter.explode {
                vec![*text]
            } else {
                text.split(',').collect()
            }
        });
        return Value::Array(texts.map(|t| scalar(items, t)).collect());
    }
    match occurrences {
        [single] => scalar(schema, single),
        // Several occurrences of a scalar: pass them on as an array so the schema says
        // "not of type integer" rather than silently using one of them.
        many => Value::Array(many.iter().map(|t| scalar(schema, t)).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn validator() -> Validator {
        let spec = Spec::from_yaml_str(include_str!("../tests/data/mini.yaml")).unwrap();
        Validator::new(&spec).unwrap()
    }

    fn violations(err: ValidationError) -> Vec<Violation> {
        match err {
            ValidationError::Invalid { violations, .. } => violations,
            other => panic!("expected Invalid, got {other}"),
        }
    }

    #[test]
    fn responses_validate_with_the_instance_path() {
        let v = validator();
        let ok = json!({"success": true, "pages": [{"id": "1", "name": "A", "avatar_url": null}]});
        v.validate_response("list_pages", 200, &ok).unwrap();
        let bad = json!({"pages": [{"id": 1}]});
        let err = v.validate_response("list_pages", 200, &bad).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("the 200 response of `list_pages`"),
            "{err}"
        );
        let found = violations(err);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].instance_path, "/pages/0/id");
        assert!(
            found[0].reason.contains("not of type \"string\""),
            "{found:?}"
        );
    }

    #[test]
    fn statuses_match_ranges_and_undocumented_ones_are_named() {
        let v = validator();
        let error =
            json!({"success": false, "message": "An error occurred. Please try again later."});
        v.validate_response("list_conversations", 503, &error)
            .unwrap();
        let err = v
            .validate_response("list_conversations", 503, &json!({"success": false}))
            .unwrap_err();
        assert_eq!(
            violations(err)[0].reason,
            "\"message\" is a required property"
        );
        assert_eq!(
            v.validate_response("list_pages", 302, &json!({})),
            Err(ValidationError::UndocumentedStatus {
                operation_id: "list_pages".into(),
                status: 302
            })
        );
        assert!(matches!(
            v.validate_response("get_customer_avatar", 301, &json!(null)),
            Err(ValidationError::NoJsonSchema { .. })
        ));
        assert_eq!(
            v.validate_response("nope", 200, &json!({})),
            Err(ValidationError::UnknownOperation("nope".into()))
        );
    }

    #[test]
    fn request_bodies_validate() {
        let v = validator();
        for body in [
            json!({"action": "add", "tag_id": 5}),
            json!({"action": "remove", "tag_id": "-99"}),
        ] {
            v.validate_request_body("update_conversation_tags", &body)
                .unwrap();
        }
        let err = v
            .validate_request_body("update_conversation_tags", &json!({"action": "add"}))
            .unwrap_err();
        assert!(
            err.to_string()
                .contains("\"tag_id\" is a required property"),
            "{err}"
        );
        assert!(matches!(
            v.validate_request_body("list_pages", &json!({})),
            Err(ValidationError::NoJsonSchema { .. })
        ));
    }

    #[test]
    fn parameter_text_is_typed_by_its_schema() {
        let v = validator();
        assert_eq!(
            v.validate_parameter_text("list_page_customers", "page_size", &["60"]),
            Ok(json!(60))
        );
        let err = v
            .validate_parameter_text("list_page_customers", "page_size", &["101"])
            .unwrap_err();
        assert!(
            err.to_string().contains("greater than the maximum of 100"),
            "{err}"
        );
        let err = v
            .validate_parameter_text("list_page_customers", "page_size", &["ten"])
            .unwrap_err();
        assert!(err.to_string().contains("not of type \"integer\""), "{err}");
        assert_eq!(
            v.validate_parameter_text("list_conversations", "type", &["INBOX", "COMMENT"]),
            Ok(json!(["INBOX", "COMMENT"]))
        );
        let err = v
            .validate_parameter_text("list_conversations", "type", &["EMAIL"])
            .unwrap_err();
        assert_eq!(violations(err)[0].instance_path, "/0");
        v.validate_parameter("list_conversations", "since", &json!(1629936000))
            .unwrap();
        assert!(matches!(
            v.validate_parameter("list_conversations", "until", &json!(1)),
            Err(ValidationError::UnknownParameter { .. })
        ));
    }

    /// How many schemas of `v` are compiled so far.
    fn compiled(v: &Validator) -> usize {
        v.compiled
            .values()
            .filter(|c| c.validator.get().is_some())
            .count()
    }

    #[test]
    fn a_lazy_validator_compiles_at_first_use_and_answers_as_an_eager_one() {
        let spec = Spec::from_yaml_str(include_str!("../tests/data/mini.yaml")).unwrap();
        let eager = Validator::new(&spec).unwrap();
        let lazy = Validator::lazy(&spec);
        assert_eq!(compiled(&lazy), 0);
        assert_eq!(compiled(&eager), eager.compiled.len());
        let good =
            json!({"success": true, "pages": [{"id": "1", "name": "A", "avatar_url": null}]});
        let bad = json!({"pages": [{"id": 1}]});
        for body in [&good, &bad] {
            assert_eq!(
                lazy.validate_response("list_pages", 200, body),
                eager.validate_response("list_pages", 200, body)
            );
        }
        // One schema compiled, kept for the next use, and shared by clones.
        assert_eq!(compiled(&lazy), 1);
        assert_eq!(compiled(&lazy.clone()), 1);
    }

    #[test]
    fn a_string_parameter_is_checked_without_compiling_and_a_constrained_one_is_compiled() {
        let spec = Spec::from_yaml_str(include_str!("../tests/data/mini.yaml")).unwrap();
        let lazy = Validator::lazy(&spec);
        for (param, text) in [
            ("page_access_token", "tok"),
            ("last_conversation_id", "1_2"),
        ] {
            assert_eq!(
                lazy.validate_parameter_text("list_conversations", param, &[text]),
                Ok(json!(text))
            );
        }
        assert_eq!(
            compiled(&lazy),
            0,
            "a plain string schema needs no compiled schema"
        );
        // A value of another type still meets the compiled schema, and so does a constraint.
        assert!(
            lazy.validate_parameter("list_conversations", "last_conversation_id", &json!(1))
                .is_err()
        );
        assert!(
            lazy.validate_parameter_text("list_conversations", "type", &["EMAIL"])
                .is_err()
        );
        assert_eq!(compiled(&lazy), 2);
    }

    #[test]
    fn a_schema_that_does_not_compile_fails_new_and_each_use_of_lazy() {
        let mut raw = crate::parse_document(include_str!("../tests/data/mini.yaml")).unwrap();
        raw["components"]["schemas"]["Tag"]["properties"]["text"] =
            json!({"type": "string", "pattern": "("});
        let spec = Spec::from_document(raw).unwrap();
        // The first schema to fail is the first (by name) that holds Tag: Conversation.
        let err = Validator::new(&spec).unwrap_err();
        assert_eq!(err.pointer, "/components/schemas/Conversation");
        let lazy = Validator::lazy(&spec);
        for _ in 0..2 {
            match lazy.validate_component("Tag", &json!({"id": 1, "text": "x"})) {
                Err(ValidationError::Uncompilable(e)) => {
                    assert_eq!(e.pointer, "/components/schemas/Tag");
                    assert_eq!(e.source, err.source);
                }
                other => panic!("expected Uncompilable, got {other:?}"),
            }
        }
        // Other schemas are unaffected.
        lazy.validate_request_body(
            "update_conversation_tags",
            &json!({"action": "add", "tag_id": 5}),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn a_closed_validator_tells_undeclared_fields_from_wrong_ones_without_quoting_values() {
        let spec = Spec::from_yaml_str(include_str!("../tests/data/mini.yaml")).unwrap();
        let closed = Validator::lazy_closed(&spec);
        let open = Validator::lazy(&spec);
        let body = json!({"success": true, "pages": [
            {"id": "1", "name": "A", "avatar_url": null, "secret_field": "Nguyễn Văn A"},
            {"id": 7, "name": "B"},
        ]});
        assert!(open.validate_response("list_pages", 200, &body).is_err());
        let found = closed
            .response_deviations("list_pages", 200, &body)
            .unwrap();
        let kinds: Vec<(DeviationKind, &str)> =
            found.iter().map(|d| (d.kind, d.pointer.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (DeviationKind::UndeclaredProperty, "/pages/0/secret_field"),
                (DeviationKind::WrongType, "/pages/1/id"),
            ]
        );
        assert_eq!(found[1].expected, "string");
        for d in &found {
            assert!(
                !d.expected.contains("Nguy") && !d.expected.contains('7'),
                "{d:?}"
            );
        }
        // Read open, the undeclared field is no deviation.
        let open_found = open.response_deviations("list_pages", 200, &body).unwrap();
        assert_eq!(open_found.len(), 1, "{open_found:?}");
        let ok = json!({"success": true, "pages": [{"id": "1", "name": "A", "avatar_url": null}]});
        assert_eq!(
            closed.response_deviations("list_pages", 200, &ok),
            Ok(vec![])
        );
        let enum_and_required = closed
            .parameter_text_deviations("list_conversations", "type", &["EMAIL"])
            .unwrap();
        assert_eq!(enum_and_required[0].kind, DeviationKind::NotInEnum);
        assert_eq!(enum_and_required[0].pointer, "/0");
        let missing = closed
            .request_body_deviations("update_conversation_tags", &json!({"action": "add"}))
            .unwrap();
        assert_eq!(missing[0].kind, DeviationKind::MissingRequired);
        assert_eq!(missing[0].pointer, "/tag_id");
    }

    #[test]
    fn a_closed_validator_refuses_a_time_in_the_wrong_unit() {
        // The mock once sent `read_watermarks[].watermark` in milliseconds where the spec says
        // seconds (`x-pancake-unit: unix-seconds`); an open reading took any integer.
        let spec = Spec::bundled().unwrap();
        let closed = Validator::lazy_closed(&spec);
        let seconds = json!({"psid": "1", "watermark": 1_768_435_200_i64});
        let millis = json!({"psid": "1", "watermark": 1_768_435_200_000_i64});
        assert_eq!(
            closed.component_deviations("ReadWatermark", &seconds),
            Ok(vec![])
        );
        let found = closed
            .component_deviations("ReadWatermark", &millis)
            .unwrap();
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].pointer, "/watermark");
        let open = Validator::lazy(&spec);
        assert_eq!(
            open.component_deviations("ReadWatermark", &millis),
            Ok(vec![])
        );
    }

    #[test]
    fn component_schemas_validate_by_name() {
        let v = validator();
        v.validate_component("Tag", &json!({"id": -99, "text": "Spam"}))
            .unwrap();
        assert!(v.validate_component("Tag", &json!({"id": "x"})).is_err());
        assert_eq!(
            v.validate_component("Nope", &json!({})),
            Err(ValidationError::UnknownSchema("Nope".into()))
        );
    }
}
