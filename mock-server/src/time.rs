//! Time as the mock sees it: naive-UTC timestamps and a clock tests can drive.
//!
//! The mock never reads the wall clock directly. Its [`Clock`] starts at the fixture epoch and
//! then either follows real elapsed time (`system` mode) or only moves when the admin API says so
//! (`manual` mode). That keeps fixtures deterministic and lets tests exercise rate limits and time
//! filters without sleeping.

use std::fmt;
use std::sync::Mutex;
use std::time::Instant;

use chrono::{DateTime, NaiveDateTime};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Microseconds in one second.
pub const MICROS_PER_SEC: i64 = 1_000_000;

/// A UTC instant stored as Unix microseconds, written the way the API writes timestamps:
/// a naive ISO string without zone (`2021-08-26T06:29:56`), with six fraction digits when the
/// instant is not a whole second (`2023-12-26T08:44:29.123456`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Ts(pub i64);

impl Ts {
    /// The instant `secs` Unix seconds after the epoch.
    pub fn from_secs(secs: i64) -> Self {
        Ts(secs.saturating_mul(MICROS_PER_SEC))
    }
    /// Unix seconds (rounded down).
    pub fn secs(self) -> i64 {
        self.0.div_euclid(MICROS_PER_SEC)
    }
    /// Unix milliseconds (rounded down).
    pub fn millis(self) -> i64 {
        self.0.div_euclid(1000)
    }
    /// The naive date-time in UTC.
    pub fn naive(self) -> NaiveDateTime {
        DateTime::from_timestamp_micros(self.0)
            .map(|d| d.naive_utc())
            .unwrap_or_default()
    }
    /// Parses `2021-08-26T06:29:56`, `2023-12-26T08:44:29.000000` or an RFC 3339 value.
    pub fn parse(text: &str) -> Option<Self> {
        if let Ok(d) = DateTime::parse_from_rfc3339(text) {
            return Some(Ts(d.timestamp_micros()));
        }
        NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
            .ok()
            .map(|n| Ts(n.and_utc().timestamp_micros()))
    }
}

impl fmt::Display for Ts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let naive = self.naive();
        if self.0.rem_euclid(MICROS_PER_SEC) == 0 {
            write!(f, "{}", naive.format("%Y-%m-%dT%H:%M:%S"))
        } else {
            write!(f, "{}", naive.format("%Y-%m-%dT%H:%M:%S%.6f"))
        }
    }
}

impl Serialize for Ts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Ts {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Ts::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "invalid timestamp {text:?}: expected a naive UTC time such as 2021-08-26T06:29:56"
            ))
        })
    }
}

impl JsonSchema for Ts {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "NaiveTimestamp".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "Naive UTC timestamp without zone, e.g. 2021-08-26T06:29:56"
        })
    }
}

/// How the clock moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ClockMode {
    /// Follows real elapsed time from the moment it was set.
    System,
    /// Moves only through the admin API's clock calls ([`AdminClient::advance_clock`](crate::admin::AdminClient::advance_clock) and [`set_clock`](crate::admin::AdminClient::set_clock)).
    Manual,
}

#[derive(Debug)]
struct ClockState {
    mode: ClockMode,
    /// Mock time at `since` (system mode) or the frozen time (manual mode).
    base: Ts,
    since: Instant,
}

/// The mock's clock. Thread-safe; cheap to read.
#[derive(Debug)]
pub struct Clock {
    state: Mutex<ClockState>,
}

impl Clock {
    /// A clock in `mode` whose current time is `start`.
    pub fn new(mode: ClockMode, start: Ts) -> Self {
        Clock {
            state: Mutex::new(ClockState {
                mode,
                base: start,
                since: Instant::now(),
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, ClockState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The current mock time.
    pub fn now(&self) -> Ts {
        let s = self.lock();
        Self::now_locked(&s)
    }

    fn now_locked(s: &ClockState) -> Ts {
        match s.mode {
            ClockMode::Manual => s.base,
            ClockMode::System => {
                let elapsed = i64::try_from(s.since.elapsed().as_micros()).unwrap_or(i64::MAX);
                Ts(s.base.0.saturating_add(elapsed))
            }
        }
    }

    /// The current mode.
    pub fn mode(&self) -> ClockMode {
        self.lock().mode
    }

    /// Moves the clock forward by `micros` (negative values are refused by the caller).
    pub fn advance(&self, micros: i64) -> Ts {
        let mut s = self.lock();
        let now = Self::now_locked(&s);
        s.base = Ts(now.0.saturating_add(micros));
        s.since = Instant::now();
        s.base
    }

    /// Switches mode, optionally jumping to `now`; without `now` time continues from the
    /// current instant.
    pub fn set(&self, mode: ClockMode, now: Option<Ts>) -> Ts {
        let mut s = self.lock();
        let current = Self::now_locked(&s);
        s.mode = mode;
        s.base = now.unwrap_or(current);
        s.since = Instant::now();
        s.base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_whole_seconds_without_fraction_and_others_with_micros() {
        let t = Ts::parse("2021-08-26T06:29:56").unwrap();
        assert_eq!(t.to_string(), "2021-08-26T06:29:56");
        let t2 = Ts(t.0 + 5);
        assert_eq!(t2.to_string(), "2021-08-26T06:29:56.000005");
        assert_eq!(
            Ts::parse("2023-12-26T08:44:29.000000").unwrap().to_string(),
            "2023-12-26T08:44:29"
        );
        assert_eq!(
            Ts::parse("2023-12-26T08:44:29Z").unwrap().secs(),
            1_703_580_269
        );
        assert!(Ts::parse("yesterday").is_none());
    }

    #[test]
    fn manual_clock_moves_only_when_told() {
        let c = Clock::new(ClockMode::Manual, Ts::from_secs(100));
        assert_eq!(c.now(), Ts::from_secs(100));
        c.advance(1_500_000);
        assert_eq!(c.now(), Ts(101_500_000));
        c.set(ClockMode::Manual, Some(Ts::from_secs(5)));
        assert_eq!(c.now(), Ts::from_secs(5));
    }
}
