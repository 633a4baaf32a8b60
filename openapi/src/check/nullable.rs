//! One nullable form that every reader agrees on (`openapi/README.md`, "One meaning for every
//! tool"). `nullable: true` sits beside a `type`: OpenAPI 3.0.3 gives it no effect without one, so
//! Redocly (`nullable-type-sibling`) and openapi-spec-validator refuse `null` where such a schema
//! stands, while a reader of the YAML would think it allowed. A nullable reference is written
//! `oneOf: [{$ref: ...}, {type: string, nullable: true, enum: [null]}]`: the null branch carries a
//! type too, since `@hey-api/openapi-ts` turns an untyped `{enum: [null]}` into `never`.

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
                     `oneOf: [{$ref: ...}, {type: string, nullable: true, enum: [null]}]`",
                ));
            }
            if object.get("enum") == Some(&Value::Array(vec![Value::Null]))
                && !object.contains_key("type")
            {
                problems.push(Problem::new(
                    join(at, "enum"),
                    "a null branch without a `type` (`{enum: [null]}`) is `never` to \
                     @hey-api/openapi-ts: write `{type: string, nullable: true, enum: [null]}`",
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
            {"type": "string", "nullable": true, "enum": [null]}
        ]});
        assert!(
            !problems(&doc)
                .iter()
                .any(|p| p.pointer.starts_with(property)),
            "{:?}",
            problems(&doc)
        );
    }

    #[test]
    fn fires_on_an_untyped_null_branch() {
        let mut doc = mini();
        let property = "/components/schemas/Conversation/properties/updated_at";
        *at(&mut doc, property) = json!({"oneOf": [
            {"$ref": "#/components/schemas/Tag"},
            {"enum": [null]}
        ]});
        assert_fires(&doc, &format!("{property}/oneOf/1/enum"), "is `never` to");
    }
}
