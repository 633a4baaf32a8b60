//! `diff`: every change between two versions of the spec, each with a verdict.
//!
//! [`diff`] compares a BASE spec with a HEAD spec: operations (matched by `operationId`, then by
//! method and path), parameters, request bodies, responses, schemas (followed through `$ref`s, with
//! the side they are read on: request or response) and the `x-pancake-*` extensions. Each
//! [`Change`] carries the [`rules::Rule`] it falls under, so its verdict comes from one table
//! ([`rules::RULES`], shown in `openapi/README.md`):
//!
//! - **breaking for clients**: a client built from BASE (or code using it) fails against HEAD;
//! - **breaking for servers**: a server implementing BASE (the mock, the live API) no longer
//!   satisfies HEAD's clients;
//! - **compatible**: neither.
//!
//! A change's pointer is into HEAD, or into BASE for something HEAD no longer has. A change to a
//! shared component is reported once, at the component, with every operation that reads it.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::Spec;

mod changelog;
mod extensions;
mod operations;
pub mod rules;
mod schemas;

pub use changelog::{top_entry, unnamed_in_changelog};
pub use rules::{RULES, Rule, rule_by_id, rules_markdown};

/// What a change means for the users of the base spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A client built from BASE, or code written against it, breaks.
    BreakingForClients,
    /// A server implementing BASE (the mock or the live API) falls short of HEAD.
    BreakingForServers,
    /// Nothing that exists breaks.
    Compatible,
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Verdict::BreakingForClients => "breaking for clients",
            Verdict::BreakingForServers => "breaking for servers",
            Verdict::Compatible => "compatible",
        })
    }
}

/// One change between BASE and HEAD.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The rule it falls under ([`rules::RULES`]).
    pub kind: &'static str,
    /// The rule's verdict.
    pub verdict: Verdict,
    /// JSON pointer into HEAD (into BASE for something HEAD no longer has).
    pub pointer: String,
    /// The operation it affects (the first, when a shared component changed).
    pub operation_id: Option<String>,
    /// What changed, in words.
    pub message: String,
}

/// Collects changes while the comparison runs; deduplicates by (kind, pointer).
#[derive(Debug, Default)]
pub(crate) struct Changes {
    by_key: BTreeMap<(&'static str, String), (Change, Vec<String>)>,
}

impl Changes {
    pub(crate) fn push(
        &mut self,
        kind: &'static str,
        pointer: impl Into<String>,
        operation_id: Option<&str>,
        message: impl Into<String>,
    ) {
        let rule = rule_by_id(kind).unwrap_or_else(|| panic!("diff rule `{kind}` is not in RULES"));
        let pointer = pointer.into();
        let entry = self
            .by_key
            .entry((rule.id, pointer.clone()))
            .or_insert_with(|| {
                (
                    Change {
                        kind: rule.id,
                        verdict: rule.verdict,
                        pointer,
                        operation_id: operation_id.map(str::to_owned),
                        message: message.into(),
                    },
                    Vec::new(),
                )
            });
        if let Some(id) = operation_id
            && entry.0.operation_id.as_deref() != Some(id)
            && !entry.1.iter().any(|o| o == id)
        {
            entry.1.push(id.to_owned());
        }
    }

    fn finish(self) -> Vec<Change> {
        let mut out: Vec<Change> = self
            .by_key
            .into_values()
            .map(|(mut change, others)| {
                if !others.is_empty() {
                    change.message =
                        format!("{} (also read by {})", change.message, others.join(", "));
                }
                change
            })
            .collect();
        out.sort_by(|a, b| {
            (a.verdict, &a.operation_id, &a.pointer, a.kind).cmp(&(
                b.verdict,
                &b.operation_id,
                &b.pointer,
                b.kind,
            ))
        });
        out
    }
}

/// Every change from `base` to `head`, most severe first, then by operation and pointer.
pub fn diff(base: &Spec, head: &Spec) -> Vec<Change> {
    let mut changes = Changes::default();
    operations::compare(base, head, &mut changes);
    extensions::compare_document(base, head, &mut changes);
    changes.finish()
}

/// Whether any change breaks clients of the base.
pub fn breaks_clients(changes: &[Change]) -> bool {
    changes
        .iter()
        .any(|c| c.verdict == Verdict::BreakingForClients)
}

/// The changes as a Markdown report: a summary line, then one table per verdict.
pub fn to_markdown(changes: &[Change], base_label: &str, head_label: &str) -> String {
    let count = |v: Verdict| changes.iter().filter(|c| c.verdict == v).count();
    let mut out = format!("## Spec changes: `{base_label}` → `{head_label}`\n\n");
    if changes.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    out.push_str(&format!(
        "{} change(s): {} breaking for clients, {} breaking for servers, {} compatible.\n",
        changes.len(),
        count(Verdict::BreakingForClients),
        count(Verdict::BreakingForServers),
        count(Verdict::Compatible),
    ));
    for verdict in [
        Verdict::BreakingForClients,
        Verdict::BreakingForServers,
        Verdict::Compatible,
    ] {
        let rows: Vec<&Change> = changes.iter().filter(|c| c.verdict == verdict).collect();
        if rows.is_empty() {
            continue;
        }
        let mut title = verdict.to_string();
        title[..1].make_ascii_uppercase();
        out.push_str(&format!(
            "\n### {title} ({})\n\n| kind | operation | pointer | change |\n| --- | --- | --- | --- |\n",
            rows.len()
        ));
        for c in rows {
            out.push_str(&format!(
                "| `{}` | {} | `{}` | {} |\n",
                c.kind,
                c.operation_id
                    .as_deref()
                    .map(|id| format!("`{id}`"))
                    .unwrap_or_else(|| "(document)".to_owned()),
                c.pointer,
                c.message.replace('|', "\\|").replace('\n', " "),
            ));
        }
    }
    out
}

/// The changes as JSON: a list of `{kind, verdict, pointer, operation_id, message}`.
pub fn to_json(changes: &[Change]) -> String {
    serde_json::to_string_pretty(changes).expect("changes serialize")
}

#[cfg(test)]
mod tests;
