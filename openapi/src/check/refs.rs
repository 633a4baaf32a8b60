//! Every `$ref` is local and points at something.

use serde_json::Value;

use super::{Context, Problem};
use crate::pointer::{self, join, join_index};

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    walk(ctx.root, ctx.root, "", problems);
}

/// Whether the object at `at` is an Example Object (an entry of an `examples` map).
fn is_example_object(at: &str) -> bool {
    let mut tokens = at.rsplit('/');
    tokens.next();
    tokens.next() == Some("examples")
}

fn walk(root: &Value, value: &Value, at: &str, problems: &mut Vec<Problem>) {
    match value {
        Value::Object(object) => {
            if object.get("$ref").is_some_and(Value::is_string)
                && let Err(err) = pointer::resolve(root, value, at)
            {
                problems.push(Problem::new(join(at, "$ref"), err.to_string()));
            }
            let example_object = is_example_object(at);
            for (key, child) in object {
                // Example payloads are data: a `$ref` key inside one is not a reference.
                if key == "example" || (example_object && key == "value") {
                    continue;
                }
                walk(root, child, &join(at, key), problems);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(root, item, &join_index(at, i), problems);
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
    fn fires_on_dangling_and_remote_references() {
        let mut doc = mini();
        *at(&mut doc, "/components/schemas/Page/properties/id") =
            json!({"$ref": "#/components/schemas/Nope"});
        *at(&mut doc, "/components/schemas/Page/properties/name") =
            json!({"$ref": "other.yaml#/Name"});
        assert_fires(
            &doc,
            "/components/schemas/Page/properties/id/$ref",
            "points at nothing",
        );
        assert_fires(
            &doc,
            "/components/schemas/Page/properties/name/$ref",
            "outside the document",
        );
    }

    #[test]
    fn a_ref_key_inside_an_example_payload_is_data() {
        let mut doc = mini();
        at(&mut doc, "/components/examples/InvalidToken/value")
            .as_object_mut()
            .unwrap()
            .insert("$ref".into(), json!("#/nowhere"));
        let found = problems(&doc);
        assert!(
            !found.iter().any(|p| p.reason.contains("#/nowhere")),
            "{found:?}"
        );
    }
}
