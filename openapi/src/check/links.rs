//! Every OpenAPI `link` (a response's `links`) leads somewhere real: its target operation exists
//! (by `operationId`), each parameter it fills is a parameter of that target, a `requestBody` goes
//! to an operation that takes one, and each runtime expression points at something the source
//! operation has: a parameter of its request (`$request.path.page_id`), or a place in its request
//! body or in the schema of the response the link hangs on (`$response.body#/conversations/0/id`).
//! Stateful testers (Schemathesis) follow these links; a broken one silently tests nothing.

use serde_json::Value;

use super::{Context, Problem};
use crate::operations::{RawOperation, effective_parameters};
use crate::pointer::{self, join};

/// The parameter locations a link's parameter key may name (`path.conversation_id`).
const LOCATIONS: [&str; 4] = ["path", "query", "header", "cookie"];

/// How deep a schema walk follows `$ref`s and combinators before giving up (a cycle).
const MAX_DEPTH: usize = 32;

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    for source in &ctx.operations {
        let responses = join(&source.pointer(), "responses");
        for (status, entry) in source
            .value
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let at = join(&responses, status);
            let Ok((response, _)) = pointer::resolve(ctx.root, entry, &at) else {
                continue;
            };
            let links_at = join(&at, "links");
            for (name, link) in response
                .get("links")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let link_at = join(&links_at, name);
                match pointer::resolve(ctx.root, link, &link_at) {
                    Ok((link, _)) => check_link(ctx, source, response, link, &link_at, problems),
                    Err(e) => problems.push(Problem::new(link_at, e.to_string())),
                }
            }
        }
    }
}

fn check_link(
    ctx: &Context<'_>,
    source: &RawOperation<'_>,
    response: &Value,
    link: &Value,
    at: &str,
    problems: &mut Vec<Problem>,
) {
    let label = source.label();
    let Some(target_id) = link.get("operationId").and_then(Value::as_str) else {
        problems.push(Problem::new(
            at,
            format!("{label}: a link names its target by `operationId` (`operationRef` is not used in this spec)"),
        ));
        return;
    };
    let Some(target) = ctx
        .operations
        .iter()
        .find(|op| op.operation_id() == Some(target_id))
    else {
        problems.push(Problem::new(
            join(at, "operationId"),
            format!("{label}: the link's target `{target_id}` is no operation of the spec"),
        ));
        return;
    };
    let target_parameters = effective_parameters(ctx.root, target);
    let expressions = Expressions {
        ctx,
        source,
        response,
    };
    for (key, expression) in link
        .get("parameters")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let key_at = join(&join(at, "parameters"), key);
        let (location, name) = match key.split_once('.') {
            Some((location, name)) if LOCATIONS.contains(&location) => (Some(location), name),
            _ => (None, key.as_str()),
        };
        let declared = target_parameters
            .iter()
            .any(|p| p.name() == Some(name) && location.is_none_or(|l| p.location() == Some(l)));
        if !declared {
            problems.push(Problem::new(
                key_at.clone(),
                format!("{label}: `{key}` is no parameter of the link's target `{target_id}`"),
            ));
        }
        expressions.check_value(expression, &key_at, problems);
    }
    if let Some(body) = link.get("requestBody") {
        let body_at = join(at, "requestBody");
        if target.value.get("requestBody").is_none() {
            problems.push(Problem::new(
                body_at.clone(),
                format!(
                    "{label}: the link sends a request body to `{target_id}`, which takes none"
                ),
            ));
        }
        expressions.check_value(body, &body_at, problems);
    }
}

/// The runtime expressions of one link, checked against its source operation.
struct Expressions<'c, 'a> {
    ctx: &'c Context<'a>,
    source: &'c RawOperation<'a>,
    response: &'a Value,
}

impl Expressions<'_, '_> {
    /// Checks every runtime expression in `value` (a string that starts with `$`, anywhere in
    /// an object or array: a `requestBody` template holds them as values).
    fn check_value(&self, value: &Value, at: &str, problems: &mut Vec<Problem>) {
        match value {
            Value::String(text) if text.starts_with('$') => {
                if let Err(reason) = self.check_expression(text) {
                    problems.push(Problem::new(
                        at,
                        format!("{}: `{text}`: {reason}", self.source.label()),
                    ));
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.check_value(item, &crate::pointer::join_index(at, i), problems);
                }
            }
            Value::Object(fields) => {
                for (key, item) in fields {
                    self.check_value(item, &join(at, key), problems);
                }
            }
            _ => {}
        }
    }

    /// One runtime expression (OpenAPI 3.0.3, "Runtime Expressions").
    fn check_expression(&self, text: &str) -> Result<(), String> {
        if matches!(text, "$url" | "$method" | "$statusCode") {
            return Ok(());
        }
        if let Some(rest) = text.strip_prefix("$request.") {
            if let Some(pointer) = rest.strip_prefix("body#") {
                let body = self
                    .source
                    .value
                    .get("requestBody")
                    .ok_or("the source operation takes no request body")?;
                let (body, _) =
                    pointer::resolve(self.ctx.root, body, "").map_err(|e| e.to_string())?;
                return self.check_in_content(body, pointer);
            }
            let (location, name) = rest
                .split_once('.')
                .filter(|(location, _)| LOCATIONS.contains(location))
                .ok_or("expected $request.path.NAME, $request.query.NAME, $request.header.NAME or $request.body#/POINTER")?;
            let declared = effective_parameters(self.ctx.root, self.source)
                .iter()
                .any(|p| p.name() == Some(name) && p.location() == Some(location));
            return if declared {
                Ok(())
            } else {
                Err(format!(
                    "the source operation has no {location} parameter `{name}`"
                ))
            };
        }
        if let Some(rest) = text.strip_prefix("$response.") {
            if let Some(pointer) = rest.strip_prefix("body#") {
                return self.check_in_content(self.response, pointer);
            }
            if rest.starts_with("header.") {
                return Ok(());
            }
        }
        Err("not a runtime expression ($url, $method, $statusCode, $request.…, $response.…)".into())
    }

    /// Whether `pointer` leads somewhere in the JSON schema of `holder`'s `content`.
    fn check_in_content(&self, holder: &Value, pointer: &str) -> Result<(), String> {
        let schema = holder
            .get("content")
            .and_then(Value::as_object)
            .and_then(|content| {
                content
                    .iter()
                    .find(|(media, _)| crate::operations::is_json_media_type(media))
            })
            .and_then(|(_, media)| media.get("schema"))
            .ok_or("no JSON schema to point into")?;
        if pointer.is_empty() {
            return Ok(());
        }
        let tokens: Vec<String> = pointer
            .strip_prefix('/')
            .ok_or("a JSON pointer starts with `/`")?
            .split('/')
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .collect();
        if reaches(self.ctx.root, schema, &tokens, 0) {
            Ok(())
        } else {
            Err(format!("`{pointer}` leads nowhere in the schema"))
        }
    }
}

/// Whether the schema `schema` has a place at `tokens` (array indices go to `items`, names to
/// `properties` or `additionalProperties`; `$ref`, `allOf`, `oneOf` and `anyOf` are followed).
fn reaches(root: &Value, schema: &Value, tokens: &[String], depth: usize) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    let Ok((schema, _)) = pointer::resolve(root, schema, "") else {
        return false;
    };
    let branches = ["allOf", "oneOf", "anyOf"]
        .iter()
        .filter_map(|k| schema.get(*k).and_then(Value::as_array))
        .flatten();
    for branch in branches {
        if reaches(root, branch, tokens, depth + 1) {
            return true;
        }
    }
    let Some((token, rest)) = tokens.split_first() else {
        return true;
    };
    let next = if token.parse::<usize>().is_ok() && schema.get("items").is_some() {
        schema.get("items")
    } else {
        schema
            .get("properties")
            .and_then(|p| p.get(token))
            .or_else(|| schema.get("additionalProperties").filter(|a| a.is_object()))
    };
    next.is_some_and(|next| reaches(root, next, rest, depth + 1))
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use serde_json::json;

    fn with_link(link: serde_json::Value) -> serde_json::Value {
        let mut doc = mini();
        at(&mut doc, &format!("{LIST_CONVERSATIONS}/responses/200"))
            .as_object_mut()
            .unwrap()
            .insert("links".into(), json!({ "tags": link }));
        doc
    }

    const AT: &str =
        "/paths/~1public_api~1v2~1pages~1{page_id}~1conversations/get/responses/200/links/tags";

    #[test]
    fn a_sound_link_passes() {
        let doc = with_link(json!({
            "operationId": "update_conversation_tags",
            "parameters": {
                "page_id": "$request.path.page_id",
                "path.conversation_id": "$response.body#/conversations/0/id"
            },
            "requestBody": {"action": "add", "tag_id": "$response.body#/conversations/0/tags/0"}
        }));
        let found = problems(&doc);
        assert!(
            !found.iter().any(|p| p.pointer.starts_with(AT)),
            "{found:?}"
        );
    }

    #[test]
    fn fires_on_a_missing_target_parameter_and_expression() {
        assert_fires(
            &with_link(json!({"operationId": "no_such_operation"})),
            &format!("{AT}/operationId"),
            "`no_such_operation` is no operation",
        );
        assert_fires(
            &with_link(json!({"operationRef": "#/paths/x/get"})),
            AT,
            "by `operationId`",
        );
        let doc = with_link(json!({
            "operationId": "update_conversation_tags",
            "parameters": {
                "thread_id": "$response.body#/conversations/0/id",
                "conversation_id": "$response.body#/conversations/0/no_such_field",
                "page_id": "$request.query.page_id"
            },
            "requestBody": {"tag_id": "$request.body#/x"}
        }));
        assert_fires(
            &doc,
            &format!("{AT}/parameters/thread_id"),
            "no parameter of the link's target",
        );
        assert_fires(
            &doc,
            &format!("{AT}/parameters/conversation_id"),
            "leads nowhere in the schema",
        );
        assert_fires(
            &doc,
            &format!("{AT}/parameters/page_id"),
            "no query parameter `page_id`",
        );
        assert_fires(
            &doc,
            &format!("{AT}/requestBody/tag_id"),
            "takes no request body",
        );
        let doc = with_link(json!({
            "operationId": "list_pages",
            "requestBody": {"x": "$nonsense"}
        }));
        assert_fires(&doc, &format!("{AT}/requestBody"), "which takes none");
        assert_fires(
            &doc,
            &format!("{AT}/requestBody/x"),
            "not a runtime expression",
        );
    }
}
