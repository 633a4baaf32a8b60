//! `pancake-mock`: run the Pancake API mock on one command.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use clap::Parser;
use pancake_mock::wrapper::{self, Ready};
use pancake_mock::{
    ClockMode, DuplicateRequestId, FaultConfig, FixtureSource, Fixtures, GenerateOptions,
    MockConfig, MockServer, RateLimit,
};
use tracing_subscriber::EnvFilter;

/// A stateful mock of the Pancake (pages.fm) API: every operation of openapi/pancake.yaml under
/// /api, deterministic fixtures, per-page rate limit, fault injection, and an admin API under
/// /__admin (reset, fixtures, journal, faults, clock).
#[derive(Debug, Parser)]
#[command(name = "pancake-mock", version)]
struct Cli {
    /// Address to listen on; port 0 picks a free port (the bound URL is printed).
    #[arg(long, env = "PANCAKE_MOCK_ADDR", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,

    /// Seed of the run: the generated fixtures (pages, ids, tokens, texts) and the dice of API
    /// and webhook faults. The same seed and the same requests give the same answers, journal
    /// and webhook deliveries.
    #[arg(long, env = "PANCAKE_MOCK_SEED", default_value_t = 42)]
    seed: u64,

    /// Serve this fixture file (JSON, the format `--dump-fixtures` prints) instead of generated fixtures.
    #[arg(long, env = "PANCAKE_MOCK_FIXTURES", value_name = "FILE")]
    fixtures: Option<PathBuf>,

    /// Conversations on the first (Facebook) page of the generated fixtures, e.g. 100000 for scale tests.
    #[arg(long, env = "PANCAKE_MOCK_CONVERSATIONS", default_value_t = 150)]
    conversations: usize,

    /// Fixture epoch (the mock's clock starts here): Unix seconds, or `now` for the wall clock.
    #[arg(long, env = "PANCAKE_MOCK_EPOCH", default_value = "1768435200")]
    epoch: String,

    /// Requests per page per second (token bucket per page id), or `off`; by default the spec's
    /// x-pancake-rate-limit (5 per page per second, like the live API).
    #[arg(long, env = "PANCAKE_MOCK_RATE_LIMIT")]
    rate_limit: Option<String>,

    /// Latency added to every API request, in milliseconds.
    #[arg(long, env = "PANCAKE_MOCK_LATENCY_MS", default_value_t = 0)]
    latency_ms: u64,

    /// Share of API requests answered with an injected 5xx (0.0 to 1.0).
    #[arg(long, env = "PANCAKE_MOCK_FAULT_RATE", default_value_t = 0.0)]
    fault_rate: f64,

    /// Status of injected faults: 500, 502 or 503.
    #[arg(long, env = "PANCAKE_MOCK_FAULT_STATUS", default_value_t = 503)]
    fault_status: u16,

    /// Seed of the fault dice alone, overriding `--seed` for them.
    #[arg(long, env = "PANCAKE_MOCK_FAULT_SEED")]
    fault_seed: Option<u64>,

    /// Share of webhook deliveries dropped (never sent; the journal says so), 0.0 to 1.0.
    #[arg(long, env = "PANCAKE_MOCK_WEBHOOK_DROP_RATE", default_value_t = 0.0)]
    webhook_drop_rate: f64,

    /// Share of webhook events delivered twice, 0.0 to 1.0.
    #[arg(
        long,
        env = "PANCAKE_MOCK_WEBHOOK_DUPLICATE_RATE",
        default_value_t = 0.0
    )]
    webhook_duplicate_rate: f64,

    /// The `request_id` of a duplicate's second copy: `same` as the first copy's, or `new`, as if
    /// each delivery had its own. Pancake's webhook file reads either way: test a receiver under
    /// both (openapi/RECONCILIATION.md, W2).
    #[arg(
        long,
        env = "PANCAKE_MOCK_WEBHOOK_DUPLICATE_REQUEST_ID",
        value_enum,
        default_value_t = DuplicateRequestId::Same
    )]
    webhook_duplicate_request_id: DuplicateRequestId,

    /// Share of webhook events queued before the event raised just before them on their page,
    /// 0.0 to 1.0.
    #[arg(long, env = "PANCAKE_MOCK_WEBHOOK_REORDER_RATE", default_value_t = 0.0)]
    webhook_reorder_rate: f64,

    /// Share of webhook events held back by `--webhook-delay-ms` of mock time, 0.0 to 1.0.
    #[arg(long, env = "PANCAKE_MOCK_WEBHOOK_DELAY_RATE", default_value_t = 0.0)]
    webhook_delay_rate: f64,

    /// How long a delayed webhook event waits, in mock-clock milliseconds.
    #[arg(long, env = "PANCAKE_MOCK_WEBHOOK_DELAY_MS", default_value_t = 0)]
    webhook_delay_ms: u64,

    /// Start with the clock in manual mode (it then moves only through POST /__admin/clock/advance).
    #[arg(long)]
    manual_clock: bool,

    /// Token the admin API (/__admin) requires as `Authorization: Bearer TOKEN`. Needed only when
    /// the address is beyond loopback (the admin API can make the mock POST to any URL); there,
    /// without one, a token is made up and printed.
    #[arg(long, env = "PANCAKE_MOCK_ADMIN_TOKEN", value_name = "TOKEN")]
    admin_token: Option<String>,

    /// Print the fixtures as a fixture file (JSON) and exit.
    #[arg(long)]
    dump_fixtures: bool,

    /// Once listening, print the start-up facts (URLs, tokens, pages, pid) as one JSON line on
    /// stdout instead of the banner; stdout then holds that line alone.
    #[arg(long)]
    ready_json: bool,

    /// Once listening, write the same JSON line to FILE (whole: written beside it, then renamed).
    #[arg(long, value_name = "FILE")]
    ready_file: Option<PathBuf>,

    /// Exit when standard input closes: a wrapper holds a pipe to the mock's stdin, and the mock
    /// ends with it, even when the wrapper is killed.
    #[arg(long)]
    exit_on_stdin_close: bool,

    /// Exit when the process that started the mock is gone (Unix; checked every 100 ms).
    #[arg(long)]
    exit_with_parent: bool,
}

fn parse_rate_limit(text: &str) -> anyhow::Result<Option<RateLimit>> {
    if text.eq_ignore_ascii_case("off") {
        return Ok(None);
    }
    let requests: u32 = text.parse().ok().filter(|n| *n > 0).with_context(|| {
        format!(
            "--rate-limit must be a positive number of requests per second or `off`, got {text:?}"
        )
    })?;
    Ok(Some(RateLimit {
        requests,
        per_seconds: 1,
    }))
}

fn parse_epoch(text: &str) -> anyhow::Result<i64> {
    if text == "now" {
        return Ok(chrono::Utc::now().timestamp());
    }
    text.parse()
        .with_context(|| format!("--epoch must be Unix seconds or `now`, got {text:?}"))
}

fn config(cli: &Cli) -> anyhow::Result<MockConfig> {
    let fixtures = match &cli.fixtures {
        Some(path) => {
            let bytes = std::fs::read(path)
                .with_context(|| format!("reading fixture file {}", path.display()))?;
            let fixtures = Fixtures::from_json(&bytes)
                .with_context(|| format!("loading fixture file {}", path.display()))?;
            FixtureSource::Given(Box::new(fixtures))
        }
        None => FixtureSource::Generated(GenerateOptions {
            seed: cli.seed,
            epoch_secs: parse_epoch(&cli.epoch)?,
            conversations: cli.conversations,
        }),
    };
    let faults = FaultConfig {
        error_rate: cli.fault_rate,
        status: cli.fault_status,
        latency_ms: cli.latency_ms,
        seed: cli.fault_seed.unwrap_or(cli.seed),
        webhook_drop_rate: cli.webhook_drop_rate,
        webhook_duplicate_rate: cli.webhook_duplicate_rate,
        webhook_duplicate_request_id: cli.webhook_duplicate_request_id,
        webhook_reorder_rate: cli.webhook_reorder_rate,
        webhook_delay_rate: cli.webhook_delay_rate,
        webhook_delay_ms: cli.webhook_delay_ms,
    };
    faults.validate().map_err(|e| {
        anyhow::anyhow!("fault settings (--fault-*, --latency-ms, --webhook-*): {e}")
    })?;
    Ok(MockConfig {
        addr: cli.addr,
        fixtures,
        rate_limit: match &cli.rate_limit {
            Some(text) => parse_rate_limit(text)?,
            None => Some(RateLimit::default()),
        },
        faults,
        admin_token: cli.admin_token.clone(),
        clock: if cli.manual_clock {
            ClockMode::Manual
        } else {
            ClockMode::System
        },
        ..MockConfig::default()
    })
}

fn main() -> anyhow::Result<()> {
    runtime()
        .context("starting the tokio runtime")?
        .block_on(run())
}

/// A runtime sized to the cores this process may use. On one core (a container's share, or
/// `taskset -c 0`) the main thread serves alone: a worker thread beside it would take a core
/// no more, only a second malloc arena (glibc gives each thread its own, and keeps what a burst
/// of connections freed in it), while the main thread's heap reuses what start-up freed.
fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let mut builder = if cores == 1 {
        tokio::runtime::Builder::new_current_thread()
    } else {
        tokio::runtime::Builder::new_multi_thread()
    };
    builder.enable_all().build()
}

async fn run() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        // Colour codes only for a person at a terminal: in files and pipes they are noise.
        .with_ansi(
            std::io::IsTerminal::is_terminal(&std::io::stderr())
                && std::env::var_os("NO_COLOR").is_none(),
        )
        .init();
    let cli = Cli::parse();
    let config = config(&cli)?;
    if cli.dump_fixtures {
        println!(
            "{}",
            serde_json::to_string_pretty(&config.build_fixtures())?
        );
        return Ok(());
    }
    let server = pancake_mock::start(config)
        .await
        .with_context(|| format!("starting the mock on {}", cli.addr))?;
    let ready = Ready::of(&server);
    if cli.ready_json {
        println!("{}", ready.to_line());
    } else {
        print_banner(&server);
    }
    if let Some(path) = &cli.ready_file {
        ready
            .write_file(path)
            .with_context(|| format!("writing the ready file {}", path.display()))?;
    }
    let stdin_closed = async {
        match cli.exit_on_stdin_close {
            true => wrapper::stdin_closed().await,
            false => std::future::pending().await,
        }
    };
    let parent_gone = async {
        match cli.exit_with_parent {
            true => wrapper::parent_gone().await,
            false => std::future::pending().await,
        }
    };
    tokio::select! {
        signal = tokio::signal::ctrl_c() => signal.context("waiting for Ctrl-C")?,
        () = stdin_closed => tracing::info!("standard input closed"),
        () = parent_gone => tracing::info!("the parent process is gone"),
    }
    tracing::info!("shutting down");
    server.shutdown().await;
    Ok(())
}

/// The start-up facts for a person: URLs, tokens, and `curl` lines to paste.
fn print_banner(server: &MockServer) {
    let fixtures = server.fixtures();
    println!("Pancake mock listening on {}", server.base_url());
    println!("user access_token: {}", fixtures.access_token);
    for p in &fixtures.pages {
        println!(
            "page {} ({}, {}, {} conversations) page_access_token={}",
            p.id, p.name, p.platform, p.conversations, p.page_access_token
        );
    }
    if let Some(p) = fixtures.pages.first() {
        println!(
            "try: curl -sG '{}/public_api/v2/pages/{}/conversations' --data-urlencode 'page_access_token={}'",
            server.base_url(),
            p.id,
            p.page_access_token
        );
    }
    println!(
        "admin: {}/__admin/fixtures  spec: {}/openapi.yaml",
        server.root_url(),
        server.root_url()
    );
    let auth = match server.admin_token() {
        Some(token) => {
            let why = if server.addr().ip().is_loopback() {
                "as --admin-token / PANCAKE_MOCK_ADMIN_TOKEN asked"
            } else {
                "the mock is reachable beyond loopback"
            };
            println!("admin token (required on /__admin, {why}): Authorization: Bearer {token}");
            format!(" -H 'Authorization: Bearer {token}'")
        }
        None => String::new(),
    };
    println!(
        "webhooks: curl -X PUT {}/__admin/webhooks{auth} -d '{{\"url\": \"http://127.0.0.1:3000/\"}}'",
        server.root_url()
    );
    if let Some(p) = fixtures.pages.first() {
        println!(
            "a customer writes: curl -X POST {}/__admin/simulate/message{auth} -d '{{\"page_id\": \"{}\", \"text\": \"Shop ơi còn hàng không?\"}}'",
            server.root_url(),
            p.id
        );
    }
}
