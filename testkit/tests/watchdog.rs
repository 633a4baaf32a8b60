//! A test process that dies by SIGKILL leaves no server behind: the servers' watchdogs stop them
//! and remove their directories. The test runs this very test binary again, asking it for the
//! ignored `hold_servers_until_killed`, kills it once its servers listen, and looks for them.

use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use pancake_testkit::{PostgresServer, RedisServer};

/// Asked for by `a_killed_test_process_leaves_no_server`: starts both servers, prints their pids,
/// ports and directories, and waits to be killed.
#[test]
#[ignore = "run (and killed) by a_killed_test_process_leaves_no_server"]
fn hold_servers_until_killed() {
    let (redis, postgres) = match (RedisServer::start(), PostgresServer::start()) {
        (Ok(redis), Ok(postgres)) => (redis, postgres),
        (Err(missing), _) | (_, Err(missing)) => {
            println!("missing {}", missing.0);
            return;
        }
    };
    println!(
        "servers {} {} {} {} {} {}",
        redis.pid(),
        redis.port(),
        redis.dir().display(),
        postgres.pid(),
        postgres.port(),
        postgres.dir().display()
    );
    std::thread::sleep(Duration::from_secs(120));
}

/// Whether `pid` is a live process (a zombie, dead but not yet reaped, is not).
fn alive(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        stat.rsplit(')')
            .next()
            .is_some_and(|s| !s.trim_start().starts_with('Z'))
    })
}

#[test]
fn a_killed_test_process_leaves_no_server() {
    let mut holder = Command::new(std::env::current_exe().unwrap())
        .args([
            "--ignored",
            "--exact",
            "hold_servers_until_killed",
            "--nocapture",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let line = BufReader::new(holder.stdout.take().unwrap())
        .lines()
        .map_while(Result::ok)
        .find(|l| l.starts_with("servers ") || l.starts_with("missing "))
        .expect("the holder prints its servers");
    if let Some(missing) = line.strip_prefix("missing ") {
        holder.wait().unwrap();
        return pancake_testkit::Missing(missing.to_owned()).skip();
    }
    let fields: Vec<&str> = line.split(' ').skip(1).collect();
    let servers = [
        (fields[0], fields[1], fields[2]),
        (fields[3], fields[4], fields[5]),
    ];
    for (pid, port, dir) in servers {
        assert!(alive(pid), "server {pid} runs before the kill");
        assert!(TcpStream::connect(("127.0.0.1", port.parse::<u16>().unwrap())).is_ok());
        assert!(Path::new(dir).is_dir());
    }
    holder.kill().unwrap(); // SIGKILL: no destructor runs
    holder.wait().unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    for (pid, port, dir) in servers {
        let port: u16 = port.parse().unwrap();
        while alive(pid)
            || TcpStream::connect(("127.0.0.1", port)).is_ok()
            || Path::new(dir).exists()
        {
            assert!(
                Instant::now() < deadline,
                "server {pid} (port {port}, {dir}) outlived its killed test process by 30 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}
