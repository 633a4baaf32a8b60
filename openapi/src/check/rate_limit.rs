//! The document carries a well-formed `x-pancake-rate-limit` whose key is a path parameter.

use super::{Context, Problem};
use crate::extensions::{self, RATE_LIMIT_KEY, RateLimit};
use crate::operations::effective_parameters;

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    let at = format!("/{RATE_LIMIT_KEY}");
    let limit: RateLimit = match extensions::read(ctx.root, RATE_LIMIT_KEY) {
        Ok(Some(limit)) => limit,
        Ok(None) => {
            problems.push(Problem::new(
                at,
                "missing: the document root must say how the API limits requests \
                 (requests, per_seconds, key, status, retry_after_header; see openapi/README.md)",
            ));
            return;
        }
        Err(err) => {
            problems.push(Problem::new(at, err.to_string()));
            return;
        }
    };
    if limit.requests == 0 || limit.per_seconds == 0 {
        problems.push(Problem::new(
            at.clone(),
            "`requests` and `per_seconds` must both be at least 1",
        ));
    }
    if !(400..=599).contains(&limit.status) {
        problems.push(Problem::new(
            format!("{at}/status"),
            format!("status {} is not an error status", limit.status),
        ));
    }
    let keyed = ctx.operations.iter().any(|op| {
        effective_parameters(ctx.root, op)
            .iter()
            .any(|p| p.location() == Some("path") && p.name() == Some(limit.key.as_str()))
    });
    if !keyed {
        problems.push(Problem::new(
            format!("{at}/key"),
            format!(
                "`{}` is not a path parameter of any operation, so nothing is limited",
                limit.key
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use serde_json::json;

    #[test]
    fn fires_when_missing() {
        let mut doc = mini();
        doc.as_object_mut().unwrap().remove("x-pancake-rate-limit");
        assert_fires(&doc, "/x-pancake-rate-limit", "missing");
    }

    #[test]
    fn fires_when_malformed_or_keyed_on_nothing() {
        let mut doc = mini();
        at(&mut doc, "/x-pancake-rate-limit")
            .as_object_mut()
            .unwrap()
            .remove("per_seconds");
        assert_fires(&doc, "/x-pancake-rate-limit", "per_seconds");

        let mut doc = mini();
        *at(&mut doc, "/x-pancake-rate-limit/key") = json!("shop_id");
        assert_fires(
            &doc,
            "/x-pancake-rate-limit/key",
            "`shop_id` is not a path parameter",
        );
    }
}
