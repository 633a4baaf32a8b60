//! The website chat plugin (no token: the page id identifies the page).

use axum::extract::RawQuery;
use axum::response::Response;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{OperationId, S, ok};
use crate::error::{ApiError, ApiResult, RawBody};
use crate::model::{ChatPluginMessage, Sender};
use crate::query::QueryParams;

/// `GET /v1/pke_chat_plugin/messages?page_id&conversation_id&offset`: `{messages, success}`,
/// newest first, skipping the `offset` newest, as the spec assumes (no source gives the order:
/// RECONCILIATION Q3) and as `list_messages` pages (H1).
pub async fn list_chat_plugin_messages(
    state: S,
    op: OperationId,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let q = QueryParams::parse(raw.as_deref());
    crate::spec::tables().check_query(&op, &q)?;
    let page_id = q.required("page_id")?;
    let conversation_id = q.required("conversation_id")?;
    let offset = q.int_in("offset", 0, i64::MAX)?.unwrap_or(0) as usize;
    let store = state.read();
    let page = store.page(page_id)?;
    let messages = page
        .chat_plugin
        .get(conversation_id)
        .ok_or_else(|| ApiError::not_found("Conversation", conversation_id))?;
    let messages: Vec<Value> = messages
        .iter()
        .rev()
        .skip(offset)
        .take(crate::spec::tables().page_size(&op))
        .map(served)
        .collect();
    Ok(ok(
        &json!({ "messages": messages, "success": true, "can_request_feedback": false }),
    ))
}

/// A message as listed: the stored fields less `dummy_id`, which only the send answer echoes
/// (the official document's message has no `dummy_id`).
fn served(message: &ChatPluginMessage) -> Value {
    let mut value = serde_json::to_value(message).unwrap_or(Value::Null);
    if let Some(fields) = value.as_object_mut() {
        fields.remove("dummy_id");
    }
    value
}

#[derive(Debug, Deserialize)]
struct PluginBody {
    from_id: String,
    dummy_id: i64,
    /// Never read (a message's time is the mock's clock): declared so that a value beyond the
    /// spec's int64 is refused like a `dummy_id` beyond it.
    #[serde(rename = "inserted_at")]
    _inserted_at: i64,
    message: Option<String>,
    name: Option<String>,
    conversation_id: Option<String>,
}

/// `POST /v1/pke_chat_plugin/messages?page_id`: sends a visitor message, creating the
/// conversation when needed; `{id, success, conversation_id, from_id, dummy_id}`.
pub async fn send_chat_plugin_message(
    state: S,
    op: OperationId,
    RawQuery(raw): RawQuery,
    RawBody(body): RawBody,
) -> ApiResult<Response> {
    let q = QueryParams::parse(raw.as_deref());
    crate::spec::tables().check_query(&op, &q)?;
    let page_id = q.required("page_id")?.to_owned();
    state.read().page(&page_id)?;
    let body: PluginBody = crate::spec::tables().parse_body(&op, &body)?;
    // No source says the live API refuses an empty text or a blank visitor id: both are kept.
    let text = body.message.clone().unwrap_or_default();
    let now = state.clock.now();
    let mut store = state.write();
    let id = store.new_message_id();
    let page = store.page_mut(&page_id)?;
    let conversation_id = body
        .conversation_id
        .clone()
        .unwrap_or_else(|| format!("{}_{}", page_id, body.from_id));
    let message = ChatPluginMessage {
        id: id.clone().into(),
        conversation_id: conversation_id.clone().into(),
        page_id: page_id.clone().into(),
        message: text.into(),
        from: Sender {
            id: body.from_id.clone().into(),
            name: body.name.clone().unwrap_or_else(|| "Khách".into()).into(),
            email: None,
            admin_id: None,
            admin_name: None,
        },
        inserted_at: now,
        kind: "INBOX".into(),
        dummy_id: Some(body.dummy_id),
        seen: false,
    };
    page.chat_plugin
        .entry(conversation_id.clone())
        .or_default()
        .push(message);
    page.bump();
    Ok(ok(&json!({
        "id": id,
        "success": true,
        "conversation_id": conversation_id,
        "from_id": body.from_id,
        "dummy_id": body.dummy_id,
    })))
}
