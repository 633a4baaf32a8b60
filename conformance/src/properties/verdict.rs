//! What one walk must show: pages within the size, the documented end, no item twice, every
//! filter respected, the documented order. Each check names what it saw, for the failure message.
//!
//! The pagination rules come from the operation's `x-pancake-pagination`; the filters' meanings
//! from [`Meaning`]. A field an item does not carry is not held against it: the properties check
//! what is served, and the spec's schemas say what must be.

use std::collections::BTreeSet;

use chrono::NaiveDateTime;
use pancake_openapi::{Pagination, PaginationEnd};
use serde_json::Value;

use super::cases::{Case, Meaning};
use crate::walk::Walk;

/// Checks a walk of `case`. `ended`: the walk reached its documented end (not cut by the
/// budget). `size`: the page size asked. `default_order`: the time field when `order_by` is not
/// sent, for operations that take one.
pub fn check(
    p: &Pagination,
    case: &Case,
    walk: &Walk,
    size: usize,
    ended: bool,
    default_order: Option<&str>,
) -> Result<(), String> {
    page_sizes(&walk.pages, size)?;
    if ended {
        end(p, walk)?;
    }
    let items: Vec<&Value> = walk.items();
    no_duplicates(&items)?;
    let order_field = case
        .filters
        .iter()
        .find(|f| f.meaning == Meaning::OrderBy)
        .map(|f| f.value.as_str())
        .or(default_order);
    filters(case, &items, order_field.unwrap_or("inserted_at"))?;
    if let Some(field) = order_field {
        let unread_first = case
            .filters
            .iter()
            .any(|f| f.meaning == Meaning::UnreadFirst && f.value == "true");
        newest_first(&items, field, unread_first)?;
    }
    Ok(())
}

/// No page holds more items than asked.
pub fn page_sizes(pages: &[Vec<Value>], size: usize) -> Result<(), String> {
    match pages.iter().position(|p| p.len() > size) {
        Some(i) => Err(format!(
            "page {} holds {} items; the page size is {size}",
            i + 1,
            pages[i].len()
        )),
        None => Ok(()),
    }
}

/// The walk ended as the pagination says: for `total`, exactly `total` items served and the
/// total unchanged from page to page.
pub fn end(p: &Pagination, walk: &Walk) -> Result<(), String> {
    if p.end != PaginationEnd::Total {
        // An empty or short page ended it: that is how the walker stops.
        return Ok(());
    }
    let totals: Vec<u64> = walk.totals.iter().flatten().copied().collect();
    if let Some(pair) = totals.windows(2).find(|w| w[0] != w[1]) {
        return Err(format!(
            "`{}` changed from {} to {} during the walk",
            p.total_field.as_deref().unwrap_or("total"),
            pair[0],
            pair[1]
        ));
    }
    let served = walk.pages.iter().map(Vec::len).sum::<usize>() as u64;
    match totals.last() {
        Some(&total) if total != served => Err(format!(
            "`{}` is {total} but the walk served {served} items",
            p.total_field.as_deref().unwrap_or("total")
        )),
        _ => Ok(()),
    }
}

/// An item's identity: its `id`, else the whole item.
pub fn identity(item: &Value) -> String {
    match &item["id"] {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => item.to_string(),
    }
}

/// No item is served twice in one walk.
pub fn no_duplicates(items: &[&Value]) -> Result<(), String> {
    let mut seen = BTreeSet::new();
    let mut twice = BTreeSet::new();
    for id in items.iter().map(|i| identity(i)) {
        if !seen.insert(id.clone()) {
            twice.insert(id);
        }
    }
    if twice.is_empty() {
        return Ok(());
    }
    let shown: Vec<&String> = twice.iter().take(5).collect();
    let more = match twice.len() {
        n if n > shown.len() => format!(" and {} more", n - shown.len()),
        _ => String::new(),
    };
    Err(format!(
        "served more than once in one walk of {} items: {shown:?}{more}",
        items.len()
    ))
}

/// Every item matches every filter of the case that it carries the field of.
fn filters(case: &Case, items: &[&Value], time_field: &str) -> Result<(), String> {
    let path = case
        .path
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str(), Meaning::Equals));
    let query = case
        .filters
        .iter()
        .map(|f| (f.name.as_str(), f.value.as_str(), f.meaning));
    for (name, value, meaning) in path.chain(query) {
        for item in items {
            let ok = match meaning {
                Meaning::Equals => carries(&item[name], value),
                Meaning::AllTags => {
                    let carried = tag_ids(item);
                    item.get("tags").is_none() || value.split(',').all(|t| carried.contains(t))
                }
                Meaning::Since => seconds(&item[time_field])
                    .is_none_or(|t| value.parse::<i64>().is_ok_and(|v| t >= v)),
                Meaning::Until => seconds(&item[time_field])
                    .is_none_or(|t| value.parse::<i64>().is_ok_and(|v| t <= v)),
                Meaning::OrderBy | Meaning::UnreadFirst | Meaning::Opaque => true,
            };
            if !ok {
                let shown = match meaning {
                    Meaning::AllTags => Value::from(tag_ids(item).into_iter().collect::<Vec<_>>()),
                    Meaning::Since | Meaning::Until => item[time_field].clone(),
                    _ => item[name].clone(),
                };
                let field = match meaning {
                    Meaning::Since | Meaning::Until => time_field,
                    Meaning::AllTags => "tags",
                    _ => name,
                };
                return Err(format!(
                    "item {} does not match the filter {name}={value}: its {field} is {shown}",
                    identity(item)
                ));
            }
        }
    }
    Ok(())
}

/// Whether a field holds `value` (as text, or among an array's values). An absent or null
/// field is not held against the item.
fn carries(field: &Value, value: &str) -> bool {
    match field {
        Value::Null => true,
        Value::String(s) => s == value,
        Value::Number(n) => n.to_string() == value,
        Value::Bool(b) => b.to_string() == value,
        Value::Array(values) => values.iter().any(|v| carries_exactly(v, value)),
        Value::Object(_) => true,
    }
}

fn carries_exactly(field: &Value, value: &str) -> bool {
    !field.is_null() && carries(field, value)
}

/// The tag ids an item carries: `tags` holds ids or tag objects (null entries skipped).
fn tag_ids(item: &Value) -> BTreeSet<String> {
    item["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| match t {
            Value::Number(n) => Some(n.to_string()),
            Value::Object(_) => match &t["id"] {
                Value::Number(n) => Some(n.to_string()),
                Value::String(s) => Some(s.clone()),
                _ => None,
            },
            Value::String(s) => Some(s.clone()),
            _ => None,
        })
        .collect()
}

/// Items come newest first by `field` (unread ones first when `unread_first`). Items without
/// a readable time are not compared.
pub fn newest_first(items: &[&Value], field: &str, unread_first: bool) -> Result<(), String> {
    let key = |c: &Value| {
        let unread = unread_first && c["seen"] == Value::Bool(false);
        micros(&c[field]).map(|t| (unread, t))
    };
    let keyed: Vec<(&Value, (bool, i64))> = items
        .iter()
        .filter_map(|i| key(i).map(|k| (*i, k)))
        .collect();
    for pair in keyed.windows(2) {
        if pair[0].1 < pair[1].1 {
            return Err(format!(
                "{} ({field} {}) is served before the newer {} ({field} {}){}",
                identity(pair[0].0),
                pair[0].0[field],
                identity(pair[1].0),
                pair[1].0[field],
                if unread_first {
                    " (unread first asked)"
                } else {
                    ""
                }
            ));
        }
    }
    Ok(())
}

/// A timestamp as Unix microseconds: the API's naive UTC ISO-8601 strings, with or without
/// fraction or `Z`.
pub fn micros(value: &Value) -> Option<i64> {
    let s = value.as_str()?;
    NaiveDateTime::parse_from_str(s.trim_end_matches('Z'), "%Y-%m-%dT%H:%M:%S%.f")
        .ok()
        .map(|n| n.and_utc().timestamp_micros())
}

/// A timestamp's whole second (Unix): `since`/`until` are seconds.
fn seconds(value: &Value) -> Option<i64> {
    micros(value).map(|m| m.div_euclid(1_000_000))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::properties::cases::Filter;
    use serde_json::json;

    fn filter(name: &str, value: &str, meaning: Meaning) -> Filter {
        Filter {
            name: name.into(),
            value: value.into(),
            meaning,
        }
    }

    #[test]
    fn each_filter_catches_an_item_outside_it() {
        let a = json!({"id": "a", "type": "INBOX", "tags": [{"id": 1}, null], "updated_at": "2026-01-02T00:00:00", "seen": true});
        let b = json!({"id": "b", "type": "COMMENT", "tags": [2], "updated_at": "2026-01-01T00:00:00.5", "seen": false});
        let items = [&a, &b];
        let case = |f: Vec<Filter>| Case {
            filters: f,
            ..Case::default()
        };
        let run = |c: Case| filters(&c, &items, "updated_at");
        assert!(run(case(vec![])).is_ok());
        let err = run(case(vec![filter("type", "INBOX", Meaning::Equals)])).unwrap_err();
        assert!(err.contains("item b") && err.contains("COMMENT"), "{err}");
        let err = run(case(vec![filter("tags", "1", Meaning::AllTags)])).unwrap_err();
        assert!(err.contains("item b"), "{err}");
        let jan2 = 1_767_312_000; // 2026-01-02T00:00:00Z
        assert!(
            run(case(vec![filter(
                "until",
                &jan2.to_string(),
                Meaning::Until
            )]))
            .is_ok()
        );
        let err = run(case(vec![filter(
            "since",
            &jan2.to_string(),
            Meaning::Since,
        )]))
        .unwrap_err();
        assert!(
            err.contains("item b") && err.contains("updated_at"),
            "{err}"
        );
        assert!(newest_first(&items, "updated_at", false).is_ok());
        let err = newest_first(&items, "updated_at", true).unwrap_err();
        assert!(err.contains("unread first"), "{err}");
        assert!(no_duplicates(&[&a, &b, &a]).unwrap_err().contains("\"a\""));
    }

    #[test]
    fn a_total_walk_serves_exactly_its_total() {
        let spec = pancake_openapi::Spec::bundled().unwrap();
        let p = spec
            .operations()
            .iter()
            .filter_map(|op| op.pagination.clone())
            .find(|p| p.end == PaginationEnd::Total)
            .expect("a list that ends on its total");
        let walk = |totals: Vec<u64>, sizes: Vec<usize>| Walk {
            pages: sizes.into_iter().map(|n| vec![json!({}); n]).collect(),
            totals: totals.into_iter().map(Some).collect(),
        };
        assert!(end(&p, &walk(vec![5, 5], vec![3, 2])).is_ok());
        let err = end(&p, &walk(vec![6, 6], vec![3, 2])).unwrap_err();
        assert!(err.contains("is 6 but the walk served 5"), "{err}");
        let err = end(&p, &walk(vec![5, 4], vec![3, 2])).unwrap_err();
        assert!(err.contains("changed from 5 to 4"), "{err}");
        assert!(page_sizes(&walk(vec![], vec![3, 4]).pages, 3).is_err());
    }
}
