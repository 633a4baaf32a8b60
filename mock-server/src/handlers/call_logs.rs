//! SIP call logs.

use axum::response::Response;
use serde_json::{Value, json};

use super::{S, ok, page_window};
use crate::auth::PageRequest;
use crate::error::ApiResult;
use crate::model::CallLog;
use crate::time::MICROS_PER_SEC;

/// `GET .../sip_call_logs?id=<SIP package>`: newest first by page number, optionally within
/// `since..until`; `{call_logs, success}` (the key comes from the spec's pagination, K2). The walk
/// ends on a short page. A log's `sip_package_id` (the fixture's link to the `id` parameter) is
/// not served: no source shows it in an answer, and the spec does not declare it.
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
    let logs: Vec<Value> = store.pages[page_ix]
        .call_logs
        .iter()
        .filter(|c| c.sip_package_id == package)
        .filter(|c| {
            since.is_none_or(|s| c.created_time.0 >= s)
                && until.is_none_or(|u| c.created_time.0 <= u)
        })
        .skip(skip)
        .take(size)
        .map(served)
        .collect();
    let key = crate::spec::tables().items_key(&req.operation);
    Ok(ok(&json!({ key: logs, "success": true })))
}

/// A log as served: the fixture's fields less `sip_package_id`.
fn served(log: &CallLog) -> Value {
    let mut value = serde_json::to_value(log).unwrap_or(Value::Null);
    if let Some(fields) = value.as_object_mut() {
        fields.remove("sip_package_id");
    }
    value
}
