//! Starting a `pancake-mock` in-process, on an ephemeral port.

use anyhow::Context;
use url::Url;

/// A started mock: its API base URL and whatever keeps it running.
pub struct StartedMock {
    /// `http://127.0.0.1:PORT/api`.
    pub base_url: Url,
    /// Dropping it stops the mock.
    pub guard: Box<dyn std::any::Any + Send + Sync>,
}

/// Starts a mock with `config` (its address should be `127.0.0.1:0`).
pub async fn start(config: pancake_mock::MockConfig) -> anyhow::Result<StartedMock> {
    let server = pancake_mock::start(config)
        .await
        .context("starting the in-process mock")?;
    let base_url = Url::parse(&server.base_url())
        .with_context(|| format!("the mock reported an odd base URL {}", server.base_url()))?;
    Ok(StartedMock {
        base_url,
        guard: Box::new(server),
    })
}

/// Starts a mock with its default fixtures and the live API's rate limit.
pub async fn start_default() -> anyhow::Result<StartedMock> {
    start(pancake_mock::MockConfig::default()).await
}
