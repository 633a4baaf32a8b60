//! `nullable: true` sits beside a `type`. OpenAPI 3.0.3 gives `nullable` no effect without one, so
//! Redocly (`nullable-type-sibling`) and openapi-spec-validator refuse `null` where such a schema
//! stands, while a reader of the YAML would think it allowed. A nullable reference is written
//! `oneOf: [{$ref: ...}, {enum: [null]}]` (see `openapi/README.md`).

use serde_json::Value;

use super::{Context, Problem};
use crate::pointer::join;

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    walk(ctx.root, "", problems);
}

fn walk(value: &Value, at: &str, problems: &mut Vec<Problem>) {
    match value {
        Value::Object(object) => {
            // Only a boolean is the keyword: under `properties`, `nullable` would name a property.
            if object.get("nullable").and_then(Value::as_bool) == Some(true)
                && !object.contains_key("type")
            {
                problems.push(Problem::new(
                    join(at, "nullable"),
                    "`nullable: true` without a `type` beside it has no effect in OpenAPI 3.0.3: \
                     add the `type`, or for a `$ref` write \
                     `oneOf: [{$ref: ...}, {enum: [null]}]`",
                ));
            }
            for (key, inner) in object {
                // Examples are data, not schemas.
                if !matches!(key.as_str(), "example" | "examples" | "default" | "enum") {
                    walk(inner, &join(at, key), problems);
                }
            }
        }
        Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                walk(inner, &format!("{at}/{i}"), problems);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use serde_json::json;

    #[test]
    fn fires_on_nullable_without_a_type() {
        let mut doc = mini();
        let property = "/components/schemas/Conversation/properties/updated_at";
        *at(&mut doc, property) = json!({
            "nullable": true,
            "allOf": [{"$ref": "#/components/schemas/Tag"}]
        });
        assert_fires(
            &doc,
            &format!("{property}/nullable"),
            "without a `type` beside it",
        );
    }

    #[test]
    fn a_typed_nullable_and_the_null_branch_form_pass() {
        let mut doc = mini();
        let property = "/components/schemas/Conversation/properties/updated_at";
        *at(&mut doc, property) = json!({"oneOf": [
            {"$ref": "#/components/schemas/Tag"},
            {"enum": [null]}
        ]});
        assert!(
            !problems(&doc)
                .iter()
                .any(|p| p.pointer.starts_with(property)),
            "{:?}",
            problems(&doc)
        );
    }
}
