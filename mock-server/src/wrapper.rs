//! What the binary offers the programs that start it (the Python and npm packages under
//! `mock-server/python/` and `mock-server/npm/`, a shell script, a test harness): the start-up
//! facts as one JSON document ([`Ready`], printed by `--ready-json` and written by
//! `--ready-file`), so no wrapper scrapes the human banner, and ways to end with the program that
//! started it (`--exit-on-stdin-close`, `--exit-with-parent`), so a killed test run leaves no
//! mock behind.

use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{MockServer, PageSummary, RateLimit};

/// The start-up facts, once the mock listens: one JSON object on one line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Ready {
    /// The crate's version (`pancake-mock --version`).
    pub version: String,
    /// The mock's process id.
    pub pid: u32,
    /// `http://HOST:PORT/api`: the base URL clients use.
    pub base_url: String,
    /// `http://HOST:PORT`: where `/__admin` and `/openapi.yaml` live.
    pub origin: String,
    /// `http://HOST:PORT/openapi.yaml`: the spec the mock serves.
    pub spec_url: String,
    /// The user access token.
    pub access_token: String,
    /// The token `/__admin` requires (`Authorization: Bearer TOKEN`); `null` when it is open.
    pub admin_token: Option<String>,
    /// The pages with their tokens and conversation counts.
    pub pages: Vec<PageSummary>,
    /// The per-page rate limit at start (`null`: off), what a wrapper restores between tests.
    pub rate_limit: Option<RateLimit>,
}

impl Ready {
    /// The facts of `server`, served by this process.
    pub fn of(server: &MockServer) -> Ready {
        let fixtures = server.fixtures();
        Ready {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            pid: std::process::id(),
            base_url: server.base_url(),
            origin: server.root_url(),
            spec_url: format!("{}/openapi.yaml", server.root_url()),
            access_token: fixtures.access_token,
            admin_token: server.admin_token().map(str::to_owned),
            pages: fixtures.pages,
            rate_limit: server.state.limiter.limit(),
        }
    }

    /// One line of JSON, without the newline.
    pub fn to_line(&self) -> String {
        serde_json::to_string(self).expect("the ready document is plain JSON")
    }

    /// Writes the JSON line to `path` as a whole: to a temporary file beside it, then renamed,
    /// so a reader polling for the file never sees half of it.
    pub fn write_file(&self, path: &Path) -> std::io::Result<()> {
        let mut temporary = path.as_os_str().to_owned();
        temporary.push(format!(".{}.tmp", std::process::id()));
        std::fs::write(&temporary, format!("{}\n", self.to_line()))?;
        std::fs::rename(&temporary, path)
    }
}

/// Resolves once standard input reaches its end (the writer closed it, or the process that held
/// it died). A wrapper keeps the write end of a pipe open for as long as it wants the mock; this
/// works on every platform. Reading happens on a thread of its own: std's stdin blocks.
pub async fn stdin_closed() {
    let (closed, on_close) = tokio::sync::oneshot::channel::<()>();
    std::thread::spawn(move || {
        let mut sink = [0u8; 1024];
        let mut stdin = std::io::stdin().lock();
        loop {
            match std::io::Read::read(&mut stdin, &mut sink) {
                Ok(0) => break,
                Ok(_) => continue,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
        let _ = closed.send(());
    });
    let _ = on_close.await;
}

/// Resolves once the process that started this one is gone: on Unix a dead parent's children
/// are adopted (by init or a subreaper), so the parent id changes. Polled every 100 ms. Never
/// resolves elsewhere (use [`stdin_closed`] there).
pub async fn parent_gone() {
    #[cfg(unix)]
    {
        let parent = std::os::unix::process::parent_id();
        let mut tick = tokio::time::interval(std::time::Duration::from_millis(100));
        loop {
            tick.tick().await;
            if std::os::unix::process::parent_id() != parent {
                return;
            }
        }
    }
    #[cfg(not(unix))]
    std::future::pending::<()>().await
}
