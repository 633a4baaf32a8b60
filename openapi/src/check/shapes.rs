//! Reading the shape of a schema through `$ref`s and compositions, for the checks that need to
//! know whether a response has some property.

use serde_json::Value;

use super::Context;
use crate::operations::{RawOperation, is_json_media_type, raw_responses};
use crate::pointer::{self, join};

/// The JSON schemas of an operation's 200 response: (schema as written, its pointer).
pub(super) fn ok_schemas<'a>(ctx: &Context<'a>, op: &RawOperation<'a>) -> Vec<(&'a Value, String)> {
    raw_responses(ctx.root, op)
        .into_iter()
        .filter(|(key, _, _)| *key == "200")
        .flat_map(|(_, response, at)| {
            let content_at = join(&at, "content");
            response
                .get("content")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .filter(|(media_type, _)| is_json_media_type(media_type))
                .filter_map(move |(media_type, media)| {
                    let schema = media.get("schema")?;
                    Some((schema, join(&join(&content_at, media_type), "schema")))
                })
        })
        .collect()
}

fn resolved<'a>(root: &'a Value, schema: &'a Value) -> Option<&'a Value> {
    pointer::resolve(root, schema, "").ok().map(|(v, _)| v)
}

fn branches(schema: &Value) -> impl Iterator<Item = &Value> {
    ["allOf", "anyOf", "oneOf"]
        .into_iter()
        .filter_map(|k| schema.get(k).and_then(Value::as_array))
        .flatten()
}

/// The schema of property `name` of `schema`, looking through `$ref`s and into every branch of
/// `allOf`/`anyOf`/`oneOf` (depth-limited, as schemas may be recursive).
pub(super) fn find_property<'a>(
    root: &'a Value,
    schema: &'a Value,
    name: &str,
) -> Option<&'a Value> {
    fn go<'a>(root: &'a Value, schema: &'a Value, name: &str, depth: u8) -> Option<&'a Value> {
        if depth == 0 {
            return None;
        }
        let schema = resolved(root, schema)?;
        schema
            .get("properties")
            .and_then(|p| p.get(name))
            .or_else(|| branches(schema).find_map(|b| go(root, b, name, depth - 1)))
    }
    go(root, schema, name, 8)
}

/// Whether `schema` describes an array (directly, through a `$ref`, or in a composition branch).
pub(super) fn is_array(root: &Value, schema: &Value) -> bool {
    fn go(root: &Value, schema: &Value, depth: u8) -> bool {
        let Some(schema) = resolved(root, schema).filter(|_| depth > 0) else {
            return false;
        };
        let typed = match schema.get("type") {
            Some(Value::String(t)) => t == "array",
            Some(Value::Array(ts)) => ts.iter().any(|t| t == "array"),
            _ => false,
        };
        typed || branches(schema).any(|b| go(root, b, depth - 1))
    }
    go(root, schema, 8)
}

/// The item schema of an array schema (through `$ref`s and compositions).
pub(super) fn array_items<'a>(root: &'a Value, schema: &'a Value) -> Option<&'a Value> {
    fn go<'a>(root: &'a Value, schema: &'a Value, depth: u8) -> Option<&'a Value> {
        let schema = resolved(root, schema).filter(|_| depth > 0)?;
        schema
            .get("items")
            .or_else(|| branches(schema).find_map(|b| go(root, b, depth - 1)))
    }
    go(root, schema, 8)
}
