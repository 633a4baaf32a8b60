//! The mock's admin API (`/__admin`): fixtures summary, reset, clock and faults.
//!
//! Only used when the target is a `pancake-mock`; every route the suite relies on is named here,
//! once.

use std::time::Duration;

use anyhow::{Context, bail};
use serde::Deserialize;
use serde_json::{Value, json};
use url::Url;

/// A handle on a mock's admin API.
#[derive(Debug, Clone)]
pub struct Admin {
    root: Url,
    client: reqwest::Client,
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
        })
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
}
