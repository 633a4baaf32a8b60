//! A per-page limiter shared by every process that uses the same Redis (feature `redis`).
//!
//! Each page's budget lives in one Redis key holding its GCRA "theoretical arrival time". One Lua
//! script reads Redis's own clock (`TIME`), reserves the page's next slot and returns how long the
//! caller must wait for it, atomically: processes on different machines, with clocks that
//! disagree, share the page's 5 requests per second without asking each other. Slots are handed
//! out in order of asking, so no process starves.
//!
//! A Redis that is down or does not answer within [`RedisLimiterOptions::timeout`] gives
//! [`LimiterError`] (and the request is not sent), never a hang. Only when asked
//! ([`RedisRateLimiter::with_fallback`]) does the limiter fall back to a limit of its own process.

use std::time::Duration;

use redis::aio::ConnectionManager;

use super::{Acquire, LimiterError, PageRateLimiter, RateLimit, RateLimiter};

/// GCRA with reservation. KEYS[1]: the page's key; ARGV[1]: the interval between two requests,
/// ARGV[2]: the burst tolerance (interval × (burst − 1)), both in microseconds. Returns the wait
/// for the reserved slot, in microseconds. Times are microseconds since the epoch (< 2^53, exact
/// in Lua's doubles); `%.0f` keeps them out of scientific notation.
const GCRA: &str = r"
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000000 + tonumber(now_parts[2])
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1])) or now
if tat < now then tat = now end
local wait = tat - tolerance - now
if wait < 0 then wait = 0 end
local next_tat = tat + interval
redis.call('SET', KEYS[1], string.format('%.0f', next_tat), 'PX', math.ceil((next_tat - now) / 1000) + 1000)
return wait
";

/// Settings of a [`RedisRateLimiter`].
#[derive(Debug, Clone)]
pub struct RedisLimiterOptions {
    /// The limit each page gets, shared by every process (default: the spec's).
    pub limit: RateLimit,
    /// Prefix of the keys (`PREFIX{page_id}`); processes share a budget when they share it.
    pub key_prefix: String,
    /// Longest wait for Redis to connect or to answer one call (default 2 s).
    pub timeout: Duration,
}

impl Default for RedisLimiterOptions {
    fn default() -> Self {
        Self {
            limit: RateLimit::default(),
            key_prefix: "pancake:rate:".to_owned(),
            timeout: Duration::from_secs(2),
        }
    }
}

/// The shared limiter. Cloning is cheap; clones share the connection.
#[derive(Clone)]
pub struct RedisRateLimiter {
    connection: ConnectionManager,
    script: redis::Script,
    options: RedisLimiterOptions,
    shown_url: String,
    fallback: Option<PageRateLimiter>,
}

impl std::fmt::Debug for RedisRateLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisRateLimiter")
            .field("url", &self.shown_url)
            .field("options", &self.options)
            .field("fallback", &self.fallback.is_some())
            .finish()
    }
}

impl RedisRateLimiter {
    /// Connects to the Redis at `url` (`redis://host:port/db`), within `options.timeout`.
    pub async fn connect(url: &str, options: RedisLimiterOptions) -> Result<Self, LimiterError> {
        let shown_url = crate::redact::redact_text(&hide_password(url));
        let client = redis::Client::open(url).map_err(|e| {
            LimiterError::new(format!(
                "`{shown_url}` is not a Redis URL ({e}); use redis://HOST:PORT"
            ))
        })?;
        let config = redis::aio::ConnectionManagerConfig::new()
            .set_connection_timeout(Some(options.timeout))
            .set_response_timeout(Some(options.timeout))
            .set_number_of_retries(1);
        let connect = client.get_connection_manager_with_config(config);
        let connection = match tokio::time::timeout(options.timeout, connect).await {
            Ok(Ok(connection)) => connection,
            Ok(Err(e)) => {
                return Err(LimiterError::new(format!(
                    "could not connect to Redis at {shown_url}: {e}; is it running?"
                )));
            }
            Err(_) => {
                return Err(LimiterError::new(format!(
                    "Redis at {shown_url} did not accept a connection within {:?}",
                    options.timeout
                )));
            }
        };
        Ok(Self {
            connection,
            script: redis::Script::new(GCRA),
            options,
            shown_url,
            fallback: None,
        })
    }

    /// When Redis fails, waits on `local` (a limit of this process only) instead of failing. Only
    /// for callers who accept going over the shared limit while Redis is away.
    pub fn with_fallback(mut self, local: PageRateLimiter) -> Self {
        self.fallback = Some(local);
        self
    }

    /// Reserves `page_id`'s next slot in Redis and returns the wait for it.
    async fn reserve(&self, page_id: &str) -> Result<Duration, LimiterError> {
        let interval = self.options.limit.interval();
        let interval_us = interval.as_micros().max(1) as u64;
        let tolerance_us = interval_us * u64::from(self.options.limit.burst() - 1);
        let mut connection = self.connection.clone();
        let mut invocation = self
            .script
            .key(format!("{}{page_id}", self.options.key_prefix));
        invocation.arg(interval_us).arg(tolerance_us);
        let call = invocation.invoke_async::<u64>(&mut connection);
        match tokio::time::timeout(self.options.timeout, call).await {
            Ok(Ok(wait_us)) => Ok(Duration::from_micros(wait_us)),
            Ok(Err(e)) if e.is_timeout() => Err(LimiterError::new(format!(
                "Redis at {} did not answer within {:?}",
                self.shown_url, self.options.timeout
            ))),
            Ok(Err(e)) => Err(LimiterError::new(format!(
                "Redis at {} failed: {e}",
                self.shown_url
            ))),
            Err(_) => Err(LimiterError::new(format!(
                "Redis at {} did not answer within {:?}",
                self.shown_url, self.options.timeout
            ))),
        }
    }
}

impl RateLimiter for RedisRateLimiter {
    fn acquire<'a>(&'a self, page_id: &'a str) -> Acquire<'a> {
        Box::pin(async move {
            match self.reserve(page_id).await {
                Ok(wait) => {
                    tokio::time::sleep(wait).await;
                    Ok(wait)
                }
                Err(err) => match &self.fallback {
                    Some(local) => {
                        tracing::warn!(error = %err, page_id, "Redis limiter failed; using this process's limit");
                        Ok(local.acquire(page_id).await)
                    }
                    None => Err(err),
                },
            }
        })
    }
}

/// `redis://user:secret@host` → `redis://user:***@host`, for messages.
fn hide_password(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_show() {
        assert_eq!(
            hide_password("redis://me:s3cret@127.0.0.1:6379/0"),
            "redis://me:***@127.0.0.1:6379/0"
        );
        assert_eq!(hide_password("redis://127.0.0.1"), "redis://127.0.0.1");
    }
}
