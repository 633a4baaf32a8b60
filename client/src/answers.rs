//! Accessors on the answers people read most: a conversation's customer, tags, snippet and times,
//! a message's sender and text. They read the generated types' raw fields, which stay public and
//! unchanged (a field the accessors do not cover is still there, and `extra` keeps what the spec
//! does not list).

use chrono::{DateTime, Utc};

use crate::generated::types;
use crate::model::parse_timestamp;

impl types::Conversation {
    /// The customer's name: the page's record of the customer (`page_customer.name`), else the
    /// first of `customers`, else the sender (`from.name`); the first one that is not empty.
    ///
    /// ```no_run
    /// # fn demo(conversation: pancake_client::types::Conversation) {
    /// println!("{}", conversation.customer_name().unwrap_or("(no name)"));
    /// # }
    /// ```
    pub fn customer_name(&self) -> Option<&str> {
        let page_customer = self.page_customer.as_ref().and_then(|c| c.name.as_deref());
        let listed = self.customers.iter().find_map(|c| c.name.as_deref());
        let sender = self.from.as_ref().and_then(|s| s.name.as_deref());
        [page_customer, listed, sender]
            .into_iter()
            .flatten()
            .find(|name| !name.trim().is_empty())
    }

    /// The ids of the conversation's tags, in the order the API gives them (tags come as objects
    /// or as bare ids; `null` entries are skipped).
    pub fn tag_ids(&self) -> Vec<i64> {
        self.tags
            .iter()
            .flatten()
            .filter_map(|tag| match tag {
                types::ConversationTag::Int64(id) => Some(*id),
                types::ConversationTag::Tag(tag) => tag.id,
            })
            .collect()
    }

    /// The names (`text`) of the tags that came as objects. Lists often give bare ids instead,
    /// which have no name here: resolve those against `list_tags` (see
    /// [`Conversation::tag_ids`](types::Conversation::tag_ids)).
    pub fn tag_names(&self) -> Vec<&str> {
        self.tags
            .iter()
            .flatten()
            .filter_map(|tag| match tag {
                types::ConversationTag::Tag(tag) => tag.text.as_deref(),
                types::ConversationTag::Int64(_) => None,
            })
            .collect()
    }

    /// The text of the last message as the list shows it (`snippet`; `[Photo]` and the like for
    /// an attachment).
    pub fn last_snippet(&self) -> Option<&str> {
        self.snippet.as_deref()
    }

    /// Who sent the last message (`last_sent_by`): the customer, or the page (then `admin_name` is
    /// the person who answered, when a person did).
    pub fn last_sender(&self) -> Option<&types::Sender> {
        self.last_sent_by.as_ref()
    }

    /// When the conversation last changed (`updated_at`, a UTC time without zone in the API), as a
    /// time; `None` when absent or not a time.
    pub fn updated_at_utc(&self) -> Option<DateTime<Utc>> {
        self.updated_at.as_deref().and_then(parse_timestamp)
    }

    /// When the conversation started (`inserted_at`), as a time.
    pub fn inserted_at_utc(&self) -> Option<DateTime<Utc>> {
        self.inserted_at.as_deref().and_then(parse_timestamp)
    }
}

impl types::Message {
    /// Who sent the message (`from`): the customer, or the page (then `admin_name` is the person
    /// who wrote it, when a person did).
    pub fn sender(&self) -> Option<&types::Sender> {
        self.from.as_ref()
    }

    /// The sender's name (`from.name`).
    pub fn sender_name(&self) -> Option<&str> {
        self.from.as_ref().and_then(|from| from.name.as_deref())
    }

    /// The message's text: `message` (HTML on some channels), else `original_message`; `None` for
    /// a message with attachments only (see `attachments`).
    pub fn text(&self) -> Option<&str> {
        self.message.as_deref().or(self.original_message.as_deref())
    }

    /// When the message was sent (`inserted_at`), as a time.
    pub fn inserted_at_utc(&self) -> Option<DateTime<Utc>> {
        self.inserted_at.as_deref().and_then(parse_timestamp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn conversation(value: serde_json::Value) -> types::Conversation {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn a_conversation_reads_its_customer_tags_and_times() {
        // The spec's example shape: tags as objects, bare ids and null.
        let c = conversation(json!({
            "id": "1_2",
            "customers": [{"id": "c", "name": "Quyết Nguyễn"}],
            "from": {"id": "2", "name": "From Name"},
            "last_sent_by": {"id": "1", "name": "MemeViet", "admin_name": "Lan"},
            "snippet": "[Photo]",
            "tags": [{"id": 3, "text": "VIP"}, 7, null, {"id": 9, "text": "Đã chốt"}],
            "updated_at": "2023-12-26T08:44:29.123456",
            "inserted_at": "2021-08-26T06:29:56",
        }));
        assert_eq!(c.customer_name(), Some("Quyết Nguyễn"));
        assert_eq!(c.tag_ids(), [3, 7, 9]);
        assert_eq!(c.tag_names(), ["VIP", "Đã chốt"]);
        assert_eq!(c.last_snippet(), Some("[Photo]"));
        assert_eq!(
            c.last_sender().and_then(|s| s.admin_name.as_deref()),
            Some("Lan")
        );
        assert_eq!(
            c.updated_at_utc().map(|t| t.timestamp_micros()),
            Some(1_703_580_269_123_456)
        );
        assert_eq!(
            c.inserted_at_utc().map(|t| t.to_rfc3339()),
            Some("2021-08-26T06:29:56+00:00".to_owned())
        );
        // The page's own record wins; an empty name is skipped; `from` is the last resort.
        let c = conversation(json!({
            "page_customer": {"name": "Chị Lan"}, "customers": [{"name": "x"}]
        }));
        assert_eq!(c.customer_name(), Some("Chị Lan"));
        let c = conversation(json!({
            "page_customer": {"name": " "}, "from": {"name": "Khách"}, "updated_at": "yesterday"
        }));
        assert_eq!(c.customer_name(), Some("Khách"));
        assert_eq!(c.updated_at_utc(), None);
        assert!(conversation(json!({})).customer_name().is_none());
    }

    #[test]
    fn a_message_reads_its_sender_and_text() {
        let m: types::Message = serde_json::from_value(json!({
            "from": {"id": "2", "name": "Khách"},
            "original_message": "còn size M không ạ",
            "inserted_at": "2023-04-06T04:31:45Z",
        }))
        .unwrap();
        assert_eq!(m.sender_name(), Some("Khách"));
        assert_eq!(m.sender().and_then(|s| s.id.as_deref()), Some("2"));
        assert_eq!(m.text(), Some("còn size M không ạ"));
        assert_eq!(
            m.inserted_at_utc().map(|t| t.timestamp()),
            Some(1_680_755_505)
        );
    }
}
