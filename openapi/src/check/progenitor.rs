//! What progenitor 0.15.1 cannot generate (RECONCILIATION.md, section O): its build script
//! panics or silently sends the wrong request, so the spec must avoid these shapes.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{Context, Problem};
use crate::operations::{StatusKey, effective_parameters, raw_responses};
use crate::pointer::{self, join};

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    for op in &ctx.operations {
        let label = op.label();
        // Success responses: like the error ones, all must share one body type.
        let mut bodies = BTreeSet::new();
        for (key, response, _) in raw_responses(ctx.root, op) {
            if StatusKey::parse(key).is_some_and(StatusKey::is_success) {
                bodies.insert(body_signature(response));
            }
        }
        if bodies.len() > 1 {
            problems.push(Problem::new(
                join(&op.pointer(), "responses"),
                format!(
                    "{label}: success responses must share one body schema (progenitor panics \
                     otherwise); found {}",
                    bodies.into_iter().collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        // A request body offered in several media types panics the generator.
        if let Some(body) = op.value.get("requestBody")
            && let Ok((body, at)) =
                pointer::resolve(ctx.root, body, &join(&op.pointer(), "requestBody"))
        {
            let media_types = body.get("content").and_then(Value::as_object);
            if media_types.is_some_and(|m| m.len() > 1) {
                problems.push(Problem::new(
                    join(&at, "content"),
                    format!(
                        "{label}: the request body offers several media types; progenitor \
                         accepts exactly one"
                    ),
                ));
            }
        }
        for parameter in effective_parameters(ctx.root, op) {
            let name = parameter.name().unwrap_or_default();
            let style = parameter.value.get("style").and_then(Value::as_str);
            let reason = match (parameter.location(), style) {
                (Some("cookie"), _) => Some("cookie parameters are not supported".to_owned()),
                (Some("query"), Some(style)) if style != "form" => Some(format!(
                    "query style `{style}` is not supported; use `form` (or a comma-joined string)"
                )),
                (Some("query"), _) if is_unexploded_array(ctx.root, parameter.value) => Some(
                    "progenitor ignores `explode: false` and repeats the name; declare the \
                     parameter `type: string` (comma-separated) instead"
                        .to_owned(),
                ),
                _ => None,
            };
            if let Some(reason) = reason {
                problems.push(Problem::new(
                    parameter.pointer.clone(),
                    format!("{label}: parameter `{name}`: {reason}"),
                ));
            }
        }
    }
}

fn body_signature(response: &Value) -> String {
    let schemas: Vec<String> = response
        .get("content")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(media_type, media)| match media.get("schema") {
            Some(schema) => schema
                .get("$ref")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .unwrap_or_else(|| format!("an inline {media_type} schema")),
            None => format!("{media_type} without a schema"),
        })
        .collect();
    if schemas.is_empty() {
        "(no body)".to_owned()
    } else {
        schemas.join(" + ")
    }
}

fn is_unexploded_array(root: &Value, parameter: &Value) -> bool {
    let explode = parameter.get("explode").and_then(Value::as_bool);
    let is_array = parameter
        .get("schema")
        .and_then(|s| pointer::resolve(root, s, "").ok())
        .is_some_and(|(s, _)| s.get("type").and_then(Value::as_str) == Some("array"));
    is_array && explode == Some(false)
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use serde_json::json;

    #[test]
    fn fires_on_success_responses_with_different_bodies() {
        let mut doc = mini();
        at(&mut doc, &format!("{TAGS}/responses"))
            .as_object_mut()
            .unwrap()
            .insert("204".into(), json!({"description": "nothing"}));
        assert_fires(
            &doc,
            &format!("{TAGS}/responses"),
            "#/components/schemas/TagWriteResponse, (no body)",
        );
    }

    #[test]
    fn fires_on_a_request_body_with_two_media_types() {
        let mut doc = mini();
        at(&mut doc, &format!("{TAGS}/requestBody/content"))
            .as_object_mut()
            .unwrap()
            .insert(
                "application/x-www-form-urlencoded".into(),
                json!({"schema": {"$ref": "#/components/schemas/TagWriteRequest"}}),
            );
        assert_fires(
            &doc,
            &format!("{TAGS}/requestBody/content"),
            "several media types",
        );
    }

    #[test]
    fn fires_on_unexploded_arrays_cookies_and_deep_objects() {
        let mut doc = mini();
        *at(
            &mut doc,
            &format!("{LIST_CONVERSATIONS}/parameters/3/explode"),
        ) = json!(false);
        assert_fires(
            &doc,
            &format!("{LIST_CONVERSATIONS}/parameters/3"),
            "ignores `explode: false`",
        );
        *at(
            &mut doc,
            &format!("{LIST_CONVERSATIONS}/parameters/3/style"),
        ) = json!("deepObject");
        assert_fires(
            &doc,
            &format!("{LIST_CONVERSATIONS}/parameters/3"),
            "query style `deepObject`",
        );
        *at(&mut doc, &format!("{LIST_CONVERSATIONS}/parameters/2/in")) = json!("cookie");
        assert_fires(
            &doc,
            &format!("{LIST_CONVERSATIONS}/parameters/2"),
            "cookie parameters are not supported",
        );
    }
}
