//! Every `example` and `examples[*].value` (of schemas, parameters, headers and media types)
//! validates against its schema. The seeds' payloads are examples, so this is also what keeps the
//! spec honest about real traffic.
//!
//! A media-type example (a request or response body) is also read with its schema's objects
//! closed, as Redocly's `no-invalid-media-type-examples` reads it: a property the schema does not
//! declare is a problem. That catches a YAML flow mapping split in two by an unquoted `, `
//! (`{message: Chào bạn, shop ...}`), which the open schema admits.

use serde_json::Value;

use super::{Context, Problem, describe};
use crate::pointer::{self, join, join_index};

/// Checks every example; returns how many were validated.
pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) -> usize {
    let mut visitor = ExampleVisitor {
        ctx,
        problems,
        validated: 0,
        closed: false,
    };
    visitor.components();
    visitor.paths();
    visitor.webhooks();
    visitor.validated
}

struct ExampleVisitor<'c, 'a, 'p> {
    ctx: &'c Context<'a>,
    problems: &'p mut Vec<Problem>,
    validated: usize,
    /// Whether the examples being visited are bodies, read with closed objects.
    closed: bool,
}

/// The entries of a map-valued key, with their pointers.
fn entries<'v>(owner: &'v Value, at: &str, key: &str) -> Vec<(&'v Value, String)> {
    let map_at = join(at, key);
    owner
        .get(key)
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, value)| (value, join(&map_at, name)))
        .collect()
}

fn is_ref(value: &Value) -> bool {
    value.get("$ref").is_some()
}

impl ExampleVisitor<'_, '_, '_> {
    fn components(&mut self) {
        let root = self.ctx.root;
        let Some(components) = root.get("components") else {
            return;
        };
        for (schema, at) in entries(components, "/components", "schemas") {
            self.schema(schema, &at);
        }
        for (parameter, at) in entries(components, "/components", "parameters") {
            self.parameter(parameter, &at);
        }
        for (header, at) in entries(components, "/components", "headers") {
            self.parameter(header, &at);
        }
        for (body, at) in entries(components, "/components", "requestBodies") {
            self.content(body, &at);
        }
        for (response, at) in entries(components, "/components", "responses") {
            self.response(response, &at);
        }
    }

    /// Inline objects of the paths; `$ref`ed ones were visited with the components.
    fn paths(&mut self) {
        for op in self.ctx.operations.clone() {
            for (owner, owner_at) in [(op.path_item, op.path_pointer()), (op.value, op.pointer())] {
                let list_at = join(&owner_at, "parameters");
                let list = owner.get("parameters").and_then(Value::as_array);
                for (i, parameter) in list.into_iter().flatten().enumerate() {
                    if !is_ref(parameter) {
                        self.parameter(parameter, &join_index(&list_at, i));
                    }
                }
            }
            if let Some(body) = op.value.get("requestBody").filter(|b| !is_ref(b)) {
                self.content(body, &join(&op.pointer(), "requestBody"));
            }
            for (response, at) in entries(op.value, &op.pointer(), "responses") {
                if !is_ref(response) {
                    self.response(response, &at);
                }
            }
        }
    }

    /// The request bodies and responses of `x-webhooks` (the event payloads and their examples).
    fn webhooks(&mut self) {
        for (item, item_at) in entries(self.ctx.root, "", crate::extensions::WEBHOOKS_KEY) {
            for (operation, operation_at) in item
                .as_object()
                .into_iter()
                .flatten()
                .map(|(method, op)| (op, join(&item_at, method)))
            {
                if let Some(body) = operation.get("requestBody").filter(|b| !is_ref(b)) {
                    self.content(body, &join(&operation_at, "requestBody"));
                }
                for (response, at) in entries(operation, &operation_at, "responses") {
                    if !is_ref(response) {
                        self.response(response, &at);
                    }
                }
            }
        }
    }

    fn response(&mut self, response: &Value, at: &str) {
        for (header, header_at) in entries(response, at, "headers") {
            if !is_ref(header) {
                self.parameter(header, &header_at);
            }
        }
        self.content(response, at);
    }

    /// A parameter or a header: its schema, its examples, or its `content`.
    fn parameter(&mut self, parameter: &Value, at: &str) {
        if is_ref(parameter) {
            return;
        }
        if let Some(schema) = parameter.get("schema") {
            let schema_at = join(at, "schema");
            self.schema(schema, &schema_at);
            self.examples_of(parameter, at, &schema_at);
        }
        self.content(parameter, at);
    }

    /// The media types under `content` of a request body, response or parameter.
    fn content(&mut self, owner: &Value, at: &str) {
        for (media, media_at) in entries(owner, at, "content") {
            let Some(schema) = media.get("schema") else {
                continue;
            };
            let schema_at = join(&media_at, "schema");
            self.schema(schema, &schema_at);
            self.closed = true;
            self.examples_of(media, &media_at, &schema_at);
            self.closed = false;
        }
    }

    /// `example` and `examples` of a parameter, header or media type.
    fn examples_of(&mut self, owner: &Value, at: &str, schema_at: &str) {
        if let Some(example) = owner.get("example") {
            self.validate(example, &join(at, "example"), schema_at, None);
        }
        for (entry, entry_at) in entries(owner, at, "examples") {
            match pointer::resolve(self.ctx.root, entry, &entry_at) {
                // A dangling `$ref` is reported by the `refs` check.
                Err(_) => {}
                Ok((example, example_at)) => {
                    let Some(value) = example.get("value") else {
                        continue; // `externalValue` cannot be checked offline.
                    };
                    let used_at = (example_at != entry_at).then_some(entry_at.as_str());
                    self.validate(value, &join(&example_at, "value"), schema_at, used_at);
                }
            }
        }
    }

    /// A schema object and the schemas inside it: each `example` against its own schema.
    fn schema(&mut self, schema: &Value, at: &str) {
        if is_ref(schema) || !schema.is_object() {
            return;
        }
        if let Some(example) = schema.get("example") {
            self.validate(example, &join(at, "example"), at, None);
        }
        for (property, property_at) in entries(schema, at, "properties") {
            self.schema(property, &property_at);
        }
        for key in ["items", "additionalProperties", "not"] {
            if let Some(inner) = schema.get(key) {
                self.schema(inner, &join(at, key));
            }
        }
        for key in ["allOf", "anyOf", "oneOf"] {
            let list_at = join(at, key);
            let list = schema.get(key).and_then(Value::as_array);
            for (i, inner) in list.into_iter().flatten().enumerate() {
                self.schema(inner, &join_index(&list_at, i));
            }
        }
    }

    fn validate(&mut self, example: &Value, at: &str, schema_at: &str, used_at: Option<&str>) {
        self.validated += 1;
        // A schema that does not compile is reported by the `schemas` check.
        let Ok(violations) = self.ctx.violations(schema_at, example) else {
            return;
        };
        let used = used_at
            .map(|u| format!(" (used at {u})"))
            .unwrap_or_default();
        if !violations.is_empty() {
            self.problems.push(Problem::new(
                at,
                format!(
                    "example does not match its schema {schema_at}{used}: {}",
                    describe(&violations)
                ),
            ));
            return;
        }
        if !self.closed {
            return;
        }
        let Ok(undeclared) = self.ctx.closed_violations(schema_at, example) else {
            return;
        };
        if !undeclared.is_empty() {
            self.problems.push(Problem::new(
                at,
                format!(
                    "example has properties its schema {schema_at} does not declare{used} (a \
                     flow scalar with `, ` or `: ` must be quoted): {}",
                    describe(&undeclared)
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use serde_json::json;

    #[test]
    fn fires_on_a_bad_media_type_example() {
        let mut doc = mini();
        let example = format!(
            "{LIST_CONVERSATIONS}/responses/200/content/application~1json/example/conversations/0/type"
        );
        *at(&mut doc, &example) = json!("EMAIL");
        assert_fires(
            &doc,
            &format!("{LIST_CONVERSATIONS}/responses/200/content/application~1json/example"),
            "at `/conversations/0/type`",
        );
    }

    #[test]
    fn fires_on_a_bad_referenced_example_naming_where_it_is_used() {
        let mut doc = mini();
        *at(
            &mut doc,
            "/components/examples/InvalidToken/value/error_code",
        ) = json!("102");
        assert_fires(
            &doc,
            "/components/examples/InvalidToken/value",
            "(used at /paths/~1v1~1pages/get/responses/200/content/application~1json/examples/invalid_token)",
        );
    }

    #[test]
    fn fires_on_bad_parameter_header_and_schema_examples() {
        let mut doc = mini();
        *at(
            &mut doc,
            &format!("{LIST_CONVERSATIONS}/parameters/4/example"),
        ) = json!("yesterday");
        *at(&mut doc, "/components/headers/RetryAfter/example") = json!(0);
        *at(
            &mut doc,
            "/components/parameters/PageId/examples/numeric/value",
        ) = json!(12);
        *at(&mut doc, "/components/schemas/Tag/properties/id/example") = json!("-99");
        assert_fires(
            &doc,
            &format!("{LIST_CONVERSATIONS}/parameters/4/example"),
            "not of type \"integer\"",
        );
        assert_fires(
            &doc,
            "/components/headers/RetryAfter/example",
            "less than the minimum",
        );
        assert_fires(
            &doc,
            "/components/parameters/PageId/examples/numeric/value",
            "not of type \"string\"",
        );
        assert_fires(
            &doc,
            "/components/schemas/Tag/properties/id/example",
            "/components/schemas/Tag/properties/id",
        );
    }

    #[test]
    fn fires_on_a_body_example_with_an_undeclared_property() {
        // What `{action: add, tag_id: 5, note: a, b}` unquoted would parse to.
        let mut doc = mini();
        let example = format!("{TAGS}/requestBody/content/application~1json/example");
        *at(&mut doc, &example) = json!({"action": "add", "tag_id": 5, "note": "a", "b": null});
        assert_fires(&doc, &example, "does not declare");
        assert_fires(&doc, &example, "'note'");
        // A schema-level example is read open: unknown fields of a payload are allowed there.
        let mut doc = mini();
        let tag = "/components/schemas/Tag";
        at(&mut doc, tag)
            .as_object_mut()
            .unwrap()
            .insert("example".into(), json!({"id": 1, "extra": true}));
        assert!(!problems(&doc).iter().any(|p| p.pointer.starts_with(tag)));
    }

    #[test]
    fn fires_on_a_bad_webhook_example() {
        let mut doc = mini();
        doc["components"]["schemas"]["PingEvent"] = json!({
            "type": "object",
            "required": ["event_type"],
            "properties": {"event_type": {"type": "string", "enum": ["ping"]}}
        });
        doc["x-webhooks"] = json!({"ping": {"post": {
            "requestBody": {"content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/PingEvent"},
                "example": {"event_type": "pong"}
            }}},
            "responses": {"200": {"description": "ok"}}
        }}});
        assert_fires(
            &doc,
            "/x-webhooks/ping/post/requestBody/content/application~1json/example",
            "at `/event_type`",
        );
    }

    #[test]
    fn fires_on_a_bad_request_body_example() {
        let mut doc = mini();
        *at(
            &mut doc,
            &format!("{TAGS}/requestBody/content/application~1json/example"),
        ) = json!({"action": "toggle", "tag_id": "five"});
        let found = problems(&doc);
        let body = found
            .iter()
            .find(|p| p.pointer == format!("{TAGS}/requestBody/content/application~1json/example"))
            .expect("the body example must fire");
        assert!(body.reason.contains("at `/action`"), "{}", body.reason);
        assert!(body.reason.contains("at `/tag_id`"), "{}", body.reason);
    }
}
