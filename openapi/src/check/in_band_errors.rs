//! Every 200 JSON schema admits the in-band error envelope: the live API answers a wrong token
//! with HTTP 200 and `{"success": false, "error_code": 102, "message": "..."}`, and a client must
//! be able to decode it to detect it.

use serde_json::{Value, json};

use super::shapes::ok_schemas;
use super::{Context, Problem, describe};

/// The envelope of a wrong `page_access_token` (live API behaviour).
pub(crate) fn envelope() -> Value {
    json!({"success": false, "error_code": 102, "message": "Invalid access_token"})
}

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    let envelope = envelope();
    for op in &ctx.operations {
        for (_, schema_at) in ok_schemas(ctx, op) {
            match ctx.violations(&schema_at, &envelope) {
                // A schema that does not compile is reported by the `schemas` check.
                Err(_) => {}
                Ok(violations) if violations.is_empty() => {}
                Ok(violations) => problems.push(Problem::new(
                    schema_at,
                    format!(
                        "{}: the 200 schema rejects the in-band error envelope {envelope} \
                         ({}); leave top-level properties optional, allow unknown ones, and \
                         wrap a top-level array as `oneOf: [array, ApiError]`",
                        op.label(),
                        describe(&violations)
                    ),
                )),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use serde_json::json;

    #[test]
    fn fires_on_a_200_schema_with_required_properties() {
        let mut doc = mini();
        at(&mut doc, "/components/schemas/CustomersResponse")
            .as_object_mut()
            .unwrap()
            .insert("required".into(), json!(["customers"]));
        assert_fires(
            &doc,
            &format!("{LIST_CUSTOMERS}/responses/200/content/application~1json/schema"),
            "rejects the in-band error envelope",
        );
    }

    #[test]
    fn fires_on_a_bare_top_level_array() {
        let mut doc = mini();
        *at(
            &mut doc,
            &format!("{TAGS}/responses/200/content/application~1json/schema"),
        ) = json!({"type": "array", "items": {"type": "integer"}});
        assert_fires(
            &doc,
            &format!("{TAGS}/responses/200/content/application~1json/schema"),
            "not of type \"array\"",
        );
    }
}
