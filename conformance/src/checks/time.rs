//! Time ranges for the operations that need one.

use chrono::{DateTime, Utc};

use crate::suite::Suite;

/// Days before the target's "now" that the checks' time range starts: a year, the longest report a
/// real client commonly asks for. No source states a cap (RECONCILIATION.md Q6), so every
/// statistics operation must answer it.
const WINDOW_DAYS: i64 = 366;

/// `(since, until)` in Unix seconds: the last 366 days up to a day past the target's "now" (the
/// mock's clock, or the system clock for any other server).
pub fn window(suite: &Suite) -> (i64, i64) {
    window_at(suite.now_secs)
}

fn window_at(now_secs: i64) -> (i64, i64) {
    let until = now_secs + 86_400;
    (until - WINDOW_DAYS * 86_400, until)
}

/// The same range as a `date_range` parameter: `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS`.
pub fn date_range(suite: &Suite) -> String {
    let (since, until) = window(suite);
    format!("{} - {}", ddmmyyyy(since), ddmmyyyy(until))
}

fn ddmmyyyy(secs: i64) -> String {
    DateTime::<Utc>::from_timestamp(secs, 0)
        .unwrap_or_default()
        .format("%d/%m/%Y %H:%M:%S")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_range_has_the_documented_shape() {
        let (since, until) = window_at(1_768_435_200);
        let range = format!("{} - {}", ddmmyyyy(since), ddmmyyyy(until));
        assert_eq!(range, "15/01/2025 00:00:00 - 16/01/2026 00:00:00");
        assert!(until - since >= 365 * 86_400);
    }
}
