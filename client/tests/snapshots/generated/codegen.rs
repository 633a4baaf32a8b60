#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AdStatistic`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct AdStatistic {
        ///The ad. No source shows it in this report; an assumption (RECONCILIATION Q8).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ad_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        /**With `type=by_time`: the day (`YYYY-MM-DD`), one row per day and ad, newest day first. No
source shows a `by_time` row; an assumption (RECONCILIATION Q8).
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub impressions: ::std::option::Option<Metric>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reach: ::std::option::Option<Metric>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub spend: ::std::option::Option<Metric>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl AdStatistic {
        pub fn builder() -> builder::AdStatistic {
            Default::default()
        }
    }
    ///`AddCustomerNoteRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AddCustomerNoteRequest {
        ///Text only.
        pub message: ::std::string::String,
    }
    impl AddCustomerNoteRequest {
        pub fn builder() -> builder::AddCustomerNoteRequest {
            Default::default()
        }
    }
    ///`AdsAggregation`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum AdsAggregation {
        #[serde(rename = "by_id")]
        ById,
        #[serde(rename = "by_time")]
        ByTime,
    }
    impl ::std::fmt::Display for AdsAggregation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ById => f.write_str("by_id"),
                Self::ByTime => f.write_str("by_time"),
            }
        }
    }
    impl ::std::str::FromStr for AdsAggregation {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "by_id" => Ok(Self::ById),
                "by_time" => Ok(Self::ByTime),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AdsAggregation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AdsAggregation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`AdsCampaignStatistic`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct AdsCampaignStatistic {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ad_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub adset_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub budget_remaining: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cpc: ::std::option::Option<Metric>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cpm: ::std::option::Option<Metric>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ctr: ::std::option::Option<Metric>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub daily_budget: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub impressions: ::std::option::Option<Metric>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lifetime_budget: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub link_click: ::std::option::Option<Metric>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub messaging_conversation_started_7d: ::std::option::Option<Metric>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub messaging_first_reply: ::std::option::Option<Metric>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub post_comments: ::std::option::Option<Metric>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchase_roas: ::std::option::Option<Metric>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchases: ::std::option::Option<Metric>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchases_conversion_value: ::std::option::Option<Metric>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reach: ::std::option::Option<Metric>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub spend: ::std::option::Option<Metric>,
        ///`ACTIVE`, `PAUSED`, ...
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl AdsCampaignStatistic {
        pub fn builder() -> builder::AdsCampaignStatistic {
            Default::default()
        }
    }
    ///A bare array of rows, or the in-band error object.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum AdsCampaignStatisticsResponse {
        Array(::std::vec::Vec<AdsCampaignStatistic>),
        ApiError(ApiError),
    }
    impl ::std::convert::From<::std::vec::Vec<AdsCampaignStatistic>>
    for AdsCampaignStatisticsResponse {
        fn from(value: ::std::vec::Vec<AdsCampaignStatistic>) -> Self {
            Self::Array(value)
        }
    }
    impl ::std::convert::From<ApiError> for AdsCampaignStatisticsResponse {
        fn from(value: ApiError) -> Self {
            Self::ApiError(value)
        }
    }
    ///A bare array of rows, or the in-band error object.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum AdsStatisticsResponse {
        Array(::std::vec::Vec<AdStatistic>),
        ApiError(ApiError),
    }
    impl ::std::convert::From<::std::vec::Vec<AdStatistic>> for AdsStatisticsResponse {
        fn from(value: ::std::vec::Vec<AdStatistic>) -> Self {
            Self::Array(value)
        }
    }
    impl ::std::convert::From<ApiError> for AdsStatisticsResponse {
        fn from(value: ApiError) -> Self {
            Self::ApiError(value)
        }
    }
    /**The error envelope. Sent with a 4xx/5xx status, and also with HTTP 200 for errors the live API
reports in-band (`success: false`). No property is required: the live API sends `message`
(B1), the generated reference shows `error` instead, and a client must decode both.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ApiError {
        ///What went wrong, in the form of the generated reference (`{success, error}`, B1).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        /**Seen from the live API: 102 invalid token, 105 page token renewed. The others are
assumptions (RECONCILIATION B11): Graph's codes where Pancake shows none of its own, 100
invalid parameter, 194 missing parameter, 613 rate limited, 10900 comment already
answered privately, 10901 comment too old for a private reply (H8); and 404 not found
(B8). An open integer: other codes decode too.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<i64>,
        ///What went wrong, for people.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Always `false`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl ApiError {
        pub fn builder() -> builder::ApiError {
            Default::default()
        }
    }
    ///`AssignConversationRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AssignConversationRequest {
        /**User ids (from `list_users`); an empty list unassigns. Each must be a user of the page,
active or former: another id is refused with 400 (RECONCILIATION Q9).
*/
        pub assignee_ids: ::std::vec::Vec<::std::string::String>,
    }
    impl AssignConversationRequest {
        pub fn builder() -> builder::AssignConversationRequest {
            Default::default()
        }
    }
    ///`AssigneeHistory`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct AssigneeHistory {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inserted_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload: ::std::option::Option<AssigneeHistoryPayload>,
    }
    impl AssigneeHistory {
        pub fn builder() -> builder::AssigneeHistory {
            Default::default()
        }
    }
    ///`AssigneeHistoryPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct AssigneeHistoryPayload {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub added_users: ::std::vec::Vec<UserRef>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub deleted_users: ::std::vec::Vec<UserRef>,
    }
    impl AssigneeHistoryPayload {
        pub fn builder() -> builder::AssigneeHistoryPayload {
            Default::default()
        }
    }
    /**A call. Two vocabularies are published for it (`call_id`/`caller`/`callee`/`start_time`/
`duration`/`status`, and the older `phone_number`/`direction`/`created_time`/...); both are
listed.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CallLog {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub answered_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub callee: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caller: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_hangup: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_time: ::std::option::Option<::std::string::String>,
        ///`inbound` or `outbound`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub direction: ::std::option::Option<::std::string::String>,
        ///Seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub employee_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hangup_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number: ::std::option::Option<::std::string::String>,
        ///URL of the recording.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub record_file: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_time: ::std::option::Option<::std::string::String>,
        ///`completed`, `missed`, ...
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///`hangup`, `answered`, `missed`, ...
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl CallLog {
        pub fn builder() -> builder::CallLog {
            Default::default()
        }
    }
    ///`ChartSeries`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ChartSeries {
        ///One value per category, in the same order.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<i64>,
        ///`inbox`, `comment`, `total`, `new_customer_replied`, `customer_engagement_new_inbox`, `order_count`, `old_order_count`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl ChartSeries {
        pub fn builder() -> builder::ChartSeries {
            Default::default()
        }
    }
    ///`ChatPluginAttachment`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ChatPluginAttachment {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub height: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mime_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<f64>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub width: ::std::option::Option<f64>,
    }
    impl ChatPluginAttachment {
        pub fn builder() -> builder::ChatPluginAttachment {
            Default::default()
        }
    }
    ///`ChatPluginMessage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ChatPluginMessage {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub attachments: ::std::vec::Vec<ChatPluginMessageAttachment>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from: ::std::option::Option<Sender>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_phone: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inserted_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_hidden: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_removed: ::std::option::Option<bool>,
        ///HTML.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub message_tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub original_message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seen: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub show_info: ::std::option::Option<bool>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_likes: ::std::option::Option<bool>,
    }
    impl ChatPluginMessage {
        pub fn builder() -> builder::ChatPluginMessage {
            Default::default()
        }
    }
    ///An attachment of a chat-plugin message, as the official snapshot shows a link preview (M2).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ChatPluginMessageAttachment {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<ChatPluginMessageAttachmentImage>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_web_source: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub link: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///`link`, ...
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl ChatPluginMessageAttachment {
        pub fn builder() -> builder::ChatPluginMessageAttachment {
            Default::default()
        }
    }
    ///`ChatPluginMessageAttachmentImage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ChatPluginMessageAttachmentImage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl ChatPluginMessageAttachmentImage {
        pub fn builder() -> builder::ChatPluginMessageAttachmentImage {
            Default::default()
        }
    }
    ///The page's connection to its channel changed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ConnectStatusEvent {
        pub data: ConnectStatusEventData,
        pub event_type: ConnectStatusEventEventType,
        pub page_id: ::std::string::String,
        /**"Unique ID of this webhook delivery, useful for logging and idempotent processing"
(Pancake's webhook file). Whether a redelivery repeats it is an open question, so it is
an assumption either way (RECONCILIATION Q23): deduplicate on what the event is about
(the message id; the conversation's `version` and `updated_at`), with `request_id` as
a first check.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///When the event was sent, in Unix seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<i64>,
    }
    impl ConnectStatusEvent {
        pub fn builder() -> builder::ConnectStatusEvent {
            Default::default()
        }
    }
    ///`ConnectStatusEventData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ConnectStatusEventData {
        ///`connected` or `disconnected` (then the page must be connected again in Pancake).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub connect_status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_id: ::std::option::Option<::std::string::String>,
    }
    impl ConnectStatusEventData {
        pub fn builder() -> builder::ConnectStatusEventData {
            Default::default()
        }
    }
    ///`ConnectStatusEventEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ConnectStatusEventEventType {
        #[serde(rename = "connect_status")]
        ConnectStatus,
    }
    impl ::std::fmt::Display for ConnectStatusEventEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ConnectStatus => f.write_str("connect_status"),
            }
        }
    }
    impl ::std::str::FromStr for ConnectStatusEventEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "connect_status" => Ok(Self::ConnectStatus),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ConnectStatusEventEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ConnectStatusEventEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**A conversation. The same shape in v1 and v2 lists and in the assign answer; lists may leave out
fields they do not compute. Members not listed here are kept (`additionalProperties: {}`): Pancake
adds fields, and a sync stores the conversation as the API sent it.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Conversation {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ad_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub assignee_group_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub assignee_histories: ::std::vec::Vec<AssigneeHistory>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub assignee_ids: ::std::vec::Vec<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub current_assign_users: ::std::vec::Vec<UserRef>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub customers: ::std::vec::Vec<CustomerRef>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from: ::std::option::Option<Sender>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_psid: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_phone: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inserted_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_combined: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_removed: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_customer_interactive_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_sent_by: ::std::option::Option<Sender>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_customer: ::std::option::Option<ConversationPageCustomer>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_id: ::std::option::Option<::std::string::String>,
        ///The post of a comment conversation; `null` for inbox.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub post_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub read_watermarks: ::std::vec::Vec<ReadWatermark>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub recent_phone_numbers: ::std::vec::Vec<PhoneNumberCapture>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub recent_seen_users: ::std::vec::Vec<SeenUser>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seen: ::std::option::Option<bool>,
        ///The last message, shortened.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub snippet: ::std::option::Option<::std::string::String>,
        ///Only in the answer of `assign_conversation`, which is the conversation itself.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tag_histories: ::std::vec::Vec<TagHistory>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<::std::option::Option<ConversationTag>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thread_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thread_key: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::model::ConversationType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unread_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Conversation {
        pub fn builder() -> builder::Conversation {
            Default::default()
        }
    }
    ///A conversation changed (assignment, tags, read state, a new message's snippet).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ConversationEvent {
        pub data: ConversationEventData,
        pub event_type: ConversationEventEventType,
        pub page_id: ::std::string::String,
        /**"Unique ID of this webhook delivery, useful for logging and idempotent processing"
(Pancake's webhook file). Whether a redelivery repeats it is an open question, so it is
an assumption either way (RECONCILIATION Q23): deduplicate on what the event is about
(the message id; the conversation's `version` and `updated_at`), with `request_id` as
a first check.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///When the event was sent, in Unix seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<i64>,
    }
    impl ConversationEvent {
        pub fn builder() -> builder::ConversationEvent {
            Default::default()
        }
    }
    ///`ConversationEventData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ConversationEventData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation: ::std::option::Option<WebhookConversation>,
    }
    impl ConversationEventData {
        pub fn builder() -> builder::ConversationEventData {
            Default::default()
        }
    }
    ///`ConversationEventEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ConversationEventEventType {
        #[serde(rename = "conversation")]
        Conversation,
    }
    impl ::std::fmt::Display for ConversationEventEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Conversation => f.write_str("conversation"),
            }
        }
    }
    impl ::std::str::FromStr for ConversationEventEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "conversation" => Ok(Self::Conversation),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ConversationEventEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ConversationEventEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ConversationOrder`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ConversationOrder {
        #[serde(rename = "updated_at")]
        UpdatedAt,
        #[serde(rename = "inserted_at")]
        InsertedAt,
    }
    impl ::std::fmt::Display for ConversationOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::UpdatedAt => f.write_str("updated_at"),
                Self::InsertedAt => f.write_str("inserted_at"),
            }
        }
    }
    impl ::std::str::FromStr for ConversationOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "updated_at" => Ok(Self::UpdatedAt),
                "inserted_at" => Ok(Self::InsertedAt),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ConversationOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ConversationOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ConversationOrder {
        fn default() -> Self {
            ConversationOrder::UpdatedAt
        }
    }
    ///The page customer behind a conversation.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ConversationPageCustomer {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub birthday: ::std::option::Option<ConversationPageCustomerBirthday>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub gender: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inserted_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notes: ::std::option::Option<::std::vec::Vec<CustomerNote>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub psid: ::std::option::Option<::std::string::String>,
    }
    impl ConversationPageCustomer {
        pub fn builder() -> builder::ConversationPageCustomer {
            Default::default()
        }
    }
    ///`ConversationPageCustomerBirthday`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ConversationPageCustomerBirthday {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub month: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub year: ::std::option::Option<i64>,
    }
    impl ConversationPageCustomerBirthday {
        pub fn builder() -> builder::ConversationPageCustomerBirthday {
            Default::default()
        }
    }
    ///A tag on a conversation; v2 sends tag objects, older payloads bare ids.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ConversationTag {
        Int64(i64),
        Tag(Tag),
    }
    impl ::std::convert::From<i64> for ConversationTag {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    impl ::std::convert::From<Tag> for ConversationTag {
        fn from(value: Tag) -> Self {
            Self::Tag(value)
        }
    }
    ///`CustomerChanges`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CustomerChanges {
        ///`YYYY-MM-DD`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub birthday: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub gender: ::std::option::Option<Gender>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub phone_numbers: ::std::vec::Vec<::std::string::String>,
    }
    impl CustomerChanges {
        pub fn builder() -> builder::CustomerChanges {
            Default::default()
        }
    }
    ///`CustomerNote`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CustomerNote {
        ///Unix time in **milliseconds**.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_by: ::std::option::Option<NoteAuthor>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub edit_history: ::std::vec::Vec<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub images: ::std::vec::Vec<::serde_json::Value>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub links: ::std::vec::Vec<::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub removed_at: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<i64>,
    }
    impl CustomerNote {
        pub fn builder() -> builder::CustomerNote {
            Default::default()
        }
    }
    ///`CustomerNoteResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CustomerNoteResponse {
        ///The customer's notes after the change.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<CustomerNote>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The added note's id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub note_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl CustomerNoteResponse {
        pub fn builder() -> builder::CustomerNoteResponse {
            Default::default()
        }
    }
    ///Unlike conversations, customers are ordered by creation unless asked otherwise.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CustomerOrder {
        #[serde(rename = "inserted_at")]
        InsertedAt,
        #[serde(rename = "updated_at")]
        UpdatedAt,
    }
    impl ::std::fmt::Display for CustomerOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::InsertedAt => f.write_str("inserted_at"),
                Self::UpdatedAt => f.write_str("updated_at"),
            }
        }
    }
    impl ::std::str::FromStr for CustomerOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "inserted_at" => Ok(Self::InsertedAt),
                "updated_at" => Ok(Self::UpdatedAt),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CustomerOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CustomerOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for CustomerOrder {
        fn default() -> Self {
            CustomerOrder::InsertedAt
        }
    }
    ///A customer, as embedded in conversations.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CustomerRef {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avatar_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fb_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl CustomerRef {
        pub fn builder() -> builder::CustomerRef {
            Default::default()
        }
    }
    ///`DeleteCustomerNoteRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeleteCustomerNoteRequest {
        pub note_id: ::std::string::String,
    }
    impl DeleteCustomerNoteRequest {
        pub fn builder() -> builder::DeleteCustomerNoteRequest {
            Default::default()
        }
    }
    ///`EngagementChart`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct EngagementChart {
        /**Day labels, newest first: `26/8` in the first reference's payload, `6/7/2026` in
Pancake's document; a plain string (RECONCILIATION D9).
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub categories: ::std::vec::Vec<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub series: ::std::vec::Vec<ChartSeries>,
    }
    impl EngagementChart {
        pub fn builder() -> builder::EngagementChart {
            Default::default()
        }
    }
    ///`data` (and `users_engagements`) without `by_hour`; `statistics` with `by_hour=true`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct EngagementStatisticsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<EngagementChart>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub statistics: ::std::vec::Vec<HourlyEngagement>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub users_engagements: ::std::vec::Vec<UserEngagement>,
    }
    impl EngagementStatisticsResponse {
        pub fn builder() -> builder::EngagementStatisticsResponse {
            Default::default()
        }
    }
    ///`ExportAction`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ExportAction {
        #[serde(rename = "conversations_from_ads")]
        ConversationsFromAds,
    }
    impl ::std::fmt::Display for ExportAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ConversationsFromAds => f.write_str("conversations_from_ads"),
            }
        }
    }
    impl ::std::str::FromStr for ExportAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "conversations_from_ads" => Ok(Self::ConversationsFromAds),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ExportAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ExportAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ExportDataResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ExportDataResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<ExportedConversation>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl ExportDataResponse {
        pub fn builder() -> builder::ExportDataResponse {
            Default::default()
        }
    }
    ///`ExportedConversation`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ExportedConversation {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub ad_clicks: ::std::vec::Vec<::serde_json::Value>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub assignees: ::std::vec::Vec<UserRef>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub customers: ::std::vec::Vec<CustomerRef>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from: ::std::option::Option<Sender>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inserted_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_banned: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub psid: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub recent_phone_numbers: ::std::vec::Vec<
            ExportedConversationRecentPhoneNumbersItem,
        >,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub recent_seen_users: ::std::vec::Vec<SeenUser>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<TagId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thread_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::std::string::String>,
    }
    impl ExportedConversation {
        pub fn builder() -> builder::ExportedConversation {
            Default::default()
        }
    }
    ///`ExportedConversationRecentPhoneNumbersItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum ExportedConversationRecentPhoneNumbersItem {
        String(::std::string::String),
        PhoneNumberCapture(PhoneNumberCapture),
    }
    impl ::std::convert::From<PhoneNumberCapture>
    for ExportedConversationRecentPhoneNumbersItem {
        fn from(value: PhoneNumberCapture) -> Self {
            Self::PhoneNumberCapture(value)
        }
    }
    ///`Gender`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum Gender {
        #[serde(rename = "male")]
        Male,
        #[serde(rename = "female")]
        Female,
        #[serde(rename = "unknown")]
        Unknown,
    }
    impl ::std::fmt::Display for Gender {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Male => f.write_str("male"),
                Self::Female => f.write_str("female"),
                Self::Unknown => f.write_str("unknown"),
            }
        }
    }
    impl ::std::str::FromStr for Gender {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "male" => Ok(Self::Male),
                "female" => Ok(Self::Female),
                "unknown" => Ok(Self::Unknown),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Gender {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Gender {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`GeneratePageAccessTokenResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct GeneratePageAccessTokenResponse {
        /**The new token; the previous one no longer works. The field's name is an assumption: no
source shows the answer (RECONCILIATION Q2).
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_access_token: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl GeneratePageAccessTokenResponse {
        pub fn builder() -> builder::GeneratePageAccessTokenResponse {
            Default::default()
        }
    }
    ///`HourlyEngagement`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct HourlyEngagement {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub comment: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hour: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inbox: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub new_customer: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub new_customer_from_inbox: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl HourlyEngagement {
        pub fn builder() -> builder::HourlyEngagement {
            Default::default()
        }
    }
    /**A message in an inbox conversation: exactly one of `message`, `content_ids` or `template_id`.
Sending `message` and `content_ids` together is refused.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InboxMessage {
        pub action: InboxMessageAction,
        ///Legacy; tolerated, not needed with `content_ids`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attachment_type: ::std::option::Option<::std::string::String>,
        /**Ids from `upload_content`. At most, per call: Facebook 30, Instagram 10, personal Zalo
30, Telegram 10, chat plugin 10, booking.com 10, Mercado Libre 10, every other channel 1
(send more media in separate calls).
Pancake's document gives these maxima without saying what the API does with more:
an open question (RECONCILIATION Q11), so the array has no `maxItems`; stay within them.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub content_ids: ::std::vec::Vec<::std::string::String>,
        ///Legacy; tolerated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content_url: ::std::option::Option<::std::string::String>,
        /**The file name of a document sent with `content_ids`; only documents take one. Without it
the name is `Document`.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filename: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Legacy; tolerated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mime_type: ::std::option::Option<::std::string::String>,
        ///Legacy file name; tolerated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reply_message_id: ::std::option::Option<::std::string::String>,
        /**The staff user sending (from `list_users`); that user needs the required subscription
plan and permissions on the page.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sender_id: ::std::option::Option<::std::string::String>,
        ///WhatsApp Business only; a message template.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub template_id: ::std::option::Option<::std::string::String>,
        ///Values for the template's variables (`HEADER_PARAMS`, `BODY_PARAMS`, `BUTTONS_<n>_PARAMS`).
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub template_params: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
    }
    impl InboxMessage {
        pub fn builder() -> builder::InboxMessage {
            Default::default()
        }
    }
    ///`InboxMessageAction`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum InboxMessageAction {
        #[serde(rename = "reply_inbox")]
        ReplyInbox,
    }
    impl ::std::fmt::Display for InboxMessageAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ReplyInbox => f.write_str("reply_inbox"),
            }
        }
    }
    impl ::std::str::FromStr for InboxMessageAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "reply_inbox" => Ok(Self::ReplyInbox),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for InboxMessageAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for InboxMessageAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The kinds of conversation the sources name (E6, Q10).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum KnownConversationType {
        #[serde(rename = "INBOX")]
        Inbox,
        #[serde(rename = "COMMENT")]
        Comment,
        #[serde(rename = "LIVESTREAM")]
        Livestream,
        #[serde(rename = "RATING")]
        Rating,
        #[serde(rename = "COMMENT_LIVESTREAM")]
        CommentLivestream,
        #[serde(rename = "POST")]
        Post,
    }
    impl ::std::fmt::Display for KnownConversationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Inbox => f.write_str("INBOX"),
                Self::Comment => f.write_str("COMMENT"),
                Self::Livestream => f.write_str("LIVESTREAM"),
                Self::Rating => f.write_str("RATING"),
                Self::CommentLivestream => f.write_str("COMMENT_LIVESTREAM"),
                Self::Post => f.write_str("POST"),
            }
        }
    }
    impl ::std::str::FromStr for KnownConversationType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "INBOX" => Ok(Self::Inbox),
                "COMMENT" => Ok(Self::Comment),
                "LIVESTREAM" => Ok(Self::Livestream),
                "RATING" => Ok(Self::Rating),
                "COMMENT_LIVESTREAM" => Ok(Self::CommentLivestream),
                "POST" => Ok(Self::Post),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for KnownConversationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for KnownConversationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListChatPluginMessagesResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListChatPluginMessagesResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub can_request_feedback: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub messages: ::std::vec::Vec<ChatPluginMessage>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl ListChatPluginMessagesResponse {
        pub fn builder() -> builder::ListChatPluginMessagesResponse {
            Default::default()
        }
    }
    ///`ListConversationsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListConversationsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub conversations: ::std::vec::Vec<Conversation>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl ListConversationsResponse {
        pub fn builder() -> builder::ListConversationsResponse {
            Default::default()
        }
    }
    ///`ListConversationsV1Response`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListConversationsV1Response {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub conversations: ::std::vec::Vec<Conversation>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        ///How many conversations match, over all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl ListConversationsV1Response {
        pub fn builder() -> builder::ListConversationsV1Response {
            Default::default()
        }
    }
    ///`ListMessagesResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListMessagesResponse {
        ///Whether the page may message the customer now (inside the messaging window).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub can_inbox: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub customers: ::std::vec::Vec<MessageCustomer>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub messages: ::std::vec::Vec<Message>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub notes: ::std::vec::Vec<CustomerNote>,
        ///The post of a comment conversation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub post: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub read_watermarks: ::std::vec::Vec<ReadWatermark>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl ListMessagesResponse {
        pub fn builder() -> builder::ListMessagesResponse {
            Default::default()
        }
    }
    ///`ListPageCustomersResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListPageCustomersResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub customers: ::std::vec::Vec<PageCustomer>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl ListPageCustomersResponse {
        pub fn builder() -> builder::ListPageCustomersResponse {
            Default::default()
        }
    }
    ///`ListPagesResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListPagesResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub pages: ::std::vec::Vec<Page>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl ListPagesResponse {
        pub fn builder() -> builder::ListPagesResponse {
            Default::default()
        }
    }
    ///`ListPostsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListPostsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub posts: ::std::vec::Vec<Post>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl ListPostsResponse {
        pub fn builder() -> builder::ListPostsResponse {
            Default::default()
        }
    }
    ///`ListSipCallLogsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListSipCallLogsResponse {
        ///The page's calls, under the key of the only real payload (K2).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub call_logs: ::std::vec::Vec<CallLog>,
        /**The same list under the key of the official snapshot, which no payload shows (K2). Where an
answer holds its calls here instead of in `call_logs`, the walk reads them here (K7).
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<CallLog>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl ListSipCallLogsResponse {
        pub fn builder() -> builder::ListSipCallLogsResponse {
            Default::default()
        }
    }
    ///`ListTagsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListTagsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<Tag>,
    }
    impl ListTagsResponse {
        pub fn builder() -> builder::ListTagsResponse {
            Default::default()
        }
    }
    ///`ListUsersResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ListUsersResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub disabled_users: ::std::vec::Vec<PageUser>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub round_robin_users: ::std::option::Option<RoundRobinUsers>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub users: ::std::vec::Vec<PageUser>,
    }
    impl ListUsersResponse {
        pub fn builder() -> builder::ListUsersResponse {
            Default::default()
        }
    }
    ///`Mention`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Mention {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub length: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub offset: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub psid: ::std::option::Option<::std::string::String>,
    }
    impl Mention {
        pub fn builder() -> builder::Mention {
            Default::default()
        }
    }
    /**A message. Members not listed here are kept (`additionalProperties: {}`), as for `Conversation`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Message {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub attachments: ::std::vec::Vec<MessageAttachment>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub can_reply_privately: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub comment_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from: ::std::option::Option<Sender>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_phone: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inserted_at: ::std::option::Option<::std::string::String>,
        ///Comments only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_hidden: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_livestream_order: ::std::option::Option<bool>,
        ///Comments only; a top-level comment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_parent: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_parent_hidden: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_removed: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub like_count: ::std::option::Option<i64>,
        ///The text (may be HTML for some channels).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub original_message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parent_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub phone_info: ::std::vec::Vec<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seen: ::std::option::Option<bool>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::model::ConversationType>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Message {
        pub fn builder() -> builder::Message {
            Default::default()
        }
    }
    ///`MessageAttachment`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct MessageAttachment {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mime_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        /**`photo`, `video`, `sticker`, `template` or `system_message` (the official document's
list), or another kind: a free string.
*/
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl MessageAttachment {
        pub fn builder() -> builder::MessageAttachment {
            Default::default()
        }
    }
    ///`MessageCustomer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct MessageCustomer {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub can_inbox: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub emails: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fb_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub recent_phone_numbers: ::std::vec::Vec<PhoneNumberCapture>,
    }
    impl MessageCustomer {
        pub fn builder() -> builder::MessageCustomer {
            Default::default()
        }
    }
    ///A message was received or changed, in the inbox or under a post.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MessagingEvent {
        pub data: MessagingEventData,
        pub event_type: MessagingEventEventType,
        pub page_id: ::std::string::String,
        /**"Unique ID of this webhook delivery, useful for logging and idempotent processing"
(Pancake's webhook file). Whether a redelivery repeats it is an open question, so it is
an assumption either way (RECONCILIATION Q23): deduplicate on what the event is about
(the message id; the conversation's `version` and `updated_at`), with `request_id` as
a first check.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///When the event was sent, in Unix seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<i64>,
    }
    impl MessagingEvent {
        pub fn builder() -> builder::MessagingEvent {
            Default::default()
        }
    }
    ///`MessagingEventData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct MessagingEventData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation: ::std::option::Option<WebhookConversation>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<Message>,
        ///The post a comment belongs to; absent (or `null`) for inbox messages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub post: ::std::option::Option<Post>,
    }
    impl MessagingEventData {
        pub fn builder() -> builder::MessagingEventData {
            Default::default()
        }
    }
    ///`MessagingEventEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum MessagingEventEventType {
        #[serde(rename = "messaging")]
        Messaging,
    }
    impl ::std::fmt::Display for MessagingEventEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Messaging => f.write_str("messaging"),
            }
        }
    }
    impl ::std::str::FromStr for MessagingEventEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "messaging" => Ok(Self::Messaging),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for MessagingEventEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MessagingEventEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A report figure; sent as a number or as a numeric string.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum Metric {
        Number(f64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for Metric {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Number(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<f64> for Metric {
        fn from(value: f64) -> Self {
            Self::Number(value)
        }
    }
    ///`NewCustomerGrouping`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum NewCustomerGrouping {
        #[serde(rename = "day")]
        Day,
        #[serde(rename = "hour")]
        Hour,
        #[serde(rename = "page_id")]
        PageId,
    }
    impl ::std::fmt::Display for NewCustomerGrouping {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Day => f.write_str("day"),
                Self::Hour => f.write_str("hour"),
                Self::PageId => f.write_str("page_id"),
            }
        }
    }
    impl ::std::str::FromStr for NewCustomerGrouping {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "day" => Ok(Self::Day),
                "hour" => Ok(Self::Hour),
                "page_id" => Ok(Self::PageId),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for NewCustomerGrouping {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NewCustomerGrouping {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for NewCustomerGrouping {
        fn default() -> Self {
            NewCustomerGrouping::Day
        }
    }
    ///`NewCustomerStatistic`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct NewCustomerStatistic {
        ///`2020-08-12` per day, `2020-08-12T16:00:00` per hour.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub new_customer_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub new_page_inbox_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub new_phone_number_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number_count: ::std::option::Option<i64>,
    }
    impl NewCustomerStatistic {
        pub fn builder() -> builder::NewCustomerStatistic {
            Default::default()
        }
    }
    ///`NewCustomerStatisticsData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum NewCustomerStatisticsData {
        Array(::std::vec::Vec<NewCustomerStatistic>),
        Object(
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<NewCustomerStatistic>,
            >,
        ),
    }
    impl ::std::convert::From<::std::vec::Vec<NewCustomerStatistic>>
    for NewCustomerStatisticsData {
        fn from(value: ::std::vec::Vec<NewCustomerStatistic>) -> Self {
            Self::Array(value)
        }
    }
    impl ::std::convert::From<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<NewCustomerStatistic>,
        >,
    > for NewCustomerStatisticsData {
        fn from(
            value: ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<NewCustomerStatistic>,
            >,
        ) -> Self {
            Self::Object(value)
        }
    }
    ///`NewCustomerStatisticsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct NewCustomerStatisticsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<NewCustomerStatisticsData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl NewCustomerStatisticsResponse {
        pub fn builder() -> builder::NewCustomerStatisticsResponse {
            Default::default()
        }
    }
    ///`NoteAuthor`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct NoteAuthor {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fb_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fb_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uid: ::std::option::Option<::std::string::String>,
    }
    impl NoteAuthor {
        pub fn builder() -> builder::NoteAuthor {
            Default::default()
        }
    }
    ///`Page`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Page {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avatar_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The channel (`facebook`, `instagram_official`, `zalo`, `whatsapp_official`, `shopee`, `tiktok`, ...).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub platform: ::std::option::Option<::std::string::String>,
    }
    impl Page {
        pub fn builder() -> builder::Page {
            Default::default()
        }
    }
    ///`PageCustomer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PageCustomer {
        ///`YYYY-MM-DD`; unknown parts are `00` (`1998-00-00`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub birthday: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub can_inbox: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub emails: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub gender: ::std::option::Option<::std::string::String>,
        ///The page customer's id (the `page_customer_id` of the write operations).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inserted_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lives_in: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub notes: ::std::vec::Vec<CustomerNote>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub phone_numbers: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub psid: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thread_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::std::string::String>,
    }
    impl PageCustomer {
        pub fn builder() -> builder::PageCustomer {
            Default::default()
        }
    }
    ///`PageStatistic`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PageStatistic {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_comment_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_inbox_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hour: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inbox_interactive_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub new_customer_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub new_inbox_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_comment_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_inbox_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub today_uniq_website_referral: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub today_website_guest_referral: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uniq_phone_number_count: ::std::option::Option<i64>,
    }
    impl PageStatistic {
        pub fn builder() -> builder::PageStatistic {
            Default::default()
        }
    }
    ///`PageStatisticsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PageStatisticsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<PageStatistic>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl PageStatisticsResponse {
        pub fn builder() -> builder::PageStatisticsResponse {
            Default::default()
        }
    }
    ///`PageUser`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PageUser {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fb_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_online: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_permissions: ::std::option::Option<PageUserPagePermissions>,
        ///`available`, ...
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status_in_page: ::std::option::Option<::std::string::String>,
    }
    impl PageUser {
        pub fn builder() -> builder::PageUser {
            Default::default()
        }
    }
    ///`PageUserPagePermissions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PageUserPagePermissions {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub permissions: ::std::vec::Vec<i64>,
    }
    impl PageUserPagePermissions {
        pub fn builder() -> builder::PageUserPagePermissions {
            Default::default()
        }
    }
    ///A Pancake subscription package (plan) of the account that owns the pages.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PancakeSubscription {
        ///Estimated price of the package.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub accumulated_amount: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub activated_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auto_config: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///Length of the package, in months.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expired_at: ::std::option::Option<::std::string::String>,
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inserted_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_activated: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_paid: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub owner_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_count: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub page_ids: ::std::vec::Vec<::std::string::String>,
        ///Amount actually paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_amount: ::std::option::Option<f64>,
        ///Users allowed to manage the package.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub shared_accounts: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub upgrade_from: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_count: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub user_ids: ::std::vec::Vec<::std::string::String>,
    }
    impl PancakeSubscription {
        pub fn builder() -> builder::PancakeSubscription {
            Default::default()
        }
    }
    ///A phone number Pancake found in a message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PhoneNumberCapture {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub captured: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub length: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub m_content: ::std::option::Option<::std::string::String>,
        ///The message it was found in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub m_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub offset: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i64>,
    }
    impl PhoneNumberCapture {
        pub fn builder() -> builder::PhoneNumberCapture {
            Default::default()
        }
    }
    ///`Post`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Post {
        ///Any JSON value; `null` when absent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub admin_creator: ::std::option::Option<::serde_json::Value>,
        ///Any JSON value; `null` when absent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attachments: ::std::option::Option<::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub comment_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delete_comment: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from: ::std::option::Option<Sender>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hide_comment: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ignore_comment: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inserted_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_removed: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub like_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub link: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub live_video_status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number_count: ::std::option::Option<i64>,
        ///Any JSON value; `null` when absent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub privacy: ::std::option::Option<::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reactions: ::std::option::Option<Reactions>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub story: ::std::option::Option<::std::string::String>,
        ///`photo`, `video`, `text`, `livestream`, `rating`, ...
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl Post {
        pub fn builder() -> builder::Post {
            Default::default()
        }
    }
    ///A post of the page was created or one of its fields changed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PostEvent {
        pub data: PostEventData,
        pub event_type: PostEventEventType,
        pub page_id: ::std::string::String,
        /**"Unique ID of this webhook delivery, useful for logging and idempotent processing"
(Pancake's webhook file). Whether a redelivery repeats it is an open question, so it is
an assumption either way (RECONCILIATION Q23): deduplicate on what the event is about
(the message id; the conversation's `version` and `updated_at`), with `request_id` as
a first check.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///When the event was sent, in Unix seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<i64>,
    }
    impl PostEvent {
        pub fn builder() -> builder::PostEvent {
            Default::default()
        }
    }
    ///`PostEventData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PostEventData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub post: ::std::option::Option<Post>,
    }
    impl PostEventData {
        pub fn builder() -> builder::PostEventData {
            Default::default()
        }
    }
    ///`PostEventEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum PostEventEventType {
        #[serde(rename = "post")]
        Post,
    }
    impl ::std::fmt::Display for PostEventEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Post => f.write_str("post"),
            }
        }
    }
    impl ::std::str::FromStr for PostEventEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "post" => Ok(Self::Post),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PostEventEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PostEventEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PostType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum PostType {
        #[serde(rename = "video")]
        Video,
        #[serde(rename = "photo")]
        Photo,
        #[serde(rename = "text")]
        Text,
        #[serde(rename = "livestream")]
        Livestream,
    }
    impl ::std::fmt::Display for PostType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Video => f.write_str("video"),
                Self::Photo => f.write_str("photo"),
                Self::Text => f.write_str("text"),
                Self::Livestream => f.write_str("livestream"),
            }
        }
    }
    impl ::std::str::FromStr for PostType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "video" => Ok(Self::Video),
                "photo" => Ok(Self::Photo),
                "text" => Ok(Self::Text),
                "livestream" => Ok(Self::Livestream),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PostType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PostType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A private message to the author of a comment; once per comment, within 7 days of it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PrivateReplyMessage {
        pub action: PrivateReplyMessageAction,
        ///The comment's author.
        pub from_id: ::std::string::String,
        pub message: ::std::string::String,
        ///The comment.
        pub message_id: ::std::string::String,
        pub post_id: ::std::string::String,
        /**The staff user sending (from `list_users`); that user needs the required subscription
plan and permissions on the page.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sender_id: ::std::option::Option<::std::string::String>,
    }
    impl PrivateReplyMessage {
        pub fn builder() -> builder::PrivateReplyMessage {
            Default::default()
        }
    }
    ///`PrivateReplyMessageAction`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum PrivateReplyMessageAction {
        #[serde(rename = "private_replies")]
        PrivateReplies,
    }
    impl ::std::fmt::Display for PrivateReplyMessageAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::PrivateReplies => f.write_str("private_replies"),
            }
        }
    }
    impl ::std::str::FromStr for PrivateReplyMessageAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "private_replies" => Ok(Self::PrivateReplies),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PrivateReplyMessageAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PrivateReplyMessageAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Reactions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Reactions {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub angry_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub care_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub haha_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub like_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub love_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sad_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wow_count: ::std::option::Option<i64>,
    }
    impl Reactions {
        pub fn builder() -> builder::Reactions {
            Default::default()
        }
    }
    ///`ReadWatermark`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ReadWatermark {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_group_conv: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub psid: ::std::option::Option<::std::string::String>,
        ///Unix time in seconds up to which the customer has read.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub watermark: ::std::option::Option<i64>,
    }
    impl ReadWatermark {
        pub fn builder() -> builder::ReadWatermark {
            Default::default()
        }
    }
    ///A public reply to a comment; needs `message`, or media (`content_ids` or `content_url`), or both.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReplyCommentMessage {
        pub action: ReplyCommentMessageAction,
        /**Ids from `upload_content`. At most, per call: Facebook 30, Instagram 10, personal Zalo
30, Telegram 10, chat plugin 10, booking.com 10, Mercado Libre 10, every other channel 1 (send more media in separate calls).
Pancake's document gives these maxima without saying what the API does with more:
an open question (RECONCILIATION Q11), so the array has no `maxItems`; stay within them.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub content_ids: ::std::vec::Vec<::std::string::String>,
        ///Legacy image URL; tolerated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content_url: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub mentions: ::std::vec::Vec<Mention>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The comment being answered.
        pub message_id: ::std::string::String,
        /**The staff user sending (from `list_users`); that user needs the required subscription
plan and permissions on the page.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sender_id: ::std::option::Option<::std::string::String>,
    }
    impl ReplyCommentMessage {
        pub fn builder() -> builder::ReplyCommentMessage {
            Default::default()
        }
    }
    ///`ReplyCommentMessageAction`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ReplyCommentMessageAction {
        #[serde(rename = "reply_comment")]
        ReplyComment,
    }
    impl ::std::fmt::Display for ReplyCommentMessageAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ReplyComment => f.write_str("reply_comment"),
            }
        }
    }
    impl ::std::str::FromStr for ReplyCommentMessageAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "reply_comment" => Ok(Self::ReplyComment),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ReplyCommentMessageAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ReplyCommentMessageAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`RoundRobinUsers`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct RoundRobinUsers {
        ///Users who receive new comment conversations in turn.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub comment: ::std::vec::Vec<::std::string::String>,
        /**Users who receive new inbox conversations in turn; each must be an active user of the
page (`list_users`), another id is refused with 400 (RECONCILIATION Q9).
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub inbox: ::std::vec::Vec<::std::string::String>,
    }
    impl RoundRobinUsers {
        pub fn builder() -> builder::RoundRobinUsers {
            Default::default()
        }
    }
    ///`SeenUser`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct SeenUser {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fb_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fb_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seen_at: ::std::option::Option<::std::string::String>,
    }
    impl SeenUser {
        pub fn builder() -> builder::SeenUser {
            Default::default()
        }
    }
    ///`SendChatPluginMessageRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SendChatPluginMessageRequest {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub attachments: ::std::vec::Vec<ChatPluginAttachment>,
        ///The conversation; `null` or absent starts a new one.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation_id: ::std::option::Option<::std::string::String>,
        ///A client-side id, echoed back.
        pub dummy_id: i64,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub extra_info: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The visitor (`web_...`).
        pub from_id: ::std::string::String,
        ///Client time, Unix **milliseconds**.
        pub inserted_at: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The visitor's display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub replied_message_id: ::std::option::Option<::std::string::String>,
    }
    impl SendChatPluginMessageRequest {
        pub fn builder() -> builder::SendChatPluginMessageRequest {
            Default::default()
        }
    }
    ///`SendChatPluginMessageResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct SendChatPluginMessageResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dummy_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl SendChatPluginMessageResponse {
        pub fn builder() -> builder::SendChatPluginMessageResponse {
            Default::default()
        }
    }
    ///`SendMessageRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum SendMessageRequest {
        InboxMessage(InboxMessage),
        ReplyCommentMessage(ReplyCommentMessage),
        PrivateReplyMessage(PrivateReplyMessage),
    }
    impl ::std::convert::From<InboxMessage> for SendMessageRequest {
        fn from(value: InboxMessage) -> Self {
            Self::InboxMessage(value)
        }
    }
    impl ::std::convert::From<ReplyCommentMessage> for SendMessageRequest {
        fn from(value: ReplyCommentMessage) -> Self {
            Self::ReplyCommentMessage(value)
        }
    }
    impl ::std::convert::From<PrivateReplyMessage> for SendMessageRequest {
        fn from(value: PrivateReplyMessage) -> Self {
            Self::PrivateReplyMessage(value)
        }
    }
    ///`SendMessageResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct SendMessageResponse {
        ///With `success` false, the in-band error (10900, 10901; see `ApiError`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<i64>,
        ///The sent message's id (`m_...`, or `{post}_{comment}` for a comment reply).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl SendMessageResponse {
        pub fn builder() -> builder::SendMessageResponse {
            Default::default()
        }
    }
    ///Who wrote a message (a customer, or the page with the staff member who answered).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Sender {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub admin_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub admin_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ai_generated: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avatar_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_automated: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /**On a customer's message in a webhook event: the customer's page-customer id (`id` in
`list_page_customers`).
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uid: ::std::option::Option<::std::string::String>,
    }
    impl Sender {
        pub fn builder() -> builder::Sender {
            Default::default()
        }
    }
    ///The subscription package that covers the pages changed. Not tied to one page, so `page_id` may be absent.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SubscriptionEvent {
        pub data: SubscriptionEventData,
        pub event_type: SubscriptionEventEventType,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_id: ::std::option::Option<::std::string::String>,
        /**"Unique ID of this webhook delivery, useful for logging and idempotent processing"
(Pancake's webhook file). Whether a redelivery repeats it is an open question, so it is
an assumption either way (RECONCILIATION Q23): deduplicate on what the event is about
(the message id; the conversation's `version` and `updated_at`), with `request_id` as
a first check.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///When the event was sent, in Unix seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<i64>,
    }
    impl SubscriptionEvent {
        pub fn builder() -> builder::SubscriptionEvent {
            Default::default()
        }
    }
    ///`SubscriptionEventData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct SubscriptionEventData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription: ::std::option::Option<PancakeSubscription>,
    }
    impl SubscriptionEventData {
        pub fn builder() -> builder::SubscriptionEventData {
            Default::default()
        }
    }
    ///`SubscriptionEventEventType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum SubscriptionEventEventType {
        #[serde(rename = "subscription")]
        Subscription,
    }
    impl ::std::fmt::Display for SubscriptionEventEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Subscription => f.write_str("subscription"),
            }
        }
    }
    impl ::std::str::FromStr for SubscriptionEventEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "subscription" => Ok(Self::Subscription),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SubscriptionEventEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SubscriptionEventEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///An acknowledgement.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct SuccessResponse {
        ///A human-readable confirmation (may be Vietnamese).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl SuccessResponse {
        pub fn builder() -> builder::SuccessResponse {
            Default::default()
        }
    }
    ///`Tag`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Tag {
        ///Hex colour (`#4b5577`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub color: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Small integer, unique within the page; negative ids exist (`-99`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_deactive: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_lead_event: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lighten_color: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
    }
    impl Tag {
        pub fn builder() -> builder::Tag {
            Default::default()
        }
    }
    ///`TagAction`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum TagAction {
        #[serde(rename = "add")]
        Add,
        #[serde(rename = "remove")]
        Remove,
    }
    impl ::std::fmt::Display for TagAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Add => f.write_str("add"),
                Self::Remove => f.write_str("remove"),
            }
        }
    }
    impl ::std::str::FromStr for TagAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "add" => Ok(Self::Add),
                "remove" => Ok(Self::Remove),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TagAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TagAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`TagHistory`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct TagHistory {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversation_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inserted_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload: ::std::option::Option<TagHistoryPayload>,
    }
    impl TagHistory {
        pub fn builder() -> builder::TagHistory {
            Default::default()
        }
    }
    ///`TagHistoryPayload`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct TagHistoryPayload {
        ///`add` or `remove`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub action: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub editor_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub editor_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tag: ::std::option::Option<TagHistoryPayloadTag>,
    }
    impl TagHistoryPayload {
        pub fn builder() -> builder::TagHistoryPayload {
            Default::default()
        }
    }
    ///`TagHistoryPayloadTag`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct TagHistoryPayloadTag {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
    }
    impl TagHistoryPayloadTag {
        pub fn builder() -> builder::TagHistoryPayloadTag {
            Default::default()
        }
    }
    /**A tag id, as a JSON number or as a numeric string (both are sent by clients and by the API).
The string form is not constrained by a pattern so that a response never fails to decode; the
server refuses a non-numeric `tag_id` in a request with 400.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum TagId {
        Int64(i64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for TagId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Int64(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for TagId {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    ///`TagSeries`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct TagSeries {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub categories: ::std::vec::Vec<::std::string::String>,
        ///Counts per category, keyed by tag id.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub series: ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<i64>,
        >,
    }
    impl TagSeries {
        pub fn builder() -> builder::TagSeries {
            Default::default()
        }
    }
    ///`TagStatisticsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct TagStatisticsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<TagSeries>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data_today: ::std::option::Option<TagSeries>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<TagStatisticsResponseTagsItem>,
    }
    impl TagStatisticsResponse {
        pub fn builder() -> builder::TagStatisticsResponse {
            Default::default()
        }
    }
    ///`TagStatisticsResponseTagsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct TagStatisticsResponseTagsItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub color: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<TagId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lighten_color: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
    }
    impl TagStatisticsResponseTagsItem {
        pub fn builder() -> builder::TagStatisticsResponseTagsItem {
            Default::default()
        }
    }
    ///`UpdateConversationTagsRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdateConversationTagsRequest {
        pub action: TagAction,
        pub tag_id: TagId,
    }
    impl UpdateConversationTagsRequest {
        pub fn builder() -> builder::UpdateConversationTagsRequest {
            Default::default()
        }
    }
    ///`UpdateConversationTagsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UpdateConversationTagsResponse {
        ///The conversation's tag ids after the change.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        ///When the change was made, Unix time in **microseconds**.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<i64>,
    }
    impl UpdateConversationTagsResponse {
        pub fn builder() -> builder::UpdateConversationTagsResponse {
            Default::default()
        }
    }
    ///`UpdateCustomerNoteRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdateCustomerNoteRequest {
        pub message: ::std::string::String,
        pub note_id: ::std::string::String,
    }
    impl UpdateCustomerNoteRequest {
        pub fn builder() -> builder::UpdateCustomerNoteRequest {
            Default::default()
        }
    }
    ///`UpdatePageCustomerRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdatePageCustomerRequest {
        pub changes: CustomerChanges,
    }
    impl UpdatePageCustomerRequest {
        pub fn builder() -> builder::UpdatePageCustomerRequest {
            Default::default()
        }
    }
    ///`UploadContentRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UploadContentRequest {
        pub file: ::std::string::String,
    }
    impl UploadContentRequest {
        pub fn builder() -> builder::UploadContentRequest {
            Default::default()
        }
    }
    ///`UploadContentResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UploadContentResponse {
        ///`PHOTO`, `VIDEO`, `DOCUMENT` or `AUDIO_ATTACHMENT_ID`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attachment_type: ::std::option::Option<::std::string::String>,
        ///The content id to send in `content_ids`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl UploadContentResponse {
        pub fn builder() -> builder::UploadContentResponse {
            Default::default()
        }
    }
    ///`UserEngagement`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UserEngagement {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inbox_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub old_order_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_engagement: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<::std::string::String>,
    }
    impl UserEngagement {
        pub fn builder() -> builder::UserEngagement {
            Default::default()
        }
    }
    ///A staff member, as embedded in conversations.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UserRef {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fb_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl UserRef {
        pub fn builder() -> builder::UserRef {
            Default::default()
        }
    }
    ///`UserStatisticRow`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UserStatisticRow {
        ///Milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub average_response_time: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub comment_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hour: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inbox_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub private_reply_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unique_comment_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unique_inbox_count: ::std::option::Option<i64>,
        ///In `users` only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_fb_id: ::std::option::Option<::std::string::String>,
        ///In `users` only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_name: ::std::option::Option<::std::string::String>,
    }
    impl UserStatisticRow {
        pub fn builder() -> builder::UserStatisticRow {
            Default::default()
        }
    }
    ///`UserStatistics`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UserStatistics {
        ///Hourly rows, keyed by user id.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub statistics: ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<UserStatisticRow>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        ///Totals, keyed by user id.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub users: ::std::collections::HashMap<::std::string::String, UserStatisticRow>,
    }
    impl UserStatistics {
        pub fn builder() -> builder::UserStatistics {
            Default::default()
        }
    }
    ///`UserStatisticsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UserStatisticsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<UserStatistics>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl UserStatisticsResponse {
        pub fn builder() -> builder::UserStatisticsResponse {
            Default::default()
        }
    }
    /**A conversation as webhook events carry it: a summary smaller than the API's `Conversation`,
with tag ids instead of tag objects, a per-conversation `version`, and `updated_at` (see
RECONCILIATION.md, row W3).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct WebhookConversation {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub assignee_ids: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from: ::std::option::Option<Sender>,
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_combined: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_removed: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_replied: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub read_watermarks: ::std::option::Option<::std::vec::Vec<ReadWatermark>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seen: ::std::option::Option<bool>,
        ///The last message, shortened.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub snippet: ::std::option::Option<::std::string::String>,
        ///Ids of the conversation's tags (details from `list_tags`).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<i64>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::model::ConversationType>,
        /**Last activity, as in the API's `Conversation`; the order key of a sync. Not in Pancake's
webhook file: an assumption (RECONCILIATION W3), optional, with `version` as the fallback.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::std::string::String>,
        ///Grows with every change of the conversation; a receiver applies an event only if it is newer than what it holds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<i64>,
    }
    impl WebhookConversation {
        pub fn builder() -> builder::WebhookConversation {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AdStatistic {
            ad_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            impressions: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reach: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            spend: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdStatistic {
            fn default() -> Self {
                Self {
                    ad_id: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    date: Ok(Default::default()),
                    impressions: Ok(Default::default()),
                    name: Ok(Default::default()),
                    reach: Ok(Default::default()),
                    spend: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl AdStatistic {
            pub fn ad_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ad_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ad_id: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date: {e}")
                    });
                self
            }
            pub fn impressions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.impressions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for impressions: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn reach<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.reach = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reach: {e}")
                    });
                self
            }
            pub fn spend<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.spend = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for spend: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdStatistic> for super::AdStatistic {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdStatistic,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ad_id: value.ad_id?,
                    currency: value.currency?,
                    date: value.date?,
                    impressions: value.impressions?,
                    name: value.name?,
                    reach: value.reach?,
                    spend: value.spend?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::AdStatistic> for AdStatistic {
            fn from(value: super::AdStatistic) -> Self {
                Self {
                    ad_id: Ok(value.ad_id),
                    currency: Ok(value.currency),
                    date: Ok(value.date),
                    impressions: Ok(value.impressions),
                    name: Ok(value.name),
                    reach: Ok(value.reach),
                    spend: Ok(value.spend),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddCustomerNoteRequest {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AddCustomerNoteRequest {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl AddCustomerNoteRequest {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AddCustomerNoteRequest>
        for super::AddCustomerNoteRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddCustomerNoteRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { message: value.message? })
            }
        }
        impl ::std::convert::From<super::AddCustomerNoteRequest>
        for AddCustomerNoteRequest {
            fn from(value: super::AddCustomerNoteRequest) -> Self {
                Self { message: Ok(value.message) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdsCampaignStatistic {
            account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ad_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            adset_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            budget_remaining: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cpc: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            cpm: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            ctr: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            daily_budget: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            impressions: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            lifetime_budget: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            link_click: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            messaging_conversation_started_7d: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            messaging_first_reply: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            post_comments: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            purchase_roas: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            purchases: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            purchases_conversion_value: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            reach: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            spend: ::std::result::Result<
                ::std::option::Option<super::Metric>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdsCampaignStatistic {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    ad_id: Ok(Default::default()),
                    adset_id: Ok(Default::default()),
                    budget_remaining: Ok(Default::default()),
                    cpc: Ok(Default::default()),
                    cpm: Ok(Default::default()),
                    ctr: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    daily_budget: Ok(Default::default()),
                    impressions: Ok(Default::default()),
                    lifetime_budget: Ok(Default::default()),
                    link_click: Ok(Default::default()),
                    messaging_conversation_started_7d: Ok(Default::default()),
                    messaging_first_reply: Ok(Default::default()),
                    name: Ok(Default::default()),
                    post_comments: Ok(Default::default()),
                    purchase_roas: Ok(Default::default()),
                    purchases: Ok(Default::default()),
                    purchases_conversion_value: Ok(Default::default()),
                    reach: Ok(Default::default()),
                    spend: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl AdsCampaignStatistic {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            pub fn ad_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ad_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ad_id: {e}")
                    });
                self
            }
            pub fn adset_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.adset_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for adset_id: {e}")
                    });
                self
            }
            pub fn budget_remaining<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.budget_remaining = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for budget_remaining: {e}"
                        )
                    });
                self
            }
            pub fn cpc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.cpc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cpc: {e}")
                    });
                self
            }
            pub fn cpm<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.cpm = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cpm: {e}")
                    });
                self
            }
            pub fn ctr<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.ctr = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ctr: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn daily_budget<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.daily_budget = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for daily_budget: {e}")
                    });
                self
            }
            pub fn impressions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.impressions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for impressions: {e}")
                    });
                self
            }
            pub fn lifetime_budget<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.lifetime_budget = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for lifetime_budget: {e}"
                        )
                    });
                self
            }
            pub fn link_click<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.link_click = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for link_click: {e}")
                    });
                self
            }
            pub fn messaging_conversation_started_7d<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.messaging_conversation_started_7d = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for messaging_conversation_started_7d: {e}"
                        )
                    });
                self
            }
            pub fn messaging_first_reply<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.messaging_first_reply = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for messaging_first_reply: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn post_comments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.post_comments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for post_comments: {e}")
                    });
                self
            }
            pub fn purchase_roas<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.purchase_roas = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for purchase_roas: {e}")
                    });
                self
            }
            pub fn purchases<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.purchases = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for purchases: {e}")
                    });
                self
            }
            pub fn purchases_conversion_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.purchases_conversion_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for purchases_conversion_value: {e}"
                        )
                    });
                self
            }
            pub fn reach<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.reach = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reach: {e}")
                    });
                self
            }
            pub fn spend<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metric>>,
                T::Error: ::std::fmt::Display,
            {
                self.spend = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for spend: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdsCampaignStatistic>
        for super::AdsCampaignStatistic {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdsCampaignStatistic,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    ad_id: value.ad_id?,
                    adset_id: value.adset_id?,
                    budget_remaining: value.budget_remaining?,
                    cpc: value.cpc?,
                    cpm: value.cpm?,
                    ctr: value.ctr?,
                    currency: value.currency?,
                    daily_budget: value.daily_budget?,
                    impressions: value.impressions?,
                    lifetime_budget: value.lifetime_budget?,
                    link_click: value.link_click?,
                    messaging_conversation_started_7d: value
                        .messaging_conversation_started_7d?,
                    messaging_first_reply: value.messaging_first_reply?,
                    name: value.name?,
                    post_comments: value.post_comments?,
                    purchase_roas: value.purchase_roas?,
                    purchases: value.purchases?,
                    purchases_conversion_value: value.purchases_conversion_value?,
                    reach: value.reach?,
                    spend: value.spend?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::AdsCampaignStatistic> for AdsCampaignStatistic {
            fn from(value: super::AdsCampaignStatistic) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    ad_id: Ok(value.ad_id),
                    adset_id: Ok(value.adset_id),
                    budget_remaining: Ok(value.budget_remaining),
                    cpc: Ok(value.cpc),
                    cpm: Ok(value.cpm),
                    ctr: Ok(value.ctr),
                    currency: Ok(value.currency),
                    daily_budget: Ok(value.daily_budget),
                    impressions: Ok(value.impressions),
                    lifetime_budget: Ok(value.lifetime_budget),
                    link_click: Ok(value.link_click),
                    messaging_conversation_started_7d: Ok(
                        value.messaging_conversation_started_7d,
                    ),
                    messaging_first_reply: Ok(value.messaging_first_reply),
                    name: Ok(value.name),
                    post_comments: Ok(value.post_comments),
                    purchase_roas: Ok(value.purchase_roas),
                    purchases: Ok(value.purchases),
                    purchases_conversion_value: Ok(value.purchases_conversion_value),
                    reach: Ok(value.reach),
                    spend: Ok(value.spend),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiError {
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_code: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiError {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    error_code: Ok(Default::default()),
                    message: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl ApiError {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiError> for super::ApiError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    error_code: value.error_code?,
                    message: value.message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::ApiError> for ApiError {
            fn from(value: super::ApiError) -> Self {
                Self {
                    error: Ok(value.error),
                    error_code: Ok(value.error_code),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AssignConversationRequest {
            assignee_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AssignConversationRequest {
            fn default() -> Self {
                Self {
                    assignee_ids: Err("no value supplied for assignee_ids".to_string()),
                }
            }
        }
        impl AssignConversationRequest {
            pub fn assignee_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.assignee_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for assignee_ids: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AssignConversationRequest>
        for super::AssignConversationRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssignConversationRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    assignee_ids: value.assignee_ids?,
                })
            }
        }
        impl ::std::convert::From<super::AssignConversationRequest>
        for AssignConversationRequest {
            fn from(value: super::AssignConversationRequest) -> Self {
                Self {
                    assignee_ids: Ok(value.assignee_ids),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AssigneeHistory {
            conversation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inserted_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payload: ::std::result::Result<
                ::std::option::Option<super::AssigneeHistoryPayload>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AssigneeHistory {
            fn default() -> Self {
                Self {
                    conversation_id: Ok(Default::default()),
                    inserted_at: Ok(Default::default()),
                    payload: Ok(Default::default()),
                }
            }
        }
        impl AssigneeHistory {
            pub fn conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn inserted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inserted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inserted_at: {e}")
                    });
                self
            }
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AssigneeHistoryPayload>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payload: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AssigneeHistory> for super::AssigneeHistory {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssigneeHistory,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    conversation_id: value.conversation_id?,
                    inserted_at: value.inserted_at?,
                    payload: value.payload?,
                })
            }
        }
        impl ::std::convert::From<super::AssigneeHistory> for AssigneeHistory {
            fn from(value: super::AssigneeHistory) -> Self {
                Self {
                    conversation_id: Ok(value.conversation_id),
                    inserted_at: Ok(value.inserted_at),
                    payload: Ok(value.payload),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AssigneeHistoryPayload {
            added_users: ::std::result::Result<
                ::std::vec::Vec<super::UserRef>,
                ::std::string::String,
            >,
            deleted_users: ::std::result::Result<
                ::std::vec::Vec<super::UserRef>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AssigneeHistoryPayload {
            fn default() -> Self {
                Self {
                    added_users: Ok(Default::default()),
                    deleted_users: Ok(Default::default()),
                }
            }
        }
        impl AssigneeHistoryPayload {
            pub fn added_users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UserRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.added_users = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for added_users: {e}")
                    });
                self
            }
            pub fn deleted_users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UserRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted_users = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deleted_users: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AssigneeHistoryPayload>
        for super::AssigneeHistoryPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssigneeHistoryPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    added_users: value.added_users?,
                    deleted_users: value.deleted_users?,
                })
            }
        }
        impl ::std::convert::From<super::AssigneeHistoryPayload>
        for AssigneeHistoryPayload {
            fn from(value: super::AssigneeHistoryPayload) -> Self {
                Self {
                    added_users: Ok(value.added_users),
                    deleted_users: Ok(value.deleted_users),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CallLog {
            answered_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            call_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            callee: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            caller: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            client_hangup: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            client_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            direction: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            employee_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            hangup_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            record_file: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            start_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CallLog {
            fn default() -> Self {
                Self {
                    answered_time: Ok(Default::default()),
                    call_id: Ok(Default::default()),
                    callee: Ok(Default::default()),
                    caller: Ok(Default::default()),
                    client_hangup: Ok(Default::default()),
                    client_type: Ok(Default::default()),
                    created_time: Ok(Default::default()),
                    direction: Ok(Default::default()),
                    duration: Ok(Default::default()),
                    employee_name: Ok(Default::default()),
                    hangup_time: Ok(Default::default()),
                    phone_number: Ok(Default::default()),
                    record_file: Ok(Default::default()),
                    start_time: Ok(Default::default()),
                    status: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl CallLog {
            pub fn answered_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.answered_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for answered_time: {e}")
                    });
                self
            }
            pub fn call_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.call_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for call_id: {e}")
                    });
                self
            }
            pub fn callee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callee = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callee: {e}")
                    });
                self
            }
            pub fn caller<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.caller = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for caller: {e}")
                    });
                self
            }
            pub fn client_hangup<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_hangup = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_hangup: {e}")
                    });
                self
            }
            pub fn client_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_type: {e}")
                    });
                self
            }
            pub fn created_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_time: {e}")
                    });
                self
            }
            pub fn direction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.direction = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for direction: {e}")
                    });
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            pub fn employee_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.employee_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for employee_name: {e}")
                    });
                self
            }
            pub fn hangup_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.hangup_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hangup_time: {e}")
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn record_file<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.record_file = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record_file: {e}")
                    });
                self
            }
            pub fn start_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.start_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for start_time: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CallLog> for super::CallLog {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CallLog,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    answered_time: value.answered_time?,
                    call_id: value.call_id?,
                    callee: value.callee?,
                    caller: value.caller?,
                    client_hangup: value.client_hangup?,
                    client_type: value.client_type?,
                    created_time: value.created_time?,
                    direction: value.direction?,
                    duration: value.duration?,
                    employee_name: value.employee_name?,
                    hangup_time: value.hangup_time?,
                    phone_number: value.phone_number?,
                    record_file: value.record_file?,
                    start_time: value.start_time?,
                    status: value.status?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CallLog> for CallLog {
            fn from(value: super::CallLog) -> Self {
                Self {
                    answered_time: Ok(value.answered_time),
                    call_id: Ok(value.call_id),
                    callee: Ok(value.callee),
                    caller: Ok(value.caller),
                    client_hangup: Ok(value.client_hangup),
                    client_type: Ok(value.client_type),
                    created_time: Ok(value.created_time),
                    direction: Ok(value.direction),
                    duration: Ok(value.duration),
                    employee_name: Ok(value.employee_name),
                    hangup_time: Ok(value.hangup_time),
                    phone_number: Ok(value.phone_number),
                    record_file: Ok(value.record_file),
                    start_time: Ok(value.start_time),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChartSeries {
            data: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChartSeries {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl ChartSeries {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChartSeries> for super::ChartSeries {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChartSeries,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::ChartSeries> for ChartSeries {
            fn from(value: super::ChartSeries) -> Self {
                Self {
                    data: Ok(value.data),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatPluginAttachment {
            height: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mime_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            width: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatPluginAttachment {
            fn default() -> Self {
                Self {
                    height: Ok(Default::default()),
                    id: Ok(Default::default()),
                    mime_type: Ok(Default::default()),
                    name: Ok(Default::default()),
                    size: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    url: Ok(Default::default()),
                    width: Ok(Default::default()),
                }
            }
        }
        impl ChatPluginAttachment {
            pub fn height<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.height = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for height: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn mime_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mime_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mime_type: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn width<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.width = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for width: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatPluginAttachment>
        for super::ChatPluginAttachment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatPluginAttachment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    height: value.height?,
                    id: value.id?,
                    mime_type: value.mime_type?,
                    name: value.name?,
                    size: value.size?,
                    type_: value.type_?,
                    url: value.url?,
                    width: value.width?,
                })
            }
        }
        impl ::std::convert::From<super::ChatPluginAttachment> for ChatPluginAttachment {
            fn from(value: super::ChatPluginAttachment) -> Self {
                Self {
                    height: Ok(value.height),
                    id: Ok(value.id),
                    mime_type: Ok(value.mime_type),
                    name: Ok(value.name),
                    size: Ok(value.size),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
                    width: Ok(value.width),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatPluginMessage {
            attachments: ::std::result::Result<
                ::std::vec::Vec<super::ChatPluginMessageAttachment>,
                ::std::string::String,
            >,
            conversation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from: ::std::result::Result<
                ::std::option::Option<super::Sender>,
                ::std::string::String,
            >,
            has_phone: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inserted_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_hidden: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_removed: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message_tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            original_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            page_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            seen: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            show_info: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_likes: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatPluginMessage {
            fn default() -> Self {
                Self {
                    attachments: Ok(Default::default()),
                    conversation_id: Ok(Default::default()),
                    from: Ok(Default::default()),
                    has_phone: Ok(Default::default()),
                    id: Ok(Default::default()),
                    inserted_at: Ok(Default::default()),
                    is_hidden: Ok(Default::default()),
                    is_removed: Ok(Default::default()),
                    message: Ok(Default::default()),
                    message_tags: Ok(Default::default()),
                    original_message: Ok(Default::default()),
                    page_id: Ok(Default::default()),
                    seen: Ok(Default::default()),
                    show_info: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    user_likes: Ok(Default::default()),
                }
            }
        }
        impl ChatPluginMessage {
            pub fn attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::ChatPluginMessageAttachment>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachments: {e}")
                    });
                self
            }
            pub fn conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Sender>>,
                T::Error: ::std::fmt::Display,
            {
                self.from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from: {e}")
                    });
                self
            }
            pub fn has_phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_phone: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn inserted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inserted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inserted_at: {e}")
                    });
                self
            }
            pub fn is_hidden<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_hidden = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_hidden: {e}")
                    });
                self
            }
            pub fn is_removed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_removed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_removed: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn message_tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_tags: {e}")
                    });
                self
            }
            pub fn original_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.original_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for original_message: {e}"
                        )
                    });
                self
            }
            pub fn page_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_id: {e}")
                    });
                self
            }
            pub fn seen<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.seen = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seen: {e}")
                    });
                self
            }
            pub fn show_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.show_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for show_info: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn user_likes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_likes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_likes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatPluginMessage> for super::ChatPluginMessage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatPluginMessage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attachments: value.attachments?,
                    conversation_id: value.conversation_id?,
                    from: value.from?,
                    has_phone: value.has_phone?,
                    id: value.id?,
                    inserted_at: value.inserted_at?,
                    is_hidden: value.is_hidden?,
                    is_removed: value.is_removed?,
                    message: value.message?,
                    message_tags: value.message_tags?,
                    original_message: value.original_message?,
                    page_id: value.page_id?,
                    seen: value.seen?,
                    show_info: value.show_info?,
                    type_: value.type_?,
                    user_likes: value.user_likes?,
                })
            }
        }
        impl ::std::convert::From<super::ChatPluginMessage> for ChatPluginMessage {
            fn from(value: super::ChatPluginMessage) -> Self {
                Self {
                    attachments: Ok(value.attachments),
                    conversation_id: Ok(value.conversation_id),
                    from: Ok(value.from),
                    has_phone: Ok(value.has_phone),
                    id: Ok(value.id),
                    inserted_at: Ok(value.inserted_at),
                    is_hidden: Ok(value.is_hidden),
                    is_removed: Ok(value.is_removed),
                    message: Ok(value.message),
                    message_tags: Ok(value.message_tags),
                    original_message: Ok(value.original_message),
                    page_id: Ok(value.page_id),
                    seen: Ok(value.seen),
                    show_info: Ok(value.show_info),
                    type_: Ok(value.type_),
                    user_likes: Ok(value.user_likes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatPluginMessageAttachment {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            image: ::std::result::Result<
                ::std::option::Option<super::ChatPluginMessageAttachmentImage>,
                ::std::string::String,
            >,
            is_web_source: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            link: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatPluginMessageAttachment {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    image: Ok(Default::default()),
                    is_web_source: Ok(Default::default()),
                    link: Ok(Default::default()),
                    title: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl ChatPluginMessageAttachment {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ChatPluginMessageAttachmentImage>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn is_web_source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_web_source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_web_source: {e}")
                    });
                self
            }
            pub fn link<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.link = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for link: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatPluginMessageAttachment>
        for super::ChatPluginMessageAttachment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatPluginMessageAttachment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    image: value.image?,
                    is_web_source: value.is_web_source?,
                    link: value.link?,
                    title: value.title?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ChatPluginMessageAttachment>
        for ChatPluginMessageAttachment {
            fn from(value: super::ChatPluginMessageAttachment) -> Self {
                Self {
                    description: Ok(value.description),
                    image: Ok(value.image),
                    is_web_source: Ok(value.is_web_source),
                    link: Ok(value.link),
                    title: Ok(value.title),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChatPluginMessageAttachmentImage {
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChatPluginMessageAttachmentImage {
            fn default() -> Self {
                Self {
                    url: Ok(Default::default()),
                }
            }
        }
        impl ChatPluginMessageAttachmentImage {
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChatPluginMessageAttachmentImage>
        for super::ChatPluginMessageAttachmentImage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChatPluginMessageAttachmentImage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { url: value.url? })
            }
        }
        impl ::std::convert::From<super::ChatPluginMessageAttachmentImage>
        for ChatPluginMessageAttachmentImage {
            fn from(value: super::ChatPluginMessageAttachmentImage) -> Self {
                Self { url: Ok(value.url) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConnectStatusEvent {
            data: ::std::result::Result<
                super::ConnectStatusEventData,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                super::ConnectStatusEventEventType,
                ::std::string::String,
            >,
            page_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConnectStatusEvent {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    event_type: Err("no value supplied for event_type".to_string()),
                    page_id: Err("no value supplied for page_id".to_string()),
                    request_id: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                }
            }
        }
        impl ConnectStatusEvent {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConnectStatusEventData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConnectStatusEventEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_type: {e}")
                    });
                self
            }
            pub fn page_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.page_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_id: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConnectStatusEvent> for super::ConnectStatusEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConnectStatusEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    event_type: value.event_type?,
                    page_id: value.page_id?,
                    request_id: value.request_id?,
                    timestamp: value.timestamp?,
                })
            }
        }
        impl ::std::convert::From<super::ConnectStatusEvent> for ConnectStatusEvent {
            fn from(value: super::ConnectStatusEvent) -> Self {
                Self {
                    data: Ok(value.data),
                    event_type: Ok(value.event_type),
                    page_id: Ok(value.page_id),
                    request_id: Ok(value.request_id),
                    timestamp: Ok(value.timestamp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConnectStatusEventData {
            connect_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            page_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConnectStatusEventData {
            fn default() -> Self {
                Self {
                    connect_status: Ok(Default::default()),
                    page_id: Ok(Default::default()),
                }
            }
        }
        impl ConnectStatusEventData {
            pub fn connect_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.connect_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for connect_status: {e}"
                        )
                    });
                self
            }
            pub fn page_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConnectStatusEventData>
        for super::ConnectStatusEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConnectStatusEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    connect_status: value.connect_status?,
                    page_id: value.page_id?,
                })
            }
        }
        impl ::std::convert::From<super::ConnectStatusEventData>
        for ConnectStatusEventData {
            fn from(value: super::ConnectStatusEventData) -> Self {
                Self {
                    connect_status: Ok(value.connect_status),
                    page_id: Ok(value.page_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Conversation {
            ad_ids: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            assignee_group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            assignee_histories: ::std::result::Result<
                ::std::vec::Vec<super::AssigneeHistory>,
                ::std::string::String,
            >,
            assignee_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            current_assign_users: ::std::result::Result<
                ::std::vec::Vec<super::UserRef>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customers: ::std::result::Result<
                ::std::vec::Vec<super::CustomerRef>,
                ::std::string::String,
            >,
            from: ::std::result::Result<
                ::std::option::Option<super::Sender>,
                ::std::string::String,
            >,
            from_psid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            has_phone: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inserted_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_combined: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_removed: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            last_customer_interactive_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_sent_by: ::std::result::Result<
                ::std::option::Option<super::Sender>,
                ::std::string::String,
            >,
            message_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_customer: ::std::result::Result<
                ::std::option::Option<super::ConversationPageCustomer>,
                ::std::string::String,
            >,
            page_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            post_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            read_watermarks: ::std::result::Result<
                ::std::vec::Vec<super::ReadWatermark>,
                ::std::string::String,
            >,
            recent_phone_numbers: ::std::result::Result<
                ::std::vec::Vec<super::PhoneNumberCapture>,
                ::std::string::String,
            >,
            recent_seen_users: ::std::result::Result<
                ::std::vec::Vec<super::SeenUser>,
                ::std::string::String,
            >,
            seen: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            snippet: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            tag_histories: ::std::result::Result<
                ::std::vec::Vec<super::TagHistory>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::option::Option<super::ConversationTag>>,
                ::std::string::String,
            >,
            thread_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            thread_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::model::ConversationType>,
                ::std::string::String,
            >,
            unread_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Conversation {
            fn default() -> Self {
                Self {
                    ad_ids: Ok(Default::default()),
                    assignee_group_id: Ok(Default::default()),
                    assignee_histories: Ok(Default::default()),
                    assignee_ids: Ok(Default::default()),
                    current_assign_users: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    customers: Ok(Default::default()),
                    from: Ok(Default::default()),
                    from_psid: Ok(Default::default()),
                    has_phone: Ok(Default::default()),
                    id: Ok(Default::default()),
                    inserted_at: Ok(Default::default()),
                    is_combined: Ok(Default::default()),
                    is_removed: Ok(Default::default()),
                    last_customer_interactive_at: Ok(Default::default()),
                    last_sent_by: Ok(Default::default()),
                    message_count: Ok(Default::default()),
                    page_customer: Ok(Default::default()),
                    page_id: Ok(Default::default()),
                    post_id: Ok(Default::default()),
                    read_watermarks: Ok(Default::default()),
                    recent_phone_numbers: Ok(Default::default()),
                    recent_seen_users: Ok(Default::default()),
                    seen: Ok(Default::default()),
                    snippet: Ok(Default::default()),
                    success: Ok(Default::default()),
                    tag_histories: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    thread_id: Ok(Default::default()),
                    thread_key: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    unread_count: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Conversation {
            pub fn ad_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ad_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ad_ids: {e}")
                    });
                self
            }
            pub fn assignee_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.assignee_group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for assignee_group_id: {e}"
                        )
                    });
                self
            }
            pub fn assignee_histories<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AssigneeHistory>>,
                T::Error: ::std::fmt::Display,
            {
                self.assignee_histories = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for assignee_histories: {e}"
                        )
                    });
                self
            }
            pub fn assignee_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.assignee_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for assignee_ids: {e}")
                    });
                self
            }
            pub fn current_assign_users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UserRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.current_assign_users = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_assign_users: {e}"
                        )
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn customers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CustomerRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.customers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customers: {e}")
                    });
                self
            }
            pub fn from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Sender>>,
                T::Error: ::std::fmt::Display,
            {
                self.from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from: {e}")
                    });
                self
            }
            pub fn from_psid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_psid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from_psid: {e}")
                    });
                self
            }
            pub fn has_phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_phone: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn inserted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inserted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inserted_at: {e}")
                    });
                self
            }
            pub fn is_combined<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_combined = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_combined: {e}")
                    });
                self
            }
            pub fn is_removed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_removed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_removed: {e}")
                    });
                self
            }
            pub fn last_customer_interactive_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_customer_interactive_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_customer_interactive_at: {e}"
                        )
                    });
                self
            }
            pub fn last_sent_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Sender>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_sent_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_sent_by: {e}")
                    });
                self
            }
            pub fn message_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_count: {e}")
                    });
                self
            }
            pub fn page_customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ConversationPageCustomer>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.page_customer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_customer: {e}")
                    });
                self
            }
            pub fn page_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_id: {e}")
                    });
                self
            }
            pub fn post_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.post_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for post_id: {e}")
                    });
                self
            }
            pub fn read_watermarks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ReadWatermark>>,
                T::Error: ::std::fmt::Display,
            {
                self.read_watermarks = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for read_watermarks: {e}"
                        )
                    });
                self
            }
            pub fn recent_phone_numbers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PhoneNumberCapture>>,
                T::Error: ::std::fmt::Display,
            {
                self.recent_phone_numbers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recent_phone_numbers: {e}"
                        )
                    });
                self
            }
            pub fn recent_seen_users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SeenUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.recent_seen_users = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recent_seen_users: {e}"
                        )
                    });
                self
            }
            pub fn seen<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.seen = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seen: {e}")
                    });
                self
            }
            pub fn snippet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.snippet = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for snippet: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn tag_histories<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TagHistory>>,
                T::Error: ::std::fmt::Display,
            {
                self.tag_histories = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tag_histories: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<::std::option::Option<super::ConversationTag>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn thread_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.thread_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for thread_id: {e}")
                    });
                self
            }
            pub fn thread_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.thread_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for thread_key: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::model::ConversationType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn unread_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.unread_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unread_count: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Conversation> for super::Conversation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Conversation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ad_ids: value.ad_ids?,
                    assignee_group_id: value.assignee_group_id?,
                    assignee_histories: value.assignee_histories?,
                    assignee_ids: value.assignee_ids?,
                    current_assign_users: value.current_assign_users?,
                    customer_id: value.customer_id?,
                    customers: value.customers?,
                    from: value.from?,
                    from_psid: value.from_psid?,
                    has_phone: value.has_phone?,
                    id: value.id?,
                    inserted_at: value.inserted_at?,
                    is_combined: value.is_combined?,
                    is_removed: value.is_removed?,
                    last_customer_interactive_at: value.last_customer_interactive_at?,
                    last_sent_by: value.last_sent_by?,
                    message_count: value.message_count?,
                    page_customer: value.page_customer?,
                    page_id: value.page_id?,
                    post_id: value.post_id?,
                    read_watermarks: value.read_watermarks?,
                    recent_phone_numbers: value.recent_phone_numbers?,
                    recent_seen_users: value.recent_seen_users?,
                    seen: value.seen?,
                    snippet: value.snippet?,
                    success: value.success?,
                    tag_histories: value.tag_histories?,
                    tags: value.tags?,
                    thread_id: value.thread_id?,
                    thread_key: value.thread_key?,
                    type_: value.type_?,
                    unread_count: value.unread_count?,
                    updated_at: value.updated_at?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Conversation> for Conversation {
            fn from(value: super::Conversation) -> Self {
                Self {
                    ad_ids: Ok(value.ad_ids),
                    assignee_group_id: Ok(value.assignee_group_id),
                    assignee_histories: Ok(value.assignee_histories),
                    assignee_ids: Ok(value.assignee_ids),
                    current_assign_users: Ok(value.current_assign_users),
                    customer_id: Ok(value.customer_id),
                    customers: Ok(value.customers),
                    from: Ok(value.from),
                    from_psid: Ok(value.from_psid),
                    has_phone: Ok(value.has_phone),
                    id: Ok(value.id),
                    inserted_at: Ok(value.inserted_at),
                    is_combined: Ok(value.is_combined),
                    is_removed: Ok(value.is_removed),
                    last_customer_interactive_at: Ok(value.last_customer_interactive_at),
                    last_sent_by: Ok(value.last_sent_by),
                    message_count: Ok(value.message_count),
                    page_customer: Ok(value.page_customer),
                    page_id: Ok(value.page_id),
                    post_id: Ok(value.post_id),
                    read_watermarks: Ok(value.read_watermarks),
                    recent_phone_numbers: Ok(value.recent_phone_numbers),
                    recent_seen_users: Ok(value.recent_seen_users),
                    seen: Ok(value.seen),
                    snippet: Ok(value.snippet),
                    success: Ok(value.success),
                    tag_histories: Ok(value.tag_histories),
                    tags: Ok(value.tags),
                    thread_id: Ok(value.thread_id),
                    thread_key: Ok(value.thread_key),
                    type_: Ok(value.type_),
                    unread_count: Ok(value.unread_count),
                    updated_at: Ok(value.updated_at),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConversationEvent {
            data: ::std::result::Result<
                super::ConversationEventData,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                super::ConversationEventEventType,
                ::std::string::String,
            >,
            page_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConversationEvent {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    event_type: Err("no value supplied for event_type".to_string()),
                    page_id: Err("no value supplied for page_id".to_string()),
                    request_id: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                }
            }
        }
        impl ConversationEvent {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConversationEventData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConversationEventEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_type: {e}")
                    });
                self
            }
            pub fn page_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.page_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_id: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConversationEvent> for super::ConversationEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConversationEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    event_type: value.event_type?,
                    page_id: value.page_id?,
                    request_id: value.request_id?,
                    timestamp: value.timestamp?,
                })
            }
        }
        impl ::std::convert::From<super::ConversationEvent> for ConversationEvent {
            fn from(value: super::ConversationEvent) -> Self {
                Self {
                    data: Ok(value.data),
                    event_type: Ok(value.event_type),
                    page_id: Ok(value.page_id),
                    request_id: Ok(value.request_id),
                    timestamp: Ok(value.timestamp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConversationEventData {
            conversation: ::std::result::Result<
                ::std::option::Option<super::WebhookConversation>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConversationEventData {
            fn default() -> Self {
                Self {
                    conversation: Ok(Default::default()),
                }
            }
        }
        impl ConversationEventData {
            pub fn conversation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookConversation>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.conversation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for conversation: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConversationEventData>
        for super::ConversationEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConversationEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    conversation: value.conversation?,
                })
            }
        }
        impl ::std::convert::From<super::ConversationEventData>
        for ConversationEventData {
            fn from(value: super::ConversationEventData) -> Self {
                Self {
                    conversation: Ok(value.conversation),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConversationPageCustomer {
            birthday: ::std::result::Result<
                ::std::option::Option<super::ConversationPageCustomerBirthday>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            gender: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inserted_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            notes: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::CustomerNote>>,
                ::std::string::String,
            >,
            psid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConversationPageCustomer {
            fn default() -> Self {
                Self {
                    birthday: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    gender: Ok(Default::default()),
                    id: Ok(Default::default()),
                    inserted_at: Ok(Default::default()),
                    name: Ok(Default::default()),
                    notes: Ok(Default::default()),
                    psid: Ok(Default::default()),
                }
            }
        }
        impl ConversationPageCustomer {
            pub fn birthday<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ConversationPageCustomerBirthday>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.birthday = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for birthday: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn gender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.gender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gender: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn inserted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inserted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inserted_at: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::CustomerNote>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
                    });
                self
            }
            pub fn psid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.psid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for psid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConversationPageCustomer>
        for super::ConversationPageCustomer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConversationPageCustomer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    birthday: value.birthday?,
                    customer_id: value.customer_id?,
                    gender: value.gender?,
                    id: value.id?,
                    inserted_at: value.inserted_at?,
                    name: value.name?,
                    notes: value.notes?,
                    psid: value.psid?,
                })
            }
        }
        impl ::std::convert::From<super::ConversationPageCustomer>
        for ConversationPageCustomer {
            fn from(value: super::ConversationPageCustomer) -> Self {
                Self {
                    birthday: Ok(value.birthday),
                    customer_id: Ok(value.customer_id),
                    gender: Ok(value.gender),
                    id: Ok(value.id),
                    inserted_at: Ok(value.inserted_at),
                    name: Ok(value.name),
                    notes: Ok(value.notes),
                    psid: Ok(value.psid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConversationPageCustomerBirthday {
            date: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            month: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            year: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConversationPageCustomerBirthday {
            fn default() -> Self {
                Self {
                    date: Ok(Default::default()),
                    month: Ok(Default::default()),
                    year: Ok(Default::default()),
                }
            }
        }
        impl ConversationPageCustomerBirthday {
            pub fn date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date: {e}")
                    });
                self
            }
            pub fn month<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.month = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for month: {e}")
                    });
                self
            }
            pub fn year<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.year = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for year: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConversationPageCustomerBirthday>
        for super::ConversationPageCustomerBirthday {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConversationPageCustomerBirthday,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    date: value.date?,
                    month: value.month?,
                    year: value.year?,
                })
            }
        }
        impl ::std::convert::From<super::ConversationPageCustomerBirthday>
        for ConversationPageCustomerBirthday {
            fn from(value: super::ConversationPageCustomerBirthday) -> Self {
                Self {
                    date: Ok(value.date),
                    month: Ok(value.month),
                    year: Ok(value.year),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerChanges {
            birthday: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            gender: ::std::result::Result<
                ::std::option::Option<super::Gender>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_numbers: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerChanges {
            fn default() -> Self {
                Self {
                    birthday: Ok(Default::default()),
                    gender: Ok(Default::default()),
                    name: Ok(Default::default()),
                    phone_numbers: Ok(Default::default()),
                }
            }
        }
        impl CustomerChanges {
            pub fn birthday<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.birthday = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for birthday: {e}")
                    });
                self
            }
            pub fn gender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Gender>>,
                T::Error: ::std::fmt::Display,
            {
                self.gender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gender: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn phone_numbers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_numbers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_numbers: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerChanges> for super::CustomerChanges {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerChanges,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    birthday: value.birthday?,
                    gender: value.gender?,
                    name: value.name?,
                    phone_numbers: value.phone_numbers?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerChanges> for CustomerChanges {
            fn from(value: super::CustomerChanges) -> Self {
                Self {
                    birthday: Ok(value.birthday),
                    gender: Ok(value.gender),
                    name: Ok(value.name),
                    phone_numbers: Ok(value.phone_numbers),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerNote {
            created_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<
                ::std::option::Option<super::NoteAuthor>,
                ::std::string::String,
            >,
            edit_history: ::std::result::Result<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            images: ::std::result::Result<
                ::std::vec::Vec<::serde_json::Value>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::vec::Vec<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            removed_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerNote {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    created_by: Ok(Default::default()),
                    edit_history: Ok(Default::default()),
                    id: Ok(Default::default()),
                    images: Ok(Default::default()),
                    links: Ok(Default::default()),
                    message: Ok(Default::default()),
                    order_id: Ok(Default::default()),
                    removed_at: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl CustomerNote {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::NoteAuthor>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
                    });
                self
            }
            pub fn edit_history<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.edit_history = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for edit_history: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn images<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.images = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for images: {e}")
                    });
                self
            }
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_id: {e}")
                    });
                self
            }
            pub fn removed_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.removed_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for removed_at: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerNote> for super::CustomerNote {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerNote,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    created_by: value.created_by?,
                    edit_history: value.edit_history?,
                    id: value.id?,
                    images: value.images?,
                    links: value.links?,
                    message: value.message?,
                    order_id: value.order_id?,
                    removed_at: value.removed_at?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerNote> for CustomerNote {
            fn from(value: super::CustomerNote) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    created_by: Ok(value.created_by),
                    edit_history: Ok(value.edit_history),
                    id: Ok(value.id),
                    images: Ok(value.images),
                    links: Ok(value.links),
                    message: Ok(value.message),
                    order_id: Ok(value.order_id),
                    removed_at: Ok(value.removed_at),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerNoteResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::CustomerNote>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            note_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerNoteResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    message: Ok(Default::default()),
                    note_id: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl CustomerNoteResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CustomerNote>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn note_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.note_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for note_id: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerNoteResponse>
        for super::CustomerNoteResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerNoteResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    message: value.message?,
                    note_id: value.note_id?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerNoteResponse> for CustomerNoteResponse {
            fn from(value: super::CustomerNoteResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    message: Ok(value.message),
                    note_id: Ok(value.note_id),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerRef {
            avatar_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fb_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerRef {
            fn default() -> Self {
                Self {
                    avatar_url: Ok(Default::default()),
                    fb_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl CustomerRef {
            pub fn avatar_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.avatar_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for avatar_url: {e}")
                    });
                self
            }
            pub fn fb_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fb_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fb_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerRef> for super::CustomerRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    avatar_url: value.avatar_url?,
                    fb_id: value.fb_id?,
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerRef> for CustomerRef {
            fn from(value: super::CustomerRef) -> Self {
                Self {
                    avatar_url: Ok(value.avatar_url),
                    fb_id: Ok(value.fb_id),
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteCustomerNoteRequest {
            note_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for DeleteCustomerNoteRequest {
            fn default() -> Self {
                Self {
                    note_id: Err("no value supplied for note_id".to_string()),
                }
            }
        }
        impl DeleteCustomerNoteRequest {
            pub fn note_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.note_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for note_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteCustomerNoteRequest>
        for super::DeleteCustomerNoteRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteCustomerNoteRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { note_id: value.note_id? })
            }
        }
        impl ::std::convert::From<super::DeleteCustomerNoteRequest>
        for DeleteCustomerNoteRequest {
            fn from(value: super::DeleteCustomerNoteRequest) -> Self {
                Self { note_id: Ok(value.note_id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EngagementChart {
            categories: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            series: ::std::result::Result<
                ::std::vec::Vec<super::ChartSeries>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EngagementChart {
            fn default() -> Self {
                Self {
                    categories: Ok(Default::default()),
                    series: Ok(Default::default()),
                }
            }
        }
        impl EngagementChart {
            pub fn categories<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.categories = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for categories: {e}")
                    });
                self
            }
            pub fn series<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ChartSeries>>,
                T::Error: ::std::fmt::Display,
            {
                self.series = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for series: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EngagementChart> for super::EngagementChart {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EngagementChart,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    categories: value.categories?,
                    series: value.series?,
                })
            }
        }
        impl ::std::convert::From<super::EngagementChart> for EngagementChart {
            fn from(value: super::EngagementChart) -> Self {
                Self {
                    categories: Ok(value.categories),
                    series: Ok(value.series),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EngagementStatisticsResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::EngagementChart>,
                ::std::string::String,
            >,
            statistics: ::std::result::Result<
                ::std::vec::Vec<super::HourlyEngagement>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            users_engagements: ::std::result::Result<
                ::std::vec::Vec<super::UserEngagement>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EngagementStatisticsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    statistics: Ok(Default::default()),
                    success: Ok(Default::default()),
                    users_engagements: Ok(Default::default()),
                }
            }
        }
        impl EngagementStatisticsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EngagementChart>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn statistics<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::HourlyEngagement>>,
                T::Error: ::std::fmt::Display,
            {
                self.statistics = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for statistics: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn users_engagements<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UserEngagement>>,
                T::Error: ::std::fmt::Display,
            {
                self.users_engagements = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for users_engagements: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EngagementStatisticsResponse>
        for super::EngagementStatisticsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EngagementStatisticsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    statistics: value.statistics?,
                    success: value.success?,
                    users_engagements: value.users_engagements?,
                })
            }
        }
        impl ::std::convert::From<super::EngagementStatisticsResponse>
        for EngagementStatisticsResponse {
            fn from(value: super::EngagementStatisticsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    statistics: Ok(value.statistics),
                    success: Ok(value.success),
                    users_engagements: Ok(value.users_engagements),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ExportDataResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::ExportedConversation>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ExportDataResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl ExportDataResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ExportedConversation>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ExportDataResponse> for super::ExportDataResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ExportDataResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::ExportDataResponse> for ExportDataResponse {
            fn from(value: super::ExportDataResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ExportedConversation {
            ad_clicks: ::std::result::Result<
                ::std::vec::Vec<::serde_json::Value>,
                ::std::string::String,
            >,
            assignees: ::std::result::Result<
                ::std::vec::Vec<super::UserRef>,
                ::std::string::String,
            >,
            customers: ::std::result::Result<
                ::std::vec::Vec<super::CustomerRef>,
                ::std::string::String,
            >,
            from: ::std::result::Result<
                ::std::option::Option<super::Sender>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inserted_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_banned: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            psid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recent_phone_numbers: ::std::result::Result<
                ::std::vec::Vec<super::ExportedConversationRecentPhoneNumbersItem>,
                ::std::string::String,
            >,
            recent_seen_users: ::std::result::Result<
                ::std::vec::Vec<super::SeenUser>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::TagId>,
                ::std::string::String,
            >,
            thread_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ExportedConversation {
            fn default() -> Self {
                Self {
                    ad_clicks: Ok(Default::default()),
                    assignees: Ok(Default::default()),
                    customers: Ok(Default::default()),
                    from: Ok(Default::default()),
                    id: Ok(Default::default()),
                    inserted_at: Ok(Default::default()),
                    is_banned: Ok(Default::default()),
                    psid: Ok(Default::default()),
                    recent_phone_numbers: Ok(Default::default()),
                    recent_seen_users: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    thread_key: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl ExportedConversation {
            pub fn ad_clicks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.ad_clicks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ad_clicks: {e}")
                    });
                self
            }
            pub fn assignees<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UserRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.assignees = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for assignees: {e}")
                    });
                self
            }
            pub fn customers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CustomerRef>>,
                T::Error: ::std::fmt::Display,
            {
                self.customers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customers: {e}")
                    });
                self
            }
            pub fn from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Sender>>,
                T::Error: ::std::fmt::Display,
            {
                self.from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn inserted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inserted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inserted_at: {e}")
                    });
                self
            }
            pub fn is_banned<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_banned = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_banned: {e}")
                    });
                self
            }
            pub fn psid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.psid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for psid: {e}")
                    });
                self
            }
            pub fn recent_phone_numbers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::ExportedConversationRecentPhoneNumbersItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.recent_phone_numbers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recent_phone_numbers: {e}"
                        )
                    });
                self
            }
            pub fn recent_seen_users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SeenUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.recent_seen_users = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recent_seen_users: {e}"
                        )
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TagId>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn thread_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.thread_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for thread_key: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ExportedConversation>
        for super::ExportedConversation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ExportedConversation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ad_clicks: value.ad_clicks?,
                    assignees: value.assignees?,
                    customers: value.customers?,
                    from: value.from?,
                    id: value.id?,
                    inserted_at: value.inserted_at?,
                    is_banned: value.is_banned?,
                    psid: value.psid?,
                    recent_phone_numbers: value.recent_phone_numbers?,
                    recent_seen_users: value.recent_seen_users?,
                    tags: value.tags?,
                    thread_key: value.thread_key?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::ExportedConversation> for ExportedConversation {
            fn from(value: super::ExportedConversation) -> Self {
                Self {
                    ad_clicks: Ok(value.ad_clicks),
                    assignees: Ok(value.assignees),
                    customers: Ok(value.customers),
                    from: Ok(value.from),
                    id: Ok(value.id),
                    inserted_at: Ok(value.inserted_at),
                    is_banned: Ok(value.is_banned),
                    psid: Ok(value.psid),
                    recent_phone_numbers: Ok(value.recent_phone_numbers),
                    recent_seen_users: Ok(value.recent_seen_users),
                    tags: Ok(value.tags),
                    thread_key: Ok(value.thread_key),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GeneratePageAccessTokenResponse {
            page_access_token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GeneratePageAccessTokenResponse {
            fn default() -> Self {
                Self {
                    page_access_token: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl GeneratePageAccessTokenResponse {
            pub fn page_access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for page_access_token: {e}"
                        )
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GeneratePageAccessTokenResponse>
        for super::GeneratePageAccessTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GeneratePageAccessTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    page_access_token: value.page_access_token?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::GeneratePageAccessTokenResponse>
        for GeneratePageAccessTokenResponse {
            fn from(value: super::GeneratePageAccessTokenResponse) -> Self {
                Self {
                    page_access_token: Ok(value.page_access_token),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HourlyEngagement {
            comment: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            hour: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inbox: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            new_customer: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            new_customer_from_inbox: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for HourlyEngagement {
            fn default() -> Self {
                Self {
                    comment: Ok(Default::default()),
                    hour: Ok(Default::default()),
                    inbox: Ok(Default::default()),
                    new_customer: Ok(Default::default()),
                    new_customer_from_inbox: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl HourlyEngagement {
            pub fn comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.comment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment: {e}")
                    });
                self
            }
            pub fn hour<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.hour = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hour: {e}")
                    });
                self
            }
            pub fn inbox<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.inbox = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inbox: {e}")
                    });
                self
            }
            pub fn new_customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.new_customer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for new_customer: {e}")
                    });
                self
            }
            pub fn new_customer_from_inbox<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.new_customer_from_inbox = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for new_customer_from_inbox: {e}"
                        )
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<HourlyEngagement> for super::HourlyEngagement {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HourlyEngagement,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    comment: value.comment?,
                    hour: value.hour?,
                    inbox: value.inbox?,
                    new_customer: value.new_customer?,
                    new_customer_from_inbox: value.new_customer_from_inbox?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::HourlyEngagement> for HourlyEngagement {
            fn from(value: super::HourlyEngagement) -> Self {
                Self {
                    comment: Ok(value.comment),
                    hour: Ok(value.hour),
                    inbox: Ok(value.inbox),
                    new_customer: Ok(value.new_customer),
                    new_customer_from_inbox: Ok(value.new_customer_from_inbox),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InboxMessage {
            action: ::std::result::Result<
                super::InboxMessageAction,
                ::std::string::String,
            >,
            attachment_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            content_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            content_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            filename: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mime_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reply_message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sender_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            template_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            template_params: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InboxMessage {
            fn default() -> Self {
                Self {
                    action: Err("no value supplied for action".to_string()),
                    attachment_type: Ok(Default::default()),
                    content_ids: Ok(Default::default()),
                    content_url: Ok(Default::default()),
                    filename: Ok(Default::default()),
                    message: Ok(Default::default()),
                    mime_type: Ok(Default::default()),
                    name: Ok(Default::default()),
                    reply_message_id: Ok(Default::default()),
                    sender_id: Ok(Default::default()),
                    template_id: Ok(Default::default()),
                    template_params: Ok(Default::default()),
                }
            }
        }
        impl InboxMessage {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InboxMessageAction>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn attachment_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.attachment_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for attachment_type: {e}"
                        )
                    });
                self
            }
            pub fn content_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_ids: {e}")
                    });
                self
            }
            pub fn content_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_url: {e}")
                    });
                self
            }
            pub fn filename<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.filename = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for filename: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn mime_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mime_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mime_type: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn reply_message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reply_message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for reply_message_id: {e}"
                        )
                    });
                self
            }
            pub fn sender_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sender_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender_id: {e}")
                    });
                self
            }
            pub fn template_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.template_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for template_id: {e}")
                    });
                self
            }
            pub fn template_params<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.template_params = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for template_params: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InboxMessage> for super::InboxMessage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InboxMessage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    attachment_type: value.attachment_type?,
                    content_ids: value.content_ids?,
                    content_url: value.content_url?,
                    filename: value.filename?,
                    message: value.message?,
                    mime_type: value.mime_type?,
                    name: value.name?,
                    reply_message_id: value.reply_message_id?,
                    sender_id: value.sender_id?,
                    template_id: value.template_id?,
                    template_params: value.template_params?,
                })
            }
        }
        impl ::std::convert::From<super::InboxMessage> for InboxMessage {
            fn from(value: super::InboxMessage) -> Self {
                Self {
                    action: Ok(value.action),
                    attachment_type: Ok(value.attachment_type),
                    content_ids: Ok(value.content_ids),
                    content_url: Ok(value.content_url),
                    filename: Ok(value.filename),
                    message: Ok(value.message),
                    mime_type: Ok(value.mime_type),
                    name: Ok(value.name),
                    reply_message_id: Ok(value.reply_message_id),
                    sender_id: Ok(value.sender_id),
                    template_id: Ok(value.template_id),
                    template_params: Ok(value.template_params),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListChatPluginMessagesResponse {
            can_request_feedback: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            messages: ::std::result::Result<
                ::std::vec::Vec<super::ChatPluginMessage>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListChatPluginMessagesResponse {
            fn default() -> Self {
                Self {
                    can_request_feedback: Ok(Default::default()),
                    messages: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl ListChatPluginMessagesResponse {
            pub fn can_request_feedback<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.can_request_feedback = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for can_request_feedback: {e}"
                        )
                    });
                self
            }
            pub fn messages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ChatPluginMessage>>,
                T::Error: ::std::fmt::Display,
            {
                self.messages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for messages: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListChatPluginMessagesResponse>
        for super::ListChatPluginMessagesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListChatPluginMessagesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    can_request_feedback: value.can_request_feedback?,
                    messages: value.messages?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::ListChatPluginMessagesResponse>
        for ListChatPluginMessagesResponse {
            fn from(value: super::ListChatPluginMessagesResponse) -> Self {
                Self {
                    can_request_feedback: Ok(value.can_request_feedback),
                    messages: Ok(value.messages),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListConversationsResponse {
            conversations: ::std::result::Result<
                ::std::vec::Vec<super::Conversation>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListConversationsResponse {
            fn default() -> Self {
                Self {
                    conversations: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl ListConversationsResponse {
            pub fn conversations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Conversation>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for conversations: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListConversationsResponse>
        for super::ListConversationsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListConversationsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    conversations: value.conversations?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::ListConversationsResponse>
        for ListConversationsResponse {
            fn from(value: super::ListConversationsResponse) -> Self {
                Self {
                    conversations: Ok(value.conversations),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListConversationsV1Response {
            conversations: ::std::result::Result<
                ::std::vec::Vec<super::Conversation>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListConversationsV1Response {
            fn default() -> Self {
                Self {
                    conversations: Ok(Default::default()),
                    success: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl ListConversationsV1Response {
            pub fn conversations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Conversation>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for conversations: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListConversationsV1Response>
        for super::ListConversationsV1Response {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListConversationsV1Response,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    conversations: value.conversations?,
                    success: value.success?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::ListConversationsV1Response>
        for ListConversationsV1Response {
            fn from(value: super::ListConversationsV1Response) -> Self {
                Self {
                    conversations: Ok(value.conversations),
                    success: Ok(value.success),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMessagesResponse {
            can_inbox: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            conversation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customers: ::std::result::Result<
                ::std::vec::Vec<super::MessageCustomer>,
                ::std::string::String,
            >,
            messages: ::std::result::Result<
                ::std::vec::Vec<super::Message>,
                ::std::string::String,
            >,
            notes: ::std::result::Result<
                ::std::vec::Vec<super::CustomerNote>,
                ::std::string::String,
            >,
            post: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            read_watermarks: ::std::result::Result<
                ::std::vec::Vec<super::ReadWatermark>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMessagesResponse {
            fn default() -> Self {
                Self {
                    can_inbox: Ok(Default::default()),
                    conversation_id: Ok(Default::default()),
                    customers: Ok(Default::default()),
                    messages: Ok(Default::default()),
                    notes: Ok(Default::default()),
                    post: Ok(Default::default()),
                    read_watermarks: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl ListMessagesResponse {
            pub fn can_inbox<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.can_inbox = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for can_inbox: {e}")
                    });
                self
            }
            pub fn conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn customers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MessageCustomer>>,
                T::Error: ::std::fmt::Display,
            {
                self.customers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customers: {e}")
                    });
                self
            }
            pub fn messages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Message>>,
                T::Error: ::std::fmt::Display,
            {
                self.messages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for messages: {e}")
                    });
                self
            }
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CustomerNote>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
                    });
                self
            }
            pub fn post<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.post = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for post: {e}")
                    });
                self
            }
            pub fn read_watermarks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ReadWatermark>>,
                T::Error: ::std::fmt::Display,
            {
                self.read_watermarks = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for read_watermarks: {e}"
                        )
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListMessagesResponse>
        for super::ListMessagesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMessagesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    can_inbox: value.can_inbox?,
                    conversation_id: value.conversation_id?,
                    customers: value.customers?,
                    messages: value.messages?,
                    notes: value.notes?,
                    post: value.post?,
                    read_watermarks: value.read_watermarks?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::ListMessagesResponse> for ListMessagesResponse {
            fn from(value: super::ListMessagesResponse) -> Self {
                Self {
                    can_inbox: Ok(value.can_inbox),
                    conversation_id: Ok(value.conversation_id),
                    customers: Ok(value.customers),
                    messages: Ok(value.messages),
                    notes: Ok(value.notes),
                    post: Ok(value.post),
                    read_watermarks: Ok(value.read_watermarks),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListPageCustomersResponse {
            customers: ::std::result::Result<
                ::std::vec::Vec<super::PageCustomer>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListPageCustomersResponse {
            fn default() -> Self {
                Self {
                    customers: Ok(Default::default()),
                    success: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl ListPageCustomersResponse {
            pub fn customers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PageCustomer>>,
                T::Error: ::std::fmt::Display,
            {
                self.customers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customers: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListPageCustomersResponse>
        for super::ListPageCustomersResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListPageCustomersResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    customers: value.customers?,
                    success: value.success?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::ListPageCustomersResponse>
        for ListPageCustomersResponse {
            fn from(value: super::ListPageCustomersResponse) -> Self {
                Self {
                    customers: Ok(value.customers),
                    success: Ok(value.success),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListPagesResponse {
            pages: ::std::result::Result<
                ::std::vec::Vec<super::Page>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListPagesResponse {
            fn default() -> Self {
                Self {
                    pages: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl ListPagesResponse {
            pub fn pages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Page>>,
                T::Error: ::std::fmt::Display,
            {
                self.pages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pages: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListPagesResponse> for super::ListPagesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListPagesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    pages: value.pages?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::ListPagesResponse> for ListPagesResponse {
            fn from(value: super::ListPagesResponse) -> Self {
                Self {
                    pages: Ok(value.pages),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListPostsResponse {
            posts: ::std::result::Result<
                ::std::vec::Vec<super::Post>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListPostsResponse {
            fn default() -> Self {
                Self {
                    posts: Ok(Default::default()),
                    success: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl ListPostsResponse {
            pub fn posts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Post>>,
                T::Error: ::std::fmt::Display,
            {
                self.posts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for posts: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListPostsResponse> for super::ListPostsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListPostsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    posts: value.posts?,
                    success: value.success?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::ListPostsResponse> for ListPostsResponse {
            fn from(value: super::ListPostsResponse) -> Self {
                Self {
                    posts: Ok(value.posts),
                    success: Ok(value.success),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListSipCallLogsResponse {
            call_logs: ::std::result::Result<
                ::std::vec::Vec<super::CallLog>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                ::std::vec::Vec<super::CallLog>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListSipCallLogsResponse {
            fn default() -> Self {
                Self {
                    call_logs: Ok(Default::default()),
                    data: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl ListSipCallLogsResponse {
            pub fn call_logs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CallLog>>,
                T::Error: ::std::fmt::Display,
            {
                self.call_logs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for call_logs: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CallLog>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListSipCallLogsResponse>
        for super::ListSipCallLogsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListSipCallLogsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    call_logs: value.call_logs?,
                    data: value.data?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::ListSipCallLogsResponse>
        for ListSipCallLogsResponse {
            fn from(value: super::ListSipCallLogsResponse) -> Self {
                Self {
                    call_logs: Ok(value.call_logs),
                    data: Ok(value.data),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListTagsResponse {
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::Tag>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListTagsResponse {
            fn default() -> Self {
                Self {
                    success: Ok(Default::default()),
                    tags: Ok(Default::default()),
                }
            }
        }
        impl ListTagsResponse {
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListTagsResponse> for super::ListTagsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListTagsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    success: value.success?,
                    tags: value.tags?,
                })
            }
        }
        impl ::std::convert::From<super::ListTagsResponse> for ListTagsResponse {
            fn from(value: super::ListTagsResponse) -> Self {
                Self {
                    success: Ok(value.success),
                    tags: Ok(value.tags),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListUsersResponse {
            disabled_users: ::std::result::Result<
                ::std::vec::Vec<super::PageUser>,
                ::std::string::String,
            >,
            round_robin_users: ::std::result::Result<
                ::std::option::Option<super::RoundRobinUsers>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            users: ::std::result::Result<
                ::std::vec::Vec<super::PageUser>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListUsersResponse {
            fn default() -> Self {
                Self {
                    disabled_users: Ok(Default::default()),
                    round_robin_users: Ok(Default::default()),
                    success: Ok(Default::default()),
                    users: Ok(Default::default()),
                }
            }
        }
        impl ListUsersResponse {
            pub fn disabled_users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PageUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.disabled_users = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disabled_users: {e}"
                        )
                    });
                self
            }
            pub fn round_robin_users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RoundRobinUsers>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.round_robin_users = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for round_robin_users: {e}"
                        )
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PageUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.users = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for users: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListUsersResponse> for super::ListUsersResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListUsersResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    disabled_users: value.disabled_users?,
                    round_robin_users: value.round_robin_users?,
                    success: value.success?,
                    users: value.users?,
                })
            }
        }
        impl ::std::convert::From<super::ListUsersResponse> for ListUsersResponse {
            fn from(value: super::ListUsersResponse) -> Self {
                Self {
                    disabled_users: Ok(value.disabled_users),
                    round_robin_users: Ok(value.round_robin_users),
                    success: Ok(value.success),
                    users: Ok(value.users),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Mention {
            length: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            offset: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            psid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Mention {
            fn default() -> Self {
                Self {
                    length: Ok(Default::default()),
                    name: Ok(Default::default()),
                    offset: Ok(Default::default()),
                    psid: Ok(Default::default()),
                }
            }
        }
        impl Mention {
            pub fn length<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.length = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for length: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn offset<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.offset = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for offset: {e}")
                    });
                self
            }
            pub fn psid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.psid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for psid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Mention> for super::Mention {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Mention,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    length: value.length?,
                    name: value.name?,
                    offset: value.offset?,
                    psid: value.psid?,
                })
            }
        }
        impl ::std::convert::From<super::Mention> for Mention {
            fn from(value: super::Mention) -> Self {
                Self {
                    length: Ok(value.length),
                    name: Ok(value.name),
                    offset: Ok(value.offset),
                    psid: Ok(value.psid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Message {
            attachments: ::std::result::Result<
                ::std::vec::Vec<super::MessageAttachment>,
                ::std::string::String,
            >,
            can_reply_privately: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            comment_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            conversation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from: ::std::result::Result<
                ::std::option::Option<super::Sender>,
                ::std::string::String,
            >,
            has_phone: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inserted_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_hidden: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_livestream_order: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_parent: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_parent_hidden: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_removed: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            like_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            original_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            page_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_info: ::std::result::Result<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            seen: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::model::ConversationType>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Message {
            fn default() -> Self {
                Self {
                    attachments: Ok(Default::default()),
                    can_reply_privately: Ok(Default::default()),
                    comment_count: Ok(Default::default()),
                    conversation_id: Ok(Default::default()),
                    from: Ok(Default::default()),
                    has_phone: Ok(Default::default()),
                    id: Ok(Default::default()),
                    inserted_at: Ok(Default::default()),
                    is_hidden: Ok(Default::default()),
                    is_livestream_order: Ok(Default::default()),
                    is_parent: Ok(Default::default()),
                    is_parent_hidden: Ok(Default::default()),
                    is_removed: Ok(Default::default()),
                    like_count: Ok(Default::default()),
                    message: Ok(Default::default()),
                    original_message: Ok(Default::default()),
                    page_id: Ok(Default::default()),
                    parent_id: Ok(Default::default()),
                    phone_info: Ok(Default::default()),
                    seen: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Message {
            pub fn attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MessageAttachment>>,
                T::Error: ::std::fmt::Display,
            {
                self.attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachments: {e}")
                    });
                self
            }
            pub fn can_reply_privately<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.can_reply_privately = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for can_reply_privately: {e}"
                        )
                    });
                self
            }
            pub fn comment_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.comment_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment_count: {e}")
                    });
                self
            }
            pub fn conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Sender>>,
                T::Error: ::std::fmt::Display,
            {
                self.from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from: {e}")
                    });
                self
            }
            pub fn has_phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_phone: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn inserted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inserted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inserted_at: {e}")
                    });
                self
            }
            pub fn is_hidden<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_hidden = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_hidden: {e}")
                    });
                self
            }
            pub fn is_livestream_order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_livestream_order = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_livestream_order: {e}"
                        )
                    });
                self
            }
            pub fn is_parent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_parent = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_parent: {e}")
                    });
                self
            }
            pub fn is_parent_hidden<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_parent_hidden = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_parent_hidden: {e}"
                        )
                    });
                self
            }
            pub fn is_removed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_removed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_removed: {e}")
                    });
                self
            }
            pub fn like_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.like_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for like_count: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn original_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.original_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for original_message: {e}"
                        )
                    });
                self
            }
            pub fn page_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_id: {e}")
                    });
                self
            }
            pub fn parent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_id: {e}")
                    });
                self
            }
            pub fn phone_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.phone_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_info: {e}")
                    });
                self
            }
            pub fn seen<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.seen = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seen: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::model::ConversationType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Message> for super::Message {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Message,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attachments: value.attachments?,
                    can_reply_privately: value.can_reply_privately?,
                    comment_count: value.comment_count?,
                    conversation_id: value.conversation_id?,
                    from: value.from?,
                    has_phone: value.has_phone?,
                    id: value.id?,
                    inserted_at: value.inserted_at?,
                    is_hidden: value.is_hidden?,
                    is_livestream_order: value.is_livestream_order?,
                    is_parent: value.is_parent?,
                    is_parent_hidden: value.is_parent_hidden?,
                    is_removed: value.is_removed?,
                    like_count: value.like_count?,
                    message: value.message?,
                    original_message: value.original_message?,
                    page_id: value.page_id?,
                    parent_id: value.parent_id?,
                    phone_info: value.phone_info?,
                    seen: value.seen?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Message> for Message {
            fn from(value: super::Message) -> Self {
                Self {
                    attachments: Ok(value.attachments),
                    can_reply_privately: Ok(value.can_reply_privately),
                    comment_count: Ok(value.comment_count),
                    conversation_id: Ok(value.conversation_id),
                    from: Ok(value.from),
                    has_phone: Ok(value.has_phone),
                    id: Ok(value.id),
                    inserted_at: Ok(value.inserted_at),
                    is_hidden: Ok(value.is_hidden),
                    is_livestream_order: Ok(value.is_livestream_order),
                    is_parent: Ok(value.is_parent),
                    is_parent_hidden: Ok(value.is_parent_hidden),
                    is_removed: Ok(value.is_removed),
                    like_count: Ok(value.like_count),
                    message: Ok(value.message),
                    original_message: Ok(value.original_message),
                    page_id: Ok(value.page_id),
                    parent_id: Ok(value.parent_id),
                    phone_info: Ok(value.phone_info),
                    seen: Ok(value.seen),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MessageAttachment {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mime_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MessageAttachment {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    mime_type: Ok(Default::default()),
                    name: Ok(Default::default()),
                    title: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl MessageAttachment {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn mime_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mime_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mime_type: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MessageAttachment> for super::MessageAttachment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessageAttachment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    mime_type: value.mime_type?,
                    name: value.name?,
                    title: value.title?,
                    type_: value.type_?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::MessageAttachment> for MessageAttachment {
            fn from(value: super::MessageAttachment) -> Self {
                Self {
                    id: Ok(value.id),
                    mime_type: Ok(value.mime_type),
                    name: Ok(value.name),
                    title: Ok(value.title),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MessageCustomer {
            can_inbox: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            emails: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            fb_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recent_phone_numbers: ::std::result::Result<
                ::std::vec::Vec<super::PhoneNumberCapture>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MessageCustomer {
            fn default() -> Self {
                Self {
                    can_inbox: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    emails: Ok(Default::default()),
                    fb_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    recent_phone_numbers: Ok(Default::default()),
                }
            }
        }
        impl MessageCustomer {
            pub fn can_inbox<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.can_inbox = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for can_inbox: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn emails<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.emails = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for emails: {e}")
                    });
                self
            }
            pub fn fb_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fb_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fb_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn recent_phone_numbers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PhoneNumberCapture>>,
                T::Error: ::std::fmt::Display,
            {
                self.recent_phone_numbers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for recent_phone_numbers: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MessageCustomer> for super::MessageCustomer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessageCustomer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    can_inbox: value.can_inbox?,
                    customer_id: value.customer_id?,
                    emails: value.emails?,
                    fb_id: value.fb_id?,
                    id: value.id?,
                    name: value.name?,
                    recent_phone_numbers: value.recent_phone_numbers?,
                })
            }
        }
        impl ::std::convert::From<super::MessageCustomer> for MessageCustomer {
            fn from(value: super::MessageCustomer) -> Self {
                Self {
                    can_inbox: Ok(value.can_inbox),
                    customer_id: Ok(value.customer_id),
                    emails: Ok(value.emails),
                    fb_id: Ok(value.fb_id),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    recent_phone_numbers: Ok(value.recent_phone_numbers),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MessagingEvent {
            data: ::std::result::Result<
                super::MessagingEventData,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                super::MessagingEventEventType,
                ::std::string::String,
            >,
            page_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MessagingEvent {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    event_type: Err("no value supplied for event_type".to_string()),
                    page_id: Err("no value supplied for page_id".to_string()),
                    request_id: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                }
            }
        }
        impl MessagingEvent {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MessagingEventData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MessagingEventEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_type: {e}")
                    });
                self
            }
            pub fn page_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.page_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_id: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MessagingEvent> for super::MessagingEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessagingEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    event_type: value.event_type?,
                    page_id: value.page_id?,
                    request_id: value.request_id?,
                    timestamp: value.timestamp?,
                })
            }
        }
        impl ::std::convert::From<super::MessagingEvent> for MessagingEvent {
            fn from(value: super::MessagingEvent) -> Self {
                Self {
                    data: Ok(value.data),
                    event_type: Ok(value.event_type),
                    page_id: Ok(value.page_id),
                    request_id: Ok(value.request_id),
                    timestamp: Ok(value.timestamp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MessagingEventData {
            conversation: ::std::result::Result<
                ::std::option::Option<super::WebhookConversation>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<super::Message>,
                ::std::string::String,
            >,
            post: ::std::result::Result<
                ::std::option::Option<super::Post>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MessagingEventData {
            fn default() -> Self {
                Self {
                    conversation: Ok(Default::default()),
                    message: Ok(Default::default()),
                    post: Ok(Default::default()),
                }
            }
        }
        impl MessagingEventData {
            pub fn conversation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookConversation>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.conversation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for conversation: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Message>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn post<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Post>>,
                T::Error: ::std::fmt::Display,
            {
                self.post = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for post: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MessagingEventData> for super::MessagingEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessagingEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    conversation: value.conversation?,
                    message: value.message?,
                    post: value.post?,
                })
            }
        }
        impl ::std::convert::From<super::MessagingEventData> for MessagingEventData {
            fn from(value: super::MessagingEventData) -> Self {
                Self {
                    conversation: Ok(value.conversation),
                    message: Ok(value.message),
                    post: Ok(value.post),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NewCustomerStatistic {
            date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            new_customer_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            new_page_inbox_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            new_phone_number_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            phone_number_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NewCustomerStatistic {
            fn default() -> Self {
                Self {
                    date: Ok(Default::default()),
                    new_customer_count: Ok(Default::default()),
                    new_page_inbox_count: Ok(Default::default()),
                    new_phone_number_count: Ok(Default::default()),
                    phone_number_count: Ok(Default::default()),
                }
            }
        }
        impl NewCustomerStatistic {
            pub fn date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date: {e}")
                    });
                self
            }
            pub fn new_customer_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.new_customer_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for new_customer_count: {e}"
                        )
                    });
                self
            }
            pub fn new_page_inbox_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.new_page_inbox_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for new_page_inbox_count: {e}"
                        )
                    });
                self
            }
            pub fn new_phone_number_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.new_phone_number_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for new_phone_number_count: {e}"
                        )
                    });
                self
            }
            pub fn phone_number_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for phone_number_count: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NewCustomerStatistic>
        for super::NewCustomerStatistic {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewCustomerStatistic,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    date: value.date?,
                    new_customer_count: value.new_customer_count?,
                    new_page_inbox_count: value.new_page_inbox_count?,
                    new_phone_number_count: value.new_phone_number_count?,
                    phone_number_count: value.phone_number_count?,
                })
            }
        }
        impl ::std::convert::From<super::NewCustomerStatistic> for NewCustomerStatistic {
            fn from(value: super::NewCustomerStatistic) -> Self {
                Self {
                    date: Ok(value.date),
                    new_customer_count: Ok(value.new_customer_count),
                    new_page_inbox_count: Ok(value.new_page_inbox_count),
                    new_phone_number_count: Ok(value.new_phone_number_count),
                    phone_number_count: Ok(value.phone_number_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NewCustomerStatisticsResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::NewCustomerStatisticsData>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NewCustomerStatisticsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl NewCustomerStatisticsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::NewCustomerStatisticsData>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NewCustomerStatisticsResponse>
        for super::NewCustomerStatisticsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewCustomerStatisticsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::NewCustomerStatisticsResponse>
        for NewCustomerStatisticsResponse {
            fn from(value: super::NewCustomerStatisticsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NoteAuthor {
            fb_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fb_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NoteAuthor {
            fn default() -> Self {
                Self {
                    fb_id: Ok(Default::default()),
                    fb_name: Ok(Default::default()),
                    uid: Ok(Default::default()),
                }
            }
        }
        impl NoteAuthor {
            pub fn fb_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fb_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fb_id: {e}")
                    });
                self
            }
            pub fn fb_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fb_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fb_name: {e}")
                    });
                self
            }
            pub fn uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for uid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NoteAuthor> for super::NoteAuthor {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NoteAuthor,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    fb_id: value.fb_id?,
                    fb_name: value.fb_name?,
                    uid: value.uid?,
                })
            }
        }
        impl ::std::convert::From<super::NoteAuthor> for NoteAuthor {
            fn from(value: super::NoteAuthor) -> Self {
                Self {
                    fb_id: Ok(value.fb_id),
                    fb_name: Ok(value.fb_name),
                    uid: Ok(value.uid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Page {
            avatar_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            platform: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Page {
            fn default() -> Self {
                Self {
                    avatar_url: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    platform: Ok(Default::default()),
                }
            }
        }
        impl Page {
            pub fn avatar_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.avatar_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for avatar_url: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn platform<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.platform = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for platform: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Page> for super::Page {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Page,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    avatar_url: value.avatar_url?,
                    id: value.id?,
                    name: value.name?,
                    platform: value.platform?,
                })
            }
        }
        impl ::std::convert::From<super::Page> for Page {
            fn from(value: super::Page) -> Self {
                Self {
                    avatar_url: Ok(value.avatar_url),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    platform: Ok(value.platform),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PageCustomer {
            birthday: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            can_inbox: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            emails: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            gender: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inserted_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            lives_in: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            notes: ::std::result::Result<
                ::std::vec::Vec<super::CustomerNote>,
                ::std::string::String,
            >,
            phone_numbers: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            psid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            thread_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PageCustomer {
            fn default() -> Self {
                Self {
                    birthday: Ok(Default::default()),
                    can_inbox: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    emails: Ok(Default::default()),
                    gender: Ok(Default::default()),
                    id: Ok(Default::default()),
                    inserted_at: Ok(Default::default()),
                    lives_in: Ok(Default::default()),
                    name: Ok(Default::default()),
                    notes: Ok(Default::default()),
                    phone_numbers: Ok(Default::default()),
                    psid: Ok(Default::default()),
                    thread_id: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl PageCustomer {
            pub fn birthday<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.birthday = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for birthday: {e}")
                    });
                self
            }
            pub fn can_inbox<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.can_inbox = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for can_inbox: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn emails<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.emails = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for emails: {e}")
                    });
                self
            }
            pub fn gender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.gender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gender: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn inserted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inserted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inserted_at: {e}")
                    });
                self
            }
            pub fn lives_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.lives_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lives_in: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CustomerNote>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
                    });
                self
            }
            pub fn phone_numbers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_numbers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_numbers: {e}")
                    });
                self
            }
            pub fn psid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.psid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for psid: {e}")
                    });
                self
            }
            pub fn thread_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.thread_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for thread_id: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PageCustomer> for super::PageCustomer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PageCustomer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    birthday: value.birthday?,
                    can_inbox: value.can_inbox?,
                    customer_id: value.customer_id?,
                    emails: value.emails?,
                    gender: value.gender?,
                    id: value.id?,
                    inserted_at: value.inserted_at?,
                    lives_in: value.lives_in?,
                    name: value.name?,
                    notes: value.notes?,
                    phone_numbers: value.phone_numbers?,
                    psid: value.psid?,
                    thread_id: value.thread_id?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::PageCustomer> for PageCustomer {
            fn from(value: super::PageCustomer) -> Self {
                Self {
                    birthday: Ok(value.birthday),
                    can_inbox: Ok(value.can_inbox),
                    customer_id: Ok(value.customer_id),
                    emails: Ok(value.emails),
                    gender: Ok(value.gender),
                    id: Ok(value.id),
                    inserted_at: Ok(value.inserted_at),
                    lives_in: Ok(value.lives_in),
                    name: Ok(value.name),
                    notes: Ok(value.notes),
                    phone_numbers: Ok(value.phone_numbers),
                    psid: Ok(value.psid),
                    thread_id: Ok(value.thread_id),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PageStatistic {
            customer_comment_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            customer_inbox_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            hour: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inbox_interactive_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            new_customer_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            new_inbox_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_comment_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_inbox_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            phone_number_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            today_uniq_website_referral: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            today_website_guest_referral: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            uniq_phone_number_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PageStatistic {
            fn default() -> Self {
                Self {
                    customer_comment_count: Ok(Default::default()),
                    customer_inbox_count: Ok(Default::default()),
                    hour: Ok(Default::default()),
                    inbox_interactive_count: Ok(Default::default()),
                    new_customer_count: Ok(Default::default()),
                    new_inbox_count: Ok(Default::default()),
                    page_comment_count: Ok(Default::default()),
                    page_inbox_count: Ok(Default::default()),
                    phone_number_count: Ok(Default::default()),
                    today_uniq_website_referral: Ok(Default::default()),
                    today_website_guest_referral: Ok(Default::default()),
                    uniq_phone_number_count: Ok(Default::default()),
                }
            }
        }
        impl PageStatistic {
            pub fn customer_comment_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_comment_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_comment_count: {e}"
                        )
                    });
                self
            }
            pub fn customer_inbox_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_inbox_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_inbox_count: {e}"
                        )
                    });
                self
            }
            pub fn hour<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.hour = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hour: {e}")
                    });
                self
            }
            pub fn inbox_interactive_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.inbox_interactive_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for inbox_interactive_count: {e}"
                        )
                    });
                self
            }
            pub fn new_customer_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.new_customer_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for new_customer_count: {e}"
                        )
                    });
                self
            }
            pub fn new_inbox_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.new_inbox_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for new_inbox_count: {e}"
                        )
                    });
                self
            }
            pub fn page_comment_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_comment_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for page_comment_count: {e}"
                        )
                    });
                self
            }
            pub fn page_inbox_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_inbox_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for page_inbox_count: {e}"
                        )
                    });
                self
            }
            pub fn phone_number_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for phone_number_count: {e}"
                        )
                    });
                self
            }
            pub fn today_uniq_website_referral<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.today_uniq_website_referral = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for today_uniq_website_referral: {e}"
                        )
                    });
                self
            }
            pub fn today_website_guest_referral<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.today_website_guest_referral = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for today_website_guest_referral: {e}"
                        )
                    });
                self
            }
            pub fn uniq_phone_number_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.uniq_phone_number_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for uniq_phone_number_count: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PageStatistic> for super::PageStatistic {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PageStatistic,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    customer_comment_count: value.customer_comment_count?,
                    customer_inbox_count: value.customer_inbox_count?,
                    hour: value.hour?,
                    inbox_interactive_count: value.inbox_interactive_count?,
                    new_customer_count: value.new_customer_count?,
                    new_inbox_count: value.new_inbox_count?,
                    page_comment_count: value.page_comment_count?,
                    page_inbox_count: value.page_inbox_count?,
                    phone_number_count: value.phone_number_count?,
                    today_uniq_website_referral: value.today_uniq_website_referral?,
                    today_website_guest_referral: value.today_website_guest_referral?,
                    uniq_phone_number_count: value.uniq_phone_number_count?,
                })
            }
        }
        impl ::std::convert::From<super::PageStatistic> for PageStatistic {
            fn from(value: super::PageStatistic) -> Self {
                Self {
                    customer_comment_count: Ok(value.customer_comment_count),
                    customer_inbox_count: Ok(value.customer_inbox_count),
                    hour: Ok(value.hour),
                    inbox_interactive_count: Ok(value.inbox_interactive_count),
                    new_customer_count: Ok(value.new_customer_count),
                    new_inbox_count: Ok(value.new_inbox_count),
                    page_comment_count: Ok(value.page_comment_count),
                    page_inbox_count: Ok(value.page_inbox_count),
                    phone_number_count: Ok(value.phone_number_count),
                    today_uniq_website_referral: Ok(value.today_uniq_website_referral),
                    today_website_guest_referral: Ok(value.today_website_guest_referral),
                    uniq_phone_number_count: Ok(value.uniq_phone_number_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PageStatisticsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::PageStatistic>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PageStatisticsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl PageStatisticsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PageStatistic>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PageStatisticsResponse>
        for super::PageStatisticsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PageStatisticsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::PageStatisticsResponse>
        for PageStatisticsResponse {
            fn from(value: super::PageStatisticsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PageUser {
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fb_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_online: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            page_permissions: ::std::result::Result<
                ::std::option::Option<super::PageUserPagePermissions>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status_in_page: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PageUser {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    fb_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    is_online: Ok(Default::default()),
                    name: Ok(Default::default()),
                    page_permissions: Ok(Default::default()),
                    status: Ok(Default::default()),
                    status_in_page: Ok(Default::default()),
                }
            }
        }
        impl PageUser {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn fb_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fb_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fb_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_online<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_online = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_online: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn page_permissions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PageUserPagePermissions>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.page_permissions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for page_permissions: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn status_in_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status_in_page = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for status_in_page: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PageUser> for super::PageUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PageUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    fb_id: value.fb_id?,
                    id: value.id?,
                    is_online: value.is_online?,
                    name: value.name?,
                    page_permissions: value.page_permissions?,
                    status: value.status?,
                    status_in_page: value.status_in_page?,
                })
            }
        }
        impl ::std::convert::From<super::PageUser> for PageUser {
            fn from(value: super::PageUser) -> Self {
                Self {
                    email: Ok(value.email),
                    fb_id: Ok(value.fb_id),
                    id: Ok(value.id),
                    is_online: Ok(value.is_online),
                    name: Ok(value.name),
                    page_permissions: Ok(value.page_permissions),
                    status: Ok(value.status),
                    status_in_page: Ok(value.status_in_page),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PageUserPagePermissions {
            permissions: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PageUserPagePermissions {
            fn default() -> Self {
                Self {
                    permissions: Ok(Default::default()),
                }
            }
        }
        impl PageUserPagePermissions {
            pub fn permissions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.permissions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permissions: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PageUserPagePermissions>
        for super::PageUserPagePermissions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PageUserPagePermissions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    permissions: value.permissions?,
                })
            }
        }
        impl ::std::convert::From<super::PageUserPagePermissions>
        for PageUserPagePermissions {
            fn from(value: super::PageUserPagePermissions) -> Self {
                Self {
                    permissions: Ok(value.permissions),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PancakeSubscription {
            accumulated_amount: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            activated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            auto_config: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            expired_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            inserted_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_activated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_paid: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            owner_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            page_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            payment_amount: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            shared_accounts: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            upgrade_from: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            user_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PancakeSubscription {
            fn default() -> Self {
                Self {
                    accumulated_amount: Ok(Default::default()),
                    activated_at: Ok(Default::default()),
                    auto_config: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    duration: Ok(Default::default()),
                    expired_at: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    inserted_at: Ok(Default::default()),
                    is_activated: Ok(Default::default()),
                    is_paid: Ok(Default::default()),
                    owner_id: Ok(Default::default()),
                    page_count: Ok(Default::default()),
                    page_ids: Ok(Default::default()),
                    payment_amount: Ok(Default::default()),
                    shared_accounts: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    upgrade_from: Ok(Default::default()),
                    user_count: Ok(Default::default()),
                    user_ids: Ok(Default::default()),
                }
            }
        }
        impl PancakeSubscription {
            pub fn accumulated_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.accumulated_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accumulated_amount: {e}"
                        )
                    });
                self
            }
            pub fn activated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.activated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for activated_at: {e}")
                    });
                self
            }
            pub fn auto_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auto_config: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.duration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for duration: {e}")
                    });
                self
            }
            pub fn expired_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expired_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expired_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn inserted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inserted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inserted_at: {e}")
                    });
                self
            }
            pub fn is_activated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_activated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_activated: {e}")
                    });
                self
            }
            pub fn is_paid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_paid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_paid: {e}")
                    });
                self
            }
            pub fn owner_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.owner_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner_id: {e}")
                    });
                self
            }
            pub fn page_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_count: {e}")
                    });
                self
            }
            pub fn page_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_ids: {e}")
                    });
                self
            }
            pub fn payment_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_amount: {e}"
                        )
                    });
                self
            }
            pub fn shared_accounts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.shared_accounts = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for shared_accounts: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn upgrade_from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.upgrade_from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for upgrade_from: {e}")
                    });
                self
            }
            pub fn user_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_count: {e}")
                    });
                self
            }
            pub fn user_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_ids: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PancakeSubscription>
        for super::PancakeSubscription {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PancakeSubscription,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accumulated_amount: value.accumulated_amount?,
                    activated_at: value.activated_at?,
                    auto_config: value.auto_config?,
                    currency: value.currency?,
                    duration: value.duration?,
                    expired_at: value.expired_at?,
                    id: value.id?,
                    inserted_at: value.inserted_at?,
                    is_activated: value.is_activated?,
                    is_paid: value.is_paid?,
                    owner_id: value.owner_id?,
                    page_count: value.page_count?,
                    page_ids: value.page_ids?,
                    payment_amount: value.payment_amount?,
                    shared_accounts: value.shared_accounts?,
                    type_: value.type_?,
                    upgrade_from: value.upgrade_from?,
                    user_count: value.user_count?,
                    user_ids: value.user_ids?,
                })
            }
        }
        impl ::std::convert::From<super::PancakeSubscription> for PancakeSubscription {
            fn from(value: super::PancakeSubscription) -> Self {
                Self {
                    accumulated_amount: Ok(value.accumulated_amount),
                    activated_at: Ok(value.activated_at),
                    auto_config: Ok(value.auto_config),
                    currency: Ok(value.currency),
                    duration: Ok(value.duration),
                    expired_at: Ok(value.expired_at),
                    id: Ok(value.id),
                    inserted_at: Ok(value.inserted_at),
                    is_activated: Ok(value.is_activated),
                    is_paid: Ok(value.is_paid),
                    owner_id: Ok(value.owner_id),
                    page_count: Ok(value.page_count),
                    page_ids: Ok(value.page_ids),
                    payment_amount: Ok(value.payment_amount),
                    shared_accounts: Ok(value.shared_accounts),
                    type_: Ok(value.type_),
                    upgrade_from: Ok(value.upgrade_from),
                    user_count: Ok(value.user_count),
                    user_ids: Ok(value.user_ids),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PhoneNumberCapture {
            captured: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            length: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            m_content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            m_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            offset: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            order_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PhoneNumberCapture {
            fn default() -> Self {
                Self {
                    captured: Ok(Default::default()),
                    length: Ok(Default::default()),
                    m_content: Ok(Default::default()),
                    m_id: Ok(Default::default()),
                    offset: Ok(Default::default()),
                    order_id: Ok(Default::default()),
                    phone_number: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl PhoneNumberCapture {
            pub fn captured<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.captured = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for captured: {e}")
                    });
                self
            }
            pub fn length<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.length = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for length: {e}")
                    });
                self
            }
            pub fn m_content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.m_content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for m_content: {e}")
                    });
                self
            }
            pub fn m_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.m_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for m_id: {e}")
                    });
                self
            }
            pub fn offset<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.offset = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for offset: {e}")
                    });
                self
            }
            pub fn order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_id: {e}")
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PhoneNumberCapture> for super::PhoneNumberCapture {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PhoneNumberCapture,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    captured: value.captured?,
                    length: value.length?,
                    m_content: value.m_content?,
                    m_id: value.m_id?,
                    offset: value.offset?,
                    order_id: value.order_id?,
                    phone_number: value.phone_number?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::PhoneNumberCapture> for PhoneNumberCapture {
            fn from(value: super::PhoneNumberCapture) -> Self {
                Self {
                    captured: Ok(value.captured),
                    length: Ok(value.length),
                    m_content: Ok(value.m_content),
                    m_id: Ok(value.m_id),
                    offset: Ok(value.offset),
                    order_id: Ok(value.order_id),
                    phone_number: Ok(value.phone_number),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Post {
            admin_creator: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            attachments: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            comment_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            delete_comment: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            from: ::std::result::Result<
                ::std::option::Option<super::Sender>,
                ::std::string::String,
            >,
            hide_comment: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ignore_comment: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            inserted_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_removed: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            like_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            link: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            live_video_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            page_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            privacy: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            reactions: ::std::result::Result<
                ::std::option::Option<super::Reactions>,
                ::std::string::String,
            >,
            status_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            story: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Post {
            fn default() -> Self {
                Self {
                    admin_creator: Ok(Default::default()),
                    attachments: Ok(Default::default()),
                    comment_count: Ok(Default::default()),
                    delete_comment: Ok(Default::default()),
                    from: Ok(Default::default()),
                    hide_comment: Ok(Default::default()),
                    id: Ok(Default::default()),
                    ignore_comment: Ok(Default::default()),
                    inserted_at: Ok(Default::default()),
                    is_removed: Ok(Default::default()),
                    like_count: Ok(Default::default()),
                    link: Ok(Default::default()),
                    live_video_status: Ok(Default::default()),
                    message: Ok(Default::default()),
                    page_id: Ok(Default::default()),
                    phone_number_count: Ok(Default::default()),
                    privacy: Ok(Default::default()),
                    reactions: Ok(Default::default()),
                    status_type: Ok(Default::default()),
                    story: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl Post {
            pub fn admin_creator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.admin_creator = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for admin_creator: {e}")
                    });
                self
            }
            pub fn attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachments: {e}")
                    });
                self
            }
            pub fn comment_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.comment_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment_count: {e}")
                    });
                self
            }
            pub fn delete_comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.delete_comment = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for delete_comment: {e}"
                        )
                    });
                self
            }
            pub fn from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Sender>>,
                T::Error: ::std::fmt::Display,
            {
                self.from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from: {e}")
                    });
                self
            }
            pub fn hide_comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.hide_comment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hide_comment: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn ignore_comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.ignore_comment = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ignore_comment: {e}"
                        )
                    });
                self
            }
            pub fn inserted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inserted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inserted_at: {e}")
                    });
                self
            }
            pub fn is_removed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_removed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_removed: {e}")
                    });
                self
            }
            pub fn like_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.like_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for like_count: {e}")
                    });
                self
            }
            pub fn link<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.link = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for link: {e}")
                    });
                self
            }
            pub fn live_video_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.live_video_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for live_video_status: {e}"
                        )
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn page_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_id: {e}")
                    });
                self
            }
            pub fn phone_number_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for phone_number_count: {e}"
                        )
                    });
                self
            }
            pub fn privacy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.privacy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for privacy: {e}")
                    });
                self
            }
            pub fn reactions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Reactions>>,
                T::Error: ::std::fmt::Display,
            {
                self.reactions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reactions: {e}")
                    });
                self
            }
            pub fn status_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status_type: {e}")
                    });
                self
            }
            pub fn story<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.story = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for story: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Post> for super::Post {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Post,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    admin_creator: value.admin_creator?,
                    attachments: value.attachments?,
                    comment_count: value.comment_count?,
                    delete_comment: value.delete_comment?,
                    from: value.from?,
                    hide_comment: value.hide_comment?,
                    id: value.id?,
                    ignore_comment: value.ignore_comment?,
                    inserted_at: value.inserted_at?,
                    is_removed: value.is_removed?,
                    like_count: value.like_count?,
                    link: value.link?,
                    live_video_status: value.live_video_status?,
                    message: value.message?,
                    page_id: value.page_id?,
                    phone_number_count: value.phone_number_count?,
                    privacy: value.privacy?,
                    reactions: value.reactions?,
                    status_type: value.status_type?,
                    story: value.story?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Post> for Post {
            fn from(value: super::Post) -> Self {
                Self {
                    admin_creator: Ok(value.admin_creator),
                    attachments: Ok(value.attachments),
                    comment_count: Ok(value.comment_count),
                    delete_comment: Ok(value.delete_comment),
                    from: Ok(value.from),
                    hide_comment: Ok(value.hide_comment),
                    id: Ok(value.id),
                    ignore_comment: Ok(value.ignore_comment),
                    inserted_at: Ok(value.inserted_at),
                    is_removed: Ok(value.is_removed),
                    like_count: Ok(value.like_count),
                    link: Ok(value.link),
                    live_video_status: Ok(value.live_video_status),
                    message: Ok(value.message),
                    page_id: Ok(value.page_id),
                    phone_number_count: Ok(value.phone_number_count),
                    privacy: Ok(value.privacy),
                    reactions: Ok(value.reactions),
                    status_type: Ok(value.status_type),
                    story: Ok(value.story),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PostEvent {
            data: ::std::result::Result<super::PostEventData, ::std::string::String>,
            event_type: ::std::result::Result<
                super::PostEventEventType,
                ::std::string::String,
            >,
            page_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PostEvent {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    event_type: Err("no value supplied for event_type".to_string()),
                    page_id: Err("no value supplied for page_id".to_string()),
                    request_id: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                }
            }
        }
        impl PostEvent {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PostEventData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PostEventEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_type: {e}")
                    });
                self
            }
            pub fn page_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.page_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_id: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PostEvent> for super::PostEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PostEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    event_type: value.event_type?,
                    page_id: value.page_id?,
                    request_id: value.request_id?,
                    timestamp: value.timestamp?,
                })
            }
        }
        impl ::std::convert::From<super::PostEvent> for PostEvent {
            fn from(value: super::PostEvent) -> Self {
                Self {
                    data: Ok(value.data),
                    event_type: Ok(value.event_type),
                    page_id: Ok(value.page_id),
                    request_id: Ok(value.request_id),
                    timestamp: Ok(value.timestamp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PostEventData {
            post: ::std::result::Result<
                ::std::option::Option<super::Post>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PostEventData {
            fn default() -> Self {
                Self {
                    post: Ok(Default::default()),
                }
            }
        }
        impl PostEventData {
            pub fn post<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Post>>,
                T::Error: ::std::fmt::Display,
            {
                self.post = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for post: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PostEventData> for super::PostEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PostEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { post: value.post? })
            }
        }
        impl ::std::convert::From<super::PostEventData> for PostEventData {
            fn from(value: super::PostEventData) -> Self {
                Self { post: Ok(value.post) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PrivateReplyMessage {
            action: ::std::result::Result<
                super::PrivateReplyMessageAction,
                ::std::string::String,
            >,
            from_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            message_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            post_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            sender_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PrivateReplyMessage {
            fn default() -> Self {
                Self {
                    action: Err("no value supplied for action".to_string()),
                    from_id: Err("no value supplied for from_id".to_string()),
                    message: Err("no value supplied for message".to_string()),
                    message_id: Err("no value supplied for message_id".to_string()),
                    post_id: Err("no value supplied for post_id".to_string()),
                    sender_id: Ok(Default::default()),
                }
            }
        }
        impl PrivateReplyMessage {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PrivateReplyMessageAction>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn from_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.from_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from_id: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
            pub fn post_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.post_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for post_id: {e}")
                    });
                self
            }
            pub fn sender_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sender_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PrivateReplyMessage>
        for super::PrivateReplyMessage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PrivateReplyMessage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    from_id: value.from_id?,
                    message: value.message?,
                    message_id: value.message_id?,
                    post_id: value.post_id?,
                    sender_id: value.sender_id?,
                })
            }
        }
        impl ::std::convert::From<super::PrivateReplyMessage> for PrivateReplyMessage {
            fn from(value: super::PrivateReplyMessage) -> Self {
                Self {
                    action: Ok(value.action),
                    from_id: Ok(value.from_id),
                    message: Ok(value.message),
                    message_id: Ok(value.message_id),
                    post_id: Ok(value.post_id),
                    sender_id: Ok(value.sender_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Reactions {
            angry_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            care_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            haha_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            like_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            love_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            sad_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            wow_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Reactions {
            fn default() -> Self {
                Self {
                    angry_count: Ok(Default::default()),
                    care_count: Ok(Default::default()),
                    haha_count: Ok(Default::default()),
                    like_count: Ok(Default::default()),
                    love_count: Ok(Default::default()),
                    sad_count: Ok(Default::default()),
                    wow_count: Ok(Default::default()),
                }
            }
        }
        impl Reactions {
            pub fn angry_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.angry_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for angry_count: {e}")
                    });
                self
            }
            pub fn care_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.care_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for care_count: {e}")
                    });
                self
            }
            pub fn haha_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.haha_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for haha_count: {e}")
                    });
                self
            }
            pub fn like_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.like_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for like_count: {e}")
                    });
                self
            }
            pub fn love_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.love_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for love_count: {e}")
                    });
                self
            }
            pub fn sad_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.sad_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sad_count: {e}")
                    });
                self
            }
            pub fn wow_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.wow_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for wow_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Reactions> for super::Reactions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Reactions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    angry_count: value.angry_count?,
                    care_count: value.care_count?,
                    haha_count: value.haha_count?,
                    like_count: value.like_count?,
                    love_count: value.love_count?,
                    sad_count: value.sad_count?,
                    wow_count: value.wow_count?,
                })
            }
        }
        impl ::std::convert::From<super::Reactions> for Reactions {
            fn from(value: super::Reactions) -> Self {
                Self {
                    angry_count: Ok(value.angry_count),
                    care_count: Ok(value.care_count),
                    haha_count: Ok(value.haha_count),
                    like_count: Ok(value.like_count),
                    love_count: Ok(value.love_count),
                    sad_count: Ok(value.sad_count),
                    wow_count: Ok(value.wow_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReadWatermark {
            is_group_conv: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            psid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            watermark: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReadWatermark {
            fn default() -> Self {
                Self {
                    is_group_conv: Ok(Default::default()),
                    message_id: Ok(Default::default()),
                    psid: Ok(Default::default()),
                    watermark: Ok(Default::default()),
                }
            }
        }
        impl ReadWatermark {
            pub fn is_group_conv<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_group_conv = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_group_conv: {e}")
                    });
                self
            }
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
            pub fn psid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.psid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for psid: {e}")
                    });
                self
            }
            pub fn watermark<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.watermark = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for watermark: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReadWatermark> for super::ReadWatermark {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReadWatermark,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_group_conv: value.is_group_conv?,
                    message_id: value.message_id?,
                    psid: value.psid?,
                    watermark: value.watermark?,
                })
            }
        }
        impl ::std::convert::From<super::ReadWatermark> for ReadWatermark {
            fn from(value: super::ReadWatermark) -> Self {
                Self {
                    is_group_conv: Ok(value.is_group_conv),
                    message_id: Ok(value.message_id),
                    psid: Ok(value.psid),
                    watermark: Ok(value.watermark),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReplyCommentMessage {
            action: ::std::result::Result<
                super::ReplyCommentMessageAction,
                ::std::string::String,
            >,
            content_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            content_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mentions: ::std::result::Result<
                ::std::vec::Vec<super::Mention>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            sender_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReplyCommentMessage {
            fn default() -> Self {
                Self {
                    action: Err("no value supplied for action".to_string()),
                    content_ids: Ok(Default::default()),
                    content_url: Ok(Default::default()),
                    mentions: Ok(Default::default()),
                    message: Ok(Default::default()),
                    message_id: Err("no value supplied for message_id".to_string()),
                    sender_id: Ok(Default::default()),
                }
            }
        }
        impl ReplyCommentMessage {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ReplyCommentMessageAction>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn content_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_ids: {e}")
                    });
                self
            }
            pub fn content_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_url: {e}")
                    });
                self
            }
            pub fn mentions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Mention>>,
                T::Error: ::std::fmt::Display,
            {
                self.mentions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mentions: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
            pub fn sender_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sender_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReplyCommentMessage>
        for super::ReplyCommentMessage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReplyCommentMessage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    content_ids: value.content_ids?,
                    content_url: value.content_url?,
                    mentions: value.mentions?,
                    message: value.message?,
                    message_id: value.message_id?,
                    sender_id: value.sender_id?,
                })
            }
        }
        impl ::std::convert::From<super::ReplyCommentMessage> for ReplyCommentMessage {
            fn from(value: super::ReplyCommentMessage) -> Self {
                Self {
                    action: Ok(value.action),
                    content_ids: Ok(value.content_ids),
                    content_url: Ok(value.content_url),
                    mentions: Ok(value.mentions),
                    message: Ok(value.message),
                    message_id: Ok(value.message_id),
                    sender_id: Ok(value.sender_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RoundRobinUsers {
            comment: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            inbox: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RoundRobinUsers {
            fn default() -> Self {
                Self {
                    comment: Ok(Default::default()),
                    inbox: Ok(Default::default()),
                }
            }
        }
        impl RoundRobinUsers {
            pub fn comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.comment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment: {e}")
                    });
                self
            }
            pub fn inbox<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inbox = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inbox: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RoundRobinUsers> for super::RoundRobinUsers {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RoundRobinUsers,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    comment: value.comment?,
                    inbox: value.inbox?,
                })
            }
        }
        impl ::std::convert::From<super::RoundRobinUsers> for RoundRobinUsers {
            fn from(value: super::RoundRobinUsers) -> Self {
                Self {
                    comment: Ok(value.comment),
                    inbox: Ok(value.inbox),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SeenUser {
            fb_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fb_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            seen_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SeenUser {
            fn default() -> Self {
                Self {
                    fb_id: Ok(Default::default()),
                    fb_name: Ok(Default::default()),
                    seen_at: Ok(Default::default()),
                }
            }
        }
        impl SeenUser {
            pub fn fb_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fb_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fb_id: {e}")
                    });
                self
            }
            pub fn fb_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fb_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fb_name: {e}")
                    });
                self
            }
            pub fn seen_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.seen_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seen_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SeenUser> for super::SeenUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SeenUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    fb_id: value.fb_id?,
                    fb_name: value.fb_name?,
                    seen_at: value.seen_at?,
                })
            }
        }
        impl ::std::convert::From<super::SeenUser> for SeenUser {
            fn from(value: super::SeenUser) -> Self {
                Self {
                    fb_id: Ok(value.fb_id),
                    fb_name: Ok(value.fb_name),
                    seen_at: Ok(value.seen_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendChatPluginMessageRequest {
            attachments: ::std::result::Result<
                ::std::vec::Vec<super::ChatPluginAttachment>,
                ::std::string::String,
            >,
            conversation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dummy_id: ::std::result::Result<i64, ::std::string::String>,
            extra_info: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            from_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            inserted_at: ::std::result::Result<i64, ::std::string::String>,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            replied_message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendChatPluginMessageRequest {
            fn default() -> Self {
                Self {
                    attachments: Ok(Default::default()),
                    conversation_id: Ok(Default::default()),
                    dummy_id: Err("no value supplied for dummy_id".to_string()),
                    extra_info: Ok(Default::default()),
                    from_id: Err("no value supplied for from_id".to_string()),
                    inserted_at: Err("no value supplied for inserted_at".to_string()),
                    message: Ok(Default::default()),
                    name: Ok(Default::default()),
                    replied_message_id: Ok(Default::default()),
                }
            }
        }
        impl SendChatPluginMessageRequest {
            pub fn attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ChatPluginAttachment>>,
                T::Error: ::std::fmt::Display,
            {
                self.attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachments: {e}")
                    });
                self
            }
            pub fn conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn dummy_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.dummy_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dummy_id: {e}")
                    });
                self
            }
            pub fn extra_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra_info: {e}")
                    });
                self
            }
            pub fn from_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.from_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from_id: {e}")
                    });
                self
            }
            pub fn inserted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.inserted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inserted_at: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn replied_message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.replied_message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for replied_message_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SendChatPluginMessageRequest>
        for super::SendChatPluginMessageRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendChatPluginMessageRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attachments: value.attachments?,
                    conversation_id: value.conversation_id?,
                    dummy_id: value.dummy_id?,
                    extra_info: value.extra_info?,
                    from_id: value.from_id?,
                    inserted_at: value.inserted_at?,
                    message: value.message?,
                    name: value.name?,
                    replied_message_id: value.replied_message_id?,
                })
            }
        }
        impl ::std::convert::From<super::SendChatPluginMessageRequest>
        for SendChatPluginMessageRequest {
            fn from(value: super::SendChatPluginMessageRequest) -> Self {
                Self {
                    attachments: Ok(value.attachments),
                    conversation_id: Ok(value.conversation_id),
                    dummy_id: Ok(value.dummy_id),
                    extra_info: Ok(value.extra_info),
                    from_id: Ok(value.from_id),
                    inserted_at: Ok(value.inserted_at),
                    message: Ok(value.message),
                    name: Ok(value.name),
                    replied_message_id: Ok(value.replied_message_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendChatPluginMessageResponse {
            conversation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dummy_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            from_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendChatPluginMessageResponse {
            fn default() -> Self {
                Self {
                    conversation_id: Ok(Default::default()),
                    dummy_id: Ok(Default::default()),
                    from_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl SendChatPluginMessageResponse {
            pub fn conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn dummy_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.dummy_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dummy_id: {e}")
                    });
                self
            }
            pub fn from_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.from_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SendChatPluginMessageResponse>
        for super::SendChatPluginMessageResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendChatPluginMessageResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    conversation_id: value.conversation_id?,
                    dummy_id: value.dummy_id?,
                    from_id: value.from_id?,
                    id: value.id?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::SendChatPluginMessageResponse>
        for SendChatPluginMessageResponse {
            fn from(value: super::SendChatPluginMessageResponse) -> Self {
                Self {
                    conversation_id: Ok(value.conversation_id),
                    dummy_id: Ok(value.dummy_id),
                    from_id: Ok(value.from_id),
                    id: Ok(value.id),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendMessageResponse {
            error_code: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendMessageResponse {
            fn default() -> Self {
                Self {
                    error_code: Ok(Default::default()),
                    id: Ok(Default::default()),
                    message: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl SendMessageResponse {
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SendMessageResponse>
        for super::SendMessageResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendMessageResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error_code: value.error_code?,
                    id: value.id?,
                    message: value.message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::SendMessageResponse> for SendMessageResponse {
            fn from(value: super::SendMessageResponse) -> Self {
                Self {
                    error_code: Ok(value.error_code),
                    id: Ok(value.id),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Sender {
            admin_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            admin_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ai_generated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            avatar_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_automated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            page_customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Sender {
            fn default() -> Self {
                Self {
                    admin_id: Ok(Default::default()),
                    admin_name: Ok(Default::default()),
                    ai_generated: Ok(Default::default()),
                    avatar_url: Ok(Default::default()),
                    email: Ok(Default::default()),
                    id: Ok(Default::default()),
                    is_automated: Ok(Default::default()),
                    name: Ok(Default::default()),
                    page_customer_id: Ok(Default::default()),
                    phone_number: Ok(Default::default()),
                    uid: Ok(Default::default()),
                }
            }
        }
        impl Sender {
            pub fn admin_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.admin_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for admin_id: {e}")
                    });
                self
            }
            pub fn admin_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.admin_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for admin_name: {e}")
                    });
                self
            }
            pub fn ai_generated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.ai_generated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ai_generated: {e}")
                    });
                self
            }
            pub fn avatar_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.avatar_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for avatar_url: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_automated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_automated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_automated: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn page_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for page_customer_id: {e}"
                        )
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for uid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Sender> for super::Sender {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Sender,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    admin_id: value.admin_id?,
                    admin_name: value.admin_name?,
                    ai_generated: value.ai_generated?,
                    avatar_url: value.avatar_url?,
                    email: value.email?,
                    id: value.id?,
                    is_automated: value.is_automated?,
                    name: value.name?,
                    page_customer_id: value.page_customer_id?,
                    phone_number: value.phone_number?,
                    uid: value.uid?,
                })
            }
        }
        impl ::std::convert::From<super::Sender> for Sender {
            fn from(value: super::Sender) -> Self {
                Self {
                    admin_id: Ok(value.admin_id),
                    admin_name: Ok(value.admin_name),
                    ai_generated: Ok(value.ai_generated),
                    avatar_url: Ok(value.avatar_url),
                    email: Ok(value.email),
                    id: Ok(value.id),
                    is_automated: Ok(value.is_automated),
                    name: Ok(value.name),
                    page_customer_id: Ok(value.page_customer_id),
                    phone_number: Ok(value.phone_number),
                    uid: Ok(value.uid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubscriptionEvent {
            data: ::std::result::Result<
                super::SubscriptionEventData,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                super::SubscriptionEventEventType,
                ::std::string::String,
            >,
            page_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SubscriptionEvent {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    event_type: Err("no value supplied for event_type".to_string()),
                    page_id: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                }
            }
        }
        impl SubscriptionEvent {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SubscriptionEventData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SubscriptionEventEventType>,
                T::Error: ::std::fmt::Display,
            {
                self.event_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_type: {e}")
                    });
                self
            }
            pub fn page_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_id: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SubscriptionEvent> for super::SubscriptionEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SubscriptionEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    event_type: value.event_type?,
                    page_id: value.page_id?,
                    request_id: value.request_id?,
                    timestamp: value.timestamp?,
                })
            }
        }
        impl ::std::convert::From<super::SubscriptionEvent> for SubscriptionEvent {
            fn from(value: super::SubscriptionEvent) -> Self {
                Self {
                    data: Ok(value.data),
                    event_type: Ok(value.event_type),
                    page_id: Ok(value.page_id),
                    request_id: Ok(value.request_id),
                    timestamp: Ok(value.timestamp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubscriptionEventData {
            subscription: ::std::result::Result<
                ::std::option::Option<super::PancakeSubscription>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SubscriptionEventData {
            fn default() -> Self {
                Self {
                    subscription: Ok(Default::default()),
                }
            }
        }
        impl SubscriptionEventData {
            pub fn subscription<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PancakeSubscription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subscription = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subscription: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SubscriptionEventData>
        for super::SubscriptionEventData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SubscriptionEventData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    subscription: value.subscription?,
                })
            }
        }
        impl ::std::convert::From<super::SubscriptionEventData>
        for SubscriptionEventData {
            fn from(value: super::SubscriptionEventData) -> Self {
                Self {
                    subscription: Ok(value.subscription),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SuccessResponse {
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SuccessResponse {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl SuccessResponse {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SuccessResponse> for super::SuccessResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SuccessResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::SuccessResponse> for SuccessResponse {
            fn from(value: super::SuccessResponse) -> Self {
                Self {
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Tag {
            color: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            is_deactive: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_lead_event: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            lighten_color: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Tag {
            fn default() -> Self {
                Self {
                    color: Ok(Default::default()),
                    description: Ok(Default::default()),
                    id: Ok(Default::default()),
                    is_deactive: Ok(Default::default()),
                    is_lead_event: Ok(Default::default()),
                    lighten_color: Ok(Default::default()),
                    text: Ok(Default::default()),
                }
            }
        }
        impl Tag {
            pub fn color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.color = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for color: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_deactive<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_deactive = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_deactive: {e}")
                    });
                self
            }
            pub fn is_lead_event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_lead_event = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_lead_event: {e}")
                    });
                self
            }
            pub fn lighten_color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.lighten_color = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lighten_color: {e}")
                    });
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Tag> for super::Tag {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Tag,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    color: value.color?,
                    description: value.description?,
                    id: value.id?,
                    is_deactive: value.is_deactive?,
                    is_lead_event: value.is_lead_event?,
                    lighten_color: value.lighten_color?,
                    text: value.text?,
                })
            }
        }
        impl ::std::convert::From<super::Tag> for Tag {
            fn from(value: super::Tag) -> Self {
                Self {
                    color: Ok(value.color),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    is_deactive: Ok(value.is_deactive),
                    is_lead_event: Ok(value.is_lead_event),
                    lighten_color: Ok(value.lighten_color),
                    text: Ok(value.text),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TagHistory {
            conversation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inserted_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payload: ::std::result::Result<
                ::std::option::Option<super::TagHistoryPayload>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TagHistory {
            fn default() -> Self {
                Self {
                    conversation_id: Ok(Default::default()),
                    inserted_at: Ok(Default::default()),
                    payload: Ok(Default::default()),
                }
            }
        }
        impl TagHistory {
            pub fn conversation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for conversation_id: {e}"
                        )
                    });
                self
            }
            pub fn inserted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inserted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inserted_at: {e}")
                    });
                self
            }
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TagHistoryPayload>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payload: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TagHistory> for super::TagHistory {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TagHistory,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    conversation_id: value.conversation_id?,
                    inserted_at: value.inserted_at?,
                    payload: value.payload?,
                })
            }
        }
        impl ::std::convert::From<super::TagHistory> for TagHistory {
            fn from(value: super::TagHistory) -> Self {
                Self {
                    conversation_id: Ok(value.conversation_id),
                    inserted_at: Ok(value.inserted_at),
                    payload: Ok(value.payload),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TagHistoryPayload {
            action: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            editor_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            editor_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tag: ::std::result::Result<
                ::std::option::Option<super::TagHistoryPayloadTag>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TagHistoryPayload {
            fn default() -> Self {
                Self {
                    action: Ok(Default::default()),
                    editor_id: Ok(Default::default()),
                    editor_name: Ok(Default::default()),
                    tag: Ok(Default::default()),
                }
            }
        }
        impl TagHistoryPayload {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn editor_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.editor_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for editor_id: {e}")
                    });
                self
            }
            pub fn editor_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.editor_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for editor_name: {e}")
                    });
                self
            }
            pub fn tag<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TagHistoryPayloadTag>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tag = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tag: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TagHistoryPayload> for super::TagHistoryPayload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TagHistoryPayload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    editor_id: value.editor_id?,
                    editor_name: value.editor_name?,
                    tag: value.tag?,
                })
            }
        }
        impl ::std::convert::From<super::TagHistoryPayload> for TagHistoryPayload {
            fn from(value: super::TagHistoryPayload) -> Self {
                Self {
                    action: Ok(value.action),
                    editor_id: Ok(value.editor_id),
                    editor_name: Ok(value.editor_name),
                    tag: Ok(value.tag),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TagHistoryPayloadTag {
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TagHistoryPayloadTag {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    text: Ok(Default::default()),
                }
            }
        }
        impl TagHistoryPayloadTag {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TagHistoryPayloadTag>
        for super::TagHistoryPayloadTag {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TagHistoryPayloadTag,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    text: value.text?,
                })
            }
        }
        impl ::std::convert::From<super::TagHistoryPayloadTag> for TagHistoryPayloadTag {
            fn from(value: super::TagHistoryPayloadTag) -> Self {
                Self {
                    id: Ok(value.id),
                    text: Ok(value.text),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TagSeries {
            categories: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            series: ::std::result::Result<
                ::std::collections::HashMap<::std::string::String, ::std::vec::Vec<i64>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TagSeries {
            fn default() -> Self {
                Self {
                    categories: Ok(Default::default()),
                    series: Ok(Default::default()),
                }
            }
        }
        impl TagSeries {
            pub fn categories<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.categories = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for categories: {e}")
                    });
                self
            }
            pub fn series<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::vec::Vec<i64>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.series = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for series: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TagSeries> for super::TagSeries {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TagSeries,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    categories: value.categories?,
                    series: value.series?,
                })
            }
        }
        impl ::std::convert::From<super::TagSeries> for TagSeries {
            fn from(value: super::TagSeries) -> Self {
                Self {
                    categories: Ok(value.categories),
                    series: Ok(value.series),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TagStatisticsResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::TagSeries>,
                ::std::string::String,
            >,
            data_today: ::std::result::Result<
                ::std::option::Option<super::TagSeries>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::TagStatisticsResponseTagsItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TagStatisticsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    data_today: Ok(Default::default()),
                    success: Ok(Default::default()),
                    tags: Ok(Default::default()),
                }
            }
        }
        impl TagStatisticsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TagSeries>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn data_today<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TagSeries>>,
                T::Error: ::std::fmt::Display,
            {
                self.data_today = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_today: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::TagStatisticsResponseTagsItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TagStatisticsResponse>
        for super::TagStatisticsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TagStatisticsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    data_today: value.data_today?,
                    success: value.success?,
                    tags: value.tags?,
                })
            }
        }
        impl ::std::convert::From<super::TagStatisticsResponse>
        for TagStatisticsResponse {
            fn from(value: super::TagStatisticsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    data_today: Ok(value.data_today),
                    success: Ok(value.success),
                    tags: Ok(value.tags),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TagStatisticsResponseTagsItem {
            color: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<super::TagId>,
                ::std::string::String,
            >,
            lighten_color: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TagStatisticsResponseTagsItem {
            fn default() -> Self {
                Self {
                    color: Ok(Default::default()),
                    description: Ok(Default::default()),
                    id: Ok(Default::default()),
                    lighten_color: Ok(Default::default()),
                    text: Ok(Default::default()),
                }
            }
        }
        impl TagStatisticsResponseTagsItem {
            pub fn color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.color = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for color: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TagId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn lighten_color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.lighten_color = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lighten_color: {e}")
                    });
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TagStatisticsResponseTagsItem>
        for super::TagStatisticsResponseTagsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TagStatisticsResponseTagsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    color: value.color?,
                    description: value.description?,
                    id: value.id?,
                    lighten_color: value.lighten_color?,
                    text: value.text?,
                })
            }
        }
        impl ::std::convert::From<super::TagStatisticsResponseTagsItem>
        for TagStatisticsResponseTagsItem {
            fn from(value: super::TagStatisticsResponseTagsItem) -> Self {
                Self {
                    color: Ok(value.color),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    lighten_color: Ok(value.lighten_color),
                    text: Ok(value.text),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateConversationTagsRequest {
            action: ::std::result::Result<super::TagAction, ::std::string::String>,
            tag_id: ::std::result::Result<super::TagId, ::std::string::String>,
        }
        impl ::std::default::Default for UpdateConversationTagsRequest {
            fn default() -> Self {
                Self {
                    action: Err("no value supplied for action".to_string()),
                    tag_id: Err("no value supplied for tag_id".to_string()),
                }
            }
        }
        impl UpdateConversationTagsRequest {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TagAction>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn tag_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TagId>,
                T::Error: ::std::fmt::Display,
            {
                self.tag_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tag_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateConversationTagsRequest>
        for super::UpdateConversationTagsRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateConversationTagsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    tag_id: value.tag_id?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateConversationTagsRequest>
        for UpdateConversationTagsRequest {
            fn from(value: super::UpdateConversationTagsRequest) -> Self {
                Self {
                    action: Ok(value.action),
                    tag_id: Ok(value.tag_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateConversationTagsResponse {
            data: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            timestamp: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateConversationTagsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    success: Ok(Default::default()),
                    timestamp: Ok(Default::default()),
                }
            }
        }
        impl UpdateConversationTagsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateConversationTagsResponse>
        for super::UpdateConversationTagsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateConversationTagsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    success: value.success?,
                    timestamp: value.timestamp?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateConversationTagsResponse>
        for UpdateConversationTagsResponse {
            fn from(value: super::UpdateConversationTagsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    success: Ok(value.success),
                    timestamp: Ok(value.timestamp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateCustomerNoteRequest {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            note_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for UpdateCustomerNoteRequest {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    note_id: Err("no value supplied for note_id".to_string()),
                }
            }
        }
        impl UpdateCustomerNoteRequest {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn note_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.note_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for note_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateCustomerNoteRequest>
        for super::UpdateCustomerNoteRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateCustomerNoteRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    note_id: value.note_id?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateCustomerNoteRequest>
        for UpdateCustomerNoteRequest {
            fn from(value: super::UpdateCustomerNoteRequest) -> Self {
                Self {
                    message: Ok(value.message),
                    note_id: Ok(value.note_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdatePageCustomerRequest {
            changes: ::std::result::Result<
                super::CustomerChanges,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdatePageCustomerRequest {
            fn default() -> Self {
                Self {
                    changes: Err("no value supplied for changes".to_string()),
                }
            }
        }
        impl UpdatePageCustomerRequest {
            pub fn changes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomerChanges>,
                T::Error: ::std::fmt::Display,
            {
                self.changes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for changes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdatePageCustomerRequest>
        for super::UpdatePageCustomerRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdatePageCustomerRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { changes: value.changes? })
            }
        }
        impl ::std::convert::From<super::UpdatePageCustomerRequest>
        for UpdatePageCustomerRequest {
            fn from(value: super::UpdatePageCustomerRequest) -> Self {
                Self { changes: Ok(value.changes) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UploadContentRequest {
            file: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for UploadContentRequest {
            fn default() -> Self {
                Self {
                    file: Err("no value supplied for file".to_string()),
                }
            }
        }
        impl UploadContentRequest {
            pub fn file<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.file = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UploadContentRequest>
        for super::UploadContentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UploadContentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { file: value.file? })
            }
        }
        impl ::std::convert::From<super::UploadContentRequest> for UploadContentRequest {
            fn from(value: super::UploadContentRequest) -> Self {
                Self { file: Ok(value.file) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UploadContentResponse {
            attachment_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UploadContentResponse {
            fn default() -> Self {
                Self {
                    attachment_type: Ok(Default::default()),
                    id: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl UploadContentResponse {
            pub fn attachment_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.attachment_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for attachment_type: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UploadContentResponse>
        for super::UploadContentResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UploadContentResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attachment_type: value.attachment_type?,
                    id: value.id?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::UploadContentResponse>
        for UploadContentResponse {
            fn from(value: super::UploadContentResponse) -> Self {
                Self {
                    attachment_type: Ok(value.attachment_type),
                    id: Ok(value.id),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserEngagement {
            inbox_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            old_order_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            order_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total_engagement: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserEngagement {
            fn default() -> Self {
                Self {
                    inbox_count: Ok(Default::default()),
                    name: Ok(Default::default()),
                    old_order_count: Ok(Default::default()),
                    order_count: Ok(Default::default()),
                    total_engagement: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                }
            }
        }
        impl UserEngagement {
            pub fn inbox_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.inbox_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inbox_count: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn old_order_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.old_order_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for old_order_count: {e}"
                        )
                    });
                self
            }
            pub fn order_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_count: {e}")
                    });
                self
            }
            pub fn total_engagement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_engagement = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_engagement: {e}"
                        )
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserEngagement> for super::UserEngagement {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserEngagement,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    inbox_count: value.inbox_count?,
                    name: value.name?,
                    old_order_count: value.old_order_count?,
                    order_count: value.order_count?,
                    total_engagement: value.total_engagement?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::UserEngagement> for UserEngagement {
            fn from(value: super::UserEngagement) -> Self {
                Self {
                    inbox_count: Ok(value.inbox_count),
                    name: Ok(value.name),
                    old_order_count: Ok(value.old_order_count),
                    order_count: Ok(value.order_count),
                    total_engagement: Ok(value.total_engagement),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserRef {
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fb_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserRef {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    fb_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl UserRef {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn fb_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fb_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fb_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserRef> for super::UserRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    fb_id: value.fb_id?,
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::UserRef> for UserRef {
            fn from(value: super::UserRef) -> Self {
                Self {
                    email: Ok(value.email),
                    fb_id: Ok(value.fb_id),
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserStatisticRow {
            average_response_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            comment_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            hour: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inbox_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            order_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            phone_number_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            private_reply_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            unique_comment_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            unique_inbox_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            user_fb_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserStatisticRow {
            fn default() -> Self {
                Self {
                    average_response_time: Ok(Default::default()),
                    comment_count: Ok(Default::default()),
                    hour: Ok(Default::default()),
                    inbox_count: Ok(Default::default()),
                    order_count: Ok(Default::default()),
                    phone_number_count: Ok(Default::default()),
                    private_reply_count: Ok(Default::default()),
                    unique_comment_count: Ok(Default::default()),
                    unique_inbox_count: Ok(Default::default()),
                    user_fb_id: Ok(Default::default()),
                    user_name: Ok(Default::default()),
                }
            }
        }
        impl UserStatisticRow {
            pub fn average_response_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.average_response_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for average_response_time: {e}"
                        )
                    });
                self
            }
            pub fn comment_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.comment_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment_count: {e}")
                    });
                self
            }
            pub fn hour<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.hour = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hour: {e}")
                    });
                self
            }
            pub fn inbox_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.inbox_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inbox_count: {e}")
                    });
                self
            }
            pub fn order_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_count: {e}")
                    });
                self
            }
            pub fn phone_number_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for phone_number_count: {e}"
                        )
                    });
                self
            }
            pub fn private_reply_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.private_reply_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for private_reply_count: {e}"
                        )
                    });
                self
            }
            pub fn unique_comment_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_comment_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unique_comment_count: {e}"
                        )
                    });
                self
            }
            pub fn unique_inbox_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_inbox_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unique_inbox_count: {e}"
                        )
                    });
                self
            }
            pub fn user_fb_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_fb_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_fb_id: {e}")
                    });
                self
            }
            pub fn user_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserStatisticRow> for super::UserStatisticRow {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserStatisticRow,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    average_response_time: value.average_response_time?,
                    comment_count: value.comment_count?,
                    hour: value.hour?,
                    inbox_count: value.inbox_count?,
                    order_count: value.order_count?,
                    phone_number_count: value.phone_number_count?,
                    private_reply_count: value.private_reply_count?,
                    unique_comment_count: value.unique_comment_count?,
                    unique_inbox_count: value.unique_inbox_count?,
                    user_fb_id: value.user_fb_id?,
                    user_name: value.user_name?,
                })
            }
        }
        impl ::std::convert::From<super::UserStatisticRow> for UserStatisticRow {
            fn from(value: super::UserStatisticRow) -> Self {
                Self {
                    average_response_time: Ok(value.average_response_time),
                    comment_count: Ok(value.comment_count),
                    hour: Ok(value.hour),
                    inbox_count: Ok(value.inbox_count),
                    order_count: Ok(value.order_count),
                    phone_number_count: Ok(value.phone_number_count),
                    private_reply_count: Ok(value.private_reply_count),
                    unique_comment_count: Ok(value.unique_comment_count),
                    unique_inbox_count: Ok(value.unique_inbox_count),
                    user_fb_id: Ok(value.user_fb_id),
                    user_name: Ok(value.user_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserStatistics {
            statistics: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::vec::Vec<super::UserStatisticRow>,
                >,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            users: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    super::UserStatisticRow,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserStatistics {
            fn default() -> Self {
                Self {
                    statistics: Ok(Default::default()),
                    success: Ok(Default::default()),
                    users: Ok(Default::default()),
                }
            }
        }
        impl UserStatistics {
            pub fn statistics<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::vec::Vec<super::UserStatisticRow>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.statistics = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for statistics: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        super::UserStatisticRow,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.users = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for users: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserStatistics> for super::UserStatistics {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserStatistics,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    statistics: value.statistics?,
                    success: value.success?,
                    users: value.users?,
                })
            }
        }
        impl ::std::convert::From<super::UserStatistics> for UserStatistics {
            fn from(value: super::UserStatistics) -> Self {
                Self {
                    statistics: Ok(value.statistics),
                    success: Ok(value.success),
                    users: Ok(value.users),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserStatisticsResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::UserStatistics>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserStatisticsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl UserStatisticsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserStatistics>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserStatisticsResponse>
        for super::UserStatisticsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserStatisticsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::UserStatisticsResponse>
        for UserStatisticsResponse {
            fn from(value: super::UserStatisticsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookConversation {
            assignee_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            from: ::std::result::Result<
                ::std::option::Option<super::Sender>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_combined: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_removed: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_replied: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            page_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            read_watermarks: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::ReadWatermark>>,
                ::std::string::String,
            >,
            seen: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            snippet: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
            type_: ::std::result::Result<
                ::std::option::Option<crate::model::ConversationType>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookConversation {
            fn default() -> Self {
                Self {
                    assignee_ids: Ok(Default::default()),
                    customer_id: Ok(Default::default()),
                    from: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    is_combined: Ok(Default::default()),
                    is_removed: Ok(Default::default()),
                    is_replied: Ok(Default::default()),
                    page_id: Ok(Default::default()),
                    read_watermarks: Ok(Default::default()),
                    seen: Ok(Default::default()),
                    snippet: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    version: Ok(Default::default()),
                }
            }
        }
        impl WebhookConversation {
            pub fn assignee_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.assignee_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for assignee_ids: {e}")
                    });
                self
            }
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            pub fn from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Sender>>,
                T::Error: ::std::fmt::Display,
            {
                self.from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_combined<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_combined = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_combined: {e}")
                    });
                self
            }
            pub fn is_removed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_removed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_removed: {e}")
                    });
                self
            }
            pub fn is_replied<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_replied = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_replied: {e}")
                    });
                self
            }
            pub fn page_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_id: {e}")
                    });
                self
            }
            pub fn read_watermarks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::ReadWatermark>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.read_watermarks = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for read_watermarks: {e}"
                        )
                    });
                self
            }
            pub fn seen<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.seen = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seen: {e}")
                    });
                self
            }
            pub fn snippet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.snippet = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for snippet: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::model::ConversationType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookConversation>
        for super::WebhookConversation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookConversation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    assignee_ids: value.assignee_ids?,
                    customer_id: value.customer_id?,
                    from: value.from?,
                    id: value.id?,
                    is_combined: value.is_combined?,
                    is_removed: value.is_removed?,
                    is_replied: value.is_replied?,
                    page_id: value.page_id?,
                    read_watermarks: value.read_watermarks?,
                    seen: value.seen?,
                    snippet: value.snippet?,
                    tags: value.tags?,
                    type_: value.type_?,
                    updated_at: value.updated_at?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookConversation> for WebhookConversation {
            fn from(value: super::WebhookConversation) -> Self {
                Self {
                    assignee_ids: Ok(value.assignee_ids),
                    customer_id: Ok(value.customer_id),
                    from: Ok(value.from),
                    id: Ok(value.id),
                    is_combined: Ok(value.is_combined),
                    is_removed: Ok(value.is_removed),
                    is_replied: Ok(value.is_replied),
                    page_id: Ok(value.page_id),
                    read_watermarks: Ok(value.read_watermarks),
                    seen: Ok(value.seen),
                    snippet: Ok(value.snippet),
                    tags: Ok(value.tags),
                    type_: Ok(value.type_),
                    updated_at: Ok(value.updated_at),
                    version: Ok(value.version),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Pancake API

The Pancake API (pages.fm): the user API, the page API v1 and the page API v2 in one document,
reconciled from the published references. See `RECONCILIATION.md` beside this file for every
point where the sources disagree and what was decided.

**Authentication.** Tokens travel as query parameters, never in a header. The user API
(`/v1/...`) takes the user's `access_token` (Account → Personal Settings); it stops working when
the user logs out, or after up to 90 days of inactivity.
The page APIs (`/public_api/...`) take a `page_access_token` (page Settings → Tools, or
`generate_page_access_token`); it does not expire until renewed. A page token reads and writes
only its own page. Both are declared as security schemes and, because code generators such as
progenitor ignore security schemes, also as ordinary required query parameters.

**Errors: the live API.** It reports most failures with HTTP 200 and
`{"success": false, "error_code": N, "message": "..."}`: 102 = invalid token, 105 = the page token
was renewed. For a second private reply to a comment, or one to a comment older than 7 days,
the spec assumes the codes of the Facebook Send API (10900 = already answered privately, 10901 =
too late): no source shows Pancake relaying them (RECONCILIATION H8). Every 200 schema admits that
envelope, so a client must check `success` as well as the status. An expired user token gets 401.
Other statuses (400, 403, 404, 5xx) are documented with the same body (`ApiError`), but no source
shows what the live API sends with them.

**Rate limit.** 5 requests per second per page (`page_id`), answered with HTTP 429 beyond it
(`x-pancake-rate-limit`); only the page-token operations with a `page_id` in the path are limited,
and only they document 429. The live API is not known to send `Retry-After` or a JSON body with
its 429: clients must not depend on either.

**This mock (`pancake-mock`).** Where the sources are silent, the mock answers definitely, and these
answers are its own, not evidence about the live API (`mock-server/README.md` lists every
refusal with its evidence): 400 with `error_code` 194 for a missing parameter and 100 for an
invalid one, naming the parameter (an optional query parameter sent empty, `until=`, counts as
absent: `allowEmptyValue`, RECONCILIATION B14); 404 with `error_code` 404 for an unknown page, conversation or
customer; 413 for a video over the page's limit (`x-pancake-upload-limits`); 429 with
`Retry-After` (whole seconds) and `error_code` 613; 5xx only when a fault is injected. To bound its
own work it refuses a statistics `date_range` longer than 10 years, far beyond any real report.

**Time.** `since`/`until` are Unix seconds (a value in milliseconds is silently read as a date
in the far future and gives an empty result). Timestamps in payloads are UTC ISO-8601 strings,
usually without zone and with or without microseconds (`2021-08-26T06:29:56`,
`2023-12-26T08:44:29.000000`), so they are typed `string`. Note `created_at` values are Unix
milliseconds, and the tag-write `timestamp` is Unix microseconds (`x-pancake-unit`).

**Pagination.** Each list operation describes its walk in `x-pancake-pagination`
(see `README.md` beside this file).


Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::hooks::Inner,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::hooks::Inner) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::hooks::Inner,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::hooks::Inner> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::hooks::Inner {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::hooks::Inner>,
    {}
};
impl Client {
    /**List conversations (v1, deprecated)

The original conversation list. Deprecated by Pancake in favour of `list_conversations` (v2),
which may be the only one left at any time. Same conversation shape and the same filters as v2
(E3: moving to v2 changes the path and the paging, nothing else); pages carry a `total`. How
v1 pages is not documented anywhere: `page_number` and 60 per page are assumptions
(RECONCILIATION Q1).


Sends a `GET` request to `/public_api/v1/pages/{page_id}/conversations`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `order_by`: The timestamp the conversations are sorted by (newest first) and that `since`/`until` filter
on.

- `page_number`: Page to fetch, from 1 (an assumption, RECONCILIATION Q1).
- `post_ids`: Only comment conversations on these posts. Sent as a repeated parameter
(`post_ids=a&post_ids=b`); a comma-separated value (`post_ids=a,b`) is read the same way.

- `since`: Start of the time range, Unix time in **seconds** (UTC).
- `tags`: Comma-separated tag ids (`1,4`); a conversation must carry all of them.
- `type_`: Only conversations of this type. Sent as a repeated parameter (`type=INBOX`). Field tests of
the live API show that two or more values give an empty result (with `success: true`):
send one.

- `unread_first`: Put unread conversations first.
- `until`: End of the time range, Unix time in **seconds** (UTC).
```ignore
let response = client.list_conversations_v1()
    .page_id(page_id)
    .order_by(order_by)
    .page_number(page_number)
    .post_ids(post_ids)
    .since(since)
    .tags(tags)
    .type_(type_)
    .unread_first(unread_first)
    .until(until)
    .send()
    .await;
```*/
    pub fn list_conversations_v1(&self) -> builder::ListConversationsV1<'_> {
        builder::ListConversationsV1::new(self)
    }
    /**Assign staff to a conversation

Replaces the conversation's assignees with `assignee_ids` (user ids from `list_users`) and
answers the updated conversation. The change is recorded in `assignee_histories`. That the
list replaces rather than adds is an assumption: no source says (RECONCILIATION Q9).


Sends a `POST` request to `/public_api/v1/pages/{page_id}/conversations/{conversation_id}/assign`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `conversation_id`: The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for
a comment conversation.

- `body`
```ignore
let response = client.assign_conversation()
    .page_id(page_id)
    .conversation_id(conversation_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn assign_conversation(&self) -> builder::AssignConversation<'_> {
        builder::AssignConversation::new(self)
    }
    /**List the messages of a conversation

At most 30 messages per call, newest first, with the conversation's context (customers, notes,
post, read watermarks). Walk with `current_count` = how many messages were already fetched; a
page of fewer than 30 messages is the last.


Sends a `GET` request to `/public_api/v1/pages/{page_id}/conversations/{conversation_id}/messages`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `conversation_id`: The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for
a comment conversation.

- `current_count`: How many messages were already fetched (0 or absent for the newest 30).
```ignore
let response = client.list_messages()
    .page_id(page_id)
    .conversation_id(conversation_id)
    .current_count(current_count)
    .send()
    .await;
```*/
    pub fn list_messages(&self) -> builder::ListMessages<'_> {
        builder::ListMessages::new(self)
    }
    /**Send a message, reply to a comment, or reply privately

The body's `action` selects what is sent:
- `reply_inbox`: a message in an inbox conversation; exactly one of `message` (text),
  `content_ids` (uploaded media) or `template_id` (WhatsApp Business template).
- `reply_comment`: a public reply to the comment `message_id`; needs `message` or media
  (`content_ids`, or the legacy `content_url`), or both.
- `private_replies`: a private message to the author of a comment. Facebook allows one
  private reply per comment, within 7 days of the comment; otherwise the answer is
  `success: false`. Its `error_code`, 10900 (already replied) or 10901 (too late), is an
  assumption: they are the Facebook Send API's codes, and no source shows Pancake relaying
  them (RECONCILIATION H8).
Sending is not idempotent: a client must not repeat it blindly after a timeout or a 5xx.
`sender_id` (any action) names a user who needs the required subscription plan and
permissions on the page.


Sends a `POST` request to `/public_api/v1/pages/{page_id}/conversations/{conversation_id}/messages`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `conversation_id`: The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for
a comment conversation.

- `body`
```ignore
let response = client.send_message()
    .page_id(page_id)
    .conversation_id(conversation_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn send_message(&self) -> builder::SendMessage<'_> {
        builder::SendMessage::new(self)
    }
    /**Mark a conversation as read

Sets `seen` and clears `unread_count`. The effect is an assumption read from the field names:
no source states it (RECONCILIATION G3).


Sends a `POST` request to `/public_api/v1/pages/{page_id}/conversations/{conversation_id}/read`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `conversation_id`: The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for
a comment conversation.

```ignore
let response = client.mark_conversation_read()
    .page_id(page_id)
    .conversation_id(conversation_id)
    .send()
    .await;
```*/
    pub fn mark_conversation_read(&self) -> builder::MarkConversationRead<'_> {
        builder::MarkConversationRead::new(self)
    }
    /**Add a tag to a conversation, or remove one

Adds or removes one tag and answers the conversation's tag ids after the change. Adding a tag
the conversation already has, or removing one it does not have, changes nothing and succeeds.


Sends a `POST` request to `/public_api/v1/pages/{page_id}/conversations/{conversation_id}/tags`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `conversation_id`: The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for
a comment conversation.

- `body`
```ignore
let response = client.update_conversation_tags()
    .page_id(page_id)
    .conversation_id(conversation_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_conversation_tags(&self) -> builder::UpdateConversationTags<'_> {
        builder::UpdateConversationTags::new(self)
    }
    /**Mark a conversation as unread

Clears `seen`, so the conversation shows as unread in the inbox.

Sends a `POST` request to `/public_api/v1/pages/{page_id}/conversations/{conversation_id}/unread`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `conversation_id`: The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for
a comment conversation.

```ignore
let response = client.mark_conversation_unread()
    .page_id(page_id)
    .conversation_id(conversation_id)
    .send()
    .await;
```*/
    pub fn mark_conversation_unread(&self) -> builder::MarkConversationUnread<'_> {
        builder::MarkConversationUnread::new(self)
    }
    /**Export conversations that came from ads

Conversations started from an ad between `since` and `until`, 60 per call from `offset`; a
call that answers fewer than 60 is the last.


Sends a `GET` request to `/public_api/v1/pages/{page_id}/export_data`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `action`: What to export; only `conversations_from_ads` exists.
- `offset`: How many conversations were already exported.
- `since`: Start of the time range, Unix time in **seconds** (UTC).
- `until`: End of the time range, Unix time in **seconds** (UTC).
```ignore
let response = client.export_conversations_from_ads()
    .page_id(page_id)
    .action(action)
    .offset(offset)
    .since(since)
    .until(until)
    .send()
    .await;
```*/
    pub fn export_conversations_from_ads(
        &self,
    ) -> builder::ExportConversationsFromAds<'_> {
        builder::ExportConversationsFromAds::new(self)
    }
    /**List the page's customers

Customers created (or updated, with `order_by=updated_at`) between `since` and `until`, newest
first, in numbered pages of up to 100, with their notes. `total` counts all matching customers.


Sends a `GET` request to `/public_api/v1/pages/{page_id}/page_customers`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `order_by`: The timestamp customers are sorted by (newest first) and filtered on.
- `page_number`: The page to fetch, from 1.
- `page_size`: Customers per page, at most 100. The default of 100 is an assumption: no source gives
one (RECONCILIATION Q12).

- `since`: Start of the time range, Unix time in **seconds** (UTC).
- `until`: End of the time range, Unix time in **seconds** (UTC).
```ignore
let response = client.list_page_customers()
    .page_id(page_id)
    .order_by(order_by)
    .page_number(page_number)
    .page_size(page_size)
    .since(since)
    .until(until)
    .send()
    .await;
```*/
    pub fn list_page_customers(&self) -> builder::ListPageCustomers<'_> {
        builder::ListPageCustomers::new(self)
    }
    /**Update a customer

Changes the fields given in `changes`; the others keep their values.

Sends a `PUT` request to `/public_api/v1/pages/{page_id}/page_customers/{page_customer_id}`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `page_customer_id`: The page customer's `id` (from `list_page_customers`).
- `body`
```ignore
let response = client.update_page_customer()
    .page_id(page_id)
    .page_customer_id(page_customer_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_page_customer(&self) -> builder::UpdatePageCustomer<'_> {
        builder::UpdatePageCustomer::new(self)
    }
    /**Edit a customer's note

Replaces the text of the note `note_id`; the previous text goes to its `edit_history`.

Sends a `PUT` request to `/public_api/v1/pages/{page_id}/page_customers/{page_customer_id}/notes`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `page_customer_id`: The page customer's `id` (from `list_page_customers`).
- `body`
```ignore
let response = client.update_customer_note()
    .page_id(page_id)
    .page_customer_id(page_customer_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_customer_note(&self) -> builder::UpdateCustomerNote<'_> {
        builder::UpdateCustomerNote::new(self)
    }
    /**Add a note to a customer

Adds a text note and answers its id and the customer's notes after the change.

Sends a `POST` request to `/public_api/v1/pages/{page_id}/page_customers/{page_customer_id}/notes`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `page_customer_id`: The page customer's `id` (from `list_page_customers`).
- `body`
```ignore
let response = client.add_customer_note()
    .page_id(page_id)
    .page_customer_id(page_customer_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_customer_note(&self) -> builder::AddCustomerNote<'_> {
        builder::AddCustomerNote::new(self)
    }
    /**Delete a customer's note

Removes the note `note_id` (named in the JSON body of the DELETE). That it is removed rather
than marked with `removed_at` is an assumption (RECONCILIATION Q18).


Sends a `DELETE` request to `/public_api/v1/pages/{page_id}/page_customers/{page_customer_id}/notes`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `page_customer_id`: The page customer's `id` (from `list_page_customers`).
- `body`
```ignore
let response = client.delete_customer_note()
    .page_id(page_id)
    .page_customer_id(page_customer_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_customer_note(&self) -> builder::DeleteCustomerNote<'_> {
        builder::DeleteCustomerNote::new(self)
    }
    /**List the page's posts

Posts published between `since` and `until`, newest first, in numbered pages of up to 30.

Sends a `GET` request to `/public_api/v1/pages/{page_id}/posts`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `page_number`: The page to fetch, from 1.
- `page_size`: Posts per page, at most 30.
- `since`: Start of the time range, Unix time in **seconds** (UTC).
- `type_`: Only posts of this kind.
- `until`: End of the time range, Unix time in **seconds** (UTC).
```ignore
let response = client.list_posts()
    .page_id(page_id)
    .page_number(page_number)
    .page_size(page_size)
    .since(since)
    .type_(type_)
    .until(until)
    .send()
    .await;
```*/
    pub fn list_posts(&self) -> builder::ListPosts<'_> {
        builder::ListPosts::new(self)
    }
    /**Set the round-robin assignment lists

Sets which staff receive new inbox conversations and new comments in turn. A list that is
omitted keeps its value, an assumption: no source says (RECONCILIATION Q9). `list_users`
answers the current lists in `round_robin_users`.


Sends a `POST` request to `/public_api/v1/pages/{page_id}/round_robin_users`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `body`
```ignore
let response = client.update_round_robin_users()
    .page_id(page_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_round_robin_users(&self) -> builder::UpdateRoundRobinUsers<'_> {
        builder::UpdateRoundRobinUsers::new(self)
    }
    /**List SIP call logs

Calls made and received through one SIP package of the page, newest first, in numbered pages of up to 30.

Sends a `GET` request to `/public_api/v1/pages/{page_id}/sip_call_logs`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `id`: The SIP package id.
- `page_number`: The page to fetch, from 1.
- `page_size`: Calls per page, at most 30.
- `since`: Start of the time range, Unix time in **seconds** (UTC).
- `until`: End of the time range, Unix time in **seconds** (UTC).
```ignore
let response = client.list_sip_call_logs()
    .page_id(page_id)
    .id(id)
    .page_number(page_number)
    .page_size(page_size)
    .since(since)
    .until(until)
    .send()
    .await;
```*/
    pub fn list_sip_call_logs(&self) -> builder::ListSipCallLogs<'_> {
        builder::ListSipCallLogs::new(self)
    }
    /**Ads statistics by ad or by time

Ad-level rows, aggregated per ad (`type=by_id`) or per day (`type=by_time`).

Sends a `GET` request to `/public_api/v1/pages/{page_id}/statistics/ads`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `since`: Start of the time range, Unix time in **seconds** (UTC).
- `type_`: How rows are aggregated.
- `until`: End of the time range, Unix time in **seconds** (UTC).
```ignore
let response = client.get_ads_statistics()
    .page_id(page_id)
    .since(since)
    .type_(type_)
    .until(until)
    .send()
    .await;
```*/
    pub fn get_ads_statistics(&self) -> builder::GetAdsStatistics<'_> {
        builder::GetAdsStatistics::new(self)
    }
    /**Customer engagement statistics

Two shapes, chosen by `by_hour`: without it, chart data per day in `data` (`categories` are the
days, newest first; each `series` entry is one metric aligned with them); with `by_hour=true`,
one row per hour in `statistics`.


Sends a `GET` request to `/public_api/v1/pages/{page_id}/statistics/customer_engagements`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `by_hour`: Answer one row per hour in `statistics` instead of daily chart data.
- `date_range`: The report's range as `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS` (the times may be left out:
`20/07/2020 - 20/08/2020`). The official document shows the date-only form on the
new-customer report alone; that every report takes it is an assumption (RECONCILIATION Q6).
The dates must exist and the range must not end before it starts; the mock also refuses a
range of more than 3,660 days, a bound of its own (RECONCILIATION Q6).

- `user_ids`: Comma-separated staff user ids to restrict the report to.
```ignore
let response = client.get_engagement_statistics()
    .page_id(page_id)
    .by_hour(by_hour)
    .date_range(date_range)
    .user_ids(user_ids)
    .send()
    .await;
```*/
    pub fn get_engagement_statistics(&self) -> builder::GetEngagementStatistics<'_> {
        builder::GetEngagementStatistics::new(self)
    }
    /**New-customer statistics (older path)

The path under which the original reference published the new-customer report. Same
parameters and answer as `get_new_customer_statistics` (`statistics/page_customers`), the
path of the current official reference; prefer that one.


Sends a `GET` request to `/public_api/v1/pages/{page_id}/statistics/customers`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `date_range`: The report's range as `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS` (the times may be left out:
`20/07/2020 - 20/08/2020`). The official document shows the date-only form on the
new-customer report alone; that every report takes it is an assumption (RECONCILIATION Q6).
The dates must exist and the range must not end before it starts; the mock also refuses a
range of more than 3,660 days, a bound of its own (RECONCILIATION Q6).

- `group_by`: `day` (default) and `hour` answer a list of rows; `page_id` answers an object of such lists keyed
by page id.

```ignore
let response = client.get_new_customer_statistics_legacy()
    .page_id(page_id)
    .date_range(date_range)
    .group_by(group_by)
    .send()
    .await;
```*/
    pub fn get_new_customer_statistics_legacy(
        &self,
    ) -> builder::GetNewCustomerStatisticsLegacy<'_> {
        builder::GetNewCustomerStatisticsLegacy::new(self)
    }
    /**New-customer statistics

New customers, new inbox conversations and phone numbers over time. `group_by` changes the
shape of `data`: a list of rows per day (default) or per hour, or an object of such lists keyed
by page id.


Sends a `GET` request to `/public_api/v1/pages/{page_id}/statistics/page_customers`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `date_range`: The report's range as `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS` (the times may be left out:
`20/07/2020 - 20/08/2020`). The official document shows the date-only form on the
new-customer report alone; that every report takes it is an assumption (RECONCILIATION Q6).
The dates must exist and the range must not end before it starts; the mock also refuses a
range of more than 3,660 days, a bound of its own (RECONCILIATION Q6).

- `group_by`: `day` (default) and `hour` answer a list of rows; `page_id` answers an object of such lists keyed
by page id.

```ignore
let response = client.get_new_customer_statistics()
    .page_id(page_id)
    .date_range(date_range)
    .group_by(group_by)
    .send()
    .await;
```*/
    pub fn get_new_customer_statistics(&self) -> builder::GetNewCustomerStatistics<'_> {
        builder::GetNewCustomerStatistics::new(self)
    }
    /**Page statistics per hour

Activity counters of the page, one row per hour.

Sends a `GET` request to `/public_api/v1/pages/{page_id}/statistics/pages`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `since`: Start of the time range, Unix time in **seconds** (UTC).
- `until`: End of the time range, Unix time in **seconds** (UTC).
```ignore
let response = client.get_page_statistics()
    .page_id(page_id)
    .since(since)
    .until(until)
    .send()
    .await;
```*/
    pub fn get_page_statistics(&self) -> builder::GetPageStatistics<'_> {
        builder::GetPageStatistics::new(self)
    }
    /**Ads campaign statistics

One row per ad of the page's campaigns. The token's owner must be logged in to Facebook with
permission to read the ad account's reports. Budgets and metrics come as strings or `null`.
The answer is a bare JSON array (or the in-band error object).


Sends a `GET` request to `/public_api/v1/pages/{page_id}/statistics/pages_campaigns`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `since`: Start of the time range, Unix time in **seconds** (UTC).
- `until`: End of the time range, Unix time in **seconds** (UTC).
```ignore
let response = client.get_ads_campaign_statistics()
    .page_id(page_id)
    .since(since)
    .until(until)
    .send()
    .await;
```*/
    pub fn get_ads_campaign_statistics(&self) -> builder::GetAdsCampaignStatistics<'_> {
        builder::GetAdsCampaignStatistics::new(self)
    }
    /**Tag statistics

How often each tag was applied, per day over the range and for today.

Sends a `GET` request to `/public_api/v1/pages/{page_id}/statistics/tags`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `since`: Start of the time range, Unix time in **seconds** (UTC).
- `until`: End of the time range, Unix time in **seconds** (UTC).
```ignore
let response = client.get_tag_statistics()
    .page_id(page_id)
    .since(since)
    .until(until)
    .send()
    .await;
```*/
    pub fn get_tag_statistics(&self) -> builder::GetTagStatistics<'_> {
        builder::GetTagStatistics::new(self)
    }
    /**Staff statistics of a page

Work done by each staff member: hourly rows in `data.statistics` and totals in `data.users`,
both keyed by user id. `average_response_time` is in milliseconds.


Sends a `GET` request to `/public_api/v1/pages/{page_id}/statistics/users`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `date_range`: The report's range as `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS` (the times may be left out:
`20/07/2020 - 20/08/2020`). The official document shows the date-only form on the
new-customer report alone; that every report takes it is an assumption (RECONCILIATION Q6).
The dates must exist and the range must not end before it starts; the mock also refuses a
range of more than 3,660 days, a bound of its own (RECONCILIATION Q6).

```ignore
let response = client.get_user_statistics()
    .page_id(page_id)
    .date_range(date_range)
    .send()
    .await;
```*/
    pub fn get_user_statistics(&self) -> builder::GetUserStatistics<'_> {
        builder::GetUserStatistics::new(self)
    }
    /**List the page's tags

The tags conversations can carry, with their ids (used by the tag write and the `tags` filter).

Sends a `GET` request to `/public_api/v1/pages/{page_id}/tags`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

```ignore
let response = client.list_tags()
    .page_id(page_id)
    .send()
    .await;
```*/
    pub fn list_tags(&self) -> builder::ListTags<'_> {
        builder::ListTags::new(self)
    }
    /**List the page's staff

Active staff, disabled staff and the current round-robin assignment lists.

Sends a `GET` request to `/public_api/v1/pages/{page_id}/users`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

```ignore
let response = client.list_users()
    .page_id(page_id)
    .send()
    .await;
```*/
    pub fn list_users(&self) -> builder::ListUsers<'_> {
        builder::ListUsers::new(self)
    }
    /**List conversations (v2, cursor)

At most 60 conversations per call, newest first by `order_by`. Walk with
`last_conversation_id` = the `id` of the last conversation of the previous page, until a page
comes back empty. All filters combine (AND).


Sends a `GET` request to `/public_api/v2/pages/{page_id}/conversations`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

- `last_conversation_id`: The `id` of the last conversation of the previous page; absent for the first page.
- `order_by`: The timestamp the conversations are sorted by (newest first) and that `since`/`until` filter
on.

- `post_ids`: Only comment conversations on these posts. Sent as a repeated parameter
(`post_ids=a&post_ids=b`); a comma-separated value (`post_ids=a,b`) is read the same way.

- `since`: Start of the time range, Unix time in **seconds** (UTC).
- `tags`: Comma-separated tag ids (`1,4`); a conversation must carry all of them.
- `type_`: Only conversations of this type. Sent as a repeated parameter (`type=INBOX`). Field tests of
the live API show that two or more values give an empty result (with `success: true`):
send one.

- `unread_first`: Put unread conversations first.
- `until`: End of the time range, Unix time in **seconds** (UTC).
```ignore
let response = client.list_conversations()
    .page_id(page_id)
    .last_conversation_id(last_conversation_id)
    .order_by(order_by)
    .post_ids(post_ids)
    .since(since)
    .tags(tags)
    .type_(type_)
    .unread_first(unread_first)
    .until(until)
    .send()
    .await;
```*/
    pub fn list_conversations(&self) -> builder::ListConversations<'_> {
        builder::ListConversations::new(self)
    }
    /**List the pages of the user

Lists every page the owner of the user access token manages, on every platform.

Sends a `GET` request to `/v1/pages`

```ignore
let response = client.list_pages()
    .send()
    .await;
```*/
    pub fn list_pages(&self) -> builder::ListPages<'_> {
        builder::ListPages::new(self)
    }
    /**Generate or renew a page access token

Creates the page's `page_access_token`, or replaces it. The previous token stops working at
once: calls made with it answer `success: false` with `error_code` 105. Needs a user token with
admin rights on the page.


Sends a `POST` request to `/v1/pages/{page_id}/generate_page_access_token`

Arguments:
- `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).

```ignore
let response = client.generate_page_access_token()
    .page_id(page_id)
    .send()
    .await;
```*/
    pub fn generate_page_access_token(&self) -> builder::GeneratePageAccessToken<'_> {
        builder::GeneratePageAccessToken::new(self)
    }
    /**Messages of a chat-plugin conversation

The history of one conversation of the website chat plugin, newest first, 30 per call, the
walk ending on a short page. The order and the page size are assumptions: the only source
gives neither (RECONCILIATION Q3). Public: the plugin calls it from the visitor's browser,
so no token is taken.


Sends a `GET` request to `/v1/pke_chat_plugin/messages`

Arguments:
- `conversation_id`: The chat-plugin conversation (`web_{page}_web_{visitor}`).
- `offset`: How many messages were already fetched.
- `page_id`: The chat plugin's page id (`web_...`).
```ignore
let response = client.list_chat_plugin_messages()
    .conversation_id(conversation_id)
    .offset(offset)
    .page_id(page_id)
    .send()
    .await;
```*/
    pub fn list_chat_plugin_messages(&self) -> builder::ListChatPluginMessages<'_> {
        builder::ListChatPluginMessages::new(self)
    }
    /**Send a chat-plugin message, or start a conversation

Sends a visitor's message through the website chat plugin. With `conversation_id` null or absent
a new conversation is created. Public, no token.


Sends a `POST` request to `/v1/pke_chat_plugin/messages`

Arguments:
- `page_id`: The chat plugin's page id (`web_...`).
- `body`
```ignore
let response = client.send_chat_plugin_message()
    .page_id(page_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn send_chat_plugin_message(&self) -> builder::SendChatPluginMessage<'_> {
        builder::SendChatPluginMessage::new(self)
    }
    /**Staff statistics across several pages

The staff statistics of `get_user_statistics`, merged over several pages ("combined mode").
Unlike the per-page report, the answer is not wrapped in `data`. The parameters are an
assumption: the only source lists none (RECONCILIATION Q4).


Sends a `GET` request to `/v1/statistics/user`

Arguments:
- `date_range`: The report's range as `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS` (the times may be left out:
`20/07/2020 - 20/08/2020`). The official document shows the date-only form on the
new-customer report alone; that every report takes it is an assumption (RECONCILIATION Q6).
The dates must exist and the range must not end before it starts; the mock also refuses a
range of more than 3,660 days, a bound of its own (RECONCILIATION Q6).

- `page_ids`: Comma-separated ids of the pages to combine.
```ignore
let response = client.get_multi_page_user_statistics()
    .date_range(date_range)
    .page_ids(page_ids)
    .send()
    .await;
```*/
    pub fn get_multi_page_user_statistics(
        &self,
    ) -> builder::GetMultiPageUserStatistics<'_> {
        builder::GetMultiPageUserStatistics::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /// The request of `list_conversations_v1`, from [`PageClient::list_conversations_v1`](crate::PageClient::list_conversations_v1): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct ListConversationsV1<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        order_by: Result<Option<types::ConversationOrder>, String>,
        page_number: Result<Option<::std::num::NonZeroU64>, String>,
        post_ids: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        since: Result<Option<i64>, String>,
        tags: Result<Option<::std::string::String>, String>,
        type_: Result<Option<::std::vec::Vec<crate::model::ConversationType>>, String>,
        unread_first: Result<Option<bool>, String>,
        until: Result<Option<i64>, String>,
    }
    impl<'a> ListConversationsV1<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                order_by: Ok(None),
                page_number: Ok(None),
                post_ids: Ok(None),
                since: Ok(None),
                tags: Ok(None),
                type_: Ok(None),
                unread_first: Ok(None),
                until: Ok(None),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `list_conversations_v1`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `order_by`: The timestamp the conversations are sorted by (newest first) and that `since`/`until` filter
        /// on.
        ///
        /// - An optional query parameter of `list_conversations_v1`.
        /// - One of `updated_at`, `inserted_at`.
        pub fn order_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ConversationOrder>,
        {
            self.order_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ConversationOrder` for order_by failed".to_string()
                });
            self
        }
        /// `page_number`: Page to fetch, from 1 (an assumption, RECONCILIATION Q1).
        ///
        /// - An optional query parameter of `list_conversations_v1`.
        /// - At least 1.
        /// - The position of a page walk (`x-pancake-pagination`).
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_number failed"
                        .to_string()
                });
            self
        }
        /// `post_ids`: Only comment conversations on these posts. Sent as a repeated parameter
        /// (`post_ids=a&post_ids=b`); a comma-separated value (`post_ids=a,b`) is read the same way.
        ///
        /// - An optional query parameter of `list_conversations_v1`.
        pub fn post_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.post_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for post_ids failed"
                        .to_string()
                });
            self
        }
        /// `since`: Start of the time range, Unix time in **seconds** (UTC).
        ///
        /// - An optional query parameter of `list_conversations_v1`.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn since<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.since = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map(Some)
                .map_err(|e| format!("`since`: {e}"));
            self
        }
        /// `tags`: Comma-separated tag ids (`1,4`); a conversation must carry all of them.
        ///
        /// - An optional query parameter of `list_conversations_v1`.
        /// - A list of integers (an array, a `Vec`, any iterator), sent joined with commas (`x-pancake-comma-separated`).
        pub fn tags<I>(mut self, values: I) -> Self
        where
            I: IntoIterator,
            I::Item: Into<i64>,
        {
            self.tags = Ok(
                crate::filters::comma_separated(
                    values.into_iter().map(Into::<i64>::into),
                ),
            );
            self
        }
        /// `type`: Only conversations of this type. Sent as a repeated parameter (`type=INBOX`). Field tests of
        /// the live API show that two or more values give an empty result (with `success: true`):
        /// send one.
        ///
        /// - An optional query parameter of `list_conversations_v1`.
        /// - Takes one value: the API filters on one only (more give an empty answer, `x-pancake-one-value`).
        pub fn type_<V: Into<crate::model::ConversationType>>(
            mut self,
            value: V,
        ) -> Self {
            self.type_ = Ok(Some(vec![value.into()]));
            self
        }
        /// `unread_first`: Put unread conversations first.
        ///
        /// - An optional query parameter of `list_conversations_v1`.
        pub fn unread_first<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.unread_first = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for unread_first failed".to_string());
            self
        }
        /// `until`: End of the time range, Unix time in **seconds** (UTC).
        ///
        /// - An optional query parameter of `list_conversations_v1`.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn until<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.until = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map(Some)
                .map_err(|e| format!("`until`: {e}"));
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListConversationsV1Response>,
            Error<types::ApiError>,
        > {
            let Self {
                client,
                page_id,
                order_by,
                page_number,
                post_ids,
                since,
                tags,
                type_,
                unread_first,
                until,
            } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let order_by = order_by.map_err(Error::InvalidRequest)?;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let post_ids = post_ids.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let unread_first = unread_first.map_err(Error::InvalidRequest)?;
            let until = until.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/conversations", client.baseurl, encode_path(&
                page_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("order_by", &order_by))
                .query(&progenitor_client::QueryParam::new("page_number", &page_number))
                .query(&progenitor_client::QueryParam::new("post_ids", &post_ids))
                .query(&progenitor_client::QueryParam::new("since", &since))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .query(
                    &progenitor_client::QueryParam::new("unread_first", &unread_first),
                )
                .query(&progenitor_client::QueryParam::new("until", &until))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_conversations_v1",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `assign_conversation`, from [`PageClient::assign_conversation`](crate::PageClient::assign_conversation): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct AssignConversation<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        conversation_id: Result<::std::string::String, String>,
        body: Result<types::builder::AssignConversationRequest, String>,
    }
    impl<'a> AssignConversation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                conversation_id: Err(
                    "the required parameter `conversation_id` was not set (set it with `.conversation_id(..)`)"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `assign_conversation`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `conversation_id`: The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for
        /// a comment conversation.
        ///
        /// - A required path parameter of `assign_conversation`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.conversation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for conversation_id failed"
                        .to_string()
                });
            self
        }
        /// The request body of `assign_conversation`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AssignConversationRequest>,
            <V as std::convert::TryInto<
                types::AssignConversationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AssignConversationRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        /// The request body of `assign_conversation`, built field by field from its current value.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AssignConversationRequest,
            ) -> types::builder::AssignConversationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::Conversation>, Error<types::ApiError>> {
            let Self { client, page_id, conversation_id, body } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AssignConversationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/conversations/{}/assign", client.baseurl,
                encode_path(& page_id.to_string()), encode_path(& conversation_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "assign_conversation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `list_messages`, from [`PageClient::list_messages`](crate::PageClient::list_messages): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct ListMessages<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        conversation_id: Result<::std::string::String, String>,
        current_count: Result<Option<u64>, String>,
    }
    impl<'a> ListMessages<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                conversation_id: Err(
                    "the required parameter `conversation_id` was not set (set it with `.conversation_id(..)`)"
                        .to_string(),
                ),
                current_count: Ok(None),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `list_messages`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `conversation_id`: The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for
        /// a comment conversation.
        ///
        /// - A required path parameter of `list_messages`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.conversation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for conversation_id failed"
                        .to_string()
                });
            self
        }
        /// `current_count`: How many messages were already fetched (0 or absent for the newest 30).
        ///
        /// - An optional query parameter of `list_messages`.
        /// - At least 0.
        /// - The position of a page walk (`x-pancake-pagination`).
        pub fn current_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.current_count = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for current_count failed".to_string());
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::ListMessagesResponse>, Error<types::ApiError>> {
            let Self { client, page_id, conversation_id, current_count } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
            let current_count = current_count.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/conversations/{}/messages", client.baseurl,
                encode_path(& page_id.to_string()), encode_path(& conversation_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("current_count", &current_count),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_messages",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `send_message`, from [`PageClient::send_message`](crate::PageClient::send_message): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct SendMessage<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        conversation_id: Result<::std::string::String, String>,
        body: Result<types::SendMessageRequest, String>,
    }
    impl<'a> SendMessage<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                conversation_id: Err(
                    "the required parameter `conversation_id` was not set (set it with `.conversation_id(..)`)"
                        .to_string(),
                ),
                body: Err("body was not initialized".to_string()),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `send_message`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `conversation_id`: The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for
        /// a comment conversation.
        ///
        /// - A required path parameter of `send_message`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.conversation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for conversation_id failed"
                        .to_string()
                });
            self
        }
        /// The request body of `send_message`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendMessageRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `SendMessageRequest` for body failed".to_string()
                });
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::SendMessageResponse>, Error<types::ApiError>> {
            let Self { client, page_id, conversation_id, body } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/conversations/{}/messages", client.baseurl,
                encode_path(& page_id.to_string()), encode_path(& conversation_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "send_message",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `mark_conversation_read`, from [`PageClient::mark_conversation_read`](crate::PageClient::mark_conversation_read): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct MarkConversationRead<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        conversation_id: Result<::std::string::String, String>,
    }
    impl<'a> MarkConversationRead<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                conversation_id: Err(
                    "the required parameter `conversation_id` was not set (set it with `.conversation_id(..)`)"
                        .to_string(),
                ),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `mark_conversation_read`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `conversation_id`: The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for
        /// a comment conversation.
        ///
        /// - A required path parameter of `mark_conversation_read`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.conversation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for conversation_id failed"
                        .to_string()
                });
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::SuccessResponse>, Error<types::ApiError>> {
            let Self { client, page_id, conversation_id } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/conversations/{}/read", client.baseurl,
                encode_path(& page_id.to_string()), encode_path(& conversation_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "mark_conversation_read",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `update_conversation_tags`, from [`PageClient::update_conversation_tags`](crate::PageClient::update_conversation_tags): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct UpdateConversationTags<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        conversation_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateConversationTagsRequest, String>,
    }
    impl<'a> UpdateConversationTags<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                conversation_id: Err(
                    "the required parameter `conversation_id` was not set (set it with `.conversation_id(..)`)"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `update_conversation_tags`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `conversation_id`: The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for
        /// a comment conversation.
        ///
        /// - A required path parameter of `update_conversation_tags`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.conversation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for conversation_id failed"
                        .to_string()
                });
            self
        }
        /// The request body of `update_conversation_tags`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateConversationTagsRequest>,
            <V as std::convert::TryInto<
                types::UpdateConversationTagsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateConversationTagsRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        /// The request body of `update_conversation_tags`, built field by field from its current value.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateConversationTagsRequest,
            ) -> types::builder::UpdateConversationTagsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateConversationTagsResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, page_id, conversation_id, body } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateConversationTagsRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/conversations/{}/tags", client.baseurl,
                encode_path(& page_id.to_string()), encode_path(& conversation_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_conversation_tags",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `mark_conversation_unread`, from [`PageClient::mark_conversation_unread`](crate::PageClient::mark_conversation_unread): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct MarkConversationUnread<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        conversation_id: Result<::std::string::String, String>,
    }
    impl<'a> MarkConversationUnread<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                conversation_id: Err(
                    "the required parameter `conversation_id` was not set (set it with `.conversation_id(..)`)"
                        .to_string(),
                ),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `mark_conversation_unread`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `conversation_id`: The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for
        /// a comment conversation.
        ///
        /// - A required path parameter of `mark_conversation_unread`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.conversation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for conversation_id failed"
                        .to_string()
                });
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::SuccessResponse>, Error<types::ApiError>> {
            let Self { client, page_id, conversation_id } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/conversations/{}/unread", client.baseurl,
                encode_path(& page_id.to_string()), encode_path(& conversation_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "mark_conversation_unread",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `export_conversations_from_ads`, from [`PageClient::export_conversations_from_ads`](crate::PageClient::export_conversations_from_ads): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct ExportConversationsFromAds<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        action: Result<types::ExportAction, String>,
        offset: Result<Option<u64>, String>,
        since: Result<i64, String>,
        until: Result<i64, String>,
    }
    impl<'a> ExportConversationsFromAds<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                action: Err(
                    "the required parameter `action` was not set (set it with `.action(..)`)"
                        .to_string(),
                ),
                offset: Ok(None),
                since: Err(
                    "the required parameter `since` was not set (set it with `.since(..)`)"
                        .to_string(),
                ),
                until: Err(
                    "the required parameter `until` was not set (set it with `.until(..)`)"
                        .to_string(),
                ),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `export_conversations_from_ads`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `action`: What to export; only `conversations_from_ads` exists.
        ///
        /// - A required query parameter of `export_conversations_from_ads`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - One of `conversations_from_ads`.
        pub fn action<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ExportAction>,
        {
            self.action = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ExportAction` for action failed".to_string()
                });
            self
        }
        /// `offset`: How many conversations were already exported.
        ///
        /// - An optional query parameter of `export_conversations_from_ads`.
        /// - At least 0.
        /// - The position of a page walk (`x-pancake-pagination`).
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for offset failed".to_string());
            self
        }
        /// `since`: Start of the time range, Unix time in **seconds** (UTC).
        ///
        /// - A required query parameter of `export_conversations_from_ads`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn since<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.since = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map_err(|e| format!("`since`: {e}"));
            self
        }
        /// `until`: End of the time range, Unix time in **seconds** (UTC).
        ///
        /// - A required query parameter of `export_conversations_from_ads`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn until<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.until = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map_err(|e| format!("`until`: {e}"));
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::ExportDataResponse>, Error<types::ApiError>> {
            let Self { client, page_id, action, offset, since, until } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let action = action.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let until = until.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/export_data", client.baseurl, encode_path(&
                page_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("action", &action))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("since", &since))
                .query(&progenitor_client::QueryParam::new("until", &until))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "export_conversations_from_ads",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `list_page_customers`, from [`PageClient::list_page_customers`](crate::PageClient::list_page_customers): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct ListPageCustomers<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        order_by: Result<Option<types::CustomerOrder>, String>,
        page_number: Result<::std::num::NonZeroU64, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        since: Result<i64, String>,
        until: Result<i64, String>,
    }
    impl<'a> ListPageCustomers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                order_by: Ok(None),
                page_number: Err(
                    "the required parameter `page_number` was not set (set it with `.page_number(..)`)"
                        .to_string(),
                ),
                page_size: Ok(None),
                since: Err(
                    "the required parameter `since` was not set (set it with `.since(..)`)"
                        .to_string(),
                ),
                until: Err(
                    "the required parameter `until` was not set (set it with `.until(..)`)"
                        .to_string(),
                ),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `list_page_customers`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `order_by`: The timestamp customers are sorted by (newest first) and filtered on.
        ///
        /// - An optional query parameter of `list_page_customers`.
        /// - One of `inserted_at`, `updated_at`.
        pub fn order_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CustomerOrder>,
        {
            self.order_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CustomerOrder` for order_by failed".to_string()
                });
            self
        }
        /// `page_number`: The page to fetch, from 1.
        ///
        /// - A required query parameter of `list_page_customers`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - At least 1.
        /// - The position of a page walk (`x-pancake-pagination`).
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_number = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_number failed"
                        .to_string()
                });
            self
        }
        /// `page_size`: Customers per page, at most 100. The default of 100 is an assumption: no source gives
        /// one (RECONCILIATION Q12).
        ///
        /// - An optional query parameter of `list_page_customers`.
        /// - At most 100.
        /// - At least 1.
        /// - The page size: 100 when not set.
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        /// `since`: Start of the time range, Unix time in **seconds** (UTC).
        ///
        /// - A required query parameter of `list_page_customers`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn since<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.since = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map_err(|e| format!("`since`: {e}"));
            self
        }
        /// `until`: End of the time range, Unix time in **seconds** (UTC).
        ///
        /// - A required query parameter of `list_page_customers`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn until<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.until = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map_err(|e| format!("`until`: {e}"));
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListPageCustomersResponse>,
            Error<types::ApiError>,
        > {
            let Self {
                client,
                page_id,
                order_by,
                page_number,
                page_size,
                since,
                until,
            } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let order_by = order_by.map_err(Error::InvalidRequest)?;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let until = until.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/page_customers", client.baseurl, encode_path(&
                page_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("order_by", &order_by))
                .query(&progenitor_client::QueryParam::new("page_number", &page_number))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size))
                .query(&progenitor_client::QueryParam::new("since", &since))
                .query(&progenitor_client::QueryParam::new("until", &until))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_page_customers",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `update_page_customer`, from [`PageClient::update_page_customer`](crate::PageClient::update_page_customer): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct UpdatePageCustomer<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        page_customer_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdatePageCustomerRequest, String>,
    }
    impl<'a> UpdatePageCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                page_customer_id: Err(
                    "the required parameter `page_customer_id` was not set (set it with `.page_customer_id(..)`)"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `update_page_customer`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `page_customer_id`: The page customer's `id` (from `list_page_customers`).
        ///
        /// - A required path parameter of `update_page_customer`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_customer_id failed"
                        .to_string()
                });
            self
        }
        /// The request body of `update_page_customer`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdatePageCustomerRequest>,
            <V as std::convert::TryInto<
                types::UpdatePageCustomerRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdatePageCustomerRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        /// The request body of `update_page_customer`, built field by field from its current value.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdatePageCustomerRequest,
            ) -> types::builder::UpdatePageCustomerRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::SuccessResponse>, Error<types::ApiError>> {
            let Self { client, page_id, page_customer_id, body } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let page_customer_id = page_customer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdatePageCustomerRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/page_customers/{}", client.baseurl,
                encode_path(& page_id.to_string()), encode_path(& page_customer_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_page_customer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `update_customer_note`, from [`PageClient::update_customer_note`](crate::PageClient::update_customer_note): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct UpdateCustomerNote<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        page_customer_id: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateCustomerNoteRequest, String>,
    }
    impl<'a> UpdateCustomerNote<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                page_customer_id: Err(
                    "the required parameter `page_customer_id` was not set (set it with `.page_customer_id(..)`)"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `update_customer_note`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `page_customer_id`: The page customer's `id` (from `list_page_customers`).
        ///
        /// - A required path parameter of `update_customer_note`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_customer_id failed"
                        .to_string()
                });
            self
        }
        /// The request body of `update_customer_note`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateCustomerNoteRequest>,
            <V as std::convert::TryInto<
                types::UpdateCustomerNoteRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateCustomerNoteRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        /// The request body of `update_customer_note`, built field by field from its current value.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateCustomerNoteRequest,
            ) -> types::builder::UpdateCustomerNoteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerNoteResponse>, Error<types::ApiError>> {
            let Self { client, page_id, page_customer_id, body } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let page_customer_id = page_customer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateCustomerNoteRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/page_customers/{}/notes", client.baseurl,
                encode_path(& page_id.to_string()), encode_path(& page_customer_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_customer_note",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `add_customer_note`, from [`PageClient::add_customer_note`](crate::PageClient::add_customer_note): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct AddCustomerNote<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        page_customer_id: Result<::std::string::String, String>,
        body: Result<types::builder::AddCustomerNoteRequest, String>,
    }
    impl<'a> AddCustomerNote<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                page_customer_id: Err(
                    "the required parameter `page_customer_id` was not set (set it with `.page_customer_id(..)`)"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `add_customer_note`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `page_customer_id`: The page customer's `id` (from `list_page_customers`).
        ///
        /// - A required path parameter of `add_customer_note`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_customer_id failed"
                        .to_string()
                });
            self
        }
        /// The request body of `add_customer_note`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddCustomerNoteRequest>,
            <V as std::convert::TryInto<
                types::AddCustomerNoteRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AddCustomerNoteRequest` for body failed: {}", s
                    )
                });
            self
        }
        /// The request body of `add_customer_note`, built field by field from its current value.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddCustomerNoteRequest,
            ) -> types::builder::AddCustomerNoteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerNoteResponse>, Error<types::ApiError>> {
            let Self { client, page_id, page_customer_id, body } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let page_customer_id = page_customer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AddCustomerNoteRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/page_customers/{}/notes", client.baseurl,
                encode_path(& page_id.to_string()), encode_path(& page_customer_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_customer_note",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `delete_customer_note`, from [`PageClient::delete_customer_note`](crate::PageClient::delete_customer_note): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct DeleteCustomerNote<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        page_customer_id: Result<::std::string::String, String>,
        body: Result<types::builder::DeleteCustomerNoteRequest, String>,
    }
    impl<'a> DeleteCustomerNote<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                page_customer_id: Err(
                    "the required parameter `page_customer_id` was not set (set it with `.page_customer_id(..)`)"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `delete_customer_note`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `page_customer_id`: The page customer's `id` (from `list_page_customers`).
        ///
        /// - A required path parameter of `delete_customer_note`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_customer_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_customer_id failed"
                        .to_string()
                });
            self
        }
        /// The request body of `delete_customer_note`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteCustomerNoteRequest>,
            <V as std::convert::TryInto<
                types::DeleteCustomerNoteRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `DeleteCustomerNoteRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        /// The request body of `delete_customer_note`, built field by field from its current value.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeleteCustomerNoteRequest,
            ) -> types::builder::DeleteCustomerNoteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerNoteResponse>, Error<types::ApiError>> {
            let Self { client, page_id, page_customer_id, body } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let page_customer_id = page_customer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::DeleteCustomerNoteRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/page_customers/{}/notes", client.baseurl,
                encode_path(& page_id.to_string()), encode_path(& page_customer_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_customer_note",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `list_posts`, from [`PageClient::list_posts`](crate::PageClient::list_posts): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct ListPosts<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        page_number: Result<::std::num::NonZeroU64, String>,
        page_size: Result<::std::num::NonZeroU64, String>,
        since: Result<i64, String>,
        type_: Result<Option<types::PostType>, String>,
        until: Result<i64, String>,
    }
    impl<'a> ListPosts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                page_number: Err(
                    "the required parameter `page_number` was not set (set it with `.page_number(..)`)"
                        .to_string(),
                ),
                page_size: Err(
                    "the required parameter `page_size` was not set (set it with `.page_size(..)`)"
                        .to_string(),
                ),
                since: Err(
                    "the required parameter `since` was not set (set it with `.since(..)`)"
                        .to_string(),
                ),
                type_: Ok(None),
                until: Err(
                    "the required parameter `until` was not set (set it with `.until(..)`)"
                        .to_string(),
                ),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `list_posts`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `page_number`: The page to fetch, from 1.
        ///
        /// - A required query parameter of `list_posts`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - At least 1.
        /// - The position of a page walk (`x-pancake-pagination`).
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_number = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_number failed"
                        .to_string()
                });
            self
        }
        /// `page_size`: Posts per page, at most 30.
        ///
        /// - A required query parameter of `list_posts`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - At most 30.
        /// - At least 1.
        /// - The page size: 30 when not set.
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        /// `since`: Start of the time range, Unix time in **seconds** (UTC).
        ///
        /// - A required query parameter of `list_posts`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn since<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.since = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map_err(|e| format!("`since`: {e}"));
            self
        }
        /// `type`: Only posts of this kind.
        ///
        /// - An optional query parameter of `list_posts`.
        /// - One of `video`, `photo`, `text`, `livestream`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PostType>,
        {
            self.type_ = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `PostType` for type_ failed".to_string());
            self
        }
        /// `until`: End of the time range, Unix time in **seconds** (UTC).
        ///
        /// - A required query parameter of `list_posts`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn until<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.until = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map_err(|e| format!("`until`: {e}"));
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::ListPostsResponse>, Error<types::ApiError>> {
            let Self { client, page_id, page_number, page_size, since, type_, until } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let until = until.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/posts", client.baseurl, encode_path(& page_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page_number", &page_number))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size))
                .query(&progenitor_client::QueryParam::new("since", &since))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .query(&progenitor_client::QueryParam::new("until", &until))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_posts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `update_round_robin_users`, from [`PageClient::update_round_robin_users`](crate::PageClient::update_round_robin_users): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct UpdateRoundRobinUsers<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        body: Result<types::builder::RoundRobinUsers, String>,
    }
    impl<'a> UpdateRoundRobinUsers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `update_round_robin_users`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// The request body of `update_round_robin_users`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RoundRobinUsers>,
            <V as std::convert::TryInto<
                types::RoundRobinUsers,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RoundRobinUsers` for body failed: {}", s)
                });
            self
        }
        /// The request body of `update_round_robin_users`, built field by field from its current value.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RoundRobinUsers,
            ) -> types::builder::RoundRobinUsers,
        {
            self.body = self.body.map(f);
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::SuccessResponse>, Error<types::ApiError>> {
            let Self { client, page_id, body } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RoundRobinUsers::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/round_robin_users", client.baseurl,
                encode_path(& page_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_round_robin_users",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `list_sip_call_logs`, from [`PageClient::list_sip_call_logs`](crate::PageClient::list_sip_call_logs): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct ListSipCallLogs<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        id: Result<::std::string::String, String>,
        page_number: Result<::std::num::NonZeroU64, String>,
        page_size: Result<::std::num::NonZeroU64, String>,
        since: Result<Option<i64>, String>,
        until: Result<Option<i64>, String>,
    }
    impl<'a> ListSipCallLogs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                id: Err(
                    "the required parameter `id` was not set (set it with `.id(..)`)"
                        .to_string(),
                ),
                page_number: Err(
                    "the required parameter `page_number` was not set (set it with `.page_number(..)`)"
                        .to_string(),
                ),
                page_size: Err(
                    "the required parameter `page_size` was not set (set it with `.page_size(..)`)"
                        .to_string(),
                ),
                since: Ok(None),
                until: Ok(None),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `list_sip_call_logs`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `id`: The SIP package id.
        ///
        /// - A required query parameter of `list_sip_call_logs`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        /// `page_number`: The page to fetch, from 1.
        ///
        /// - A required query parameter of `list_sip_call_logs`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - At least 1.
        /// - The position of a page walk (`x-pancake-pagination`).
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_number = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_number failed"
                        .to_string()
                });
            self
        }
        /// `page_size`: Calls per page, at most 30.
        ///
        /// - A required query parameter of `list_sip_call_logs`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - At most 30.
        /// - At least 1.
        /// - The page size: 30 when not set.
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        /// `since`: Start of the time range, Unix time in **seconds** (UTC).
        ///
        /// - An optional query parameter of `list_sip_call_logs`.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn since<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.since = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map(Some)
                .map_err(|e| format!("`since`: {e}"));
            self
        }
        /// `until`: End of the time range, Unix time in **seconds** (UTC).
        ///
        /// - An optional query parameter of `list_sip_call_logs`.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn until<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.until = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map(Some)
                .map_err(|e| format!("`until`: {e}"));
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListSipCallLogsResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, page_id, id, page_number, page_size, since, until } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let page_number = page_number.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let until = until.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/sip_call_logs", client.baseurl, encode_path(&
                page_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(&progenitor_client::QueryParam::new("page_number", &page_number))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size))
                .query(&progenitor_client::QueryParam::new("since", &since))
                .query(&progenitor_client::QueryParam::new("until", &until))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_sip_call_logs",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `get_ads_statistics`, from [`PageClient::get_ads_statistics`](crate::PageClient::get_ads_statistics): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct GetAdsStatistics<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        since: Result<i64, String>,
        type_: Result<types::AdsAggregation, String>,
        until: Result<i64, String>,
    }
    impl<'a> GetAdsStatistics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                since: Err(
                    "the required parameter `since` was not set (set it with `.since(..)`)"
                        .to_string(),
                ),
                type_: Err(
                    "the required parameter `type` was not set (set it with `.type_(..)`)"
                        .to_string(),
                ),
                until: Err(
                    "the required parameter `until` was not set (set it with `.until(..)`)"
                        .to_string(),
                ),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `get_ads_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `since`: Start of the time range, Unix time in **seconds** (UTC).
        ///
        /// - A required query parameter of `get_ads_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn since<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.since = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map_err(|e| format!("`since`: {e}"));
            self
        }
        /// `type`: How rows are aggregated.
        ///
        /// - A required query parameter of `get_ads_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - One of `by_id`, `by_time`.
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdsAggregation>,
        {
            self.type_ = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AdsAggregation` for type_ failed".to_string()
                });
            self
        }
        /// `until`: End of the time range, Unix time in **seconds** (UTC).
        ///
        /// - A required query parameter of `get_ads_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn until<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.until = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map_err(|e| format!("`until`: {e}"));
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AdsStatisticsResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, page_id, since, type_, until } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let until = until.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/statistics/ads", client.baseurl, encode_path(&
                page_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("since", &since))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .query(&progenitor_client::QueryParam::new("until", &until))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_ads_statistics",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `get_engagement_statistics`, from [`PageClient::get_engagement_statistics`](crate::PageClient::get_engagement_statistics): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct GetEngagementStatistics<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        by_hour: Result<Option<bool>, String>,
        date_range: Result<::std::string::String, String>,
        user_ids: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetEngagementStatistics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                by_hour: Ok(None),
                date_range: Err(
                    "the required parameter `date_range` was not set (set it with `.date_range(..)`)"
                        .to_string(),
                ),
                user_ids: Ok(None),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `get_engagement_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `by_hour`: Answer one row per hour in `statistics` instead of daily chart data.
        ///
        /// - An optional query parameter of `get_engagement_statistics`.
        pub fn by_hour<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.by_hour = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for by_hour failed".to_string());
            self
        }
        /// `date_range`: The report's range as `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS` (the times may be left out:
        /// `20/07/2020 - 20/08/2020`). The official document shows the date-only form on the
        /// new-customer report alone; that every report takes it is an assumption (RECONCILIATION Q6).
        /// The dates must exist and the range must not end before it starts; the mock also refuses a
        /// range of more than 3,660 days, a bound of its own (RECONCILIATION Q6).
        ///
        /// - A required query parameter of `get_engagement_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn date_range<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.date_range = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for date_range failed"
                        .to_string()
                });
            self
        }
        /// `user_ids`: Comma-separated staff user ids to restrict the report to.
        ///
        /// - An optional query parameter of `get_engagement_statistics`.
        /// - A list of values (an array, a `Vec`, any iterator), sent joined with commas (`x-pancake-comma-separated`).
        pub fn user_ids<I>(mut self, values: I) -> Self
        where
            I: IntoIterator,
            I::Item: std::fmt::Display,
        {
            self.user_ids = Ok(crate::filters::comma_separated(values.into_iter()));
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::EngagementStatisticsResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, page_id, by_hour, date_range, user_ids } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let by_hour = by_hour.map_err(Error::InvalidRequest)?;
            let date_range = date_range.map_err(Error::InvalidRequest)?;
            let user_ids = user_ids.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/statistics/customer_engagements", client
                .baseurl, encode_path(& page_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("by_hour", &by_hour))
                .query(&progenitor_client::QueryParam::new("date_range", &date_range))
                .query(&progenitor_client::QueryParam::new("user_ids", &user_ids))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_engagement_statistics",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `get_new_customer_statistics_legacy`, from [`PageClient::get_new_customer_statistics_legacy`](crate::PageClient::get_new_customer_statistics_legacy): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct GetNewCustomerStatisticsLegacy<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        date_range: Result<::std::string::String, String>,
        group_by: Result<Option<types::NewCustomerGrouping>, String>,
    }
    impl<'a> GetNewCustomerStatisticsLegacy<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                date_range: Err(
                    "the required parameter `date_range` was not set (set it with `.date_range(..)`)"
                        .to_string(),
                ),
                group_by: Ok(None),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `get_new_customer_statistics_legacy`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `date_range`: The report's range as `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS` (the times may be left out:
        /// `20/07/2020 - 20/08/2020`). The official document shows the date-only form on the
        /// new-customer report alone; that every report takes it is an assumption (RECONCILIATION Q6).
        /// The dates must exist and the range must not end before it starts; the mock also refuses a
        /// range of more than 3,660 days, a bound of its own (RECONCILIATION Q6).
        ///
        /// - A required query parameter of `get_new_customer_statistics_legacy`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn date_range<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.date_range = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for date_range failed"
                        .to_string()
                });
            self
        }
        /// `group_by`: `day` (default) and `hour` answer a list of rows; `page_id` answers an object of such lists keyed
        /// by page id.
        ///
        /// - An optional query parameter of `get_new_customer_statistics_legacy`.
        /// - One of `day`, `hour`, `page_id`.
        pub fn group_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewCustomerGrouping>,
        {
            self.group_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NewCustomerGrouping` for group_by failed".to_string()
                });
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::NewCustomerStatisticsResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, page_id, date_range, group_by } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let date_range = date_range.map_err(Error::InvalidRequest)?;
            let group_by = group_by.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/statistics/customers", client.baseurl,
                encode_path(& page_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("date_range", &date_range))
                .query(&progenitor_client::QueryParam::new("group_by", &group_by))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_new_customer_statistics_legacy",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `get_new_customer_statistics`, from [`PageClient::get_new_customer_statistics`](crate::PageClient::get_new_customer_statistics): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct GetNewCustomerStatistics<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        date_range: Result<::std::string::String, String>,
        group_by: Result<Option<types::NewCustomerGrouping>, String>,
    }
    impl<'a> GetNewCustomerStatistics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                date_range: Err(
                    "the required parameter `date_range` was not set (set it with `.date_range(..)`)"
                        .to_string(),
                ),
                group_by: Ok(None),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `get_new_customer_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `date_range`: The report's range as `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS` (the times may be left out:
        /// `20/07/2020 - 20/08/2020`). The official document shows the date-only form on the
        /// new-customer report alone; that every report takes it is an assumption (RECONCILIATION Q6).
        /// The dates must exist and the range must not end before it starts; the mock also refuses a
        /// range of more than 3,660 days, a bound of its own (RECONCILIATION Q6).
        ///
        /// - A required query parameter of `get_new_customer_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn date_range<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.date_range = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for date_range failed"
                        .to_string()
                });
            self
        }
        /// `group_by`: `day` (default) and `hour` answer a list of rows; `page_id` answers an object of such lists keyed
        /// by page id.
        ///
        /// - An optional query parameter of `get_new_customer_statistics`.
        /// - One of `day`, `hour`, `page_id`.
        pub fn group_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewCustomerGrouping>,
        {
            self.group_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `NewCustomerGrouping` for group_by failed".to_string()
                });
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::NewCustomerStatisticsResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, page_id, date_range, group_by } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let date_range = date_range.map_err(Error::InvalidRequest)?;
            let group_by = group_by.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/statistics/page_customers", client.baseurl,
                encode_path(& page_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("date_range", &date_range))
                .query(&progenitor_client::QueryParam::new("group_by", &group_by))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_new_customer_statistics",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `get_page_statistics`, from [`PageClient::get_page_statistics`](crate::PageClient::get_page_statistics): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct GetPageStatistics<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        since: Result<i64, String>,
        until: Result<i64, String>,
    }
    impl<'a> GetPageStatistics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                since: Err(
                    "the required parameter `since` was not set (set it with `.since(..)`)"
                        .to_string(),
                ),
                until: Err(
                    "the required parameter `until` was not set (set it with `.until(..)`)"
                        .to_string(),
                ),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `get_page_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `since`: Start of the time range, Unix time in **seconds** (UTC).
        ///
        /// - A required query parameter of `get_page_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn since<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.since = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map_err(|e| format!("`since`: {e}"));
            self
        }
        /// `until`: End of the time range, Unix time in **seconds** (UTC).
        ///
        /// - A required query parameter of `get_page_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn until<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.until = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map_err(|e| format!("`until`: {e}"));
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PageStatisticsResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, page_id, since, until } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let until = until.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/statistics/pages", client.baseurl,
                encode_path(& page_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("since", &since))
                .query(&progenitor_client::QueryParam::new("until", &until))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_page_statistics",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `get_ads_campaign_statistics`, from [`PageClient::get_ads_campaign_statistics`](crate::PageClient::get_ads_campaign_statistics): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct GetAdsCampaignStatistics<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        since: Result<i64, String>,
        until: Result<i64, String>,
    }
    impl<'a> GetAdsCampaignStatistics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                since: Err(
                    "the required parameter `since` was not set (set it with `.since(..)`)"
                        .to_string(),
                ),
                until: Err(
                    "the required parameter `until` was not set (set it with `.until(..)`)"
                        .to_string(),
                ),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `get_ads_campaign_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `since`: Start of the time range, Unix time in **seconds** (UTC).
        ///
        /// - A required query parameter of `get_ads_campaign_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn since<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.since = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map_err(|e| format!("`since`: {e}"));
            self
        }
        /// `until`: End of the time range, Unix time in **seconds** (UTC).
        ///
        /// - A required query parameter of `get_ads_campaign_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn until<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.until = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map_err(|e| format!("`until`: {e}"));
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AdsCampaignStatisticsResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, page_id, since, until } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let until = until.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/statistics/pages_campaigns", client.baseurl,
                encode_path(& page_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("since", &since))
                .query(&progenitor_client::QueryParam::new("until", &until))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_ads_campaign_statistics",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `get_tag_statistics`, from [`PageClient::get_tag_statistics`](crate::PageClient::get_tag_statistics): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct GetTagStatistics<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        since: Result<i64, String>,
        until: Result<i64, String>,
    }
    impl<'a> GetTagStatistics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                since: Err(
                    "the required parameter `since` was not set (set it with `.since(..)`)"
                        .to_string(),
                ),
                until: Err(
                    "the required parameter `until` was not set (set it with `.until(..)`)"
                        .to_string(),
                ),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `get_tag_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `since`: Start of the time range, Unix time in **seconds** (UTC).
        ///
        /// - A required query parameter of `get_tag_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn since<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.since = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map_err(|e| format!("`since`: {e}"));
            self
        }
        /// `until`: End of the time range, Unix time in **seconds** (UTC).
        ///
        /// - A required query parameter of `get_tag_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn until<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.until = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map_err(|e| format!("`until`: {e}"));
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::TagStatisticsResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, page_id, since, until } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let until = until.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/statistics/tags", client.baseurl,
                encode_path(& page_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("since", &since))
                .query(&progenitor_client::QueryParam::new("until", &until))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_tag_statistics",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `get_user_statistics`, from [`PageClient::get_user_statistics`](crate::PageClient::get_user_statistics): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct GetUserStatistics<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        date_range: Result<::std::string::String, String>,
    }
    impl<'a> GetUserStatistics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                date_range: Err(
                    "the required parameter `date_range` was not set (set it with `.date_range(..)`)"
                        .to_string(),
                ),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `get_user_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `date_range`: The report's range as `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS` (the times may be left out:
        /// `20/07/2020 - 20/08/2020`). The official document shows the date-only form on the
        /// new-customer report alone; that every report takes it is an assumption (RECONCILIATION Q6).
        /// The dates must exist and the range must not end before it starts; the mock also refuses a
        /// range of more than 3,660 days, a bound of its own (RECONCILIATION Q6).
        ///
        /// - A required query parameter of `get_user_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn date_range<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.date_range = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for date_range failed"
                        .to_string()
                });
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UserStatisticsResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, page_id, date_range } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let date_range = date_range.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/statistics/users", client.baseurl,
                encode_path(& page_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("date_range", &date_range))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_user_statistics",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `list_tags`, from [`PageClient::list_tags`](crate::PageClient::list_tags): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct ListTags<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
    }
    impl<'a> ListTags<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `list_tags`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::ListTagsResponse>, Error<types::ApiError>> {
            let Self { client, page_id } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/tags", client.baseurl, encode_path(& page_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_tags",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `list_users`, from [`PageClient::list_users`](crate::PageClient::list_users): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct ListUsers<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
    }
    impl<'a> ListUsers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `list_users`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::ListUsersResponse>, Error<types::ApiError>> {
            let Self { client, page_id } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v1/pages/{}/users", client.baseurl, encode_path(& page_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_users",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `list_conversations`, from [`PageClient::list_conversations`](crate::PageClient::list_conversations): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct ListConversations<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        last_conversation_id: Result<Option<::std::string::String>, String>,
        order_by: Result<Option<types::ConversationOrder>, String>,
        post_ids: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        since: Result<Option<i64>, String>,
        tags: Result<Option<::std::string::String>, String>,
        type_: Result<Option<::std::vec::Vec<crate::model::ConversationType>>, String>,
        unread_first: Result<Option<bool>, String>,
        until: Result<Option<i64>, String>,
    }
    impl<'a> ListConversations<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                last_conversation_id: Ok(None),
                order_by: Ok(None),
                post_ids: Ok(None),
                since: Ok(None),
                tags: Ok(None),
                type_: Ok(None),
                unread_first: Ok(None),
                until: Ok(None),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `list_conversations`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// `last_conversation_id`: The `id` of the last conversation of the previous page; absent for the first page.
        ///
        /// - An optional query parameter of `list_conversations`.
        /// - The position of a page walk (`x-pancake-pagination`).
        pub fn last_conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.last_conversation_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for last_conversation_id failed"
                        .to_string()
                });
            self
        }
        /// `order_by`: The timestamp the conversations are sorted by (newest first) and that `since`/`until` filter
        /// on.
        ///
        /// - An optional query parameter of `list_conversations`.
        /// - One of `updated_at`, `inserted_at`.
        pub fn order_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ConversationOrder>,
        {
            self.order_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ConversationOrder` for order_by failed".to_string()
                });
            self
        }
        /// `post_ids`: Only comment conversations on these posts. Sent as a repeated parameter
        /// (`post_ids=a&post_ids=b`); a comma-separated value (`post_ids=a,b`) is read the same way.
        ///
        /// - An optional query parameter of `list_conversations`.
        pub fn post_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.post_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for post_ids failed"
                        .to_string()
                });
            self
        }
        /// `since`: Start of the time range, Unix time in **seconds** (UTC).
        ///
        /// - An optional query parameter of `list_conversations`.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn since<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.since = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map(Some)
                .map_err(|e| format!("`since`: {e}"));
            self
        }
        /// `tags`: Comma-separated tag ids (`1,4`); a conversation must carry all of them.
        ///
        /// - An optional query parameter of `list_conversations`.
        /// - A list of integers (an array, a `Vec`, any iterator), sent joined with commas (`x-pancake-comma-separated`).
        pub fn tags<I>(mut self, values: I) -> Self
        where
            I: IntoIterator,
            I::Item: Into<i64>,
        {
            self.tags = Ok(
                crate::filters::comma_separated(
                    values.into_iter().map(Into::<i64>::into),
                ),
            );
            self
        }
        /// `type`: Only conversations of this type. Sent as a repeated parameter (`type=INBOX`). Field tests of
        /// the live API show that two or more values give an empty result (with `success: true`):
        /// send one.
        ///
        /// - An optional query parameter of `list_conversations`.
        /// - Takes one value: the API filters on one only (more give an empty answer, `x-pancake-one-value`).
        pub fn type_<V: Into<crate::model::ConversationType>>(
            mut self,
            value: V,
        ) -> Self {
            self.type_ = Ok(Some(vec![value.into()]));
            self
        }
        /// `unread_first`: Put unread conversations first.
        ///
        /// - An optional query parameter of `list_conversations`.
        pub fn unread_first<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.unread_first = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for unread_first failed".to_string());
            self
        }
        /// `until`: End of the time range, Unix time in **seconds** (UTC).
        ///
        /// - An optional query parameter of `list_conversations`.
        /// - A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix seconds (the wire format, `x-pancake-unit`).
        pub fn until<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
            self.until = value
                .to_unix(crate::operations::TimeUnit::UnixSeconds)
                .map(Some)
                .map_err(|e| format!("`until`: {e}"));
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListConversationsResponse>,
            Error<types::ApiError>,
        > {
            let Self {
                client,
                page_id,
                last_conversation_id,
                order_by,
                post_ids,
                since,
                tags,
                type_,
                unread_first,
                until,
            } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let last_conversation_id = last_conversation_id
                .map_err(Error::InvalidRequest)?;
            let order_by = order_by.map_err(Error::InvalidRequest)?;
            let post_ids = post_ids.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let unread_first = unread_first.map_err(Error::InvalidRequest)?;
            let until = until.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/public_api/v2/pages/{}/conversations", client.baseurl, encode_path(&
                page_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "last_conversation_id",
                        &last_conversation_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("order_by", &order_by))
                .query(&progenitor_client::QueryParam::new("post_ids", &post_ids))
                .query(&progenitor_client::QueryParam::new("since", &since))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .query(
                    &progenitor_client::QueryParam::new("unread_first", &unread_first),
                )
                .query(&progenitor_client::QueryParam::new("until", &until))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_conversations",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `list_pages`, from [`UserClient::list_pages`](crate::UserClient::list_pages): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct ListPages<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListPages<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::ListPagesResponse>, Error<types::ApiError>> {
            let Self { client } = self;
            let url = format!("{}/v1/pages", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_pages",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `generate_page_access_token`, from [`UserClient::generate_page_access_token`](crate::UserClient::generate_page_access_token): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct GeneratePageAccessToken<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
    }
    impl<'a> GeneratePageAccessToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
            }
        }
        /// `page_id`: The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_`
        /// Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
        ///
        /// - A required path parameter of `generate_page_access_token`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GeneratePageAccessTokenResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, page_id } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/pages/{}/generate_page_access_token", client.baseurl,
                encode_path(& page_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "generate_page_access_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `list_chat_plugin_messages`, from [`UserClient::list_chat_plugin_messages`](crate::UserClient::list_chat_plugin_messages): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct ListChatPluginMessages<'a> {
        client: &'a super::Client,
        conversation_id: Result<::std::string::String, String>,
        offset: Result<Option<u64>, String>,
        page_id: Result<::std::string::String, String>,
    }
    impl<'a> ListChatPluginMessages<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                conversation_id: Err(
                    "the required parameter `conversation_id` was not set (set it with `.conversation_id(..)`)"
                        .to_string(),
                ),
                offset: Ok(None),
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
            }
        }
        /// `conversation_id`: The chat-plugin conversation (`web_{page}_web_{visitor}`).
        ///
        /// - A required query parameter of `list_chat_plugin_messages`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn conversation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.conversation_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for conversation_id failed"
                        .to_string()
                });
            self
        }
        /// `offset`: How many messages were already fetched.
        ///
        /// - An optional query parameter of `list_chat_plugin_messages`.
        /// - At least 0.
        /// - The position of a page walk (`x-pancake-pagination`).
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<u64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `u64` for offset failed".to_string());
            self
        }
        /// `page_id`: The chat plugin's page id (`web_...`).
        ///
        /// - A required query parameter of `list_chat_plugin_messages`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListChatPluginMessagesResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, conversation_id, offset, page_id } = self;
            let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/pke_chat_plugin/messages", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "conversation_id",
                        &conversation_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("page_id", &page_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_chat_plugin_messages",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `send_chat_plugin_message`, from [`UserClient::send_chat_plugin_message`](crate::UserClient::send_chat_plugin_message): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct SendChatPluginMessage<'a> {
        client: &'a super::Client,
        page_id: Result<::std::string::String, String>,
        body: Result<types::builder::SendChatPluginMessageRequest, String>,
    }
    impl<'a> SendChatPluginMessage<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_id: Err(
                    "the required parameter `page_id` was not set (set it with `.page_id(..)`)"
                        .to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// `page_id`: The chat plugin's page id (`web_...`).
        ///
        /// - A required query parameter of `send_chat_plugin_message`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn page_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_id failed"
                        .to_string()
                });
            self
        }
        /// The request body of `send_chat_plugin_message`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendChatPluginMessageRequest>,
            <V as std::convert::TryInto<
                types::SendChatPluginMessageRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SendChatPluginMessageRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        /// The request body of `send_chat_plugin_message`, built field by field from its current value.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SendChatPluginMessageRequest,
            ) -> types::builder::SendChatPluginMessageRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SendChatPluginMessageResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, page_id, body } = self;
            let page_id = page_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::SendChatPluginMessageRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/pke_chat_plugin/messages", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("page_id", &page_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "send_chat_plugin_message",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// The request of `get_multi_page_user_statistics`, from [`UserClient::get_multi_page_user_statistics`](crate::UserClient::get_multi_page_user_statistics): set its parameters, then `.execute().await`.
    #[derive(Debug, Clone)]
    pub struct GetMultiPageUserStatistics<'a> {
        client: &'a super::Client,
        date_range: Result<::std::string::String, String>,
        page_ids: Result<::std::string::String, String>,
    }
    impl<'a> GetMultiPageUserStatistics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                date_range: Err(
                    "the required parameter `date_range` was not set (set it with `.date_range(..)`)"
                        .to_string(),
                ),
                page_ids: Err(
                    "the required parameter `page_ids` was not set (set it with `.page_ids(..)`)"
                        .to_string(),
                ),
            }
        }
        /// `date_range`: The report's range as `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS` (the times may be left out:
        /// `20/07/2020 - 20/08/2020`). The official document shows the date-only form on the
        /// new-customer report alone; that every report takes it is an assumption (RECONCILIATION Q6).
        /// The dates must exist and the range must not end before it starts; the mock also refuses a
        /// range of more than 3,660 days, a bound of its own (RECONCILIATION Q6).
        ///
        /// - A required query parameter of `get_multi_page_user_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        pub fn date_range<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.date_range = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for date_range failed"
                        .to_string()
                });
            self
        }
        /// `page_ids`: Comma-separated ids of the pages to combine.
        ///
        /// - A required query parameter of `get_multi_page_user_statistics`: `.execute()` fails with an error naming it and the operation when it is not set.
        /// - A list of values (an array, a `Vec`, any iterator), sent joined with commas (`x-pancake-comma-separated`).
        pub fn page_ids<I>(mut self, values: I) -> Self
        where
            I: IntoIterator,
            I::Item: std::fmt::Display,
        {
            self.page_ids = crate::filters::comma_separated(values.into_iter())
                .ok_or_else(|| "`page_ids` needs at least one value".to_owned());
            self
        }
        /// progenitor's call, which `execute()` runs and whose errors it reads.
        pub(crate) async fn send(
            self,
        ) -> Result<ResponseValue<types::UserStatistics>, Error<types::ApiError>> {
            let Self { client, date_range, page_ids } = self;
            let date_range = date_range.map_err(Error::InvalidRequest)?;
            let page_ids = page_ids.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/statistics/user", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("date_range", &date_range))
                .query(&progenitor_client::QueryParam::new("page_ids", &page_ids))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_multi_page_user_statistics",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    impl ExportConversationsFromAds<'_> {
        /// Every parameter but the walk's own, as text the walk fingerprints into checkpoints.
        pub(crate) fn walk_filters(&self) -> String {
            let fields: &[(&str, &dyn std::fmt::Debug)] = &[
                ("page_id", &self.page_id as &dyn std::fmt::Debug),
                ("since", &self.since as &dyn std::fmt::Debug),
                ("until", &self.until as &dyn std::fmt::Debug),
                ("action", &self.action as &dyn std::fmt::Debug),
            ];
            format!("{fields:?}")
        }
    }
    impl ListChatPluginMessages<'_> {
        /// Every parameter but the walk's own, as text the walk fingerprints into checkpoints.
        pub(crate) fn walk_filters(&self) -> String {
            let fields: &[(&str, &dyn std::fmt::Debug)] = &[
                ("page_id", &self.page_id as &dyn std::fmt::Debug),
                ("conversation_id", &self.conversation_id as &dyn std::fmt::Debug),
            ];
            format!("{fields:?}")
        }
    }
    impl ListConversations<'_> {
        /// Every parameter but the walk's own, as text the walk fingerprints into checkpoints.
        pub(crate) fn walk_filters(&self) -> String {
            let fields: &[(&str, &dyn std::fmt::Debug)] = &[
                ("page_id", &self.page_id as &dyn std::fmt::Debug),
                ("type", &self.type_ as &dyn std::fmt::Debug),
                ("tags", &self.tags as &dyn std::fmt::Debug),
                ("post_ids", &self.post_ids as &dyn std::fmt::Debug),
                ("since", &self.since as &dyn std::fmt::Debug),
                ("until", &self.until as &dyn std::fmt::Debug),
                ("unread_first", &self.unread_first as &dyn std::fmt::Debug),
                ("order_by", &self.order_by as &dyn std::fmt::Debug),
            ];
            format!("{fields:?}")
        }
    }
    impl ListConversationsV1<'_> {
        /// Every parameter but the walk's own, as text the walk fingerprints into checkpoints.
        pub(crate) fn walk_filters(&self) -> String {
            let fields: &[(&str, &dyn std::fmt::Debug)] = &[
                ("page_id", &self.page_id as &dyn std::fmt::Debug),
                ("type", &self.type_ as &dyn std::fmt::Debug),
                ("tags", &self.tags as &dyn std::fmt::Debug),
                ("post_ids", &self.post_ids as &dyn std::fmt::Debug),
                ("since", &self.since as &dyn std::fmt::Debug),
                ("until", &self.until as &dyn std::fmt::Debug),
                ("unread_first", &self.unread_first as &dyn std::fmt::Debug),
                ("order_by", &self.order_by as &dyn std::fmt::Debug),
            ];
            format!("{fields:?}")
        }
    }
    impl ListMessages<'_> {
        /// Every parameter but the walk's own, as text the walk fingerprints into checkpoints.
        pub(crate) fn walk_filters(&self) -> String {
            let fields: &[(&str, &dyn std::fmt::Debug)] = &[
                ("page_id", &self.page_id as &dyn std::fmt::Debug),
                ("conversation_id", &self.conversation_id as &dyn std::fmt::Debug),
            ];
            format!("{fields:?}")
        }
    }
    impl ListPageCustomers<'_> {
        /// Every parameter but the walk's own, as text the walk fingerprints into checkpoints.
        pub(crate) fn walk_filters(&self) -> String {
            let fields: &[(&str, &dyn std::fmt::Debug)] = &[
                ("page_id", &self.page_id as &dyn std::fmt::Debug),
                ("since", &self.since as &dyn std::fmt::Debug),
                ("until", &self.until as &dyn std::fmt::Debug),
                ("order_by", &self.order_by as &dyn std::fmt::Debug),
            ];
            format!("{fields:?}")
        }
        /// The page size set on this request (`Ok(None)`: none), for the walk.
        pub(crate) fn walk_page_size(&self) -> Result<Option<u64>, String> {
            let set: Result<Option<_>, String> = self
                .page_size
                .as_ref()
                .map(Option::as_ref)
                .map_err(Clone::clone);
            set.map(|v| v.and_then(|v| serde_json::to_value(v).ok()?.as_u64()))
        }
    }
    impl ListPosts<'_> {
        /// Every parameter but the walk's own, as text the walk fingerprints into checkpoints.
        pub(crate) fn walk_filters(&self) -> String {
            let fields: &[(&str, &dyn std::fmt::Debug)] = &[
                ("page_id", &self.page_id as &dyn std::fmt::Debug),
                ("since", &self.since as &dyn std::fmt::Debug),
                ("until", &self.until as &dyn std::fmt::Debug),
                ("type", &self.type_ as &dyn std::fmt::Debug),
            ];
            format!("{fields:?}")
        }
        /// The page size set on this request (`Ok(None)`: none), for the walk.
        pub(crate) fn walk_page_size(&self) -> Result<Option<u64>, String> {
            let set: Result<Option<_>, String> = match &self.page_size {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.contains("was not set") => Ok(None),
                Err(e) => Err(e.clone()),
            };
            set.map(|v| v.and_then(|v| serde_json::to_value(v).ok()?.as_u64()))
        }
    }
    impl ListSipCallLogs<'_> {
        /// Every parameter but the walk's own, as text the walk fingerprints into checkpoints.
        pub(crate) fn walk_filters(&self) -> String {
            let fields: &[(&str, &dyn std::fmt::Debug)] = &[
                ("page_id", &self.page_id as &dyn std::fmt::Debug),
                ("id", &self.id as &dyn std::fmt::Debug),
                ("since", &self.since as &dyn std::fmt::Debug),
                ("until", &self.until as &dyn std::fmt::Debug),
            ];
            format!("{fields:?}")
        }
        /// The page size set on this request (`Ok(None)`: none), for the walk.
        pub(crate) fn walk_page_size(&self) -> Result<Option<u64>, String> {
            let set: Result<Option<_>, String> = match &self.page_size {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.contains("was not set") => Ok(None),
                Err(e) => Err(e.clone()),
            };
            set.map(|v| v.and_then(|v| serde_json::to_value(v).ok()?.as_u64()))
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
