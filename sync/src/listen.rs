//! Webhooks beside the polls (`pancake sync --listen ADDR`): Pancake's `conversation` and
//! `messaging` events are applied through the same versioned upsert as the polled pages, and a
//! delta poll every [`ListenOptions::interval`] brings back what the webhook missed (a dropped
//! delivery, a suspended subscription, the time the listener was down).
//!
//! - [`Listener`] binds the address first (so a taken port is an error before any work), then
//!   serves [`pancake_client::webhook::receiver`]: it answers `200` at once, drops repeated
//!   deliveries and hands events, in arrival order, to a task that applies them.
//! - An event becomes a [`Batch`] without a checkpoint ([`batch_of_event`]): the conversation it
//!   carries, versioned by its `updated_at` like a polled one, so a late or repeated event never
//!   moves a row backwards, and a poll never undoes a newer event.
//! - A webhook conversation is a summary (tag ids, no customers): the row holds it until the next
//!   poll stores the full conversation again (the poll's `since` overlap covers it).

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use pancake_client::PageClient;
use pancake_client::webhook::Event;
use pancake_client::webhook::receiver::Receiver;
use serde_json::{Value, json};

use crate::engine::{Progress, Report, SyncOptions, sync};
use crate::error::Error;
use crate::store::{Batch, ConversationRow, MessageRow, Store};

/// How `sync_and_listen` runs.
#[derive(Debug, Clone)]
pub struct ListenOptions {
    /// Where the webhook endpoint listens (`127.0.0.1:8080`, `0.0.0.0:8080`); deliveries go to
    /// `POST http://ADDR/`.
    pub addr: String,
    /// Time between the end of one delta poll and the start of the next (default 5 min, as
    /// Pancake advises a poll every 5 to 10 minutes beside the webhook).
    pub interval: Duration,
}

impl ListenOptions {
    /// Listens on `addr`, polls every 5 minutes.
    pub fn new(addr: impl Into<String>) -> Self {
        Self {
            addr: addr.into(),
            interval: Duration::from_secs(300),
        }
    }
}

/// What the listener did so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WebhookCounts {
    /// Events handed over by the receiver (repeated deliveries are dropped before).
    pub received: u64,
    /// Events whose conversation (and message) was upserted.
    pub applied: u64,
    /// Events of another page, or of a type that carries no conversation.
    pub ignored: u64,
    /// Events the store failed to apply (logged; the next poll recovers them).
    pub failed: u64,
}

#[derive(Debug, Default)]
struct Counters {
    received: AtomicU64,
    applied: AtomicU64,
    ignored: AtomicU64,
    failed: AtomicU64,
}

/// A running webhook endpoint that applies one page's events to a store. Stops when dropped.
#[derive(Debug)]
pub struct Listener {
    local_addr: SocketAddr,
    counters: Arc<Counters>,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl Listener {
    /// Binds `addr` and starts applying `page_id`'s events to `store` (with their messages when
    /// `messages`). Must run inside a Tokio runtime.
    pub async fn start<S>(
        addr: &str,
        page_id: &str,
        store: S,
        messages: bool,
    ) -> Result<Listener, Error>
    where
        S: Store + Clone + Sync + 'static,
    {
        let socket = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| Error::Listen {
                addr: addr.to_owned(),
                source,
            })?;
        let local_addr = socket.local_addr().map_err(|source| Error::Listen {
            addr: addr.to_owned(),
            source,
        })?;
        let counters = Arc::new(Counters::default());
        let handler_counters = counters.clone();
        let page_id = page_id.to_owned();
        let router = Receiver::new(move |event: Event| {
            let mut store = store.clone();
            let counters = handler_counters.clone();
            let batch = batch_of_event(&page_id, &event, messages);
            async move {
                counters.received.fetch_add(1, Ordering::SeqCst);
                let Some(batch) = batch else {
                    counters.ignored.fetch_add(1, Ordering::SeqCst);
                    return;
                };
                match store.apply(batch).await {
                    Ok(()) => counters.applied.fetch_add(1, Ordering::SeqCst),
                    Err(e) => {
                        tracing::warn!(error = %e, key = %event.dedupe_key(), "could not apply a webhook event; the next poll recovers it");
                        counters.failed.fetch_add(1, Ordering::SeqCst)
                    }
                };
            }
        })
        .into_router();
        let server = tokio::spawn(async move {
            if let Err(e) = axum::serve(socket, router).await {
                tracing::error!(error = %e, "the webhook endpoint stopped");
            }
        });
        Ok(Listener {
            local_addr,
            counters,
            server,
        })
    }

    /// The address it listens on (the port chosen when `addr` said `:0`).
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// What it did so far.
    pub fn counts(&self) -> WebhookCounts {
        let c = &self.counters;
        WebhookCounts {
            received: c.received.load(Ordering::SeqCst),
            applied: c.applied.load(Ordering::SeqCst),
            ignored: c.ignored.load(Ordering::SeqCst),
            failed: c.failed.load(Ordering::SeqCst),
        }
    }
}

/// The batch (no checkpoint) that applies `event` to page `page_id`'s rows: its conversation,
/// and with `messages` the message of a `messaging` event. `None` for another page's event or
/// one without a conversation.
pub fn batch_of_event(page_id: &str, event: &Event, messages: bool) -> Option<Batch> {
    if event.page_id() != Some(page_id) {
        return None;
    }
    let mut conversation = serde_json::to_value(event.conversation()?).ok()?;
    // The API's conversations carry tag objects, webhook summaries tag ids: store objects, so
    // `tags[].id` reads the same in every row.
    if let Some(Value::Array(tags)) = conversation.get_mut("tags") {
        for tag in tags.iter_mut() {
            if let Some(id) = tag.as_i64() {
                *tag = json!({ "id": id });
            }
        }
    }
    let row = ConversationRow::from_json(conversation)?;
    let message = match event {
        Event::Messaging(e) if messages => e
            .data
            .message
            .as_ref()
            .and_then(|m| serde_json::to_value(m).ok())
            .and_then(|m| MessageRow::from_json(&row.id, m)),
        _ => None,
    };
    Some(Batch {
        page_id: page_id.to_owned(),
        conversations: vec![row],
        messages: message.into_iter().collect(),
        state: None,
    })
}

/// What [`sync_and_listen`] reports as it runs.
#[derive(Debug)]
#[non_exhaustive]
pub enum Activity<'a> {
    /// The endpoint is up (before the first poll).
    Listening(SocketAddr),
    /// A poll stored a page, or waits before trying one again.
    Progress(&'a Progress),
    /// A poll ended; the next starts after the interval.
    Polled(&'a Report, WebhookCounts),
}

/// Receives `page`'s webhooks on `listen.addr` into `store` while it backfills (or resumes), then
/// runs a delta poll every `listen.interval`. Runs until an error stops a poll (the listener
/// stops with it); a poll that waits out rate limits or outages does so as [`sync`] does.
pub async fn sync_and_listen<S>(
    page: &PageClient,
    mut store: S,
    options: &SyncOptions,
    listen: &ListenOptions,
    mut activity: impl FnMut(Activity<'_>),
) -> Result<std::convert::Infallible, Error>
where
    S: Store + Clone + Sync + 'static,
{
    let listener = Listener::start(
        &listen.addr,
        page.page_id(),
        store.clone(),
        options.messages,
    )
    .await?;
    activity(Activity::Listening(listener.local_addr()));
    loop {
        let report = sync(page, &mut store, options, |p| {
            activity(Activity::Progress(p))
        })
        .await?;
        activity(Activity::Polled(&report, listener.counts()));
        tokio::time::sleep(listen.interval).await;
    }
}
