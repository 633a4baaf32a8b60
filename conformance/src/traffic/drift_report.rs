//! `pancake-conformance drift-report FILE`: the findings of a report counted by kind and by
//! operation, one line per distinct (kind, operation, pointer) with its occurrences, and the
//! `RECONCILIATION.md` row when a finding is already decided there. Array indexes of pointers
//! are read as `*` (`/conversations/*/ads`), so one line covers every item.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use pancake_openapi::drift::{Row, row_naming, rows};
use serde::Serialize;

use super::findings::{Finding, FindingKind};

/// The kinds that fail a report unless told otherwise: all but `undocumented-field` (the live
/// API adds fields, and a client must ignore them).
pub fn default_fail_on() -> Vec<FindingKind> {
    FindingKind::ALL
        .into_iter()
        .filter(|k| *k != FindingKind::UndocumentedField)
        .collect()
}

/// Reads `--fail-on`: kinds separated by commas, `all`, or `none`.
pub fn parse_kinds(text: &str) -> Result<Vec<FindingKind>, String> {
    match text.trim() {
        "all" => Ok(FindingKind::ALL.to_vec()),
        "none" | "" => Ok(Vec::new()),
        list => list.split(',').map(|k| k.trim().parse()).collect(),
    }
}

/// Reads a JSON-lines report; an unreadable line is an error naming its number.
pub fn read_findings(text: &str) -> Result<Vec<Finding>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str(line).map_err(|e| format!("line {}: not a finding: {e}", i + 1))
        })
        .collect()
}

/// One distinct (kind, operation, pointer).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DriftLine {
    /// Kind.
    pub kind: FindingKind,
    /// Operation (`null` for an undocumented operation).
    pub operation_id: Option<String>,
    /// Pointer, array indexes as `*`.
    pub pointer: String,
    /// How many findings.
    pub occurrences: usize,
    /// The statuses seen.
    pub statuses: BTreeSet<u16>,
    /// The JSON types seen.
    pub seen: BTreeSet<String>,
    /// The distinct messages (at most three).
    pub messages: Vec<String>,
    /// For an undocumented operation: the paths seen (at most three).
    pub paths: Vec<String>,
    /// The `RECONCILIATION.md` row that already decides it.
    pub reconciliation: Option<String>,
    /// Whether its kind fails the report.
    pub fails: bool,
}

/// The report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DriftReport {
    /// Findings in all.
    pub findings: usize,
    /// Findings by kind.
    pub by_kind: BTreeMap<FindingKind, usize>,
    /// Findings by operation, then kind (`(none)` for undocumented operations).
    pub by_operation: BTreeMap<String, BTreeMap<FindingKind, usize>>,
    /// The kinds that fail it.
    pub fail_on: Vec<FindingKind>,
    /// One line per distinct finding, failing ones first.
    pub lines: Vec<DriftLine>,
}

impl DriftReport {
    /// Whether a finding of a failing kind is present.
    pub fn fails(&self) -> bool {
        self.lines.iter().any(|l| l.fails)
    }
}

fn general(pointer: &str) -> String {
    pointer
        .split('/')
        .map(|s| {
            if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
                "*"
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The RECONCILIATION key of a finding: `OPERATION PLACE NAME` with the field's path
/// (`conversations[].ads`), and the difference as `cargo xtask spec drift` words it.
fn reconciliation_key(line: &DriftLine) -> Option<(String, String)> {
    let operation = line.operation_id.as_deref()?;
    let segments: Vec<&str> = line.pointer.split('/').skip(1).collect();
    let (place, rest) = match segments.first() {
        Some(&"query") | Some(&"path") if line.kind == FindingKind::InvalidRequest => {
            ("param", &segments[1..])
        }
        Some(&"body") if line.kind == FindingKind::InvalidRequest => ("request", &segments[1..]),
        _ => ("response", &segments[..]),
    };
    let mut name = String::new();
    for segment in rest {
        if *segment == "*" {
            name.push_str("[]");
        } else {
            if !name.is_empty() {
                name.push('.');
            }
            name.push_str(&segment.replace("~1", "/").replace("~0", "~"));
        }
    }
    let what = match line.kind {
        FindingKind::UndocumentedField => "only upstream".to_owned(),
        FindingKind::MissingRequired => "only ours".to_owned(),
        FindingKind::TypeMismatch => format!(
            "differs {} -> spec",
            line.seen.iter().next().map_or("", String::as_str)
        ),
        other => other.to_string(),
    };
    let key = if name.is_empty() {
        format!("{operation} {place}")
    } else {
        format!("{operation} {place} {name}")
    };
    Some((key, what))
}

/// Counts `findings`, marking the lines of `fail_on` kinds, linked to the rows of
/// `reconciliation` (the text of a `RECONCILIATION.md`).
pub fn build(findings: &[Finding], fail_on: &[FindingKind], reconciliation: &str) -> DriftReport {
    let rows: Vec<Row> = rows(reconciliation);
    let mut by_kind = BTreeMap::new();
    let mut by_operation: BTreeMap<String, BTreeMap<FindingKind, usize>> = BTreeMap::new();
    let mut lines: BTreeMap<(FindingKind, Option<String>, String), DriftLine> = BTreeMap::new();
    for f in findings {
        *by_kind.entry(f.kind).or_insert(0) += 1;
        let operation = f
            .operation_id
            .clone()
            .unwrap_or_else(|| "(none)".to_owned());
        *by_operation
            .entry(operation)
            .or_default()
            .entry(f.kind)
            .or_insert(0) += 1;
        let pointer = general(&f.pointer);
        let line = lines
            .entry((f.kind, f.operation_id.clone(), pointer.clone()))
            .or_insert_with(|| DriftLine {
                kind: f.kind,
                operation_id: f.operation_id.clone(),
                pointer,
                occurrences: 0,
                statuses: BTreeSet::new(),
                seen: BTreeSet::new(),
                messages: Vec::new(),
                paths: Vec::new(),
                reconciliation: None,
                fails: fail_on.contains(&f.kind),
            });
        line.occurrences += 1;
        line.statuses.insert(f.status);
        line.seen.insert(f.seen.clone());
        if line.messages.len() < 3 && !line.messages.contains(&f.message) {
            line.messages.push(f.message.clone());
        }
        if f.operation_id.is_none() && line.paths.len() < 3 && !line.paths.contains(&f.path) {
            line.paths.push(f.path.clone());
        }
    }
    let mut lines: Vec<DriftLine> = lines.into_values().collect();
    for line in &mut lines {
        if let Some((key, what)) = reconciliation_key(line) {
            line.reconciliation = row_naming(&rows, &key, &what).map(|r| r.id.clone());
        }
    }
    lines.sort_by_key(|l| (!l.fails, l.kind, l.operation_id.clone(), l.pointer.clone()));
    DriftReport {
        findings: findings.len(),
        by_kind,
        by_operation,
        fail_on: fail_on.to_vec(),
        lines,
    }
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The report in markdown, for pasting into an issue.
pub fn to_markdown(report: &DriftReport) -> String {
    let mut out = String::new();
    let failing = report.lines.iter().filter(|l| l.fails).count();
    let _ = writeln!(out, "## Drift report\n");
    let _ = writeln!(
        out,
        "{} findings, {} distinct ({} of a failing kind). Failing kinds: {}.\n",
        report.findings,
        report.lines.len(),
        failing,
        if report.fail_on.is_empty() {
            "none".to_owned()
        } else {
            report
                .fail_on
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    );
    if report.lines.is_empty() {
        let _ = writeln!(out, "No drift: every exchange matched the spec.");
        return out;
    }
    let _ = writeln!(out, "| Kind | Findings |\n| --- | ---: |");
    for (kind, n) in &report.by_kind {
        let _ = writeln!(out, "| `{kind}` | {n} |");
    }
    let _ = writeln!(out, "\n| Operation | Findings by kind |\n| --- | --- |");
    for (operation, kinds) in &report.by_operation {
        let counts: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
        let _ = writeln!(out, "| `{operation}` | {} |", counts.join(", "));
    }
    let _ = writeln!(
        out,
        "\n| Kind | Operation | Pointer | Occurrences | Status | Seen | Spec expects | RECONCILIATION |\n| --- | --- | --- | ---: | --- | --- | --- | --- |"
    );
    for line in &report.lines {
        let operation = match &line.operation_id {
            Some(op) => format!("`{op}`"),
            None => line
                .paths
                .iter()
                .map(|p| format!("`{}`", cell(p)))
                .collect::<Vec<_>>()
                .join(", "),
        };
        let join = |items: Vec<String>| items.join(", ");
        let _ = writeln!(
            out,
            "| {}{} | {} | `{}` | {} | {} | {} | {} | {} |",
            line.kind,
            if line.fails { " ✗" } else { "" },
            operation,
            if line.pointer.is_empty() {
                "/"
            } else {
                &line.pointer
            },
            line.occurrences,
            join(line.statuses.iter().map(u16::to_string).collect()),
            join(line.seen.iter().cloned().collect()),
            cell(&line.messages.join("; ")),
            line.reconciliation.as_deref().unwrap_or("—"),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(kind: FindingKind, operation: Option<&str>, pointer: &str) -> Finding {
        Finding {
            kind,
            operation_id: operation.map(str::to_owned),
            method: "GET".into(),
            path: "/public_api/v2/pages/1/conversations".into(),
            status: 200,
            pointer: pointer.into(),
            message: "expected declared properties only".into(),
            seen: "array".into(),
        }
    }

    #[test]
    fn a_finding_already_decided_names_its_row_and_indexes_fold_into_one_line() {
        let findings = [
            finding(
                FindingKind::UndocumentedField,
                Some("list_conversations"),
                "/conversations/0/ads",
            ),
            finding(
                FindingKind::UndocumentedField,
                Some("list_conversations"),
                "/conversations/7/ads",
            ),
            finding(
                FindingKind::UndocumentedField,
                Some("list_conversations"),
                "/conversations/0/zzz_new",
            ),
        ];
        let report = build(
            &findings,
            &default_fail_on(),
            pancake_openapi::RECONCILIATION_MD,
        );
        assert_eq!(report.lines.len(), 2);
        let ads = &report.lines[0];
        assert_eq!(ads.pointer, "/conversations/*/ads");
        assert_eq!(ads.occurrences, 2);
        // `list_conversations response conversations[].ads [only upstream]` is named by a row.
        assert_eq!(ads.reconciliation.as_deref(), Some("T6"));
        assert_eq!(report.lines[1].reconciliation, None);
        assert!(
            !report.fails(),
            "undocumented fields do not fail by default"
        );
        assert!(build(&findings, &parse_kinds("all").unwrap(), "").fails());
        let markdown = to_markdown(&report);
        assert!(markdown.contains("| T6 |"), "{markdown}");
    }

    #[test]
    fn fail_on_reads_names_all_and_none_and_refuses_unknown_kinds() {
        assert_eq!(parse_kinds("none").unwrap(), vec![]);
        assert_eq!(parse_kinds("all").unwrap().len(), 8);
        assert_eq!(
            parse_kinds("type-mismatch, undocumented-field").unwrap(),
            vec![FindingKind::TypeMismatch, FindingKind::UndocumentedField]
        );
        let err = parse_kinds("typo").unwrap_err();
        assert!(err.contains("unknown finding kind `typo`"), "{err}");
        assert!(
            read_findings("{\"kind\": 1}\n")
                .unwrap_err()
                .starts_with("line 1:")
        );
    }
}
