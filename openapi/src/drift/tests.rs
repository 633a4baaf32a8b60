//! Drift on small specs of its own: matching by server prefix and by suffix, the three kinds of
//! difference, and justification by a row's key.

use serde_json::json;

use super::*;

fn ours() -> Spec {
    Spec::from_document(json!({
        "openapi": "3.0.3",
        "info": {"title": "ours", "version": "1"},
        "paths": {
            "/public_api/v1/pages/{page_id}/tags": {"get": {
                "operationId": "list_tags",
                "parameters": [
                    {"name": "page_id", "in": "path", "required": true, "schema": {"type": "string"}},
                    {"name": "since", "in": "query", "schema": {"type": "integer", "format": "int64"}},
                    {"name": "mine", "in": "query", "schema": {"type": "string"}}
                ],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                    "$ref": "#/components/schemas/Tags"}}}}}
            }},
            "/public_api/v1/pages/{page_id}/notes": {"put": {
                "operationId": "update_note",
                "parameters": [{"name": "page_id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok"}}
            }},
            "/v1/extra": {"get": {"operationId": "only_ours", "responses": {"200": {"description": "ok"}}}}
        },
        "components": {"schemas": {"Tags": {"type": "object", "properties": {
            "success": {"type": "boolean"},
            "tags": {"type": "array", "items": {"type": "object", "properties": {
                "id": {"type": "integer"}, "text": {"type": "string"}}}}
        }}}}
    }))
    .unwrap()
}

fn upstream() -> Value {
    json!({
        "openapi": "3.0.0",
        "info": {"title": "theirs", "version": "1"},
        "paths": {
            "/pages/{id}/tags": {"get": {
                "servers": [{"url": "https://pages.fm/api/public_api/v1"}],
                "parameters": [
                    {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                    {"name": "since", "in": "query", "schema": {"type": "integer"}},
                    {"name": "theirs", "in": "query", "schema": {"type": "string"}}
                ],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                    "type": "object", "properties": {"tags": {"type": "array", "items": {"type": "object", "properties": {
                        "id": {"type": "string"}, "text": {"type": "string"}, "color": {"type": "string"}}}}}}}}}}
            }},
            "/pages/{page_id}/notes": {"put": {
                "parameters": [{"name": "page_id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok"}}
            }},
            "/pages/{page_id}/gone": {"get": {
                "servers": [{"url": "https://pages.fm/api/v1"}],
                "responses": {"200": {"description": "ok"}}
            }}
        }
    })
}

fn keys(drift: &Drift) -> Vec<String> {
    drift.items.iter().map(Item::key).collect()
}

#[test]
fn operations_match_by_server_prefix_or_by_a_unique_suffix() {
    let drift = drift(&ours(), &upstream());
    let matched: Vec<(&str, &str)> = drift
        .matched
        .iter()
        .map(|m| (m.upstream.as_str(), m.operation_id.as_str()))
        .collect();
    assert_eq!(
        matched,
        [
            ("GET /public_api/v1/pages/{id}/tags", "list_tags"),
            ("PUT /pages/{page_id}/notes", "update_note"),
        ]
    );
    let keys = keys(&drift);
    assert!(
        keys.contains(&"GET /v1/pages/{page_id}/gone operation".to_owned()),
        "{keys:?}"
    );
    assert!(keys.contains(&"only_ours operation".to_owned()), "{keys:?}");
}

#[test]
fn parameters_and_fields_only_on_one_side_or_of_another_type_are_listed() {
    let drift = drift(&ours(), &upstream());
    let find = |key: &str| {
        drift
            .items
            .iter()
            .find(|i| i.key() == key)
            .unwrap_or_else(|| panic!("no {key} in {:?}", keys(&drift)))
            .difference
            .clone()
    };
    assert_eq!(
        find("list_tags param theirs"),
        Difference::OnlyUpstream {
            upstream: "string in query".into()
        }
    );
    assert_eq!(
        find("list_tags param mine"),
        Difference::OnlyOurs {
            ours: "string in query".into()
        }
    );
    assert_eq!(
        find("list_tags response tags[].color"),
        Difference::OnlyUpstream {
            upstream: "string".into()
        }
    );
    assert_eq!(
        find("list_tags response success"),
        Difference::OnlyOurs {
            ours: "boolean".into()
        }
    );
    assert_eq!(
        find("list_tags response tags[].id"),
        Difference::Differs {
            upstream: "string".into(),
            ours: "integer".into()
        }
    );
    // A format only ours declares refines upstream's type.
    assert!(
        !keys(&drift).iter().any(|k| k.contains("since")),
        "{:?}",
        keys(&drift)
    );
    // The operation matches whatever its path parameters are called; the parameters themselves
    // are compared by name.
    assert_eq!(
        find("list_tags param id"),
        Difference::OnlyUpstream {
            upstream: "string in path".into()
        }
    );
}

#[test]
fn a_row_naming_the_key_or_a_pattern_justifies_a_difference() {
    let mut drift = drift(&ours(), &upstream());
    let reconciliation = "\
| # | Point | Decision |\n| --- | --- | --- |\n\
| F1 | Tag ids | Integers: `list_tags response tags[].id`. |\n\
| B2 | Envelope | `* response success` everywhere. |\n\
| Z9 | Not a key | `list_tags` and `color` alone name nothing. |\n";
    justify(&mut drift, reconciliation);
    let by = |key: &str| {
        drift
            .items
            .iter()
            .find(|i| i.key() == key)
            .unwrap()
            .justified_by
            .clone()
    };
    assert_eq!(by("list_tags response tags[].id").as_deref(), Some("F1"));
    assert_eq!(by("list_tags response success").as_deref(), Some("B2"));
    assert_eq!(by("list_tags response tags[].color"), None);
    assert!(
        drift
            .unexplained()
            .any(|i| i.key() == "list_tags param theirs")
    );
    let md = to_markdown(&drift, "theirs.yaml");
    assert!(
        md.contains("| `list_tags response tags[].id` | differs | `string` | `integer` | F1 |"),
        "{md}"
    );
    assert!(md.contains("**unexplained**"), "{md}");

    // A key qualified by its difference names only that kind of difference.
    justify(
        &mut drift,
        "| D8 | Types | `* [differs string -> integer]` |\n",
    );
    assert_eq!(
        by_after(&drift, "list_tags response tags[].id").as_deref(),
        Some("D8")
    );
    assert_eq!(by_after(&drift, "list_tags param mine"), None);
}

fn by_after(drift: &Drift, key: &str) -> Option<String> {
    drift
        .items
        .iter()
        .find(|i| i.key() == key)
        .unwrap()
        .justified_by
        .clone()
}

#[test]
fn globs_match_any_run_of_characters() {
    assert!(justify::glob(
        "* response success",
        "list_tags response success"
    ));
    assert!(justify::glob("list_* param *", "list_tags param since"));
    assert!(!justify::glob(
        "* response success",
        "list_tags response success_rate"
    ));
    assert!(justify::glob("exact", "exact"));
}
