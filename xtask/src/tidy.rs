//! Tidy: the invariants of ARCHITECTURE.md that a scan of the sources can check, as a test (the
//! idea of rust-analyzer's `xtask/src/tidy.rs`).
//!
//! Each fact has one place; outside it, the workspace's Rust code must not type it again:
//! - an operation id (a string literal that is exactly an `operationId` of the spec) belongs to the
//!   spec's crate (`openapi/`), the contract table and checks of `conformance/`, and tests; code
//!   elsewhere names an operation through `pancake_client::operations::id` (constants the client's
//!   build generates, so a renamed operation does not compile) or through the typed methods;
//! - a page size (a number equal to an `x-pancake-pagination` page size, on a line that speaks of
//!   page sizes or "per page") belongs to the spec: read it from `x-pancake-pagination`;
//! - an `x-pancake-client` header belongs nowhere: the hooks hand per-call facts to the call site in
//!   the typed per-call context (`client/src/context.rs`).
//!
//! Test code is exempt: files under a `tests/` directory and items marked `#[cfg(test)]`,
//! `#[test]` or `#[tokio::test]`. The scan reads text (string literals and the code around them),
//! so literals inside macros (`format!`, `quote!`) are checked too.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Where operation-id strings may be written (paths relative to the workspace root).
const OPERATION_ID_PLACES: &[&str] = &[
    "openapi/",
    "conformance/src/checks/",
    "conformance/src/properties/",
];

/// Where page sizes may be written.
const PAGE_SIZE_PLACES: &[&str] = &["openapi/"];

/// The facts the scan looks for, read from the spec.
struct Facts {
    operation_ids: BTreeSet<String>,
    page_sizes: BTreeSet<u64>,
}

impl Facts {
    fn of_spec() -> Facts {
        let spec = pancake_openapi::Spec::bundled().expect("the bundled spec loads");
        let operations = spec.operations();
        Facts {
            operation_ids: operations.iter().map(|o| o.operation_id.clone()).collect(),
            page_sizes: operations
                .iter()
                .filter_map(|o| o.pagination.as_ref())
                .flat_map(|p| [Some(p.page_size), p.max_page_size])
                .flatten()
                .map(u64::from)
                .collect(),
        }
    }
}

/// One fact in the wrong place.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Finding {
    file: String,
    line: usize,
    what: String,
}

/// The findings of one file's source, `path` relative to the workspace root.
fn scan_source(path: &str, source: &str, facts: &Facts) -> Vec<Finding> {
    let in_place = |places: &[&str]| places.iter().any(|p| path.starts_with(p));
    let mut findings = Vec::new();
    let mut find = |line: usize, what: String| {
        findings.push(Finding {
            file: path.to_owned(),
            line,
            what,
        });
    };
    for (index, line) in lines_of(&without_tests(source)).into_iter().enumerate() {
        let line_number = index + 1;
        for text in &line.strings {
            if text.to_ascii_lowercase().contains("x-pancake-client") {
                find(
                    line_number,
                    format!("an `x-pancake-client` header: \"{text}\""),
                );
            }
            if facts.operation_ids.contains(text.as_str()) && !in_place(OPERATION_ID_PLACES) {
                find(
                    line_number,
                    format!("operation id \"{text}\": use pancake_client::operations::id"),
                );
            }
        }
        let about_pages = line
            .strings
            .iter()
            .chain([&line.code])
            .any(|t| mentions_pages(t));
        if in_place(PAGE_SIZE_PLACES) || !about_pages {
            continue;
        }
        let texts = line
            .strings
            .iter()
            .map(String::as_str)
            .chain([line.code.as_str()]);
        for number in texts.flat_map(numbers_in) {
            if facts.page_sizes.contains(&number) {
                find(
                    line_number,
                    format!("page size {number} on a line about pages: read x-pancake-pagination"),
                );
            }
        }
    }
    findings
}

/// One line of source: its code outside string literals and comments, and its string literals.
#[derive(Debug, Default)]
struct Line {
    code: String,
    strings: Vec<String>,
}

/// Splits source into lines of code and string literals (a string spanning lines counts on the
/// line where it ends). Enough for this workspace: no raw string holding a quote in the scanned
/// places.
fn lines_of(source: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut in_string: Option<String> = None;
    for text in source.split('\n') {
        let mut line = Line::default();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if let Some(current) = in_string.as_mut() {
                match c {
                    '\\' => {
                        current.push(c);
                        if let Some(next) = chars.next() {
                            current.push(next);
                        }
                    }
                    '"' => line.strings.push(in_string.take().unwrap_or_default()),
                    _ => current.push(c),
                }
                continue;
            }
            match c {
                '"' => in_string = Some(String::new()),
                '/' if chars.peek() == Some(&'/') => break,
                '\'' => {
                    // A char literal such as '"' or '\"' must not open a string.
                    let rest: String = chars.clone().take(3).collect();
                    if rest.starts_with("\"'") {
                        chars.nth(1);
                    } else if rest.starts_with("\\\"'") {
                        chars.nth(2);
                    }
                    line.code.push(c);
                }
                _ => line.code.push(c),
            }
        }
        lines.push(line);
    }
    lines
}

/// The source with its test code blanked (lines kept, so line numbers hold): each item after a
/// `#[cfg(test)]`, `#[test]` or `#[tokio::test]` attribute, to its closing brace or semicolon.
fn without_tests(source: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut depth: Option<i64> = None;
    for text in source.split('\n') {
        let trimmed = text.trim_start();
        if depth.is_none()
            && (trimmed.starts_with("#[cfg(test)]")
                || trimmed.starts_with("#[test]")
                || trimmed.starts_with("#[tokio::test"))
        {
            depth = Some(0);
        }
        let Some(level) = depth.as_mut() else {
            out.push(text.to_owned());
            continue;
        };
        let code: String = lines_of(text).into_iter().map(|l| l.code).collect();
        let braces = code.contains('{') || code.contains('}');
        *level += code.matches('{').count() as i64 - code.matches('}').count() as i64;
        let attribute = code.trim_start().starts_with("#[");
        if (*level <= 0 && braces) || (*level == 0 && !attribute && code.trim_end().ends_with(';'))
        {
            depth = None;
        }
        out.push(String::new());
    }
    out.join("\n")
}

fn mentions_pages(text: &str) -> bool {
    let text = text.to_ascii_lowercase();
    ["page_size", "page size", "per page", "per_page", "max_page"]
        .iter()
        .any(|word| text.contains(word))
}

fn numbers_in(text: &str) -> impl Iterator<Item = u64> + '_ {
    text.split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
}

/// Every `.rs` file of the workspace outside `target/`, hidden and `tests/` directories.
fn workspace_sources(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if path.is_dir() {
                if !(name.starts_with('.') || name == "target" || name == "tests") {
                    dirs.push(path);
                }
            } else if name.ends_with(".rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn no_fact_is_written_outside_its_one_place() {
    let root = pancake_testkit::project_root();
    let facts = Facts::of_spec();
    let mut findings = Vec::new();
    for path in workspace_sources(&root) {
        let relative = path.strip_prefix(&root).unwrap_or(&path).to_string_lossy();
        if relative == "xtask/src/tidy.rs" {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a source file reads");
        findings.extend(scan_source(&relative, &source, &facts));
    }
    let shown: Vec<String> = findings
        .iter()
        .map(|f| format!("{}:{}: {}", f.file, f.line, f.what))
        .collect();
    assert!(
        shown.is_empty(),
        "facts written outside their one place (see xtask/src/tidy.rs):\n{}",
        shown.join("\n")
    );
}

#[test]
fn the_scan_finds_what_it_looks_for_and_skips_tests() {
    let facts = Facts {
        operation_ids: ["list_tags".to_owned()].into(),
        page_sizes: [30].into(),
    };
    let planted = r##"
        fn walk() {
            let id = "list_tags";
            let b = b.query("page_size", 30);
            let m = format!("at most 30 per page");
            let h = "X-Pancake-Client-Url";
            let fine = (30, "list_tags_v9", "30 seconds", '"', "//", "list_tags_"); // "list_tags"
        }
        #[cfg(test)]
        mod tests {
            fn t() {
                let _ = ("list_tags", 30, "page_size", "x-pancake-client-url");
            }
        }
        #[test]
        fn t() { let _ = "list_tags"; }
        fn after() -> u32 { 30 }
    "##;
    let found: Vec<(usize, String)> = scan_source("sync/src/x.rs", planted, &facts)
        .into_iter()
        .map(|f| (f.line, f.what))
        .collect();
    let lines: Vec<usize> = found.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, [3, 4, 5, 6], "{found:#?}");
    // The same literals are at home in their one place; the header has none.
    let home = scan_source("openapi/src/x.rs", planted, &facts);
    assert_eq!(home.len(), 1, "{home:#?}");
}
