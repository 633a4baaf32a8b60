//! The per-call context: what the hooks learn about one call, handed to the call site as one typed
//! value.
//!
//! Progenitor's generated `send()` gives the hooks only the request and the operation id, and gives
//! its caller only its own `Error`: a refused guard rail, a limiter that gave no slot, the real
//! status of an in-band error and the redacted URL have no place in either. So the call site
//! ([`crate::call`], [`crate::raw`]) runs the call inside [`run`], the hooks ([`crate::hooks`])
//! write what they learn into the [`CallContext`] of the call in flight, and the call site reads it
//! when the call is over. Nothing travels in headers or in strings. The one rewrite left on the
//! answer itself is the in-band error (HTTP 200 with `success: false`), handed on as a 400 so that
//! progenitor's code can never take it for a success (ARCHITECTURE.md, "The one deliberate detour").

use std::future::Future;
use std::sync::{Arc, Mutex};

use crate::error::Error;
use crate::guard::GuardRail;

/// What the hooks learned about one call.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct CallContext {
    /// The request URL, tokens redacted (empty until the request is sent).
    pub(crate) url: String,
    /// The HTTP status of the last answer as the server sent it (200 for an in-band error, which
    /// reaches progenitor's code as a 400); `None` when no answer came.
    pub(crate) status: Option<u16>,
    /// Why the call was stopped before anything was sent, if it was.
    pub(crate) refusal: Option<Refusal>,
}

/// A call stopped before anything was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// A guard rail ([`crate::guard`]).
    GuardRail(GuardRail),
    /// The handle has no token for the operation.
    MissingToken(String),
    /// The rate limiter could not give the page a slot.
    Limiter {
        /// The page.
        page_id: String,
        /// The limiter's error.
        message: String,
    },
}

impl Refusal {
    /// The crate's error for this refusal.
    pub(crate) fn into_error(self) -> Error {
        match self {
            Refusal::GuardRail(rail) => Error::GuardRail(rail),
            Refusal::MissingToken(message) => Error::InvalidRequest { message },
            Refusal::Limiter { page_id, message } => Error::Limiter { page_id, message },
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::GuardRail(rail) => rail.fmt(f),
            Refusal::MissingToken(message) => f.write_str(message),
            Refusal::Limiter { page_id, message } => {
                write!(f, "the rate limiter gave page {page_id} no slot: {message}")
            }
        }
    }
}

tokio::task_local! {
    /// The context of the call in flight in this task (see [`run`]).
    static CURRENT: Arc<Mutex<CallContext>>;
}

/// Runs one call and returns its outcome with the context the hooks wrote while it ran.
pub(crate) async fn run<F: Future>(call: F) -> (F::Output, CallContext) {
    let slot = Arc::new(Mutex::new(CallContext::default()));
    let output = CURRENT.scope(slot.clone(), call).await;
    let context = std::mem::take(&mut *slot.lock().unwrap_or_else(|e| e.into_inner()));
    (output, context)
}

/// Writes into the context of the call in flight. Outside [`run`] (progenitor's `send()` called
/// directly, which only this crate can do) there is none, and nothing is written.
pub(crate) fn record(write: impl FnOnce(&mut CallContext)) {
    let _ = CURRENT.try_with(|slot| write(&mut slot.lock().unwrap_or_else(|e| e.into_inner())));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn each_call_reads_its_own_context() {
        let (a, b) = tokio::join!(
            run(async {
                record(|c| c.status = Some(200));
                tokio::task::yield_now().await;
                record(|c| c.url = "a".into());
                1
            }),
            run(async {
                record(|c| c.status = Some(503));
                2
            }),
        );
        assert_eq!((a.0, a.1.status, a.1.url.as_str()), (1, Some(200), "a"));
        assert_eq!((b.0, b.1.status, b.1.url.as_str()), (2, Some(503), ""));
        // Outside a call, nothing is written and nothing fails.
        record(|c| c.status = Some(1));
    }
}
