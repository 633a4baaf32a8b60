//! What machine the figures come from: CPUs, CPU model, memory, rustc, date.

use std::process::Command;

/// The machine, as the report states it.
#[derive(Debug, Clone)]
pub struct Machine {
    /// Logical CPUs available (`nproc`).
    pub cpus: usize,
    /// `model name` from /proc/cpuinfo.
    pub cpu_model: String,
    /// `MemTotal` from /proc/meminfo, KiB.
    pub memory_kib: Option<u64>,
    /// `rustc --version`.
    pub rustc: String,
    /// When the run started, UTC.
    pub date: String,
    /// The commit measured, and which top-level directories had uncommitted changes.
    pub source: String,
}

impl Machine {
    /// Reads the machine's description; parts that cannot be read say so.
    pub fn describe() -> Machine {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
        Machine {
            cpus: std::thread::available_parallelism().map_or(0, |n| n.get()),
            cpu_model: cpu_model(&cpuinfo)
                .unwrap_or_else(|| "unknown (no /proc/cpuinfo model name)".into()),
            memory_kib: mem_total_kib(&meminfo),
            rustc: Command::new(&rustc)
                .arg("--version")
                .output()
                .ok()
                .filter(|o| o.status.success())
                .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
                .unwrap_or_else(|| format!("unknown (`{rustc} --version` failed)")),
            date: chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string(),
            source: source(&crate::project_root()),
        }
    }
}

fn git(root: &std::path::Path, args: &[&str]) -> Option<String> {
    Command::new("git")
        .current_dir(root)
        .args(args)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
}

/// `commit abc1234`, plus the directories whose uncommitted changes the build included.
fn source(root: &std::path::Path) -> String {
    let Some(head) = git(root, &["rev-parse", "--short", "HEAD"]) else {
        return "unknown (not a git checkout)".into();
    };
    let status = git(root, &["status", "--porcelain"]).unwrap_or_default();
    let dirty = dirty_dirs(&status);
    if dirty.is_empty() {
        format!("commit {}", head.trim())
    } else {
        format!(
            "commit {} plus uncommitted changes in {}",
            head.trim(),
            dirty.join(", ")
        )
    }
}

/// Top-level entries named by `git status --porcelain` lines (untracked files included).
fn dirty_dirs(porcelain: &str) -> Vec<String> {
    let mut dirs: Vec<String> = porcelain
        .lines()
        .filter_map(|l| l.get(3..))
        .map(|path| path.rsplit(" -> ").next().unwrap_or(path))
        .map(|path| match path.split_once('/') {
            Some((top, _)) => format!("{top}/"),
            None => path.to_owned(),
        })
        .collect();
    dirs.sort();
    dirs.dedup();
    dirs
}

fn cpu_model(cpuinfo: &str) -> Option<String> {
    cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_owned())
}

fn mem_total_kib(meminfo: &str) -> Option<u64> {
    meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_model_and_memory() {
        let cpuinfo = "processor\t: 0\nmodel name\t: AMD EPYC 7B13\nflags\t: fpu\n";
        assert_eq!(cpu_model(cpuinfo).as_deref(), Some("AMD EPYC 7B13"));
        assert_eq!(
            mem_total_kib("MemTotal:       8023456 kB\nMemFree: 1 kB\n"),
            Some(8_023_456)
        );
        assert_eq!(cpu_model(""), None);
    }

    #[test]
    fn uncommitted_changes_are_named_by_top_directory() {
        let porcelain = " M mock-server/src/lib.rs\n M mock-server/src/state.rs\n?? xtask/src/bench/x.rs\n M Cargo.lock\nR  a/old.rs -> b/new.rs\n";
        assert_eq!(
            dirty_dirs(porcelain),
            ["Cargo.lock", "b/", "mock-server/", "xtask/"]
        );
        assert!(dirty_dirs("").is_empty());
    }

    #[test]
    fn this_machine_describes_itself() {
        let m = Machine::describe();
        assert!(m.cpus >= 1);
        assert!(m.date.ends_with("UTC"));
    }
}
