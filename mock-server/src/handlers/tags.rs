//! Tags of a page and tagging a conversation.

use axum::extract::RawQuery;
use axum::response::Response;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{P, S, later_than, ok};
use crate::auth::page_request;
use crate::error::{ApiError, ApiResult, RawBody};
use crate::model::{TagHistory, TagHistoryPayload, TagRef};

/// `GET .../tags`: `{tags: [{id, text, color, lighten_color}], success}`.
pub async fn list(state: S, P(page_id): P<String>, RawQuery(raw): RawQuery) -> ApiResult<Response> {
    let req = page_request(&state, "list_tags", &page_id, raw.as_deref())?;
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    Ok(ok(
        &json!({ "tags": store.pages[page_ix].tags, "success": true }),
    ))
}

/// Body of the tag write.
#[derive(Debug, Deserialize)]
pub struct TagBody {
    action: String,
    tag_id: Value,
}

fn tag_id(value: &Value) -> ApiResult<i64> {
    let parsed = match value {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    };
    parsed.ok_or_else(|| {
        ApiError::invalid(
            "tag_id",
            format!("an integer tag id or a numeric string, got {value}"),
        )
    })
}

/// `POST .../conversations/{conversation_id}/tags`: `{action: add|remove, tag_id}` answers
/// `{data: [tag ids after the update], success, timestamp (µs)}`.
pub async fn update_conversation_tags(
    state: S,
    P((page_id, conversation_id)): P<(String, String)>,
    RawQuery(raw): RawQuery,
    RawBody(body): RawBody,
) -> ApiResult<Response> {
    let req = page_request(&state, "update_conversation_tags", &page_id, raw.as_deref())?;
    let body: TagBody = crate::spec::tables().parse_body("update_conversation_tags", &body)?;
    let add = match body.action.as_str() {
        "add" => true,
        "remove" => false,
        other => {
            return Err(ApiError::invalid(
                "action",
                format!("add or remove, got {other:?}"),
            ));
        }
    };
    let id = tag_id(&body.tag_id)?;
    let now = state.clock.now();
    let mut store = state.write();
    let page_ix = req.page_in(&store)?;
    let i = store.pages[page_ix].conversation_index(&conversation_id)?;
    // Messages derive from the conversation's timestamps: pin them before `updated_at` moves.
    store.messages_mut(page_ix, i);
    let page = &mut store.pages[page_ix];
    let tag = page.tag(id).cloned().ok_or_else(|| {
        ApiError::invalid(
            "tag_id",
            format!("the id of a tag of this page (GET .../tags), got {id}"),
        )
    })?;
    let conv = &mut page.conversations[i];
    let present = conv.tags.iter().flatten().any(|t| t.id == id);
    let changed = add != present;
    if changed {
        if add {
            conv.tags.push(Some(tag.clone()));
        } else {
            conv.tags.retain(|t| t.as_ref().is_none_or(|t| t.id != id));
        }
        conv.updated_at = later_than(conv.updated_at, now);
        conv.tag_histories.push(TagHistory {
            conversation_id: conv.id.clone(),
            inserted_at: conv.updated_at,
            payload: TagHistoryPayload {
                action: body.action.clone().into(),
                editor_id: None,
                editor_name: Some("Public API".into()),
                tag: TagRef {
                    id: Some(tag.id),
                    text: tag.text.clone(),
                },
            },
        });
    }
    let ids: Vec<i64> = conv.tags.iter().flatten().map(|t| t.id).collect();
    if changed {
        page.touch(i);
        crate::webhooks::events::conversation_changed(&state, &store, page_ix, i);
    }
    Ok(ok(
        &json!({ "data": ids, "success": true, "timestamp": now.0 }),
    ))
}
