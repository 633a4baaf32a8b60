//! Every schema the operations and components use compiles as JSON Schema (after conversion).

use serde_json::Value;

use super::{Context, Problem};
use crate::operations::{effective_parameters, raw_responses};
use crate::pointer::{self, join};

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    let mut pointers: Vec<String> = ctx
        .root
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, _)| join("/components/schemas", name))
        .collect();
    for op in &ctx.operations {
        for parameter in effective_parameters(ctx.root, op) {
            if parameter.value.get("schema").is_some() {
                pointers.push(join(&parameter.pointer, "schema"));
            }
        }
        if let Some(body) = op.value.get("requestBody")
            && let Ok((body, at)) =
                pointer::resolve(ctx.root, body, &join(&op.pointer(), "requestBody"))
        {
            pointers.extend(media_schemas(body, &at));
        }
        for (_, response, at) in raw_responses(ctx.root, op) {
            pointers.extend(media_schemas(response, &at));
        }
    }
    pointers.sort();
    pointers.dedup();
    for at in pointers {
        if let Err(err) = ctx.violations(&at, &Value::Null) {
            problems.push(Problem::new(at, err.to_string()));
        }
    }
}

fn media_schemas(owner: &Value, at: &str) -> Vec<String> {
    let content_at = join(at, "content");
    owner
        .get("content")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(_, media)| media.get("schema").is_some())
        .map(|(media_type, _)| join(&join(&content_at, media_type), "schema"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use serde_json::json;

    #[test]
    fn fires_on_a_malformed_schema() {
        let mut doc = mini();
        // The official snapshot's defect: `properties: {type: object}`.
        *at(&mut doc, "/components/schemas/Customer/properties") = json!({"type": "object"});
        assert_fires(
            &doc,
            "/components/schemas/Customer",
            "not valid JSON Schema",
        );
    }

    #[test]
    fn fires_on_a_bad_pattern() {
        let mut doc = mini();
        *at(
            &mut doc,
            "/components/schemas/TagWriteRequest/properties/tag_id/oneOf/1/pattern",
        ) = json!("([0-9]+");
        assert_fires(
            &doc,
            "/components/schemas/TagWriteRequest",
            "not valid JSON Schema",
        );
    }
}
