//! Retry safety and error codes, the two facts about failures that every crate reads from here:
//!
//! - every POST and PATCH operation says whether repeating it is harmless (`x-pancake-idempotent:
//!   true` or `false`), so that adding an operation forces the decision the client's retries rely
//!   on (a send repeated after a 5xx may reach the customer twice); other methods are idempotent by
//!   HTTP's definition and must not carry it;
//! - every `error_code` in an example is one of `pancake_openapi::error_code::KNOWN`, the one list
//!   of the codes the client, the mock and the conformance suite use.

use serde_json::Value;

use super::{Context, Problem};
use crate::extensions::IDEMPOTENT_KEY;
use crate::model::error_code;
use crate::pointer::{join, join_index};

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    for op in &ctx.operations {
        let at = join(&op.pointer(), IDEMPOTENT_KEY);
        let unsafe_method = matches!(op.method, "post" | "patch");
        match (op.value.get(IDEMPOTENT_KEY), unsafe_method) {
            (Some(Value::Bool(_)), true) | (None, false) => {}
            (None, true) => problems.push(Problem::new(
                at,
                format!(
                    "{}: a {} must say `{IDEMPOTENT_KEY}: true` (sending it twice acts once: it sets \
                     state) or `false` (it adds: a message, a note, an upload), which decides \
                     whether a client may repeat it after a 5xx or a timeout",
                    op.label(),
                    op.method.to_ascii_uppercase()
                ),
            )),
            (Some(_), true) => problems.push(Problem::new(
                at,
                format!("{}: `{IDEMPOTENT_KEY}` is true or false", op.label()),
            )),
            (Some(_), false) => problems.push(Problem::new(
                at,
                format!(
                    "{}: `{IDEMPOTENT_KEY}` applies to POST and PATCH only ({} is idempotent by \
                     definition)",
                    op.label(),
                    op.method.to_ascii_uppercase()
                ),
            )),
        }
    }
    error_codes(ctx.root, "", problems);
}

/// Every integer `error_code` in the document (examples; schemas have an object there).
fn error_codes(value: &Value, at: &str, problems: &mut Vec<Problem>) {
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                let child_at = join(at, key);
                match (key.as_str(), child.as_i64()) {
                    ("error_code", Some(code)) if !error_code::KNOWN.contains(&code) => {
                        problems.push(Problem::new(
                            child_at,
                            format!(
                                "error_code {code} is not one of pancake_openapi::error_code::KNOWN \
                                 {:?}: add it there (with the RECONCILIATION row that shows it) \
                                 so that every crate knows it",
                                error_code::KNOWN
                            ),
                        ))
                    }
                    _ => error_codes(child, &child_at, problems),
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                error_codes(item, &join_index(at, i), problems);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::check_document;
    use serde_json::json;

    fn problems(op: serde_json::Value, method: &str) -> Vec<String> {
        let doc = json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
                         "paths": {"/x": {method: op}}});
        check_document(&doc)
            .problems
            .into_iter()
            .filter(|p| p.pointer.contains("idempotent") || p.reason.contains("error_code"))
            .map(|p| p.to_string())
            .collect()
    }

    #[test]
    fn every_post_decides_whether_it_may_be_repeated() {
        let post = json!({"operationId": "send", "responses": {}});
        let found = problems(post.clone(), "post");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("must say `x-pancake-idempotent: true`"),
            "{found:?}"
        );

        let mut declared = post.clone();
        declared["x-pancake-idempotent"] = json!(false);
        assert!(problems(declared, "post").is_empty());

        let mut wrong_type = post.clone();
        wrong_type["x-pancake-idempotent"] = json!("yes");
        assert!(problems(wrong_type, "post")[0].contains("is true or false"));

        let mut on_get = post;
        on_get["x-pancake-idempotent"] = json!(true);
        assert!(problems(on_get, "get")[0].contains("POST and PATCH only"));
    }

    #[test]
    fn example_error_codes_must_be_known() {
        let op = json!({"operationId": "list", "responses": {"200": {"description": "ok",
            "content": {"application/json": {
                "schema": {"properties": {"error_code": {"type": "integer"}}},
                "example": {"success": false, "error_code": 999}}}}}});
        let found = problems(op.clone(), "get");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("error_code 999"), "{found:?}");
        let mut known = op;
        known["responses"]["200"]["content"]["application/json"]["example"]["error_code"] =
            json!(102);
        assert!(problems(known, "get").is_empty());
    }
}
