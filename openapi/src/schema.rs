//! OpenAPI 3.0 schema objects -> JSON Schema (draft 2020-12), bundled so they compile on their own.
//!
//! OpenAPI 3.0 speaks a dialect of JSON Schema draft 4/5: `nullable`, boolean
//! `exclusiveMinimum`/`exclusiveMaximum`, `example`, `discriminator`. The conversion rewrites those
//! and moves every referenced `#/components/schemas/X` into `$defs/X` of the produced document,
//! so `$ref`s resolve without the rest of the OpenAPI document.
//!
//! `nullable` is read as OpenAPI 3.0.3 defines it, as Redocly and openapi-spec-validator do: it
//! adds `null` to the values its sibling `type` allows, and does nothing without a `type`; every
//! other keyword keeps its meaning, so an `enum` admits `null` only when it lists it, and an
//! `allOf`/`oneOf` beside it still applies to `null`. A nullable reference is therefore written
//! `oneOf: [{$ref: ...}, {type: string, nullable: true, enum: [null]}]`, which progenitor
//! generates as `Option<...>` (`openapi/README.md`).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use crate::pointer;

const COMPONENT_PREFIX: &str = "#/components/schemas/";
const DEFS_PREFIX: &str = "#/$defs/";
/// OpenAPI-only keywords with no JSON Schema meaning.
const DROPPED: [&str; 5] = [
    "example",
    "nullable",
    "discriminator",
    "xml",
    "externalDocs",
];

/// Converts one OpenAPI 3.0 schema object to JSON Schema 2020-12. `$ref`s into
/// `#/components/schemas/` are rewritten to `#/$defs/`; use [`bundle`] to get a self-contained
/// document.
pub fn to_json_schema(schema: &Value) -> Value {
    let Value::Object(object) = schema else {
        return schema.clone();
    };
    if let Some(reference) = object.get("$ref").and_then(Value::as_str) {
        // OpenAPI 3.0 ignores everything beside a `$ref`.
        let rewritten = match reference.strip_prefix(COMPONENT_PREFIX) {
            Some(rest) => format!("{DEFS_PREFIX}{rest}"),
            None => reference.to_owned(),
        };
        return json!({ "$ref": rewritten });
    }
    if let Some(union) = discriminated_union(object) {
        return union;
    }
    let mut out = Map::new();
    for (key, value) in object {
        if DROPPED.contains(&key.as_str()) || key.starts_with("x-") {
            continue;
        }
        let converted = match key.as_str() {
            "properties" | "patternProperties" => Value::Object(
                value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(name, property)| (name.clone(), to_json_schema(property)))
                    .collect(),
            ),
            "items" | "additionalProperties" | "not" => to_json_schema(value),
            "allOf" | "anyOf" | "oneOf" => Value::Array(
                value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(to_json_schema)
                    .collect(),
            ),
            "exclusiveMinimum" | "exclusiveMaximum" => continue,
            _ => value.clone(),
        };
        out.insert(key.clone(), converted);
    }
    // Draft 4 style: `exclusiveMinimum: true` qualifies `minimum`.
    for (flag, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        match object.get(flag) {
            Some(Value::Bool(true)) => {
                if let Some(limit) = out.remove(bound) {
                    out.insert(flag.to_owned(), limit);
                }
            }
            Some(number @ Value::Number(_)) => {
                out.insert(flag.to_owned(), number.clone());
            }
            _ => {}
        }
    }
    if object.get("nullable").and_then(Value::as_bool) == Some(true) {
        make_nullable(&mut out);
    }
    Value::Object(out)
}

/// A `oneOf`/`anyOf` of `$ref`s with a `discriminator`, rewritten so the discriminating property
/// picks the branch: `{required: [p], properties: {p: {enum: [...]}}, allOf: [{if: p = v, then:
/// $ref}]}`. Validation then reports "`/action`: not one of ..." or the chosen branch's own
/// errors, where a plain `oneOf` only says "not valid under any of the schemas".
fn discriminated_union(object: &Map<String, Value>) -> Option<Value> {
    let discriminator = object.get("discriminator")?;
    let property = discriminator.get("propertyName")?.as_str()?;
    let branches = object
        .get("oneOf")
        .or_else(|| object.get("anyOf"))?
        .as_array()?;
    let refs: Vec<&str> = branches
        .iter()
        .map(|b| b.get("$ref").and_then(Value::as_str))
        .collect::<Option<_>>()?;
    let explicit = discriminator.get("mapping").and_then(Value::as_object);
    let mut mapping: Vec<(String, String)> = explicit
        .into_iter()
        .flatten()
        .filter_map(|(value, target)| Some((value.clone(), target.as_str()?.to_owned())))
        .collect();
    // A branch the mapping does not name is selected by its schema name (OpenAPI 3.0 rule).
    for reference in refs {
        if !mapping.iter().any(|(_, target)| target == reference) {
            let name = reference.rsplit('/').next().unwrap_or(reference);
            mapping.push((name.to_owned(), reference.to_owned()));
        }
    }
    let values: Vec<Value> = mapping.iter().map(|(v, _)| json!(v)).collect();
    let cases: Vec<Value> = mapping
        .iter()
        .map(|(value, target)| {
            json!({
                "if": {"required": [property], "properties": {property: {"const": value}}},
                "then": to_json_schema(&json!({"$ref": target})),
            })
        })
        .collect();
    let out = json!({
        "type": "object",
        "required": [property],
        "properties": {property: {"enum": values}},
        "allOf": cases,
    });
    // `nullable` beside a discriminated union has no `type` beside it: no effect (3.0.3).
    Some(out)
}

/// OpenAPI 3.0.3: `nullable: true` adds `null` to the sibling `type`, and only to it.
fn make_nullable(schema: &mut Map<String, Value>) {
    if let Some(Value::String(single)) = schema.get("type").cloned() {
        schema.insert("type".into(), json!([single, "null"]));
    }
}

/// Closes every object schema that declares `properties` but says nothing of other properties
/// (`unevaluatedProperties: false`), so validation reports a property the schema does not
/// declare. Redocly validates media-type examples this way; the checker does too, so an example
/// that a YAML slip split into two keys is caught.
pub fn close_objects(schema: &mut Value) {
    match schema {
        Value::Object(object) => {
            let open = [
                "additionalProperties",
                "unevaluatedProperties",
                "patternProperties",
            ]
            .iter()
            .any(|k| object.contains_key(*k));
            // A composed object (the discriminated-union rewrite, `allOf` of parts) is left open:
            // its parts declare its properties and are closed themselves.
            let composed = ["allOf", "anyOf", "oneOf", "if", "$ref"]
                .iter()
                .any(|k| object.contains_key(*k));
            if object.contains_key("properties") && !open && !composed {
                object.insert("unevaluatedProperties".into(), Value::Bool(false));
            }
            for (key, value) in object.iter_mut() {
                // Inside these, keys name properties or values, not keywords.
                if !matches!(key.as_str(), "enum" | "const" | "examples" | "default") {
                    close_objects(value);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(close_objects),
        _ => {}
    }
}

/// Adds to every schema with an `x-pancake-unit` the range of Unix times from 2001-09-09 to
/// 2286-11-20 in that unit (`minimum` 10^9, below 10^10 for seconds; times 10^3 for
/// milliseconds, 10^6 for microseconds). The three ranges do not overlap, so a time sent in the
/// wrong unit falls outside: a check for a server we write ([`crate::Validator::lazy_closed`]), not a rule of
/// the API. Call it on the whole document before compiling from it.
pub fn bound_units(schema: &mut Value) {
    match schema {
        Value::Object(object) => {
            let scale = match object
                .get(crate::extensions::UNIT_KEY)
                .and_then(Value::as_str)
            {
                Some("unix-seconds") => Some(1u64),
                Some("unix-milliseconds") => Some(1_000),
                Some("unix-microseconds") => Some(1_000_000),
                _ => None,
            };
            // A parameter carries its unit beside its `schema`, not in it.
            let target = if object.contains_key("schema") && object.contains_key("in") {
                None
            } else {
                scale
            };
            if let Some(scale) = target {
                object.insert("minimum".into(), json!(1_000_000_000u64 * scale));
                object.insert("maximum".into(), json!(10_000_000_000u64 * scale - 1));
            }
            for (key, value) in object.iter_mut() {
                if !matches!(
                    key.as_str(),
                    "enum" | "const" | "example" | "examples" | "default"
                ) {
                    bound_units(value);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(bound_units),
        _ => {}
    }
}

/// Reads every open enum closed: an `anyOf`/`oneOf` of two branches, one with an `enum` and one
/// a plain `type: string`, is how the spec says "one of these, or one Pancake added since"
/// (`ConversationType`, RECONCILIATION E6). Read closed, it is the `enum` branch alone, so a value
/// outside the known list is reported. `document` is a bundled schema ([`bundle`]): `$ref`s point
/// into its `$defs`.
pub fn close_open_enums(document: &mut Value) {
    let defs = document.get("$defs").cloned().unwrap_or(Value::Null);
    close_enums_in(document, &defs);
}

fn close_enums_in(schema: &mut Value, defs: &Value) {
    match schema {
        Value::Object(object) => {
            let resolved = |branch: &Value| -> Value {
                match branch
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix(DEFS_PREFIX))
                {
                    Some(name) => defs.get(name).cloned().unwrap_or(Value::Null),
                    None => branch.clone(),
                }
            };
            for key in ["anyOf", "oneOf"] {
                let Some(Value::Array(branches)) = object.get(key) else {
                    continue;
                };
                let known = match branches.as_slice() {
                    [a, b] if resolved(a).get("enum").is_some() && any_string(b) => a.clone(),
                    [a, b] if resolved(b).get("enum").is_some() && any_string(a) => b.clone(),
                    _ => continue,
                };
                object.remove(key);
                object.insert("allOf".into(), json!([known]));
                break;
            }
            for value in object.values_mut() {
                close_enums_in(value, defs);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| close_enums_in(v, defs)),
        _ => {}
    }
}

/// Names of the `#/components/schemas/` entries a schema refers to directly.
fn referenced_components(schema: &Value, found: &mut BTreeSet<String>) {
    match schema {
        Value::Object(object) => {
            if let Some(rest) = object
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(pointer::ref_to_pointer)
                .and_then(|p| p.strip_prefix("/components/schemas/").map(str::to_owned))
            {
                let name = rest.split('/').next().unwrap_or_default();
                found.insert(name.replace("~1", "/").replace("~0", "~"));
            }
            object
                .values()
                .for_each(|v| referenced_components(v, found));
        }
        Value::Array(items) => items.iter().for_each(|v| referenced_components(v, found)),
        _ => {}
    }
}

/// Why a schema could not be bundled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`#/components/schemas/{name}` is referenced but not defined")]
pub struct MissingComponent {
    /// The referenced schema name.
    pub name: String,
}

/// Converts the schema at `schema` and bundles every component it reaches into `$defs`, giving a
/// JSON Schema 2020-12 document that compiles on its own.
pub fn bundle(root: &Value, schema: &Value) -> Result<Value, MissingComponent> {
    let components = root.pointer("/components/schemas");
    let mut pending = BTreeSet::new();
    referenced_components(schema, &mut pending);
    let mut defs: BTreeMap<String, Value> = BTreeMap::new();
    while let Some(name) = pending.pop_first() {
        if defs.contains_key(&name) {
            continue;
        }
        let component = components
            .and_then(|c| c.get(&name))
            .ok_or_else(|| MissingComponent { name: name.clone() })?;
        let mut more = BTreeSet::new();
        referenced_components(component, &mut more);
        pending.extend(more.into_iter().filter(|n| !defs.contains_key(n)));
        defs.insert(name, to_json_schema(component));
    }
    let converted = to_json_schema(schema);
    let mut document = match converted {
        Value::Object(object) => object,
        // A boolean schema: wrap it so `$defs` has a home.
        other => {
            let mut wrapper = Map::new();
            wrapper.insert("allOf".into(), json!([other]));
            wrapper
        }
    };
    document.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    if !defs.is_empty() {
        document.insert(
            "$defs".into(),
            Value::Object(defs.into_iter().collect::<Map<_, _>>()),
        );
    }
    Ok(Value::Object(document))
}

/// Why a schema could not be turned into a validator.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompileError {
    /// No schema at the pointer.
    #[error("no schema at `{0}`")]
    NotFound(String),
    /// A `$ref` inside points at a component that does not exist.
    #[error(transparent)]
    Missing(#[from] MissingComponent),
    /// The JSON Schema validator refused the converted schema (malformed keyword, bad regex, ...).
    #[error("the schema is not valid JSON Schema: {0}")]
    Invalid(String),
}

/// Keywords that only describe: they never make an instance fail.
const ANNOTATIONS: [&str; 11] = [
    "description",
    "title",
    "example",
    "examples",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "nullable",
    "xml",
    "externalDocs",
];

/// Whether every string matches `schema`: it is `type: string` and says nothing else but
/// annotations and `x-` extensions. (`format` counts as saying something: it is left to the
/// compiled schema, whatever the validator's choice on formats.)
pub fn any_string(schema: &Value) -> bool {
    let Value::Object(object) = schema else {
        return false;
    };
    object.get("type").and_then(Value::as_str) == Some("string")
        && object
            .keys()
            .all(|k| k == "type" || k.starts_with("x-") || ANNOTATIONS.contains(&k.as_str()))
}

#[cfg(feature = "validate")]
/// Compiles the schema found at `schema_pointer` in `root` (following a top-level `$ref`).
pub fn compile(root: &Value, schema_pointer: &str) -> Result<jsonschema::Validator, CompileError> {
    let schema = root
        .pointer(schema_pointer)
        .ok_or_else(|| CompileError::NotFound(schema_pointer.to_owned()))?;
    compile_value(root, schema)
}

#[cfg(feature = "validate")]
/// Compiles a schema value whose `$ref`s point into `root`.
pub fn compile_value(root: &Value, schema: &Value) -> Result<jsonschema::Validator, CompileError> {
    let bundled = bundle(root, schema)?;
    build(&bundled)
}

#[cfg(feature = "validate")]
/// Like [`compile`], with every object schema closed ([`close_objects`]): an instance property the
/// schema does not declare is a violation. (The example check reads examples this way.)
pub fn compile_closed(
    root: &Value,
    schema_pointer: &str,
) -> Result<jsonschema::Validator, CompileError> {
    build(&bundled_closed(root, schema_pointer)?)
}

/// Like [`compile_closed`], with every open enum read closed too ([`close_open_enums`]): what
/// [`crate::Validator::lazy_closed`] compiles, to find what a payload carries beyond the spec.
#[cfg(feature = "validate")]
pub fn compile_read_closed(
    root: &Value,
    schema_pointer: &str,
) -> Result<jsonschema::Validator, CompileError> {
    let mut bundled = bundled_closed(root, schema_pointer)?;
    close_open_enums(&mut bundled);
    // `close_objects` closes only objects without composition, `additionalProperties` or
    // `patternProperties`: there `additionalProperties: false` means the same as
    // `unevaluatedProperties: false`, and validates without tracking evaluated properties.
    unevaluated_to_additional(&mut bundled);
    build(&bundled)
}

/// The schema at `schema_pointer`, bundled, with its objects closed ([`close_objects`]).
#[cfg(feature = "validate")]
fn bundled_closed(root: &Value, schema_pointer: &str) -> Result<Value, CompileError> {
    let schema = root
        .pointer(schema_pointer)
        .ok_or_else(|| CompileError::NotFound(schema_pointer.to_owned()))?;
    let mut bundled = bundle(root, schema)?;
    close_objects(&mut bundled);
    Ok(bundled)
}

#[cfg(feature = "validate")]
fn unevaluated_to_additional(schema: &mut Value) {
    match schema {
        Value::Object(object) => {
            if object.get("unevaluatedProperties") == Some(&Value::Bool(false)) {
                object.remove("unevaluatedProperties");
                object.insert("additionalProperties".into(), Value::Bool(false));
            }
            for (key, value) in object.iter_mut() {
                if !matches!(key.as_str(), "enum" | "const" | "examples" | "default") {
                    unevaluated_to_additional(value);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(unevaluated_to_additional),
        _ => {}
    }
}

#[cfg(feature = "validate")]
fn build(bundled: &Value) -> Result<jsonschema::Validator, CompileError> {
    jsonschema::draft202012::options()
        .build(bundled)
        .map_err(|e| CompileError::Invalid(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid(root: &Value, schema: &Value, instance: Value) -> bool {
        compile_value(root, schema).unwrap().is_valid(&instance)
    }

    #[test]
    fn any_string_is_a_string_type_with_nothing_but_annotations() {
        for schema in [
            json!({"type": "string"}),
            json!({"type": "string", "description": "d", "example": "e", "nullable": true, "x-pancake-unit": "id"}),
        ] {
            assert!(any_string(&schema), "{schema}");
            assert!(valid(&json!({}), &schema, json!("anything")));
        }
        for schema in [
            json!({"type": "string", "minLength": 1}),
            json!({"type": "string", "format": "date-time"}),
            json!({"type": "string", "enum": ["A"]}),
            json!({"type": "string", "pattern": "^a$"}),
            json!({"type": "integer"}),
            json!({"$ref": "#/components/schemas/Id"}),
            json!({"type": ["string"]}),
            json!(true),
        ] {
            assert!(!any_string(&schema), "{schema}");
        }
    }

    #[test]
    fn nullable_adds_null_to_the_sibling_type_only() {
        let schema = json!({"type": "string", "nullable": true, "example": "a"});
        assert_eq!(to_json_schema(&schema), json!({"type": ["string", "null"]}));
        let root = json!({});
        assert!(valid(&root, &schema, json!(null)));
        assert!(valid(&root, &schema, json!("a")));
        assert!(!valid(&root, &schema, json!(1)));
        // 3.0.3: other keywords keep their meaning; an enum admits null only when it lists it.
        let closed = json!({"type": "string", "enum": ["a"], "nullable": true});
        assert!(!valid(&root, &closed, json!(null)));
        let listed = json!({"type": "string", "enum": ["a", null], "nullable": true});
        assert!(valid(&root, &listed, json!(null)));
    }

    #[test]
    fn nullable_without_a_type_has_no_effect() {
        let root = json!({"components": {"schemas": {
            "Tag": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}}
        }}});
        // What Redocly and openapi-spec-validator read: the `allOf` still refuses null.
        let schema = json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/Tag"}]});
        assert!(!valid(&root, &schema, json!(null)));
        assert!(valid(&root, &schema, json!({"id": -99})));
        // The form the spec uses: a branch that admits null alone.
        let nullable_ref = json!({"oneOf": [
            {"$ref": "#/components/schemas/Tag"},
            {"type": "string", "nullable": true, "enum": [null]}
        ]});
        assert!(valid(&root, &nullable_ref, json!(null)));
        assert!(valid(&root, &nullable_ref, json!({"id": -99})));
        assert!(!valid(&root, &nullable_ref, json!({"id": "x"})));
        assert!(!valid(&root, &nullable_ref, json!("text")));
    }

    #[test]
    fn closed_objects_refuse_undeclared_properties_only_where_nothing_was_said() {
        let root = json!({"components": {"schemas": {
            "Send": {"type": "object", "properties": {"message": {"type": "string"}}},
            "Free": {"type": "object", "properties": {"a": {"type": "string"}},
                     "additionalProperties": true},
            "Body": {"type": "object", "properties": {
                "send": {"$ref": "#/components/schemas/Send"},
                "free": {"$ref": "#/components/schemas/Free"}}}
        }}});
        let closed = compile_closed(&root, "/components/schemas/Body").unwrap();
        assert!(closed.is_valid(&json!({"send": {"message": "Chào bạn, shop gửi"}})));
        // A flow mapping split by `, `: `{message: Chào bạn, shop gửi}` gives a second key.
        assert!(!closed.is_valid(&json!({"send": {"message": "Chào bạn", "shop gửi": null}})));
        assert!(closed.is_valid(&json!({"free": {"a": "x", "b": 1}})));
        assert!(!closed.is_valid(&json!({"other": 1})));
        // The open reading (responses may carry fields we do not model) still admits them.
        let open = compile(&root, "/components/schemas/Body").unwrap();
        assert!(open.is_valid(&json!({"other": 1})));
    }

    #[test]
    fn a_discriminator_picks_the_branch_and_names_the_bad_field() {
        let root = json!({"components": {"schemas": {
            "Inbox": {"type": "object", "required": ["action", "message"],
                      "properties": {"action": {"type": "string"}, "message": {"type": "string"}}},
            "Comment": {"type": "object", "required": ["action", "message_id"],
                        "properties": {"action": {"type": "string"}, "message_id": {"type": "string"}}},
            "Send": {"oneOf": [{"$ref": "#/components/schemas/Inbox"},
                               {"$ref": "#/components/schemas/Comment"}],
                     "discriminator": {"propertyName": "action",
                                       "mapping": {"reply_inbox": "#/components/schemas/Inbox"}}}
        }}});
        let send = json!({"$ref": "#/components/schemas/Send"});
        let validator = compile_value(&root, &send).unwrap();
        assert!(validator.is_valid(&json!({"action": "reply_inbox", "message": "hi"})));
        // The unmapped branch is selected by its schema name.
        assert!(validator.is_valid(&json!({"action": "Comment", "message_id": "m_1"})));
        let errors: Vec<String> = validator
            .iter_errors(&json!({"action": "reply_inbox"}))
            .map(|e| e.to_string())
            .collect();
        assert_eq!(errors, ["\"message\" is a required property"]);
        let nope = json!({"action": "nope"});
        let paths: Vec<String> = validator
            .iter_errors(&nope)
            .map(|e| e.instance_path().to_string())
            .collect();
        assert_eq!(paths, ["/action"]);
    }

    #[test]
    fn draft4_exclusive_bounds_are_rewritten() {
        let schema =
            json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true, "maximum": 60});
        assert_eq!(
            to_json_schema(&schema),
            json!({"type": "integer", "exclusiveMinimum": 0, "maximum": 60})
        );
        let root = json!({});
        assert!(!valid(&root, &schema, json!(0)));
        assert!(valid(&root, &schema, json!(60)));
        assert!(!valid(&root, &schema, json!(61)));
    }

    #[test]
    fn references_are_bundled_transitively_and_cycles_terminate() {
        let root = json!({"components": {"schemas": {
            "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
            "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"},
                                                   "n": {"type": "integer"}}},
            "Unused": {"type": "string"}
        }}});
        let bundled = bundle(&root, &json!({"$ref": "#/components/schemas/A"})).unwrap();
        let defs = bundled["$defs"].as_object().unwrap();
        assert_eq!(defs.keys().collect::<Vec<_>>(), ["A", "B"]);
        assert!(valid(
            &root,
            &json!({"$ref": "#/components/schemas/A"}),
            json!({"b": {"a": {"b": {"n": 1}}}})
        ));
        assert!(!valid(
            &root,
            &json!({"$ref": "#/components/schemas/A"}),
            json!({"b": {"a": {"b": {"n": "one"}}}})
        ));
    }

    #[test]
    fn missing_component_and_malformed_schema_are_errors() {
        let root = json!({"components": {"schemas": {}}});
        let err = compile_value(&root, &json!({"$ref": "#/components/schemas/Nope"})).unwrap_err();
        assert_eq!(
            err.to_string(),
            "`#/components/schemas/Nope` is referenced but not defined"
        );
        // The official snapshot's defect: `properties: {type: object}`.
        let err = compile_value(&root, &json!({"properties": {"type": "object"}})).unwrap_err();
        assert!(matches!(err, CompileError::Invalid(_)), "{err}");
    }
}
