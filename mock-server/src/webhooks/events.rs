//! Event payloads (the `data` of the spec's `*Event` schemas) built from the store, and the calls
//! handlers make after a state change.
//!
//! Every builder runs only when a subscription exists ([`crate::webhooks::Webhooks::active`]), so
//! a mock without webhooks does no extra work per request.

use serde_json::{Value, json};

use crate::model::{Message, Post};
use crate::state::AppState;
use crate::store::{PageState, Store};
use crate::webhooks::Scope;

/// `WebhookConversation` of conversation `i` of `page`.
pub fn conversation(page: &PageState, i: usize) -> Value {
    let c = &page.conversations[i];
    let tags: Vec<i64> = c.tags.iter().flatten().map(|t| t.id).collect();
    json!({
        "id": c.id,
        "page_id": c.page_id,
        "type": c.kind,
        "customer_id": c.customer_id,
        "from": c.from,
        "assignee_ids": c.assignee_ids,
        "tags": tags,
        "snippet": c.snippet,
        "seen": c.seen,
        "is_replied": c.last_sent_by.id == page.page.id,
        "is_combined": false,
        "is_removed": false,
        "read_watermarks": null,
        "updated_at": c.updated_at,
        // Grows with every change of this conversation (the page's change counter at its last
        // change), so a receiver can order two events with the same `updated_at`.
        "version": page.changed_seq[i],
    })
}

/// A `conversation` event for conversation `conv` of page `page` (as the store is now).
pub fn conversation_changed(state: &AppState, store: &Store, page: usize, conv: usize) {
    if !state.webhooks.active() {
        return;
    }
    let p = &store.pages[page];
    state.emit(
        Scope::Page(&p.page.id),
        "conversation",
        json!({ "conversation": conversation(p, conv) }),
    );
}

/// A `messaging` event for `message` of conversation `conv`, then the `conversation` event of
/// the change it made (snippet, counts, `updated_at`).
pub fn message_added(state: &AppState, store: &Store, page: usize, conv: usize, message: &Message) {
    if !state.webhooks.active() {
        return;
    }
    let p = &store.pages[page];
    let c = &p.conversations[conv];
    let mut data = json!({
        "conversation": conversation(p, conv),
        "message": message,
    });
    // A customer's message names the customer's page-customer id (Pancake's webhook file).
    if message.from.id == c.from.id
        && let Some(customer) = p.customers.iter().find(|k| k.customer_id == c.customer_id)
    {
        data["message"]["from"]["page_customer_id"] = json!(customer.id);
    }
    if let Some(post) = c
        .post_id
        .as_ref()
        .and_then(|id| p.posts.iter().find(|post| &post.id == id))
    {
        data["post"] = json!(post);
    }
    state.emit(Scope::Page(&p.page.id), "messaging", data);
    conversation_changed(state, store, page, conv);
}

/// A `post` event.
pub fn post_changed(state: &AppState, page_id: &str, post: &Post) {
    if !state.webhooks.active() {
        return;
    }
    state.emit(Scope::Page(page_id), "post", json!({ "post": post }));
}

/// A `connect_status` event.
pub fn connect_status(state: &AppState, page_id: &str, status: &str) {
    state.emit(
        Scope::Page(page_id),
        "connect_status",
        json!({ "connect_status": status, "page_id": page_id }),
    );
}

/// A `subscription` event: the account's subscription package (`PancakeSubscription`) changed.
/// It concerns the package's pages, not one of them, so it has no `page_id`.
pub fn subscription_changed(state: &AppState, package: &Value) {
    let pages: Vec<String> = package["page_ids"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p.as_str().map(str::to_owned))
        .collect();
    state.emit(
        Scope::Account(&pages),
        "subscription",
        json!({ "subscription": package }),
    );
}
