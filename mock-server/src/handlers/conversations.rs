//! Conversation lists (v2 cursor, v1 page number), tags, assignment and read state.

use axum::extract::RawQuery;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::{P, S, later_than, ok};
use crate::auth::PageRequest;
use crate::error::{ApiError, ApiResult, RawBody};
use crate::fixtures::assign_user;
use crate::model::{
    AssignPayload, AssigneeHistory, Conversation, TagHistory, TagHistoryPayload, TagRef,
};
use crate::walk::ConversationFilter;

#[derive(Serialize)]
struct ConversationPage<'a> {
    conversations: &'a [&'a Conversation],
    success: bool,
}

/// The query without the token: the cache key of a v2 page.
fn cache_key(raw: Option<&str>) -> String {
    let mut pairs: Vec<&str> = raw
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("page_access_token="))
        .collect();
    pairs.sort_unstable();
    pairs.join("&")
}

/// `GET /public_api/v2/pages/{page_id}/conversations`: 60 per page, newest first, cursor
/// `last_conversation_id`; the walk ends on an empty page. See [`crate::walk`] for what the
/// cursor does when conversations change during a walk.
pub async fn list_conversations(
    state: S,
    req: PageRequest,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let filter = ConversationFilter::from_query(&req.query)?;
    let cursor = req.query.get("last_conversation_id");
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    let bytes = state.walks.serve(
        &store,
        page_ix,
        &filter,
        cursor,
        crate::spec::tables().page_size(&req.operation),
        &cache_key(raw.as_deref()),
        |chosen| {
            Bytes::from(
                serde_json::to_vec(&ConversationPage {
                    conversations: chosen,
                    success: true,
                })
                .unwrap_or_default(),
            )
        },
    )?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        bytes,
    )
        .into_response())
}

/// `GET /public_api/v1/pages/{page_id}/conversations` (deprecated): `page_number` from 1,
/// 60 per page, with `total`.
pub async fn list_conversations_v1(state: S, req: PageRequest) -> ApiResult<Response> {
    let filter = ConversationFilter::from_query(&req.query)?;
    let number = req.query.int("page_number")?.unwrap_or(1);
    if number < 1 {
        return Err(ApiError::invalid(
            "page_number",
            format!("an integer >= 1, got {number}"),
        ));
    }
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    let all = state.walks.all_matching(&store, page_ix, &filter);
    let per_page = crate::spec::tables().page_size(&req.operation);
    let start = (number as usize - 1).saturating_mul(per_page);
    let page: Vec<&Conversation> = all.iter().skip(start).take(per_page).copied().collect();
    Ok(ok(
        &json!({ "conversations": page, "success": true, "total": all.len() }),
    ))
}

/// A conversation and `success`, as the assign answer carries them.
#[derive(Serialize)]
struct UpdatedConversation<'a> {
    #[serde(flatten)]
    conversation: &'a Conversation,
    success: bool,
}

/// Body of assign.
#[derive(Debug, Deserialize)]
pub struct AssignBody {
    assignee_ids: Vec<String>,
}

/// `POST .../assign` `{assignee_ids}`: answers the updated conversation with `success`.
pub async fn assign_conversation(
    state: S,
    req: PageRequest,
    P((_, conversation_id)): P<(String, String)>,
    RawBody(body): RawBody,
) -> ApiResult<Response> {
    let body: AssignBody = crate::spec::tables().parse_body(&req.operation, &body)?;
    let now = state.clock.now();
    let mut store = state.write();
    let page_ix = req.page_in(&store)?;
    let page = &mut store.pages[page_ix];
    let i = page.conversation_index(&conversation_id)?;
    let mut wanted = Vec::new();
    for id in &body.assignee_ids {
        // A former (disabled) user is accepted: assign replaces the list, so a client adding one
        // assignee resends the current ones, who may have left since (RECONCILIATION Q9).
        let user = page.user(id).ok_or_else(|| {
            ApiError::invalid(
                "assignee_ids",
                format!("ids of users of this page (GET .../users), got {id:?}"),
            )
        })?;
        if !wanted
            .iter()
            .any(|u: &crate::model::AssignUser| &u.id == id)
        {
            wanted.push(assign_user(user));
        }
    }
    let conv = &mut page.conversations[i];
    let added: Vec<_> = wanted
        .iter()
        .filter(|u| !conv.assignee_ids.contains(&u.id))
        .cloned()
        .collect();
    let deleted: Vec<_> = conv
        .current_assign_users
        .iter()
        .filter(|u| !wanted.iter().any(|w| w.id == u.id))
        .cloned()
        .collect();
    if !added.is_empty() || !deleted.is_empty() {
        conv.assignee_histories.push(AssigneeHistory {
            conversation_id: conv.id.clone(),
            inserted_at: now,
            payload: AssignPayload {
                added_users: added,
                deleted_users: deleted,
            },
        });
        conv.assignee_ids = wanted.iter().map(|u| u.id.clone()).collect();
        conv.current_assign_users = wanted;
        page.touch(i);
        crate::webhooks::events::conversation_changed(&state, &store, page_ix, i);
    }
    Ok(ok(&UpdatedConversation {
        conversation: &store.pages[page_ix].conversations[i],
        success: true,
    }))
}

fn set_read(state: &S, req: PageRequest, conversation_id: &str, read: bool) -> ApiResult<Response> {
    let mut store = state.write();
    let page_ix = req.page_in(&store)?;
    let page = &mut store.pages[page_ix];
    let i = page.conversation_index(conversation_id)?;
    let conv = &mut page.conversations[i];
    let before = (conv.seen, conv.unread_count);
    if read {
        conv.seen = true;
        conv.unread_count = 0;
    } else {
        conv.seen = false;
        conv.unread_count = conv.unread_count.max(1);
    }
    if before != (conv.seen, conv.unread_count) {
        page.touch(i);
        crate::webhooks::events::conversation_changed(state, &store, page_ix, i);
    }
    Ok(ok(&json!({ "success": true })))
}

/// `POST .../read`: `seen = true`, `unread_count = 0`.
pub async fn mark_conversation_read(
    state: S,
    req: PageRequest,
    P((_, conversation_id)): P<(String, String)>,
) -> ApiResult<Response> {
    set_read(&state, req, &conversation_id, true)
}

/// `POST .../unread`: `seen = false`, `unread_count >= 1`.
pub async fn mark_conversation_unread(
    state: S,
    req: PageRequest,
    P((_, conversation_id)): P<(String, String)>,
) -> ApiResult<Response> {
    set_read(&state, req, &conversation_id, false)
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
    req: PageRequest,
    P((_, conversation_id)): P<(String, String)>,
    RawBody(body): RawBody,
) -> ApiResult<Response> {
    let body: TagBody = crate::spec::tables().parse_body(&req.operation, &body)?;
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
