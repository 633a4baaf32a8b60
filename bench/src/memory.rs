//! Resident memory of a process, from `/proc/PID/status` (Linux only).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use anyhow::Context;

/// Memory figures of one process, in KiB as the kernel reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Memory {
    /// Resident set size now (`VmRSS`).
    pub rss_kib: u64,
    /// Peak resident set size since start (`VmHWM`).
    pub hwm_kib: u64,
}

impl Memory {
    /// Reads `/proc/PID/status`.
    pub fn of(pid: u32) -> anyhow::Result<Memory> {
        let path = format!("/proc/{pid}/status");
        let text = std::fs::read_to_string(&path).with_context(|| {
            format!("reading {path} (memory figures need Linux and a running process {pid})")
        })?;
        parse_status(&text).with_context(|| format!("{path} has no VmRSS/VmHWM lines"))
    }
}

/// KiB to MiB, for the report.
pub fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn field(text: &str, name: &str) -> Option<u64> {
    text.lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(':'))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}

fn parse_status(text: &str) -> Option<Memory> {
    Some(Memory {
        rss_kib: field(text, "VmRSS")?,
        hwm_kib: field(text, "VmHWM")?,
    })
}

/// Samples a process's `VmRSS` on a thread until dropped, keeping the largest value seen.
#[derive(Debug)]
pub struct PeakSampler {
    stop: Option<mpsc::Sender<()>>,
    peak: Arc<AtomicU64>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl PeakSampler {
    /// Starts sampling `pid` every `every`.
    pub fn start(pid: u32, every: Duration) -> PeakSampler {
        let (stop, stopped) = mpsc::channel::<()>();
        let peak = Arc::new(AtomicU64::new(0));
        let thread = {
            let peak = peak.clone();
            std::thread::spawn(move || {
                // Sample, then wait `every` unless told to stop (a message or a dropped sender).
                loop {
                    if let Ok(m) = Memory::of(pid) {
                        peak.fetch_max(m.rss_kib, Ordering::Relaxed);
                    }
                    if stopped.recv_timeout(every) != Err(mpsc::RecvTimeoutError::Timeout) {
                        break;
                    }
                }
            })
        };
        PeakSampler {
            stop: Some(stop),
            peak,
            thread: Some(thread),
        }
    }

    /// Stops sampling and answers the largest `VmRSS` seen (KiB; 0 if none could be read).
    pub fn finish(mut self) -> u64 {
        self.halt();
        self.peak.load(Ordering::Relaxed)
    }

    fn halt(&mut self) {
        drop(self.stop.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for PeakSampler {
    fn drop(&mut self) {
        self.halt();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rss_and_peak_from_a_status_file() {
        let text =
            "Name:\tpancake-mock\nVmPeak:\t  900 kB\nVmHWM:\t   5120 kB\nVmRSS:\t   4096 kB\n";
        assert_eq!(
            parse_status(text),
            Some(Memory {
                rss_kib: 4096,
                hwm_kib: 5120
            })
        );
        assert_eq!(parse_status("Name: x\n"), None);
    }

    #[test]
    fn this_process_has_memory_and_the_sampler_sees_it() {
        let me = Memory::of(std::process::id()).unwrap();
        assert!(me.rss_kib > 0 && me.hwm_kib >= me.rss_kib / 2, "{me:?}");
        let sampler = PeakSampler::start(std::process::id(), Duration::from_millis(1));
        std::thread::sleep(Duration::from_millis(5));
        assert!(sampler.finish() > 0);
    }

    #[test]
    fn a_missing_process_is_a_clear_error() {
        let err = Memory::of(u32::MAX).unwrap_err();
        assert!(format!("{err:#}").contains("/proc/"), "{err:#}");
    }
}
