//! Guard rails: requests that would certainly go wrong are stopped before they are sent.
//!
//! The checks read the request as it would go on the wire (URL and JSON body) together with the
//! operation table, so they hold for every operation, generated or hand-written, and for the
//! `pancake` binary.

use serde::{Deserialize, Serialize};

use crate::operations::{OperationMeta, TimeUnit};

/// A request stopped before it was sent, because it would hit a known trap of the API.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[non_exhaustive]
pub enum GuardRail {
    /// A `since`/`until` value that can only be Unix milliseconds. The API takes seconds and reads a
    /// millisecond value as a date tens of thousands of years ahead: the answer is silently empty.
    #[error(
        "`{param}` = {value} looks like Unix milliseconds, but Pancake takes Unix seconds (a millisecond \
         value silently returns nothing); divide it by 1000"
    )]
    MillisecondsForSeconds {
        /// The parameter (`since` or `until`).
        param: String,
        /// The value given.
        value: i64,
    },

    /// A page size over the maximum the spec documents for the operation.
    #[error("`{param}` = {value} is over the maximum of {max} for {operation}; use at most {max}")]
    PageSizeTooLarge {
        /// The operation.
        operation: String,
        /// The parameter (`page_size`).
        param: String,
        /// The value given.
        value: u64,
        /// The documented maximum.
        max: u64,
    },

    /// A filter the API takes one value of, given several: the live API answers an empty list
    /// with `success: true` (RECONCILIATION E7), so the request is stopped instead.
    #[error(
        "`{param}` was given {count} values for {operation}, but the API filters on one only (more \
         silently return nothing); send one value per request"
    )]
    OneValueOnly {
        /// The operation.
        operation: String,
        /// The parameter (`type`).
        param: String,
        /// How many values were given.
        count: usize,
    },

    /// A `reply_comment` with neither text nor an image.
    #[error(
        "a comment reply needs `message` (text) or `content_ids`/`content_url` (an image); neither was given"
    )]
    EmptyReplyComment,

    /// A `reply_inbox` must carry exactly one of `message` and `content_ids`.
    #[error("an inbox reply takes exactly one of `message` and `content_ids`; {given}")]
    InboxReplyContent {
        /// What was given instead.
        given: String,
    },
}

/// Smallest value taken to be milliseconds: 10^11 seconds is the year 5138, 10^11 milliseconds is
/// March 1973, so no plausible seconds value reaches it and every recent millisecond value does.
pub const MILLISECONDS_THRESHOLD: i64 = 100_000_000_000;

/// Checks that a `since`/`until` value is in Unix seconds.
pub fn check_unix_seconds(param: &str, value: i64) -> Result<(), GuardRail> {
    if value >= MILLISECONDS_THRESHOLD {
        return Err(GuardRail::MillisecondsForSeconds {
            param: param.to_owned(),
            value,
        });
    }
    Ok(())
}

/// Checks a page size against the spec's documented maximum.
pub fn check_page_size(
    operation: &str,
    param: &str,
    value: u64,
    max: u64,
) -> Result<(), GuardRail> {
    if value > max {
        return Err(GuardRail::PageSizeTooLarge {
            operation: operation.to_owned(),
            param: param.to_owned(),
            value,
            max,
        });
    }
    Ok(())
}

/// Checks a request about to be sent for `operation`.
pub fn check(
    operation: &OperationMeta,
    url: &url::Url,
    body: Option<&[u8]>,
) -> Result<(), GuardRail> {
    for (name, value) in url.query_pairs() {
        let Some(param) = operation.param(&name) else {
            continue;
        };
        let value = value.trim();
        if let (Some(TimeUnit::UnixSeconds), Ok(value)) = (param.unit, value.parse::<i64>()) {
            check_unix_seconds(&name, value)?;
        }
        // Only sizes: a maximum on another parameter is the server's business.
        if let (Some(max), Ok(value), true) =
            (param.maximum, value.parse::<u64>(), name.contains("size"))
        {
            check_page_size(operation.id, &name, value, max)?;
        }
    }
    for param in operation.params.iter().filter(|p| p.one_value) {
        let count = url
            .query_pairs()
            .filter(|(name, _)| name == param.name)
            .count();
        if count > 1 {
            return Err(GuardRail::OneValueOnly {
                operation: operation.id.to_owned(),
                param: param.name.to_owned(),
                count,
            });
        }
    }
    let message_body = body
        .filter(|_| operation.id == crate::operations::id::SEND_MESSAGE)
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(b).ok());
    if let Some(body) = message_body {
        check_send_message(&body)?;
    }
    Ok(())
}

/// The content rules of `send_message` by `action`.
pub fn check_send_message(body: &serde_json::Value) -> Result<(), GuardRail> {
    let present = |key: &str| match body.get(key) {
        None | Some(serde_json::Value::Null) => false,
        Some(serde_json::Value::String(s)) => !s.trim().is_empty(),
        Some(serde_json::Value::Array(a)) => !a.is_empty(),
        Some(_) => true,
    };
    match body.get("action").and_then(|a| a.as_str()) {
        Some("reply_comment")
            if !present("message") && !present("content_ids") && !present("content_url") =>
        {
            Err(GuardRail::EmptyReplyComment)
        }
        Some("reply_inbox") => match (
            present("message"),
            present("content_ids") || present("content_url"),
        ) {
            (true, true) if present("content_ids") => Err(GuardRail::InboxReplyContent {
                given: "both were given".into(),
            }),
            (false, false) => Err(GuardRail::InboxReplyContent {
                given: "neither was given".into(),
            }),
            _ => Ok(()),
        },
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::operations::operation;

    fn url(query: &str) -> url::Url {
        url::Url::parse(&format!("http://h/api/x?{query}")).unwrap()
    }

    #[test]
    fn seconds_pass_and_milliseconds_are_refused() {
        let op = operation("list_conversations").unwrap();
        assert_eq!(
            check(op, &url("since=1748390400&until=1748476800"), None),
            Ok(())
        );
        let err = check(op, &url("since=1748390400000"), None).unwrap_err();
        assert!(
            matches!(err, GuardRail::MillisecondsForSeconds { ref param, value: 1_748_390_400_000 } if param == "since")
        );
        // Parameters without a unit are not checked.
        assert_eq!(
            check(op, &url("last_conversation_id=1748390400000"), None),
            Ok(())
        );
    }

    #[test]
    fn page_size_over_the_spec_maximum_is_refused() {
        let posts = operation("list_posts").unwrap();
        assert_eq!(check(posts, &url("page_size=30"), None), Ok(()));
        let err = check(posts, &url("page_size=31"), None).unwrap_err();
        assert_eq!(
            err,
            GuardRail::PageSizeTooLarge {
                operation: "list_posts".into(),
                param: "page_size".into(),
                value: 31,
                max: 30
            }
        );
        let customers = operation("list_page_customers").unwrap();
        assert_eq!(check(customers, &url("page_size=100"), None), Ok(()));
        assert!(check(customers, &url("page_size=101"), None).is_err());
    }

    #[test]
    fn a_one_value_filter_given_several_is_refused() {
        let op = operation("list_conversations").unwrap();
        assert_eq!(check(op, &url("type=INBOX"), None), Ok(()));
        let err = check(op, &url("type=INBOX&type=COMMENT"), None).unwrap_err();
        assert_eq!(
            err,
            GuardRail::OneValueOnly {
                operation: "list_conversations".into(),
                param: "type".into(),
                count: 2
            }
        );
        assert!(err.to_string().contains("send one value"), "{err}");
        // Parameters the API takes several of pass.
        assert_eq!(check(op, &url("post_ids=a&post_ids=b"), None), Ok(()));
    }

    #[test]
    fn send_message_content_rules() {
        let op = operation("send_message").unwrap();
        let body = |v: serde_json::Value| serde_json::to_vec(&v).unwrap();
        let empty = body(json!({"action": "reply_comment", "message_id": "m1", "message": "  "}));
        assert_eq!(
            check(op, &url(""), Some(&empty)),
            Err(GuardRail::EmptyReplyComment)
        );
        for ok in [
            json!({"action": "reply_comment", "message_id": "m1", "message": "Dạ shop còn ạ"}),
            json!({"action": "reply_comment", "message_id": "m1", "content_ids": ["c1"]}),
            json!({"action": "reply_inbox", "message": "hi"}),
            json!({"action": "reply_inbox", "content_ids": ["c1"]}),
            json!({"action": "private_replies", "post_id": "p", "message_id": "m", "from_id": "f", "message": "x"}),
        ] {
            assert_eq!(check(op, &url(""), Some(&body(ok.clone()))), Ok(()), "{ok}");
        }
        let both = body(json!({"action": "reply_inbox", "message": "hi", "content_ids": ["c1"]}));
        assert!(matches!(
            check(op, &url(""), Some(&both)),
            Err(GuardRail::InboxReplyContent { .. })
        ));
        let neither = body(json!({"action": "reply_inbox"}));
        assert!(matches!(
            check(op, &url(""), Some(&neither)),
            Err(GuardRail::InboxReplyContent { .. })
        ));
    }

    #[test]
    fn guard_rails() {
        assert!(check_unix_seconds("since", 1_748_390_400).is_ok());
        assert!(check_unix_seconds("since", 0).is_ok());
        let err = check_unix_seconds("until", 1_748_390_400_000).unwrap_err();
        assert!(err.to_string().contains("divide it by 1000"), "{err}");
        assert!(check_page_size("list_posts", "page_size", 30, 30).is_ok());
        let err = check_page_size("list_posts", "page_size", 31, 30).unwrap_err();
        assert_eq!(
            err.to_string(),
            "`page_size` = 31 is over the maximum of 30 for list_posts; use at most 30"
        );
        let wrapped: crate::Error = err.into();
        assert!(matches!(
            wrapped,
            crate::Error::GuardRail(GuardRail::PageSizeTooLarge { max: 30, .. })
        ));
    }
}
