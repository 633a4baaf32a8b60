//! `/__admin/simulate/*`: activity the API cannot create (a customer writes or comments, a post
//! appears, the page is disconnected, the account's subscription package changes), applied to
//! the store and raised as webhook events like any API write.

use std::sync::Arc;

use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::post;
use serde_json::json;

use crate::admin::bodies::{
    Done, SimulateComment, SimulateConnectStatus, SimulateMessage, SimulatePost,
    SimulateSubscription, Simulated, SimulatedPost, SimulatedSubscription,
};
use crate::error::{ApiError, ApiResult, RawBody, parse_json};
use crate::handlers::{later_than, ok};
use crate::model::{Attachment, Conversation, Customer, Message, NewCustomer, Post, PostAuthor};
use crate::state::AppState;
use crate::text::Text;
use crate::webhooks::events;

type St = State<Arc<AppState>>;

/// The simulation routes (merged into the admin API).
pub(super) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/__admin/simulate/message", post(simulate_message))
        .route("/__admin/simulate/comment", post(simulate_comment))
        .route("/__admin/simulate/post", post(simulate_post))
        .route(
            "/__admin/simulate/connect_status",
            post(simulate_connect_status),
        )
        .route(
            "/__admin/simulate/subscription",
            post(simulate_subscription),
        )
}

/// The mock's price of one page for one month of a package, in VND (Pancake publishes no
/// price list here: a plausible figure, so `payment_amount` grows with pages and months).
const PRICE_PER_PAGE_MONTH_VND: u64 = 150_000;

/// The mock's upper bound on a package's `duration`, in months.
const MAX_DURATION_MONTHS: u32 = 120;

/// What [`SimulateSubscription`] asks for, checked, and the package it describes.
fn subscription_package(
    store: &crate::store::Store,
    request: &SimulateSubscription,
) -> ApiResult<serde_json::Value> {
    if request.page_ids.is_empty() {
        return Err(ApiError::invalid(
            "page_ids",
            "at least one page id (the pages the package covers)",
        ));
    }
    let mut pages: Vec<usize> = Vec::new();
    for id in &request.page_ids {
        let page = store.page_index(id).map_err(|_| {
            ApiError::invalid(
                "page_ids",
                format!("ids of the mock's pages (GET /__admin/fixtures), got {id:?}"),
            )
        })?;
        if !pages.contains(&page) {
            pages.push(page);
        }
    }
    let user_ids: Vec<String> = match &request.user_ids {
        Some(ids) => {
            if ids.is_empty() {
                return Err(ApiError::invalid(
                    "user_ids",
                    "at least one user id (leave `user_ids` out for the pages' staff)",
                ));
            }
            if let Some(i) = ids.iter().position(|id| id.trim().is_empty()) {
                return Err(ApiError::invalid(
                    &format!("user_ids[{i}]"),
                    "a non-empty user id",
                ));
            }
            ids.clone()
        }
        None => {
            let mut ids: Vec<String> = Vec::new();
            for user in pages.iter().flat_map(|&p| &store.pages[p].users) {
                if !ids.iter().any(|id| id == user.id.as_str()) {
                    ids.push(user.id.to_string());
                }
            }
            ids
        }
    };
    let duration = request.duration.unwrap_or(6);
    if !(1..=MAX_DURATION_MONTHS).contains(&duration) {
        return Err(ApiError::invalid(
            "duration",
            format!("1 to {MAX_DURATION_MONTHS} months (the mock's bound), got {duration}"),
        ));
    }
    let activated = store.epoch;
    let expired = match &request.expired_at {
        Some(text) => {
            let at = crate::time::Ts::parse(text).ok_or_else(|| {
                ApiError::invalid(
                    "expired_at",
                    format!("a time such as 2026-07-15T00:00:00, got {text:?}"),
                )
            })?;
            if at <= activated {
                return Err(ApiError::invalid(
                    "expired_at",
                    format!("a time after the package's activation ({activated}), got {text:?}"),
                ));
            }
            at
        }
        None => activated
            .naive()
            .checked_add_months(chrono::Months::new(duration))
            .map(|n| crate::time::Ts(n.and_utc().timestamp_micros()))
            .unwrap_or(activated),
    };
    let page_ids: Vec<&str> = pages
        .iter()
        .map(|&p| store.pages[p].page.id.as_str())
        .collect();
    let amount = PRICE_PER_PAGE_MONTH_VND * pages.len() as u64 * u64::from(duration);
    let mut package = json!({
        "id": package_id(&store.access_token),
        "type": "pancake",
        "currency": "VND",
        "accumulated_amount": amount,
        "payment_amount": amount,
        "duration": duration,
        "is_activated": true,
        "is_paid": true,
        "auto_config": false,
        "activated_at": activated,
        "expired_at": expired,
        "inserted_at": activated,
        "page_count": page_ids.len(),
        "page_ids": page_ids,
        "user_count": user_ids.len(),
        "user_ids": user_ids,
        "shared_accounts": [],
        "upgrade_from": null,
    });
    // The first user owns it; pages without staff (a given fixture file) leave it unknown.
    if let Some(owner) = user_ids.first() {
        package["owner_id"] = json!(owner);
    }
    Ok(package)
}

/// The account's package id: six letters and digits, the same for every call on the same
/// fixtures (one account, one package that changes).
fn package_id(access_token: &str) -> String {
    use std::hash::{Hash, Hasher};
    const ALPHABET: &[u8; 36] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut hasher = std::hash::DefaultHasher::new();
    access_token.hash(&mut hasher);
    let mut n = hasher.finish();
    (0..6)
        .map(|_| {
            let c = ALPHABET[(n % 36) as usize] as char;
            n /= 36;
            c
        })
        .collect()
}

fn non_empty(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

/// A new customer of page `page` and the conversation `id` with them.
fn new_conversation(
    store: &mut crate::store::Store,
    page: usize,
    id: Option<String>,
    kind: &str,
    post_id: Option<Text>,
    name: Option<&str>,
    now: crate::time::Ts,
) -> (Conversation, Customer) {
    let psid = store.new_digits(16);
    let new_customer = NewCustomer {
        customer_id: Text::from(store.new_uuid()),
        page_customer_id: Text::from(store.new_uuid()),
        name: Text::from(
            non_empty(name)
                .map(str::to_owned)
                .unwrap_or_else(|| format!("Khách {}", &psid[12..])),
        ),
        psid: psid.clone().into(),
        gender: None,
    };
    let page_id = store.pages[page].page.id.clone();
    let id = id.unwrap_or_else(|| format!("{page_id}_{psid}"));
    let mut conversation = new_customer.opens(id.into(), page_id, kind.into(), now);
    conversation.post_id = post_id;
    let NewCustomer {
        psid,
        name,
        customer_id,
        page_customer_id,
        ..
    } = new_customer;
    let customer = Customer {
        id: page_customer_id,
        customer_id,
        psid,
        name,
        gender: None,
        birthday: None,
        lives_in: None,
        phone_numbers: Vec::new(),
        emails: Vec::new(),
        inserted_at: now,
        updated_at: now,
        notes: Vec::new(),
    };
    (conversation, customer)
}

/// Adds a customer's message to conversation `conv` and moves it: snippet, last sender, counts,
/// unread, `updated_at`.
fn customer_writes(
    store: &mut crate::store::Store,
    page: usize,
    conv: usize,
    id: String,
    text: &str,
    attachments: Vec<Attachment>,
    now: crate::time::Ts,
) -> Message {
    // Messages derive from the conversation's timestamps: pin them before `updated_at` moves.
    store.messages_mut(page, conv);
    let c = &store.pages[page].conversations[conv];
    let message = Message {
        id: id.into(),
        conversation_id: c.id.clone(),
        page_id: c.page_id.clone(),
        kind: c.kind.clone(),
        message: text.into(),
        from: c.from.clone(),
        inserted_at: later_than(c.updated_at, now),
        attachments,
        has_phone: false,
        is_hidden: false,
        is_removed: false,
        is_parent: c.kind != "INBOX",
        like_count: (c.kind != "INBOX").then_some(0),
        phone_info: Vec::new(),
    };
    let snippet = if text.is_empty() {
        match message.attachments.first().map(|a| a.kind.as_str()) {
            Some("photo") => "[Photo]".to_owned(),
            Some("video") => "[Video]".to_owned(),
            _ => "[Attachment]".to_owned(),
        }
    } else {
        text.to_owned()
    };
    store.messages_mut(page, conv).push(message.clone());
    let p = &mut store.pages[page];
    let c = &mut p.conversations[conv];
    c.snippet = snippet.into();
    c.last_sent_by = c.from.clone();
    c.message_count += 1;
    c.unread_count += 1;
    c.seen = false;
    c.updated_at = message.inserted_at;
    p.touch(conv);
    message
}

async fn simulate_message(State(s): St, RawBody(body): RawBody) -> ApiResult<Response> {
    let request: SimulateMessage = parse_json(&body)?;
    let text = non_empty(request.text.as_deref()).unwrap_or("");
    if text.is_empty() && request.attachments.is_empty() {
        return Err(ApiError::invalid(
            "text",
            "a non-empty text or at least one attachment",
        ));
    }
    for (i, a) in request.attachments.iter().enumerate() {
        if url::Url::parse(&a.url).is_err() {
            return Err(ApiError::invalid(
                &format!("attachments[{i}].url"),
                format!("an absolute URL, got {:?}", a.url),
            ));
        }
    }
    let attachments = request
        .attachments
        .iter()
        .map(|a| Attachment {
            kind: a.kind.clone().into(),
            id: Text::default(),
            url: a.url.clone().into(),
        })
        .collect();
    let now = s.clock.now();
    let mut store = s.write();
    let page = store.page_index(&request.page_id)?;
    let (conv, created) = match &request.conversation_id {
        Some(id) => (store.pages[page].conversation_index(id)?, false),
        None => {
            let (c, customer) = new_conversation(
                &mut store,
                page,
                None,
                "INBOX",
                None,
                request.customer_name.as_deref(),
                now,
            );
            (store.add_conversation(page, c, customer), true)
        }
    };
    let id = store.new_message_id();
    let message = customer_writes(&mut store, page, conv, id, text, attachments, now);
    events::message_added(&s, &store, page, conv, &message);
    Ok(ok(&Simulated {
        success: true,
        conversation_id: message.conversation_id.to_string(),
        message_id: message.id.to_string(),
        created,
    }))
}

async fn simulate_comment(State(s): St, RawBody(body): RawBody) -> ApiResult<Response> {
    let request: SimulateComment = parse_json(&body)?;
    let text = non_empty(Some(&request.text))
        .ok_or_else(|| ApiError::invalid("text", "a non-empty comment"))?
        .to_owned();
    let now = s.clock.now();
    let mut store = s.write();
    let page = store.page_index(&request.page_id)?;
    let post = store.pages[page]
        .posts
        .iter()
        .find(|p| p.id == request.post_id.as_str())
        .map(|p| p.id.clone())
        .ok_or_else(|| {
            ApiError::invalid(
                "post_id",
                format!("the id of a post of this page, got {:?}", request.post_id),
            )
        })?;
    let post_number = post.rsplit('_').next().unwrap_or(&post).to_owned();
    let digits = store.new_digits(16);
    let comment = format!("{post_number}_{digits}");
    let (c, customer) = new_conversation(
        &mut store,
        page,
        Some(format!("{post}_{digits}")),
        "COMMENT",
        Some(post.clone()),
        request.customer_name.as_deref(),
        now,
    );
    let conv = store.add_conversation(page, c, customer);
    let message = customer_writes(&mut store, page, conv, comment, &text, Vec::new(), now);
    events::message_added(&s, &store, page, conv, &message);
    Ok(ok(&Simulated {
        success: true,
        conversation_id: message.conversation_id.to_string(),
        message_id: message.id.to_string(),
        created: true,
    }))
}

async fn simulate_post(State(s): St, RawBody(body): RawBody) -> ApiResult<Response> {
    let request: SimulatePost = parse_json(&body)?;
    let kind = request.kind.clone().unwrap_or_else(|| "text".to_owned());
    if !["text", "photo", "video", "livestream"].contains(&kind.as_str()) {
        return Err(ApiError::invalid(
            "type",
            format!("text, photo, video or livestream, got {kind:?}"),
        ));
    }
    let now = s.clock.now();
    let mut store = s.write();
    let page = store.page_index(&request.page_id)?;
    let number = store.new_digits(15);
    let p = &mut store.pages[page];
    let post = Post {
        id: format!("{}_{number}", p.page.id).into(),
        page_id: p.page.id.clone(),
        message: request.message.clone().unwrap_or_default().into(),
        kind: kind.into(),
        status_type: "added_photos".into(),
        from: PostAuthor {
            id: p.page.id.clone(),
            name: p.page.name.clone(),
        },
        inserted_at: now,
        comment_count: 0,
        like_count: 0,
        phone_number_count: 0,
        is_removed: false,
        link: None,
    };
    p.posts.insert(0, post.clone());
    p.bump();
    events::post_changed(&s, &p.page.id, &post);
    Ok(ok(&SimulatedPost {
        success: true,
        post_id: post.id.to_string(),
    }))
}

async fn simulate_connect_status(State(s): St, RawBody(body): RawBody) -> ApiResult<Response> {
    let request: SimulateConnectStatus = parse_json(&body)?;
    if !["connected", "disconnected"].contains(&request.status.as_str()) {
        return Err(ApiError::invalid(
            "status",
            format!("connected or disconnected, got {:?}", request.status),
        ));
    }
    s.read().page_index(&request.page_id)?;
    events::connect_status(&s, &request.page_id, &request.status);
    Ok(ok(&Done { success: true }))
}

async fn simulate_subscription(State(s): St, RawBody(body): RawBody) -> ApiResult<Response> {
    let request: SimulateSubscription = parse_json(&body)?;
    let package = subscription_package(&s.read(), &request)?;
    events::subscription_changed(&s, &package);
    Ok(ok(&SimulatedSubscription {
        success: true,
        subscription: package,
    }))
}
