//! An axum endpoint for Pancake's webhook deliveries (feature `webhook-receiver`).
//!
//! Pancake suspends an endpoint that fails too often (non-2xx, timeouts: see the spec's
//! `x-pancake-webhook-delivery`), and advises to answer at once and process asynchronously. The
//! router does exactly that: it decodes the body, drops repeats ([`super::Dedupe`]), puts the
//! event on a bounded queue and answers `200` without waiting for the handler. One task runs the
//! handler on each queued event in arrival order.
//!
//! When the queue is full the delivery is answered `503` at once (so a slow handler never makes
//! Pancake's requests hang); the event is lost for this endpoint, and the delta poll that every
//! integration runs beside its webhook (`list_conversations` with `since`) brings the change back.
//! A body that is not a webhook event gets `400` naming the field.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use pancake_client::webhook::{Event, receiver::Receiver};
//!
//! let app = Receiver::new(|event: Event| async move {
//!     println!("{} on page {:?}", event.event_type(), event.page_id());
//! })
//! .queue_capacity(1024)
//! .into_router();
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
//! axum::serve(listener, app).await
//! # }
//! ```

use std::future::Future;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use tokio::sync::mpsc;

use super::{Dedupe, Event};

/// Builds the webhook endpoint; see the module documentation.
pub struct Receiver<H> {
    handler: H,
    queue_capacity: usize,
    dedupe_capacity: usize,
}

impl<H, F> Receiver<H>
where
    H: FnMut(Event) -> F + Send + 'static,
    F: Future<Output = ()> + Send + 'static,
{
    /// A receiver that runs `handler` on every new event (queue of 1,024, 10,000 dedupe keys).
    pub fn new(handler: H) -> Self {
        Receiver {
            handler,
            queue_capacity: 1024,
            dedupe_capacity: 10_000,
        }
    }

    /// Events waiting for the handler before deliveries are refused with 503 (at least 1).
    pub fn queue_capacity(mut self, capacity: usize) -> Self {
        self.queue_capacity = capacity.max(1);
        self
    }

    /// How many recent dedupe keys are remembered to drop repeated deliveries (at least 1).
    pub fn dedupe_capacity(mut self, capacity: usize) -> Self {
        self.dedupe_capacity = capacity.max(1);
        self
    }

    /// The router: `POST /` takes deliveries (nest it where the webhook URL points). Spawns the
    /// handler's task, so it must be called inside a Tokio runtime; the task ends when the router
    /// is dropped and the queue is drained.
    pub fn into_router(self) -> Router {
        let (tx, mut rx) = mpsc::channel::<Event>(self.queue_capacity);
        let mut handler = self.handler;
        tokio::spawn(async move {
            while let Some(event) = rx.recv().await {
                handler(event).await;
            }
        });
        let state = Arc::new(Shared {
            queue: tx,
            dedupe: Mutex::new(Dedupe::new(self.dedupe_capacity)),
        });
        Router::new().route("/", post(deliver)).with_state(state)
    }
}

struct Shared {
    queue: mpsc::Sender<Event>,
    dedupe: Mutex<Dedupe>,
}

async fn deliver(State(shared): State<Arc<Shared>>, body: Bytes) -> Response {
    let event = match Event::from_slice(&body) {
        Ok(event) => event,
        Err(e) => {
            tracing::warn!(error = %e, "refused a webhook delivery");
            return (StatusCode::BAD_REQUEST, e.to_string()).into_response();
        }
    };
    let fresh = shared
        .dedupe
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .first_time(&event);
    if !fresh {
        tracing::debug!(key = %event.dedupe_key(), "dropped a repeated webhook delivery");
        return StatusCode::OK.into_response();
    }
    match shared.queue.try_send(event) {
        Ok(()) => StatusCode::OK.into_response(),
        Err(mpsc::error::TrySendError::Full(event)) => {
            // Not handled: a redelivery of it must not be taken for a repeat.
            shared
                .dedupe
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .forget(&event);
            tracing::warn!(key = %event.dedupe_key(), "webhook queue full: delivery refused");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "the webhook queue is full; the handler is behind",
            )
                .into_response()
        }
        Err(mpsc::error::TrySendError::Closed(_)) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "the webhook handler has stopped",
        )
            .into_response(),
    }
}
