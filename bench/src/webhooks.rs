//! Part 5: webhook delivery. How many events per second the mock delivers to a receiver that
//! answers 200 at once, and what a receiver that never answers costs the API's page reads.
//!
//! Both receivers run in this process. Events are raised with `POST /__admin/simulate/message`
//! (a customer writes: a `messaging` and a `conversation` event), each page's writes going to
//! one conversation so the store stays the size of the fixtures.
//!
//! - **Delivery**: a subscription to the answering receiver, the load generator keeping
//!   `raisers` connections busy raising events on every page; the receiver counts what
//!   arrives in the measuring window. The mock delivers one attempt at a time per page (events
//!   of a page arrive in order), so the figure is what the pages' lanes together carry while the
//!   same machine also raises the events.
//! - **Hanging receiver**: the v2 page read of part 1 on the first page, while events are
//!   raised on the other pages at a fixed pace, with no subscription and with a subscription
//!   to a receiver that accepts connections and never answers; the two kinds of run are
//!   interleaved (their order swapped every run) and compared run by run.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, ensure};
use pancake_mock::admin::{AdminClient, SimulateMessage, SubscribeRequest, SubscriptionView};

use super::load::{self, Load, LoadResult};
use super::stats::{Summary, percentile};
use crate::servers::{Launcher, MockFixtures, MockRate, Running, http};

/// How part 5 runs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Delivery runs.
    pub runs: usize,
    /// Pairs of page-read runs (no subscription, a receiver that never answers). More than
    /// `runs`: one pair's p99 ratio spread 0.84-1.15 on a quiet machine, three times the 5% it is
    /// judged against, and the median of n pairs narrows with the square root of n.
    pub read_pairs: usize,
    /// Warm-up of each run.
    pub warmup: Duration,
    /// Measured time of each run.
    pub measure: Duration,
    /// Connections raising events in the delivery runs.
    pub raisers: usize,
    /// Page-read connections in the hanging-receiver runs.
    pub connections: usize,
    /// Events raised per second during the page-read runs (on both sides).
    pub events_per_second: u32,
}

/// One delivery run.
#[derive(Debug, Clone, Copy, Default)]
pub struct DeliveryRun {
    /// Events the receiver got inside the window.
    pub received: u64,
    /// Events raised inside the window (two per simulated message).
    pub raised: u64,
    /// Length of the window, seconds.
    pub seconds: f64,
    /// The subscription's counters at the end of the run (the mock's view).
    pub delivered: u64,
    /// Failed attempts (the receiver always answers 200: any is a fault of the set-up).
    pub failed: u64,
    /// Events discarded because a page's lane was full.
    pub discarded: u64,
    /// Events still waiting when the run ended.
    pub pending: u64,
}

impl DeliveryRun {
    /// Events delivered per second.
    pub fn events_per_second(&self) -> f64 {
        self.received as f64 / self.seconds
    }
}

/// Page reads of one run with events being raised, and how many were raised.
#[derive(Debug, Clone)]
pub struct ReadRun {
    /// The page reads.
    pub reads: LoadResult,
    /// Events raised per second during the run.
    pub events_per_second: f64,
}

/// Everything part 5 measured.
#[derive(Debug, Clone)]
pub struct Report {
    /// Delivery runs.
    pub delivery: Vec<DeliveryRun>,
    /// Page reads with no subscription.
    pub unsubscribed: Vec<ReadRun>,
    /// Page reads with a subscription to a receiver that never answers, made right after (or
    /// before) the unsubscribed run of the same index.
    pub hanging: Vec<ReadRun>,
    /// Connections the mock opened to the receiver that never answers, over every run (each
    /// attempt needs its own: the one before still hangs).
    pub hanging_connections: u64,
    /// Pages events were raised on during the page reads.
    pub busy_pages: usize,
    /// Settings used.
    pub settings: Settings,
}

fn reads(runs: &[ReadRun]) -> impl Iterator<Item = &LoadResult> {
    runs.iter().map(|r| &r.reads)
}

impl Report {
    /// Delivered events per second over the runs.
    pub fn events_per_second(&self) -> Option<Summary> {
        Summary::of(
            &self
                .delivery
                .iter()
                .map(DeliveryRun::events_per_second)
                .collect::<Vec<_>>(),
        )
    }
    /// Requests/s of the page reads of `runs`.
    pub fn rps(runs: &[ReadRun]) -> Option<Summary> {
        Summary::of(&reads(runs).map(LoadResult::rps).collect::<Vec<_>>())
    }
    /// p99 of the page reads of `runs`, ms.
    pub fn p99_ms(runs: &[ReadRun]) -> Option<Summary> {
        let values: Option<Vec<f64>> = reads(runs)
            .map(|r| percentile(&r.latencies_us, 0.99).map(|us| f64::from(us) / 1000.0))
            .collect();
        Summary::of(&values?)
    }
    /// Hanging/unsubscribed requests per second, run by run.
    pub fn rps_ratio(&self) -> Option<Summary> {
        self.ratio(|r| Some(r.rps()))
    }
    /// Hanging/unsubscribed p99, run by run.
    pub fn p99_ratio(&self) -> Option<Summary> {
        self.ratio(|r| percentile(&r.latencies_us, 0.99).map(f64::from))
    }
    fn ratio(&self, figure: impl Fn(&LoadResult) -> Option<f64>) -> Option<Summary> {
        let ratios: Option<Vec<f64>> = self
            .hanging
            .iter()
            .zip(&self.unsubscribed)
            .map(|(h, u)| Some(figure(&h.reads)? / figure(&u.reads)?))
            .collect();
        Summary::of(&ratios?)
    }
    /// Failed requests of the page reads, and the first reason.
    pub fn failures(&self) -> (u64, Option<String>) {
        let all = self
            .unsubscribed
            .iter()
            .chain(&self.hanging)
            .map(|r| &r.reads);
        let count = all.clone().map(|r| r.failures).sum();
        let first = all.filter_map(|r| r.first_failure.clone()).next();
        (count, first)
    }
}

/// A receiver served by this process; stops when dropped.
struct Receiver {
    url: String,
    received: Arc<AtomicU64>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Receiver {
    /// Answers every POST with 200 at once and counts it.
    async fn answering() -> anyhow::Result<Receiver> {
        let received = Arc::new(AtomicU64::new(0));
        let count = received.clone();
        let app = axum::Router::new().route(
            "/hook",
            // The body is taken (so the connection is reused) and not looked at.
            axum::routing::post(move |_body: bytes::Bytes| {
                count.fetch_add(1, Ordering::Relaxed);
                async { axum::http::StatusCode::OK }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}/hook", listener.local_addr()?);
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(Receiver {
            url,
            received,
            task,
        })
    }

    /// Accepts connections, reads nothing and never answers; counts connections.
    async fn hanging() -> anyhow::Result<Receiver> {
        let received = Arc::new(AtomicU64::new(0));
        let count = received.clone();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}/hook", listener.local_addr()?);
        let task = tokio::spawn(async move {
            // Held until the receiver is dropped (the task's end closes them).
            let mut held = Vec::new();
            while let Ok((socket, _)) = listener.accept().await {
                count.fetch_add(1, Ordering::Relaxed);
                held.push(socket);
            }
        });
        Ok(Receiver {
            url,
            received,
            task,
        })
    }
}

/// A page events are raised on, and the conversation they go to.
#[derive(Debug, Clone)]
struct Lane {
    page_id: String,
    conversation_id: String,
}

/// What the runs need to know about the mock.
struct Target {
    /// The first page's v2 conversations URL, with its token.
    page_url: String,
    /// Its length at the start (the check of every read).
    page_len: usize,
    pages: Vec<String>,
}

/// Back to the base fixtures with no subscription, and one conversation per page in `pages`
/// for the events.
async fn fresh(mock: &Running, pages: &[String]) -> anyhow::Result<Vec<Lane>> {
    let admin = mock.admin()?;
    admin.unsubscribe_webhooks(None).await?;
    admin.reset().await?;
    let mut lanes = Vec::new();
    for page_id in pages {
        let conversation_id = admin
            .simulate_message(&SimulateMessage {
                page_id: page_id.clone(),
                text: Some("Shop ơi còn hàng không?".into()),
                ..SimulateMessage::default()
            })
            .await?
            .conversation_id;
        lanes.push(Lane {
            page_id: page_id.clone(),
            conversation_id,
        });
    }
    Ok(lanes)
}

async fn discover(mock: &Running) -> anyhow::Result<Target> {
    let fixtures = mock.fixtures().await?;
    let page = fixtures.pages.first().context("the mock serves no page")?;
    ensure!(
        fixtures.pages.len() >= 2,
        "part 5 raises events on pages other than the one read: the mock serves {} page(s)",
        fixtures.pages.len()
    );
    let page_url = format!(
        "{}/public_api/v2/pages/{}/conversations?page_access_token={}",
        mock.api_url(),
        page.id,
        page.page_access_token
    );
    let res = http()
        .get(&page_url)
        .send()
        .await
        .context("GET the first v2 page")?;
    ensure!(
        res.status().is_success(),
        "GET the first v2 page: HTTP {}",
        res.status()
    );
    let page_len = res.bytes().await?.len();
    Ok(Target {
        page_url,
        page_len,
        pages: fixtures.pages.iter().map(|p| p.id.clone()).collect(),
    })
}

fn simulate_body(lanes: &[Lane], n: u64) -> SimulateMessage {
    let lane = &lanes[(n % lanes.len() as u64) as usize];
    SimulateMessage {
        page_id: lane.page_id.clone(),
        conversation_id: Some(lane.conversation_id.clone()),
        text: Some("Dạ shop còn ạ".into()),
        ..SimulateMessage::default()
    }
}

/// The subscription of `url` as `GET /__admin/webhooks` shows it.
async fn subscription(mock: &Running, url: &str) -> anyhow::Result<SubscriptionView> {
    let list = mock.admin()?.webhooks().await?;
    list.iter()
        .find(|s| s.config.url == url)
        .cloned()
        .with_context(|| format!("no subscription of {url} among {list:?}"))
}

async fn subscribe(mock: &Running, url: &str) -> anyhow::Result<()> {
    mock.admin()?
        .subscribe_webhook(&SubscribeRequest {
            url: url.to_owned(),
            ..SubscribeRequest::default()
        })
        .await?;
    Ok(())
}

async fn delivery_run(
    mock: &Running,
    settings: &Settings,
    target: &Target,
    receiver: &Receiver,
) -> anyhow::Result<DeliveryRun> {
    let lanes = Arc::new(fresh(mock, &target.pages).await?);
    subscribe(mock, &receiver.url).await?;
    let admin = mock.admin()?;
    let raise = Load {
        connections: settings.raisers,
        warmup: settings.warmup,
        measure: settings.measure,
        request: Arc::new(move |c, worker, seq| {
            admin.simulate_message_request(c, &simulate_body(&lanes, worker as u64 + seq))
        }),
        check: Arc::new(|status, _| status == 200),
    };
    let count = receiver.received.clone();
    let window = async {
        tokio::time::sleep(settings.warmup).await;
        let (start, from) = (Instant::now(), count.load(Ordering::Relaxed));
        tokio::time::sleep(settings.measure).await;
        (
            count.load(Ordering::Relaxed) - from,
            start.elapsed().as_secs_f64(),
        )
    };
    let (raised, (received, seconds)) = tokio::join!(load::run(&raise), window);
    let raised = raised?;
    ensure!(
        raised.failures == 0,
        "raising events failed {} time(s), first: {}",
        raised.failures,
        raised.first_failure.unwrap_or_default()
    );
    let s = subscription(mock, &receiver.url).await?;
    let run = DeliveryRun {
        received,
        raised: raised.requests * 2,
        seconds,
        delivered: s.counters.delivered,
        failed: s.counters.failed,
        discarded: s.counters.discarded,
        pending: s.pending as u64,
    };
    mock.admin()?.unsubscribe_webhooks(None).await?;
    Ok(run)
}

/// Raises events on `lanes` at `per_second` simulated messages' worth until `stop`; how many.
async fn raise_paced(
    admin: AdminClient,
    lanes: Arc<Vec<Lane>>,
    per_second: u32,
    stop: Arc<tokio::sync::Notify>,
) -> anyhow::Result<u64> {
    // A connection of its own, beside the load generator's.
    let admin = admin.with_http_client(load::worker_client()?);
    // Two events per simulated message.
    let messages = f64::from(per_second.max(2)) / 2.0;
    let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / messages));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let stopped = stop.notified();
    tokio::pin!(stopped);
    let mut sent = 0u64;
    loop {
        tokio::select! {
            () = &mut stopped => return Ok(sent * 2),
            _ = tick.tick() => {}
        }
        admin
            .simulate_message(&simulate_body(&lanes, sent))
            .await
            .context("raising an event")?;
        sent += 1;
    }
}

async fn read_run(
    mock: &Running,
    settings: &Settings,
    target: &Target,
    hanging: Option<&Receiver>,
) -> anyhow::Result<ReadRun> {
    let lanes = Arc::new(fresh(mock, &target.pages[1..]).await?);
    if let Some(receiver) = hanging {
        subscribe(mock, &receiver.url).await?;
    }
    let stop = Arc::new(tokio::sync::Notify::new());
    let raiser = tokio::spawn(raise_paced(
        mock.admin()?,
        lanes,
        settings.events_per_second,
        stop.clone(),
    ));
    let (url, len) = (target.page_url.clone(), target.page_len);
    let load = Load {
        connections: settings.connections,
        warmup: settings.warmup,
        measure: settings.measure,
        request: Arc::new(move |c, _, _| c.get(&url)),
        // The page read is never written to: the same page, whole, every time.
        check: Arc::new(move |status, body| status == 200 && body.len() == len),
    };
    let started = Instant::now();
    let reads = load::run(&load).await;
    stop.notify_one();
    let raised = raiser.await.context("the event raiser panicked")??;
    let reads = reads?;
    if let Some(receiver) = hanging {
        let s = subscription(mock, &receiver.url).await?;
        ensure!(
            s.counters.delivered == 0,
            "the receiver that never answers got a delivery: {s:?}"
        );
    }
    Ok(ReadRun {
        reads,
        events_per_second: raised as f64 / started.elapsed().as_secs_f64(),
    })
}

/// Runs part 5.
pub async fn run(launcher: &Launcher, settings: &Settings) -> anyhow::Result<Report> {
    ensure!(
        settings.runs > 0 && settings.read_pairs > 0,
        "part 5 needs at least one run of each kind"
    );
    tracing::info!("part 5: starting the mock (rate limit off) and two receivers");
    let mock = launcher
        .mock(&MockFixtures::Generated(150), MockRate::Off)
        .await?;
    let target = discover(&mock).await?;
    let answering = Receiver::answering().await?;
    let hanging = Receiver::hanging().await?;
    let mut delivery = Vec::new();
    for run in 0..settings.runs {
        tracing::info!(
            run = run + 1,
            "part 5: delivery to a receiver answering 200"
        );
        delivery.push(delivery_run(&mock, settings, &target, &answering).await?);
    }
    let (mut unsubscribed, mut with_hanging) = (Vec::new(), Vec::new());
    for run in 0..settings.read_pairs {
        tracing::info!(
            run = run + 1,
            "part 5: page reads, no subscription and a receiver that never answers"
        );
        // Swapped every run, so neither side is always the first after a reset.
        if run % 2 == 0 {
            unsubscribed.push(read_run(&mock, settings, &target, None).await?);
            with_hanging.push(read_run(&mock, settings, &target, Some(&hanging)).await?);
        } else {
            with_hanging.push(read_run(&mock, settings, &target, Some(&hanging)).await?);
            unsubscribed.push(read_run(&mock, settings, &target, None).await?);
        }
    }
    mock.admin()?.unsubscribe_webhooks(None).await?;
    Ok(Report {
        delivery,
        unsubscribed,
        hanging: with_hanging,
        hanging_connections: hanging.received.load(Ordering::Relaxed),
        busy_pages: target.pages.len() - 1,
        settings: settings.clone(),
    })
}
