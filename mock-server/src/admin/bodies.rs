//! The request and response bodies of `/__admin` that no other part of the mock owns: one Rust
//! type per body, serialised by one side and parsed by the other (the handlers in
//! `admin/handlers/` and [`AdminClient`](super::AdminClient)), so the two cannot drift apart.
//!
//! Bodies that are the mock's own data live with it and are re-exported from [`crate::admin`]:
//! [`FaultConfig`](crate::FaultConfig), [`Fixtures`](crate::Fixtures) and
//! [`FixtureSummary`](crate::FixtureSummary), the journal's entries and a webhook
//! subscription's view.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use crate::config::RateLimit;
use crate::journal::{DeliveryEntry, JournalEntry};
use crate::time::{ClockMode, Ts};
use crate::webhooks::SubscriptionView;

/// The answer of a call that only reports that it happened (`POST /__admin/reset`,
/// `DELETE /__admin/journal`, `POST /__admin/simulate/connect_status`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Done {
    /// Always `true`.
    pub success: bool,
}

/// `GET /__admin/journal`: recent requests and webhook deliveries, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct JournalView {
    /// Requests (the admin API's own included), token values shown as `***`.
    pub requests: Vec<JournalEntry>,
    /// Webhook delivery attempts, drops and discards.
    pub webhook_deliveries: Vec<DeliveryEntry>,
}

/// `PUT /__admin/clock` body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ClockSet {
    /// `manual` (moves only when told) or `system` (follows real time).
    pub mode: ClockMode,
    /// Jump to this instant; the clock stays where it is when absent. Sent as a naive UTC
    /// timestamp (`2026-01-15T00:00:00`); the mock also takes Unix milliseconds.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "timestamp_or_millis"
    )]
    #[schemars(with = "Option<serde_json::Value>")]
    pub now: Option<Ts>,
}

/// A timestamp string or Unix milliseconds (what `curl` users type).
fn timestamp_or_millis<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Ts>, D::Error> {
    use serde::de::Error;
    match Option::<serde_json::Value>::deserialize(d)? {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::Number(n)) => n
            .as_i64()
            .map(|millis| Some(Ts(millis.saturating_mul(1000))))
            .ok_or_else(|| D::Error::custom(format!("`now`: whole Unix milliseconds, got {n}"))),
        Some(serde_json::Value::String(text)) => Ts::parse(&text).map(Some).ok_or_else(|| {
            D::Error::custom(format!(
                "`now`: a timestamp like 2026-01-15T00:00:00, got {text:?}"
            ))
        }),
        Some(other) => Err(D::Error::custom(format!(
            "`now`: Unix milliseconds or a timestamp string, got {other}"
        ))),
    }
}

/// `POST /__admin/clock/advance` body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ClockAdvance {
    /// Milliseconds to move forward (>= 0).
    pub millis: i64,
}

/// The clock as the admin API reports it (`GET`/`PUT /__admin/clock`, `POST .../advance`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ClockState {
    /// Mode.
    pub mode: ClockMode,
    /// Current mock time, Unix milliseconds.
    pub now_ms: i64,
    /// Current mock time, naive UTC.
    pub now: Ts,
}

/// `PUT /__admin/rate_limit` body: `{"requests": 5, "per_seconds": 1}` or `{"off": true}`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct RateLimitSet {
    /// Requests per window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requests: Option<u32>,
    /// Window in seconds (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_seconds: Option<u32>,
    /// Turn rate limiting off.
    #[serde(default)]
    pub off: bool,
}

impl From<Option<RateLimit>> for RateLimitSet {
    /// `None` turns the limit off.
    fn from(limit: Option<RateLimit>) -> Self {
        match limit {
            Some(limit) => RateLimitSet {
                requests: Some(limit.requests),
                per_seconds: Some(limit.per_seconds),
                off: false,
            },
            None => RateLimitSet {
                off: true,
                ..RateLimitSet::default()
            },
        }
    }
}

/// The answer of `PUT /__admin/rate_limit`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RateLimitState {
    /// The per-page limit now; `None`: off.
    pub rate_limit: Option<RateLimit>,
}

/// `PUT /__admin/webhooks` body.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubscribeRequest {
    /// Where events are POSTed: an `http` or `https` URL.
    pub url: String,
    /// Event types to deliver (the spec's `x-webhooks` names); all when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<String>>,
    /// Pages whose events are delivered; all when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_ids: Option<Vec<String>>,
    /// Per-attempt timeout in milliseconds (1 to 60,000; default 5,000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<u64>,
}

/// `GET /__admin/webhooks`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SubscriptionList {
    /// Every subscription, oldest first.
    pub subscriptions: Vec<SubscriptionView>,
}

/// The answer of `DELETE /__admin/webhooks[?url=URL]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Unsubscribed {
    /// Always `true`.
    pub success: bool,
    /// How many subscriptions were removed.
    pub removed: usize,
}

/// `POST /__admin/webhooks/enable` body (may be empty: every subscription).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnableRequest {
    /// The subscription to re-enable; all when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The answer of `POST /__admin/webhooks/enable`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Enabled {
    /// Always `true`.
    pub success: bool,
    /// How many subscriptions matched (each is active now, its suspension window forgotten).
    pub enabled: usize,
}

/// An attachment of a simulated message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SimulatedAttachment {
    /// `photo`, `video`, `file`, `audio`, ...
    #[serde(rename = "type")]
    pub kind: String,
    /// Where the content is.
    pub url: String,
}

/// `POST /__admin/simulate/message` body: a customer writes to the page.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SimulateMessage {
    /// The page written to.
    pub page_id: String,
    /// An existing conversation; a new inbox conversation (and customer) when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<String>,
    /// Name of the new customer (ignored with `conversation_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
    /// The text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Media sent with (or instead of) the text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<SimulatedAttachment>,
}

/// `POST /__admin/simulate/comment` body: a customer comments under a post.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SimulateComment {
    /// The page.
    pub page_id: String,
    /// The post commented on.
    pub post_id: String,
    /// The comment.
    pub text: String,
    /// Name of the commenting customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
}

/// What a simulated message or comment created.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Simulated {
    /// Always true.
    pub success: bool,
    /// The conversation written to.
    pub conversation_id: String,
    /// The new message.
    pub message_id: String,
    /// Whether the conversation was created by this call.
    pub created: bool,
}

/// `POST /__admin/simulate/post` body: the page publishes a post.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SimulatePost {
    /// The page.
    pub page_id: String,
    /// The text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `text` (default), `photo`, `video`, `livestream`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// The answer of `POST /__admin/simulate/post`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SimulatedPost {
    /// Always `true`.
    pub success: bool,
    /// The new post.
    pub post_id: String,
}

/// `POST /__admin/simulate/connect_status` body.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SimulateConnectStatus {
    /// The page.
    pub page_id: String,
    /// `connected` or `disconnected`.
    pub status: String,
}

/// `POST /__admin/simulate/subscription` body: the subscription package (plan) of the account
/// that owns the pages changed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SimulateSubscription {
    /// The pages the package covers now (ids of the mock's pages).
    pub page_ids: Vec<String>,
    /// The package's users; by default the active staff of those pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<String>>,
    /// Length of the package in months (1 to 120; default 6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<u32>,
    /// When the package ends (e.g. `2026-07-15T00:00:00`); by default `duration` months after
    /// it was activated (the fixtures' epoch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expired_at: Option<String>,
}

/// The answer of `POST /__admin/simulate/subscription`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SimulatedSubscription {
    /// Always `true`.
    pub success: bool,
    /// The package, as the `subscription` event carries it (its shape is the spec's
    /// `x-webhooks` `subscription` schema, which the tests validate it against).
    pub subscription: serde_json::Value,
}
