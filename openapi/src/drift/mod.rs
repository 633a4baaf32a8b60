//! `drift`: how `pancake.yaml` differs from Pancake's official OpenAPI document, operation by
//! operation, and which differences `RECONCILIATION.md` explains.
//!
//! The official document has no `operationId`s and puts each API's prefix in a per-operation
//! `servers:` entry (`https://pages.fm/api/public_api/v1`), where ours puts it in the path
//! (RECONCILIATION A1). An upstream operation is matched to ours by method and by its server's
//! path (after `/api`) joined to its path; when it has no server, by method and the one
//! operation of ours whose path ends with its path. Path parameter names are ignored in matching.
//!
//! Per matched operation, the parameters and the fields of the request body and of the success
//! response (walked through `$ref`s, `allOf`/`oneOf`/`anyOf` merged, arrays as `[]`) are compared:
//! only upstream, only ours, or a different type (or a format upstream declares and ours does not
//! match; a format only ours adds refines, it does not differ). Each difference has a key,
//! `OPERATION PLACE NAME` (`list_conversations param type`,
//! `list_pages response pages[].avatar_url`), and is *justified* when a row of
//! `RECONCILIATION.md` names that key (or a pattern with `*` matching it) in backticks.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value;

use crate::Spec;
use crate::operations::{self, RawOperation};
use crate::pointer;

mod justify;

pub use justify::{Row, justify, row_naming, rows};

/// Where a difference is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    /// The operation itself (only upstream or only ours).
    Operation,
    /// A parameter.
    Param,
    /// A field of the request body.
    Request,
    /// A field of the success response.
    Response,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Place::Operation => "operation",
            Place::Param => "param",
            Place::Request => "request",
            Place::Response => "response",
        })
    }
}

/// What differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// Upstream has it, ours does not.
    OnlyUpstream {
        /// Upstream's type.
        upstream: String,
    },
    /// Ours has it, upstream does not.
    OnlyOurs {
        /// Our type.
        ours: String,
    },
    /// Both have it with different types, formats or locations.
    Differs {
        /// Upstream's type.
        upstream: String,
        /// Ours.
        ours: String,
    },
}

/// One difference between the official document and ours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Our operation id, or `METHOD /path` of an upstream operation we do not have.
    pub operation: String,
    /// Where.
    pub place: Place,
    /// The parameter's name or the field's path (`conversations[].customers[].fb_id`); empty for
    /// an operation.
    pub name: String,
    /// What differs.
    pub difference: Difference,
    /// The RECONCILIATION.md row that names it, if any.
    pub justified_by: Option<String>,
}

impl Item {
    /// The difference in words: `only upstream`, `only ours`, `differs string(date-time) -> string`.
    pub fn what(&self) -> String {
        match &self.difference {
            Difference::OnlyUpstream { .. } => "only upstream".to_owned(),
            Difference::OnlyOurs { .. } => "only ours".to_owned(),
            Difference::Differs { upstream, ours } => format!("differs {upstream} -> {ours}"),
        }
    }

    /// `OPERATION PLACE NAME`: what a RECONCILIATION row names to justify it.
    pub fn key(&self) -> String {
        if self.name.is_empty() {
            format!("{} {}", self.operation, self.place)
        } else {
            format!("{} {} {}", self.operation, self.place, self.name)
        }
    }
}

/// An upstream operation and the operation of ours it was matched to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matched {
    /// `METHOD /path` as upstream writes it (with its server's prefix).
    pub upstream: String,
    /// Our operation id.
    pub operation_id: String,
}

/// The comparison of our spec with an upstream document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Drift {
    /// Operations found on both sides.
    pub matched: Vec<Matched>,
    /// Every difference, by operation, place and name.
    pub items: Vec<Item>,
}

impl Drift {
    /// The differences no row explains.
    pub fn unexplained(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(|i| i.justified_by.is_none())
    }
}

fn server_prefix(raw: &RawOperation<'_>) -> Option<String> {
    let url = [raw.value, raw.path_item]
        .iter()
        .find_map(|v| v.pointer("/servers/0/url").and_then(Value::as_str))?;
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    Some(
        path.strip_prefix("/api")
            .unwrap_or(path)
            .trim_end_matches('/')
            .to_owned(),
    )
}

/// A path template with parameter names blanked: `/pages/{}/tags`.
fn shape(path: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '{' => {
                depth += 1;
                out.push('{');
            }
            '}' => {
                depth -= 1;
                out.push('}');
            }
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    out
}

/// Compares `ours` with the upstream document `upstream` (raw JSON; it need not fit the
/// `openapiv3` model). Nothing is justified yet: see [`justify`].
pub fn drift(ours: &Spec, upstream: &Value) -> Drift {
    let mut drift = Drift::default();
    let mut seen: Vec<&str> = Vec::new();
    for raw in operations::raw_operations(upstream) {
        let method = raw.method.to_ascii_uppercase();
        let prefix = server_prefix(&raw);
        let label = format!("{method} {}{}", prefix.as_deref().unwrap_or(""), raw.path);
        let same_method = |op: &&crate::Operation| op.method.as_str() == method;
        let by_prefix = prefix.as_ref().and_then(|prefix| {
            let full = shape(&format!("{prefix}{}", raw.path));
            ours.operations()
                .iter()
                .filter(same_method)
                .find(|op| shape(&op.path) == full)
        });
        let by_suffix = || {
            let tail = shape(raw.path);
            let found: Vec<_> = ours
                .operations()
                .iter()
                .filter(same_method)
                .filter(|op| shape(&op.path).ends_with(&tail))
                .collect();
            (found.len() == 1).then(|| found[0])
        };
        let Some(op) = by_prefix.or_else(by_suffix) else {
            drift.items.push(Item {
                operation: label,
                place: Place::Operation,
                name: String::new(),
                difference: Difference::OnlyUpstream {
                    upstream: "operation".to_owned(),
                },
                justified_by: None,
            });
            continue;
        };
        seen.push(&op.operation_id);
        drift.matched.push(Matched {
            upstream: label,
            operation_id: op.operation_id.clone(),
        });
        let ours_raw = operations::raw_operations(ours.raw())
            .into_iter()
            .find(|r| r.operation_id() == Some(op.operation_id.as_str()));
        if let Some(ours_raw) = ours_raw {
            compare(
                &mut drift.items,
                &op.operation_id,
                ours.raw(),
                &ours_raw,
                upstream,
                &raw,
            );
        }
    }
    for op in ours.operations() {
        if !seen.contains(&op.operation_id.as_str()) {
            drift.items.push(Item {
                operation: op.operation_id.clone(),
                place: Place::Operation,
                name: String::new(),
                difference: Difference::OnlyOurs {
                    ours: format!("{} {}", op.method, op.path),
                },
                justified_by: None,
            });
        }
    }
    drift
        .items
        .sort_by(|a, b| (&a.operation, a.place, &a.name).cmp(&(&b.operation, b.place, &b.name)));
    drift
}

/// A short type: `string`, `integer(int64)`, `array<string>`, `integer|object`.
fn type_of(root: &Value, schema: &Value, depth: usize) -> String {
    let Ok((schema, _)) = pointer::resolve(root, schema, "") else {
        return "?".to_owned();
    };
    if depth > 4 {
        return "…".to_owned();
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            let mut types: Vec<String> = branches
                .iter()
                .map(|b| type_of(root, b, depth + 1))
                .collect();
            types.sort();
            types.dedup();
            types.retain(|t| t != "any");
            return if types.is_empty() {
                "any".to_owned()
            } else {
                types.join("|")
            };
        }
    }
    let Some(ty) = schema.get("type").and_then(Value::as_str) else {
        return if schema.get("properties").is_some() {
            "object".to_owned()
        } else {
            "any".to_owned()
        };
    };
    match (ty, schema.get("format").and_then(Value::as_str)) {
        ("array", _) => format!(
            "array<{}>",
            schema
                .get("items")
                .map_or("any".to_owned(), |i| type_of(root, i, depth + 1))
        ),
        (ty, Some(format)) => format!("{ty}({format})"),
        (ty, None) => ty.to_owned(),
    }
}

/// Whether `ours` matches `upstream`: same base types, and upstream's format (if any) kept.
fn same_type(upstream: &str, ours: &str) -> bool {
    if upstream == ours {
        return true;
    }
    // Strip the formats only ours declares: `integer(int64)` refines `integer`.
    let strip = |t: &str| -> String {
        let mut out = String::new();
        let mut skip = 0;
        for c in t.chars() {
            match c {
                '(' => skip += 1,
                ')' => skip -= 1,
                _ if skip > 0 => {}
                _ => out.push(c),
            }
        }
        out
    };
    !upstream.contains('(') && strip(ours) == upstream
}

/// The fields of a schema, flattened: path -> type.
fn fields(
    root: &Value,
    schema: &Value,
    prefix: &str,
    depth: usize,
    out: &mut BTreeMap<String, String>,
) {
    if depth > 6 {
        return;
    }
    let Ok((schema, _)) = pointer::resolve(root, schema, "") else {
        return;
    };
    for key in ["allOf", "oneOf", "anyOf"] {
        for branch in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            fields(root, branch, prefix, depth + 1, out);
        }
    }
    if let Some(items) = schema.get("items") {
        fields(root, items, &format!("{prefix}[]"), depth + 1, out);
    }
    for (name, property) in schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let path = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        out.entry(path.clone())
            .or_insert_with(|| type_of(root, property, 0));
        fields(root, property, &path, depth + 1, out);
    }
}

fn body_fields(root: &Value, body: Option<&Value>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let Some(body) = body
        .and_then(|b| pointer::resolve(root, b, "").ok())
        .map(|(b, _)| b)
    else {
        return out;
    };
    let schema = body
        .get("content")
        .and_then(Value::as_object)
        .and_then(|content| {
            content
                .iter()
                .find(|(media, _)| operations::is_json_media_type(media))
                .or_else(|| content.iter().next())
        })
        .and_then(|(_, media)| media.get("schema"));
    if let Some(schema) = schema {
        fields(root, schema, "", 0, &mut out);
    }
    out
}

fn success_response<'a>(root: &'a Value, raw: &RawOperation<'a>) -> Option<&'a Value> {
    operations::raw_responses(root, raw)
        .into_iter()
        .find(|(key, _, _)| key.starts_with('2') || key.starts_with('3'))
        .map(|(_, value, _)| value)
}

fn params(root: &Value, raw: &RawOperation<'_>) -> BTreeMap<String, (String, String)> {
    operations::effective_parameters(root, raw)
        .iter()
        .filter_map(|p| {
            let name = p.name()?.to_owned();
            let location = p.location().unwrap_or("?").to_owned();
            let ty = p
                .value
                .get("schema")
                .map_or("any".to_owned(), |s| type_of(root, s, 0));
            Some((name, (location, ty)))
        })
        .collect()
}

fn compare_maps(
    items: &mut Vec<Item>,
    operation: &str,
    place: Place,
    upstream: &BTreeMap<String, String>,
    ours: &BTreeMap<String, String>,
) {
    let mut push = |name: &str, difference| {
        items.push(Item {
            operation: operation.to_owned(),
            place,
            name: name.to_owned(),
            difference,
            justified_by: None,
        })
    };
    // A field under a parent that only one side has is implied by the parent: not listed.
    let under = |name: &str, one_sided: &dyn Fn(&str) -> bool| {
        name.char_indices()
            .filter(|(_, c)| *c == '.' || *c == '[')
            .any(|(i, _)| one_sided(&name[..i]))
    };
    let only_upstream = |n: &str| upstream.contains_key(n) && !ours.contains_key(n);
    let only_ours = |n: &str| ours.contains_key(n) && !upstream.contains_key(n);
    for (name, theirs) in upstream {
        if under(name, &only_upstream) {
            continue;
        }
        match ours.get(name) {
            None => push(
                name,
                Difference::OnlyUpstream {
                    upstream: theirs.clone(),
                },
            ),
            Some(mine) if !same_type(theirs, mine) => push(
                name,
                Difference::Differs {
                    upstream: theirs.clone(),
                    ours: mine.clone(),
                },
            ),
            Some(_) => {}
        }
    }
    for (name, mine) in ours {
        if !upstream.contains_key(name) && !under(name, &only_ours) {
            push(name, Difference::OnlyOurs { ours: mine.clone() });
        }
    }
}

fn compare(
    items: &mut Vec<Item>,
    operation: &str,
    ours_root: &Value,
    ours: &RawOperation<'_>,
    upstream_root: &Value,
    upstream: &RawOperation<'_>,
) {
    let as_typed = |m: BTreeMap<String, (String, String)>| -> BTreeMap<String, String> {
        m.into_iter()
            .map(|(name, (location, ty))| (name, format!("{ty} in {location}")))
            .collect()
    };
    compare_maps(
        items,
        operation,
        Place::Param,
        &as_typed(params(upstream_root, upstream)),
        &as_typed(params(ours_root, ours)),
    );
    compare_maps(
        items,
        operation,
        Place::Request,
        &body_fields(upstream_root, upstream.value.get("requestBody")),
        &body_fields(ours_root, ours.value.get("requestBody")),
    );
    let response = |root, raw| {
        let mut out = BTreeMap::new();
        if let Some(response) = success_response(root, raw) {
            out = body_fields(root, Some(response));
        }
        out
    };
    compare_maps(
        items,
        operation,
        Place::Response,
        &response(upstream_root, upstream),
        &response(ours_root, ours),
    );
}

/// The report as Markdown (what `openapi/DRIFT.md` holds); `upstream_label` is Markdown.
pub fn to_markdown(drift: &Drift, upstream_label: &str) -> String {
    let total = drift.items.len();
    let unexplained = drift.unexplained().count();
    let mut out = String::new();
    out.push_str(&format!(
        "Compared with {upstream_label}: {} operation(s) matched, {total} difference(s), {} justified, **{unexplained} unexplained**.\n\n",
        drift.matched.len(),
        total - unexplained,
    ));
    out.push_str("### Matched operations\n\n| upstream | ours |\n| --- | --- |\n");
    for m in &drift.matched {
        out.push_str(&format!("| `{}` | `{}` |\n", m.upstream, m.operation_id));
    }
    let mut current = "";
    for item in &drift.items {
        if item.operation != current {
            current = &item.operation;
            out.push_str(&format!(
                "\n### `{current}`\n\n| key | difference | upstream | ours | justified by |\n| --- | --- | --- | --- | --- |\n"
            ));
        }
        let (what, theirs, mine) = match &item.difference {
            Difference::OnlyUpstream { upstream } => ("only upstream", upstream.as_str(), "—"),
            Difference::OnlyOurs { ours } => ("only ours", "—", ours.as_str()),
            Difference::Differs { upstream, ours } => ("differs", upstream.as_str(), ours.as_str()),
        };
        out.push_str(&format!(
            "| `{}` | {what} | `{}` | `{}` | {} |\n",
            item.key(),
            theirs.replace('|', "\\|"),
            mine.replace('|', "\\|"),
            item.justified_by
                .as_deref()
                .map_or("**unexplained**".to_owned(), str::to_owned),
        ));
    }
    out
}

#[cfg(test)]
mod tests;
