//! Hand-written types that replace generated ones where the server may know more than the spec,
//! and the reading of the API's timestamps.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The type of a conversation (and of its messages).
///
/// Pancake adds channels over time; a value the spec does not list yet comes back as
/// [`ConversationType::Other`] instead of failing the whole page.
///
/// Non-exhaustive: a later version may know more values (today they arrive as `Other`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConversationType {
    /// A private chat (`INBOX`).
    Inbox,
    /// Comments under a post (`COMMENT`).
    Comment,
    /// Comments under a live stream (`LIVESTREAM`).
    Livestream,
    /// A page rating or review (`RATING`).
    Rating,
    /// Comments under a live stream, as the official filter names them (`COMMENT_LIVESTREAM`).
    CommentLivestream,
    /// A post, as the official filter names it (`POST`).
    Post,
    /// A value this version of the spec does not know, kept as sent.
    Other(String),
}

impl ConversationType {
    /// The wire values this version knows: the spec's `KnownConversationType` (a test keeps the
    /// two equal).
    pub const KNOWN: [&'static str; 6] = [
        "INBOX",
        "COMMENT",
        "LIVESTREAM",
        "RATING",
        "COMMENT_LIVESTREAM",
        "POST",
    ];

    /// The wire value (`INBOX`, ...).
    pub fn as_str(&self) -> &str {
        match self {
            ConversationType::Inbox => "INBOX",
            ConversationType::Comment => "COMMENT",
            ConversationType::Livestream => "LIVESTREAM",
            ConversationType::Rating => "RATING",
            ConversationType::CommentLivestream => "COMMENT_LIVESTREAM",
            ConversationType::Post => "POST",
            ConversationType::Other(other) => other,
        }
    }
}

impl fmt::Display for ConversationType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ConversationType {
    type Err = std::convert::Infallible;

    /// Never fails: an unknown value becomes [`ConversationType::Other`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "INBOX" => ConversationType::Inbox,
            "COMMENT" => ConversationType::Comment,
            "LIVESTREAM" => ConversationType::Livestream,
            "RATING" => ConversationType::Rating,
            "COMMENT_LIVESTREAM" => ConversationType::CommentLivestream,
            "POST" => ConversationType::Post,
            other => ConversationType::Other(other.to_owned()),
        })
    }
}

impl From<&str> for ConversationType {
    fn from(s: &str) -> Self {
        s.parse().unwrap_or_else(|never| match never {})
    }
}

impl Serialize for ConversationType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ConversationType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Ok(ConversationType::from(s.as_str()))
    }
}

/// Reads a timestamp as the API writes them in payloads: UTC ISO-8601, usually without zone and
/// with or without fractional seconds (`2021-08-26T06:29:56`, `2023-12-26T08:44:29.000000`), or with
/// a `Z` or an offset. `None` for anything else.
pub fn parse_timestamp(timestamp: &str) -> Option<DateTime<Utc>> {
    let naive = timestamp.trim().trim_end_matches('Z');
    chrono::NaiveDateTime::parse_from_str(naive, "%Y-%m-%dT%H:%M:%S%.f")
        .map(|t| t.and_utc())
        .or_else(|_| DateTime::parse_from_rfc3339(timestamp.trim()).map(|t| t.to_utc()))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_parse_in_every_form_the_api_writes() {
        let at = |s| parse_timestamp(s).map(|t| t.timestamp_micros());
        assert_eq!(at("2021-08-26T06:29:56"), Some(1_629_959_396_000_000));
        assert_eq!(
            at("2021-08-26T06:29:56.000000"),
            Some(1_629_959_396_000_000)
        );
        assert_eq!(at("2021-08-26T06:29:56.5Z"), Some(1_629_959_396_500_000));
        assert_eq!(at("2021-08-26T13:29:56+07:00"), Some(1_629_959_396_000_000));
        assert_eq!(at("26/08/2021"), None);
        assert_eq!(at(""), None);
    }

    #[test]
    fn known_and_unknown_values_round_trip() {
        for (wire, value) in [
            ("INBOX", ConversationType::Inbox),
            ("COMMENT", ConversationType::Comment),
            ("LIVESTREAM", ConversationType::Livestream),
            ("RATING", ConversationType::Rating),
            ("COMMENT_LIVESTREAM", ConversationType::CommentLivestream),
            ("POST", ConversationType::Post),
            (
                "WHATSAPP_GROUP",
                ConversationType::Other("WHATSAPP_GROUP".into()),
            ),
        ] {
            let json = format!("\"{wire}\"");
            assert_eq!(
                serde_json::from_str::<ConversationType>(&json).unwrap(),
                value
            );
            assert_eq!(serde_json::to_string(&value).unwrap(), json);
            assert_eq!(value.to_string(), wire);
        }
        for wire in ConversationType::KNOWN {
            assert!(!matches!(
                ConversationType::from(wire),
                ConversationType::Other(_)
            ));
        }
    }

    #[test]
    fn the_known_values_are_the_specs() {
        let spec: serde_norway::Value = serde_norway::from_str(pancake_openapi::SPEC_YAML).unwrap();
        let listed: Vec<&str> = spec["components"]["schemas"]["KnownConversationType"]["enum"]
            .as_sequence()
            .expect("KnownConversationType has an enum")
            .iter()
            .filter_map(serde_norway::Value::as_str)
            .collect();
        assert_eq!(listed, ConversationType::KNOWN);
    }
}
