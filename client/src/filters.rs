//! Filter values as the API takes them, for the builder setters the spec types more loosely: a
//! time for a parameter with an `x-pancake-unit` (the wire keeps the unit), and a list for an
//! `x-pancake-comma-separated` string (the wire keeps the commas). The setters themselves are
//! generated (`pancake-codegen`); a setter of a parameter the API takes one value of
//! (`x-pancake-one-value`) takes one value.
//!
//! ```no_run
//! # async fn demo(page: pancake_client::PageClient) -> pancake_client::Result<()> {
//! use std::time::{Duration, SystemTime};
//! use pancake_client::model::ConversationType;
//!
//! let answer = page
//!     .list_conversations()
//!     .type_(ConversationType::Inbox)
//!     .tags([1, 4])
//!     .since(SystemTime::now() - Duration::from_secs(86_400))
//!     .execute()
//!     .await?;
//! # let _ = answer; Ok(()) }
//! ```

use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, TimeZone};

use crate::operations::TimeUnit;

/// A time a setter accepts: a `chrono::DateTime` of any time zone, a `SystemTime`, or a number,
/// taken to be in the parameter's unit already (Unix seconds for `since`/`until`).
pub trait TimeValue {
    /// The value as a number of `unit` since the Unix epoch, or why it has none.
    fn to_unix(self, unit: TimeUnit) -> Result<i64, String>;
}

impl<Tz: TimeZone> TimeValue for DateTime<Tz> {
    fn to_unix(self, unit: TimeUnit) -> Result<i64, String> {
        Ok(match unit {
            TimeUnit::UnixSeconds => self.timestamp(),
            TimeUnit::UnixMilliseconds => self.timestamp_millis(),
            TimeUnit::UnixMicroseconds => self.timestamp_micros(),
        })
    }
}

impl TimeValue for SystemTime {
    fn to_unix(self, unit: TimeUnit) -> Result<i64, String> {
        let since_epoch = self
            .duration_since(UNIX_EPOCH)
            .map_err(|_| "a time before 1970 has no Unix time here".to_owned())?;
        let value = u128::from(since_epoch.as_secs()) * u128::from(unit.per_second())
            + u128::from(since_epoch.subsec_nanos()) * u128::from(unit.per_second())
                / 1_000_000_000;
        i64::try_from(value).map_err(|_| format!("{value} does not fit an i64"))
    }
}

macro_rules! numbers_in_the_unit {
    ($($t:ty),*) => {$(
        impl TimeValue for $t {
            fn to_unix(self, _unit: TimeUnit) -> Result<i64, String> {
                i64::try_from(self).map_err(|_| format!("{self} does not fit an i64"))
            }
        }
    )*};
}

numbers_in_the_unit!(i32, i64, u32, u64);

/// The values joined with commas (`1,4`); `None` for no value (the parameter is then not sent).
pub(crate) fn comma_separated<T: std::fmt::Display>(
    values: impl Iterator<Item = T>,
) -> Option<String> {
    let joined = values.map(|v| v.to_string()).collect::<Vec<_>>().join(",");
    (!joined.is_empty()).then_some(joined)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn times_become_numbers_of_the_unit() {
        let t = chrono::Utc.with_ymd_and_hms(2025, 5, 28, 0, 0, 0).unwrap();
        assert_eq!(t.to_unix(TimeUnit::UnixSeconds), Ok(1_748_390_400));
        assert_eq!(t.to_unix(TimeUnit::UnixMilliseconds), Ok(1_748_390_400_000));
        let in_hanoi = t.with_timezone(&chrono::FixedOffset::east_opt(7 * 3600).unwrap());
        assert_eq!(in_hanoi.to_unix(TimeUnit::UnixSeconds), Ok(1_748_390_400));
        let system = UNIX_EPOCH + Duration::from_millis(1_748_390_400_250);
        assert_eq!(system.to_unix(TimeUnit::UnixSeconds), Ok(1_748_390_400));
        assert_eq!(
            system.to_unix(TimeUnit::UnixMilliseconds),
            Ok(1_748_390_400_250)
        );
        assert_eq!(
            1_748_390_400_i64.to_unix(TimeUnit::UnixSeconds),
            Ok(1_748_390_400)
        );
        assert!(u64::MAX.to_unix(TimeUnit::UnixSeconds).is_err());
    }

    #[test]
    fn lists_are_joined_with_commas() {
        assert_eq!(comma_separated([1, 4].into_iter()), Some("1,4".to_owned()));
        assert_eq!(comma_separated(Vec::<i64>::new().into_iter()), None);
    }
}
