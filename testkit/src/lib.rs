//! Real servers for the tests, as users run them: `redis-server` and PostgreSQL, each started on a
//! free loopback port in its own temporary directory and stopped when the handle is dropped, or
//! by its [`Watchdog`] when the test process dies without dropping it (a panic that aborts, a
//! SIGKILL, a CI timeout).
//!
//! `.ci/run` installs both with apt where they are absent. On a developer machine without them the
//! tests that need them say so on stderr and pass without running ([`Missing::skip`]), so that
//! `cargo test --workspace` works with nothing but a Rust toolchain; under CI (`CI` set) a missing
//! server is a failure instead.
//!
//! The chores and the benchmarks (`xtask`, `pancake-bench`) start servers of their own the same
//! way ([`free_port`], [`wait_for_listener`]) and find the workspace through [`project_root`]
//! and [`target_dir`].

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A server binary is not installed.
#[derive(Debug)]
pub struct Missing(pub String);

impl Missing {
    /// Says why the test does not run; panics under CI, where the server must be there.
    pub fn skip(self) {
        if std::env::var_os("CI").is_some() {
            panic!("{} (CI must install it: see .ci/run)", self.0);
        }
        eprintln!("SKIPPED: {}", self.0);
    }
}

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("bind 127.0.0.1:0")
}

/// Waits until something accepts connections on 127.0.0.1:`port`, at most `timeout`; gives up
/// at once when `server` (the process that should listen there, if it is ours) exits first.
pub fn wait_for_listener(
    port: u16,
    mut server: Option<&mut Child>,
    timeout: Duration,
) -> Result<(), String> {
    let deadline = Instant::now() + timeout;
    loop {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(());
        }
        if let Some(child) = server.as_deref_mut()
            && let Ok(Some(status)) = child.try_wait()
        {
            return Err(format!(
                "exited ({status}) before listening on 127.0.0.1:{port}"
            ));
        }
        if Instant::now() >= deadline {
            return Err(format!(
                "did not listen on 127.0.0.1:{port} within {timeout:?}"
            ));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn wait_for_port(port: u16, what: &str, log: &Path) {
    if let Err(e) = wait_for_listener(port, None, Duration::from_secs(30)) {
        let log = std::fs::read_to_string(log).unwrap_or_default();
        panic!("{what} {e}; its log:\n{log}");
    }
}

/// The workspace root (testkit lives one level below it): for the chores and benchmarks that
/// read the spec or run the workspace's binaries.
pub fn project_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(PathBuf::from)
        .unwrap_or(manifest_dir)
}

/// Cargo's target directory: `CARGO_TARGET_DIR` (relative to `root`) or `root/target`.
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| if p.is_absolute() { p } else { root.join(p) })
        .unwrap_or_else(|| root.join("target"))
}

/// Stops a server when this process dies, however it dies. A `sh` waits to read from a pipe
/// whose writing end only this process holds (the standard library opens pipes close-on-exec, so
/// no other child inherits it); when this process exits, even by SIGKILL, the kernel closes that
/// end, the read returns, and the script stops the server and removes its directory. Dropping
/// the watchdog kills the `sh` first: the owner then stops the server its own way.
#[derive(Debug)]
pub struct Watchdog {
    sh: Child,
}

impl Watchdog {
    /// Watches for this process's end, then sends `signal` (`KILL`, `QUIT`, ...) to `pid`, waits
    /// (at most 30 s) until it is gone and removes `dir`.
    pub fn start(pid: u32, signal: &str, dir: &Path) -> std::io::Result<Self> {
        const SCRIPT: &str = r#"read -r _ignored
kill -s "$2" "$1" 2>/dev/null
i=0
while kill -0 "$1" 2>/dev/null && [ "$i" -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
rm -rf -- "$3""#;
        let sh = Command::new("sh")
            .args(["-c", SCRIPT, "pancake-testkit-watchdog"])
            .arg(pid.to_string())
            .arg(signal)
            .arg(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        Ok(Watchdog { sh })
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        let _ = self.sh.kill();
        let _ = self.sh.wait();
    }
}

fn signal(pid: u32, name: &str) {
    let _ = Command::new("kill")
        .args([format!("-{name}"), pid.to_string()])
        .status();
}

/// A `redis-server` on a free loopback port, without persistence; killed on drop.
#[derive(Debug)]
pub struct RedisServer {
    child: Child,
    port: u16,
    watchdog: Option<Watchdog>,
    _dir: tempfile::TempDir,
}

impl RedisServer {
    /// Starts one, or says that `redis-server` is not installed.
    pub fn start() -> Result<Self, Missing> {
        let binary = which("redis-server").ok_or_else(|| {
            Missing("redis-server is not installed (apt-get install redis-server)".into())
        })?;
        let dir = tempfile::tempdir().expect("a temp dir");
        let port = free_port();
        let log = dir.path().join("redis.log");
        let child = Command::new(binary)
            .args(["--bind", "127.0.0.1", "--port", &port.to_string()])
            .args(["--save", "", "--appendonly", "no", "--protected-mode", "no"])
            .arg("--dir")
            .arg(dir.path())
            .arg("--logfile")
            .arg(&log)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server starts");
        let watchdog = Watchdog::start(child.id(), "KILL", dir.path()).expect("sh starts");
        wait_for_port(port, "redis-server", &log);
        Ok(Self {
            child,
            port,
            watchdog: Some(watchdog),
            _dir: dir,
        })
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Its port on 127.0.0.1.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Its temporary directory (removed when it stops).
    pub fn dir(&self) -> &Path {
        self._dir.path()
    }

    /// `redis://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// Freezes the server (SIGSTOP): connections stay open and nothing answers, as with an
    /// overloaded or half-dead Redis.
    pub fn freeze(&self) {
        signal(self.child.id(), "STOP");
    }

    /// Lets a frozen server run again (SIGCONT).
    pub fn thaw(&self) {
        signal(self.child.id(), "CONT");
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        drop(self.watchdog.take());
        self.thaw();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A PostgreSQL cluster of its own (user `postgres`, trust authentication, database `postgres`)
/// on a free loopback port; stopped on drop.
#[derive(Debug)]
pub struct PostgresServer {
    bin: PathBuf,
    data: PathBuf,
    port: u16,
    as_postgres: bool,
    pid: u32,
    watchdog: Option<Watchdog>,
    _dir: tempfile::TempDir,
}

impl PostgresServer {
    /// Creates and starts a cluster, or says that PostgreSQL is not installed.
    ///
    /// `initdb` refuses to run as root; as root, the cluster belongs to the `postgres` user the
    /// Debian package creates and every command runs as that user (`runuser`).
    pub fn start() -> Result<Self, Missing> {
        let bin = postgres_bin().ok_or_else(|| {
            Missing("PostgreSQL is not installed (apt-get install postgresql)".into())
        })?;
        let as_postgres = is_root();
        let dir = tempfile::tempdir().expect("a temp dir");
        if as_postgres {
            run(Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(dir.path()));
        }
        let data = dir.path().join("data");
        let port = free_port();
        let mut server = Self {
            bin,
            data,
            port,
            as_postgres,
            pid: 0,
            watchdog: None,
            _dir: dir,
        };
        let mut initdb = server.command("initdb");
        initdb.arg("-D").arg(&server.data).args([
            "-U",
            "postgres",
            "--auth=trust",
            "--no-sync",
            "-E",
            "UTF8",
        ]);
        run(&mut initdb);
        let log = server._dir.path().join("postgres.log");
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off",
            server._dir.path().display()
        );
        let mut start = server.command("pg_ctl");
        start
            .arg("-D")
            .arg(&server.data)
            .arg("-l")
            .arg(&log)
            .args(["-o", &options, "-w", "start"]);
        run(&mut start);
        // pg_ctl has detached the postmaster: its pid is the first line of postmaster.pid.
        // SIGQUIT is PostgreSQL's immediate shutdown, what the drop asks pg_ctl for.
        let pid_file = server.data.join("postmaster.pid");
        server.pid = std::fs::read_to_string(&pid_file)
            .ok()
            .and_then(|text| text.lines().next()?.trim().parse().ok())
            .unwrap_or_else(|| panic!("no pid in {}", pid_file.display()));
        server.watchdog =
            Some(Watchdog::start(server.pid, "QUIT", server._dir.path()).expect("sh starts"));
        wait_for_port(port, "postgres", &log);
        Ok(server)
    }

    /// The postmaster's process id.
    pub fn pid(&self) -> u32 {
        self.pid
    }

    /// Its port on 127.0.0.1.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Its temporary directory (removed when it stops).
    pub fn dir(&self) -> &Path {
        self._dir.path()
    }

    /// `postgres://postgres@127.0.0.1:PORT/postgres`.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    fn command(&self, program: &str) -> Command {
        let path = self.bin.join(program);
        let mut command = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(path);
            c
        } else {
            Command::new(path)
        };
        command.stdin(Stdio::null());
        command
    }
}

impl Drop for PostgresServer {
    fn drop(&mut self) {
        drop(self.watchdog.take());
        let mut stop = self.command("pg_ctl");
        stop.arg("-D")
            .arg(&self.data)
            .args(["-m", "immediate", "-w", "stop"])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let _ = stop.status();
    }
}

fn run(command: &mut Command) {
    let output = command.output().expect("the command starts");
    assert!(
        output.status.success(),
        "{command:?} failed: {}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|dir| Path::new(dir).join(program))
        .find(|p| p.is_file())
}

/// The newest `/usr/lib/postgresql/N/bin` (Debian's layout), or the directory of `pg_ctl` on
/// `PATH`.
fn postgres_bin() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let version = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").is_file().then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions
        .pop()
        .map(|(_, bin)| bin)
        .or_else(|| which("pg_ctl").and_then(|p| p.parent().map(Path::to_path_buf)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listener_is_found_and_a_server_that_exits_is_not_waited_for() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        assert_eq!(
            wait_for_listener(port, None, Duration::from_secs(5)),
            Ok(())
        );
        drop(listener);

        let mut exits = Command::new("true").spawn().unwrap();
        let started = Instant::now();
        let err =
            wait_for_listener(free_port(), Some(&mut exits), Duration::from_secs(60)).unwrap_err();
        assert!(err.starts_with("exited"), "{err}");
        assert!(started.elapsed() < Duration::from_secs(30), "{err}");

        let err = wait_for_listener(free_port(), None, Duration::from_millis(50)).unwrap_err();
        assert!(err.contains("within 50ms"), "{err}");
    }

    #[test]
    fn the_project_root_holds_the_workspace_manifest() {
        let root = project_root();
        assert!(root.join("Cargo.toml").is_file() && root.join("testkit").is_dir());
    }
}
