//! Export of conversations that came from ads.

use axum::response::Response;
use serde_json::json;

use super::{S, ok, required_range};
use crate::auth::PageRequest;
use crate::error::ApiResult;
use crate::model::Conversation;

/// `GET .../export_data?action=conversations_from_ads`: conversations with ad ids created in
/// `since..until`, oldest first, 60 per call from `offset`; `{data, success}`.
pub async fn export_conversations_from_ads(state: S, req: PageRequest) -> ApiResult<Response> {
    let q = &req.query;
    // `action` (required, one value) was checked against the spec by `page_request`.
    let (since, until) = required_range(q)?;
    let offset = q.int_in("offset", 0, i64::MAX)?.unwrap_or(0) as usize;
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    let mut matching: Vec<&Conversation> = store.pages[page_ix]
        .conversations
        .iter()
        .filter(|c| !c.ad_ids.is_empty() && (since..=until).contains(&c.inserted_at.0))
        .collect();
    matching.sort_by(|a, b| {
        a.inserted_at
            .cmp(&b.inserted_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    let data: Vec<serde_json::Value> = matching
        .into_iter()
        .skip(offset)
        .take(crate::spec::tables().page_size(&req.operation))
        .map(exported)
        .collect();
    Ok(ok(&json!({ "data": data, "success": true })))
}

/// The export's own shape of a conversation (`ExportedConversation`): tag ids, the ads it came
/// from, its assignees.
fn exported(c: &Conversation) -> serde_json::Value {
    json!({
        "id": c.id,
        "psid": c.from.id,
        "thread_key": null,
        "tags": c.tags.iter().flatten().map(|t| t.id).collect::<Vec<_>>(),
        "from": c.from,
        "inserted_at": c.inserted_at,
        "updated_at": c.updated_at,
        "customers": c.customers,
        "recent_phone_numbers": c.recent_phone_numbers,
        "recent_seen_users": [],
        "ad_clicks": c.ad_ids,
        "is_banned": false,
        "assignees": c.current_assign_users,
    })
}
