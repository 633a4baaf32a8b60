//! `x-pancake-assumption`: a value no source supports (a default, an order, a page size, a field
//! name) is marked with the RECONCILIATION row that says so, and says so in its own description,
//! so a reader of the spec tells facts from our assumptions without opening RECONCILIATION.md.
//! [`assumptions`] lists them (`cargo xtask spec assumptions`); the crate's tests check that each
//! row exists.

use serde_json::Value;

use super::{Context, Problem};
use crate::extensions::ASSUMPTION_KEY;
use crate::pointer::{join, join_index};

/// One marked assumption.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assumption {
    /// Where the marked object is (an operation, a parameter, a schema or a property).
    pub pointer: String,
    /// The RECONCILIATION row the marker names (`Q12`).
    pub row: String,
    /// The marked object's description.
    pub description: String,
}

/// Every `x-pancake-assumption` of the document, in document order.
pub fn assumptions(root: &Value) -> Vec<Assumption> {
    let mut found = Vec::new();
    walk(root, "", &mut found);
    found
}

fn walk(value: &Value, at: &str, found: &mut Vec<Assumption>) {
    match value {
        Value::Object(object) => {
            if let Some(row) = object.get(ASSUMPTION_KEY) {
                found.push(Assumption {
                    pointer: at.to_owned(),
                    row: row.as_str().unwrap_or_default().to_owned(),
                    description: object
                        .get("description")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned(),
                });
            }
            for (key, child) in object {
                if !matches!(key.as_str(), "example" | "examples" | "enum" | "default") {
                    walk(child, &join(at, key), found);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, &join_index(at, i), found);
            }
        }
        _ => {}
    }
}

/// A row id: a capital letter and a number (`Q12`, `L2`).
fn is_row(row: &str) -> bool {
    let mut chars = row.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && !chars.as_str().is_empty()
        && chars.all(|c| c.is_ascii_digit())
}

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    for a in assumptions(ctx.root) {
        let at = join(&a.pointer, ASSUMPTION_KEY);
        if !is_row(&a.row) {
            problems.push(Problem::new(
                at,
                format!(
                    "`{ASSUMPTION_KEY}` names the RECONCILIATION row that records the assumption \
                     (`Q12`), got {:?}",
                    a.row
                ),
            ));
            continue;
        }
        let description = a.description.to_lowercase();
        let names_row = a.description.match_indices(a.row.as_str()).any(|(i, _)| {
            !a.description[i + a.row.len()..].starts_with(|c: char| c.is_ascii_digit())
        });
        if !description.contains("assum") || !names_row {
            problems.push(Problem::new(
                at,
                format!(
                    "an assumption must say so in its own description, naming its row ({}): \
                     \"an assumption (RECONCILIATION {})\"",
                    a.row, a.row
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use serde_json::json;

    #[test]
    fn markers_are_listed_and_must_be_said_in_the_description() {
        let mut doc = mini();
        let op = LIST_CUSTOMERS;
        let mark = |doc: &mut serde_json::Value, row: &str, description: &str| {
            let object = at(doc, op).as_object_mut().unwrap();
            object.insert(ASSUMPTION_KEY.into(), json!(row));
            object.insert("description".into(), json!(description));
        };
        mark(&mut doc, "Q12", "Customers, 100 per page by default.");
        let marker = format!("{op}/{ASSUMPTION_KEY}");
        assert_fires(&doc, &marker, "must say so");
        mark(
            &mut doc,
            "Q12",
            "100 per page by default (an assumption, RECONCILIATION Q12).",
        );
        let listed = assumptions(&doc);
        assert_eq!(listed.len(), 1);
        assert_eq!(
            (listed[0].pointer.as_str(), listed[0].row.as_str()),
            (op, "Q12")
        );
        assert!(
            problems(&doc).iter().all(|p| p.pointer != marker),
            "{:?}",
            problems(&doc)
        );
        // Q1 is not Q12.
        mark(
            &mut doc,
            "Q1",
            "100 per page by default (an assumption, RECONCILIATION Q12).",
        );
        assert_fires(&doc, &marker, "naming its row (Q1)");
        mark(&mut doc, "twelve", "An assumption.");
        assert_fires(&doc, &marker, "got \"twelve\"");
    }
}
