//! wrk, the C load generator, as the reference load for the static-file comparison: our own
//! load generator (reqwest) costs more CPU per request than the servers it would measure, so a
//! server at the static-file limit needs a lighter client on the other core.

use std::process::Command;
use std::time::Duration;

use anyhow::{Context, bail};

/// One wrk run, as wrk reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct WrkRun {
    /// Completed requests per second (`Requests/sec`).
    pub rps: f64,
    /// Median latency, milliseconds (`--latency` distribution, 50%).
    pub p50_ms: f64,
    /// 99th percentile latency, milliseconds.
    pub p99_ms: f64,
    /// Completed requests.
    pub requests: u64,
    /// Bytes read, headers included.
    pub bytes: f64,
    /// Answers outside 2xx/3xx.
    pub non_2xx: u64,
    /// Connect, read, write and timeout errors together.
    pub socket_errors: u64,
}

impl WrkRun {
    /// Bytes read per completed request (headers included).
    pub fn bytes_per_request(&self) -> f64 {
        if self.requests == 0 {
            0.0
        } else {
            self.bytes / self.requests as f64
        }
    }
}

/// Runs `wrk` on `url` with one thread and `connections` connections for `duration`, pinned
/// to `core` with taskset.
pub fn run(
    url: &str,
    connections: usize,
    duration: Duration,
    core: usize,
) -> anyhow::Result<WrkRun> {
    let seconds = duration.as_secs().max(1);
    let out = Command::new("taskset")
        .args(["-c", &core.to_string(), "wrk", "-t1", "--latency"])
        .arg(format!("-c{connections}"))
        .arg(format!("-d{seconds}s"))
        .arg(url)
        .output()
        .context("running taskset wrk (install them with `apt-get install util-linux wrk`)")?;
    let text = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        bail!(
            "wrk on {url} failed ({}): {}{}",
            out.status,
            text,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    parse(&text).with_context(|| format!("reading wrk's report on {url}:\n{text}"))
}

/// Reads wrk's text report.
pub fn parse(text: &str) -> anyhow::Result<WrkRun> {
    let mut run = WrkRun {
        rps: f64::NAN,
        p50_ms: f64::NAN,
        p99_ms: f64::NAN,
        requests: 0,
        bytes: 0.0,
        non_2xx: 0,
        socket_errors: 0,
    };
    for line in text.lines().map(str::trim) {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["Requests/sec:", n] => run.rps = n.parse()?,
            ["50%", d] => run.p50_ms = millis(d)?,
            ["99%", d] => run.p99_ms = millis(d)?,
            [n, "requests", "in", _, size, "read"] => {
                run.requests = n.parse()?;
                run.bytes = bytes(size)?;
            }
            ["Non-2xx", "or", "3xx", "responses:", n] => run.non_2xx = n.parse()?,
            ["Socket", "errors:", rest @ ..] => {
                run.socket_errors = rest
                    .iter()
                    .filter_map(|w| w.trim_end_matches(',').parse::<u64>().ok())
                    .sum();
            }
            _ => {}
        }
    }
    if run.rps.is_nan() || run.p50_ms.is_nan() || run.p99_ms.is_nan() {
        bail!("no Requests/sec or latency distribution in wrk's report");
    }
    Ok(run)
}

fn millis(text: &str) -> anyhow::Result<f64> {
    let split = text
        .find(|c: char| c.is_ascii_alphabetic())
        .with_context(|| format!("{text:?} has no unit"))?;
    let (n, unit) = text.split_at(split);
    let n: f64 = n.parse()?;
    Ok(match unit {
        "us" => n / 1000.0,
        "ms" => n,
        "s" => n * 1000.0,
        "m" => n * 60_000.0,
        _ => bail!("unknown duration unit in {text:?}"),
    })
}

fn bytes(text: &str) -> anyhow::Result<f64> {
    let split = text
        .find(|c: char| c.is_ascii_alphabetic())
        .with_context(|| format!("{text:?} has no unit"))?;
    let (n, unit) = text.split_at(split);
    let n: f64 = n.parse()?;
    // wrk prints binary multiples with decimal-looking names.
    Ok(n * match unit {
        "B" => 1.0,
        "KB" => 1024.0,
        "MB" => 1024.0 * 1024.0,
        "GB" => 1024.0 * 1024.0 * 1024.0,
        "TB" => 1024.0 * 1024.0 * 1024.0 * 1024.0,
        _ => bail!("unknown size unit in {text:?}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "Running 3s test @ http://127.0.0.1:18081/page
  1 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     8.43ms    3.01ms  30.25ms   78.11%
    Req/Sec     3.17k   201.53     3.52k    70.00%
  Latency Distribution
     50%    8.10ms
     75%    9.79ms
     90%   12.06ms
     99%   30.25ms
  9472 requests in 3.00s, 0.86GB read
  Non-2xx or 3xx responses: 3
  Socket errors: connect 0, read 2, write 0, timeout 1
Requests/sec:   3155.88
Transfer/sec:    294.48MB
";

    #[test]
    fn a_report_is_read_with_its_units() {
        let run = parse(REPORT).unwrap();
        assert_eq!(run.rps, 3155.88);
        assert_eq!(run.p50_ms, 8.10);
        assert_eq!(run.p99_ms, 30.25);
        assert_eq!(run.requests, 9472);
        assert_eq!(run.non_2xx, 3);
        assert_eq!(run.socket_errors, 3);
        let per_request = run.bytes_per_request();
        assert!((97_000.0..98_000.0).contains(&per_request), "{per_request}");
        assert_eq!(millis("197.00us").unwrap(), 0.197);
        assert_eq!(millis("1.50s").unwrap(), 1500.0);
    }

    #[test]
    fn a_report_without_figures_is_an_error() {
        assert!(parse("unable to connect to 127.0.0.1:1 Connection refused").is_err());
        assert!(millis("12.0xs").is_err());
    }
}
