//! The static-file reference: the mock's v2 conversations page read against nginx serving the
//! very same bytes from a file. The server under test gets one core and wrk the other (taskset),
//! so the figure says what the server does with a core, not how the two share the machine.
//! Runs interleave (mock, nginx, mock, nginx, ...) as in part 1. nginx and wrk are installed with
//! apt when absent and this runs as root (as CI does); otherwise the part says what to install.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{Context, bail, ensure};

use std::fmt::Write;

use super::Part;
use super::memory::{Memory, mib};
use super::report::Goal;
use super::stats::Summary;
use super::wrk::{self, WrkRun};
use crate::servers::Launcher;

/// The core the server under test runs on, and the one wrk runs on.
const SERVER_CORE: usize = 0;
const LOAD_CORE: usize = 1;

/// How the part runs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Runs of each point, per server.
    pub runs: usize,
    /// Length of one wrk run (whole seconds).
    pub duration: Duration,
    /// Connection counts.
    pub connections: Vec<usize>,
}

/// The runs at one connection count.
#[derive(Debug, Clone)]
pub struct Point {
    /// Connections.
    pub connections: usize,
    /// The mock's runs.
    pub mock: Vec<WrkRun>,
    /// nginx's runs, each right after the mock's of the same index.
    pub nginx: Vec<WrkRun>,
}

impl Point {
    /// Mock/nginx requests per second, run by run.
    pub fn ratio(&self) -> Option<Summary> {
        let ratios: Vec<f64> = self
            .mock
            .iter()
            .zip(&self.nginx)
            .map(|(m, n)| m.rps / n.rps)
            .collect();
        Summary::of(&ratios)
    }

    /// A figure of each run of `side`, summarised.
    pub fn summary(side: &[WrkRun], figure: impl Fn(&WrkRun) -> f64) -> Option<Summary> {
        Summary::of(&side.iter().map(figure).collect::<Vec<_>>())
    }

    /// Non-2xx answers and socket errors over every run.
    pub fn failures(&self) -> u64 {
        self.mock
            .iter()
            .chain(&self.nginx)
            .map(|r| r.non_2xx + r.socket_errors)
            .sum()
    }
}

/// Everything the part measured.
#[derive(Debug, Clone)]
pub struct Report {
    /// One entry per connection count.
    pub points: Vec<Point>,
    /// The mock's memory after start-up, before any load.
    pub mock_idle: Memory,
    /// The mock's memory after every run.
    pub mock_after: Memory,
    /// nginx's memory after every run (its one process: `master_process off`).
    pub nginx_after: Memory,
    /// Size of the page body both serve.
    pub page_bytes: usize,
    /// `nginx -v` and `wrk -v`, for the report.
    pub versions: String,
    /// Settings used.
    pub settings: Settings,
}

/// Runs the part. Needs the mock as a release binary (a `Processes` launcher).
pub async fn run(launcher: &Launcher, settings: &Settings) -> anyhow::Result<Report> {
    ensure_tools()?;
    let versions = versions();
    let mock = launcher.mock_pinned(SERVER_CORE).await?;
    let mock_idle = Memory::of(mock.pid)?;
    let target = super::throughput::discover(&mock).await?;
    let mock_url = format!(
        "{}/public_api/v2/pages/{}/conversations?page_access_token={}",
        mock.api_url(),
        target.page_id,
        target.token
    );
    let nginx = Nginx::start(&target.page_body).await?;

    let mut points = Vec::new();
    for &connections in &settings.connections {
        let mut point = Point {
            connections,
            mock: Vec::new(),
            nginx: Vec::new(),
        };
        for _ in 0..settings.runs {
            point
                .mock
                .push(load(&mock_url, connections, settings, target.page_body.len()).await?);
            point
                .nginx
                .push(load(&nginx.url, connections, settings, target.page_body.len()).await?);
        }
        points.push(point);
    }
    Ok(Report {
        points,
        mock_idle,
        mock_after: Memory::of(mock.pid)?,
        nginx_after: Memory::of(nginx.pid())?,
        page_bytes: target.page_body.len(),
        versions,
        settings: settings.clone(),
    })
}

/// One wrk run, on a blocking thread; an answer shorter than the page counts as a failure.
async fn load(
    url: &str,
    connections: usize,
    s: &Settings,
    page_bytes: usize,
) -> anyhow::Result<WrkRun> {
    let url_owned = url.to_owned();
    let duration = s.duration;
    let run =
        tokio::task::spawn_blocking(move || wrk::run(&url_owned, connections, duration, LOAD_CORE))
            .await
            .context("the wrk thread panicked")??;
    // wrk prints the bytes read with two decimals of their unit ("1.23GB"), so the figure is
    // good to about 0.5%: a shorter answer than 99% of the page is not the page.
    ensure!(
        run.bytes_per_request() >= 0.99 * page_bytes as f64,
        "{url} answered {:.0} bytes per request, less than the page's {page_bytes}: not the page",
        run.bytes_per_request()
    );
    Ok(run)
}

fn found(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// nginx, wrk and taskset, installed with apt when absent and allowed.
fn ensure_tools() -> anyhow::Result<()> {
    let missing: Vec<&str> = [
        ("nginx", "nginx-light"),
        ("wrk", "wrk"),
        ("taskset", "util-linux"),
    ]
    .into_iter()
    .filter(|(program, _)| !found(program) && !Path::new("/usr/sbin").join(program).exists())
    .map(|(_, package)| package)
    .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if !root {
        bail!(
            "the static-file reference needs {}: install with `sudo apt-get install {}`",
            missing.join(", "),
            missing.join(" ")
        );
    }
    tracing::info!("installing {} with apt", missing.join(" "));
    let ok = Command::new("sh")
        .args([
            "-c",
            &format!(
                "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
                 --no-install-recommends {} >/dev/null",
                missing.join(" ")
            ),
        ])
        .status()
        .context("running apt-get")?
        .success();
    ensure!(ok, "apt-get could not install {}", missing.join(" "));
    // Debian starts the nginx service on install; it is not ours, and holds port 80 for nothing.
    let _ = Command::new("sh")
        .args(["-c", "service nginx stop >/dev/null 2>&1"])
        .status();
    Ok(())
}

fn versions() -> String {
    let line = |program: &str, flag: &str| {
        Command::new(program)
            .arg(flag)
            .output()
            .map(|o| {
                let text = [o.stdout, o.stderr].concat();
                String::from_utf8_lossy(&text)
                    .lines()
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_owned()
            })
            .unwrap_or_default()
    };
    format!("{}; {}", line(nginx_program(), "-v"), line("wrk", "-v"))
}

fn nginx_program() -> &'static str {
    if found("nginx") {
        "nginx"
    } else {
        "/usr/sbin/nginx"
    }
}

/// nginx serving one file, one process, pinned to the server core; stopped on drop.
struct Nginx {
    child: Child,
    dir: PathBuf,
    url: String,
}

impl Nginx {
    async fn start(body: &[u8]) -> anyhow::Result<Nginx> {
        let dir = crate::servers::temp_path("nginx");
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let page = dir.join("page.json");
        std::fs::write(&page, body)?;
        // A free port: bind to port 0, read it, let it go (nginx takes it a moment later).
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let conf = dir.join("nginx.conf");
        std::fs::write(
            &conf,
            format!(
                "worker_processes 1;\nmaster_process off;\ndaemon off;\npid {dir}/nginx.pid;\n\
                 error_log {dir}/error.log;\nevents {{ worker_connections 1024; }}\n\
                 http {{\n  access_log off;\n  keepalive_requests 1000000000;\n\
                 client_body_temp_path {dir};\n  proxy_temp_path {dir};\n\
                 fastcgi_temp_path {dir};\n  uwsgi_temp_path {dir};\n  scgi_temp_path {dir};\n\
                 server {{\n    listen 127.0.0.1:{port};\n\
                 location = /page {{ default_type application/json; alias {page}; }}\n  }}\n}}\n",
                dir = dir.display(),
                page = page.display(),
            ),
        )?;
        let child = Command::new("taskset")
            .args(["-c", &SERVER_CORE.to_string(), nginx_program(), "-c"])
            .arg(&conf)
            .arg("-p")
            .arg(&dir)
            .arg("-e")
            .arg(dir.join("error.log"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
            .context("starting nginx")?;
        let nginx = Nginx {
            child,
            dir,
            url: format!("http://127.0.0.1:{port}/page"),
        };
        let client = crate::servers::http();
        for _ in 0..100 {
            if let Ok(res) = client.get(&nginx.url).send().await
                && res.status().is_success()
            {
                let served = res.bytes().await?;
                ensure!(
                    served == body,
                    "nginx serves other bytes than the mock's page"
                );
                return Ok(nginx);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let log = std::fs::read_to_string(nginx.dir.join("error.log")).unwrap_or_default();
        bail!("nginx did not answer on {} within 5 s: {log}", nginx.url)
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // Our own child (taskset execs nginx in place), by its handle.
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The goals of this part: mock/nginx >= 0.9 at each connection count, and the mock's resident
/// memory with its default fixtures within 16 MiB.
pub fn goals(part: &Part<Report>) -> Vec<Goal> {
    let Part::Done(report) = part else {
        return vec![Goal {
            name: "Page read, mock/nginx >= 0.9 (one pinned core each)".into(),
            figure: "n/a".into(),
            met: None,
        }];
    };
    let mut goals: Vec<Goal> = report
        .points
        .iter()
        .map(|p| {
            let ratio = p.ratio();
            Goal {
                name: format!(
                    "Page read, mock/nginx >= 0.9 at {} connection(s), one pinned core each",
                    p.connections
                ),
                figure: ratio.map_or_else(|| "n/a".into(), |r| r.show(2)),
                met: ratio.map(|r| r.median >= 0.9 && p.failures() == 0),
            }
        })
        .collect();
    let worst = report.mock_idle.rss_kib.max(report.mock_after.rss_kib);
    goals.push(Goal {
        name: "Mock resident memory, default fixtures, <= 16 MiB (idle and after the page reads)"
            .into(),
        figure: format!(
            "{:.1} MiB idle, {:.1} MiB after",
            mib(report.mock_idle.rss_kib),
            mib(report.mock_after.rss_kib)
        ),
        met: Some(worst <= 16 * 1024),
    });
    goals
}

/// The body of this part's section of the report.
pub fn render(out: &mut String, report: &Report) {
    let show = |s: Option<Summary>, decimals| s.map_or_else(|| "n/a".into(), |s| s.show(decimals));
    let _ = writeln!(
        out,
        "{} run(s) of {} s per point, mock and nginx interleaved. Requests per second and latency (p50 / p99, ms, from wrk's distribution).\n",
        report.settings.runs,
        report.settings.duration.as_secs()
    );
    out.push_str("| Connections | Mock req/s | nginx req/s | Mock/nginx | Mock p50 / p99 ms | nginx p50 / p99 ms | Failed requests |\n|---|---|---|---|---|---|---|\n");
    for p in &report.points {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} / {} | {} / {} | {} |",
            p.connections,
            show(Point::summary(&p.mock, |r| r.rps), 0),
            show(Point::summary(&p.nginx, |r| r.rps), 0),
            show(p.ratio(), 2),
            show(Point::summary(&p.mock, |r| r.p50_ms), 2),
            show(Point::summary(&p.mock, |r| r.p99_ms), 2),
            show(Point::summary(&p.nginx, |r| r.p50_ms), 2),
            show(Point::summary(&p.nginx, |r| r.p99_ms), 2),
            p.failures()
        );
    }
    let _ = writeln!(
        out,
        "\nResident memory (VmRSS, MiB): mock {:.1} idle after start-up, {:.1} after the runs (VmHWM {:.1}); nginx {:.1} after the runs.\n",
        mib(report.mock_idle.rss_kib),
        mib(report.mock_after.rss_kib),
        mib(report.mock_after.hwm_kib),
        mib(report.nginx_after.rss_kib),
    );
    let _ = writeln!(
        out,
        "How: the release mock (`taskset -c {SERVER_CORE} pancake-mock --addr 127.0.0.1:0 --rate-limit off`, default fixtures) and nginx (`worker_processes 1`, `master_process off`, `access_log off`, the page as a file with `default_type application/json`), each pinned to core {SERVER_CORE}; wrk (`taskset -c {LOAD_CORE} wrk -t1 -cN --latency`) on core {LOAD_CORE}. Both serve the mock's first v2 conversations page ({} bytes, checked byte for byte on nginx before the runs; a run whose bytes per request (as wrk rounds them) fall below 99% of the page's size fails the part). Tools: {}.\n",
        report.page_bytes, report.versions
    );
}
