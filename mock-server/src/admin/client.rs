//! [`AdminClient`]: every `/__admin` call of a running mock as a typed method.

use std::time::{Duration, Instant};

use reqwest::Method;
use serde::Serialize;
use serde::de::DeserializeOwned;
use url::Url;

use super::bodies::{
    ClockAdvance, ClockSet, ClockState, Done, EnableRequest, Enabled, JournalView, RateLimitSet,
    RateLimitState, SimulateComment, SimulateConnectStatus, SimulateMessage, SimulatePost,
    SimulateSubscription, Simulated, SimulatedPost, SimulatedSubscription, SubscribeRequest,
    SubscriptionList, Unsubscribed,
};
use crate::config::{FaultConfig, RateLimit};
use crate::error::ApiErrorBody;
use crate::fixtures::{FixtureSummary, Fixtures};
use crate::webhooks::SubscriptionView;

/// Why an admin call failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AdminError {
    /// The mock answered with an error status (400 for a malformed setting, 401 without the
    /// admin token, 404 for an unknown subscription).
    #[error("{method} /__admin/{path} answered {status}: {message}")]
    Refused {
        /// The call's method.
        method: Method,
        /// The call's path under `/__admin/`.
        path: String,
        /// The HTTP status.
        status: reqwest::StatusCode,
        /// The body's `error_code`, when the body is the mock's error envelope.
        error_code: Option<i64>,
        /// The body's `message` (the whole body when it is not the envelope): which field is
        /// wrong and what the mock expected.
        message: String,
    },
    /// No answer: the mock is not running there, or the connection broke.
    #[error("{method} /__admin/{path} failed: {source}")]
    Transport {
        /// The call's method.
        method: Method,
        /// The call's path under `/__admin/`.
        path: String,
        /// What reqwest said.
        #[source]
        source: reqwest::Error,
    },
    /// A 2xx answer that is not the expected body: the server is not a pancake-mock, or one
    /// of another version.
    #[error(
        "{method} /__admin/{path} answered a body this client cannot read (is it a pancake-mock?): {source}"
    )]
    Decode {
        /// The call's method.
        method: Method,
        /// The call's path under `/__admin/`.
        path: String,
        /// What serde said.
        #[source]
        source: serde_json::Error,
    },
    /// The URL given to [`AdminClient::new`] has no origin to put `/__admin` under.
    #[error("no admin API URL can be derived from {url:?}: {reason}")]
    BadUrl {
        /// The URL as given.
        url: String,
        /// Why it is unusable.
        reason: String,
    },
    /// [`AdminClient::webhooks_settled`] waited its whole timeout.
    #[error("webhook deliveries not finished after {waited:?}: {subscriptions:?}")]
    NotSettled {
        /// How long it waited.
        waited: Duration,
        /// The subscriptions as last seen.
        subscriptions: Vec<SubscriptionView>,
    },
}

impl AdminError {
    /// The HTTP status, when the mock answered with an error status.
    pub fn status(&self) -> Option<reqwest::StatusCode> {
        match self {
            AdminError::Refused { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The mock's message, when it answered with an error status.
    pub fn message(&self) -> Option<&str> {
        match self {
            AdminError::Refused { message, .. } => Some(message),
            _ => None,
        }
    }
}

/// A typed client of a mock's admin API (`/__admin`): reset, fixtures, journal, faults, clock,
/// rate limit, webhook subscriptions and simulated customer activity. Cheap to clone.
///
/// For a mock started in-process, [`MockServer::admin`](crate::MockServer::admin) gives one with
/// the right address and token; for any other, [`AdminClient::new`].
#[derive(Clone)]
pub struct AdminClient {
    /// `http://HOST:PORT/__admin/`.
    root: Url,
    http: reqwest::Client,
    token: Option<String>,
}

impl std::fmt::Debug for AdminClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdminClient")
            .field("root", &self.root.as_str())
            .field("token", &self.token.as_ref().map(|_| "***"))
            .finish_non_exhaustive()
    }
}

/// Whether `url` names this machine.
fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// How long one admin call may take: a large fixture file takes seconds to load, and a call
/// must never hang a test.
const CALL_TIMEOUT: Duration = Duration::from_secs(120);

impl AdminClient {
    /// The admin API of the mock at `url`: its root (`http://HOST:PORT`) or any URL under it,
    /// such as its API base URL (`http://HOST:PORT/api`). `/__admin` sits at the root of the
    /// same origin.
    pub fn new(url: &str) -> Result<AdminClient, AdminError> {
        let bad = |reason: String| AdminError::BadUrl {
            url: url.to_owned(),
            reason,
        };
        let parsed = Url::parse(url).map_err(|e| bad(e.to_string()))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() {
            return Err(bad("an http(s) URL with a host".into()));
        }
        let root = parsed.join("/__admin/").map_err(|e| bad(e.to_string()))?;
        let mut http = reqwest::Client::builder().timeout(CALL_TIMEOUT);
        // A proxy from the environment would take a mock on this machine for a remote host.
        if is_loopback(&root) {
            http = http.no_proxy();
        }
        let http = http.build().unwrap_or_default();
        Ok(AdminClient {
            root,
            http,
            token: None,
        })
    }

    /// Sends `Authorization: Bearer TOKEN` with every call: a mock bound beyond loopback
    /// requires its admin token (`--admin-token`, or the one it printed at start-up).
    pub fn with_token(mut self, token: impl Into<String>) -> AdminClient {
        self.token = Some(token.into());
        self
    }

    /// Sends through `http` (its timeouts, proxy settings and connection pool) instead of the
    /// client's own.
    pub fn with_http_client(mut self, http: reqwest::Client) -> AdminClient {
        self.http = http;
        self
    }

    /// `http://HOST:PORT/__admin/`.
    pub fn url(&self) -> &Url {
        &self.root
    }

    /// Whether the mock is on this machine (`localhost`, `127.0.0.0/8`, `::1`): a tool may
    /// then probe for an admin API without a real API ever seeing an admin request.
    pub fn is_loopback(&self) -> bool {
        is_loopback(&self.root)
    }

    /// The request for `path` under `/__admin/`, with the token, on `http`.
    fn request(
        &self,
        http: &reqwest::Client,
        method: Method,
        path: &str,
    ) -> reqwest::RequestBuilder {
        let url = self
            .root
            .join(path)
            .expect("admin paths are fixed relative paths");
        let request = http.request(method, url);
        match &self.token {
            Some(token) => request.bearer_auth(token),
            None => request,
        }
    }

    /// Sends `request` (for `method path`) and reads the answer as `T`.
    async fn send<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        request: reqwest::RequestBuilder,
    ) -> Result<T, AdminError> {
        let transport = |source| AdminError::Transport {
            method: method.clone(),
            path: path.to_owned(),
            source,
        };
        let response = request.send().await.map_err(transport)?;
        let status = response.status();
        let bytes = response.bytes().await.map_err(transport)?;
        if !status.is_success() {
            let (error_code, message) = match serde_json::from_slice::<ApiErrorBody>(&bytes) {
                Ok(body) => (body.error_code, body.message),
                Err(_) => (None, String::from_utf8_lossy(&bytes).into_owned()),
            };
            return Err(AdminError::Refused {
                method,
                path: path.to_owned(),
                status,
                error_code,
                message,
            });
        }
        // Fixture documents run to hundreds of megabytes: their strings are shared as the
        // mock's own loading shares them.
        crate::text::interning(|| serde_json::from_slice(&bytes)).map_err(|source| {
            AdminError::Decode {
                method,
                path: path.to_owned(),
                source,
            }
        })
    }

    async fn call<T: DeserializeOwned>(&self, method: Method, path: &str) -> Result<T, AdminError> {
        let request = self.request(&self.http, method.clone(), path);
        self.send(method, path, request).await
    }

    async fn call_with<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: &B,
    ) -> Result<T, AdminError> {
        let request = self.request(&self.http, method.clone(), path).json(body);
        self.send(method, path, request).await
    }

    /// `POST /__admin/reset`: back to the base fixtures (state, rate-limit buckets, cursor
    /// walks, journal).
    pub async fn reset(&self) -> Result<(), AdminError> {
        self.call::<Done>(Method::POST, "reset").await.map(drop)
    }

    /// `GET /__admin/fixtures`: the user token and each page with its token, as they are now.
    pub async fn fixtures(&self) -> Result<FixtureSummary, AdminError> {
        self.call(Method::GET, "fixtures").await
    }

    /// `GET /__admin/fixtures/full`: the whole fixture document the mock resets to.
    pub async fn full_fixtures(&self) -> Result<Fixtures, AdminError> {
        self.call(Method::GET, "fixtures/full").await
    }

    /// `PUT /__admin/fixtures`: serves `fixtures` from now on (and resets to them).
    pub async fn load_fixtures(&self, fixtures: &Fixtures) -> Result<FixtureSummary, AdminError> {
        self.call_with(Method::PUT, "fixtures", fixtures).await
    }

    /// `GET /__admin/fixtures/schema`: the JSON Schema of the fixture format.
    pub async fn fixture_schema(&self) -> Result<serde_json::Value, AdminError> {
        self.call(Method::GET, "fixtures/schema").await
    }

    /// `GET /__admin/journal`: recent requests and webhook deliveries, oldest first.
    pub async fn journal(&self) -> Result<JournalView, AdminError> {
        self.call(Method::GET, "journal").await
    }

    /// `DELETE /__admin/journal`: forgets every request and delivery recorded so far.
    pub async fn clear_journal(&self) -> Result<(), AdminError> {
        self.call::<Done>(Method::DELETE, "journal").await.map(drop)
    }

    /// `GET /__admin/faults`: the injected faults now.
    pub async fn faults(&self) -> Result<FaultConfig, AdminError> {
        self.call(Method::GET, "faults").await
    }

    /// `PUT /__admin/faults`: replaces every fault setting (API and webhook ones) with
    /// `faults`; the settings as the mock took them.
    pub async fn set_faults(&self, faults: &FaultConfig) -> Result<FaultConfig, AdminError> {
        self.call_with(Method::PUT, "faults", faults).await
    }

    /// `GET /__admin/clock`: the mock clock's mode and time.
    pub async fn clock(&self) -> Result<ClockState, AdminError> {
        self.call(Method::GET, "clock").await
    }

    /// `PUT /__admin/clock`: sets the clock's mode and, with `now`, its time.
    pub async fn set_clock(&self, clock: &ClockSet) -> Result<ClockState, AdminError> {
        self.call_with(Method::PUT, "clock", clock).await
    }

    /// `POST /__admin/clock/advance`: moves the mock clock forward by `by` (rounded up to the
    /// millisecond, so a token bucket is never left a fraction short).
    pub async fn advance_clock(&self, by: Duration) -> Result<ClockState, AdminError> {
        let millis = i64::try_from(by.as_micros().div_ceil(1000)).unwrap_or(i64::MAX);
        self.call_with(Method::POST, "clock/advance", &ClockAdvance { millis })
            .await
    }

    /// `PUT /__admin/rate_limit`: the per-page limit (`None`: off); the limit now.
    pub async fn set_rate_limit(
        &self,
        limit: Option<RateLimit>,
    ) -> Result<Option<RateLimit>, AdminError> {
        let state: RateLimitState = self
            .call_with(Method::PUT, "rate_limit", &RateLimitSet::from(limit))
            .await?;
        Ok(state.rate_limit)
    }

    /// `PUT /__admin/webhooks`: subscribes `request.url`, replacing its earlier subscription
    /// (counters included).
    pub async fn subscribe_webhook(
        &self,
        request: &SubscribeRequest,
    ) -> Result<SubscriptionView, AdminError> {
        self.call_with(Method::PUT, "webhooks", request).await
    }

    /// `GET /__admin/webhooks`: every subscription with its counters and suspension state.
    pub async fn webhooks(&self) -> Result<Vec<SubscriptionView>, AdminError> {
        let list: SubscriptionList = self.call(Method::GET, "webhooks").await?;
        Ok(list.subscriptions)
    }

    /// `DELETE /__admin/webhooks[?url=URL]`: removes the subscription of `url` (every one
    /// when `None`); how many were removed. An unknown `url` is a 404.
    pub async fn unsubscribe_webhooks(&self, url: Option<&str>) -> Result<usize, AdminError> {
        let mut request = self.request(&self.http, Method::DELETE, "webhooks");
        if let Some(url) = url {
            request = request.query(&[("url", url)]);
        }
        let removed: Unsubscribed = self.send(Method::DELETE, "webhooks", request).await?;
        Ok(removed.removed)
    }

    /// `POST /__admin/webhooks/enable`: re-enables the subscription of `url` if suspended
    /// (every one when `None`); how many matched. An unknown `url` is a 404.
    pub async fn enable_webhooks(&self, url: Option<&str>) -> Result<usize, AdminError> {
        let request = EnableRequest {
            url: url.map(str::to_owned),
        };
        let enabled: Enabled = self
            .call_with(Method::POST, "webhooks/enable", &request)
            .await?;
        Ok(enabled.enabled)
    }

    /// Waits (polling [`AdminClient::webhooks`], at most `timeout` of real time) until every
    /// subscription has attempted or discarded every queued event: the moment a test may
    /// compare what a receiver got with the mock's state.
    pub async fn webhooks_settled(&self, timeout: Duration) -> Result<(), AdminError> {
        let start = Instant::now();
        loop {
            let subscriptions = self.webhooks().await?;
            let settled = subscriptions.iter().all(|s| {
                s.pending == 0 && s.counters.attempts + s.counters.discarded == s.counters.queued
            });
            if settled {
                return Ok(());
            }
            if start.elapsed() > timeout {
                return Err(AdminError::NotSettled {
                    waited: start.elapsed(),
                    subscriptions,
                });
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// `POST /__admin/simulate/message`: a customer writes (to `conversation_id`, or in a new
    /// inbox conversation).
    pub async fn simulate_message(
        &self,
        message: &SimulateMessage,
    ) -> Result<Simulated, AdminError> {
        self.call_with(Method::POST, "simulate/message", message)
            .await
    }

    /// The request [`AdminClient::simulate_message`] sends, built on `http` for the caller to
    /// send: a load generator sends it on connections of its own and times it.
    pub fn simulate_message_request(
        &self,
        http: &reqwest::Client,
        message: &SimulateMessage,
    ) -> reqwest::RequestBuilder {
        self.request(http, Method::POST, "simulate/message")
            .json(message)
    }

    /// `POST /__admin/simulate/comment`: a customer comments under a post of the page (a new
    /// comment conversation).
    pub async fn simulate_comment(
        &self,
        comment: &SimulateComment,
    ) -> Result<Simulated, AdminError> {
        self.call_with(Method::POST, "simulate/comment", comment)
            .await
    }

    /// `POST /__admin/simulate/post`: the page publishes a post.
    pub async fn simulate_post(&self, post: &SimulatePost) -> Result<SimulatedPost, AdminError> {
        self.call_with(Method::POST, "simulate/post", post).await
    }

    /// `POST /__admin/simulate/connect_status`: the page is `connected` or `disconnected`.
    pub async fn simulate_connect_status(
        &self,
        status: &SimulateConnectStatus,
    ) -> Result<(), AdminError> {
        self.call_with::<_, Done>(Method::POST, "simulate/connect_status", status)
            .await
            .map(drop)
    }

    /// `POST /__admin/simulate/subscription`: the account's subscription package changed; the
    /// package as the `subscription` event carries it.
    pub async fn simulate_subscription(
        &self,
        change: &SimulateSubscription,
    ) -> Result<serde_json::Value, AdminError> {
        let simulated: SimulatedSubscription = self
            .call_with(Method::POST, "simulate/subscription", change)
            .await?;
        Ok(simulated.subscription)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_admin_api_sits_at_the_root_of_the_given_origin() {
        for given in [
            "http://127.0.0.1:9",
            "http://127.0.0.1:9/api",
            "http://127.0.0.1:9/a/b?x=1",
        ] {
            let admin = AdminClient::new(given).unwrap();
            assert_eq!(
                admin.url().as_str(),
                "http://127.0.0.1:9/__admin/",
                "{given}"
            );
        }
        for bad in ["127.0.0.1:9", "ftp://127.0.0.1/", "not a url"] {
            let err = AdminClient::new(bad).unwrap_err();
            assert!(matches!(err, AdminError::BadUrl { .. }), "{bad}: {err}");
        }
    }

    #[test]
    fn only_loopback_hosts_count_as_this_machine() {
        for local in [
            "http://127.0.0.1:9/api",
            "http://localhost:9/api",
            "http://[::1]:9/api",
        ] {
            assert!(AdminClient::new(local).unwrap().is_loopback(), "{local}");
        }
        assert!(
            !AdminClient::new("https://pages.fm/api")
                .unwrap()
                .is_loopback()
        );
    }

    #[test]
    fn the_token_never_shows_in_debug_output() {
        let admin = AdminClient::new("http://127.0.0.1:9")
            .unwrap()
            .with_token("s3cret-token");
        assert!(!format!("{admin:?}").contains("s3cret-token"));
    }
}
