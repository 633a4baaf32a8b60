//! One pair of small specs per rule: `tests/data/diff/base.yaml` and a copy edited to trigger it.

use serde_json::{Value, json};

use super::*;

const BASE: &str = include_str!("../../tests/data/diff/base.yaml");
const THINGS: &str = "/paths/~1pages~1{page_id}~1things";
const GET: &str = "/paths/~1pages~1{page_id}~1things/get";
const POST: &str = "/paths/~1pages~1{page_id}~1things/post";
const NEW: &str = "/components/schemas/NewThing";
const THING: &str = "/components/schemas/Thing";

type Edit = fn(&mut Value);

fn base_doc() -> Value {
    crate::parse_document(BASE).unwrap()
}

fn set(doc: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let key = key.replace("~1", "/").replace("~0", "~");
    let parent = doc
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent} in the fixture"));
    match parent {
        Value::Array(items) => items.push(value),
        Value::Object(map) => {
            map.insert(key, value);
        }
        _ => panic!("{pointer}: parent is not a container"),
    }
}

fn remove(doc: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let key = key.replace("~1", "/").replace("~0", "~");
    match doc.pointer_mut(parent).unwrap() {
        Value::Object(map) => {
            map.remove(&key)
                .unwrap_or_else(|| panic!("no {pointer} in the fixture"));
        }
        Value::Array(items) => {
            items.remove(key.parse::<usize>().unwrap());
        }
        _ => panic!("{pointer}: parent is not a container"),
    }
}

fn p(prefix: &str, rest: &str) -> String {
    format!("{prefix}{rest}")
}

/// (rule, edit of BASE, edit of HEAD).
fn cases() -> Vec<(&'static str, Edit, Edit)> {
    fn none(_: &mut Value) {}
    vec![
        ("operation-removed", none, |d| remove(d, POST)),
        ("operation-added", none, |d| {
            set(
                d,
                "/paths/~1other",
                json!({"get": {"operationId": "new_op", "responses": {"200": {"description": "ok"}}}}),
            )
        }),
        ("operation-id-renamed", none, |d| {
            set(d, &p(POST, "/operationId"), json!("make_thing"))
        }),
        ("operation-path-changed", none, |d| {
            let item = d.pointer(THINGS).unwrap().clone();
            remove(d, POST);
            let mut moved = item.clone();
            moved.as_object_mut().unwrap().remove("get");
            set(d, "/paths/~1pages~1{page_id}~1items", moved);
        }),
        ("operation-deprecated", none, |d| {
            set(d, &p(GET, "/deprecated"), json!(true))
        }),
        ("operation-security-changed", none, |d| {
            set(d, &p(GET, "/security"), json!([{"UserAccessToken": []}]))
        }),
        ("request-parameter-removed", none, |d| {
            remove(d, &p(GET, "/parameters/1"))
        }),
        ("new-required-request-parameter", none, |d| {
            set(
                d,
                &p(GET, "/parameters/-"),
                json!({"name": "q", "in": "query", "required": true, "schema": {"type": "string"}}),
            )
        }),
        ("new-optional-request-parameter", none, |d| {
            set(
                d,
                &p(GET, "/parameters/-"),
                json!({"name": "q", "in": "query", "schema": {"type": "string"}}),
            )
        }),
        ("request-parameter-became-required", none, |d| {
            set(d, &p(GET, "/parameters/1/required"), json!(true))
        }),
        (
            "request-parameter-became-optional",
            |d| set(d, &p(GET, "/parameters/1/required"), json!(true)),
            none,
        ),
        ("request-parameter-style-changed", none, |d| {
            set(d, &p(GET, "/parameters/4/explode"), json!(false))
        }),
        ("request-default-changed", none, |d| {
            set(d, &p(GET, "/parameters/1/schema/default"), json!("b"))
        }),
        ("request-parameter-type-changed", none, |d| {
            set(d, &p(GET, "/parameters/2/schema/type"), json!("string"))
        }),
        ("request-parameter-format-changed", none, |d| {
            set(d, &p(GET, "/parameters/2/schema/format"), json!("int32"))
        }),
        (
            "new-required-request-body",
            |d| remove(d, &p(POST, "/requestBody")),
            none,
        ),
        (
            "new-optional-request-body",
            |d| remove(d, &p(POST, "/requestBody")),
            |d| set(d, &p(POST, "/requestBody/required"), json!(false)),
        ),
        ("request-body-removed", none, |d| {
            remove(d, &p(POST, "/requestBody"))
        }),
        (
            "request-body-became-required",
            |d| set(d, &p(POST, "/requestBody/required"), json!(false)),
            none,
        ),
        ("request-body-became-optional", none, |d| {
            set(d, &p(POST, "/requestBody/required"), json!(false))
        }),
        ("request-media-type-removed", none, |d| {
            set(
                d,
                &p(POST, "/requestBody/content"),
                json!({"multipart/form-data": {"schema": {"$ref": "#/components/schemas/NewThing"}}}),
            )
        }),
        ("request-media-type-added", none, |d| {
            set(
                d,
                &p(
                    POST,
                    "/requestBody/content/application~1x-www-form-urlencoded",
                ),
                json!({"schema": {"type": "object"}}),
            )
        }),
        ("request-property-removed", none, |d| {
            remove(d, &p(NEW, "/properties/note"))
        }),
        ("new-required-request-property", none, |d| {
            set(d, &p(NEW, "/properties/size"), json!({"type": "integer"}));
            set(d, &p(NEW, "/required"), json!(["name", "size"]));
        }),
        ("new-optional-request-property", none, |d| {
            set(d, &p(NEW, "/properties/size"), json!({"type": "integer"}))
        }),
        ("request-property-became-required", none, |d| {
            set(d, &p(NEW, "/required"), json!(["name", "note"]))
        }),
        ("request-property-became-optional", none, |d| {
            set(d, &p(NEW, "/required"), json!([]))
        }),
        ("request-property-became-not-nullable", none, |d| {
            remove(d, &p(NEW, "/properties/note/nullable"))
        }),
        ("request-property-became-nullable", none, |d| {
            set(d, &p(NEW, "/properties/name/nullable"), json!(true))
        }),
        ("request-property-type-changed", none, |d| {
            set(d, &p(NEW, "/properties/name/type"), json!("integer"))
        }),
        ("request-property-format-changed", none, |d| {
            set(d, &p(NEW, "/properties/created_at/format"), json!("int32"))
        }),
        ("request-enum-value-removed", none, |d| {
            set(d, &p(NEW, "/properties/colour/enum"), json!(["red"]))
        }),
        ("request-enum-value-added", none, |d| {
            set(
                d,
                &p(NEW, "/properties/colour/enum"),
                json!(["red", "blue", "green"]),
            )
        }),
        ("request-constraint-tightened", none, |d| {
            set(d, &p(NEW, "/properties/name/maxLength"), json!(20))
        }),
        ("request-constraint-loosened", none, |d| {
            set(d, &p(NEW, "/properties/name/maxLength"), json!(100))
        }),
        ("response-success-status-removed", none, |d| {
            remove(d, &p(GET, "/responses/200"))
        }),
        ("response-error-status-removed", none, |d| {
            remove(d, &p(GET, "/responses/400"))
        }),
        ("response-status-added", none, |d| {
            set(d, &p(GET, "/responses/404"), json!({"description": "none"}))
        }),
        ("response-media-type-removed", none, |d| {
            set(
                d,
                &p(POST, "/responses/200/content"),
                json!({"text/plain": {"schema": {"type": "string"}}}),
            )
        }),
        ("response-required-header-removed", none, |d| {
            remove(d, &p(GET, "/responses/429/headers"))
        }),
        ("response-required-property-removed", none, |d| {
            remove(d, &p(THING, "/properties/id"))
        }),
        ("response-optional-property-removed", none, |d| {
            remove(d, &p(THING, "/properties/label"))
        }),
        ("response-property-became-optional", none, |d| {
            set(d, &p(THING, "/required"), json!([]))
        }),
        ("response-property-became-required", none, |d| {
            set(d, &p(THING, "/required"), json!(["id", "label"]))
        }),
        ("response-required-property-added", none, |d| {
            set(d, &p(THING, "/properties/kind"), json!({"type": "string"}));
            set(d, &p(THING, "/required"), json!(["id", "kind"]));
        }),
        ("response-optional-property-added", none, |d| {
            set(d, &p(THING, "/properties/kind"), json!({"type": "string"}))
        }),
        ("response-property-became-nullable", none, |d| {
            set(d, &p(THING, "/properties/owner/nullable"), json!(true))
        }),
        (
            "response-property-became-not-nullable",
            |d| set(d, &p(THING, "/properties/owner/nullable"), json!(true)),
            none,
        ),
        ("response-property-type-changed", none, |d| {
            set(d, &p(THING, "/properties/updated_at/type"), json!("string"))
        }),
        ("response-property-format-changed", none, |d| {
            set(
                d,
                &p(THING, "/properties/updated_at/format"),
                json!("int64"),
            )
        }),
        ("response-enum-value-added", none, |d| {
            set(
                d,
                &p(THING, "/properties/status/enum"),
                json!(["open", "closed", "archived"]),
            )
        }),
        ("response-enum-value-removed", none, |d| {
            set(d, &p(THING, "/properties/status/enum"), json!(["open"]))
        }),
        ("response-enum-opened", none, |d| {
            set(
                d,
                &p(THING, "/properties/status"),
                json!({"anyOf": [{"type": "string", "enum": ["open", "closed"]}, {"type": "string"}]}),
            )
        }),
        ("request-enum-opened", none, |d| {
            set(
                d,
                &p(NEW, "/properties/colour"),
                json!({"anyOf": [{"type": "string", "enum": ["red", "blue"]}, {"type": "string"}]}),
            )
        }),
        ("schema-composition-changed", none, |d| {
            set(
                d,
                &p(THING, "/properties/tag/oneOf/-"),
                json!({"type": "boolean"}),
            )
        }),
        ("unit-changed", none, |d| {
            set(
                d,
                &p(NEW, "/properties/created_at/x-pancake-unit"),
                json!("unix-seconds"),
            )
        }),
        ("unit-annotation-changed", none, |d| {
            set(
                d,
                &p(THING, "/properties/updated_at/x-pancake-unit"),
                json!("unix-seconds"),
            )
        }),
        ("pagination-changed", none, |d| {
            set(d, &p(GET, "/x-pancake-pagination/page_size"), json!(20))
        }),
        (
            "pagination-added",
            |d| remove(d, &p(GET, "/x-pancake-pagination")),
            none,
        ),
        ("pagination-removed", none, |d| {
            remove(d, &p(GET, "/x-pancake-pagination"))
        }),
        ("upload-limit-lowered", none, |d| {
            set(
                d,
                &p(POST, "/x-pancake-upload-limits/default_mb"),
                json!(10),
            )
        }),
        ("upload-limit-raised", none, |d| {
            set(
                d,
                &p(POST, "/x-pancake-upload-limits/by_platform_mb/shopee"),
                json!(40),
            )
        }),
        ("rate-limit-lowered", none, |d| {
            set(d, "/x-pancake-rate-limit/requests", json!(3))
        }),
        ("rate-limit-raised", none, |d| {
            set(d, "/x-pancake-rate-limit/requests", json!(10))
        }),
        ("rate-limit-rule-changed", none, |d| {
            set(d, "/x-pancake-rate-limit/status", json!(503))
        }),
        ("description-changed", none, |d| {
            set(d, &p(GET, "/summary"), json!("List all things"))
        }),
        ("example-changed", none, |d| {
            set(d, &p(THING, "/properties/id/example"), json!("t1"))
        }),
    ]
}

fn run(base_edit: Edit, head_edit: Edit) -> Vec<Change> {
    let (mut base, mut head) = (base_doc(), base_doc());
    base_edit(&mut base);
    head_edit(&mut head);
    diff(
        &Spec::from_document(base).unwrap(),
        &Spec::from_document(head).unwrap(),
    )
}

#[test]
fn each_rule_fires_on_its_pair_of_specs_with_its_verdict() {
    for (rule, base_edit, head_edit) in cases() {
        let changes = run(base_edit, head_edit);
        let expected = rule_by_id(rule).unwrap_or_else(|| panic!("{rule} is not in RULES"));
        let found = changes.iter().find(|c| c.kind == rule);
        let Some(found) = found else {
            panic!(
                "rule {rule} did not fire; the diff was:\n{}",
                to_markdown(&changes, "base", "head")
            );
        };
        assert_eq!(found.verdict, expected.verdict, "{rule}: {found:?}");
        assert!(
            !found.pointer.is_empty() && found.pointer.starts_with('/'),
            "{rule}: {found:?}"
        );
    }
}

#[test]
fn every_rule_has_a_case() {
    let cases = cases();
    for rule in RULES {
        assert!(
            cases.iter().any(|(id, _, _)| *id == rule.id),
            "rule {} has no test case",
            rule.id
        );
    }
    let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), RULES.len(), "duplicate rule ids");
}

#[test]
fn rewriting_one_nullable_form_into_another_is_no_change() {
    let wrapped =
        |form: Value| move |d: &mut Value| set(d, &p(THING, "/properties/owner"), form.clone());
    let (mut base, mut head) = (base_doc(), base_doc());
    wrapped(json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/Part"}]}))(&mut base);
    wrapped(json!({"oneOf": [{"$ref": "#/components/schemas/Part"}, {"enum": [null]}]}))(&mut head);
    let changes = diff(
        &Spec::from_document(base.clone()).unwrap(),
        &Spec::from_document(head).unwrap(),
    );
    assert_eq!(changes, [], "{}", to_markdown(&changes, "base", "head"));

    // Dropping the null branch is still a change.
    let mut strict = base_doc();
    wrapped(json!({"$ref": "#/components/schemas/Part"}))(&mut strict);
    let changes = diff(
        &Spec::from_document(base).unwrap(),
        &Spec::from_document(strict).unwrap(),
    );
    assert!(
        changes
            .iter()
            .any(|c| c.kind == "response-property-became-not-nullable"),
        "{changes:?}"
    );
}

#[test]
fn opening_an_enum_still_compares_its_values() {
    let changes = run(
        |_| {},
        |d| {
            set(
                d,
                &p(NEW, "/properties/colour"),
                json!({"oneOf": [{"type": "string"}, {"type": "string", "enum": ["red"]}]}),
            )
        },
    );
    let kinds: Vec<&str> = changes.iter().map(|c| c.kind).collect();
    assert!(kinds.contains(&"request-enum-opened"), "{kinds:?}");
    assert!(kinds.contains(&"request-enum-value-removed"), "{kinds:?}");
    assert!(!kinds.contains(&"schema-composition-changed"), "{kinds:?}");
}

#[test]
fn identical_specs_have_no_changes() {
    assert_eq!(run(|_| {}, |_| {}), []);
    let spec = Spec::bundled().unwrap();
    assert_eq!(diff(&spec, &spec), []);
}

#[test]
fn a_change_to_a_shared_component_is_reported_once_with_every_reader() {
    let changes = run(|_| {}, |d| remove(d, &p(THING, "/properties/id")));
    let removed: Vec<&Change> = changes
        .iter()
        .filter(|c| c.kind == "response-required-property-removed")
        .collect();
    assert_eq!(removed.len(), 1, "{changes:?}");
    assert_eq!(
        removed[0].pointer,
        "/components/schemas/Thing/properties/id"
    );
    assert_eq!(removed[0].operation_id.as_deref(), Some("list_things"));
    assert!(
        removed[0].message.contains("also read by create_thing"),
        "{:?}",
        removed[0]
    );
    assert!(breaks_clients(&changes));
}

#[test]
fn a_compatible_change_does_not_break_clients_and_renders() {
    let changes = run(
        |_| {},
        |d| set(d, &p(THING, "/properties/kind"), json!({"type": "string"})),
    );
    assert!(!breaks_clients(&changes));
    let md = to_markdown(&changes, "HEAD~1", "working tree");
    assert!(md.contains("### Compatible (1)"), "{md}");
    assert!(md.contains("`response-optional-property-added`"), "{md}");
    let parsed: Value = serde_json::from_str(&to_json(&changes)).unwrap();
    assert_eq!(parsed[0]["verdict"], "compatible");
    assert_eq!(parsed[0]["kind"], "response-optional-property-added");
    assert_eq!(
        parsed[0]["pointer"],
        "/components/schemas/Thing/properties/kind"
    );
}

#[test]
fn the_changelog_top_entry_must_name_each_client_breaking_change() {
    let changes = run(
        |_| {},
        |d| set(d, &p(GET, "/parameters/1/required"), json!(true)),
    );
    let log_without = "# Changelog\n\n## 2 - next\n\nNothing.\n\n## 1\n\n`request-parameter-became-required` `list_things`\n";
    assert_eq!(unnamed_in_changelog(&changes, log_without).len(), 1);
    let log_with = "# Changelog\n\n## 2 - next\n\n- `request-parameter-became-required` `list_things`: `kind` is now required.\n\n## 1\n";
    assert!(unnamed_in_changelog(&changes, log_with).is_empty());
    assert!(top_entry(log_with).starts_with("## 2 - next"));
    assert!(!top_entry(log_with).contains("## 1"));
    assert_eq!(top_entry("no entries"), "");
}

#[test]
fn the_readme_shows_the_rule_table() {
    let readme = include_str!("../../README.md");
    let table = rules_markdown();
    assert!(
        readme.contains(&table),
        "openapi/README.md must contain the rule table exactly as `cargo xtask spec diff --rules` prints it:\n{table}"
    );
}
