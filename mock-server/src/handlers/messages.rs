//! Messages of a conversation: reading by `current_count`, and the three ways to send.

use axum::response::Response;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{P, S, later_than, ok};
use crate::auth::PageRequest;
use crate::error::{ApiError, ApiResult, RawBody, code};
use crate::model::{Attachment, Message, Sender};
use crate::text::Text;
use crate::time::{MICROS_PER_SEC, Ts};

/// How long after a comment a private reply is allowed.
const PRIVATE_REPLY_WINDOW: i64 = 7 * 86_400 * MICROS_PER_SEC;

/// `GET .../messages?current_count=N`: at most 30 messages, newest first, skipping the `N`
/// newest already fetched.
pub async fn list_messages(
    state: S,
    req: PageRequest,
    P((_, conversation_id)): P<(String, String)>,
) -> ApiResult<Response> {
    let skip = req.query.int_in("current_count", 0, i64::MAX)?.unwrap_or(0) as usize;
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    let page = &store.pages[page_ix];
    let i = page.conversation_index(&conversation_id)?;
    let conv = &page.conversations[i];
    let all = store.messages(page_ix, i);
    let messages: Vec<&Message> = all
        .iter()
        .rev()
        .skip(skip)
        .take(crate::spec::tables().page_size(&req.operation))
        .collect();
    let post = conv
        .post_id
        .as_ref()
        .and_then(|id| page.posts.iter().find(|p| &p.id == id));
    let notes: Vec<_> = page
        .customers
        .iter()
        .find(|c| c.customer_id == conv.customer_id)
        .map(|c| c.notes.iter().filter(|n| n.removed_at.is_none()).collect())
        .unwrap_or_default();
    let read_watermarks: Vec<Value> = match (conv.seen, all.last()) {
        (true, Some(last)) => vec![json!({
            "psid": conv.from.id,
            "message_id": last.id,
            "watermark": last.inserted_at.secs(),
        })],
        _ => vec![],
    };
    Ok(ok(&json!({
        "success": true,
        "conversation_id": conv.id,
        "messages": messages,
        "customers": conv.customers,
        "post": post,
        "notes": notes,
        "read_watermarks": read_watermarks,
        "can_inbox": conv.kind == "INBOX",
    })))
}

/// The fields any send action may carry; which are required depends on `action`. The others
/// the spec allows (`mentions`, `template_id`, legacy `attachment_type`, ...) are checked by the
/// spec's schema and otherwise ignored.
#[derive(Debug, Deserialize)]
struct SendBody {
    action: String,
    message: Option<String>,
    content_ids: Option<Vec<String>>,
    content_url: Option<String>,
    template_id: Option<String>,
    message_id: Option<String>,
    post_id: Option<String>,
    from_id: Option<String>,
    sender_id: Option<String>,
}

fn required<'a>(field: &'a Option<String>, name: &str, action: &str) -> ApiResult<&'a str> {
    match field.as_deref() {
        Some(v) if !v.trim().is_empty() => Ok(v),
        _ => Err(ApiError::invalid(
            name,
            format!("a non-empty string (required by action {action})"),
        )),
    }
}

/// `POST .../messages`: `reply_inbox`, `reply_comment` or `private_replies`; answers
/// `{success, id, message?}`. A refused send changes nothing.
pub async fn send_message(
    state: S,
    req: PageRequest,
    P((_, conversation_id)): P<(String, String)>,
    RawBody(body): RawBody,
) -> ApiResult<Response> {
    let body: SendBody = crate::spec::tables().parse_body(&req.operation, &body)?;
    let now = state.clock.now();
    let mut store = state.write();
    let page_ix = req.page_in(&store)?;
    let page_idx = page_ix;
    let conv_idx = store.pages[page_idx].conversation_index(&conversation_id)?;
    let text = body.message.as_deref().filter(|m| !m.trim().is_empty());
    let content_ids = body.content_ids.as_deref().unwrap_or(&[]);
    // Check everything before changing anything.
    for id in content_ids {
        if !store.pages[page_idx].uploads.contains_key(id) {
            return Err(ApiError::invalid(
                "content_ids",
                format!("ids returned by upload_contents for this page, got {id:?}"),
            ));
        }
    }
    let attachments: Vec<Attachment> = content_ids
        .iter()
        .map(|id| {
            let kind = match store.pages[page_idx].uploads[id].attachment_type.as_str() {
                "PHOTO" => "photo",
                "VIDEO" => "video",
                "AUDIO_ATTACHMENT_ID" => "audio",
                _ => "file",
            }
            .to_owned();
            Attachment {
                kind: kind.into(),
                id: id.clone().into(),
                url: format!("https://content.pancake.vn/{id}").into(),
            }
        })
        .chain(body.content_url.iter().map(|url| Attachment {
            kind: "file".into(),
            id: Text::default(),
            url: url.clone().into(),
        }))
        .collect();
    let sender = {
        let page = &store.pages[page_idx];
        let admin = body.sender_id.as_deref().and_then(|id| page.user(id));
        Sender {
            id: page.page.id.clone(),
            name: page.page.name.clone(),
            email: None,
            admin_id: admin.map(|u| u.fb_id.clone()),
            admin_name: admin.map(|u| u.name.clone()),
        }
    };
    let kind = store.pages[page_idx].conversations[conv_idx].kind.clone();
    match body.action.as_str() {
        "reply_inbox" => {
            if kind != "INBOX" {
                return Err(ApiError::invalid(
                    "action",
                    format!("reply_comment or private_replies for a {kind} conversation"),
                ));
            }
            // RECONCILIATION H6: exactly one of text, media (`content_ids`, or a `content_url`)
            // and a WhatsApp template; a template has neither text nor media.
            let media = !content_ids.is_empty() || body.content_url.is_some();
            let template = body.template_id.as_deref().is_some_and(|t| !t.is_empty());
            match [text.is_some(), media, template]
                .iter()
                .filter(|x| **x)
                .count()
            {
                0 => {
                    return Err(ApiError::invalid(
                        "message",
                        "one of message, content_ids or template_id",
                    ));
                }
                1 => {}
                _ => {
                    return Err(ApiError::invalid(
                        "message",
                        "exactly one of message, content_ids and template_id, not several",
                    ));
                }
            }
            let id = store.new_message_id();
            let message = new_message(
                &store,
                page_idx,
                conv_idx,
                id.clone(),
                text.unwrap_or(""),
                sender,
                now,
                attachments,
            );
            append(&state, &mut store, page_idx, conv_idx, message, now);
            Ok(ok(&json!({ "success": true, "id": id, "message": text })))
        }
        "reply_comment" => {
            if kind == "INBOX" {
                return Err(ApiError::invalid(
                    "action",
                    "reply_inbox for an INBOX conversation",
                ));
            }
            let target = required(&body.message_id, "message_id", "reply_comment")?;
            if text.is_none() && attachments.is_empty() {
                return Err(ApiError::invalid(
                    "message",
                    "a message and/or content_ids / content_url: a reply comment needs text or an image",
                ));
            }
            if !store
                .messages(page_idx, conv_idx)
                .iter()
                .any(|m| m.id == target)
            {
                return Err(ApiError::invalid(
                    "message_id",
                    format!("the id of a comment of this conversation, got {target:?}"),
                ));
            }
            let base = target.split('_').next().unwrap_or(target).to_owned();
            let id = format!("{base}_{}", store.new_hex(16));
            let message = new_message(
                &store,
                page_idx,
                conv_idx,
                id.clone(),
                text.unwrap_or(""),
                sender,
                now,
                attachments,
            );
            append(&state, &mut store, page_idx, conv_idx, message, now);
            Ok(ok(&json!({ "success": true, "id": id, "message": text })))
        }
        "private_replies" => {
            let target = required(&body.message_id, "message_id", "private_replies")?.to_owned();
            required(&body.post_id, "post_id", "private_replies")?;
            let from_id = required(&body.from_id, "from_id", "private_replies")?.to_owned();
            let text = text.ok_or_else(|| {
                ApiError::invalid(
                    "message",
                    "a non-empty string (required by action private_replies)",
                )
            })?;
            if kind == "INBOX" {
                return Err(ApiError::invalid(
                    "action",
                    "reply_inbox for an INBOX conversation",
                ));
            }
            let comment_at = store
                .messages(page_idx, conv_idx)
                .iter()
                .find(|m| m.id == target)
                .map(|m| m.inserted_at)
                .ok_or_else(|| {
                    ApiError::invalid(
                        "message_id",
                        format!("the id of a comment of this conversation, got {target:?}"),
                    )
                })?;
            if store.pages[page_idx].replied_comments.contains(&target) {
                return Err(ApiError::in_band(
                    code::ALREADY_REPLIED,
                    "(#10900) Activity already replied to",
                ));
            }
            if now.0 - comment_at.0 > PRIVATE_REPLY_WINDOW {
                return Err(ApiError::in_band(
                    code::REPLY_EXPIRED,
                    "(#10901) Activity replying time expired: private replies are allowed within 7 days of the comment",
                ));
            }
            let id = store.new_message_id();
            store.pages[page_idx].replied_comments.insert(target);
            // The reply lands in the customer's inbox conversation when the page has one.
            let inbox_id = format!("{}_{}", store.pages[page_idx].page.id, from_id);
            if let Ok(inbox) = store.pages[page_idx].conversation_index(&inbox_id) {
                let message = new_message(
                    &store,
                    page_idx,
                    inbox,
                    id.clone(),
                    text,
                    sender,
                    now,
                    vec![],
                );
                append(&state, &mut store, page_idx, inbox, message, now);
            } else {
                store.pages[page_idx].bump();
            }
            Ok(ok(&json!({ "success": true, "id": id, "message": text })))
        }
        other => Err(ApiError::invalid(
            "action",
            format!("one of reply_inbox, reply_comment, private_replies, got {other:?}"),
        )),
    }
}

#[allow(clippy::too_many_arguments)]
fn new_message(
    store: &crate::store::Store,
    page: usize,
    conv: usize,
    id: String,
    text: &str,
    from: Sender,
    now: Ts,
    attachments: Vec<Attachment>,
) -> Message {
    let c = &store.pages[page].conversations[conv];
    let is_comment = c.kind != "INBOX";
    Message {
        id: id.into(),
        conversation_id: c.id.clone(),
        page_id: c.page_id.clone(),
        kind: c.kind.clone(),
        message: text.into(),
        from,
        inserted_at: later_than(c.updated_at, now),
        attachments,
        has_phone: false,
        is_hidden: false,
        is_removed: false,
        is_parent: false,
        like_count: is_comment.then_some(0),
        phone_info: vec![],
    }
}

/// Adds a page message and moves the conversation: snippet, last sender, counts, `updated_at`;
/// raises its `messaging` and `conversation` webhook events.
fn append(
    state: &crate::state::AppState,
    store: &mut crate::store::Store,
    page: usize,
    conv: usize,
    message: Message,
    now: Ts,
) {
    let snippet = if message.message.is_empty() {
        match message.attachments.first().map(|a| a.kind.as_str()) {
            Some("photo") => "[Photo]".to_owned(),
            Some("video") => "[Video]".to_owned(),
            _ => "[Attachment]".to_owned(),
        }
    } else {
        message.message.to_string()
    };
    let sender = message.from.clone();
    let at = message.inserted_at;
    let raised = state.webhooks.active().then(|| message.clone());
    store.messages_mut(page, conv).push(message);
    let p = &mut store.pages[page];
    let c = &mut p.conversations[conv];
    c.snippet = snippet.into();
    c.last_sent_by = sender;
    c.message_count += 1;
    c.updated_at = later_than(c.updated_at, at.max(now));
    c.seen = true;
    c.unread_count = 0;
    p.touch(conv);
    if let Some(message) = raised {
        crate::webhooks::events::message_added(state, store, page, conv, &message);
    }
}
