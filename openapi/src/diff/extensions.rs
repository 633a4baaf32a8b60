//! The `x-pancake-*` extensions: pagination, units, upload limits and the rate limit.

use serde_json::Value;

use super::Changes;
use crate::Spec;
use crate::extensions::{PAGINATION_KEY, RATE_LIMIT_KEY, TimeUnit, UPLOAD_LIMITS_KEY};
use crate::operations::Operation;
use crate::pointer::join;

fn unit_name(unit: TimeUnit) -> String {
    serde_json::to_value(unit)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// `x-pancake-unit` of one parameter or property.
pub(super) fn compare_unit(
    base: Option<TimeUnit>,
    head: Option<TimeUnit>,
    pointer: &str,
    op: &str,
    what: &str,
    out: &mut Changes,
) {
    let show = |u: Option<TimeUnit>| u.map(unit_name).unwrap_or_else(|| "(none)".to_owned());
    match (base, head) {
        (Some(b), Some(h)) if b != h => out.push(
            "unit-changed",
            pointer,
            Some(op),
            format!("{what}: unit was {}, is now {}", show(base), show(head)),
        ),
        (None, Some(_)) | (Some(_), None) => out.push(
            "unit-annotation-changed",
            pointer,
            Some(op),
            format!("{what}: unit was {}, is now {}", show(base), show(head)),
        ),
        _ => {}
    }
}

/// `x-pancake-pagination` and `x-pancake-upload-limits` of one operation.
pub(super) fn compare_operation(b: &Operation, h: &Operation, out: &mut Changes) {
    let id = h.operation_id.as_str();
    let at = join(&h.pointer, PAGINATION_KEY);
    match (&b.pagination, &h.pagination) {
        (Some(_), None) => out.push(
            "pagination-removed",
            join(&b.pointer, PAGINATION_KEY),
            Some(id),
            "the operation no longer pages: its stream disappears",
        ),
        (None, Some(_)) => out.push("pagination-added", at, Some(id), "the operation now pages"),
        (Some(bp), Some(hp)) if bp != hp => {
            let (bv, hv) = (
                serde_json::to_value(bp).unwrap_or_default(),
                serde_json::to_value(hp).unwrap_or_default(),
            );
            let mut keys: Vec<&String> = bv
                .as_object()
                .into_iter()
                .chain(hv.as_object())
                .flat_map(|o| o.keys())
                .collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                let (x, y) = (bv.get(key), hv.get(key));
                if x != y {
                    let show = |v: Option<&Value>| {
                        v.map(Value::to_string).unwrap_or_else(|| "(none)".into())
                    };
                    out.push(
                        "pagination-changed",
                        join(&at, key),
                        Some(id),
                        format!("pagination `{key}` was {}, is now {}", show(x), show(y)),
                    );
                }
            }
        }
        _ => {}
    }
    if let (Some(bl), Some(hl)) = (&b.upload_limits, &h.upload_limits) {
        let at = join(&h.pointer, UPLOAD_LIMITS_KEY);
        let mut platforms: Vec<&String> = bl
            .by_platform_mb
            .keys()
            .chain(hl.by_platform_mb.keys())
            .collect();
        platforms.sort();
        platforms.dedup();
        let mut limits = vec![(
            "default_mb".to_owned(),
            join(&at, "default_mb"),
            bl.default_mb,
            hl.default_mb,
        )];
        for p in platforms {
            limits.push((
                p.clone(),
                join(&join(&at, "by_platform_mb"), p),
                bl.by_platform_mb.get(p).copied().unwrap_or(bl.default_mb),
                hl.by_platform_mb.get(p).copied().unwrap_or(hl.default_mb),
            ));
        }
        for (name, pointer, x, y) in limits {
            if x != y {
                let kind = if y < x {
                    "upload-limit-lowered"
                } else {
                    "upload-limit-raised"
                };
                out.push(
                    kind,
                    pointer,
                    Some(id),
                    format!("upload limit `{name}` was {x} MB, is now {y} MB"),
                );
            }
        }
    }
}

/// The document-level `x-pancake-rate-limit`.
pub(super) fn compare_document(base: &Spec, head: &Spec, out: &mut Changes) {
    let (Some(b), Some(h)) = (base.rate_limit(), head.rate_limit()) else {
        return;
    };
    let at = format!("/{RATE_LIMIT_KEY}");
    // Requests per second, compared without rounding: r1/s1 vs r2/s2.
    let (x, y) = (
        u64::from(b.requests) * u64::from(h.per_seconds),
        u64::from(h.requests) * u64::from(b.per_seconds),
    );
    if x != y {
        let kind = if y < x {
            "rate-limit-lowered"
        } else {
            "rate-limit-raised"
        };
        out.push(
            kind,
            at.clone(),
            None,
            format!(
                "rate limit was {} per {} s, is now {} per {} s",
                b.requests, b.per_seconds, h.requests, h.per_seconds
            ),
        );
    }
    for (key, x, y) in [
        ("key", b.key.clone(), h.key.clone()),
        ("status", b.status.to_string(), h.status.to_string()),
        (
            "retry_after_header",
            b.retry_after_header.clone(),
            h.retry_after_header.clone(),
        ),
    ] {
        if x != y {
            out.push(
                "rate-limit-rule-changed",
                join(&at, key),
                None,
                format!("rate limit `{key}` was {x}, is now {y}"),
            );
        }
    }
}
