//! SIP call logs.

use axum::response::Response;
use serde_json::json;

use super::{S, ok, page_window};
use crate::auth::PageRequest;
use crate::error::ApiResult;
use crate::model::CallLog;
use crate::time::MICROS_PER_SEC;

/// `GET .../sip_call_logs?id=<SIP package>`: newest first by page number, optionally within
/// `since..until`; `{call_logs, success}` (the key comes from the spec's pagination, K2). The walk
/// ends on a short page.
pub async fn list_sip_call_logs(state: S, req: PageRequest) -> ApiResult<Response> {
    let q = &req.query;
    let package = q.required("id")?;
    let (skip, size) = page_window(q, crate::spec::tables().max_page_size(&req.operation), None)?;
    let since = q.int("since")?.map(|s| s.saturating_mul(MICROS_PER_SEC));
    let until = q.int("until")?.map(|u| {
        u.saturating_mul(MICROS_PER_SEC)
            .saturating_add(MICROS_PER_SEC - 1)
    });
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    let logs: Vec<&CallLog> = store.pages[page_ix]
        .call_logs
        .iter()
        .filter(|c| c.sip_package_id == package)
        .filter(|c| {
            since.is_none_or(|s| c.created_time.0 >= s)
                && until.is_none_or(|u| c.created_time.0 <= u)
        })
        .skip(skip)
        .take(size)
        .collect();
    let key = crate::spec::tables().items_key(&req.operation);
    Ok(ok(&json!({ key: logs, "success": true })))
}
