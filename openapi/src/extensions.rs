//! The vendor extensions of `pancake.yaml`, typed (see `openapi/README.md`, "Vendor extensions").
//!
//! - `x-pancake-rate-limit` at the document root: [`RateLimit`];
//! - `x-pancake-pagination` on each list operation: [`Pagination`];
//! - `x-pancake-unit` on parameters and schema properties: [`TimeUnit`];
//! - `x-pancake-one-value` and `x-pancake-comma-separated` on query parameters: how many values
//!   the API takes, and how a list travels in a string ([`crate::Parameter`]);
//! - `x-pancake-upload-limits` on the upload operation: [`UploadLimits`];
//! - `x-pancake-idempotent` on each POST and PATCH operation: whether repeating it is harmless
//!   ([`IDEMPOTENT_KEY`], read into `Operation::idempotent`);
//! - `x-webhooks` and `x-pancake-webhook-delivery` at the document root: [`WebhookEvent`],
//!   [`WebhookDelivery`];
//! - `x-pancake-error-codes` at the document root: the in-band error codes, [`ErrorCode`].

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Name of the rate-limit extension (document root).
pub const RATE_LIMIT_KEY: &str = "x-pancake-rate-limit";
/// Name of the pagination extension (operation).
pub const PAGINATION_KEY: &str = "x-pancake-pagination";
/// Name of the time-unit extension (parameter or schema).
pub const UNIT_KEY: &str = "x-pancake-unit";
/// `x-pancake-one-value` on an array query parameter: the API filters on one value only.
pub const ONE_VALUE_KEY: &str = "x-pancake-one-value";
/// `x-pancake-comma-separated` on a string query parameter: it holds a list of values of this
/// type, joined with commas.
pub const COMMA_SEPARATED_KEY: &str = "x-pancake-comma-separated";
/// `x-pancake-assumption`: the RECONCILIATION row of a value no source supports.
pub const ASSUMPTION_KEY: &str = "x-pancake-assumption";
/// Name of the upload size-limit extension (operation).
pub const UPLOAD_LIMITS_KEY: &str = "x-pancake-upload-limits";
/// Name of the retry-safety extension (POST and PATCH operations): `true` when sending the same
/// request twice has the effect of sending it once (it sets state rather than adding to it), so a
/// client may repeat it after a 5xx or a timeout.
pub const IDEMPOTENT_KEY: &str = "x-pancake-idempotent";

/// Name of the webhook events extension (document root): OpenAPI 3.1's `webhooks` under a vendor
/// key, so the document stays 3.0.
pub const WEBHOOKS_KEY: &str = "x-webhooks";
/// Name of the webhook delivery-rules extension (document root).
pub const WEBHOOK_DELIVERY_KEY: &str = "x-pancake-webhook-delivery";

/// Name of the error-code table (document root): every `error_code` the API is known to answer.
pub const ERROR_CODES_KEY: &str = "x-pancake-error-codes";

/// One entry of `x-pancake-error-codes`: an `error_code` of the API's error body (`ApiError`),
/// Pancake's own or a Graph code it relays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorCode {
    /// The number in `error_code`.
    pub code: i64,
    /// A snake_case name (`invalid_token`), as `crate::error_code` names its constant.
    pub name: String,
    /// What it means, for people.
    pub meaning: String,
    /// The `RECONCILIATION.md` row with the evidence (`B3`).
    pub reconciliation: String,
}

/// `x-pancake-rate-limit`: how many requests the API accepts, counted per value of a path
/// parameter, and how it refuses the rest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateLimit {
    /// Requests allowed per [`RateLimit::per_seconds`].
    pub requests: u32,
    /// Length of the window, in seconds.
    pub per_seconds: u32,
    /// The path parameter whose value keys the counter (`page_id`).
    pub key: String,
    /// HTTP status of a refused request (429).
    pub status: u16,
    /// Header that tells a refused caller how many whole seconds to wait (`Retry-After`).
    pub retry_after_header: String,
}

/// How a list operation moves from one page to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaginationKind {
    /// `param` = the `cursor_field` of the last item of the previous page; absent on the first call.
    Cursor,
    /// `param` = the number of items already fetched (0 first).
    Offset,
    /// `param` = `first_page`, `first_page + 1`, ...
    PageNumber,
}

/// How the end of a walk is recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaginationEnd {
    /// The walk ends on a page with no items.
    EmptyPage,
    /// The walk ends on a page with fewer items than the page size.
    ShortPage,
    /// The walk ends once `total_field` items were fetched (or on a short page).
    Total,
}

/// `x-pancake-pagination`: how to walk a list operation page by page.
///
/// `S` is how its names are held: `String` when read from a document, `&'static str` in a table
/// generated from it (the client's operation table), so both are this one type.
///
/// Which optional keys a kind needs is checked by [`crate::check()`], not by deserialisation, so
/// that a spec author gets every problem at once, each with its pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound(deserialize = "S: Deserialize<'de>"))]
pub struct Pagination<S = String> {
    /// How the walk moves.
    pub kind: PaginationKind,
    /// Response property holding the page's items.
    pub items: S,
    /// Where the sources disagree on the key: another response property that may hold the items
    /// instead. A walk reads `items` when it holds any, else this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items_alias: Option<S>,
    /// Request parameter that moves the walk (cursor, offset or page number).
    pub param: S,
    /// Cursor only: item field whose value (of the last item) is the next cursor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor_field: Option<S>,
    /// Items per response (fixed), or the default when `size_param` is given.
    pub page_size: u32,
    /// Page-number only, optional: the parameter that sets the page size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_param: Option<S>,
    /// With `size_param`: the documented maximum page size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_page_size: Option<u32>,
    /// Page-number only: the number of the first page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_page: Option<u32>,
    /// How the end of the walk is recognised.
    pub end: PaginationEnd,
    /// `end: total` only: response property with the total item count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_field: Option<S>,
}

impl<S: AsRef<str>> Pagination<S> {
    /// The page size a full walk asks for: the documented maximum where the operation takes a
    /// size parameter (fewest requests, least of the rate limit), else the fixed page size.
    pub fn walk_page_size(&self) -> u32 {
        match (&self.size_param, self.max_page_size) {
            (Some(_), Some(max)) => max,
            _ => self.page_size,
        }
    }

    /// The number of the first page of a page-number walk (1 unless the spec says otherwise).
    pub fn first_page_number(&self) -> u32 {
        self.first_page.unwrap_or(1)
    }
}

/// `x-pancake-unit`: the unit of an integer time value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TimeUnit {
    /// Unix time in seconds (`since`, `until`).
    #[serde(rename = "unix-seconds")]
    UnixSeconds,
    /// Unix time in milliseconds (a note's `created_at`).
    #[serde(rename = "unix-milliseconds")]
    UnixMilliseconds,
    /// Unix time in microseconds (the tag-write `timestamp`).
    #[serde(rename = "unix-microseconds")]
    UnixMicroseconds,
}

impl TimeUnit {
    /// How many of this unit make one second.
    pub fn per_second(self) -> u64 {
        match self {
            TimeUnit::UnixSeconds => 1,
            TimeUnit::UnixMilliseconds => 1_000,
            TimeUnit::UnixMicroseconds => 1_000_000,
        }
    }
}

/// `x-pancake-upload-limits`: the largest file an upload may carry, by the page's platform and
/// the kind of file.
///
/// The sources state their limits in MB, read as 10^6 bytes (of the two readings the one that
/// refuses more, so that a file the live API may refuse never passes: RECONCILIATION L2), and
/// for videos only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UploadLimits {
    /// The `attachment_type`s of the upload answer the limits apply to (`VIDEO`); every file
    /// when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub applies_to: Vec<String>,
    /// The limit of every platform not listed, in MB (10^6 bytes).
    pub default_mb: u32,
    /// Limits of particular platforms (the `platform` of a page), in MB (10^6 bytes).
    #[serde(default)]
    pub by_platform_mb: std::collections::BTreeMap<String, u32>,
}

/// Bytes in the MB of `x-pancake-upload-limits`.
pub const BYTES_PER_MB: u64 = 1_000_000;

impl UploadLimits {
    /// The limit for a page of `platform`, in bytes.
    pub fn bytes_for(&self, platform: &str) -> u64 {
        let mb = self
            .by_platform_mb
            .get(platform)
            .copied()
            .unwrap_or(self.default_mb);
        u64::from(mb) * BYTES_PER_MB
    }

    /// Whether the limits apply to a file of this `attachment_type` (`VIDEO`, `PHOTO`, ...).
    pub fn applies_to(&self, attachment_type: &str) -> bool {
        self.applies_to.is_empty()
            || self
                .applies_to
                .iter()
                .any(|t| t.eq_ignore_ascii_case(attachment_type))
    }

    /// The limit for a file of `attachment_type` on a page of `platform`, in bytes; `None` when
    /// no limit is stated for that kind of file.
    pub fn limit(&self, platform: &str, attachment_type: &str) -> Option<u64> {
        self.applies_to(attachment_type)
            .then(|| self.bytes_for(platform))
    }

    /// The largest limit of any platform, in bytes.
    pub fn max_bytes(&self) -> u64 {
        let mb = self
            .by_platform_mb
            .values()
            .copied()
            .chain([self.default_mb])
            .max()
            .unwrap_or(self.default_mb);
        u64::from(mb) * BYTES_PER_MB
    }
}

/// `x-pancake-webhook-delivery`: how Pancake delivers webhook events and when it suspends an
/// endpoint that keeps failing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookDelivery {
    /// HTTP method of a delivery (`POST`).
    pub method: String,
    /// Statuses that acknowledge a delivery (`2xx`); anything else, a timeout or a connection
    /// error is a failure.
    pub success: String,
    /// Whether an event may be delivered more than once (receivers must be idempotent).
    pub at_least_once: bool,
    /// When an endpoint is suspended.
    pub suspension: WebhookSuspension,
}

/// The suspension rule: within any window of `window_seconds`, an error rate above
/// `min_error_rate_exclusive` **and** at least `min_failures` failures suspend the endpoint until
/// it is re-enabled by hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookSuspension {
    /// Length of the window, in seconds (1800: 30 minutes).
    pub window_seconds: u32,
    /// The error rate must be strictly above this share (0.8).
    pub min_error_rate_exclusive: f64,
    /// ... and the failures at least this many (300).
    pub min_failures: u32,
}

impl WebhookSuspension {
    /// Whether `failures` out of `attempts` within one window suspend the endpoint.
    pub fn trips(&self, attempts: u64, failures: u64) -> bool {
        attempts > 0
            && failures >= u64::from(self.min_failures)
            && failures as f64 / attempts as f64 > self.min_error_rate_exclusive
    }
}

/// One entry of `x-webhooks`: an `event_type` and the component schema of its payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookEvent {
    /// The `event_type` value (`messaging`, ...): the key under `x-webhooks`.
    pub event_type: String,
    /// Name of the payload's schema under `#/components/schemas`.
    pub schema: String,
}

/// The entries of `x-webhooks` whose POST body is a `$ref` to a component schema, sorted by
/// event type. Malformed entries are left out here and reported by [`crate::check()`].
pub fn webhook_events(root: &Value) -> Vec<WebhookEvent> {
    root.get(WEBHOOKS_KEY)
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(event_type, item)| {
            let reference = item
                .pointer("/post/requestBody/content/application~1json/schema/$ref")?
                .as_str()?;
            let schema = reference.strip_prefix("#/components/schemas/")?;
            Some(WebhookEvent {
                event_type: event_type.clone(),
                schema: schema.to_owned(),
            })
        })
        .collect()
}

/// Why an extension could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{key}` is malformed: {reason}")]
pub struct ExtensionError {
    /// The extension's name.
    pub key: &'static str,
    /// What serde found wrong (missing field, unknown variant, ...).
    pub reason: String,
}

/// Reads extension `key` from an object (operation, parameter, schema or document root):
/// `Ok(None)` when absent.
pub fn read<T: serde::de::DeserializeOwned>(
    object: &Value,
    key: &'static str,
) -> Result<Option<T>, ExtensionError> {
    match object.get(key) {
        None => Ok(None),
        Some(value) => serde_json::from_value(value.clone())
            .map(Some)
            .map_err(|e| ExtensionError {
                key,
                reason: e.to_string(),
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn suspension_needs_both_the_rate_and_the_count() {
        let rule = WebhookSuspension {
            window_seconds: 1800,
            min_error_rate_exclusive: 0.8,
            min_failures: 300,
        };
        assert!(!rule.trips(0, 0));
        assert!(!rule.trips(299, 299), "too few failures");
        assert!(rule.trips(300, 300));
        assert!(!rule.trips(375, 300), "exactly 80% is not above 80%");
        assert!(rule.trips(374, 300));
    }

    #[test]
    fn upload_limits_fall_back_to_the_default_platform_in_decimal_mb() {
        let limits: UploadLimits = read(
            &json!({UPLOAD_LIMITS_KEY: {"default_mb": 15, "by_platform_mb": {"lazada": 100}}}),
            UPLOAD_LIMITS_KEY,
        )
        .unwrap()
        .unwrap();
        // 15 MB is 15,000,000 bytes: a 15.7 MB (15 MiB) file is over it (RECONCILIATION L2).
        assert_eq!(limits.bytes_for("lazada"), 100_000_000);
        assert_eq!(limits.bytes_for("facebook"), 15_000_000);
        assert!(limits.bytes_for("facebook") < 15 * 1024 * 1024);
        assert_eq!(limits.max_bytes(), 100_000_000);
        // Without `applies_to`, every file.
        assert_eq!(limits.limit("facebook", "DOCUMENT"), Some(15_000_000));
    }

    #[test]
    fn upload_limits_apply_to_the_kinds_they_name() {
        let limits: UploadLimits = read(
            &json!({UPLOAD_LIMITS_KEY: {"applies_to": ["VIDEO"], "default_mb": 15}}),
            UPLOAD_LIMITS_KEY,
        )
        .unwrap()
        .unwrap();
        assert_eq!(limits.limit("facebook", "VIDEO"), Some(15_000_000));
        assert_eq!(limits.limit("facebook", "video"), Some(15_000_000));
        assert_eq!(limits.limit("facebook", "DOCUMENT"), None);
        assert!(
            read::<UploadLimits>(
                &json!({UPLOAD_LIMITS_KEY: {"default_mib": 15}}),
                UPLOAD_LIMITS_KEY
            )
            .is_err(),
            "the MiB keys are gone"
        );
    }

    #[test]
    fn reads_a_cursor_pagination() {
        let op = json!({"x-pancake-pagination": {
            "kind": "cursor", "items": "conversations", "param": "last_conversation_id",
            "cursor_field": "id", "page_size": 60, "end": "empty_page"
        }});
        let p: Pagination = read(&op, PAGINATION_KEY).unwrap().unwrap();
        assert_eq!(p.kind, PaginationKind::Cursor);
        assert_eq!(p.end, PaginationEnd::EmptyPage);
        assert_eq!(p.cursor_field.as_deref(), Some("id"));
        assert_eq!(p.first_page, None);
    }

    #[test]
    fn rejects_unknown_kinds_and_keys_with_the_extension_name() {
        let op = json!({"x-pancake-pagination": {
            "kind": "keyset", "items": "x", "param": "p", "page_size": 1, "end": "total"
        }});
        let err = read::<Pagination>(&op, PAGINATION_KEY).unwrap_err();
        assert!(err.to_string().contains("x-pancake-pagination"), "{err}");
        assert!(err.to_string().contains("keyset"), "{err}");

        let root = json!({"x-pancake-rate-limit": {
            "requests": 5, "per_seconds": 1, "key": "page_id", "status": 429,
            "retry_after_header": "Retry-After", "burst": 9
        }});
        let err = read::<RateLimit>(&root, RATE_LIMIT_KEY).unwrap_err();
        assert!(err.reason.contains("burst"), "{err}");
    }

    #[test]
    fn absent_extension_is_none_and_units_parse() {
        assert_eq!(read::<RateLimit>(&json!({}), RATE_LIMIT_KEY), Ok(None));
        let unit: TimeUnit = serde_json::from_value(json!("unix-milliseconds")).unwrap();
        assert_eq!(unit, TimeUnit::UnixMilliseconds);
        assert_eq!(unit.per_second(), 1000);
    }
}
