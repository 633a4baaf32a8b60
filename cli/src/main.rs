//! `pancake`: call any operation of the Pancake API (or of the mock) from the command line and get
//! JSON back.
//!
//! ```text
//! pancake operations
//! pancake list-conversations --page-id 123 --param type=INBOX --all --limit 200
//! pancake call send_message --page-id 123 --param conversation_id=123_456 \
//!     --body '{"action":"reply_inbox","message":"Dạ shop còn ạ"}'
//! PANCAKE_BASE_URL=http://127.0.0.1:8080/api pancake list-pages
//! pancake sync --page-id 123 --database sqlite://pancake.db
//! pancake sync --page-id 123 --database postgres://me@127.0.0.1:5432/crm --redis redis://127.0.0.1:6379
//! pancake sync --page-id 123 --listen 127.0.0.1:8090 --interval-secs 600   # webhooks + delta polls
//! ```
//!
//! Tokens come from flags or the environment and are never printed: not in logs, not in errors,
//! and not in answers (`generate_page_access_token`'s new token is shown only with
//! `--show-secrets`).

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::Write as _;
use std::process::ExitCode;

mod sync;

use anyhow::{Context as _, bail};
use clap::{Args, Parser, Subcommand};
use futures::TryStreamExt;
use pancake_client::operations::{CallKind, OPERATIONS, TokenKind};
use pancake_client::redact::redact_text;
use pancake_client::retry::RetryPolicy;
use pancake_client::{Pancake, Upload, env, operations};
use serde_json::Value;

/// Call the Pancake API (pages.fm) or the pancake-mock server, with JSON output.
#[derive(Debug, Parser)]
#[command(
    name = "pancake",
    version,
    about,
    after_help = "Any operation id also works as a command: `pancake list-tags --page-id 123` is `pancake call list_tags --page-id 123`."
)]
struct Cli {
    #[command(flatten)]
    connection: Connection,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Args)]
pub(crate) struct Connection {
    /// Base URL of the API; the mock's is http://127.0.0.1:PORT/api.
    #[arg(long, env = pancake_client::env::BASE_URL, default_value = pancake_client::DEFAULT_BASE_URL, global = true)]
    pub(crate) base_url: String,
    /// The user access token, for the /v1 user API.
    #[arg(
        long,
        env = pancake_client::env::ACCESS_TOKEN,
        hide_env_values = true,
        global = true
    )]
    access_token: Option<String>,
    /// The page access token, for the page API.
    #[arg(
        long,
        env = pancake_client::env::PAGE_ACCESS_TOKEN,
        hide_env_values = true,
        global = true
    )]
    pub(crate) page_access_token: Option<String>,
    /// Do not limit requests to 5 per second per page.
    #[arg(long, global = true)]
    no_rate_limit: bool,
    /// Attempts per request, the first included (1 = no retries).
    #[arg(long, default_value_t = 4, global = true)]
    attempts: u32,
    /// Share each page's rate limit with every process using this Redis (redis://HOST:PORT).
    #[arg(long, env = "PANCAKE_REDIS_URL", global = true)]
    redis: Option<String>,
    /// With --redis: when Redis is down, go on with this process's own limit instead of failing.
    #[arg(long, requires = "redis", global = true)]
    redis_fallback: bool,
    /// More logs on stderr (-v: requests, -vv: everything); RUST_LOG also works.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List the operations of the spec.
    Operations,
    /// Call an operation by its id.
    Call(CallArgs),
    /// Backfill, then delta-sync, a page's conversations into SQLite, Postgres or JSON lines.
    /// Stop it at any time (Ctrl-C): a rerun resumes after the last stored page.
    Sync(sync::SyncArgs),
    #[command(external_subcommand)]
    External(Vec<OsString>),
}

#[derive(Debug, Args)]
struct CallArgs {
    /// The operation id (`list_conversations`; `list-conversations` works too).
    operation: String,
    /// The page, for page-API operations.
    #[arg(long, env = pancake_client::env::PAGE_ID)]
    page_id: Option<String>,
    /// A parameter `name=value`; repeat it. An array takes `name=a,b` or a repeated name.
    #[arg(long = "param", short = 'p', value_name = "NAME=VALUE")]
    params: Vec<String>,
    /// The JSON body, or `@file.json`.
    #[arg(long)]
    body: Option<String>,
    /// For list operations: walk every page and print the items as one JSON array.
    #[arg(long)]
    all: bool,
    /// With --all: stop after this many items.
    #[arg(long, requires = "all")]
    limit: Option<u64>,
    /// For upload_content: the file to upload.
    #[arg(long)]
    file: Option<std::path::PathBuf>,
    /// Check the answer against the spec's types (decode with the generated client).
    #[arg(long)]
    check: bool,
    /// Print tokens found in answers (generate_page_access_token) instead of `***`.
    #[arg(long)]
    show_secrets: bool,
}

/// Reads an operation used as a command (`pancake list-tags ...`) as `pancake call list-tags ...`,
/// global options included wherever they were written.
fn parse_cli() -> Cli {
    let cli = Cli::parse();
    let Command::External(words) = &cli.command else {
        return cli;
    };
    let argv: Vec<OsString> = std::env::args_os().collect();
    let at = argv
        .iter()
        .position(|a| Some(a) == words.first())
        .unwrap_or(argv.len());
    let mut rewritten = argv[..at].to_vec();
    rewritten.push("call".into());
    rewritten.extend_from_slice(&argv[at..]);
    Cli::parse_from(rewritten)
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = parse_cli();
    init_logs(cli.connection.verbose);
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // Errors of the client are already redacted; redact again for anything else.
            let mut message = format!("error: {err}");
            for cause in err.chain().skip(1) {
                message.push_str(&format!("\n  caused by: {cause}"));
            }
            eprintln!("{}", redact_text(&message));
            ExitCode::FAILURE
        }
    }
}

fn init_logs(verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "pancake_client=debug",
        _ => "debug",
    };
    let filter =
        tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| default.into());
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let args = match cli.command {
        Command::Operations => return print_operations(),
        Command::Call(args) => args,
        Command::Sync(args) => return sync::run(&cli.connection, args).await,
        Command::External(words) => bail!("unknown command {words:?}; `pancake --help` lists them"),
    };
    call(&cli.connection, args).await
}

fn print_operations() -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    for op in OPERATIONS {
        let token = match op.token {
            TokenKind::Page => "page token",
            TokenKind::User => "user token",
            TokenKind::None => "public",
        };
        let list = if op.pagination.is_some() {
            ", list (--all)"
        } else {
            ""
        };
        writeln!(
            out,
            "{:<36} {:<6} {:<72} [{token}{list}] {}",
            op.id, op.method, op.path, op.summary
        )?;
    }
    Ok(())
}

impl Connection {
    /// The client these options describe (connected to Redis with --redis).
    pub(crate) async fn pancake(&self) -> anyhow::Result<Pancake> {
        let mut builder = Pancake::builder()
            .base_url(&self.base_url)
            .retry(RetryPolicy {
                max_attempts: self.attempts.max(1),
                ..RetryPolicy::default()
            });
        if self.no_rate_limit {
            builder = builder.no_rate_limit();
        }
        if let Some(url) = &self.redis {
            builder = with_redis(builder, url, self.redis_fallback).await?;
        }
        Ok(builder.build()?)
    }
}

#[cfg(feature = "redis")]
async fn with_redis(
    builder: pancake_client::PancakeBuilder,
    url: &str,
    fallback: bool,
) -> anyhow::Result<pancake_client::PancakeBuilder> {
    use pancake_client::rate_limit::redis::{RedisLimiterOptions, RedisRateLimiter};
    use pancake_client::rate_limit::{PageRateLimiter, RateLimit};
    let limiter = RedisRateLimiter::connect(url, RedisLimiterOptions::default()).await?;
    let limiter = if fallback {
        limiter.with_fallback(PageRateLimiter::new(RateLimit::default()))
    } else {
        limiter
    };
    Ok(builder.rate_limiter(limiter))
}

#[cfg(not(feature = "redis"))]
async fn with_redis(
    _: pancake_client::PancakeBuilder,
    _: &str,
    _: bool,
) -> anyhow::Result<pancake_client::PancakeBuilder> {
    bail!("this pancake was built without the `redis` feature; rebuild it with it")
}

async fn call(connection: &Connection, args: CallArgs) -> anyhow::Result<()> {
    let id = args.operation.replace('-', "_");
    let operation = operations::operation(&id).with_context(|| {
        format!(
            "no operation `{}` in the spec; `pancake operations` lists them",
            args.operation
        )
    })?;
    let pancake = connection.pancake().await?;
    let params = parse_params(&args.params)?;
    let body = match &args.body {
        None => None,
        Some(text) => Some(read_body(text)?),
    };

    let answer: Value = match operation.token {
        TokenKind::Page => {
            let page_id = args.page_id.clone().with_context(|| {
                format!("page-API operations need --page-id (or {})", env::PAGE_ID)
            })?;
            let token = connection.page_access_token.clone().with_context(|| {
                format!(
                    "page-API operations need --page-access-token (or {})",
                    env::PAGE_ACCESS_TOKEN
                )
            })?;
            let page = pancake.page(page_id, token);
            if operation.call == CallKind::MultipartUpload {
                let file = args
                    .file
                    .as_ref()
                    .with_context(|| format!("{id} needs --file PATH"))?;
                serde_json::to_value(page.upload_content(Upload::from_path(file).await?).await?)?
            } else if args.all {
                Value::Array(
                    page.call_stream(&id, params, args.limit)?
                        .try_collect()
                        .await?,
                )
            } else {
                let answer = page.call(&id, params, body.as_ref()).await?;
                parse_answer(&id, &answer.body, args.check)?
            }
        }
        TokenKind::User | TokenKind::None => {
            let user = match (operation.token, &connection.access_token) {
                (TokenKind::User, Some(token)) => pancake.user(token.clone()),
                (TokenKind::User, None) => {
                    bail!(
                        "user-API operations need --access-token (or {})",
                        env::ACCESS_TOKEN
                    )
                }
                _ => pancake.public(),
            };
            if operation.call == CallKind::Redirect {
                let page_id = args
                    .page_id
                    .clone()
                    .or_else(|| params.get("page_id").cloned())
                    .with_context(|| format!("{id} needs --page-id"))?;
                let psid = params
                    .get("psid")
                    .with_context(|| format!("{id} needs --param psid=..."))?;
                serde_json::json!({ "location": user.get_customer_avatar(&page_id, psid).await? })
            } else {
                let mut params = params;
                if let (Some(page_id), Some(_)) = (&args.page_id, operation.param("page_id")) {
                    params
                        .entry("page_id".into())
                        .or_insert_with(|| page_id.clone());
                }
                if args.all {
                    Value::Array(
                        user.call_stream(&id, params, args.limit)?
                            .try_collect()
                            .await?,
                    )
                } else {
                    let answer = user.call(&id, params, body.as_ref()).await?;
                    parse_answer(&id, &answer.body, args.check)?
                }
            }
        }
    };
    let text = serde_json::to_string_pretty(&answer)?;
    let text = if args.show_secrets {
        text
    } else {
        redact_text(&text)
    };
    writeln!(std::io::stdout().lock(), "{text}")?;
    Ok(())
}

fn parse_params(raw: &[String]) -> anyhow::Result<BTreeMap<String, String>> {
    let mut params: BTreeMap<String, String> = BTreeMap::new();
    for pair in raw {
        let (name, value) = pair
            .split_once('=')
            .with_context(|| format!("--param `{pair}` is not NAME=VALUE"))?;
        params
            .entry(name.trim().to_owned())
            .and_modify(|v| {
                v.push(',');
                v.push_str(value);
            })
            .or_insert_with(|| value.to_owned());
    }
    Ok(params)
}

fn read_body(text: &str) -> anyhow::Result<Value> {
    let json = match text.strip_prefix('@') {
        Some(path) => std::fs::read_to_string(path)
            .with_context(|| format!("reading the body from {path}"))?,
        None => text.to_owned(),
    };
    serde_json::from_str(&json).context("--body is not JSON")
}

fn parse_answer(id: &str, body: &[u8], check: bool) -> anyhow::Result<Value> {
    let decoded = check.then(|| operations::decode_answer(id, body)).flatten();
    match decoded {
        Some(decoded) => {
            decoded.with_context(|| format!("the answer of {id} does not match the spec's types"))
        }
        None => serde_json::from_slice(body).context("the answer is not JSON"),
    }
}
