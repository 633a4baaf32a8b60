//! The API's resources, as the mock stores and serves them (field names of seed 000 and the
//! official snapshot). The same types make up the fixture file format.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

// The string type of the records' fields (shared, cheap to clone), named here for their readers.
pub use crate::text::Text;
use crate::time::Ts;

/// A page connected to Pancake (one shop on one channel).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Page {
    /// Page id: numeric for Facebook, prefixed for other channels (`igo_`, `zl_`, `wa_`).
    pub id: Text,
    /// Display name.
    pub name: Text,
    /// Channel: facebook, instagram, zalo, whatsapp_official, shopee, lazada, ...
    pub platform: Text,
    /// Avatar image URL.
    pub avatar_url: Text,
}

/// A conversation tag (`id` may be negative, e.g. `-99`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Tag {
    /// Small integer id.
    pub id: i64,
    /// Label shown to agents.
    pub text: Text,
    /// Colour (`#rrggbb`).
    pub color: Text,
    /// Light variant of the colour.
    pub lighten_color: Text,
}

/// A staff member of a page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct User {
    /// Pancake user UUID.
    pub id: Text,
    /// Display name.
    pub name: Text,
    /// E-mail, when known.
    pub email: Option<Text>,
    /// Facebook id.
    pub fb_id: Text,
    /// `active` or `disabled`.
    pub status: Text,
    /// Whether the user is online now.
    #[serde(default)]
    pub is_online: bool,
}

/// The users that receive new conversations in turn.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RoundRobin {
    /// User ids for inbox conversations.
    #[serde(default)]
    pub inbox: Vec<Text>,
    /// User ids for comment conversations.
    #[serde(default)]
    pub comment: Vec<Text>,
}

/// A customer as conversations reference it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ConversationCustomer {
    /// Customer id.
    pub id: Text,
    /// The customer's id on the channel (PSID).
    pub fb_id: Text,
    /// Display name.
    pub name: Text,
}

/// Sender of a conversation's last message or of a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Sender {
    /// Channel id of the sender (PSID or page id).
    pub id: Text,
    /// Display name.
    pub name: Text,
    /// E-mail (`{psid}@facebook.com` for customers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Text>,
    /// When the page answered: the staff member's Facebook id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_id: Option<Text>,
    /// When the page answered: the staff member's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_name: Option<Text>,
}

/// A staff member as assignments show them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AssignUser {
    /// Pancake user UUID.
    pub id: Text,
    /// Display name.
    pub name: Text,
    /// E-mail.
    pub email: Option<Text>,
    /// Facebook id.
    pub fb_id: Option<Text>,
}

/// Users added to and removed from a conversation's assignment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AssignPayload {
    /// Users added.
    pub added_users: Vec<AssignUser>,
    /// Users removed.
    pub deleted_users: Vec<AssignUser>,
}

/// One assignment change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AssigneeHistory {
    /// Conversation id.
    pub conversation_id: Text,
    /// When it happened.
    pub inserted_at: Ts,
    /// What changed.
    pub payload: AssignPayload,
}

/// The tag an entry of `tag_histories` talks about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TagRef {
    /// Tag id.
    pub id: Option<i64>,
    /// Tag text.
    pub text: Text,
}

/// What a tag change did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TagHistoryPayload {
    /// `add` or `remove`.
    pub action: Text,
    /// Who did it (user id, empty for the API).
    pub editor_id: Option<Text>,
    /// Who did it (name).
    pub editor_name: Option<Text>,
    /// The tag.
    pub tag: TagRef,
}

/// One tag change of a conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TagHistory {
    /// Conversation id.
    pub conversation_id: Text,
    /// When it happened.
    pub inserted_at: Ts,
    /// What changed.
    pub payload: TagHistoryPayload,
}

/// A phone number found in a conversation's messages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RecentPhoneNumber {
    /// The text as captured.
    pub captured: Text,
    /// Length of the number.
    pub length: i64,
    /// Message text it was found in.
    pub m_content: Text,
    /// Message id it was found in.
    pub m_id: Text,
    /// Offset in the message.
    pub offset: i64,
    /// Normalised number.
    pub phone_number: Text,
    /// Validation status (0 unknown, 1 valid, 2 invalid).
    pub status: i64,
}

/// The page customer summary embedded in a conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PageCustomerRef {
    /// Page customer id.
    pub id: Text,
    /// Customer id.
    pub customer_id: Text,
    /// PSID.
    pub psid: Text,
    /// Name.
    pub name: Text,
    /// Gender (`male`, `female`) or null.
    pub gender: Option<Text>,
}

/// A conversation (v1 and v2 share this shape).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Conversation {
    /// `{page_id}_{psid}` for INBOX, `{post_id}_{comment_id}` for COMMENT.
    pub id: Text,
    /// Page id.
    pub page_id: Text,
    /// INBOX, COMMENT, LIVESTREAM or RATING.
    #[serde(rename = "type")]
    pub kind: Text,
    /// Customer id.
    pub customer_id: Text,
    /// Customers taking part.
    pub customers: Vec<ConversationCustomer>,
    /// The customer side of the conversation.
    pub from: Sender,
    /// Sender of the last message.
    pub last_sent_by: Sender,
    /// Text of the last message.
    pub snippet: Text,
    /// Whether the page has read it.
    pub seen: bool,
    /// Unread messages.
    pub unread_count: i64,
    /// Messages in the conversation.
    pub message_count: i64,
    /// Whether a phone number was found.
    pub has_phone: bool,
    /// Created.
    pub inserted_at: Ts,
    /// Last activity.
    pub updated_at: Ts,
    /// Post commented on (null for INBOX).
    pub post_id: Option<Text>,
    /// Current tags (objects; entries may be null).
    pub tags: Vec<Option<Tag>>,
    /// Tag changes, oldest first.
    pub tag_histories: Vec<TagHistory>,
    /// Assigned user ids.
    pub assignee_ids: Vec<Text>,
    /// Assigned users.
    pub current_assign_users: Vec<AssignUser>,
    /// Assignment changes, oldest first.
    pub assignee_histories: Vec<AssigneeHistory>,
    /// Phone numbers found.
    pub recent_phone_numbers: Vec<RecentPhoneNumber>,
    /// Ads the conversation came from.
    pub ad_ids: Vec<Text>,
    /// Page customer summary.
    pub page_customer: PageCustomerRef,
}

/// A message or comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Message {
    /// `m_...` (inbox) or `{post_id}_{comment_id}` (comment).
    pub id: Text,
    /// Conversation id.
    pub conversation_id: Text,
    /// Page id.
    pub page_id: Text,
    /// INBOX, COMMENT, ...
    #[serde(rename = "type")]
    pub kind: Text,
    /// Text.
    pub message: Text,
    /// Sender.
    pub from: Sender,
    /// Sent at.
    pub inserted_at: Ts,
    /// Media.
    pub attachments: Vec<Attachment>,
    /// Whether it contains a phone number.
    pub has_phone: bool,
    /// Hidden (comments).
    pub is_hidden: bool,
    /// Removed.
    pub is_removed: bool,
    /// Parent comment (comments).
    pub is_parent: bool,
    /// Likes (comments; null for inbox).
    pub like_count: Option<i64>,
    /// Phone numbers found in the text.
    pub phone_info: Vec<RecentPhoneNumber>,
}

/// A media item of a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Attachment {
    /// `photo`, `video`, `file`, `audio`.
    #[serde(rename = "type")]
    pub kind: Text,
    /// Content id from upload_contents.
    pub id: Text,
    /// URL of the content.
    pub url: Text,
}

/// Who wrote a note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NoteAuthor {
    /// Pancake user UUID.
    pub uid: Text,
    /// Facebook id.
    pub fb_id: Text,
    /// Facebook name.
    pub fb_name: Text,
}

/// A previous text of an edited note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NoteEdit {
    /// The text before the edit.
    pub message: Text,
    /// When it was replaced (Unix milliseconds).
    pub edited_at: i64,
}

/// A note about a customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CustomerNote {
    /// Note id (UUID).
    pub id: Text,
    /// Text.
    pub message: Text,
    /// Created (Unix milliseconds).
    pub created_at: i64,
    /// Author.
    pub created_by: NoteAuthor,
    /// Earlier texts.
    pub edit_history: Vec<NoteEdit>,
    /// Image URLs.
    pub images: Vec<Text>,
    /// Links.
    pub links: Vec<Text>,
    /// Related order.
    pub order_id: Option<Text>,
    /// Removed (Unix milliseconds).
    pub removed_at: Option<i64>,
    /// Last edit (Unix milliseconds).
    pub updated_at: Option<i64>,
}

/// A customer of a page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Customer {
    /// Page customer id (the `page_customer_id` path parameter).
    pub id: Text,
    /// Customer id shared across pages.
    pub customer_id: Text,
    /// PSID.
    pub psid: Text,
    /// Name.
    pub name: Text,
    /// `male`, `female`, `unknown` or null.
    pub gender: Option<Text>,
    /// `YYYY-MM-DD` or null.
    pub birthday: Option<Text>,
    /// City.
    pub lives_in: Option<Text>,
    /// Phone numbers.
    pub phone_numbers: Vec<Text>,
    /// E-mails.
    pub emails: Vec<Text>,
    /// First contact.
    pub inserted_at: Ts,
    /// Last change.
    pub updated_at: Ts,
    /// Notes (removed ones excluded from responses).
    pub notes: Vec<CustomerNote>,
}

/// Author of a post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PostAuthor {
    /// Facebook id.
    pub id: Text,
    /// Name.
    pub name: Text,
}

/// A post of the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Post {
    /// `{page_id}_{post}`.
    pub id: Text,
    /// Page id.
    pub page_id: Text,
    /// Text.
    pub message: Text,
    /// video, photo, text, livestream (rating exists in old data).
    #[serde(rename = "type")]
    pub kind: Text,
    /// Status type.
    pub status_type: Text,
    /// Author.
    pub from: PostAuthor,
    /// Created.
    pub inserted_at: Ts,
    /// Comments.
    pub comment_count: i64,
    /// Likes.
    pub like_count: i64,
    /// Phone numbers in its comments.
    pub phone_number_count: i64,
    /// Removed.
    pub is_removed: bool,
    /// Link.
    pub link: Option<Text>,
}

/// A SIP call, carrying both vocabularies the sources use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CallLog {
    /// Call id.
    pub call_id: Text,
    /// Caller number.
    pub caller: Text,
    /// Callee number.
    pub callee: Text,
    /// Start.
    pub start_time: Ts,
    /// Seconds.
    pub duration: i64,
    /// `answered`, `missed`, `busy`.
    pub status: Text,
    /// Customer phone number.
    pub phone_number: Text,
    /// `inbound` or `outbound`.
    pub direction: Text,
    /// Staff member (`Name(fb_id)`).
    pub employee_name: Text,
    /// Created.
    pub created_time: Ts,
    /// Answered (null when missed).
    pub answered_time: Option<Ts>,
    /// Hung up.
    pub hangup_time: Ts,
    /// Client (`pos`, `web`).
    pub client_type: Text,
    /// Whether the client hung up.
    pub client_hangup: bool,
    /// Recording URL.
    pub record_file: Option<Text>,
    /// Call type.
    #[serde(rename = "type")]
    pub kind: Text,
    /// SIP package id (the `id` query parameter).
    pub sip_package_id: Text,
}

/// An ad of the page and its delivery figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Ad {
    /// Ad account.
    pub account_id: Text,
    /// Ad id.
    pub ad_id: Text,
    /// Ad set id.
    pub adset_id: Text,
    /// Campaign name.
    pub name: Text,
    /// ACTIVE or PAUSED.
    pub status: Text,
    /// Currency.
    pub currency: Text,
    /// Daily budget (minor units, as a string).
    pub daily_budget: Text,
    /// Remaining budget.
    pub budget_remaining: Text,
    /// Started.
    pub start_time: Ts,
    /// Impressions over the ad's life.
    pub impressions: i64,
    /// People reached.
    pub reach: i64,
    /// Spend (major units, as a string).
    pub spend: Text,
}

/// A chat-plugin message (website chat).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ChatPluginMessage {
    /// Message id.
    pub id: Text,
    /// Conversation id.
    pub conversation_id: Text,
    /// Page id.
    pub page_id: Text,
    /// Text.
    pub message: Text,
    /// Sender.
    pub from: Sender,
    /// Sent at.
    pub inserted_at: Ts,
    /// `INBOX`.
    #[serde(rename = "type")]
    pub kind: Text,
    /// The client's id for deduplication.
    pub dummy_id: Option<i64>,
    /// Seen by the page.
    pub seen: bool,
}

/// A customer of a page, as Pancake knows them when they first write: the facts a new thread
/// with them starts from.
#[derive(Debug, Clone)]
pub struct NewCustomer {
    /// PSID (page-scoped id).
    pub psid: Text,
    /// Name.
    pub name: Text,
    /// Customer id.
    pub customer_id: Text,
    /// Page customer id.
    pub page_customer_id: Text,
    /// Gender, when known.
    pub gender: Option<Text>,
}

impl NewCustomer {
    /// The customer as the sender of a message.
    pub(crate) fn sender(&self) -> Sender {
        Sender {
            id: self.psid.clone(),
            name: self.name.clone(),
            email: Some(format!("{}@facebook.com", self.psid).into()),
            admin_id: None,
            admin_name: None,
        }
    }

    /// The conversation `id` of page `page_id` this customer opens at `at`: they are its only
    /// participant and its last sender; nothing is counted, tagged, assigned or linked yet.
    /// The fixtures and the simulated customer start from it and set what differs.
    pub(crate) fn opens(&self, id: Text, page_id: Text, kind: Text, at: Ts) -> Conversation {
        let from = self.sender();
        Conversation {
            id,
            page_id,
            kind,
            customer_id: self.customer_id.clone(),
            customers: vec![ConversationCustomer {
                id: self.customer_id.clone(),
                fb_id: self.psid.clone(),
                name: self.name.clone(),
            }],
            last_sent_by: from.clone(),
            from,
            snippet: Text::default(),
            seen: true,
            unread_count: 0,
            message_count: 0,
            has_phone: false,
            inserted_at: at,
            updated_at: at,
            post_id: None,
            tags: Vec::new(),
            tag_histories: Vec::new(),
            assignee_ids: Vec::new(),
            current_assign_users: Vec::new(),
            assignee_histories: Vec::new(),
            recent_phone_numbers: Vec::new(),
            ad_ids: Vec::new(),
            page_customer: PageCustomerRef {
                id: self.page_customer_id.clone(),
                customer_id: self.customer_id.clone(),
                psid: self.psid.clone(),
                name: self.name.clone(),
                gender: self.gender.clone(),
            },
        }
    }
}
