//! `openapi/CHANGELOG.md`: a change that breaks clients must be named by the top entry, so that
//! it is always a decision written down.
//!
//! The top entry is the text from the first `## ` heading to the next one. It names a change
//! when it contains the change's kind and its operation id (or, for a document-level change,
//! its pointer), each in backticks: `` `request-parameter-became-required` `list_tags` ``.

use super::{Change, Verdict};

/// The text of the top entry (first `## ` section) of a changelog; empty if there is none.
pub fn top_entry(changelog: &str) -> &str {
    let Some(start) = changelog
        .find("\n## ")
        .map(|i| i + 1)
        .or_else(|| changelog.starts_with("## ").then_some(0))
    else {
        return "";
    };
    let rest = &changelog[start..];
    match rest[3..].find("\n## ") {
        Some(end) => &rest[..end + 3],
        None => rest,
    }
}

/// The changes that break clients and that the changelog's top entry does not name.
pub fn unnamed_in_changelog<'c>(changes: &'c [Change], changelog: &str) -> Vec<&'c Change> {
    let entry = top_entry(changelog);
    changes
        .iter()
        .filter(|c| c.verdict == Verdict::BreakingForClients)
        .filter(|c| {
            let subject = c.operation_id.as_deref().unwrap_or(&c.pointer);
            !(entry.contains(&format!("`{}`", c.kind)) && entry.contains(&format!("`{subject}`")))
        })
        .collect()
}
