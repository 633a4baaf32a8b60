//! Webhook events: what Pancake POSTs to a registered URL (`x-webhooks` in `openapi/pancake.yaml`).
//!
//! - [`Event`]: one variant per `event_type` of the spec, each holding the payload type generated
//!   from its schema, and [`Event::Unknown`] with the raw JSON for a type this version does not
//!   know (Pancake adds event types; a receiver must not fail on them).
//! - [`Event::dedupe_key`]: deliveries may repeat (the spec's `x-pancake-webhook-delivery` says
//!   `at_least_once`), so every event has a key that is equal for repeats of one event, whether
//!   or not a repeat carries the same `request_id`; [`Dedupe`] remembers the recent ones by both.
//! - With the `webhook-receiver` feature, `receiver`: an axum `Router` that acknowledges at once
//!   and hands events to an async handler through a bounded queue, as Pancake advises ("return
//!   HTTP 200 quickly, process asynchronously").
//!
//! Decoding is as tolerant as the API types: unknown fields are ignored, absent optional fields are
//! `None`, conversation types the spec does not list are kept ([`crate::model::ConversationType`]).
//!
//! ```
//! use pancake_client::webhook::Event;
//!
//! let body = br#"{"page_id": "1", "event_type": "connect_status", "request_id": "r-1",
//!                 "data": {"connect_status": "disconnected", "page_id": "1"}}"#;
//! let event = Event::from_slice(body)?;
//! assert_eq!(event.event_type(), "connect_status");
//! assert_eq!(event.request_id(), Some("r-1"));
//! assert!(event.dedupe_key().starts_with("connect_status:1:"));
//! if let Event::ConnectStatus(e) = &event {
//!     assert_eq!(e.data.connect_status.as_deref(), Some("disconnected"));
//! }
//! # Ok::<(), pancake_client::webhook::DecodeError>(())
//! ```

use std::collections::{HashSet, VecDeque};
use std::fmt;

use serde_json::Value;

use crate::types;

#[cfg(feature = "webhook-receiver")]
pub mod receiver;

/// The `event_type` values the spec documents, in the order of [`Event`]'s variants.
pub const EVENT_TYPES: [&str; 5] = [
    "messaging",
    "conversation",
    "post",
    "subscription",
    "connect_status",
];

/// One webhook delivery, decoded. Payloads are boxed: a `messaging` event is large next to the
/// others. Non-exhaustive: Pancake adds event types, and a later version may know more of them
/// (today they arrive as [`Event::Unknown`]).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// `messaging`: a message was received or changed (inbox or comment).
    Messaging(Box<types::MessagingEvent>),
    /// `conversation`: a conversation was assigned, tagged, read/unread or got a message.
    Conversation(Box<types::ConversationEvent>),
    /// `post`: a post was created or changed.
    Post(Box<types::PostEvent>),
    /// `subscription`: the subscription package changed.
    Subscription(Box<types::SubscriptionEvent>),
    /// `connect_status`: the page was connected or disconnected.
    ConnectStatus(Box<types::ConnectStatusEvent>),
    /// An `event_type` this version of the spec does not know, kept as sent.
    Unknown(Value),
}

/// Why a body is not a webhook event.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct DecodeError {
    /// The `event_type`, when the body had one.
    pub event_type: Option<String>,
    /// Where in the body decoding failed (a JSON path such as `data.conversation.tags[0]`).
    pub path: String,
    /// What was wrong there.
    pub reason: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.event_type {
            Some(t) => write!(f, "not a valid `{t}` webhook event")?,
            None => write!(f, "not a webhook event")?,
        }
        if self.path.is_empty() || self.path == "." {
            write!(f, ": {}", self.reason)
        } else {
            write!(f, " at `{}`: {}", self.path, self.reason)
        }
    }
}

fn typed<T: serde::de::DeserializeOwned>(value: Value, event_type: &str) -> Result<T, DecodeError> {
    serde_path_to_error::deserialize(value).map_err(|e| DecodeError {
        event_type: Some(event_type.to_owned()),
        path: e.path().to_string(),
        reason: e.inner().to_string(),
    })
}

impl Event {
    /// Decodes a delivery's body.
    pub fn from_slice(body: &[u8]) -> Result<Event, DecodeError> {
        let value: Value = serde_json::from_slice(body).map_err(|e| DecodeError {
            event_type: None,
            path: String::new(),
            reason: format!("the body is not JSON: {e}"),
        })?;
        Event::from_value(value)
    }

    /// Decodes a delivery's JSON: dispatches on `event_type`.
    pub fn from_value(value: Value) -> Result<Event, DecodeError> {
        let Some(event_type) = value.get("event_type").and_then(Value::as_str) else {
            return Err(DecodeError {
                event_type: None,
                path: "event_type".into(),
                reason: "missing, or not a string".into(),
            });
        };
        let event_type = event_type.to_owned();
        Ok(match event_type.as_str() {
            "messaging" => Event::Messaging(Box::new(typed(value, &event_type)?)),
            "conversation" => Event::Conversation(Box::new(typed(value, &event_type)?)),
            "post" => Event::Post(Box::new(typed(value, &event_type)?)),
            "subscription" => Event::Subscription(Box::new(typed(value, &event_type)?)),
            "connect_status" => Event::ConnectStatus(Box::new(typed(value, &event_type)?)),
            _ => Event::Unknown(value),
        })
    }

    /// The `event_type` as sent.
    pub fn event_type(&self) -> &str {
        match self {
            Event::Messaging(_) => EVENT_TYPES[0],
            Event::Conversation(_) => EVENT_TYPES[1],
            Event::Post(_) => EVENT_TYPES[2],
            Event::Subscription(_) => EVENT_TYPES[3],
            Event::ConnectStatus(_) => EVENT_TYPES[4],
            Event::Unknown(v) => v.get("event_type").and_then(Value::as_str).unwrap_or(""),
        }
    }

    /// The page the event is about (`subscription` events may have none).
    pub fn page_id(&self) -> Option<&str> {
        match self {
            Event::Messaging(e) => Some(&e.page_id),
            Event::Conversation(e) => Some(&e.page_id),
            Event::Post(e) => Some(&e.page_id),
            Event::Subscription(e) => e.page_id.as_deref(),
            Event::ConnectStatus(e) => Some(&e.page_id),
            Event::Unknown(v) => v.get("page_id").and_then(Value::as_str),
        }
    }

    /// The delivery's `request_id`, when Pancake sent one. Whether a redelivery repeats it is an
    /// open question (RECONCILIATION W2): [`Dedupe`] does not depend on it.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Event::Messaging(e) => e.request_id.as_deref(),
            Event::Conversation(e) => e.request_id.as_deref(),
            Event::Post(e) => e.request_id.as_deref(),
            Event::Subscription(e) => e.request_id.as_deref(),
            Event::ConnectStatus(e) => e.request_id.as_deref(),
            Event::Unknown(v) => v.get("request_id").and_then(Value::as_str),
        }
    }

    /// The conversation the event carries (`messaging` and `conversation` events).
    pub fn conversation(&self) -> Option<&types::WebhookConversation> {
        match self {
            Event::Messaging(e) => e.data.conversation.as_ref(),
            Event::Conversation(e) => e.data.conversation.as_ref(),
            _ => None,
        }
    }

    /// The event as JSON (the decoded fields; unknown fields of a known type are not kept).
    pub fn to_value(&self) -> Value {
        let encoded = match self {
            Event::Messaging(e) => serde_json::to_value(e),
            Event::Conversation(e) => serde_json::to_value(e),
            Event::Post(e) => serde_json::to_value(e),
            Event::Subscription(e) => serde_json::to_value(e),
            Event::ConnectStatus(e) => serde_json::to_value(e),
            Event::Unknown(v) => Ok(v.clone()),
        };
        encoded.unwrap_or(Value::Null)
    }

    /// A key equal for every delivery of one event, built from what the event is about and never
    /// from the delivery's envelope, so it holds whichever way `request_id` behaves on a
    /// redelivery (the official webhook file calls it the "unique ID of this webhook delivery",
    /// which reads either way: RECONCILIATION W2):
    ///
    /// - `messaging`: the message id (a bot answers a message once), with a hash of the message,
    ///   so a later change of the same message (removed, hidden, edited) is a new event;
    /// - `conversation`: the conversation id, its `version` and its `updated_at` (those sent);
    /// - every other event (`post`, `subscription`, `connect_status`: the state of one thing), or
    ///   one missing those ids: the `request_id` when there is one, and a hash of `data`. Such an
    ///   event says what something is now, so applying a repeat twice changes nothing, while a
    ///   return to an earlier state (connected, disconnected, connected) must not be taken for a
    ///   repeat of the first.
    ///
    /// Each key starts with `{event_type}:{page_id}:`. Stable across processes, so it can be
    /// stored.
    pub fn dedupe_key(&self) -> String {
        let prefix = format!("{}:{}", self.event_type(), self.page_id().unwrap_or(""));
        let about = match self {
            Event::Messaging(e) => e.data.message.as_ref().and_then(|m| {
                let id = m.id.as_deref()?;
                Some(format!(
                    "{id}:{:016x}",
                    hash_json(&serde_json::to_value(m).ok()?)
                ))
            }),
            Event::Conversation(e) => e.data.conversation.as_ref().and_then(|c| {
                // Both when both are sent: two states must not share a key if either differs.
                let version = c.version.map(|v| format!("v{v}"));
                let updated = c.updated_at.as_ref().map(|u| format!("t{u}"));
                let at = match (version, updated) {
                    (Some(v), Some(u)) => format!("{v}:{u}"),
                    (Some(one), None) | (None, Some(one)) => one,
                    (None, None) => return None,
                };
                Some(format!("{}:{at}", c.id))
            }),
            _ => None,
        };
        match about {
            Some(about) => format!("{prefix}:{about}"),
            None => {
                let value = self.to_value();
                let data = value.get("data").unwrap_or(&value);
                let request = self.request_id().unwrap_or("");
                format!("{prefix}:{request}:{:016x}", hash_json(data))
            }
        }
    }
}

/// A stable hash of a JSON value (`serde_json` keeps object keys sorted).
fn hash_json(value: &Value) -> u64 {
    fnv1a(&serde_json::to_vec(value).unwrap_or_default())
}

/// FNV-1a, 64 bits: a stable hash (std's `DefaultHasher` may change between Rust versions).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The keys of the last `capacity` events: [`Dedupe::first_time`] is false for a repeat.
///
/// Two keys per event: its `request_id`, checked first because it costs nothing to compute and
/// catches a redelivery that repeats it, and its [`Event::dedupe_key`], which catches one that
/// does not (RECONCILIATION W2 leaves open which Pancake does). Memory is bounded: a repeat
/// that arrives after `capacity` newer events is not recognised, so a handler must still apply
/// events idempotently (for conversations: by `updated_at`/`version`).
#[derive(Debug)]
pub struct Dedupe {
    capacity: usize,
    order: VecDeque<Keys>,
    seen: HashSet<String>,
}

/// What [`Dedupe`] remembers of one event.
#[derive(Debug, PartialEq)]
struct Keys {
    request: Option<String>,
    about: String,
}

impl Keys {
    fn of(event: &Event) -> Keys {
        Keys {
            request: event.request_id().map(|r| format!("request_id:{r}")),
            about: event.dedupe_key(),
        }
    }
}

impl Dedupe {
    /// Remembers the keys of up to `capacity` events (at least 1).
    pub fn new(capacity: usize) -> Dedupe {
        Dedupe {
            capacity: capacity.max(1),
            order: VecDeque::new(),
            seen: HashSet::new(),
        }
    }

    /// Records `event`; false when it repeats one of the last `capacity` events, by its
    /// `request_id` or by its [`Event::dedupe_key`].
    pub fn first_time(&mut self, event: &Event) -> bool {
        let request = event.request_id().map(|r| format!("request_id:{r}"));
        if request.as_ref().is_some_and(|r| self.seen.contains(r)) {
            return false;
        }
        let keys = Keys {
            request,
            about: event.dedupe_key(),
        };
        if self.seen.contains(&keys.about) {
            return false;
        }
        if self.order.len() == self.capacity
            && let Some(old) = self.order.pop_front()
        {
            self.unsee(&old);
        }
        self.seen.insert(keys.about.clone());
        if let Some(r) = &keys.request {
            self.seen.insert(r.clone());
        }
        self.order.push_back(keys);
        true
    }

    /// Forgets `event`, so a redelivery is taken (after the event could not be queued).
    pub fn forget(&mut self, event: &Event) {
        let keys = Keys::of(event);
        if let Some(at) = self.order.iter().position(|k| *k == keys) {
            let old = self.order.remove(at).unwrap_or(keys);
            self.unsee(&old);
        }
    }

    fn unsee(&mut self, keys: &Keys) {
        self.seen.remove(&keys.about);
        if let Some(r) = &keys.request {
            self.seen.remove(r);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Every example of `x-webhooks` in the spec decodes into its own variant.
    #[test]
    fn every_spec_example_decodes_to_its_variant() {
        let spec = pancake_openapi_examples();
        assert_eq!(spec.len(), EVENT_TYPES.len());
        for (event_type, example) in spec {
            let event =
                Event::from_value(example.clone()).unwrap_or_else(|e| panic!("{event_type}: {e}"));
            assert_eq!(event.event_type(), event_type);
            assert!(!matches!(event, Event::Unknown(_)), "{event_type}");
        }
    }

    fn pancake_openapi_examples() -> Vec<(String, Value)> {
        let yaml: Value = serde_norway::from_str(pancake_openapi::SPEC_YAML).expect("the spec");
        yaml["x-webhooks"]
            .as_object()
            .expect("x-webhooks")
            .iter()
            .map(|(name, item)| {
                (
                    name.clone(),
                    item.pointer("/post/requestBody/content/application~1json/example")
                        .cloned()
                        .expect("an example"),
                )
            })
            .collect()
    }

    #[test]
    fn unknown_types_are_kept_and_bad_known_ones_say_where() {
        let raw = json!({"event_type": "reaction", "page_id": "9", "data": {"x": 1}});
        let event = Event::from_value(raw.clone()).unwrap();
        assert_eq!(event, Event::Unknown(raw));
        assert_eq!(event.event_type(), "reaction");
        assert_eq!(event.page_id(), Some("9"));

        let err = Event::from_value(json!({
            "event_type": "conversation", "page_id": "9",
            "data": {"conversation": {"id": "c", "tags": ["vip"]}}
        }))
        .unwrap_err();
        assert_eq!(err.event_type.as_deref(), Some("conversation"));
        assert_eq!(err.path, "data.conversation.tags[0]");
        assert!(
            err.to_string().contains("data.conversation.tags[0]"),
            "{err}"
        );

        let err = Event::from_slice(b"{\"page_id\": 1}").unwrap_err();
        assert_eq!(err.path, "event_type");
        assert!(Event::from_slice(b"<html>").is_err());
    }

    #[test]
    fn unknown_fields_and_conversation_types_are_tolerated() {
        let event = Event::from_value(json!({
            "event_type": "messaging", "page_id": "9", "surprise": true,
            "data": {
                "conversation": {"id": "c", "type": "WHATSAPP_GROUP", "new_field": [1]},
                "message": {"id": "m", "type": "WHATSAPP_GROUP", "message": "hi"}
            }
        }))
        .unwrap();
        let conversation = event.conversation().unwrap();
        assert_eq!(
            conversation.type_.as_ref().map(|t| t.as_str()),
            Some("WHATSAPP_GROUP")
        );
    }

    fn messaging(request_id: &str, message_id: &str, text: &str, version: i64) -> Event {
        Event::from_value(json!({
            "event_type": "messaging", "page_id": "9", "request_id": request_id,
            "timestamp": 1_765_875_902,
            "data": {
                "conversation": {"id": "9_1", "version": version},
                "message": {"id": message_id, "message": text}
            }
        }))
        .unwrap()
    }

    fn conversation(request_id: &str, version: i64) -> Event {
        Event::from_value(json!({
            "event_type": "conversation", "page_id": "9", "request_id": request_id,
            "data": {"conversation": {"id": "9_1", "version": version, "tags": [1]}}
        }))
        .unwrap()
    }

    #[test]
    fn keys_come_from_the_payload_not_the_delivery() {
        let a = messaging("r1", "m_1", "hi", 3);
        // A redelivery under either reading of `request_id` has the same key.
        assert_eq!(messaging("r2", "m_1", "hi", 3).dedupe_key(), a.dedupe_key());
        assert!(
            a.dedupe_key().starts_with("messaging:9:m_1:"),
            "{}",
            a.dedupe_key()
        );
        // Another message, or the same one changed, is another event.
        assert_ne!(messaging("r3", "m_2", "hi", 4).dedupe_key(), a.dedupe_key());
        assert_ne!(
            messaging("r4", "m_1", "hi (edited)", 4).dedupe_key(),
            a.dedupe_key()
        );
        assert_eq!(conversation("r5", 7).dedupe_key(), "conversation:9:9_1:v7");
        assert_eq!(
            conversation("r6", 7).dedupe_key(),
            conversation("r5", 7).dedupe_key()
        );
        assert_ne!(
            conversation("r7", 8).dedupe_key(),
            conversation("r5", 7).dedupe_key()
        );

        // A state event: its `request_id` and a hash of `data`, whatever the `timestamp`.
        let status = |request_id: Option<&str>, status: &str, timestamp: i64| {
            let mut raw = json!({"event_type": "connect_status", "page_id": "9",
                                 "timestamp": timestamp,
                                 "data": {"connect_status": status, "page_id": "9"}});
            if let Some(r) = request_id {
                raw["request_id"] = json!(r);
            }
            Event::from_value(raw).unwrap()
        };
        let key = status(None, "connected", 1).dedupe_key();
        assert!(key.starts_with("connect_status:9::"), "{key}");
        assert_eq!(status(None, "connected", 2).dedupe_key(), key);
        assert_ne!(status(None, "disconnected", 1).dedupe_key(), key);
        let with_id = status(Some("r8"), "connected", 1).dedupe_key();
        assert!(with_id.starts_with("connect_status:9:r8:"), "{with_id}");
        // Connected again later: not a repeat of the first.
        assert_ne!(status(Some("r9"), "connected", 1).dedupe_key(), with_id);
    }

    #[test]
    fn a_redelivery_is_dropped_whether_or_not_it_repeats_the_request_id() {
        let mut dedupe = Dedupe::new(10);
        let first = messaging("r1", "m_1", "hi", 3);
        assert!(dedupe.first_time(&first));
        // The reading of RECONCILIATION W2: the same `request_id`.
        assert!(!dedupe.first_time(&first));
        // The other reading: each delivery its own id.
        assert!(!dedupe.first_time(&messaging("r2", "m_1", "hi", 3)));
        // A new message and a new version of the conversation are taken.
        assert!(dedupe.first_time(&messaging("r3", "m_2", "again", 4)));
        assert!(dedupe.first_time(&conversation("r4", 4)));
        assert!(!dedupe.first_time(&conversation("r5", 4)));
        assert!(dedupe.first_time(&conversation("r6", 5)));
        // `forget` (an event that could not be queued) lets its redelivery in, under both.
        let lost = conversation("r7", 6);
        assert!(dedupe.first_time(&lost));
        dedupe.forget(&lost);
        assert!(dedupe.first_time(&conversation("r8", 6)));
        dedupe.forget(&conversation("r8", 6));
        assert!(dedupe.first_time(&lost));
    }

    #[test]
    fn dedupe_forgets_the_oldest_event_and_both_its_keys() {
        let mut dedupe = Dedupe::new(2);
        let a = conversation("r1", 1);
        assert!(dedupe.first_time(&a));
        assert!(dedupe.first_time(&conversation("r2", 2)));
        assert!(dedupe.first_time(&conversation("r3", 3)));
        // `a` was pushed out by the two newer events, by its request id and its version.
        assert!(dedupe.first_time(&conversation("r1", 1)));
        assert_eq!(dedupe.order.len(), 2);
        assert_eq!(dedupe.seen.len(), 4);
    }
}
