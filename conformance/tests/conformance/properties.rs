//! The read-only properties (`pancake_conformance::properties`) as a user runs them with
//! `--base-url`: within the budget, replayable by seed, and failing (with the seed and a minimal
//! case) against a server that breaks them.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use pancake_conformance::checks::{Group, Status};
use pancake_conformance::properties::{self, PropertyArgs};
use pancake_conformance::{Suite, Target, TargetArgs};
use pancake_mock::admin::{ClockMode, ClockState, Done, FixtureSummary, Fixtures, PageSummary, Ts};
use serde_json::{Value, json};
use url::Url;

use crate::common::default_suite;

fn args(budget: usize, seed: u64) -> PropertyArgs {
    PropertyArgs {
        budget,
        seed: Some(seed),
    }
}

#[tokio::test]
async fn properties_stay_within_the_budget_and_a_seed_replays_the_same_requests() {
    let mut suite = default_suite().await;
    let first = properties::run(&mut suite, &args(90, 7), None).await;
    let s = &first.summary;
    assert!(s.requests <= 90, "{} requests", s.requests);
    assert!(
        s.requests > 45,
        "most of the budget is used: {}",
        s.requests
    );
    assert_eq!(s.log.len(), s.requests);
    assert!(s.cases >= 7, "{} cases", s.cases);
    assert_eq!(s.seed, 7);
    for o in &first.outcomes {
        assert_eq!(o.group, Group::Properties);
        assert!(
            matches!(o.status, Status::Passed | Status::Skipped(_)),
            "{}: {:?}",
            o.name,
            o.status
        );
    }
    for op in [
        "list_conversations",
        "list_messages",
        "list_conversations_v1",
        "list_page_customers",
        "list_posts",
        "export_conversations_from_ads",
        "list_sip_call_logs",
    ] {
        let name = format!("properties::{op}");
        let o = first.outcomes.iter().find(|o| o.name == name);
        assert!(
            o.is_some_and(|o| o.status == Status::Passed),
            "{name}: {o:?}"
        );
        assert!(
            s.log.iter().any(|r| r.starts_with(&format!("{op}?"))),
            "{op} was never asked"
        );
    }
    assert!(
        s.log.iter().all(|r| !r.contains("token")),
        "the log never holds tokens"
    );

    // The mock is reset before the properties: the same seed sends the same requests.
    let again = properties::run(&mut suite, &args(90, 7), None).await;
    assert_eq!(again.summary.log, first.summary.log);
    let other = properties::run(&mut suite, &args(90, 8), None).await;
    assert_ne!(other.summary.log, first.summary.log);
    // `--only` leaves the other properties' cases as they were.
    let only = properties::run(&mut suite, &args(90, 7), Some("properties::list_posts")).await;
    let posts = |log: &[String]| -> Vec<String> {
        log.iter()
            .filter(|r| r.starts_with("list_posts?"))
            .cloned()
            .collect()
    };
    assert_eq!(posts(&only.summary.log), posts(&first.summary.log));
    assert_eq!(only.outcomes.len(), 1);
}

#[tokio::test]
async fn a_zero_budget_sends_nothing() {
    let mut suite = default_suite().await;
    let run = properties::run(&mut suite, &args(0, 1), None).await;
    assert_eq!(run.summary.requests, 0);
    assert!(run.outcomes.is_empty());
}

/// How the broken server breaks the v2 conversation list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Breakage {
    /// The last conversation of a page comes again first on the next one.
    DuplicateAcrossPages,
    /// Filters are ignored: every conversation is served, whatever was asked.
    IgnoresFilters,
}

struct Broken {
    conversations: Vec<Value>,
    tags: Value,
    page_id: String,
    breakage: Breakage,
}

const PAGE_SIZE: usize = 3;

async fn serve_conversations(
    State(b): State<Arc<Broken>>,
    Query(q): Query<Vec<(String, String)>>,
) -> Json<Value> {
    let cursor = q
        .iter()
        .find(|(n, _)| n == "last_conversation_id")
        .map(|(_, v)| v.clone());
    // Where the page after the cursor starts; past the end, the walk ends on an empty page.
    let after = cursor.map_or(0, |c| {
        b.conversations
            .iter()
            .position(|x| x["id"] == c.as_str())
            .map_or(b.conversations.len(), |i| i + 1)
    });
    let start = match b.breakage {
        Breakage::DuplicateAcrossPages if after > 0 => after - 1,
        _ => after,
    };
    let page: Vec<Value> = if after >= b.conversations.len() {
        vec![]
    } else {
        b.conversations
            .iter()
            .skip(start)
            .take(PAGE_SIZE)
            .cloned()
            .collect()
    };
    Json(json!({"success": true, "conversations": page}))
}

/// The broken server's time: it never moves.
fn broken_now() -> Ts {
    Ts::from_secs(1_768_435_200)
}

fn broken_clock() -> ClockState {
    ClockState {
        mode: ClockMode::Manual,
        now_ms: broken_now().millis(),
        now: broken_now(),
    }
}

/// A server that answers the v2 conversation list wrongly, and enough of a mock's admin API to
/// be taken for one (so the suite moves its "clock" instead of sleeping).
async fn start_broken(breakage: Breakage) -> (Url, tokio::task::JoinHandle<()>) {
    let fixtures = serde_json::to_value(pancake_mock::MockConfig::default().build_fixtures())
        .expect("fixtures serialise");
    let page = &fixtures["pages"][0];
    let mut conversations: Vec<Value> = page["conversations"]
        .as_array()
        .expect("conversations")
        .iter()
        .take(7)
        .cloned()
        .collect();
    // One consistent order for every `order_by`, everything read: only the filters can fail.
    conversations.sort_by_key(|c| std::cmp::Reverse(c["updated_at"].as_str().map(str::to_owned)));
    for c in &mut conversations {
        c["inserted_at"] = c["updated_at"].clone();
        c["seen"] = json!(true);
    }
    let kinds: std::collections::BTreeSet<&str> = conversations
        .iter()
        .filter_map(|c| c["type"].as_str())
        .collect();
    assert!(kinds.len() > 1, "the served set mixes types: {kinds:?}");
    let page_id = page["page"]["id"].as_str().expect("a page id").to_owned();
    let broken = Arc::new(Broken {
        conversations,
        tags: json!({"tags": page["tags"].clone()}),
        page_id,
        breakage,
    });
    let app = Router::new()
        .route(
            "/api/public_api/v2/pages/{page_id}/conversations",
            get(serve_conversations),
        )
        .route(
            "/api/public_api/v1/pages/{page_id}/tags",
            get(
                |State(b): State<Arc<Broken>>, Path(_): Path<String>| async move {
                    Json(b.tags.clone())
                },
            ),
        )
        // The mock's own admin bodies, so the suite's admin client reads them as a mock's.
        .route(
            "/__admin/fixtures",
            get(|State(b): State<Arc<Broken>>| async move {
                Json(FixtureSummary {
                    access_token: "user-token".into(),
                    pages: vec![PageSummary {
                        id: b.page_id.clone(),
                        name: "Broken".into(),
                        platform: "facebook".into(),
                        page_access_token: "page-token".into(),
                        conversations: b.conversations.len(),
                    }],
                })
            }),
        )
        .route(
            "/__admin/fixtures/full",
            get(|| async {
                Json(Fixtures {
                    access_token: "user-token".into(),
                    epoch: broken_now(),
                    message_seed: None,
                    pages: Vec::new(),
                })
            }),
        )
        .route(
            "/__admin/reset",
            post(|| async { Json(Done { success: true }) }),
        )
        .route("/__admin/clock", get(|| async { Json(broken_clock()) }))
        .route(
            "/__admin/clock/advance",
            post(|| async { Json(broken_clock()) }),
        )
        .with_state(broken);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let addr = listener.local_addr().expect("an address");
    let handle = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    let url = Url::parse(&format!("http://{addr}/api")).expect("a URL");
    (url, handle)
}

async fn run_against_broken(breakage: Breakage, seed: u64) -> (String, properties::Run) {
    let (url, server) = start_broken(breakage).await;
    let target = Target::resolve(&TargetArgs {
        base_url: Some(url),
        ..TargetArgs::default()
    })
    .await
    .expect("the broken server is reachable");
    let mut suite = Suite::new(target).expect("the spec loads");
    let run = properties::run(
        &mut suite,
        &args(300, seed),
        Some("properties::list_conversations"),
    )
    .await;
    server.abort();
    let outcome = run
        .outcomes
        .iter()
        .find(|o| o.name == "properties::list_conversations")
        .expect("the v2 property ran");
    let Status::Failed(message) = &outcome.status else {
        panic!(
            "the property held against a broken server: {:?}",
            outcome.status
        );
    };
    assert!(run.summary.requests <= 300, "{}", run.summary.requests);
    eprintln!("{message}");
    (message.clone(), run)
}

#[tokio::test]
async fn a_duplicate_across_pages_fails_with_the_seed_and_a_minimal_case() {
    let (message, _) = run_against_broken(Breakage::DuplicateAcrossPages, 99).await;
    assert!(message.contains("served more than once"), "{message}");
    assert!(
        message.contains("--seed 99 --budget 300 --only properties::list_conversations"),
        "{message}"
    );
    // Every case fails, so shrinking drops every filter.
    assert!(
        message.contains("minimal case: list_conversations no filter"),
        "{message}"
    );
}

#[tokio::test]
async fn an_ignored_filter_fails_and_shrinks_to_that_filter() {
    let (message, _) = run_against_broken(Breakage::IgnoresFilters, 5).await;
    assert!(message.contains("does not match the filter"), "{message}");
    assert!(message.contains("seed 5"), "{message}");
    let case = message
        .lines()
        .find_map(|l| l.trim().strip_prefix("minimal case: list_conversations "))
        .expect("a minimal case line");
    // One filter is enough to fail (since and until travel together).
    let filters: Vec<&str> = case
        .split(' ')
        .filter(|p| !p.starts_with("until="))
        .collect();
    assert_eq!(filters.len(), 1, "{case}");
}
