//! Starting servers for `bench`: the mock and the naive ceiling, each as its own process, or
//! inside this process (the bench smoke test).

use std::io::BufRead;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use pancake_mock::admin::AdminClient;
use pancake_mock::{FixtureSummary, Fixtures};

/// How servers are started.
#[derive(Debug, Clone)]
pub enum Launcher {
    /// Separate processes from release binaries, so the load generator never shares a runtime
    /// with the server it measures.
    Processes {
        /// `target/release/pancake-mock`.
        mock_bin: PathBuf,
        /// `target/release/pancake-bench` (serves the ceiling with `ceiling`).
        bench_bin: PathBuf,
    },
    /// Tasks of this process (smoke test only: figures are then not comparable).
    #[cfg_attr(
        not(test),
        expect(dead_code, reason = "only the smoke test runs servers in-process")
    )]
    InProcess,
}

/// The mock's rate limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MockRate {
    /// The mock's default (the spec's `x-pancake-rate-limit`).
    Default,
    /// No limit.
    Off,
    /// This many requests per page per second.
    PerSecond(u32),
}

/// What the mock serves.
#[derive(Debug, Clone)]
pub enum MockFixtures {
    /// The generated fixtures with this many conversations on the first page.
    Generated(usize),
    /// These fixtures (passed to a process as a fixture file).
    Given(Box<Fixtures>),
}

/// A running server; stopped when dropped.
#[derive(Debug)]
pub struct Running {
    /// `http://127.0.0.1:PORT`.
    pub root_url: String,
    /// The process serving it (this process when in-process).
    pub pid: u32,
    /// From the spawn to the first successful HTTP answer.
    pub ready_after: Duration,
    _guard: Guard,
}

#[derive(Debug)]
enum Guard {
    Child { child: Child, temp: Option<PathBuf> },
    Mock(#[allow(dead_code)] pancake_mock::MockServer),
    Task(tokio::task::JoinHandle<()>),
}

impl Drop for Guard {
    fn drop(&mut self) {
        match self {
            Guard::Child { child, temp } => {
                // Our own child, by its handle: nothing else is ever signalled.
                let _ = child.kill();
                let _ = child.wait();
                if let Some(path) = temp.take() {
                    let _ = std::fs::remove_file(path);
                }
            }
            Guard::Mock(_) => {}
            Guard::Task(task) => task.abort(),
        }
    }
}

impl Running {
    /// `http://127.0.0.1:PORT/api` (the mock's API base).
    pub fn api_url(&self) -> String {
        format!("{}/api", self.root_url)
    }

    /// The mock's admin API, through the loopback client of the chores.
    pub fn admin(&self) -> anyhow::Result<AdminClient> {
        admin_client(&self.root_url)
    }

    /// Tokens and pages of the mock.
    pub async fn fixtures(&self) -> anyhow::Result<FixtureSummary> {
        Ok(self.admin()?.fixtures().await?)
    }
}

fn admin_client(url: &str) -> anyhow::Result<AdminClient> {
    Ok(AdminClient::new(url)?.with_http_client(http()))
}

/// What says a started server is ready.
#[derive(Debug, Clone, Copy)]
enum Ready {
    /// The mock's admin API answers its fixture summary.
    MockAdmin,
    /// `GET` of this path answers 200.
    Path(&'static str),
}

/// A plain loopback client for set-up calls.
pub fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap_or_default()
}

/// A file name in the temp dir no other run uses.
pub fn temp_path(what: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    std::env::temp_dir().join(format!(
        "pancake-bench-{}-{nanos}-{what}",
        std::process::id()
    ))
}

impl Launcher {
    /// Starts a mock serving `fixtures` with `rate`.
    pub async fn mock(&self, fixtures: &MockFixtures, rate: MockRate) -> anyhow::Result<Running> {
        let spawned = Instant::now();
        match self {
            Launcher::Processes { mock_bin, .. } => {
                let mut cmd = Command::new(mock_bin);
                cmd.args(["--addr", "127.0.0.1:0"]);
                match rate {
                    MockRate::Default => {}
                    MockRate::Off => {
                        cmd.args(["--rate-limit", "off"]);
                    }
                    MockRate::PerSecond(n) => {
                        cmd.args(["--rate-limit", &n.to_string()]);
                    }
                }
                let temp = match fixtures {
                    MockFixtures::Generated(n) => {
                        cmd.args(["--conversations", &n.to_string()]);
                        None
                    }
                    MockFixtures::Given(f) => {
                        let path = temp_path("fixtures.json");
                        let json = serde_json::to_vec(f).context("serialising fixtures")?;
                        std::fs::write(&path, json)
                            .with_context(|| format!("writing {}", path.display()))?;
                        cmd.arg("--fixtures").arg(&path);
                        Some(path)
                    }
                };
                spawn(cmd, "Pancake mock listening on ", Ready::MockAdmin, temp)
                    .await
                    .map(|mut r| {
                        r.root_url = r.root_url.trim_end_matches("/api").to_owned();
                        r
                    })
            }
            Launcher::InProcess => {
                let config = pancake_mock::MockConfig {
                    fixtures: match fixtures {
                        MockFixtures::Generated(n) => {
                            pancake_mock::FixtureSource::Generated(pancake_mock::GenerateOptions {
                                conversations: *n,
                                ..Default::default()
                            })
                        }
                        MockFixtures::Given(f) => pancake_mock::FixtureSource::Given(f.clone()),
                    },
                    rate_limit: match rate {
                        MockRate::Default => Some(pancake_mock::RateLimit::default()),
                        MockRate::Off => None,
                        MockRate::PerSecond(n) => Some(pancake_mock::RateLimit {
                            requests: n,
                            per_seconds: 1,
                        }),
                    },
                    ..Default::default()
                };
                let server = pancake_mock::start(config)
                    .await
                    .context("starting the mock in-process")?;
                let root_url = server.root_url();
                wait_ready(&root_url, Ready::MockAdmin, None).await?;
                Ok(Running {
                    root_url,
                    pid: std::process::id(),
                    ready_after: spawned.elapsed(),
                    _guard: Guard::Mock(server),
                })
            }
        }
    }

    /// Starts the release mock (`mock_bin`, default fixtures, no rate limit) pinned to `core`
    /// with taskset, so its runtime sizes itself to that one core.
    pub async fn mock_pinned(&self, core: usize) -> anyhow::Result<Running> {
        let Launcher::Processes { mock_bin, .. } = self else {
            bail!("a pinned mock needs the release mock as its own process");
        };
        let mut cmd = Command::new("taskset");
        cmd.args(["-c", &core.to_string()]).arg(mock_bin).args([
            "--addr",
            "127.0.0.1:0",
            "--rate-limit",
            "off",
        ]);
        spawn(cmd, "Pancake mock listening on ", Ready::MockAdmin, None)
            .await
            .map(|mut r| {
                r.root_url = r.root_url.trim_end_matches("/api").to_owned();
                r
            })
    }

    /// Starts the naive ceiling serving the v2 page `page_body` (the mock's answer).
    pub async fn ceiling(&self, page_body: &[u8]) -> anyhow::Result<Running> {
        let spawned = Instant::now();
        match self {
            Launcher::Processes { bench_bin, .. } => {
                let path = temp_path("page.json");
                std::fs::write(&path, page_body)
                    .with_context(|| format!("writing {}", path.display()))?;
                let mut cmd = Command::new(bench_bin);
                cmd.args(["ceiling", "--addr", "127.0.0.1:0", "--page"])
                    .arg(&path);
                spawn(
                    cmd,
                    "ceiling listening on ",
                    Ready::Path(crate::ceiling::PAGE_PATH),
                    Some(path),
                )
                .await
            }
            Launcher::InProcess => {
                let app = crate::ceiling::router(crate::ceiling::parse_page(page_body)?);
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
                let root_url = format!("http://{}", listener.local_addr()?);
                let task = tokio::spawn(async move {
                    let _ = axum::serve(listener, app).await;
                });
                wait_ready(&root_url, Ready::Path(crate::ceiling::PAGE_PATH), None).await?;
                Ok(Running {
                    root_url,
                    pid: std::process::id(),
                    ready_after: spawned.elapsed(),
                    _guard: Guard::Task(task),
                })
            }
        }
    }
}

/// Spawns `cmd`, reads its URL from the stdout line starting with `banner`, then waits until
/// it is `ready`.
async fn spawn(
    mut cmd: Command,
    banner: &'static str,
    ready: Ready,
    temp: Option<PathBuf>,
) -> anyhow::Result<Running> {
    let program = cmd.get_program().to_string_lossy().into_owned();
    let spawned = Instant::now();
    let mut child = cmd
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .with_context(|| format!("starting {program}"))?;
    let pid = child.id();
    let stdout = child.stdout.take().context("the child's stdout")?;
    let guard = Guard::Child { child, temp };
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let mut tx = Some(tx);
        // Keep draining after the banner so the child never blocks on a full pipe.
        for line in std::io::BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if let Some(url) = line.strip_prefix(banner)
                && let Some(tx) = tx.take()
            {
                let _ = tx.send(url.trim().to_owned());
            }
        }
    });
    let url = match tokio::time::timeout(Duration::from_secs(120), rx).await {
        Ok(Ok(url)) => url,
        Ok(Err(_)) => {
            bail!("{program} exited before printing `{banner}URL` (see its errors above)")
        }
        Err(_) => bail!("{program} printed no `{banner}URL` within 120 s"),
    };
    let root_url = url.trim_end_matches('/').to_owned();
    wait_ready(root_url.trim_end_matches("/api"), ready, Some(pid)).await?;
    Ok(Running {
        root_url,
        pid,
        ready_after: spawned.elapsed(),
        _guard: guard,
    })
}

/// Whether `pid` runs (an exited child stays a zombie until reaped: that counts as gone).
fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/status")).is_ok_and(|status| {
        !status
            .lines()
            .any(|l| l.starts_with("State:") && l.contains('Z'))
    })
}

/// Polls the server at `root_url` until it is `ready` (at most 120 s).
async fn wait_ready(root_url: &str, ready: Ready, pid: Option<u32>) -> anyhow::Result<()> {
    let client = http();
    let admin = admin_client(root_url)?;
    let what = match ready {
        Ready::MockAdmin => format!("the admin API at {}", admin.url()),
        Ready::Path(path) => format!("{root_url}{path}"),
    };
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let answered = match ready {
            Ready::MockAdmin => admin.fixtures().await.is_ok(),
            Ready::Path(path) => client
                .get(format!("{root_url}{path}"))
                .send()
                .await
                .is_ok_and(|res| res.status().is_success()),
        };
        if answered {
            return Ok(());
        }
        if let Some(pid) = pid
            && !alive(pid)
        {
            bail!("the server (pid {pid}) exited before answering {what}");
        }
        if Instant::now() > deadline {
            bail!("{what} gave no successful answer within 120 s");
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}
