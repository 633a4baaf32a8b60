//! Staff of a page and round-robin assignment.

use axum::response::Response;
use serde::Deserialize;
use serde_json::json;

use super::{S, ok};
use crate::auth::PageRequest;
use crate::error::{ApiError, ApiResult, RawBody};
use crate::text::Text;

/// `GET .../users`: `{success, users, disabled_users, round_robin_users{inbox, comment}}`.
pub async fn list_users(state: S, req: PageRequest) -> ApiResult<Response> {
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    let p = &store.pages[page_ix];
    Ok(ok(&json!({
        "success": true,
        "users": p.users,
        "disabled_users": p.disabled_users,
        "round_robin_users": p.round_robin,
    })))
}

#[derive(Debug, Deserialize)]
struct RoundRobinBody {
    inbox: Option<Vec<String>>,
    comment: Option<Vec<String>>,
}

/// `POST .../round_robin_users` `{inbox?, comment?}`: replaces the given lists; `{success,
/// message}`. Every id must be an active user of the page.
pub async fn update_round_robin_users(
    state: S,
    req: PageRequest,
    RawBody(body): RawBody,
) -> ApiResult<Response> {
    let body: RoundRobinBody = crate::spec::tables().parse_body(&req.operation, &body)?;
    // `{}` changes nothing and succeeds: an omitted list is left as it is (RECONCILIATION K6).
    let mut store = state.write();
    let page_ix = req.page_in(&store)?;
    let page = &mut store.pages[page_ix];
    for (field, ids) in [("inbox", &body.inbox), ("comment", &body.comment)] {
        for id in ids.iter().flatten() {
            if !page.users.iter().any(|u| &u.id == id) {
                return Err(ApiError::invalid(
                    field,
                    format!("ids of active users of this page, got {id:?}"),
                ));
            }
        }
    }
    if let Some(inbox) = body.inbox {
        page.round_robin.inbox = inbox.into_iter().map(Text::from).collect();
    }
    if let Some(comment) = body.comment {
        page.round_robin.comment = comment.into_iter().map(Text::from).collect();
    }
    page.bump();
    Ok(ok(
        &json!({ "success": true, "message": "Cập nhật thành công" }),
    ))
}
