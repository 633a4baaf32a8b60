//! Schemas compared node by node through `$ref`s, knowing which side reads them: a request
//! schema is written by clients and read by servers, a response schema the other way round, so
//! the same edit (a new required property, say) breaks one or the other.

use std::collections::{BTreeSet, HashSet};

use serde_json::Value;

use super::Changes;
use super::extensions;
use super::operations::compare_docs;
use crate::extensions::{TimeUnit, UNIT_KEY};
use crate::pointer::{self, join};

/// Who writes the value: the client (request) or the server (response).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Side {
    /// Parameters and request bodies.
    Request,
    /// Response bodies.
    Response,
}

/// What the schema belongs to: a parameter, or a body (its properties).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Place {
    /// The schema of a parameter.
    Parameter,
    /// A body or one of its properties.
    Property,
}

/// Comparing one operation's schemas, base against head.
pub(super) struct SchemaComparison<'a, 'o> {
    pub base: &'a Value,
    pub head: &'a Value,
    pub op: &'a str,
    pub out: &'o mut Changes,
    /// (side, base pointer, head pointer) pairs already compared: guards `$ref` cycles and
    /// repeated components.
    seen: HashSet<(Side, String, String)>,
}

const BOUNDS_MAX: [&str; 3] = ["maximum", "maxLength", "maxItems"];
const BOUNDS_MIN: [&str; 3] = ["minimum", "minLength", "minItems"];

fn kind(side: Side, place: Place, what: &str) -> &'static str {
    match (side, place, what) {
        (Side::Request, Place::Parameter, "type") => "request-parameter-type-changed",
        (Side::Request, Place::Parameter, _) => "request-parameter-format-changed",
        (Side::Request, Place::Property, "type") => "request-property-type-changed",
        (Side::Request, Place::Property, _) => "request-property-format-changed",
        (Side::Response, _, "type") => "response-property-type-changed",
        (Side::Response, _, _) => "response-property-format-changed",
    }
}

fn str_of<'v>(schema: &'v Value, key: &str) -> Option<&'v str> {
    schema.get(key).and_then(Value::as_str)
}

fn nullable(schema: &Value) -> bool {
    schema.get("nullable").and_then(Value::as_bool) == Some(true)
}

/// A branch that admits only `null`: `{enum: [null]}`, `{type: "null"}` (3.1 style) or
/// `{nullable: true}` alone.
fn null_only(schema: &Value) -> bool {
    let Some(object) = schema.as_object() else {
        return false;
    };
    let enum_null = object
        .get("enum")
        .and_then(Value::as_array)
        .is_some_and(|e| e.iter().all(Value::is_null));
    let type_null = object.get("type").and_then(Value::as_str) == Some("null");
    let bare_nullable = object.len() == 1 && nullable(schema);
    enum_null || type_null || bare_nullable
}

/// Follows `$ref`s and the wrappers that only make a schema nullable, so that rewriting one
/// nullable form into another (`{nullable: true, allOf: [X]}` and `{oneOf: [X, {enum: [null]}]}`)
/// is not reported as a change. Returns the schema inside, its pointer, and whether any layer
/// admitted `null`.
fn peel<'v>(root: &'v Value, value: &'v Value, at: &str) -> Option<(&'v Value, String, bool)> {
    let (mut node, mut at) = pointer::resolve(root, value, at).ok()?;
    let mut admits_null = nullable(node);
    for _ in 0..8 {
        let has_shape = node.get("type").is_some() || node.get("properties").is_some();
        let single_all_of = node
            .get("allOf")
            .and_then(Value::as_array)
            .filter(|branches| branches.len() == 1 && !has_shape);
        let null_union = ["oneOf", "anyOf"].into_iter().find_map(|key| {
            let branches = node.get(key).and_then(Value::as_array)?;
            if branches.len() != 2 || has_shape {
                return None;
            }
            let other = branches.iter().position(|b| !null_only(b))?;
            null_only(&branches[1 - other]).then_some((key, other))
        });
        let (inner, inner_at, null_branch) = match (single_all_of, null_union) {
            (Some(branches), _) => (
                &branches[0],
                pointer::join_index(&join(&at, "allOf"), 0),
                false,
            ),
            (None, Some((key, i))) => {
                let branches = node.get(key).and_then(Value::as_array)?;
                (&branches[i], pointer::join_index(&join(&at, key), i), true)
            }
            (None, None) => break,
        };
        let (resolved, resolved_at) = pointer::resolve(root, inner, &inner_at).ok()?;
        admits_null |= null_branch || nullable(resolved);
        node = resolved;
        at = resolved_at;
    }
    Some((node, at, admits_null))
}

fn required_set(schema: &Value) -> BTreeSet<&str> {
    schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

/// Extends the path at the end of `what` (in backticks) by `segment` (`.name` or `[]`), or
/// starts one: `request body` + `.changes` = ``request body `changes` ``.
fn nest(what: &str, segment: &str) -> String {
    match what.strip_suffix('`') {
        Some(open) => format!("{open}{segment}`"),
        None => format!("{what} `{}`", segment.trim_start_matches('.')),
    }
}

impl<'a, 'o> SchemaComparison<'a, 'o> {
    pub(super) fn new(base: &'a Value, head: &'a Value, op: &'a str, out: &'o mut Changes) -> Self {
        SchemaComparison {
            base,
            head,
            op,
            out,
            seen: HashSet::new(),
        }
    }

    fn push(&mut self, kind: &'static str, pointer: String, message: String) {
        self.out.push(kind, pointer, Some(self.op), message);
    }

    /// Compares two schemas (each possibly a `$ref`) found at `bp` / `hp`. `what` names the value
    /// in messages (`parameter \`since\``, `response 200 property \`conversations[].id\``).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn schema(
        &mut self,
        side: Side,
        place: Place,
        what: &str,
        b: &'a Value,
        bp: &str,
        h: &'a Value,
        hp: &str,
    ) {
        let (Some((b, bp, b_null)), Some((h, hp, h_null))) =
            (peel(self.base, b, bp), peel(self.head, h, hp))
        else {
            return;
        };
        if !self.seen.insert((side, bp.clone(), hp.clone())) {
            return;
        }
        compare_docs(Some(b), Some(h), &hp, self.op, what, self.out);
        for key in ["type", "format"] {
            let (bt, ht) = (str_of(b, key), str_of(h, key));
            // A format appearing or going away is a change; a type only when both declare one
            // (a schema without `type` is a composition or "anything").
            let changed = if key == "type" {
                bt.is_some() && ht.is_some() && bt != ht
            } else {
                bt != ht
            };
            if changed {
                self.push(
                    kind(side, place, key),
                    join(&hp, key),
                    format!(
                        "{what}: {key} was {}, is now {}",
                        bt.unwrap_or("(none)"),
                        ht.unwrap_or("(none)")
                    ),
                );
            }
        }
        let unit =
            |s: &Value| -> Option<TimeUnit> { crate::extensions::read(s, UNIT_KEY).ok().flatten() };
        if place == Place::Property {
            extensions::compare_unit(
                unit(b),
                unit(h),
                &join(&hp, UNIT_KEY),
                self.op,
                what,
                self.out,
            );
        }
        self.nullability(side, place, what, b_null, h_null, &hp);
        self.enums(side, what, b, h, &hp);
        if side == Side::Request {
            self.bounds(what, b, h, &hp);
            if b.get("default") != h.get("default")
                && (b.get("default").is_some() || h.get("default").is_some())
            {
                self.push(
                    "request-default-changed",
                    join(&hp, "default"),
                    format!(
                        "{what}: default was {}, is now {}",
                        b.get("default")
                            .map(Value::to_string)
                            .unwrap_or_else(|| "(none)".into()),
                        h.get("default")
                            .map(Value::to_string)
                            .unwrap_or_else(|| "(none)".into())
                    ),
                );
            }
        }
        let opened = self.enum_opened(side, what, b, &bp, h, &hp);
        for key in ["allOf", "oneOf", "anyOf"] {
            let (bl, hl) = (
                b.get(key).and_then(Value::as_array),
                h.get(key).and_then(Value::as_array),
            );
            if opened == Some(key) {
                continue;
            }
            match (bl, hl) {
                (None, None) => {}
                (Some(bl), Some(hl)) if bl.len() == hl.len() => {
                    for (i, (bi, hi)) in bl.iter().zip(hl).enumerate() {
                        let (bip, hip) = (
                            pointer::join_index(&join(&bp, key), i),
                            pointer::join_index(&join(&hp, key), i),
                        );
                        self.schema(side, place, what, bi, &bip, hi, &hip);
                    }
                }
                _ => self.push(
                    "schema-composition-changed",
                    join(&hp, key),
                    format!(
                        "{what}: `{key}` had {} branch(es), has {}",
                        bl.map_or(0, Vec::len),
                        hl.map_or(0, Vec::len)
                    ),
                ),
            }
        }
        if let (Some(bi), Some(hi)) = (b.get("items"), h.get("items")) {
            let what = nest(what, "[]");
            self.schema(
                side,
                place,
                &what,
                bi,
                &join(&bp, "items"),
                hi,
                &join(&hp, "items"),
            );
        }
        self.properties(side, what, b, &bp, h, &hp);
    }

    fn nullability(&mut self, side: Side, place: Place, what: &str, b: bool, h: bool, hp: &str) {
        if place == Place::Parameter || b == h {
            return;
        }
        let kind = match (side, h) {
            (Side::Request, true) => "request-property-became-nullable",
            (Side::Request, false) => "request-property-became-not-nullable",
            (Side::Response, true) => "response-property-became-nullable",
            (Side::Response, false) => "response-property-became-not-nullable",
        };
        let now = if h { "now admits" } else { "no longer admits" };
        self.push(kind, join(hp, "nullable"), format!("{what} {now} null"));
    }

    /// A closed enum made open, as this project writes open enums (RECONCILIATION E6):
    /// `anyOf`/`oneOf` of the enum and a plain `type: string`. Reports it, compares the enum
    /// branch with the old enum (values added or removed), and returns the keyword handled.
    fn enum_opened(
        &mut self,
        side: Side,
        what: &str,
        b: &'a Value,
        bp: &str,
        h: &'a Value,
        hp: &str,
    ) -> Option<&'static str> {
        b.get("enum")?;
        let (key, branches) = ["anyOf", "oneOf"]
            .into_iter()
            .find_map(|k| h.get(k).and_then(Value::as_array).map(|list| (k, list)))?;
        if branches.len() != 2 {
            return None;
        }
        let resolved = |v: &'a Value| pointer::resolve(self.head, v, "").ok().map(|(v, _)| v);
        let closed = branches
            .iter()
            .position(|v| resolved(v).is_some_and(|v| v.get("enum").is_some()))?;
        let open = resolved(&branches[1 - closed])?;
        if open.get("enum").is_some() || str_of(open, "type") != str_of(b, "type") {
            return None;
        }
        let kind = match side {
            Side::Request => "request-enum-opened",
            Side::Response => "response-enum-opened",
        };
        self.push(
            kind,
            join(hp, key),
            format!(
                "{what}: the enum is now open (any {} is admitted)",
                str_of(b, "type").unwrap_or("value")
            ),
        );
        let closed_at = pointer::join_index(&join(hp, key), closed);
        self.schema(
            side,
            Place::Property,
            what,
            b,
            bp,
            &branches[closed],
            &closed_at,
        );
        Some(key)
    }

    fn enums(&mut self, side: Side, what: &str, b: &Value, h: &Value, hp: &str) {
        let (Some(be), Some(he)) = (
            b.get("enum").and_then(Value::as_array),
            h.get("enum").and_then(Value::as_array),
        ) else {
            return;
        };
        let removed: Vec<String> = be
            .iter()
            .filter(|v| !he.contains(v))
            .map(Value::to_string)
            .collect();
        let added: Vec<String> = he
            .iter()
            .filter(|v| !be.contains(v))
            .map(Value::to_string)
            .collect();
        let (removed_kind, added_kind) = match side {
            Side::Request => ("request-enum-value-removed", "request-enum-value-added"),
            Side::Response => ("response-enum-value-removed", "response-enum-value-added"),
        };
        if !removed.is_empty() {
            self.push(
                removed_kind,
                join(hp, "enum"),
                format!("{what}: enum value(s) {} removed", removed.join(", ")),
            );
        }
        if !added.is_empty() {
            self.push(
                added_kind,
                join(hp, "enum"),
                format!("{what}: enum value(s) {} added", added.join(", ")),
            );
        }
    }

    fn bounds(&mut self, what: &str, b: &Value, h: &Value, hp: &str) {
        let num = |s: &Value, k: &str| s.get(k).and_then(Value::as_f64);
        for (keys, upper) in [(BOUNDS_MAX, true), (BOUNDS_MIN, false)] {
            for key in keys {
                let (bv, hv) = (num(b, key), num(h, key));
                let tightened = match (bv, hv) {
                    (None, Some(_)) => true,
                    (Some(_), None) => false,
                    (Some(x), Some(y)) if upper => y < x,
                    (Some(x), Some(y)) => y > x,
                    (None, None) => continue,
                };
                if bv == hv {
                    continue;
                }
                let show =
                    |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_else(|| "(none)".into());
                self.push(
                    if tightened {
                        "request-constraint-tightened"
                    } else {
                        "request-constraint-loosened"
                    },
                    join(hp, key),
                    format!("{what}: {key} was {}, is now {}", show(bv), show(hv)),
                );
            }
        }
    }

    fn properties(
        &mut self,
        side: Side,
        what: &str,
        b: &'a Value,
        bp: &str,
        h: &'a Value,
        hp: &str,
    ) {
        let (Some(bprops), Some(hprops)) = (
            b.get("properties").and_then(Value::as_object),
            h.get("properties").and_then(Value::as_object),
        ) else {
            // A schema that gains or loses `properties` altogether changed shape; the type
            // comparison above reports it when its `type` changed too.
            return;
        };
        let (breq, hreq) = (required_set(b), required_set(h));
        let (bpp, hpp) = (join(bp, "properties"), join(hp, "properties"));
        let child = |name: &str| nest(what, &format!(".{name}"));
        for (name, bv) in bprops {
            let label = child(name);
            let Some(hv) = hprops.get(name) else {
                let kind = match (side, breq.contains(name.as_str())) {
                    (Side::Request, _) => "request-property-removed",
                    (Side::Response, true) => "response-required-property-removed",
                    (Side::Response, false) => "response-optional-property-removed",
                };
                self.push(kind, join(&bpp, name), format!("{label} is gone"));
                continue;
            };
            let (was, is) = (breq.contains(name.as_str()), hreq.contains(name.as_str()));
            if was != is {
                let kind = match (side, is) {
                    (Side::Request, true) => "request-property-became-required",
                    (Side::Request, false) => "request-property-became-optional",
                    (Side::Response, true) => "response-property-became-required",
                    (Side::Response, false) => "response-property-became-optional",
                };
                let now = if is { "required" } else { "optional" };
                self.push(kind, join(hp, "required"), format!("{label} is now {now}"));
            }
            self.schema(
                side,
                Place::Property,
                &label,
                bv,
                &join(&bpp, name),
                hv,
                &join(&hpp, name),
            );
        }
        for name in hprops.keys().filter(|n| !bprops.contains_key(*n)) {
            let required = hreq.contains(name.as_str());
            let kind = match (side, required) {
                (Side::Request, true) => "new-required-request-property",
                (Side::Request, false) => "new-optional-request-property",
                (Side::Response, true) => "response-required-property-added",
                (Side::Response, false) => "response-optional-property-added",
            };
            let adjective = if required { "required" } else { "optional" };
            self.push(
                kind,
                join(&hpp, name),
                format!("new {adjective} {}", child(name)),
            );
        }
    }
}
