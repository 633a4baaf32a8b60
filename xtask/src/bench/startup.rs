//! Part 3: the mock's start-up time and memory with many conversations.
//!
//! Start-up is from the spawn to the first successful HTTP answer (`GET /__admin/fixtures`,
//! polled every 2 ms); the first v2 page after it is timed too, because the mock sorts a page's
//! conversations on the first list request. Memory is `VmRSS` once that page is served.

use std::time::Instant;

use anyhow::{Context, ensure};

use super::memory::Memory;
use super::servers::{Launcher, MockFixtures, MockRate, http};

/// How part 3 runs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Conversations on the first page.
    pub conversations: usize,
    /// Start-ups measured.
    pub runs: usize,
}

/// One start-up.
#[derive(Debug, Clone, Copy)]
pub struct Startup {
    /// Spawn to first successful answer, seconds.
    pub ready_secs: f64,
    /// Spawn to the first v2 conversations page answered, seconds.
    pub first_page_secs: f64,
    /// VmRSS after the first page, KiB.
    pub rss_kib: u64,
    /// VmHWM then, KiB.
    pub hwm_kib: u64,
}

/// Everything part 3 measured.
#[derive(Debug, Clone)]
pub struct Report {
    /// One entry per start-up.
    pub runs: Vec<Startup>,
    /// Settings used.
    pub settings: Settings,
}

/// Runs part 3.
pub async fn run(launcher: &Launcher, settings: &Settings) -> anyhow::Result<Report> {
    ensure!(settings.runs > 0, "part 3 needs at least one run");
    let mut runs = Vec::new();
    for run in 0..settings.runs {
        tracing::info!(
            run = run + 1,
            conversations = settings.conversations,
            "part 3: mock start-up"
        );
        let spawned = Instant::now();
        let mock = launcher
            .mock(
                &MockFixtures::Generated(settings.conversations),
                MockRate::Off,
            )
            .await?;
        let ready_secs = mock.ready_after.as_secs_f64();
        let fixtures = mock.fixtures().await?;
        let page = fixtures.pages.first().context("the mock serves no page")?;
        ensure!(
            page.conversations == settings.conversations,
            "the mock's first page holds {} conversations, asked for {}",
            page.conversations,
            settings.conversations
        );
        let url = format!(
            "{}/public_api/v2/pages/{}/conversations",
            mock.api_url(),
            page.id
        );
        let res = http()
            .get(&url)
            .query(&[("page_access_token", &page.page_access_token)])
            .send()
            .await
            .with_context(|| format!("GET {url}"))?;
        ensure!(
            res.status().is_success(),
            "GET {url}: HTTP {}",
            res.status()
        );
        res.bytes().await?;
        let first_page_secs = spawned.elapsed().as_secs_f64();
        let memory = Memory::of(mock.pid)?;
        runs.push(Startup {
            ready_secs,
            first_page_secs,
            rss_kib: memory.rss_kib,
            hwm_kib: memory.hwm_kib,
        });
    }
    Ok(Report {
        runs,
        settings: settings.clone(),
    })
}
