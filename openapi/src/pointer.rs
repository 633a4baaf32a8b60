//! JSON pointers (RFC 6901) into the raw document, and local `$ref` resolution.
//!
//! Every problem and every schema is located by a pointer into the raw document, so a reader can
//! find it with `jq` or in an editor; these helpers keep the escaping rules in one place.

use serde_json::Value;

/// How many `$ref` hops are followed before giving up (guards against `$ref` cycles).
const MAX_REF_HOPS: usize = 32;

/// Escapes one reference token: `~` becomes `~0`, `/` becomes `~1`.
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Appends one (unescaped) token to a pointer.
pub fn join(pointer: &str, token: &str) -> String {
    format!("{pointer}/{}", escape(token))
}

/// Appends an array index to a pointer.
pub fn join_index(pointer: &str, index: usize) -> String {
    format!("{pointer}/{index}")
}

/// Turns a local `$ref` (`#/components/schemas/Page`) into a JSON pointer
/// (`/components/schemas/Page`), decoding `%25`-style escapes. `None` for a non-local reference.
pub fn ref_to_pointer(reference: &str) -> Option<String> {
    let fragment = reference.strip_prefix('#')?;
    if !fragment.is_empty() && !fragment.starts_with('/') {
        return None;
    }
    Some(percent_decode(fragment))
}

fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|pair| {
            std::str::from_utf8(pair)
                .ok()
                .and_then(|s| u8::from_str_radix(s, 16).ok())
        });
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Why a `$ref` could not be followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefError {
    /// The reference points outside this document; only `#/...` references are supported.
    NotLocal(String),
    /// Nothing exists at the referenced pointer.
    Dangling(String),
    /// The chain of references is longer than 32 hops, most likely a cycle.
    TooDeep(String),
}

impl std::fmt::Display for RefError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RefError::NotLocal(r) => write!(
                f,
                "`$ref: {r}` points outside the document; only local `#/...` references are supported"
            ),
            RefError::Dangling(r) => write!(f, "`$ref: {r}` points at nothing in the document"),
            RefError::TooDeep(r) => write!(
                f,
                "`$ref: {r}` starts a chain of more than {MAX_REF_HOPS} references (a cycle?)"
            ),
        }
    }
}

/// Follows `$ref`s starting at `value` (found at `pointer`) until a non-reference object is
/// reached. Returns that value and its own pointer.
pub fn resolve<'a>(
    root: &'a Value,
    value: &'a Value,
    pointer: &str,
) -> Result<(&'a Value, String), RefError> {
    let mut current = value;
    let mut at = pointer.to_owned();
    for _ in 0..MAX_REF_HOPS {
        let Some(reference) = current.get("$ref").and_then(Value::as_str) else {
            return Ok((current, at));
        };
        let target =
            ref_to_pointer(reference).ok_or_else(|| RefError::NotLocal(reference.into()))?;
        current = root
            .pointer(&target)
            .ok_or_else(|| RefError::Dangling(reference.into()))?;
        at = target;
    }
    Err(RefError::TooDeep(
        value
            .get("$ref")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn escapes_and_joins_tokens() {
        assert_eq!(join("/paths", "/v1/pages"), "/paths/~1v1~1pages");
        assert_eq!(join("", "a~b"), "/a~0b");
        assert_eq!(join_index("/x", 3), "/x/3");
    }

    #[test]
    fn decodes_local_references_only() {
        assert_eq!(
            ref_to_pointer("#/components/schemas/A%20B").as_deref(),
            Some("/components/schemas/A B")
        );
        assert_eq!(ref_to_pointer("other.yaml#/x"), None);
        assert_eq!(ref_to_pointer("#anchor"), None);
    }

    #[test]
    fn follows_chains_and_reports_dangling_and_cycles() {
        let root = json!({
            "a": {"$ref": "#/b"},
            "b": {"$ref": "#/c"},
            "c": {"type": "string"},
            "d": {"$ref": "#/nowhere"},
            "e": {"$ref": "#/e"},
        });
        let (value, at) = resolve(&root, &root["a"], "/a").unwrap();
        assert_eq!(value, &json!({"type": "string"}));
        assert_eq!(at, "/c");
        assert_eq!(
            resolve(&root, &root["d"], "/d").unwrap_err(),
            RefError::Dangling("#/nowhere".into())
        );
        assert!(matches!(
            resolve(&root, &root["e"], "/e"),
            Err(RefError::TooDeep(_))
        ));
    }
}
