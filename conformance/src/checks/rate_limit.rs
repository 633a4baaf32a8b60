//! The rate limit, seen from outside: a burst over the limit on one page gets 429 with
//! `Retry-After` and error 613, a retry after that wait succeeds, and another page is unaffected.

use super::{Check, Group, check_fn};
use crate::suite::{CheckError, Suite};
use crate::verify::Expect;

/// The rate-limit checks.
pub fn checks() -> Vec<Check> {
    vec![Check {
        name: "errors::rate_limit_burst".into(),
        operation_id: Some("list_tags".into()),
        group: Group::Errors,
        run: check_fn(|suite| Box::pin(burst(suite))),
    }]
}

async fn burst(suite: &mut Suite) -> Result<(), CheckError> {
    let limit =
        suite.spec.rate_limit().cloned().ok_or_else(|| {
            CheckError::Skipped("the spec declares no x-pancake-rate-limit".into())
        })?;
    // Start from a full bucket.
    suite
        .wait(std::time::Duration::from_secs(u64::from(
            limit.per_seconds.max(1),
        )))
        .await?;
    let call = suite.page_call();
    let burst = limit.requests as usize + 3;
    let mut answers = Vec::with_capacity(burst);
    for _ in 0..burst {
        answers.push(suite.send_raw("list_tags", &call).await?);
    }
    let refused: Vec<_> = answers.iter().filter(|r| r.status == 429).collect();
    let Some(first_refused) = answers.iter().position(|r| r.status == 429) else {
        return Err(CheckError::Failed(format!(
            "{burst} requests on one page without pause: none was refused with 429 (limit {} per {} s)",
            limit.requests, limit.per_seconds
        )));
    };
    if suite.target.is_mock() && first_refused != limit.requests as usize {
        return Err(CheckError::Failed(format!(
            "a full bucket of {} took {} requests before the first 429",
            limit.requests, first_refused
        )));
    }
    for response in &answers {
        let expect = if response.status == 429 {
            Expect::error(429, pancake_openapi::error_code::RATE_LIMITED)
        } else {
            Expect::ok()
        };
        suite.verify("list_tags", response, &expect)?;
    }
    // Another page is not limited by this page's traffic.
    if let Some(other) = suite.target.other_page.clone() {
        let call = crate::http::Call::new()
            .path("page_id", other.id.clone())
            .query("page_access_token", other.token.expose());
        let response = suite.send_raw("list_tags", &call).await?;
        suite
            .verify("list_tags", &response, &Expect::ok())
            .map_err(|e| {
                CheckError::Failed(format!(
                    "another page was affected by this page's burst: {e}"
                ))
            })?;
    }
    // After Retry-After, the page is served again.
    let wait = refused
        .iter()
        .filter_map(|r| r.retry_after())
        .max()
        .unwrap_or(1);
    suite.wait(std::time::Duration::from_secs(wait)).await?;
    let response = suite.send_raw("list_tags", &call).await?;
    suite
        .verify("list_tags", &response, &Expect::ok())
        .map_err(|e| CheckError::Failed(format!("a retry after Retry-After {wait} s failed: {e}")))
}
