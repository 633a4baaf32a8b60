//! Keeping tokens out of text: the one redaction rule of the workspace.
//!
//! Pancake authenticates with query parameters (`access_token`, `page_access_token`), so every
//! request URL carries a token. Anything that turns a URL, a path or a server message into text
//! for a human or a report goes through [`redact_text`] first: the client's errors and logs
//! (`pancake_client::redact`) and the conformance proxy's findings. It compiles without the
//! crate's `spec` feature.

/// What a token is replaced with.
pub const REDACTED: &str = "***";

/// Parameter and field names whose values are tokens. `access_token` also covers
/// `page_access_token`, since matching is on the name's suffix.
const TOKEN_NAMES: &[&str] = &["access_token"];

/// Replaces the value of every token in `text` with [`REDACTED`].
///
/// Handles the forms a token takes in this API: a query parameter (`page_access_token=abc&…`, as in
/// URLs and in reqwest's error messages) and a JSON member (`"page_access_token":"abc"`, as in the
/// answer of `generate_page_access_token`). Text without tokens comes back unchanged.
pub fn redact_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((start, name_len)) = find_token_name(rest) {
        let after_name = start + name_len;
        let (prefix_end, mut value_len) = value_span(&rest[after_name..]);
        // Already redacted: keep what follows (redacting twice would eat a `:` after the `***`).
        if rest[after_name + prefix_end..].starts_with(REDACTED) {
            value_len = REDACTED.len();
        }
        out.push_str(&rest[..after_name + prefix_end]);
        if value_len > 0 {
            out.push_str(REDACTED);
        }
        rest = &rest[after_name + prefix_end + value_len..];
    }
    out.push_str(rest);
    out
}

/// Finds the next token name in `text`; returns its byte offset and length.
fn find_token_name(text: &str) -> Option<(usize, usize)> {
    TOKEN_NAMES
        .iter()
        .filter_map(|name| text.find(name).map(|at| (at, name.len())))
        .min_by_key(|(at, _)| *at)
}

/// After a token name, finds where the value starts (past `=` or `":"`) and how long it is.
/// Returns `(offset of value start, value length)`; a length of 0 means "no value here".
fn value_span(after_name: &str) -> (usize, usize) {
    let bytes = after_name.as_bytes();
    if bytes.first() == Some(&b'=') {
        let len = after_name[1..]
            .find(|c: char| {
                matches!(
                    c,
                    '&' | '#' | '"' | '\'' | ' ' | '\n' | '\t' | ')' | '>' | ','
                )
            })
            .unwrap_or(after_name.len() - 1);
        return (1, len);
    }
    // JSON member: `access_token"` then optional spaces, `:`, optional spaces, `"value"`.
    let mut i = 0;
    if bytes.get(i) == Some(&b'"') {
        i += 1;
    } else {
        return (0, 0);
    }
    while bytes.get(i) == Some(&b' ') {
        i += 1;
    }
    if bytes.get(i) != Some(&b':') {
        return (0, 0);
    }
    i += 1;
    while bytes.get(i) == Some(&b' ') {
        i += 1;
    }
    if bytes.get(i) != Some(&b'"') {
        return (0, 0);
    }
    i += 1;
    let len = after_name[i..].find('"').unwrap_or(after_name.len() - i);
    (i, len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_occurrence_is_redacted_and_other_text_kept() {
        let text = "error sending request for url (http://h/api?access_token=aaa&page_access_token=bbb#f) caused by x";
        let red = redact_text(text);
        assert_eq!(
            red,
            "error sending request for url (http://h/api?access_token=***&page_access_token=***#f) caused by x"
        );
        assert!(!red.contains("aaa") && !red.contains("bbb"));
    }

    #[test]
    fn redacting_twice_changes_nothing() {
        // As in an error message: the URL is redacted, then formatted before `: message`.
        let once = format!(
            "GET {}: not found",
            redact_text("http://h/api?page_access_token=abc")
        );
        assert_eq!(once, "GET http://h/api?page_access_token=***: not found");
        assert_eq!(redact_text(&once), once);
    }

    #[test]
    fn json_members_are_redacted() {
        let body = r#"{"success":true,"page_access_token" : "tok123","other":"v"}"#;
        assert_eq!(
            redact_text(body),
            r#"{"success":true,"page_access_token" : "***","other":"v"}"#
        );
    }

    #[test]
    fn text_without_tokens_or_with_bare_names_is_unchanged() {
        for text in [
            "",
            "plain message",
            "missing parameter page_access_token",
            "page_access_token=",
            "Vui lòng thử lại: access_token",
        ] {
            assert_eq!(redact_text(text), text);
        }
    }
}
