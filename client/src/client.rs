//! The handles users hold: [`Pancake`] (configuration and shared state), [`PageClient`] (one page
//! and its `page_access_token`) and [`UserClient`] (the user `access_token`, and the public
//! endpoints).

use std::sync::Arc;
use std::time::Duration;

use crate::env;
use crate::error::{Error, Result};
use crate::generated;
use crate::hooks::Inner;
use crate::rate_limit::{PageRateLimiter, RateLimit, RateLimiter};
use crate::redact::Secret;
use crate::retry::RetryPolicy;

/// The live API's base URL.
pub const DEFAULT_BASE_URL: &str = "https://pages.fm/api";

/// Configuration and shared state: one HTTP connection pool and one per-page limiter for every
/// handle made from it (and from its clones), so a parallel sync stays under the rate limit.
#[derive(Debug, Clone)]
pub struct Pancake {
    base_url: String,
    http: reqwest::Client,
    limiter: Arc<dyn RateLimiter>,
    retry: RetryPolicy,
}

/// Builds a [`Pancake`].
#[derive(Debug, Clone)]
pub struct PancakeBuilder {
    base_url: String,
    rate_limit: Option<RateLimit>,
    limiter: Option<Arc<dyn RateLimiter>>,
    retry: RetryPolicy,
    timeout: Duration,
    http: Option<reqwest::Client>,
}

impl Default for PancakeBuilder {
    fn default() -> Self {
        Self {
            base_url: DEFAULT_BASE_URL.to_owned(),
            rate_limit: Some(RateLimit::default()),
            limiter: None,
            retry: RetryPolicy::default(),
            timeout: Duration::from_secs(30),
            http: None,
        }
    }
}

impl PancakeBuilder {
    /// The API's base URL, default [`DEFAULT_BASE_URL`]; the mock server's is
    /// `http://127.0.0.1:PORT/api`.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// The per-page rate limit (default: 5 requests per second per page, sent evenly).
    pub fn rate_limit(mut self, limit: RateLimit) -> Self {
        self.rate_limit = Some(limit);
        self
    }

    /// Uses this limiter instead of an in-process one (for example
    /// `rate_limit::redis::RedisRateLimiter` (feature `redis`), shared between
    /// processes); it overrides [`PancakeBuilder::rate_limit`] and [`PancakeBuilder::no_rate_limit`].
    pub fn rate_limiter(mut self, limiter: impl RateLimiter) -> Self {
        self.limiter = Some(Arc::new(limiter));
        self
    }

    /// Turns the per-page limiter off (for a server without limits, or a caller who limits itself).
    pub fn no_rate_limit(mut self) -> Self {
        self.rate_limit = None;
        self
    }

    /// The retry policy (default [`RetryPolicy::default`]; [`RetryPolicy::none`] disables retries).
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Timeout of each attempt, connection included (default 30 s). Ignored with
    /// [`PancakeBuilder::http_client`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Uses this HTTP client (proxies, TLS settings). Configure it not to follow redirects: the
    /// tokens travel in the query string and would follow a redirect to another host.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Checks the settings and builds the shared state.
    pub fn build(self) -> Result<Pancake> {
        let parsed = url::Url::parse(&self.base_url).map_err(|e| Error::InvalidRequest {
            message: format!(
                "base URL `{}` is not a URL ({e}); use e.g. {DEFAULT_BASE_URL} or http://127.0.0.1:PORT/api",
                self.base_url
            ),
        })?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(Error::InvalidRequest {
                message: format!(
                    "base URL `{}` must start with http:// or https://",
                    self.base_url
                ),
            });
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .connect_timeout(self.timeout.min(Duration::from_secs(15)))
                .timeout(self.timeout)
                // Tokens are in the query string: never carry them to wherever a redirect points.
                .redirect(reqwest::redirect::Policy::none())
                .user_agent(concat!("pancake-client/", env!("CARGO_PKG_VERSION")))
                .build()
                .map_err(Error::transport)?,
        };
        Ok(Pancake {
            base_url: self.base_url.trim_end_matches('/').to_owned(),
            http,
            limiter: self.limiter.unwrap_or_else(|| {
                Arc::new(
                    self.rate_limit
                        .map_or_else(PageRateLimiter::off, PageRateLimiter::new),
                )
            }),
            retry: self.retry,
        })
    }
}

impl Pancake {
    /// Starts a configuration from the defaults.
    pub fn builder() -> PancakeBuilder {
        PancakeBuilder::default()
    }

    /// The defaults, with the base URL from `PANCAKE_BASE_URL` ([`env::BASE_URL`]) when it is set
    /// (else [`DEFAULT_BASE_URL`]): the variable the `pancake` tool reads. Take the handles from
    /// the environment too with [`Pancake::page_from_env`] and [`Pancake::user_from_env`]; for
    /// other settings, use [`Pancake::builder`].
    ///
    /// A base URL that is not an `http(s)` URL is an [`Error::InvalidRequest`] naming the variable.
    ///
    /// ```no_run
    /// # async fn demo() -> pancake_client::Result<()> {
    /// // PANCAKE_BASE_URL=http://127.0.0.1:8080/api PANCAKE_PAGE_ID=... PANCAKE_PAGE_ACCESS_TOKEN=...
    /// let page = pancake_client::Pancake::from_env()?.page_from_env()?;
    /// let tags = page.list_tags().execute().await?;
    /// # let _ = tags; Ok(()) }
    /// ```
    pub fn from_env() -> Result<Pancake> {
        Self::from_lookup(&env::process)
    }

    /// A handle on the page `PANCAKE_PAGE_ID` names, with the token in `PANCAKE_PAGE_ACCESS_TOKEN`
    /// ([`env::PAGE_ID`], [`env::PAGE_ACCESS_TOKEN`]); [`Error::MissingEnv`] names the variable
    /// that is unset or empty.
    pub fn page_from_env(&self) -> Result<PageClient> {
        self.page_from_lookup(&env::process)
    }

    /// A handle on the user API with the token in `PANCAKE_ACCESS_TOKEN` ([`env::ACCESS_TOKEN`]);
    /// [`Error::MissingEnv`] when it is unset or empty.
    pub fn user_from_env(&self) -> Result<UserClient> {
        self.user_from_lookup(&env::process)
    }

    pub(crate) fn from_lookup(lookup: &dyn Fn(&str) -> Option<String>) -> Result<Pancake> {
        let Some(base_url) = env::read(lookup, env::BASE_URL) else {
            return Pancake::builder().build();
        };
        Pancake::builder()
            .base_url(base_url)
            .build()
            .map_err(|e| match e {
                Error::InvalidRequest { message } => Error::InvalidRequest {
                    message: format!("{}: {message}", env::BASE_URL),
                },
                other => other,
            })
    }

    pub(crate) fn page_from_lookup(
        &self,
        lookup: &dyn Fn(&str) -> Option<String>,
    ) -> Result<PageClient> {
        let page_id = env::require(lookup, env::PAGE_ID)?;
        let token = env::require(lookup, env::PAGE_ACCESS_TOKEN)?;
        Ok(self.page(page_id, token))
    }

    pub(crate) fn user_from_lookup(
        &self,
        lookup: &dyn Fn(&str) -> Option<String>,
    ) -> Result<UserClient> {
        Ok(self.user(env::require(lookup, env::ACCESS_TOKEN)?))
    }

    /// The base URL in use.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// A handle on one page, with its `page_access_token`.
    pub fn page(
        &self,
        page_id: impl Into<String>,
        page_access_token: impl Into<Secret>,
    ) -> PageClient {
        PageClient {
            raw: self.raw(Some(page_access_token.into()), None),
            page_id: page_id.into(),
        }
    }

    /// A handle on the user API, with the user's `access_token`.
    pub fn user(&self, access_token: impl Into<Secret>) -> UserClient {
        UserClient {
            raw: self.raw(None, Some(access_token.into())),
        }
    }

    /// A handle for the public endpoints only (avatar, chat plugin), without a token.
    pub fn public(&self) -> UserClient {
        UserClient {
            raw: self.raw(None, None),
        }
    }

    fn raw(&self, page_token: Option<Secret>, user_token: Option<Secret>) -> generated::Client {
        let inner = Inner {
            limiter: self.limiter.clone(),
            retry: self.retry,
            page_token,
            user_token,
        };
        generated::Client::new_with_client(&self.base_url, self.http.clone(), inner)
    }
}

/// One page of the page API: carries the page id and its `page_access_token`, so calls need
/// neither. Cheap to clone; clones share the rate limiter.
///
/// Every page operation of the spec is a method returning progenitor's request builder with the
/// page filled in: set the other parameters, then `.execute().await`; a list operation's request
/// also ends in `.stream()` (every item) or `.pages(from)` (resumable result pages).
#[derive(Debug, Clone)]
pub struct PageClient {
    pub(crate) raw: generated::Client,
    pub(crate) page_id: String,
}

impl PageClient {
    /// The page id.
    pub fn page_id(&self) -> &str {
        &self.page_id
    }

    pub(crate) fn inner(&self) -> &Inner {
        &self.raw.inner
    }

    pub(crate) fn raw(&self) -> &generated::Client {
        &self.raw
    }
}

/// The user API (`access_token`) and the public endpoints. Cheap to clone.
#[derive(Debug, Clone)]
pub struct UserClient {
    pub(crate) raw: generated::Client,
}

impl UserClient {
    pub(crate) fn inner(&self) -> &Inner {
        &self.raw.inner
    }

    pub(crate) fn raw(&self) -> &generated::Client {
        &self.raw
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_checked_and_trimmed() {
        let p = Pancake::builder()
            .base_url("http://127.0.0.1:9/api/")
            .build()
            .unwrap();
        assert_eq!(p.base_url(), "http://127.0.0.1:9/api");
        let err = Pancake::builder()
            .base_url("127.0.0.1:9/api")
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("http://"), "{err}");
        assert!(Pancake::builder().base_url("not a url").build().is_err());
    }

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn the_environment_gives_the_base_url_and_the_handles() {
        let lookup = vars(&[
            ("PANCAKE_BASE_URL", "http://127.0.0.1:9/api/"),
            ("PANCAKE_PAGE_ID", "123"),
            ("PANCAKE_PAGE_ACCESS_TOKEN", "PAGE-TOKEN-SECRET"),
            ("PANCAKE_ACCESS_TOKEN", "USER-TOKEN-SECRET"),
        ]);
        let pancake = Pancake::from_lookup(&lookup).unwrap();
        assert_eq!(pancake.base_url(), "http://127.0.0.1:9/api");
        let page = pancake.page_from_lookup(&lookup).unwrap();
        assert_eq!(page.page_id(), "123");
        assert_eq!(
            page.inner().page_token.as_ref().map(Secret::expose),
            Some("PAGE-TOKEN-SECRET")
        );
        let user = pancake.user_from_lookup(&lookup).unwrap();
        assert_eq!(
            user.inner().user_token.as_ref().map(Secret::expose),
            Some("USER-TOKEN-SECRET")
        );
        // Without PANCAKE_BASE_URL: the live API.
        let none = vars(&[]);
        assert_eq!(
            Pancake::from_lookup(&none).unwrap().base_url(),
            DEFAULT_BASE_URL
        );
    }

    #[test]
    fn a_missing_or_bad_variable_is_named() {
        let pancake = Pancake::builder().build().unwrap();
        let only_id = vars(&[
            ("PANCAKE_PAGE_ID", "123"),
            ("PANCAKE_PAGE_ACCESS_TOKEN", ""),
        ]);
        let err = pancake.page_from_lookup(&only_id).unwrap_err();
        assert!(
            matches!(
                err,
                Error::MissingEnv {
                    variable: "PANCAKE_PAGE_ACCESS_TOKEN"
                }
            ),
            "{err:?}"
        );
        assert!(
            err.to_string().contains("PANCAKE_PAGE_ACCESS_TOKEN"),
            "{err}"
        );
        let err = pancake.page_from_lookup(&vars(&[])).unwrap_err();
        assert!(err.to_string().contains("PANCAKE_PAGE_ID"), "{err}");
        let err = pancake.user_from_lookup(&vars(&[])).unwrap_err();
        assert!(err.to_string().contains("PANCAKE_ACCESS_TOKEN"), "{err}");
        let err =
            Pancake::from_lookup(&vars(&[("PANCAKE_BASE_URL", "127.0.0.1:9/api")])).unwrap_err();
        assert!(err.to_string().contains("PANCAKE_BASE_URL"), "{err}");
    }

    #[test]
    fn handles_never_show_tokens() {
        let p = Pancake::builder().build().unwrap();
        let page = p.page("123", "PAGE-TOKEN-SECRET");
        let user = p.user(String::from("USER-TOKEN-SECRET"));
        let shown = format!("{page:?} {user:?} {:?}", page.list_tags());
        assert!(!shown.contains("SECRET"), "{shown}");
        assert!(shown.contains("123"));
    }
}
