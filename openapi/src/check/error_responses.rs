//! Every operation documents 400, 403, 404 and 5XX; those that take a token also document 401
//! (an invalid or expired token), and those that take none do not (RECONCILIATION R6); the
//! operations the rate limit covers (see [`crate::operations::is_rate_limited`]) also document
//! 429 with `Retry-After`, and the others do not, since nothing limits them. All error responses
//! of an operation share ONE schema: progenitor's build script panics otherwise.

use std::collections::BTreeMap;

use serde_json::Value;

use super::security::TOKEN_PARAMETERS;
use super::{Context, Problem};
use crate::operations::{StatusKey, effective_parameters, is_rate_limited, raw_responses};
use crate::pointer::join;

/// The error responses every operation documents (README, "Layout of the document").
const REQUIRED: [&str; 4] = ["400", "403", "404", "5XX"];
/// The status of a refused token, documented only where a token is taken.
const UNAUTHORIZED: &str = "401";
/// The status of a refused request, documented only where the rate limit applies.
const RATE_LIMITED: &str = "429";
const RETRY_AFTER: &str = "Retry-After";

/// What an error response carries, as progenitor sees it.
fn body_of(response: &Value) -> Result<String, String> {
    let Some(content) = response.get("content").and_then(Value::as_object) else {
        return Ok("(no body)".to_owned());
    };
    let refs: Vec<String> = content
        .iter()
        .map(|(media_type, media)| {
            media
                .get("schema")
                .and_then(|s| s.get("$ref"))
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| media_type.clone())
        })
        .collect::<Result<_, _>>()?;
    match refs.as_slice() {
        [] => Ok("(no body)".to_owned()),
        [one] => Ok(one.clone()),
        _ => Ok(refs.join(" + ")),
    }
}

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    for op in &ctx.operations {
        let responses_at = join(&op.pointer(), "responses");
        let responses = raw_responses(ctx.root, op);
        let has = |wanted: &str| {
            responses
                .iter()
                .any(|(key, _, _)| key.eq_ignore_ascii_case(wanted))
        };
        let limited = is_rate_limited(ctx.root, op);
        let takes_token = effective_parameters(ctx.root, op).iter().any(|p| {
            p.location() == Some("query") && p.name().is_some_and(|n| TOKEN_PARAMETERS.contains(&n))
        });
        let missing: Vec<&str> = REQUIRED
            .into_iter()
            .chain(takes_token.then_some(UNAUTHORIZED))
            .chain(limited.then_some(RATE_LIMITED))
            .filter(|k| !has(k))
            .collect();
        if !missing.is_empty() {
            problems.push(Problem::new(
                responses_at.clone(),
                format!(
                    "{} lacks the error responses {}: every operation documents 400, 403, 404 \
                     and 5XX with the shared ApiError schema, 401 where it takes a token, and \
                     429 where the rate limit applies",
                    op.label(),
                    missing.join(", ")
                ),
            ));
        }
        if !takes_token && has(UNAUTHORIZED) {
            problems.push(Problem::new(
                join(&responses_at, UNAUTHORIZED),
                format!(
                    "{}: documents 401 (a refused token), but it takes no token: remove it",
                    op.label()
                ),
            ));
        }
        if !limited && has(RATE_LIMITED) {
            problems.push(Problem::new(
                join(&responses_at, RATE_LIMITED),
                format!(
                    "{}: documents 429, but the rate limit does not cover it (it needs the \
                     limit's key as a path parameter and the page access token): remove it",
                    op.label()
                ),
            ));
        }
        if let Some((_, response, pointer)) = responses.iter().find(|(key, _, _)| *key == "429") {
            let has_retry_after = response
                .get("headers")
                .and_then(Value::as_object)
                .is_some_and(|h| h.keys().any(|k| k.eq_ignore_ascii_case(RETRY_AFTER)));
            if !has_retry_after {
                problems.push(Problem::new(
                    join(pointer, "headers"),
                    format!(
                        "{}: the 429 response must document the `{RETRY_AFTER}` header",
                        op.label()
                    ),
                ));
            }
        }
        let mut bodies: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for (key, response, pointer) in &responses {
            if !StatusKey::parse(key).is_some_and(StatusKey::is_error) {
                continue;
            }
            match body_of(response) {
                Ok(body) => bodies.entry(body).or_default().push(key),
                Err(media_type) => problems.push(Problem::new(
                    join(&join(pointer, "content"), &media_type),
                    format!(
                        "{}: the {key} response's schema is inline; error responses must `$ref` \
                         one named schema (progenitor names and shares it)",
                        op.label()
                    ),
                )),
            }
        }
        if bodies.len() > 1 {
            let listing = bodies
                .iter()
                .map(|(body, keys)| format!("{} -> {body}", keys.join(", ")))
                .collect::<Vec<_>>()
                .join("; ");
            problems.push(Problem::new(
                responses_at,
                format!(
                    "{}: error responses must share one schema (progenitor panics otherwise): \
                     {listing}",
                    op.label()
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
    fn fires_on_missing_error_responses() {
        let mut doc = mini();
        let responses = at(&mut doc, &format!("{LIST_PAGES}/responses"))
            .as_object_mut()
            .unwrap();
        responses.remove("403");
        responses.remove("5XX");
        assert_fires(
            &doc,
            &format!("{LIST_PAGES}/responses"),
            "lacks the error responses 403, 5XX",
        );
    }

    #[test]
    fn fires_on_a_429_where_no_limit_applies_and_on_a_missing_one_where_it_does() {
        let mut doc = mini();
        // list_pages takes the user token: nothing limits it.
        at(&mut doc, &format!("{LIST_PAGES}/responses"))
            .as_object_mut()
            .unwrap()
            .insert(
                "429".into(),
                json!({"$ref": "#/components/responses/TooManyRequests"}),
            );
        assert_fires(
            &doc,
            &format!("{LIST_PAGES}/responses/429"),
            "the rate limit does not cover it",
        );

        let mut doc = mini();
        at(&mut doc, &format!("{LIST_CONVERSATIONS}/responses"))
            .as_object_mut()
            .unwrap()
            .remove("429");
        assert_fires(
            &doc,
            &format!("{LIST_CONVERSATIONS}/responses"),
            "lacks the error responses 429",
        );
    }

    #[test]
    fn fires_on_a_401_without_a_token_and_on_a_missing_one_with_a_token() {
        let mut doc = mini();
        at(&mut doc, &format!("{LIST_PAGES}/responses"))
            .as_object_mut()
            .unwrap()
            .remove("401");
        assert_fires(
            &doc,
            &format!("{LIST_PAGES}/responses"),
            "lacks the error responses 401",
        );

        let mut doc = mini();
        let parameters = at(&mut doc, &format!("{LIST_PAGES}/parameters"))
            .as_array_mut()
            .unwrap();
        parameters.clear();
        assert_fires(
            &doc,
            &format!("{LIST_PAGES}/responses/401"),
            "it takes no token",
        );
    }

    #[test]
    fn fires_on_a_429_without_retry_after() {
        let mut doc = mini();
        at(&mut doc, "/components/responses/TooManyRequests")
            .as_object_mut()
            .unwrap()
            .remove("headers");
        assert_fires(
            &doc,
            "/components/responses/TooManyRequests/headers",
            "must document the `Retry-After` header",
        );
    }

    #[test]
    fn fires_on_error_responses_with_different_schemas() {
        let mut doc = mini();
        *at(&mut doc, &format!("{LIST_PAGES}/responses/404")) = json!({
            "description": "gone",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}
        });
        *at(&mut doc, &format!("{LIST_PAGES}/responses/403")) = json!({"description": "no body"});
        assert_fires(
            &doc,
            &format!("{LIST_PAGES}/responses"),
            "404 -> #/components/schemas/Page",
        );
        assert_fires(&doc, &format!("{LIST_PAGES}/responses"), "403 -> (no body)");
    }

    #[test]
    fn fires_on_an_inline_error_schema() {
        let mut doc = mini();
        *at(&mut doc, &format!("{LIST_PAGES}/responses/400")) = json!({
            "description": "bad",
            "content": {"application/json": {"schema": {"type": "object"}}}
        });
        assert_fires(
            &doc,
            &format!("{LIST_PAGES}/responses/400/content/application~1json"),
            "inline",
        );
    }
}
