//! When to repeat a request, as a pure function.
//!
//! [`decide`] looks only at its arguments (no clock, no randomness: the jitter comes in as a number),
//! so the whole policy is pinned down by the table of tests below.
//!
//! # The decision on requests that must not be repeated blindly
//!
//! Sending a message, uploading content, adding a note, regenerating a page token and the other
//! [`Idempotency::NonIdempotent`] requests are **not** retried when the request may already have
//! reached the server: after a 5xx or a timeout, Pancake may well have delivered the message, and a
//! retry would send it to the customer twice. The caller gets the error and decides (for example by
//! listing the conversation's messages first). They **are** retried on 429 (the server refused the
//! request without acting on it) and on connection errors (the request never left the machine).
//!
//! Reads and other idempotent requests are retried on 429, 408, 500, 502, 503, 504, connection errors
//! and timeouts. Other 4xx answers are never retried: repeating them cannot change the answer.

use std::time::Duration;

/// Whether repeating a request can change the server's state a second time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idempotency {
    /// Repeating is harmless (GET, PUT, DELETE, and POSTs that set state).
    Idempotent,
    /// Repeating may act twice (sending a message, uploading, adding a note, …).
    NonIdempotent,
}

/// Classifies an operation by the spec's `x-pancake-idempotent` (RECONCILIATION B13: only the
/// POSTs that set state rather than add to it may be repeated), read from the operation table.
/// Methods other than POST and PATCH are idempotent; an unknown POST or PATCH counts as
/// non-idempotent, the safe side.
pub fn idempotency(method: &reqwest::Method, operation_id: &str) -> Idempotency {
    if *method != reqwest::Method::POST && *method != reqwest::Method::PATCH {
        return Idempotency::Idempotent;
    }
    match crate::operations::operation(operation_id) {
        Some(op) if op.idempotent => Idempotency::Idempotent,
        _ => Idempotency::NonIdempotent,
    }
}

/// What came of one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The server answered with this status.
    Status {
        /// HTTP status code.
        status: u16,
        /// The `Retry-After` header, parsed.
        retry_after: Option<Duration>,
    },
    /// The connection could not be made: the request never reached the server.
    ConnectError,
    /// The request was sent (or may have been) but no answer came in time.
    Timeout,
    /// Any other transport failure after the connection was made (reset, broken body).
    OtherTransport,
    /// Nothing was sent: the rate limiter could not give a slot.
    NotSent,
}

/// The decision for one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Send the request again after waiting this long.
    Retry {
        /// How long to wait first.
        after: Duration,
    },
    /// Stop: hand this outcome to the caller (success or final error).
    GiveUp,
}

/// The knobs of the retry policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in total, the first one included. 1 disables retries.
    pub max_attempts: u32,
    /// Backoff before the second attempt; doubled for each later one.
    pub base_delay: Duration,
    /// Ceiling of the computed backoff.
    pub max_delay: Duration,
    /// The longest `Retry-After` the client will sit out; a longer one is handed to the caller.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    /// 4 attempts, backoff 0.5 s, 1 s, 2 s (plus jitter) capped at 10 s, `Retry-After` up to 60 s.
    fn default() -> Self {
        Self {
            max_attempts: 4,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }
}

/// Decides whether to repeat a request.
///
/// - `attempt`: how many attempts were made so far (1 after the first).
/// - `jitter`: a number in `[0, 1)`; the backoff is `d/2 + jitter * d/2` for the exponential `d`, so
///   clients that failed together do not come back together. Values outside are clamped.
///
/// A `Retry-After` answer is waited out exactly (it is the server's minimum; the per-page limiter
/// spreads the retries that wake up together).
pub fn decide(
    policy: &RetryPolicy,
    attempt: u32,
    idempotency: Idempotency,
    outcome: Outcome,
    jitter: f64,
) -> Decision {
    if attempt >= policy.max_attempts {
        return Decision::GiveUp;
    }
    let may_repeat = idempotency == Idempotency::Idempotent;
    let retryable = match outcome {
        // Refused before acting, or never sent: safe for every request.
        Outcome::Status { status: 429, .. } | Outcome::ConnectError | Outcome::NotSent => true,
        Outcome::Status {
            status: 408 | 500 | 502 | 503 | 504,
            ..
        } => may_repeat,
        Outcome::Timeout | Outcome::OtherTransport => may_repeat,
        Outcome::Status { .. } => false,
    };
    if !retryable {
        return Decision::GiveUp;
    }
    if let Outcome::Status {
        retry_after: Some(after),
        ..
    } = outcome
    {
        return if after > policy.max_retry_after {
            Decision::GiveUp
        } else {
            Decision::Retry { after }
        };
    }
    Decision::Retry {
        after: backoff(policy, attempt, jitter),
    }
}

/// Exponential backoff with "equal jitter": half fixed, half random.
fn backoff(policy: &RetryPolicy, attempt: u32, jitter: f64) -> Duration {
    let exponent = attempt.saturating_sub(1).min(20);
    let full = policy
        .base_delay
        .saturating_mul(1u32 << exponent)
        .min(policy.max_delay);
    let jitter = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.0
    };
    full / 2 + (full / 2).mul_f64(jitter)
}

/// Parses a `Retry-After` header: whole seconds (what Pancake sends). An HTTP date is not
/// supported and gives `None`, which falls back to the exponential backoff.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

impl crate::Error {
    /// What came of the call, as the retry policy reads it; `None` for an error that no attempt
    /// can change (a guard rail, an invalid request, a decoding failure, a walk that cannot go on).
    ///
    /// A rate-limit refusal reads as a 429 whatever its status (Pancake also refuses in-band, with
    /// HTTP 200 and code 613). A caller that retries whole calls (as `pancake-sync` retries a
    /// result page) passes this to [`decide`], so the workspace has one retry policy.
    pub fn outcome(&self) -> Option<Outcome> {
        use crate::Error as E;
        Some(match self {
            E::RateLimited { retry_after, .. } => Outcome::Status {
                status: 429,
                retry_after: *retry_after,
            },
            E::Unauthorized { status, .. } | E::Api { status, .. } => Outcome::Status {
                status: *status,
                retry_after: None,
            },
            E::Transport { source, .. } if source.is_connect() => Outcome::ConnectError,
            E::Transport { source, .. } if source.is_timeout() => Outcome::Timeout,
            E::Transport { .. } => Outcome::OtherTransport,
            E::Limiter { .. } => Outcome::NotSent,
            _ => return None,
        })
    }

    /// Whether the same call may succeed if made again later: [`decide`] would repeat it for a
    /// read (a 429, a 408 or 5xx, a timeout, a connection or limiter failure). A refused token, a
    /// guard rail, an invalid request or any other 4xx is final, however often it is repeated.
    ///
    /// The client has already made its own attempts (see the module docs) when an error reaches
    /// you; this answers whether a later try, by you, can help. **For a write, ask
    /// [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown) first**: a send that timed
    /// out is retryable, but it may already have reached the customer.
    ///
    /// ```no_run
    /// # async fn demo(page: pancake_client::PageClient) -> pancake_client::Result<()> {
    /// let tags = loop {
    ///     match page.list_tags().execute().await {
    ///         Err(e) if e.is_retryable() => tokio::time::sleep(std::time::Duration::from_secs(30)).await,
    ///         other => break other?,
    ///     }
    /// };
    /// # let _ = tags; Ok(()) }
    /// ```
    pub fn is_retryable(&self) -> bool {
        self.outcome()
            .is_some_and(|outcome| repeats(Idempotency::Idempotent, outcome))
    }

    /// Whether a write (sending a message, uploading, adding a note, ...) that failed with this
    /// error may nevertheless have been carried out: the request may have reached the server, and
    /// no answer says what came of it (a timeout, a broken connection, a 408 or 5xx). These are
    /// exactly the failures [`decide`] repeats for a read but not for a non-idempotent request.
    ///
    /// When it is `true`, look before writing again (for a message: list the conversation's
    /// messages), or the customer may get it twice. When it is `false`, the server either refused
    /// the request without acting on it (a 429, a 4xx, a guard rail, a connection that was never
    /// made) or answered it (a decoding failure of a successful answer).
    ///
    /// ```no_run
    /// # async fn demo(page: pancake_client::PageClient) -> pancake_client::Result<()> {
    /// match page.reply_text("256469571178082_2810250135746666", "Thanks!").await {
    ///     Ok(_) => {}
    ///     Err(e) if e.is_outcome_unknown() => { /* list the messages before sending again */ }
    ///     Err(e) if e.is_retryable() => { /* not sent: safe to send again later */ }
    ///     Err(e) => return Err(e),
    /// }
    /// # Ok(()) }
    /// ```
    pub fn is_outcome_unknown(&self) -> bool {
        self.outcome().is_some_and(|outcome| {
            repeats(Idempotency::Idempotent, outcome)
                && !repeats(Idempotency::NonIdempotent, outcome)
        })
    }
}

/// Whether [`decide`] repeats a first attempt with this outcome, whatever the attempt budget and
/// however long a `Retry-After` asks to wait (the caller chooses when to come back).
fn repeats(idempotency: Idempotency, outcome: Outcome) -> bool {
    let unbounded = RetryPolicy {
        max_attempts: 2,
        max_retry_after: Duration::MAX,
        ..RetryPolicy::default()
    };
    matches!(
        decide(&unbounded, 1, idempotency, outcome, 0.0),
        Decision::Retry { .. }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use Decision::{GiveUp, Retry};
    use Idempotency::{Idempotent as I, NonIdempotent as N};

    fn status(status: u16) -> Outcome {
        Outcome::Status {
            status,
            retry_after: None,
        }
    }

    fn ms(ms: u64) -> Duration {
        Duration::from_millis(ms)
    }

    #[test]
    fn decision_table() {
        let p = RetryPolicy::default();
        let ra = |secs| Outcome::Status {
            status: 429,
            retry_after: Some(Duration::from_secs(secs)),
        };
        let cases: &[(u32, Idempotency, Outcome, f64, Decision)] = &[
            // Success and plain client errors are final.
            (1, I, status(200), 0.0, GiveUp),
            (1, I, status(400), 0.0, GiveUp),
            (1, I, status(401), 0.0, GiveUp),
            (1, I, status(404), 0.0, GiveUp),
            (1, N, status(413), 0.0, GiveUp),
            // 429: everyone retries, Retry-After wins over the backoff.
            (1, I, ra(1), 0.9, Retry { after: ms(1000) }),
            (1, N, ra(7), 0.0, Retry { after: ms(7000) }),
            (1, N, status(429), 0.0, Retry { after: ms(250) }),
            (1, I, ra(61), 0.0, GiveUp),
            (1, I, ra(60), 0.0, Retry { after: ms(60_000) }),
            // 5xx: reads retry, writes that may have landed do not.
            (1, I, status(500), 0.0, Retry { after: ms(250) }),
            (1, I, status(502), 1.0, Retry { after: ms(500) }),
            (2, I, status(503), 0.0, Retry { after: ms(500) }),
            (3, I, status(504), 0.5, Retry { after: ms(1500) }),
            (1, N, status(500), 0.0, GiveUp),
            (1, N, status(503), 0.0, GiveUp),
            (1, I, status(501), 0.0, GiveUp),
            (1, I, status(408), 0.0, Retry { after: ms(250) }),
            (1, N, status(408), 0.0, GiveUp),
            // Transport: a refused connection never reached the server.
            (1, N, Outcome::ConnectError, 0.0, Retry { after: ms(250) }),
            (1, I, Outcome::ConnectError, 0.0, Retry { after: ms(250) }),
            (1, I, Outcome::Timeout, 0.0, Retry { after: ms(250) }),
            (1, N, Outcome::Timeout, 0.0, GiveUp),
            (1, I, Outcome::OtherTransport, 0.0, Retry { after: ms(250) }),
            (1, N, Outcome::OtherTransport, 0.0, GiveUp),
            // Bounded attempts.
            (4, I, status(503), 0.0, GiveUp),
            (4, N, ra(1), 0.0, GiveUp),
            (4, I, Outcome::ConnectError, 0.0, GiveUp),
        ];
        for (i, &(attempt, idem, outcome, jitter, expected)) in cases.iter().enumerate() {
            assert_eq!(
                decide(&p, attempt, idem, outcome, jitter),
                expected,
                "case {i}: attempt {attempt}, {idem:?}, {outcome:?}, jitter {jitter}"
            );
        }
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        let p = RetryPolicy {
            max_attempts: 100,
            ..RetryPolicy::default()
        };
        let delays: Vec<Duration> = (1..=8)
            .map(|attempt| match decide(&p, attempt, I, status(503), 1.0) {
                Retry { after } => after,
                GiveUp => panic!("gave up at {attempt}"),
            })
            .collect();
        assert_eq!(
            delays,
            [500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]
                .map(ms)
                .to_vec()
        );
        // Absurd attempt numbers and jitter values neither panic nor overflow.
        assert_eq!(
            decide(&p, 99, I, status(503), f64::NAN),
            Retry { after: ms(5000) }
        );
        assert_eq!(
            decide(&p, 99, I, status(503), 7.0),
            Retry { after: ms(10_000) }
        );
    }

    #[test]
    fn no_retries_policy() {
        assert_eq!(decide(&RetryPolicy::none(), 1, I, status(503), 0.0), GiveUp);
        assert_eq!(
            decide(&RetryPolicy::none(), 1, I, Outcome::ConnectError, 0.0),
            GiveUp
        );
    }

    #[test]
    fn idempotency_by_operation() {
        use reqwest::Method;
        assert_eq!(idempotency(&Method::GET, "list_conversations"), I);
        assert_eq!(idempotency(&Method::PUT, "update_page_customer"), I);
        assert_eq!(idempotency(&Method::DELETE, "delete_customer_note"), I);
        assert_eq!(idempotency(&Method::POST, "mark_conversation_read"), I);
        assert_eq!(idempotency(&Method::POST, "update_conversation_tags"), I);
        for op in [
            "send_message",
            "upload_content",
            "add_customer_note",
            "generate_page_access_token",
            "new_op",
        ] {
            assert_eq!(idempotency(&Method::POST, op), N, "{op}");
        }
    }

    #[test]
    fn errors_say_whether_to_retry_and_whether_a_write_may_have_landed() {
        use crate::Error;
        let api = |status: u16| Error::Api {
            status,
            error_code: None,
            message: String::new(),
            url: String::new(),
        };
        let limited = |retry_after| Error::RateLimited {
            status: 429,
            error_code: Some(613),
            retry_after,
            message: String::new(),
            url: String::new(),
        };
        // (error, is_retryable, is_outcome_unknown)
        let cases: Vec<(Error, bool, bool)> = vec![
            (limited(None), true, false),
            // A wait longer than the client sits out is still worth a later try.
            (limited(Some(Duration::from_secs(3600))), true, false),
            (api(500), true, true),
            (api(503), true, true),
            (api(408), true, true),
            (api(501), false, false),
            (api(400), false, false),
            (api(200), false, false), // an in-band error: the server refused it
            (
                Error::Unauthorized {
                    status: 200,
                    error_code: Some(102),
                    message: String::new(),
                    url: String::new(),
                },
                false,
                false,
            ),
            (
                Error::Limiter {
                    page_id: "1".into(),
                    message: String::new(),
                },
                true,
                false,
            ),
            (
                Error::InvalidRequest {
                    message: String::new(),
                },
                false,
                false,
            ),
            (Error::MissingEnv { variable: "X" }, false, false),
        ];
        for (error, retryable, unknown) in cases {
            assert_eq!(error.is_retryable(), retryable, "is_retryable of {error:?}");
            assert_eq!(
                error.is_outcome_unknown(),
                unknown,
                "is_outcome_unknown of {error:?}"
            );
        }
    }

    #[test]
    fn retry_after_parsing() {
        assert_eq!(parse_retry_after("3"), Some(Duration::from_secs(3)));
        assert_eq!(parse_retry_after(" 12 "), Some(Duration::from_secs(12)));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
        assert_eq!(parse_retry_after("-1"), None);
    }
}
