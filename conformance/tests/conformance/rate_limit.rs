//! Rate limiting under a clock the test controls: for random request schedules over several
//! pages, exactly the requests a 5-per-second token bucket per page rejects get 429 (with
//! error 613 and a `Retry-After` after which a retry succeeds), and no page limits another.

use std::collections::HashMap;
use std::time::Duration;

use pancake_conformance::http::{self, RawResponse};
use pancake_mock::RateLimit;
use proptest::prelude::*;

use crate::common::{Options, config, runtime, start};

/// The reference: a token bucket of `capacity` refilled at `capacity` per second, in exact
/// integer arithmetic (tokens counted in millionths, time in microseconds).
#[derive(Debug, Clone)]
struct Bucket {
    /// Millionths of a token.
    level: u64,
    at_us: u64,
}

#[derive(Debug)]
struct Reference {
    capacity: u64,
    buckets: HashMap<usize, Bucket>,
}

impl Reference {
    fn new(capacity: u64) -> Reference {
        Reference {
            capacity,
            buckets: HashMap::new(),
        }
    }

    /// Whether a request on `page` at `now_us` is served.
    fn take(&mut self, page: usize, now_us: u64) -> bool {
        let full = self.capacity * 1_000_000;
        let bucket = self.buckets.entry(page).or_insert(Bucket {
            level: full,
            at_us: now_us,
        });
        // `capacity` tokens per second = `capacity` millionths per microsecond.
        let refill = (now_us - bucket.at_us) * self.capacity;
        bucket.level = (bucket.level + refill).min(full);
        bucket.at_us = now_us;
        if bucket.level >= 1_000_000 {
            bucket.level -= 1_000_000;
            true
        } else {
            false
        }
    }
}

proptest! {
    #![proptest_config(config(24))]

    #[test]
    fn exactly_the_requests_a_token_bucket_rejects_get_429(
        seed in any::<u64>(),
        schedule in proptest::collection::vec((0usize..3, 0u64..350), 1..60),
    ) {
        runtime().block_on(async {
            let options = Options {
                rate_limit: Some(RateLimit { requests: 5, per_seconds: 1 }),
                manual_clock: true,
                ..Options::new(seed, 5)
            };
            let mock = start(&options).await;
            let admin = mock.admin();
            let client = http::raw_client();
            let op = mock.op("list_tags");
            let mut reference = Reference::new(5);
            let mut now_us = 0u64;
            let mut refused = 0;
            for (step, (page, advance_ms)) in schedule.iter().enumerate() {
                if *advance_ms > 0 {
                    admin.advance_clock(Duration::from_millis(*advance_ms)).await.map_err(|e| e.to_string())?;
                    now_us += advance_ms * 1000;
                }
                let r = http::send(&client, &mock.base_url, &op, &mock.call(*page)).await.map_err(|e| e.to_string())?;
                let served = reference.take(*page, now_us);
                check(&mock, &r, served).map_err(|e| format!("step {step} (page {page}, +{advance_ms} ms, t = {now_us} µs): {e}"))?;
                if r.status == 429 {
                    refused += 1;
                    // Every few refusals, sit out Retry-After and retry: it must succeed.
                    if refused % 3 == 1 {
                        let wait = r.retry_after().unwrap_or(1);
                        admin.advance_clock(Duration::from_secs(wait)).await.map_err(|e| e.to_string())?;
                        now_us += wait * 1_000_000;
                        let again = http::send(&client, &mock.base_url, &op, &mock.call(*page)).await.map_err(|e| e.to_string())?;
                        let served = reference.take(*page, now_us);
                        if !served {
                            return Err(format!("step {step}: the reference refuses the retry after Retry-After {wait}: the header is too short"));
                        }
                        check(&mock, &again, true).map_err(|e| format!("step {step}: retry after Retry-After {wait} s: {e}"))?;
                    }
                }
            }
            Ok::<(), String>(())
        }).map_err(TestCaseError::fail)?;
    }
}

fn check(mock: &crate::common::Mock, r: &RawResponse, served: bool) -> Result<(), String> {
    let body = r.json.clone().unwrap_or_default();
    mock.walker
        .validator
        .validate_response("list_tags", r.status, &body)
        .map_err(|e| e.to_string())?;
    match (served, r.status) {
        (true, 200) => Ok(()),
        (false, 429) => {
            if r.error_code() != Some(613) {
                return Err(format!("429 without error_code 613: {}", r.text()));
            }
            match r.retry_after() {
                Some(s) if s >= 1 => Ok(()),
                other => Err(format!(
                    "429 with Retry-After {other:?}: whole seconds >= 1 expected"
                )),
            }
        }
        (true, s) => Err(format!(
            "the bucket had a token but the mock answered {s}: {}",
            r.text()
        )),
        (false, s) => Err(format!("the bucket was empty but the mock answered {s}")),
    }
}
