//! The API's resources, as the mock stores and serves them (field names of seed 000 and the
//! official snapshot). The same types make up the fixture file format.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::time::Ts;

/// A page connected to Pancake (one shop on one channel).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Page {
    /// Page id: numeric for Facebook, prefixed for other channels (`igo_`, `zl_`, `wa_`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Channel: facebook, instagram, zalo, whatsapp_official, shopee, lazada, ...
    pub platform: String,
    /// Avatar image URL.
    pub avatar_url: String,
}

/// A conversation tag (`id` may be negative, e.g. `-99`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Tag {
    /// Small integer id.
    pub id: i64,
    /// Label shown to agents.
    pub text: String,
    /// Colour (`#rrggbb`).
    pub color: String,
    /// Light variant of the colour.
    pub lighten_color: String,
}

/// A staff member of a page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct User {
    /// Pancake user UUID.
    pub id: String,
    /// Display name.
    pub name: String,
    /// E-mail, when known.
    pub email: Option<String>,
    /// Facebook id.
    pub fb_id: String,
    /// `active` or `disabled`.
    pub status: String,
    /// Whether the user is online now.
    #[serde(default)]
    pub is_online: bool,
}

/// The users that receive new conversations in turn.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RoundRobin {
    /// User ids for inbox conversations.
    #[serde(default)]
    pub inbox: Vec<String>,
    /// User ids for comment conversations.
    #[serde(default)]
    pub comment: Vec<String>,
}

/// A customer as conversations reference it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ConversationCustomer {
    /// Customer id.
    pub id: String,
    /// The customer's id on the channel (PSID).
    pub fb_id: String,
    /// Display name.
    pub name: String,
}

/// Sender of a conversation's last message or of a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Sender {
    /// Channel id of the sender (PSID or page id).
    pub id: String,
    /// Display name.
    pub name: String,
    /// E-mail (`{psid}@facebook.com` for customers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// When the page answered: the staff member's Facebook id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_id: Option<String>,
    /// When the page answered: the staff member's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_name: Option<String>,
}

/// A staff member as assignments show them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AssignUser {
    /// Pancake user UUID.
    pub id: String,
    /// Display name.
    pub name: String,
    /// E-mail.
    pub email: Option<String>,
    /// Facebook id.
    pub fb_id: Option<String>,
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
    pub conversation_id: String,
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
    pub text: String,
}

/// What a tag change did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TagHistoryPayload {
    /// `add` or `remove`.
    pub action: String,
    /// Who did it (user id, empty for the API).
    pub editor_id: Option<String>,
    /// Who did it (name).
    pub editor_name: Option<String>,
    /// The tag.
    pub tag: TagRef,
}

/// One tag change of a conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TagHistory {
    /// Conversation id.
    pub conversation_id: String,
    /// When it happened.
    pub inserted_at: Ts,
    /// What changed.
    pub payload: TagHistoryPayload,
}

/// A phone number found in a conversation's messages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RecentPhoneNumber {
    /// The text as captured.
    pub captured: String,
    /// Length of the number.
    pub length: i64,
    /// Message text it was found in.
    pub m_content: String,
    /// Message id it was found in.
    pub m_id: String,
    /// Offset in the message.
    pub offset: i64,
    /// Normalised number.
    pub phone_number: String,
    /// Validation status (0 unknown, 1 valid, 2 invalid).
    pub status: i64,
}

/// The page customer summary embedded in a conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PageCustomerRef {
    /// Page customer id.
    pub id: String,
    /// Customer id.
    pub customer_id: String,
    /// PSID.
    pub psid: String,
    /// Name.
    pub name: String,
    /// Gender (`male`, `female`) or null.
    pub gender: Option<String>,
}

/// A conversation (v1 and v2 share this shape).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Conversation {
    /// `{page_id}_{psid}` for INBOX, `{post_id}_{comment_id}` for COMMENT.
    pub id: String,
    /// Page id.
    pub page_id: String,
    /// INBOX, COMMENT, LIVESTREAM or RATING.
    #[serde(rename = "type")]
    pub kind: String,
    /// Customer id.
    pub customer_id: String,
    /// Customers taking part.
    pub customers: Vec<ConversationCustomer>,
    /// The customer side of the conversation.
    pub from: Sender,
    /// Sender of the last message.
    pub last_sent_by: Sender,
    /// Text of the last message.
    pub snippet: String,
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
    pub post_id: Option<String>,
    /// Current tags (objects; entries may be null).
    pub tags: Vec<Option<Tag>>,
    /// Tag changes, oldest first.
    pub tag_histories: Vec<TagHistory>,
    /// Assigned user ids.
    pub assignee_ids: Vec<String>,
    /// Assigned users.
    pub current_assign_users: Vec<AssignUser>,
    /// Assignment changes, oldest first.
    pub assignee_histories: Vec<AssigneeHistory>,
    /// Phone numbers found.
    pub recent_phone_numbers: Vec<RecentPhoneNumber>,
    /// Ads the conversation came from.
    pub ad_ids: Vec<String>,
    /// Page customer summary.
    pub page_customer: PageCustomerRef,
}

/// A message or comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Message {
    /// `m_...` (inbox) or `{post_id}_{comment_id}` (comment).
    pub id: String,
    /// Conversation id.
    pub conversation_id: String,
    /// Page id.
    pub page_id: String,
    /// INBOX, COMMENT, ...
    #[serde(rename = "type")]
    pub kind: String,
    /// Text.
    pub message: String,
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
    pub kind: String,
    /// Content id from upload_contents.
    pub id: String,
    /// URL of the content.
    pub url: String,
}

/// Who wrote a note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NoteAuthor {
    /// Pancake user UUID.
    pub uid: String,
    /// Facebook id.
    pub fb_id: String,
    /// Facebook name.
    pub fb_name: String,
}

/// A previous text of an edited note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NoteEdit {
    /// The text before the edit.
    pub message: String,
    /// When it was replaced (Unix milliseconds).
    pub edited_at: i64,
}

/// A note about a customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CustomerNote {
    /// Note id (UUID).
    pub id: String,
    /// Text.
    pub message: String,
    /// Created (Unix milliseconds).
    pub created_at: i64,
    /// Author.
    pub created_by: NoteAuthor,
    /// Earlier texts.
    pub edit_history: Vec<NoteEdit>,
    /// Image URLs.
    pub images: Vec<String>,
    /// Links.
    pub links: Vec<String>,
    /// Related order.
    pub order_id: Option<String>,
    /// Removed (Unix milliseconds).
    pub removed_at: Option<i64>,
    /// Last edit (Unix milliseconds).
    pub updated_at: Option<i64>,
}

/// A customer of a page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Customer {
    /// Page customer id (the `page_customer_id` path parameter).
    pub id: String,
    /// Customer id shared across pages.
    pub customer_id: String,
    /// PSID.
    pub psid: String,
    /// Name.
    pub name: String,
    /// `male`, `female`, `unknown` or null.
    pub gender: Option<String>,
    /// `YYYY-MM-DD` or null.
    pub birthday: Option<String>,
    /// City.
    pub lives_in: Option<String>,
    /// Phone numbers.
    pub phone_numbers: Vec<String>,
    /// E-mails.
    pub emails: Vec<String>,
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
    pub id: String,
    /// Name.
    pub name: String,
}

/// A post of the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Post {
    /// `{page_id}_{post}`.
    pub id: String,
    /// Page id.
    pub page_id: String,
    /// Text.
    pub message: String,
    /// video, photo, text, livestream (rating exists in old data).
    #[serde(rename = "type")]
    pub kind: String,
    /// Status type.
    pub status_type: String,
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
    pub link: Option<String>,
}

/// A SIP call, carrying both vocabularies the sources use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CallLog {
    /// Call id.
    pub call_id: String,
    /// Caller number.
    pub caller: String,
    /// Callee number.
    pub callee: String,
    /// Start.
    pub start_time: Ts,
    /// Seconds.
    pub duration: i64,
    /// `answered`, `missed`, `busy`.
    pub status: String,
    /// Customer phone number.
    pub phone_number: String,
    /// `inbound` or `outbound`.
    pub direction: String,
    /// Staff member (`Name(fb_id)`).
    pub employee_name: String,
    /// Created.
    pub created_time: Ts,
    /// Answered (null when missed).
    pub answered_time: Option<Ts>,
    /// Hung up.
    pub hangup_time: Ts,
    /// Client (`pos`, `web`).
    pub client_type: String,
    /// Whether the client hung up.
    pub client_hangup: bool,
    /// Recording URL.
    pub record_file: Option<String>,
    /// Call type.
    #[serde(rename = "type")]
    pub kind: String,
    /// SIP package id (the `id` query parameter).
    pub sip_package_id: String,
}

/// An ad of the page and its delivery figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Ad {
    /// Ad account.
    pub account_id: String,
    /// Ad id.
    pub ad_id: String,
    /// Ad set id.
    pub adset_id: String,
    /// Campaign name.
    pub name: String,
    /// ACTIVE or PAUSED.
    pub status: String,
    /// Currency.
    pub currency: String,
    /// Daily budget (minor units, as a string).
    pub daily_budget: String,
    /// Remaining budget.
    pub budget_remaining: String,
    /// Started.
    pub start_time: Ts,
    /// Impressions over the ad's life.
    pub impressions: i64,
    /// People reached.
    pub reach: i64,
    /// Spend (major units, as a string).
    pub spend: String,
}

/// A chat-plugin message (website chat).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ChatPluginMessage {
    /// Message id.
    pub id: String,
    /// Conversation id.
    pub conversation_id: String,
    /// Page id.
    pub page_id: String,
    /// Text.
    pub message: String,
    /// Sender.
    pub from: Sender,
    /// Sent at.
    pub inserted_at: Ts,
    /// `INBOX`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The client's id for deduplication.
    pub dummy_id: Option<i64>,
    /// Seen by the page.
    pub seen: bool,
}
