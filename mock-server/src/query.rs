//! Query-string reading with the API's error rules: a missing required parameter is 400/194, a
//! malformed one 400/100, and the message names the parameter and what was expected.
//!
//! Repeated parameters (`type=INBOX&type=COMMENT`) are kept, so filters can see every value.

use crate::error::{ApiError, ApiResult};

/// The decoded query string of one request.
#[derive(Debug, Clone, Default)]
pub struct QueryParams {
    pairs: Vec<(String, String)>,
}

impl QueryParams {
    /// Decodes a raw query string (`a=1&b=x%20y`).
    pub fn parse(raw: Option<&str>) -> Self {
        let pairs = raw
            .map(|q| {
                url::form_urlencoded::parse(q.as_bytes())
                    .into_owned()
                    .collect()
            })
            .unwrap_or_default();
        QueryParams { pairs }
    }

    /// Every value of `name`, in order.
    pub fn all<'a, 'n>(&'a self, name: &'n str) -> impl Iterator<Item = &'a str> + use<'a, 'n> {
        self.pairs
            .iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The first value of `name`; an empty value counts as absent.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.all(name).find(|v| !v.is_empty())
    }

    /// A required string.
    pub fn required(&self, name: &str) -> ApiResult<&str> {
        self.get(name).ok_or_else(|| ApiError::missing(name))
    }

    /// An optional integer; one beyond the range of i64 is taken as i64's bound (a page or an
    /// offset that far is past the end, which is no error).
    pub fn int(&self, name: &str) -> ApiResult<Option<i64>> {
        self.get(name)
            .map(|v| {
                let text = v.trim();
                let digits = text.strip_prefix('-').unwrap_or(text);
                match text.parse::<i64>() {
                    Ok(n) => Ok(n),
                    Err(_) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
                        Ok(if text.starts_with('-') {
                            i64::MIN
                        } else {
                            i64::MAX
                        })
                    }
                    Err(_) => Err(ApiError::invalid(name, format!("an integer, got {v:?}"))),
                }
            })
            .transpose()
    }

    /// A required integer.
    pub fn required_int(&self, name: &str) -> ApiResult<i64> {
        self.int(name)?.ok_or_else(|| ApiError::missing(name))
    }

    /// An optional integer within `min..=max`.
    pub fn int_in(&self, name: &str, min: i64, max: i64) -> ApiResult<Option<i64>> {
        match self.int(name)? {
            Some(v) if v < min || v > max => Err(ApiError::invalid(
                name,
                format!("an integer from {min} to {max}, got {v}"),
            )),
            other => Ok(other),
        }
    }

    /// An optional boolean (`true`/`false`, also `1`/`0`).
    pub fn bool(&self, name: &str) -> ApiResult<Option<bool>> {
        self.get(name)
            .map(|v| match v {
                "true" | "1" => Ok(true),
                "false" | "0" => Ok(false),
                other => Err(ApiError::invalid(
                    name,
                    format!("true or false, got {other:?}"),
                )),
            })
            .transpose()
    }

    /// Every value of a parameter that may be repeated or comma-separated (`a,b` or `x=a&x=b`).
    pub fn list(&self, name: &str) -> Vec<String> {
        self.all(name)
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// The query with every token value replaced by `***`, for logs and the journal.
    pub fn redacted(raw: &str) -> String {
        // One string written in place: this runs on every request (the journal).
        let mut out = String::with_capacity(raw.len());
        for (i, pair) in raw.split('&').enumerate() {
            if i > 0 {
                out.push('&');
            }
            match pair.split_once('=') {
                Some((k, _)) if k.ends_with("access_token") => {
                    out.push_str(k);
                    out.push_str("=***");
                }
                _ => out.push_str(pair),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_repeated_and_comma_lists_and_names_bad_values() {
        let q = QueryParams::parse(Some(
            "type=INBOX&type=COMMENT&post_ids=a,b&post_ids=c&n=x&e=",
        ));
        assert_eq!(q.all("type").collect::<Vec<_>>(), ["INBOX", "COMMENT"]);
        assert_eq!(q.list("post_ids"), ["a", "b", "c"]);
        let e = q.int("n").unwrap_err();
        assert!(e.message.contains("n") && e.message.contains("integer"));
        assert_eq!(q.required("e").unwrap_err().code, 194);
    }

    #[test]
    fn redacts_every_token() {
        assert_eq!(
            QueryParams::redacted("page_access_token=abc&x=1&access_token=zz"),
            "page_access_token=***&x=1&access_token=***"
        );
    }
}
