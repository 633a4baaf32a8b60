//! Webhook delivery, as Pancake does it (the spec's `x-webhooks` and `x-pancake-webhook-delivery`):
//! subscriptions set through `/__admin/webhooks`, events raised by every state change the API
//! makes and by simulated customer activity (`/__admin/simulate/*`), delivered asynchronously.
//!
//! - **Never slows the API.** A handler only builds the payload and pushes it on a queue (nothing
//!   at all when there is no subscription); a dispatcher task does the HTTP.
//! - **Ordered per page.** Each (subscription, page) pair is a lane delivered one attempt at a
//!   time, in the order events were raised, unless the `webhook_reorder_rate` fault says otherwise.
//!   The account's `subscription` events, which name no page, have a lane of their own.
//! - **On the mock's clock.** Delays (`webhook_delay_rate`/`webhook_delay_ms`), the suspension
//!   window and the journal's times are mock time, so a test drives them with the manual clock.
//! - **Faults** come from the same seeded dice as the API's (`PUT /__admin/faults`): drop,
//!   duplicate (the second copy with the same `request_id` or a new one, as
//!   `webhook_duplicate_request_id` says), reorder, delay.
//! - **Suspension exactly as documented**: within the spec's window, an error rate above its
//!   threshold and at least its number of failures suspend the subscription; nothing is sent
//!   (nor kept) until `POST /__admin/webhooks/enable`. No failed delivery is retried.
//! - Every attempt, drop and discard is in the journal (`GET /__admin/journal`,
//!   `webhook_deliveries`).

pub mod events;

use std::collections::{BTreeMap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::{Duration, Instant};

use bytes::Bytes;
use pancake_openapi::WebhookSuspension;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use tokio::sync::Notify;

use crate::config::DuplicateRequestId;
use crate::faults::Faults;
use crate::journal::{DeliveryEntry, Journal};
use crate::state::AppState;
use crate::time::Ts;

/// Events a lane holds before the oldest is discarded: the mock's own bound (a receiver that
/// never answers must not grow the mock without limit), far beyond what a test raises.
pub const MAX_QUEUED_PER_LANE: usize = 10_000;

/// Default delivery timeout: Pancake documents none and advises answering within 5 seconds.
pub const DEFAULT_TIMEOUT_MS: u64 = 5_000;

/// The mock's upper bound on `timeout_ms` (one minute).
pub const MAX_TIMEOUT_MS: u64 = 60_000;

/// The suspension rule of the spec's `x-pancake-webhook-delivery`.
pub fn suspension_rule() -> &'static WebhookSuspension {
    static RULE: OnceLock<WebhookSuspension> = OnceLock::new();
    RULE.get_or_init(|| {
        crate::spec::tables()
            .spec()
            .webhook_delivery()
            .expect("openapi/pancake.yaml declares x-pancake-webhook-delivery")
            .suspension
            .clone()
    })
}

/// The `event_type`s of the spec's `x-webhooks`.
pub fn event_types() -> Vec<String> {
    crate::spec::tables()
        .spec()
        .webhook_events()
        .iter()
        .map(|e| e.event_type.clone())
        .collect()
}

/// The pages an event concerns.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// One page: the envelope's `page_id`, and the page's own lane.
    Page(&'a str),
    /// Pages of the account (the `subscription` event): no `page_id` in the envelope; delivered
    /// to a subscription that takes any of them, on the account's lane.
    Account(&'a [String]),
}

impl<'a> Scope<'a> {
    /// The lane's key (and the journal's `page_id`): the page, or `""` for the account.
    fn lane(self) -> &'a str {
        match self {
            Scope::Page(page) => page,
            Scope::Account(_) => "",
        }
    }

    /// Whether a subscription to `page_ids` (all pages when `None`) takes the event.
    fn within(self, page_ids: Option<&Vec<String>>) -> bool {
        let Some(wanted) = page_ids else {
            return true;
        };
        match self {
            Scope::Page(page) => wanted.iter().any(|id| id == page),
            Scope::Account(pages) => pages.iter().any(|p| wanted.contains(p)),
        }
    }
}

/// What a subscription asks for (`PUT /__admin/webhooks` body, checked).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SubscriptionConfig {
    /// Where events are POSTed (http or https).
    pub url: String,
    /// Event types delivered; `None`: all.
    pub events: Option<Vec<String>>,
    /// Pages whose events are delivered; `None`: all.
    pub page_ids: Option<Vec<String>>,
    /// Per-attempt timeout, in real milliseconds.
    pub timeout_ms: u64,
}

/// Delivery counters of a subscription.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Counters {
    /// Events accepted for delivery (after faults: a duplicate counts twice, a drop not at all).
    pub queued: u64,
    /// Attempts made.
    pub attempts: u64,
    /// Attempts answered 2xx.
    pub delivered: u64,
    /// Attempts that failed (non-2xx, timeout, connection error).
    pub failed: u64,
    /// Events dropped by the `webhook_drop_rate` fault.
    pub dropped: u64,
    /// Events sent twice by the `webhook_duplicate_rate` fault.
    pub duplicated: u64,
    /// Events moved ahead by the `webhook_reorder_rate` fault.
    pub reordered: u64,
    /// Events held back by the `webhook_delay_rate` fault.
    pub delayed: u64,
    /// Events not sent because the subscription was suspended, or a lane was over its bound.
    pub discarded: u64,
}

/// A subscription as `GET /__admin/webhooks` shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SubscriptionView {
    /// What it asks for.
    #[serde(flatten)]
    pub config: SubscriptionConfig,
    /// Whether deliveries are suspended (until `POST /__admin/webhooks/enable`).
    pub suspended: bool,
    /// When it was suspended (mock time).
    pub suspended_at: Option<Ts>,
    /// Counters since it was created.
    pub counters: Counters,
    /// Attempts within the current suspension window.
    pub window_attempts: u64,
    /// Failures within the current suspension window.
    pub window_failures: u64,
    /// Events waiting in its lanes.
    pub pending: usize,
}

/// One event waiting in a lane.
#[derive(Debug, Clone)]
struct Pending {
    event_id: String,
    /// The first copy's `event_id`, when this is a duplicate sent with a new one.
    duplicate_of: Option<String>,
    event_type: String,
    page_id: String,
    body: Bytes,
    due: Ts,
}

#[derive(Debug, Default)]
struct Lane {
    queue: VecDeque<Pending>,
    busy: bool,
}

#[derive(Debug)]
struct Subscription {
    id: u64,
    config: SubscriptionConfig,
    counters: Counters,
    /// Attempts and failures per mock-clock second, oldest first, within the window.
    window: VecDeque<(i64, u64, u64)>,
    suspended_at: Option<Ts>,
}

impl Subscription {
    fn wants(&self, scope: Scope<'_>, event_type: &str) -> bool {
        self.suspended_at.is_none()
            && self
                .config
                .events
                .as_ref()
                .is_none_or(|e| e.iter().any(|t| t == event_type))
            && scope.within(self.config.page_ids.as_ref())
    }

    fn prune(&mut self, now: Ts, window_secs: i64) {
        let oldest = now.secs() - window_secs;
        while self.window.front().is_some_and(|(s, _, _)| *s <= oldest) {
            self.window.pop_front();
        }
    }

    fn window_totals(&self) -> (u64, u64) {
        self.window
            .iter()
            .fold((0, 0), |(a, f), (_, da, df)| (a + da, f + df))
    }

    fn view(&self, now: Ts, pending: usize) -> SubscriptionView {
        let mut copy = self.window.clone();
        let oldest = now.secs() - i64::from(suspension_rule().window_seconds);
        copy.retain(|(s, _, _)| *s > oldest);
        let (window_attempts, window_failures) = copy
            .iter()
            .fold((0, 0), |(a, f), (_, da, df)| (a + da, f + df));
        SubscriptionView {
            config: self.config.clone(),
            suspended: self.suspended_at.is_some(),
            suspended_at: self.suspended_at,
            counters: self.counters.clone(),
            window_attempts,
            window_failures,
            pending,
        }
    }
}

#[derive(Debug, Default)]
struct Inner {
    subscriptions: Vec<Subscription>,
    lanes: BTreeMap<(u64, String), Lane>,
    next_subscription: u64,
}

impl Inner {
    fn discard_lanes_of(&mut self, id: u64) -> Vec<Pending> {
        let mut discarded = Vec::new();
        for ((sub, _), lane) in self.lanes.iter_mut() {
            if *sub == id {
                discarded.extend(lane.queue.drain(..));
            }
        }
        discarded
    }
}

/// One attempt handed to a delivery task.
#[derive(Debug)]
struct Attempt {
    subscription: u64,
    url: String,
    timeout_ms: u64,
    pending: Pending,
}

/// Subscriptions, lanes and the dispatcher.
#[derive(Debug)]
pub struct Webhooks {
    /// Whether any subscription exists: the API's fast path reads only this.
    active: AtomicBool,
    inner: Mutex<Inner>,
    wake: Notify,
    dispatcher: AtomicBool,
    next_event: AtomicU64,
    http: OnceLock<reqwest::Client>,
}

impl Default for Webhooks {
    fn default() -> Self {
        Webhooks {
            active: AtomicBool::new(false),
            inner: Mutex::new(Inner::default()),
            wake: Notify::new(),
            dispatcher: AtomicBool::new(false),
            next_event: AtomicU64::new(0),
            http: OnceLock::new(),
        }
    }
}

impl Webhooks {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether any subscription exists (when not, raising an event costs nothing).
    pub fn active(&self) -> bool {
        self.active.load(Ordering::Relaxed)
    }

    /// Adds a subscription, or replaces the one with the same URL (its counters start again).
    pub fn subscribe(&self, state: &Arc<AppState>, config: SubscriptionConfig) -> SubscriptionView {
        let mut inner = self.lock();
        let id = inner.next_subscription;
        inner.next_subscription += 1;
        if let Some(old) = inner
            .subscriptions
            .iter()
            .position(|s| s.config.url == config.url)
        {
            let old_id = inner.subscriptions.remove(old).id;
            inner.discard_lanes_of(old_id);
            inner.lanes.retain(|(sub, _), _| *sub != old_id);
        }
        let subscription = Subscription {
            id,
            config,
            counters: Counters::default(),
            window: VecDeque::new(),
            suspended_at: None,
        };
        let view = subscription.view(state.clock.now(), 0);
        inner.subscriptions.push(subscription);
        self.active.store(true, Ordering::Relaxed);
        drop(inner);
        self.start_dispatcher(state);
        view
    }

    /// Every subscription.
    pub fn list(&self, now: Ts) -> Vec<SubscriptionView> {
        let inner = self.lock();
        inner
            .subscriptions
            .iter()
            .map(|s| {
                let pending = inner
                    .lanes
                    .iter()
                    .filter(|((sub, _), _)| *sub == s.id)
                    .map(|(_, lane)| lane.queue.len())
                    .sum();
                s.view(now, pending)
            })
            .collect()
    }

    /// Removes the subscription of `url` (every one when `None`); how many were removed.
    pub fn unsubscribe(&self, url: Option<&str>) -> usize {
        let mut inner = self.lock();
        let gone: Vec<u64> = inner
            .subscriptions
            .iter()
            .filter(|s| url.is_none_or(|u| s.config.url == u))
            .map(|s| s.id)
            .collect();
        inner.subscriptions.retain(|s| !gone.contains(&s.id));
        inner.lanes.retain(|(sub, _), _| !gone.contains(sub));
        self.active
            .store(!inner.subscriptions.is_empty(), Ordering::Relaxed);
        gone.len()
    }

    /// Re-enables the suspended subscription of `url` (every one when `None`), forgetting its
    /// window; how many matched.
    pub fn enable(&self, url: Option<&str>) -> usize {
        let mut inner = self.lock();
        let mut matched = 0;
        for s in inner
            .subscriptions
            .iter_mut()
            .filter(|s| url.is_none_or(|u| s.config.url == u))
        {
            matched += 1;
            s.suspended_at = None;
            s.window.clear();
        }
        matched
    }

    /// Raises one event: builds the envelope and queues it for every subscription that wants it,
    /// rolling the webhook faults. Returns at once; nothing happens without a subscription.
    pub fn emit(
        &self,
        now: Ts,
        faults: &Faults,
        journal: &Journal,
        scope: Scope<'_>,
        event_type: &str,
        data: Value,
    ) {
        if !self.active() {
            return;
        }
        let n = self.next_event.fetch_add(1, Ordering::Relaxed) + 1;
        let event_id = format!("00000000-0000-4000-8000-{n:012x}");
        let mut body = json!({
            "event_type": event_type,
            "request_id": event_id,
            "timestamp": now.secs(),
            "data": data,
        });
        if let Scope::Page(page_id) = scope {
            body["page_id"] = json!(page_id);
        }
        let page_id = scope.lane();
        let envelope = body;
        let body = Bytes::from(serde_json::to_vec(&envelope).unwrap_or_default());
        let mut inner = self.lock();
        let Inner {
            subscriptions,
            lanes,
            ..
        } = &mut *inner;
        let mut queued_any = false;
        for s in subscriptions
            .iter_mut()
            .filter(|s| s.wants(scope, event_type))
        {
            let fate = faults.roll_webhook();
            let pending = Pending {
                event_id: event_id.clone(),
                duplicate_of: None,
                event_type: event_type.to_owned(),
                page_id: page_id.to_owned(),
                body: body.clone(),
                due: Ts(now.0 + fate.delay_ms as i64 * 1000),
            };
            if fate.drop {
                s.counters.dropped += 1;
                journal.record_delivery(entry(now, &pending, &s.config.url, "dropped"));
                continue;
            }
            if fate.delay_ms > 0 {
                s.counters.delayed += 1;
            }
            let lane = lanes.entry((s.id, page_id.to_owned())).or_default();
            let mut copies = vec![pending.clone()];
            if fate.duplicate {
                s.counters.duplicated += 1;
                let mut copy = pending.clone();
                if faults.config().webhook_duplicate_request_id == DuplicateRequestId::New {
                    let n = self.next_event.fetch_add(1, Ordering::Relaxed) + 1;
                    copy.duplicate_of = Some(copy.event_id.clone());
                    copy.event_id = format!("00000000-0000-4000-8000-{n:012x}");
                    let mut again = envelope.clone();
                    again["request_id"] = json!(copy.event_id);
                    copy.body = Bytes::from(serde_json::to_vec(&again).unwrap_or_default());
                }
                copies.push(copy);
            }
            for pending in copies {
                if fate.reorder && !lane.queue.is_empty() {
                    s.counters.reordered += 1;
                    let at = lane.queue.len() - 1;
                    lane.queue.insert(at, pending);
                } else {
                    lane.queue.push_back(pending);
                }
                s.counters.queued += 1;
                if lane.queue.len() > MAX_QUEUED_PER_LANE
                    && let Some(old) = lane.queue.pop_front()
                {
                    s.counters.discarded += 1;
                    journal.record_delivery(entry(
                        now,
                        &old,
                        &s.config.url,
                        "discarded: lane full",
                    ));
                }
            }
            queued_any = true;
        }
        drop(inner);
        if queued_any {
            self.wake.notify_one();
        }
    }

    fn start_dispatcher(&self, state: &Arc<AppState>) {
        if self.dispatcher.swap(true, Ordering::SeqCst) {
            return;
        }
        tokio::spawn(dispatch(Arc::downgrade(state)));
    }

    /// Takes the first due event of every idle lane; also says whether events wait for later.
    fn take_ready(&self, now: Ts) -> (Vec<Attempt>, bool) {
        let mut inner = self.lock();
        let Inner {
            subscriptions,
            lanes,
            ..
        } = &mut *inner;
        let mut ready = Vec::new();
        let mut waiting = false;
        for ((sub, _), lane) in lanes.iter_mut() {
            if lane.busy || lane.queue.is_empty() {
                continue;
            }
            if lane.queue.front().is_some_and(|p| p.due > now) {
                waiting = true;
                continue;
            }
            let Some(s) = subscriptions.iter().find(|s| s.id == *sub) else {
                continue;
            };
            if let Some(pending) = lane.queue.pop_front() {
                lane.busy = true;
                ready.push(Attempt {
                    subscription: s.id,
                    url: s.config.url.clone(),
                    timeout_ms: s.config.timeout_ms,
                    pending,
                });
            }
        }
        (ready, waiting)
    }

    /// Records an attempt's outcome, applies the suspension rule and frees the lane.
    fn finish(&self, state: &AppState, attempt: Attempt, outcome: Outcome) {
        let now = state.clock.now();
        let rule = suspension_rule();
        let window = i64::from(rule.window_seconds);
        let mut inner = self.lock();
        if let Some(lane) = inner
            .lanes
            .get_mut(&(attempt.subscription, attempt.pending.page_id.clone()))
        {
            lane.busy = false;
        }
        let mut discarded = Vec::new();
        if let Some(s) = inner
            .subscriptions
            .iter_mut()
            .find(|s| s.id == attempt.subscription)
        {
            s.counters.attempts += 1;
            let failed = !outcome.ok;
            if failed {
                s.counters.failed += 1;
            } else {
                s.counters.delivered += 1;
            }
            let second = now.secs();
            match s.window.back_mut() {
                Some((at, a, f)) if *at == second => {
                    *a += 1;
                    *f += u64::from(failed);
                }
                _ => s.window.push_back((second, 1, u64::from(failed))),
            }
            s.prune(now, window);
            let (attempts, failures) = s.window_totals();
            if failed && s.suspended_at.is_none() && rule.trips(attempts, failures) {
                s.suspended_at = Some(now);
                tracing::warn!(
                    url = %s.config.url, attempts, failures,
                    "webhook suspended: error rate and failures over the documented limits"
                );
                discarded.push(s.id);
            }
        }
        let dropped: Vec<(String, Pending)> = discarded
            .into_iter()
            .flat_map(|id| inner.discard_lanes_of(id))
            .map(|p| (attempt.url.clone(), p))
            .collect();
        if !dropped.is_empty()
            && let Some(s) = inner
                .subscriptions
                .iter_mut()
                .find(|s| s.id == attempt.subscription)
        {
            s.counters.discarded += dropped.len() as u64;
        }
        drop(inner);
        let mut record = entry(now, &attempt.pending, &attempt.url, outcome.label());
        record.status = outcome.status;
        record.error = outcome.error;
        record.latency_us = outcome.latency.as_micros() as u64;
        state.journal.record_delivery(record);
        for (url, p) in dropped {
            state
                .journal
                .record_delivery(entry(now, &p, &url, "discarded: suspended"));
        }
        self.wake.notify_one();
    }

    fn client(&self) -> &reqwest::Client {
        self.http.get_or_init(|| {
            reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap_or_default()
        })
    }
}

fn entry(now: Ts, p: &Pending, url: &str, outcome: &str) -> DeliveryEntry {
    DeliveryEntry {
        seq: 0,
        at_ms: now.millis(),
        event_id: p.event_id.clone(),
        duplicate_of: p.duplicate_of.clone(),
        event_type: p.event_type.clone(),
        page_id: p.page_id.clone(),
        url: url.to_owned(),
        outcome: outcome.to_owned(),
        status: None,
        error: None,
        latency_us: 0,
    }
}

#[derive(Debug)]
struct Outcome {
    ok: bool,
    status: Option<u16>,
    error: Option<String>,
    latency: Duration,
}

impl Outcome {
    fn label(&self) -> &'static str {
        if self.ok { "delivered" } else { "failed" }
    }
}

/// The dispatcher: starts every due attempt, then sleeps until woken (a new event, a finished
/// attempt) or, while delayed events wait for the mock clock, for a few milliseconds. Holds the
/// state weakly, so it ends soon after the mock is dropped.
async fn dispatch(state: Weak<AppState>) {
    loop {
        let Some(strong) = state.upgrade() else {
            return;
        };
        let now = strong.clock.now();
        let (ready, waiting) = strong.webhooks.take_ready(now);
        for attempt in ready {
            tokio::spawn(deliver(Arc::downgrade(&strong), attempt));
        }
        let pause = if waiting {
            Duration::from_millis(5)
        } else {
            Duration::from_millis(250)
        };
        let woken = strong.webhooks.wake.notified();
        tokio::pin!(woken);
        let _ = tokio::time::timeout(pause, woken).await;
    }
}

async fn deliver(state: Weak<AppState>, attempt: Attempt) {
    let client = match state.upgrade() {
        Some(s) => s.webhooks.client().clone(),
        None => return,
    };
    let started = Instant::now();
    let sent = client
        .post(&attempt.url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .timeout(Duration::from_millis(attempt.timeout_ms))
        .body(attempt.pending.body.clone())
        .send()
        .await;
    let outcome = match sent {
        Ok(response) => {
            let status = response.status();
            // Read the (small) answer so the connection goes back to the pool.
            let _ = response.bytes().await;
            Outcome {
                ok: status.is_success(),
                status: Some(status.as_u16()),
                error: None,
                latency: started.elapsed(),
            }
        }
        Err(e) => Outcome {
            ok: false,
            status: None,
            error: Some(if e.is_timeout() {
                format!("timed out after {} ms", attempt.timeout_ms)
            } else if e.is_connect() {
                "connection error".to_owned()
            } else {
                e.without_url().to_string()
            }),
            latency: started.elapsed(),
        },
    };
    if let Some(state) = state.upgrade() {
        state.webhooks.finish(&state, attempt, outcome);
    }
}
