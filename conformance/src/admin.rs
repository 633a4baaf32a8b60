//! The mock's admin API (`/__admin`): fixtures summary, reset, clock, faults, webhook
//! subscriptions and simulated customer activity.
//!
//! Only used when the target is a `pancake-mock`; every route the suite relies on is named here,
//! once.

use std::time::Duration;

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use url::Url;

/// A handle on a mock's admin API.
#[derive(Debug, Clone)]
pub struct Admin {
    root: Url,
    client: reqwest::Client,
    token: Option<String>,
}

/// One page of `GET /__admin/fixtures`.
#[derive(Debug, Clone, Deserialize)]
pub struct FixturePage {
    /// Page id.
    pub id: String,
    /// Platform (`facebook`, `shopee`, ...).
    #[serde(default)]
    pub platform: String,
    /// Its current page access token.
    pub page_access_token: String,
    /// How many conversations it has.
    #[serde(default)]
    pub conversations: usize,
}

/// `GET /__admin/fixtures`: the tokens and pages of the mock.
#[derive(Debug, Clone, Deserialize)]
pub struct FixtureSummary {
    /// The user access token.
    pub access_token: String,
    /// The pages.
    pub pages: Vec<FixturePage>,
}

impl Admin {
    /// The admin API of the mock whose API base URL is `base_url` (`http://HOST:PORT/api`):
    /// `/__admin` sits at the root of the same origin.
    pub fn for_base_url(base_url: &Url) -> anyhow::Result<Admin> {
        let root = base_url
            .join("/__admin/")
            .with_context(|| format!("cannot derive the admin URL from {base_url}"))?;
        Ok(Admin {
            root,
            client: crate::http::raw_client(),
            token: None,
        })
    }

    /// Sends `Authorization: Bearer TOKEN` (a mock bound beyond loopback requires it).
    pub fn with_token(mut self, token: impl Into<String>) -> Admin {
        self.token = Some(token.into());
        self
    }

    fn url(&self, path: &str) -> anyhow::Result<Url> {
        self.root
            .join(path)
            .with_context(|| format!("bad admin path {path}"))
    }

    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> anyhow::Result<Value> {
        let url = self.url(path)?;
        let mut request = self.client.request(method.clone(), url);
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request
            .send()
            .await
            .map_err(|e| anyhow::anyhow!("{method} /__admin/{path} failed: {}", e.without_url()))?;
        let status = response.status();
        let text = response.text().await.unwrap_or_default();
        if !status.is_success() {
            bail!(
                "{method} /__admin/{path} answered {status}: {}",
                pancake_client::redact::redact_text(&text)
            );
        }
        Ok(serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    /// `GET /__admin/fixtures`.
    pub async fn fixtures(&self) -> anyhow::Result<FixtureSummary> {
        let value = self.call(reqwest::Method::GET, "fixtures", None).await?;
        serde_json::from_value(value).context(
            "GET /__admin/fixtures did not answer the fixture summary (is this a pancake-mock?)",
        )
    }

    /// `GET /__admin/fixtures/full`: every fixture, as JSON.
    pub async fn full_fixtures(&self) -> anyhow::Result<Value> {
        self.call(reqwest::Method::GET, "fixtures/full", None).await
    }

    /// The mock clock's current time, Unix seconds (`GET /__admin/clock`).
    pub async fn now_secs(&self) -> anyhow::Result<i64> {
        let state = self.call(reqwest::Method::GET, "clock", None).await?;
        let millis = state["now_ms"]
            .as_i64()
            .context("GET /__admin/clock answered no `now_ms`")?;
        Ok(millis.div_euclid(1000))
    }

    /// Whether an admin API answers at all (tells a mock from another server).
    pub async fn is_reachable(&self) -> bool {
        self.fixtures().await.is_ok()
    }

    /// `POST /__admin/reset`: back to the base fixtures, buckets full.
    pub async fn reset(&self) -> anyhow::Result<()> {
        self.call(reqwest::Method::POST, "reset", None)
            .await
            .map(drop)
    }

    /// Replaces the fixtures (`PUT /__admin/fixtures`) with a full fixture document.
    pub async fn load_fixtures(&self, fixtures: &Value) -> anyhow::Result<()> {
        self.call(reqwest::Method::PUT, "fixtures", Some(fixtures.clone()))
            .await
            .map(drop)
    }

    /// Moves the mock clock forward.
    pub async fn advance_clock(&self, by: Duration) -> anyhow::Result<()> {
        // Rounded up: advancing too little would leave a bucket short of a token.
        let millis = i64::try_from(by.as_micros().div_ceil(1000)).unwrap_or(i64::MAX);
        self.call(
            reqwest::Method::POST,
            "clock/advance",
            Some(json!({ "millis": millis })),
        )
        .await
        .map(drop)
    }

    /// Puts the mock clock in manual (`true`) or system mode.
    pub async fn set_manual_clock(&self, manual: bool) -> anyhow::Result<()> {
        let mode = if manual { "manual" } else { "system" };
        self.call(reqwest::Method::PUT, "clock", Some(json!({ "mode": mode })))
            .await
            .map(drop)
    }

    /// Sets the per-page rate limit (`None`: off).
    pub async fn set_rate_limit(&self, limit: Option<(u32, u32)>) -> anyhow::Result<()> {
        let body = match limit {
            Some((requests, per_seconds)) => {
                json!({ "requests": requests, "per_seconds": per_seconds })
            }
            None => json!({ "off": true }),
        };
        self.call(reqwest::Method::PUT, "rate_limit", Some(body))
            .await
            .map(drop)
    }

    /// Sets injected faults (`error_rate` 0..1 answered with `status`).
    pub async fn set_faults(&self, error_rate: f64, status: u16, seed: u64) -> anyhow::Result<()> {
        self.call(
            reqwest::Method::PUT,
            "faults",
            Some(json!({ "error_rate": error_rate, "status": status, "seed": seed })),
        )
        .await
        .map(drop)
    }

    /// `PUT /__admin/webhooks`: subscribes `subscription.url` (replacing its earlier
    /// subscription, counters included).
    pub async fn subscribe_webhook(
        &self,
        subscription: &WebhookSubscribe,
    ) -> anyhow::Result<WebhookSubscription> {
        let body = serde_json::to_value(subscription)?;
        let value = self
            .call(reqwest::Method::PUT, "webhooks", Some(body))
            .await?;
        serde_json::from_value(value).context("PUT /__admin/webhooks answered no subscription")
    }

    /// `GET /__admin/webhooks`: every subscription with its counters and suspension state.
    pub async fn webhooks(&self) -> anyhow::Result<Vec<WebhookSubscription>> {
        let value = self.call(reqwest::Method::GET, "webhooks", None).await?;
        serde_json::from_value(value["subscriptions"].clone())
            .context("GET /__admin/webhooks answered no `subscriptions`")
    }

    /// `DELETE /__admin/webhooks[?url=URL]`: removes one subscription (all when `None`);
    /// how many were removed.
    pub async fn unsubscribe_webhooks(&self, url: Option<&str>) -> anyhow::Result<u64> {
        let path = match url {
            Some(url) => format!("webhooks?url={}", encode(url)),
            None => "webhooks".to_owned(),
        };
        let value = self.call(reqwest::Method::DELETE, &path, None).await?;
        Ok(value["removed"].as_u64().unwrap_or(0))
    }

    /// `POST /__admin/webhooks/enable`: re-enables a suspended subscription (all when `None`).
    pub async fn enable_webhooks(&self, url: Option<&str>) -> anyhow::Result<u64> {
        let value = self
            .call(
                reqwest::Method::POST,
                "webhooks/enable",
                Some(json!({ "url": url })),
            )
            .await?;
        Ok(value["enabled"].as_u64().unwrap_or(0))
    }

    /// Waits until every subscription has attempted (or discarded) every queued event: the
    /// moment a test may compare what a receiver got with the mock's state.
    pub async fn webhooks_settled(&self, timeout: Duration) -> anyhow::Result<()> {
        let start = std::time::Instant::now();
        loop {
            let subscriptions = self.webhooks().await?;
            let settled = subscriptions.iter().all(|s| {
                s.pending == 0 && s.counters.attempts + s.counters.discarded == s.counters.queued
            });
            if settled {
                return Ok(());
            }
            if start.elapsed() > timeout {
                bail!("webhook deliveries not finished after {timeout:?}: {subscriptions:?}");
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// `GET /__admin/journal`'s `webhook_deliveries`: every attempt, drop and discard.
    pub async fn webhook_deliveries(&self) -> anyhow::Result<Vec<Value>> {
        let value = self.call(reqwest::Method::GET, "journal", None).await?;
        Ok(value["webhook_deliveries"]
            .as_array()
            .cloned()
            .unwrap_or_default())
    }

    /// Sets the webhook faults (`PUT /__admin/faults`: replaces every fault setting, so API
    /// faults are off).
    pub async fn set_webhook_faults(&self, faults: &WebhookFaults) -> anyhow::Result<()> {
        let body = json!({
            "seed": faults.seed,
            "webhook_drop_rate": faults.drop_rate,
            "webhook_duplicate_rate": faults.duplicate_rate,
            "webhook_reorder_rate": faults.reorder_rate,
            "webhook_delay_rate": faults.delay_rate,
            "webhook_delay_ms": faults.delay_ms,
        });
        self.call(reqwest::Method::PUT, "faults", Some(body))
            .await
            .map(drop)
    }

    /// `POST /__admin/simulate/message`: a customer writes (to `conversation_id`, or in a new
    /// inbox conversation).
    pub async fn simulate_message(
        &self,
        page_id: &str,
        conversation_id: Option<&str>,
        text: &str,
    ) -> anyhow::Result<SimulatedMessage> {
        let body = json!({ "page_id": page_id, "conversation_id": conversation_id, "text": text });
        let value = self
            .call(reqwest::Method::POST, "simulate/message", Some(body))
            .await?;
        serde_json::from_value(value).context("POST /__admin/simulate/message answered no ids")
    }

    /// `POST /__admin/simulate/comment`: a customer comments under `post_id`.
    pub async fn simulate_comment(
        &self,
        page_id: &str,
        post_id: &str,
        text: &str,
    ) -> anyhow::Result<SimulatedMessage> {
        let body = json!({ "page_id": page_id, "post_id": post_id, "text": text });
        let value = self
            .call(reqwest::Method::POST, "simulate/comment", Some(body))
            .await?;
        serde_json::from_value(value).context("POST /__admin/simulate/comment answered no ids")
    }

    /// `POST /__admin/simulate/post`: the page publishes a post; its id.
    pub async fn simulate_post(&self, page_id: &str, message: &str) -> anyhow::Result<String> {
        let body = json!({ "page_id": page_id, "message": message });
        let value = self
            .call(reqwest::Method::POST, "simulate/post", Some(body))
            .await?;
        value["post_id"]
            .as_str()
            .map(str::to_owned)
            .context("POST /__admin/simulate/post answered no `post_id`")
    }

    /// `POST /__admin/simulate/connect_status`: the page is `connected` or `disconnected`.
    pub async fn simulate_connect_status(&self, page_id: &str, status: &str) -> anyhow::Result<()> {
        let body = json!({ "page_id": page_id, "status": status });
        self.call(reqwest::Method::POST, "simulate/connect_status", Some(body))
            .await
            .map(drop)
    }

    /// `POST /__admin/simulate/subscription`: the account's subscription package changed; the
    /// package as the `subscription` event carries it.
    pub async fn simulate_subscription(
        &self,
        change: &SubscriptionChange,
    ) -> anyhow::Result<Value> {
        let body = serde_json::to_value(change)?;
        let value = self
            .call(reqwest::Method::POST, "simulate/subscription", Some(body))
            .await?;
        value
            .get("subscription")
            .cloned()
            .context("POST /__admin/simulate/subscription answered no `subscription`")
    }
}

fn encode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// `PUT /__admin/webhooks` body.
#[derive(Debug, Clone, Default, Serialize)]
pub struct WebhookSubscribe {
    /// Where events are POSTed.
    pub url: String,
    /// Event types (all when `None`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<String>>,
    /// Pages (all when `None`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_ids: Option<Vec<String>>,
    /// Per-attempt timeout, milliseconds (the mock's default when `None`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<u64>,
}

/// `POST /__admin/simulate/subscription` body: what the account's subscription package is now.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SubscriptionChange {
    /// The pages it covers.
    pub page_ids: Vec<String>,
    /// Its users (the pages' staff when `None`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<String>>,
    /// Its length in months (the mock's default when `None`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<u32>,
    /// When it ends, e.g. `2026-07-15T00:00:00` (`duration` after activation when `None`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expired_at: Option<String>,
}

/// A subscription as `GET /__admin/webhooks` shows it.
#[derive(Debug, Clone, Deserialize)]
pub struct WebhookSubscription {
    /// Where events are POSTed.
    pub url: String,
    /// Whether deliveries are suspended.
    pub suspended: bool,
    /// Delivery counters.
    pub counters: WebhookCounters,
    /// Attempts within the suspension window.
    pub window_attempts: u64,
    /// Failures within the suspension window.
    pub window_failures: u64,
    /// Events waiting.
    pub pending: u64,
}

/// Delivery counters of a subscription: the mock's own type, so the two never drift apart.
pub use pancake_mock::webhooks::Counters as WebhookCounters;

/// The webhook faults of `PUT /__admin/faults` (rates 0 to 1).
#[derive(Debug, Clone, Default)]
pub struct WebhookFaults {
    /// Seed of the dice.
    pub seed: u64,
    /// Share of events dropped.
    pub drop_rate: f64,
    /// Share of events sent twice.
    pub duplicate_rate: f64,
    /// Share of events moved before the previous one of their page.
    pub reorder_rate: f64,
    /// Share of events delayed by `delay_ms` of mock time.
    pub delay_rate: f64,
    /// Delay, mock milliseconds.
    pub delay_ms: u64,
}

/// What a simulated message or comment created.
#[derive(Debug, Clone, Deserialize)]
pub struct SimulatedMessage {
    /// The conversation written to.
    pub conversation_id: String,
    /// The new message.
    pub message_id: String,
    /// Whether the conversation was created.
    pub created: bool,
}
