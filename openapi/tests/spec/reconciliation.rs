//! `openapi/RECONCILIATION.md` stays true of the spec: every name its "In `pancake.yaml`" column
//! gives in backticks (an `op:`, a `param:`/`response:`/`header:`, a schema and its property path,
//! a `#/pointer`) exists, and every extension value it quotes (`x-pancake-pagination {items:
//! call_logs, ...}`) is the value the spec has. Every `x-pancake-assumption` names a row of it.

use std::collections::BTreeSet;

use pancake_openapi::{assumptions, parse_document};
use serde_json::Value;

const RECONCILIATION: &str = include_str!("../../RECONCILIATION.md");

/// A row of a decision table: its id and its last cell.
struct Row<'a> {
    id: &'a str,
    last: &'a str,
}

/// The rows whose last column says where the decision is in the spec (sections A to P, R, W;
/// not the drift keys of T, nor S and the open questions).
fn decision_rows() -> Vec<Row<'static>> {
    let mut rows = Vec::new();
    let mut section = ' ';
    for line in RECONCILIATION.lines() {
        if let Some(title) = line.strip_prefix("## ") {
            section = title.chars().next().unwrap_or(' ');
            if title.chars().nth(1).is_none_or(|c| c != '.') {
                section = ' ';
            }
            continue;
        }
        if !line.starts_with("| ") || !matches!(section, 'A'..='P' | 'R' | 'W') {
            continue;
        }
        let cells: Vec<&str> = line.trim_matches('|').split(" | ").collect();
        let id = cells[0].trim();
        if cells.len() < 3 || !row_id(id) {
            continue;
        }
        rows.push(Row {
            id,
            last: cells[cells.len() - 1],
        });
    }
    rows
}

fn row_id(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.clone().next().is_some()
        && chars.all(|c| c.is_ascii_digit())
}

/// Every row id of the file, open questions included.
fn all_row_ids() -> BTreeSet<&'static str> {
    RECONCILIATION
        .lines()
        .filter_map(|l| l.strip_prefix("| "))
        .filter_map(|l| l.split(" | ").next())
        .map(str::trim)
        .filter(|id| row_id(id))
        .collect()
}

/// The backticked spans of a cell, each with the text that follows it up to the next span.
fn spans(cell: &str) -> Vec<(&str, &str)> {
    let parts: Vec<&str> = cell.split('`').collect();
    (1..parts.len())
        .step_by(2)
        .map(|i| (parts[i], parts.get(i + 1).copied().unwrap_or("")))
        .collect()
}

fn operation<'a>(spec: &'a Value, id: &str) -> Option<&'a Value> {
    spec["paths"].as_object()?.values().find_map(|item| {
        item.as_object()?
            .values()
            .find(|op| op.get("operationId").and_then(Value::as_str) == Some(id))
    })
}

/// Follows `path` (property names, or keywords such as `items`) from the schema `at`, through
/// `$ref`s and composition.
fn schema_path_exists(spec: &Value, at: &Value, path: &[&str]) -> bool {
    let Some((first, rest)) = path.split_first() else {
        return true;
    };
    let mut candidates = vec![at];
    let mut seen = 0;
    while seen < candidates.len() {
        let schema = candidates[seen];
        seen += 1;
        if let Some(target) = schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
            .and_then(|p| spec.pointer(p))
        {
            candidates.push(target);
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            if let Some(branches) = schema.get(key).and_then(Value::as_array) {
                candidates.extend(branches);
            }
        }
        if let Some(next) = schema
            .pointer(&format!("/properties/{first}"))
            .or_else(|| schema.get(*first))
            && schema_path_exists(spec, next, rest)
        {
            return true;
        }
    }
    false
}

fn component<'a>(spec: &'a Value, name: &str) -> Option<&'a Value> {
    [
        "schemas",
        "parameters",
        "responses",
        "headers",
        "securitySchemes",
        "examples",
    ]
    .iter()
    .find_map(|kind| spec.pointer(&format!("/components/{kind}/{name}")))
}

/// Whether `quoted` (a flow mapping as the row writes it) agrees with `actual`, key by key; a
/// key the row elides (`…`) or leaves without a value is not compared.
fn agrees(quoted: &Value, actual: &Value) -> Result<(), String> {
    match quoted {
        Value::Object(map) => {
            for (key, value) in map {
                if value.is_null() || key.contains('…') || key.contains("...") {
                    continue;
                }
                let Some(have) = actual.get(key) else {
                    return Err(format!("`{key}` is not in the spec's value {actual}"));
                };
                agrees(value, have).map_err(|e| format!("{key}: {e}"))?;
            }
            Ok(())
        }
        _ if quoted == actual => Ok(()),
        _ if quoted.as_str().is_some_and(|q| {
            let text = actual.to_string();
            text == q
        }) =>
        {
            Ok(())
        }
        _ => Err(format!("the row says {quoted}, the spec has {actual}")),
    }
}

#[test]
fn every_name_and_extension_value_a_row_gives_is_in_the_spec() {
    let spec = parse_document(pancake_openapi::SPEC_YAML).unwrap();
    let mut problems = Vec::new();
    let rows = decision_rows();
    assert!(rows.len() > 100, "only {} decision rows read", rows.len());
    for row in &rows {
        let spans = spans(row.last);
        let ops: Vec<&str> = spans
            .iter()
            .filter_map(|(s, _)| s.strip_prefix("op: "))
            .collect();
        for (i, (span, after)) in spans.iter().enumerate() {
            let mut fail = |what: String| problems.push(format!("{}: `{span}`: {what}", row.id));
            if let Some(id) = span.strip_prefix("op: ") {
                if operation(&spec, id).is_none() {
                    fail("no such operation".into());
                }
            } else if let Some((kind, name)) = ["param: ", "response: ", "header: "]
                .iter()
                .find_map(|p| span.strip_prefix(p).map(|n| (*p, n)))
            {
                let kind = match kind {
                    "param: " => "parameters",
                    "response: " => "responses",
                    _ => "headers",
                };
                if spec
                    .pointer(&format!("/components/{kind}/{name}"))
                    .is_none()
                {
                    fail(format!("no #/components/{kind}/{name}"));
                }
            } else if let Some(pointer) = span.strip_prefix('#') {
                let pointer = pointer.split_whitespace().next().unwrap_or_default();
                // `#/components/responses/*`: the place exists.
                let pointer = pointer.strip_suffix("/*").unwrap_or(pointer);
                match spec.pointer(pointer) {
                    None => fail("no such pointer".into()),
                    Some(have) => {
                        // `#/pointer` = `value`
                        if after.trim() == "="
                            && let Some((value, _)) = spans.get(i + 1)
                            && have.as_str() != Some(*value)
                            && !have.to_string().eq(value)
                        {
                            fail(format!("the spec has {have}, the row says `{value}`"));
                        }
                        if let Some(quoted) = span.find('{').map(|i| &span[i..]) {
                            let quoted = parse_document(quoted).unwrap_or(Value::Null);
                            if let Err(e) = agrees(&quoted, have) {
                                fail(e);
                            }
                        }
                    }
                }
            } else if let Some(ext) = span.strip_prefix("x-pancake-") {
                let Some(brace) = ext.find('{') else { continue };
                let key = format!("x-pancake-{}", ext[..brace].trim());
                let Ok(quoted) = parse_document(&ext[brace..]) else {
                    fail("the quoted value does not parse".into());
                    continue;
                };
                if ops.is_empty() {
                    fail("an extension value with no `op:` in the row".into());
                }
                for id in &ops {
                    match operation(&spec, id).and_then(|op| op.get(&key)) {
                        None => fail(format!("`{id}` has no {key}")),
                        Some(have) => {
                            if let Err(e) = agrees(&quoted, have) {
                                fail(format!("{id}: {e}"));
                            }
                        }
                    }
                }
            } else if span.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && ![".md", ".rs", ".yaml"]
                    .iter()
                    .any(|file| span.ends_with(file))
                && span
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
            {
                let mut path = span.split('.');
                let name = path.next().unwrap_or_default();
                let rest: Vec<&str> = path.collect();
                match component(&spec, name) {
                    None => fail("no component of that name".into()),
                    Some(schema) => {
                        if !schema_path_exists(&spec, schema, &rest) {
                            fail(format!("`{name}` has no `{}`", rest.join(".")));
                        }
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "RECONCILIATION.md names what the spec does not have ({}):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_assumption_of_the_spec_names_a_row() {
    let spec = parse_document(pancake_openapi::SPEC_YAML).unwrap();
    let rows = all_row_ids();
    let found = assumptions(&spec);
    assert!(!found.is_empty());
    let unknown: Vec<String> = found
        .iter()
        .filter(|a| !rows.contains(a.row.as_str()))
        .map(|a| format!("{} at {}", a.row, a.pointer))
        .collect();
    assert!(
        unknown.is_empty(),
        "no such RECONCILIATION row: {unknown:?}"
    );
}
