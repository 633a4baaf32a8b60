//! One meaning in every YAML parser: no plain scalar whose type or value differs between YAML 1.2
//! (our loader, js-yaml) and YAML 1.1 (PyYAML, which Schemathesis and openapi-core load the spec
//! with; SnakeYAML in Java generators; go-yaml v2). In YAML 1.1 `_` separates digits
//! (`889900112233_4455667788` is an integer), `yes`/`no`/`on`/`off`/`y`/`n` are booleans, `1:30` is
//! sexagesimal (90), `010` is octal (8), `2026-01-15` is a timestamp and `1e3` (no dot) is a string;
//! YAML 1.2 reads each otherwise. Quoting the scalar gives it one meaning everywhere.
//!
//! This rule reads the YAML text, not the loaded document (where a scalar's style is gone), so it
//! runs through [`check_yaml`] beside [`super::check_document`].

use std::sync::LazyLock;

use regex::Regex;
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::TScalarStyle;

use super::Problem;
use crate::pointer::{join, join_index};

/// What a plain scalar resolves to.
#[derive(Debug, Clone, PartialEq)]
enum Resolved {
    Null,
    Bool(bool),
    /// `None` when the value does not fit an `i128` (compared by type only).
    Int(Option<i128>),
    Float(f64),
    /// YAML 1.1's `!!timestamp` (`2026-01-15`, `2026-01-15T08:00:00Z`): PyYAML gives a date.
    Timestamp,
    Str,
}

impl Resolved {
    fn describe(&self, text: &str) -> String {
        match self {
            Resolved::Null => "null".to_owned(),
            Resolved::Bool(b) => format!("the boolean {b}"),
            Resolved::Int(Some(i)) => format!("the integer {i}"),
            Resolved::Int(None) => "an integer".to_owned(),
            Resolved::Float(f) => format!("the number {f}"),
            Resolved::Timestamp => "a timestamp (a date object)".to_owned(),
            Resolved::Str => format!("the string \"{text}\""),
        }
    }
}

/// Checks the YAML text of a document: one problem per plain scalar (mapping key or value) that
/// YAML 1.1 and YAML 1.2 read differently, at the JSON pointer of the value (for a key: of the
/// key's member). Text that does not parse gives one problem at the document.
pub fn check_yaml(text: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut parser = Parser::new_from_str(text);
    loop {
        let (event, _) = match parser.next_token() {
            Ok(next) => next,
            Err(e) => {
                problems.push(Problem::new("", format!("the YAML does not parse: {e}")));
                break;
            }
        };
        match event {
            Event::StreamEnd => break,
            Event::Scalar(value, style, _, tag) => {
                let is_key = matches!(stack.last(), Some(Frame::Map { key: None, .. }));
                let at = match stack.last() {
                    Some(frame) if is_key => join(frame.pointer(), &value),
                    Some(frame) => frame.child(),
                    None => String::new(),
                };
                if style == TScalarStyle::Plain
                    && tag.is_none()
                    && let Some(reason) = differs(&value)
                {
                    let what = if is_key {
                        "mapping key"
                    } else {
                        "plain scalar"
                    };
                    problems.push(Problem::new(at, format!("{what} `{value}` {reason}")));
                }
                match stack.last_mut() {
                    Some(Frame::Map { key, .. }) if is_key => *key = Some(value),
                    Some(frame) => frame.advance(),
                    None => {}
                }
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let at = stack.last().map(Frame::child).unwrap_or_default();
                stack.push(if matches!(event, Event::MappingStart(..)) {
                    Frame::Map {
                        pointer: at,
                        key: None,
                    }
                } else {
                    Frame::Seq {
                        pointer: at,
                        index: 0,
                    }
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
                if let Some(parent) = stack.last_mut() {
                    parent.advance();
                }
            }
            Event::Alias(_) => {
                if let Some(frame) = stack.last_mut() {
                    frame.advance();
                }
            }
            _ => {}
        }
    }
    problems
}

/// Where the walk is: in a mapping (after its key, or waiting for one) or in a sequence.
enum Frame {
    Map {
        pointer: String,
        key: Option<String>,
    },
    Seq {
        pointer: String,
        index: usize,
    },
}

impl Frame {
    fn pointer(&self) -> &str {
        match self {
            Frame::Map { pointer, .. } | Frame::Seq { pointer, .. } => pointer,
        }
    }

    /// The pointer of the node that comes next.
    fn child(&self) -> String {
        match self {
            Frame::Map { pointer, key } => join(pointer, key.as_deref().unwrap_or_default()),
            Frame::Seq { pointer, index } => join_index(pointer, *index),
        }
    }

    /// A node (value) was read.
    fn advance(&mut self) {
        match self {
            Frame::Map { key, .. } => *key = None,
            Frame::Seq { index, .. } => *index += 1,
        }
    }
}

/// Why `text`, as a plain scalar, means one thing to YAML 1.2 and another to YAML 1.1; `None` when
/// both agree.
fn differs(text: &str) -> Option<String> {
    let (v12, v11) = (yaml12(text), yaml11(text));
    let same = match (&v12, &v11) {
        (Resolved::Float(a), Resolved::Float(b)) => a == b || (a.is_nan() && b.is_nan()),
        (a, b) => a == b,
    };
    if same {
        return None;
    }
    Some(format!(
        "is {} in YAML 1.2 but {} in YAML 1.1 (PyYAML, SnakeYAML, go-yaml v2); quote it \
         ('{text}') so every parser reads one value",
        v12.describe(text),
        v11.describe(text),
    ))
}

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a valid pattern")
}

/// YAML 1.2's core schema (the tag resolution of the spec's section 10.3.2).
fn yaml12(text: &str) -> Resolved {
    static INT: LazyLock<Regex> = LazyLock::new(|| regex(r"^[-+]?[0-9]+$"));
    static OCT: LazyLock<Regex> = LazyLock::new(|| regex(r"^0o[0-7]+$"));
    static HEX: LazyLock<Regex> = LazyLock::new(|| regex(r"^0x[0-9a-fA-F]+$"));
    static FLOAT: LazyLock<Regex> =
        LazyLock::new(|| regex(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Resolved::Null,
        "true" | "True" | "TRUE" => Resolved::Bool(true),
        "false" | "False" | "FALSE" => Resolved::Bool(false),
        _ if INT.is_match(text) => Resolved::Int(text.parse().ok()),
        _ if OCT.is_match(text) => Resolved::Int(i128::from_str_radix(&text[2..], 8).ok()),
        _ if HEX.is_match(text) => Resolved::Int(i128::from_str_radix(&text[2..], 16).ok()),
        _ if FLOAT.is_match(text) => text.parse().map_or(Resolved::Str, Resolved::Float),
        _ => special_float(text).map_or(Resolved::Str, Resolved::Float),
    }
}

/// YAML 1.1's types as PyYAML resolves them (`resolver.py`), plus `y`/`n`, which YAML 1.1 lists
/// as booleans and go-yaml v2 reads so.
fn yaml11(text: &str) -> Resolved {
    static BIN: LazyLock<Regex> = LazyLock::new(|| regex(r"^([-+]?)0b([01_]+)$"));
    static OCT: LazyLock<Regex> = LazyLock::new(|| regex(r"^([-+]?)0([0-7_]+)$"));
    static DEC: LazyLock<Regex> = LazyLock::new(|| regex(r"^([-+]?)(0|[1-9][0-9_]*)$"));
    static HEX: LazyLock<Regex> = LazyLock::new(|| regex(r"^([-+]?)0x([0-9a-fA-F_]+)$"));
    static SEXAGESIMAL: LazyLock<Regex> =
        LazyLock::new(|| regex(r"^([-+]?)([1-9][0-9_]*(:[0-5]?[0-9])+)$"));
    static FLOAT: LazyLock<Regex> = LazyLock::new(|| {
        regex(r"^[-+]?([0-9][0-9_]*)\.[0-9_]*([eE][-+][0-9]+)?$|^[-+]?\.[0-9_]+([eE][-+][0-9]+)?$")
    });
    static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
        regex(concat!(
            r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$|",
            r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?",
            r"([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?$",
        ))
    });
    static SEXAGESIMAL_FLOAT: LazyLock<Regex> =
        LazyLock::new(|| regex(r"^([-+]?)([0-9][0-9_]*(:[0-5]?[0-9])+)\.([0-9_]*)$"));
    let signed = |sign: &str, value: Option<i128>| {
        Resolved::Int(value.map(|v| if sign == "-" { -v } else { v }))
    };
    let digits = |s: &str| s.replace('_', "");
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Resolved::Null,
        "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" | "y" | "Y" => {
            return Resolved::Bool(true);
        }
        "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" | "n" | "N" => {
            return Resolved::Bool(false);
        }
        _ => {}
    }
    let radix = |re: &Regex, base: u32| {
        re.captures(text).map(|c| {
            let value = digits(&c[2]);
            // `0_` and `0b_` hold no digit: PyYAML reads zero.
            let value = if value.is_empty() {
                Some(0)
            } else {
                i128::from_str_radix(&value, base).ok()
            };
            signed(&c[1], value)
        })
    };
    if let Some(int) = radix(&BIN, 2)
        .or_else(|| radix(&HEX, 16))
        .or_else(|| radix(&DEC, 10))
        .or_else(|| radix(&OCT, 8))
    {
        return int;
    }
    if let Some(c) = SEXAGESIMAL.captures(text) {
        return signed(&c[1], base60(&digits(&c[2])));
    }
    if FLOAT.is_match(text) {
        return digits(text).parse().map_or(Resolved::Str, Resolved::Float);
    }
    if TIMESTAMP.is_match(text) {
        return Resolved::Timestamp;
    }
    if let Some(c) = SEXAGESIMAL_FLOAT.captures(text) {
        let whole = base60(&digits(&c[2])).unwrap_or_default() as f64;
        let fraction: f64 = format!("0.{}", digits(&c[4])).parse().unwrap_or_default();
        let value = whole + fraction;
        return Resolved::Float(if &c[1] == "-" { -value } else { value });
    }
    special_float(text).map_or(Resolved::Str, Resolved::Float)
}

/// `.inf`, `-.inf`, `.nan` in their three spellings: the same in both versions.
fn special_float(text: &str) -> Option<f64> {
    let unsigned = text.trim_start_matches(['-', '+']);
    let negative = text.starts_with('-');
    match unsigned {
        ".inf" | ".Inf" | ".INF" => Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }),
        ".nan" | ".NaN" | ".NAN" if unsigned.len() == text.len() => Some(f64::NAN),
        _ => None,
    }
}

/// `1:30:05` in base 60.
fn base60(text: &str) -> Option<i128> {
    text.split(':').try_fold(0i128, |acc, part| {
        acc.checked_mul(60)?.checked_add(part.parse::<i128>().ok()?)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The problems of a one-line document `key: VALUE`.
    fn value_problem(value: &str) -> Option<Problem> {
        let problems = check_yaml(&format!("a:\n  b: [x, {{c: {value}}}]\n"));
        assert!(problems.len() <= 1, "{problems:?}");
        problems.into_iter().next()
    }

    fn assert_caught(value: &str, v12: &str, v11: &str) {
        let problem = value_problem(value).unwrap_or_else(|| panic!("`{value}` passed"));
        assert_eq!(problem.pointer, "/a/b/1/c");
        assert!(problem.reason.contains(&format!("`{value}`")), "{problem}");
        assert!(
            problem
                .reason
                .contains(&format!("is {v12} in YAML 1.2 but {v11} in YAML 1.1")),
            "{problem}"
        );
        assert!(
            problem.reason.contains(&format!("quote it ('{value}')")),
            "{problem}"
        );
        // Quoted, it is one string everywhere.
        assert_eq!(value_problem(&format!("'{value}'")), None);
        assert_eq!(value_problem(&format!("\"{value}\"")), None);
    }

    #[test]
    fn digits_with_underscores_are_an_integer_in_yaml_1_1() {
        assert_caught(
            "889900112233_4455667788",
            "the string \"889900112233_4455667788\"",
            "the integer 8899001122334455667788",
        );
        assert_caught("1_000", "the string \"1_000\"", "the integer 1000");
    }

    #[test]
    fn yes_no_on_off_y_n_are_booleans_in_yaml_1_1() {
        for (word, value) in [
            ("yes", true),
            ("No", false),
            ("on", true),
            ("OFF", false),
            ("y", true),
            ("n", false),
        ] {
            assert_caught(
                word,
                &format!("the string \"{word}\""),
                &format!("the boolean {value}"),
            );
        }
    }

    #[test]
    fn sexagesimal_numbers_are_base_60_in_yaml_1_1() {
        assert_caught("1:30", "the string \"1:30\"", "the integer 90");
        assert_caught("1:30.5", "the string \"1:30.5\"", "the number 90.5");
    }

    #[test]
    fn a_leading_zero_is_octal_in_yaml_1_1() {
        assert_caught("010", "the integer 10", "the integer 8");
        assert_caught("0o17", "the integer 15", "the string \"0o17\"");
    }

    #[test]
    fn an_exponent_without_a_dot_or_sign_is_a_string_in_yaml_1_1() {
        assert_caught("1e3", "the number 1000", "the string \"1e3\"");
        assert_caught("1.5e3", "the number 1500", "the string \"1.5e3\"");
    }

    #[test]
    fn dates_and_times_are_timestamps_in_yaml_1_1() {
        let date = "a timestamp (a date object)";
        assert_caught("2026-01-15", "the string \"2026-01-15\"", date);
        assert_caught(
            "2023-12-26T08:44:29.000000",
            "the string \"2023-12-26T08:44:29.000000\"",
            date,
        );
        assert_caught(
            "2026-01-15 08:00:00 +07:00",
            "the string \"2026-01-15 08:00:00 +07:00\"",
            date,
        );
    }

    #[test]
    fn binary_and_hex_with_underscores_are_integers_in_yaml_1_1_only() {
        assert_caught("0b101", "the string \"0b101\"", "the integer 5");
        assert_caught("0x1_F", "the string \"0x1_F\"", "the integer 31");
    }

    #[test]
    fn scalars_both_versions_read_alike_pass() {
        for same in [
            "0", "-12", "200", "3.25", "true", "False", "null", "~", "abc", "0x1F", ".inf",
            "1.5e+3", "10:30 am", "+1", "2025-1-1", "m_123",
        ] {
            assert_eq!(value_problem(same), None, "`{same}`");
        }
    }

    #[test]
    fn mapping_keys_are_checked_at_their_member() {
        let problems = check_yaml("properties:\n  on: {type: string}\n  'off': {type: string}\n");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].pointer, "/properties/on");
        assert!(
            problems[0].reason.starts_with("mapping key `on`"),
            "{problems:?}"
        );
    }

    #[test]
    fn pointers_follow_nested_sequences_and_block_style() {
        let text = "x:\n  - a\n  - [b, c]\n  - k: 1_0\n";
        let problems = check_yaml(text);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].pointer, "/x/2/k");
    }

    #[test]
    fn the_bundled_spec_reads_alike_in_both_versions() {
        assert_eq!(check_yaml(crate::SPEC_YAML), Vec::<Problem>::new());
    }
}
