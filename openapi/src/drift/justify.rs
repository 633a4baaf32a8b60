//! Which `RECONCILIATION.md` row explains a difference: a row names a difference by its key,
//! `OPERATION PLACE NAME`, in backticks (`` `list_conversations param type` ``). `*` in a key
//! stands for any text, so one row can name a field every operation shares
//! (`` `* response success` ``). A key may end with the difference in brackets, to name only
//! that kind: `` `* response success [only ours]` ``,
//! `` `* [differs string(date-time) -> string]` ``.

use super::{Drift, Place};

/// A row of `RECONCILIATION.md` and the difference keys it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The row id (`A1`, `R3`).
    pub id: String,
    /// The keys (or patterns) in backticks.
    pub keys: Vec<String>,
}

fn is_row_id(cell: &str) -> bool {
    let mut chars = cell.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && cell.len() > 1
        && chars.all(|c| c.is_ascii_digit())
}

fn is_key(span: &str) -> bool {
    if let Some((key, qualifier)) = span.split_once(" [") {
        return qualifier.ends_with(']') && (key == "*" || is_key(key));
    }
    let words: Vec<&str> = span.split(' ').collect();
    let place = [
        Place::Operation,
        Place::Param,
        Place::Request,
        Place::Response,
    ]
    .iter()
    .any(|p| words.get(1) == Some(&p.to_string().as_str()))
        || words.get(1) == Some(&"*");
    // `GET /path operation` (an upstream-only operation) has the place third.
    let upstream_operation = words.len() == 3 && words[2] == "operation";
    (place && (2..=3).contains(&words.len())) || upstream_operation
}

/// The rows of a `RECONCILIATION.md` that name at least one difference key.
pub fn rows(markdown: &str) -> Vec<Row> {
    markdown
        .lines()
        .filter_map(|line| {
            let line = line.strip_prefix('|')?;
            let id = line.split('|').next()?.trim();
            if !is_row_id(id) {
                return None;
            }
            let keys: Vec<String> = line
                .split('`')
                .skip(1)
                .step_by(2)
                .filter(|span| is_key(span))
                .map(str::to_owned)
                .collect();
            (!keys.is_empty()).then(|| Row {
                id: id.to_owned(),
                keys,
            })
        })
        .collect()
}

/// Whether `text` matches `pattern`, where `*` matches any run of characters.
pub(crate) fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !text.starts_with(first) || !text[first.len()..].ends_with(last) {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for middle in &parts[1..parts.len() - 1] {
        match rest.find(middle) {
            Some(i) => rest = &rest[i + middle.len()..],
            None => return false,
        }
    }
    true
}

/// The first row that names `key` (`list_conversations response conversations[].ads`), either
/// bare or qualified by `what` (`only upstream`, `differs string -> integer`).
pub fn row_naming<'a>(rows: &'a [Row], key: &str, what: &str) -> Option<&'a Row> {
    let qualified = format!("{key} [{what}]");
    rows.iter().find(|row| {
        row.keys.iter().any(|pattern| {
            if pattern.contains(" [") {
                glob(pattern, &qualified)
            } else {
                glob(pattern, key)
            }
        })
    })
}

/// Marks each difference with the first row that names it.
pub fn justify(drift: &mut Drift, reconciliation: &str) {
    let rows = rows(reconciliation);
    for item in &mut drift.items {
        item.justified_by = row_naming(&rows, &item.key(), &item.what()).map(|row| row.id.clone());
    }
}
