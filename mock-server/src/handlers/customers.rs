//! Page customers: listing, updating, and their notes.

use axum::response::Response;
use serde::Deserialize;
use serde_json::json;

use super::{P, S, ok, page_window, required_range};
use crate::auth::PageRequest;
use crate::error::{ApiError, ApiResult, RawBody};
use crate::model::{Customer, CustomerNote, NoteAuthor, NoteEdit};
use crate::text::Text;

/// `GET .../page_customers`: customers whose `order_by` time (`inserted_at` default, or
/// `updated_at`) is in `since..until`, newest first, by page number; `{total, customers, success}`.
pub async fn list_page_customers(state: S, req: PageRequest) -> ApiResult<Response> {
    let q = &req.query;
    let (since, until) = required_range(q)?;
    let spec = crate::spec::tables();
    let default_size = spec.page_size(&req.operation) as i64;
    let (skip, size) = page_window(q, spec.max_page_size(&req.operation), Some(default_size))?;
    let by_updated = q.get("order_by") == Some("updated_at");
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    let at = |c: &Customer| {
        if by_updated {
            c.updated_at
        } else {
            c.inserted_at
        }
    };
    let mut matching: Vec<&Customer> = store.pages[page_ix]
        .customers
        .iter()
        .filter(|c| (since..=until).contains(&at(c).0))
        .collect();
    matching.sort_by(|a, b| at(b).cmp(&at(a)).then_with(|| b.id.cmp(&a.id)));
    let customers: Vec<serde_json::Value> = matching
        .iter()
        .skip(skip)
        .take(size)
        .map(|c| customer_json(c))
        .collect();
    Ok(ok(
        &json!({ "total": matching.len(), "customers": customers, "success": true }),
    ))
}

/// A customer as answered: removed notes left out.
fn customer_json(c: &Customer) -> serde_json::Value {
    let mut value = serde_json::to_value(c).unwrap_or_default();
    value["notes"] = json!(live_notes(c));
    value
}

fn live_notes(c: &Customer) -> Vec<&CustomerNote> {
    c.notes.iter().filter(|n| n.removed_at.is_none()).collect()
}

/// Body of the customer update.
#[derive(Debug, Deserialize)]
pub struct UpdateBody {
    changes: Changes,
}

/// The changes the mock applies. Other keys are accepted and ignored: the spec admits them, and
/// no source says the live API refuses them.
#[derive(Debug, Deserialize)]
struct Changes {
    name: Option<String>,
    gender: Option<String>,
    birthday: Option<String>,
    phone_numbers: Option<Vec<String>>,
}

/// `PUT .../page_customers/{page_customer_id}` `{changes: {name?, gender?, birthday?,
/// phone_numbers?}}`: answers `{success, customer}`.
pub async fn update_page_customer(
    state: S,
    req: PageRequest,
    P((_, customer_id)): P<(String, String)>,
    RawBody(body): RawBody,
) -> ApiResult<Response> {
    let UpdateBody { changes } = crate::spec::tables().parse_body(&req.operation, &body)?;
    // `gender` is checked against the spec's `Gender` enum by `parse_body`.
    if let Some(b) = &changes.birthday
        && chrono::NaiveDate::parse_from_str(b, "%Y-%m-%d").is_err()
    {
        return Err(ApiError::invalid(
            "changes.birthday",
            format!("a date YYYY-MM-DD, got {b:?}"),
        ));
    }
    if let Some(name) = &changes.name
        && name.trim().is_empty()
    {
        return Err(ApiError::invalid("changes.name", "a non-empty name"));
    }
    // Phone numbers are free strings (`090 123 4567`, `+84-90...`, short service numbers): no
    // source gives a format the live API enforces.
    let now = state.clock.now();
    let mut store = state.write();
    let page_ix = req.page_in(&store)?;
    let page = &mut store.pages[page_ix];
    let i = page.customer_index(&customer_id)?;
    let c = &mut page.customers[i];
    if let Some(name) = changes.name {
        c.name = name.into();
    }
    if let Some(g) = changes.gender {
        c.gender = (g != "unknown").then_some(g.into());
    }
    if let Some(b) = changes.birthday {
        c.birthday = Some(b.into());
    }
    if let Some(numbers) = changes.phone_numbers {
        c.phone_numbers = numbers.into_iter().map(Text::from).collect();
    }
    c.updated_at = now;
    let (cid, name, gender) = (c.customer_id.clone(), c.name.clone(), c.gender.clone());
    // Conversations show the customer's summary: keep it in step.
    let touched: Vec<usize> = page
        .conversations
        .iter()
        .enumerate()
        .filter(|(_, conv)| conv.customer_id == cid)
        .map(|(k, _)| k)
        .collect();
    for k in touched {
        let conv = &mut page.conversations[k];
        conv.page_customer.name = name.clone();
        conv.page_customer.gender = gender.clone();
        for cc in conv.customers.iter_mut().filter(|cc| cc.id == cid) {
            cc.name = name.clone();
        }
        page.touch(k);
    }
    page.bump();
    // `{success}` as the official document shows (RECONCILIATION J6): the customer after the
    // change is read back with `list_page_customers`.
    Ok(ok(&json!({ "success": true })))
}

#[derive(Debug, Deserialize)]
struct NewNote {
    message: String,
}

#[derive(Debug, Deserialize)]
struct EditNote {
    note_id: String,
    message: String,
}

#[derive(Debug, Deserialize)]
struct DropNote {
    note_id: String,
}

/// `POST .../notes` `{message}`: `{success, note_id, message, data: [notes]}`.
pub async fn add_customer_note(
    state: S,
    req: PageRequest,
    P((_, customer_id)): P<(String, String)>,
    RawBody(body): RawBody,
) -> ApiResult<Response> {
    let NewNote { message } = crate::spec::tables().parse_body(&req.operation, &body)?;
    let now = state.clock.now();
    let mut store = state.write();
    let page_ix = req.page_in(&store)?;
    let i = store.pages[page_ix].customer_index(&customer_id)?;
    let id = store.new_uuid();
    let page = &mut store.pages[page_ix];
    let author = NoteAuthor {
        uid: Text::default(),
        fb_id: page.page.id.clone(),
        fb_name: page.page.name.clone(),
    };
    let c = &mut page.customers[i];
    c.notes.push(CustomerNote {
        id: id.clone().into(),
        message: message.into(),
        created_at: now.millis(),
        created_by: author,
        edit_history: vec![],
        images: vec![],
        links: vec![],
        order_id: None,
        removed_at: None,
        updated_at: None,
    });
    let data = json!(live_notes(c));
    page.bump();
    Ok(ok(
        &json!({ "success": true, "note_id": id, "message": "Thêm ghi chú thành công", "data": data }),
    ))
}

/// `PUT .../notes` `{note_id, message}`: `{success, data: [notes]}`; the old text goes to
/// `edit_history`.
pub async fn update_customer_note(
    state: S,
    req: PageRequest,
    P((_, customer_id)): P<(String, String)>,
    RawBody(body): RawBody,
) -> ApiResult<Response> {
    let EditNote { note_id, message } = crate::spec::tables().parse_body(&req.operation, &body)?;
    let now = state.clock.now();
    let mut store = state.write();
    let page_ix = req.page_in(&store)?;
    let page = &mut store.pages[page_ix];
    let i = page.customer_index(&customer_id)?;
    let c = &mut page.customers[i];
    let note = c
        .notes
        .iter_mut()
        .find(|n| n.id == note_id && n.removed_at.is_none())
        .ok_or_else(|| ApiError::not_found("Note", &note_id))?;
    let old = std::mem::replace(&mut note.message, message.into());
    note.edit_history.push(NoteEdit {
        message: old,
        edited_at: now.millis(),
    });
    note.updated_at = Some(now.millis());
    let data = json!(live_notes(c));
    page.bump();
    Ok(ok(&json!({ "success": true, "data": data })))
}

/// `DELETE .../notes` `{note_id}`: `{success}`; the note disappears from later reads.
pub async fn delete_customer_note(
    state: S,
    req: PageRequest,
    P((_, customer_id)): P<(String, String)>,
    RawBody(body): RawBody,
) -> ApiResult<Response> {
    let DropNote { note_id } = crate::spec::tables().parse_body(&req.operation, &body)?;
    let now = state.clock.now();
    let mut store = state.write();
    let page_ix = req.page_in(&store)?;
    let page = &mut store.pages[page_ix];
    let i = page.customer_index(&customer_id)?;
    let note = page.customers[i]
        .notes
        .iter_mut()
        .find(|n| n.id == note_id && n.removed_at.is_none())
        .ok_or_else(|| ApiError::not_found("Note", &note_id))?;
    note.removed_at = Some(now.millis());
    page.bump();
    Ok(ok(&json!({ "success": true })))
}
