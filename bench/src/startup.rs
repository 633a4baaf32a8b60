//! Part 3: the mock's start-up time and memory with many conversations.
//!
//! Start-up is from the spawn to the first successful HTTP answer (`GET /__admin/fixtures`,
//! polled every 2 ms); the first v2 page after it is timed too, because the mock sorts a page's
//! conversations on the first list request. Memory is `VmRSS` once that page is served.

use std::time::Instant;

use anyhow::{Context, ensure};

use super::memory::Memory;
use crate::servers::{Launcher, MockFixtures, MockRate, http};

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
    /// One start-up with the default fixtures, to tell what each further conversation costs.
    pub baseline: Startup,
    /// Conversations of the baseline's first page.
    pub baseline_conversations: usize,
    /// Settings used.
    pub settings: Settings,
}

impl Report {
    /// Memory each further conversation costs: the VmRSS difference between the measured
    /// start-ups (median) and the baseline, per conversation, in KiB.
    pub fn kib_per_conversation(&self) -> Option<f64> {
        let extra = self
            .settings
            .conversations
            .checked_sub(self.baseline_conversations)?;
        let rss: Vec<f64> = self.runs.iter().map(|r| r.rss_kib as f64).collect();
        let median = super::stats::Summary::of(&rss)?.median;
        (extra > 0).then(|| (median - self.baseline.rss_kib as f64) / extra as f64)
    }
}

/// Conversations on the first page of the default fixtures (the baseline).
const BASELINE_CONVERSATIONS: usize = 150;

/// Runs part 3.
pub async fn run(launcher: &Launcher, settings: &Settings) -> anyhow::Result<Report> {
    ensure!(settings.runs > 0, "part 3 needs at least one run");
    tracing::info!(
        conversations = BASELINE_CONVERSATIONS,
        "part 3: baseline start-up"
    );
    let baseline = start_once(launcher, BASELINE_CONVERSATIONS).await?;
    let mut runs = Vec::new();
    for run in 0..settings.runs {
        tracing::info!(
            run = run + 1,
            conversations = settings.conversations,
            "part 3: mock start-up"
        );
        runs.push(start_once(launcher, settings.conversations).await?);
    }
    Ok(Report {
        runs,
        baseline,
        baseline_conversations: BASELINE_CONVERSATIONS,
        settings: settings.clone(),
    })
}

/// Starts a mock with `conversations`, serves its first page, reads its memory; the mock
/// stops when this returns.
async fn start_once(launcher: &Launcher, conversations: usize) -> anyhow::Result<Startup> {
    let spawned = Instant::now();
    let mock = launcher
        .mock(&MockFixtures::Generated(conversations), MockRate::Off)
        .await?;
    let ready_secs = mock.ready_after.as_secs_f64();
    let fixtures = mock.fixtures().await?;
    let page = fixtures.pages.first().context("the mock serves no page")?;
    ensure!(
        page.conversations == conversations,
        "the mock's first page holds {} conversations, asked for {conversations}",
        page.conversations,
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
    Ok(Startup {
        ready_secs,
        first_page_secs,
        rss_kib: memory.rss_kib,
        hwm_kib: memory.hwm_kib,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn startup(rss_kib: u64) -> Startup {
        Startup {
            ready_secs: 0.1,
            first_page_secs: 0.2,
            rss_kib,
            hwm_kib: rss_kib,
        }
    }

    #[test]
    fn memory_per_conversation_is_the_median_above_the_baseline() {
        let report = Report {
            runs: vec![startup(4_150), startup(4_100), startup(9_000)],
            baseline: startup(150),
            baseline_conversations: 150,
            settings: Settings {
                conversations: 1_150,
                runs: 3,
            },
        };
        // Median 4,150 KiB, minus 150 KiB, over 1,000 extra conversations.
        assert_eq!(report.kib_per_conversation(), Some(4.0));
        let same = Report {
            settings: Settings {
                conversations: 150,
                runs: 3,
            },
            ..report
        };
        assert_eq!(same.kib_per_conversation(), None);
    }
}
