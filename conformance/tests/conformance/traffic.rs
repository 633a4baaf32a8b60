//! The truth loop: the validating proxy between a client and an upstream, against an upstream
//! that drifts in known ways and against the faithful mock; recording into fixtures the mock
//! replays; HAR files and the drift report.

use std::collections::BTreeSet;
use std::path::Path;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use pancake_conformance::checks;
use pancake_conformance::http::Call;
use pancake_conformance::traffic::drift_report;
use pancake_conformance::traffic::findings::{Checker, Finding, FindingKind};
use pancake_conformance::traffic::har::check_har;
use pancake_conformance::traffic::memo::MemoBounds;
use pancake_conformance::traffic::proxy::{self, ProxyConfig, RunningProxy};
use pancake_conformance::walk::Walker;
use pancake_conformance::{Suite, Target, TargetArgs};
use pancake_mock::{FixtureSource, Fixtures, MockConfig};
use pancake_openapi::{Spec, Validator};
use serde_json::{Value, json};
use url::Url;

use crate::common::{Options, ids, not_passed, start, text};

async fn start_proxy(upstream: &str, dir: &Path, record: bool) -> RunningProxy {
    let spec = Spec::bundled().expect("the spec loads");
    let config = ProxyConfig {
        upstream: upstream.trim_end_matches('/').to_owned(),
        listen: "127.0.0.1:0".parse().unwrap(),
        report: Some(dir.join("report.jsonl")),
        record: record.then(|| dir.join("recording.json")),
        record_key: None,
        memo: MemoBounds::default(),
    };
    proxy::start(&spec, config).await.expect("the proxy starts")
}

fn report(dir: &Path) -> Vec<Finding> {
    let text = std::fs::read_to_string(dir.join("report.jsonl")).unwrap_or_default();
    drift_report::read_findings(&text).expect("the report is JSON lines of findings")
}

/// `(kind, operation, pointer)` of each finding.
fn keys(findings: &[Finding]) -> BTreeSet<(FindingKind, Option<String>, String)> {
    findings
        .iter()
        .map(|f| (f.kind, f.operation_id.clone(), f.pointer.clone()))
        .collect()
}

/// An upstream that forwards to a mock and changes some answers in known ways.
async fn drifting_upstream(mock: Url) -> (String, tokio::task::JoinHandle<()>) {
    async fn drift(State(mock): State<Url>, request: Request) -> Response {
        let path = request.uri().path().to_owned();
        let query = request.uri().query().map(str::to_owned);
        let rest = path.strip_prefix("/api").unwrap_or(&path);
        let mut url = format!("{}{rest}", mock.as_str().trim_end_matches('/'));
        if let Some(q) = query {
            url = format!("{url}?{q}");
        }
        let answer = reqwest::get(&url).await.expect("the mock answers");
        let mut status = answer.status().as_u16();
        let mut body: Value = answer.json().await.unwrap_or(Value::Null);
        let ok = status == 200 && body.get("success") != Some(&json!(false));
        if ok && path.ends_with("/v1/pages") {
            body["pages"][0]["id"] = json!(12345); // a type changed
        } else if ok && path.ends_with("/tags") {
            body["tags"][0]["brand_new"] = json!("x"); // a field added
        } else if ok && path.contains("/v1/") && path.ends_with("/conversations") {
            body["conversations"][0]["type"] = json!("EMAIL"); // an enum value
        } else if ok && path.ends_with("/posts") {
            body.as_object_mut().unwrap().remove("posts"); // a field missing
        } else if ok && path.ends_with("/users") {
            body = json!({"success": false, "error_code": 777, "message": "new"}); // an error code
        } else if ok && path.contains("/v2/") && path.ends_with("/conversations") {
            status = 418; // a status
            body = json!({"success": false, "message": "I'm a teapot"});
        }
        Response::builder()
            .status(status)
            .header("content-type", "application/json")
            .body(Body::from(body.to_string()))
            .unwrap()
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = Router::new().fallback(drift).with_state(mock);
    let server = tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    (format!("http://{addr}/api"), server)
}

/// The required time window and page of `list_page_customers` and `list_posts`.
const WINDOW: &str = "since=1&until=4102444800&page_number=1";

async fn get(url: String) -> reqwest::Response {
    reqwest::Client::new()
        .get(url)
        .send()
        .await
        .expect("an answer")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_drifting_upstream_gives_exactly_its_drift() {
    let mock = start(&Options::new(7, 30)).await;
    let (upstream, _server) = drifting_upstream(mock.base_url.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let proxy = start_proxy(&upstream, dir.path(), false).await;
    let base = proxy.base_url.clone();
    let page = mock.page_id(0);
    let token = text(&mock.page(0)["page_access_token"]);
    let user = text(&mock.fixtures["access_token"]);
    let on_page = |rest: &str| format!("{base}/public_api/v1/pages/{page}/{rest}");
    let tags = get(format!("{}?page_access_token={token}", on_page("tags"))).await;
    assert_eq!(tags.headers()["x-pancake-drift"], "1");
    let teapot = get(format!(
        "{base}/public_api/v2/pages/{page}/conversations?page_access_token={token}"
    ))
    .await;
    assert_eq!(teapot.status(), 418, "the proxy never rewrites a status");
    for url in [
        format!("{base}/v1/pages?access_token={user}"),
        format!("{}?page_access_token={token}", on_page("conversations")),
        format!(
            "{}?page_access_token={token}&{WINDOW}&page_size=30",
            on_page("posts")
        ),
        format!("{}?page_access_token={token}", on_page("users")),
        format!("{}?page_access_token={token}", on_page("nope")),
        on_page("tags"), // no token: the request is wrong, the mock's 400 is documented
    ] {
        get(url).await;
    }
    let summary = proxy.stop().await.unwrap();
    let findings = report(dir.path());
    let op = |id: &str| Some(id.to_owned());
    let expected: BTreeSet<_> = [
        (FindingKind::TypeMismatch, op("list_pages"), "/pages/0/id"),
        (
            FindingKind::UndocumentedField,
            op("list_tags"),
            "/tags/0/brand_new",
        ),
        (
            FindingKind::UnknownEnumValue,
            op("list_conversations_v1"),
            "/conversations/0/type",
        ),
        (FindingKind::MissingRequired, op("list_posts"), "/posts"),
        (
            FindingKind::UndocumentedErrorCode,
            op("list_users"),
            "/error_code",
        ),
        (
            FindingKind::UndocumentedStatus,
            op("list_conversations"),
            "",
        ),
        (FindingKind::UndocumentedOperation, None, ""),
        (
            FindingKind::InvalidRequest,
            op("list_tags"),
            "/query/page_access_token",
        ),
    ]
    .into_iter()
    .map(|(k, o, p)| (k, o, p.to_owned()))
    .collect();
    assert_eq!(keys(&findings), expected, "{findings:#?}");
    assert_eq!(findings.len(), 8, "{findings:#?}");
    assert_eq!(summary.findings, 8);
    let kinds: BTreeSet<FindingKind> = findings.iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds.len(),
        FindingKind::ALL.len(),
        "every kind is exercised"
    );
    // `seen` is a type name, never a value; no token anywhere in the report.
    let raw = std::fs::read_to_string(dir.path().join("report.jsonl")).unwrap();
    for secret in [&token, &user] {
        assert!(!raw.contains(secret.as_str()), "a token in the report");
    }
    assert!(!raw.contains("EMAIL") && !raw.contains("12345"), "{raw}");
    let mismatch = findings
        .iter()
        .find(|f| f.kind == FindingKind::TypeMismatch)
        .unwrap();
    assert_eq!(mismatch.seen, "integer");
    assert_eq!(mismatch.message, "expected string");

    // The drift report: markdown for an issue, JSON for tools, failing on all but fields.
    let drift = drift_report::build(
        &findings,
        &drift_report::default_fail_on(),
        pancake_openapi::RECONCILIATION_MD,
    );
    assert!(drift.fails());
    assert_eq!(drift.lines.len(), 8);
    let markdown = drift_report::to_markdown(&drift);
    std::fs::write(
        std::env::temp_dir().join("pancake-drift-report-of-the-drifting-upstream.md"),
        &markdown,
    )
    .unwrap();
    assert!(
        markdown.contains("| `undocumented-field` | 1 |"),
        "{markdown}"
    );
    let only_fields = drift_report::build(
        &findings
            .iter()
            .filter(|f| f.kind == FindingKind::UndocumentedField)
            .cloned()
            .collect::<Vec<_>>(),
        &drift_report::default_fail_on(),
        "",
    );
    assert!(
        !only_fields.fails(),
        "undocumented fields alone do not fail by default"
    );
}

/// An upstream that forwards to a mock, adds a field to every `list_tags` answer and encodes it
/// as the request's `x-test-encoding` header says (`gzip`, or `zstd`: bytes only labelled so,
/// which the proxy does not decode).
async fn encoding_upstream(mock: Url) -> (String, tokio::task::JoinHandle<()>) {
    async fn encode(State(mock): State<Url>, request: Request) -> Response {
        let rest = request
            .uri()
            .path()
            .strip_prefix("/api")
            .unwrap()
            .to_owned();
        let query = request.uri().query().unwrap_or_default().to_owned();
        let url = format!("{}{rest}?{query}", mock.as_str().trim_end_matches('/'));
        let mut body: Value = reqwest::get(&url).await.unwrap().json().await.unwrap();
        body["tags"][0]["brand_new"] = json!("x");
        let json = body.to_string().into_bytes();
        let coding = request
            .headers()
            .get("x-test-encoding")
            .map(|v| v.to_str().unwrap().to_owned());
        let bytes = match coding.as_deref() {
            Some("gzip") => {
                use std::io::Write;
                let mut e =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
                e.write_all(&json).unwrap();
                e.finish().unwrap()
            }
            _ => json,
        };
        let mut answer = Response::builder().header("content-type", "application/json");
        if let Some(coding) = coding {
            answer = answer.header("content-encoding", coding);
        }
        answer.body(Body::from(bytes)).unwrap()
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = Router::new().fallback(encode).with_state(mock);
    let server = tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    (format!("http://{addr}/api"), server)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compressed_and_repeated_answers_are_checked_as_any_other() {
    let mock = start(&Options::new(5, 10)).await;
    let (upstream, _server) = encoding_upstream(mock.base_url.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let proxy = start_proxy(&upstream, dir.path(), false).await;
    let page = mock.page_id(0);
    let token = text(&mock.page(0)["page_access_token"]);
    let url = format!(
        "{}/public_api/v1/pages/{page}/tags?page_access_token={token}",
        proxy.base_url
    );
    let fetch = |coding: Option<&'static str>| {
        let url = url.clone();
        async move {
            let mut request = reqwest::Client::new().get(url);
            if let Some(coding) = coding {
                request = request.header("x-test-encoding", coding);
            }
            request.send().await.expect("an answer")
        }
    };
    // The same answer twice: the second is the memo's, with the same finding.
    let mut plain = Vec::new();
    for _ in 0..2 {
        let answer = fetch(None).await;
        assert_eq!(answer.headers()["x-pancake-drift"], "1");
        plain.push(answer.bytes().await.unwrap());
    }
    assert_eq!(plain[0], plain[1]);
    // Gzipped: decoded for the check, passed on as it came (compressed).
    let gzipped = fetch(Some("gzip")).await;
    assert_eq!(gzipped.headers()["x-pancake-drift"], "1");
    assert_eq!(gzipped.headers()["content-encoding"], "gzip");
    assert!(gzipped.headers().get("x-pancake-unchecked").is_none());
    let compressed = gzipped.bytes().await.unwrap();
    assert_ne!(compressed, plain[0]);
    let mut inflated = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(&compressed[..]),
        &mut inflated,
    )
    .unwrap();
    assert_eq!(inflated, plain[0], "the gzip bytes are the upstream's");
    // A coding the proxy does not decode: passed on, and said to be unchecked.
    let zstd = fetch(Some("zstd")).await;
    assert_eq!(zstd.headers()["x-pancake-drift"], "0");
    let why = zstd.headers()["x-pancake-unchecked"].to_str().unwrap();
    assert!(why.contains("zstd"), "{why}");
    assert_eq!(zstd.bytes().await.unwrap(), plain[0]);

    let summary = proxy.stop().await.unwrap();
    assert_eq!(summary.exchanges, 4);
    assert_eq!(summary.unchecked, 1);
    // The gzip answer decodes to the same bytes: a hit too.
    assert_eq!((summary.memo.hits, summary.memo.misses), (2, 1));
    let findings = report(dir.path());
    assert_eq!(findings.len(), 3, "{findings:#?}");
    for f in &findings {
        assert_eq!(
            (f.kind, f.pointer.as_str()),
            (FindingKind::UndocumentedField, "/tags/0/brand_new")
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bytes_through_the_proxy_are_the_bytes_direct_and_a_dead_upstream_is_a_502() {
    let mock = start(&Options::new(3, 80)).await;
    let dir = tempfile::tempdir().unwrap();
    let proxy = start_proxy(mock.base_url.as_str(), dir.path(), false).await;
    let page = mock.page_id(0);
    let token = text(&mock.page(0)["page_access_token"]);
    let rest = format!("/public_api/v2/pages/{page}/conversations?page_access_token={token}");
    let direct = get(format!(
        "{}{rest}",
        mock.base_url.as_str().trim_end_matches('/')
    ))
    .await;
    let via = get(format!("{}{rest}", proxy.base_url)).await;
    assert_eq!(via.status(), direct.status());
    assert_eq!(via.headers()["x-pancake-drift"], "0");
    assert_eq!(
        via.headers().get("content-type"),
        direct.headers().get("content-type")
    );
    let (direct, via) = (direct.bytes().await.unwrap(), via.bytes().await.unwrap());
    assert!(direct.len() > 1000);
    assert_eq!(via, direct, "the answer's bytes pass unchanged");
    proxy.stop().await.unwrap();

    // Nothing listens there: the proxy answers 502 with a JSON body, and no token in it.
    let port = pancake_testkit::free_port();
    let dead = start_proxy(&format!("http://127.0.0.1:{port}/api"), dir.path(), false).await;
    let answer = get(format!("{}{rest}", dead.base_url)).await;
    assert_eq!(answer.status(), 502);
    let body: Value = answer.json().await.expect("a JSON body");
    let message = body["message"].as_str().unwrap();
    assert!(
        message.contains("could not reach the upstream"),
        "{message}"
    );
    assert!(!message.contains(&token), "{message}");
    dead.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_faithful_mock_gives_no_findings_for_the_contract_suites_valid_calls() {
    let mut target = Target::resolve(&TargetArgs::default())
        .await
        .expect("the in-process mock starts");
    let dir = tempfile::tempdir().unwrap();
    let proxy = start_proxy(target.base_url.as_str(), dir.path(), false).await;
    target.base_url = Url::parse(&format!("{}/", proxy.base_url)).unwrap();
    let mut suite = Suite::new(target).expect("the spec loads");
    let valid = checks::all(&suite.spec);
    let outcomes = checks::run(&mut suite, &valid, Some("operations::")).await;
    let problems = not_passed(&outcomes);
    assert!(
        problems.is_empty(),
        "through the proxy:\n{}",
        problems.join("\n")
    );
    assert!(outcomes.len() >= 40, "{} checks ran", outcomes.len());
    let summary = proxy.stop().await.unwrap();
    assert!(summary.exchanges >= 40);
    // Read closed, the faithful mock's answers carry nothing the spec does not declare.
    let findings = report(dir.path());
    assert!(findings.is_empty(), "{findings:#?}");
}

/// Every string value of a JSON document.
fn strings(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::String(s) => {
            out.insert(s.clone());
        }
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recording_replayed_by_the_mock_answers_the_v2_walk_with_the_recorded_ids() {
    let mock = start(&Options::new(11, 140)).await;
    let dir = tempfile::tempdir().unwrap();
    let spec = Spec::bundled().unwrap();
    let list = spec.operation("list_conversations").unwrap().clone();
    let messages = spec.operation("list_messages").unwrap().clone();
    let page = mock.page_id(0);
    let token = text(&mock.page(0)["page_access_token"]);

    // Two runs of the proxy into one recording: the second merges into the first.
    let mut walked = Vec::new();
    for run in 0..2 {
        let proxy = start_proxy(mock.base_url.as_str(), dir.path(), true).await;
        let base = Url::parse(&format!("{}/", proxy.base_url)).unwrap();
        let walker = Walker::new(base.clone(), Validator::lazy(&spec));
        let call = Call::new()
            .path("page_id", page.clone())
            .query("page_access_token", token.clone());
        let walk = walker.walk(&list, &call, None).await.expect("the v2 walk");
        walked = ids(walk.items(), "id");
        if run == 0 {
            for conversation in walked.iter().take(5) {
                let call = call.clone().path("conversation_id", conversation.clone());
                let url = pancake_conformance::http::url_for(&base, &messages, &call).unwrap();
                assert_eq!(get(url.to_string()).await.status(), 200);
            }
            for rest in [
                format!("page_customers?{WINDOW}&page_size=100"),
                format!("posts?{WINDOW}&page_size=30"),
                "tags?".to_owned(),
                "users?".to_owned(),
            ] {
                let answer = get(format!(
                    "{}/public_api/v1/pages/{page}/{rest}&page_access_token={token}",
                    proxy.base_url
                ))
                .await;
                assert_eq!(answer.status(), 200, "{rest}");
            }
        }
        let summary = proxy.stop().await.unwrap();
        let recorded = summary.recording.expect("a recording");
        assert_eq!(
            recorded.conversations,
            walked.len(),
            "merged by id, never twice"
        );
        assert!(
            recorded.messages > 0 && recorded.customers > 0,
            "{recorded:?}"
        );
    }
    assert!(walked.len() >= 140, "{} conversations walked", walked.len());

    let bytes = std::fs::read(dir.path().join("recording.json")).unwrap();
    let recording: Value = serde_json::from_slice(&bytes).unwrap();
    let fixtures = Fixtures::from_json(&bytes).expect("the recording is a fixture file");

    // No token, and no personal datum of the original.
    let mut written = BTreeSet::new();
    strings(&recording, &mut written);
    let original = &mock.fixtures;
    let mut secrets = vec![text(&original["access_token"])];
    for p in original["pages"].as_array().unwrap() {
        secrets.push(text(&p["page_access_token"]));
    }
    let raw = String::from_utf8_lossy(&bytes);
    for secret in &secrets {
        assert!(
            !raw.contains(secret.as_str()),
            "a token of the original in the recording"
        );
    }
    let mut personal = BTreeSet::new();
    let p0 = &original["pages"][0];
    for c in p0["customers"].as_array().unwrap() {
        for field in ["name", "lives_in"] {
            if let Some(s) = c[field].as_str() {
                personal.insert(s.to_owned());
            }
        }
        for field in ["phone_numbers", "emails"] {
            strings(&c[field], &mut personal);
        }
    }
    for c in p0["conversations"].as_array().unwrap() {
        personal.insert(text(&c["snippet"]));
        personal.insert(text(&c["from"]["name"]));
    }
    for messages in p0["messages"]
        .as_object()
        .into_iter()
        .flat_map(|m| m.values())
    {
        for m in messages.as_array().unwrap() {
            personal.insert(text(&m["message"]));
            for a in m["attachments"].as_array().into_iter().flatten() {
                personal.insert(text(&a["url"]));
            }
        }
    }
    personal.retain(|s| !s.is_empty());
    assert!(personal.len() > 100, "{} personal values", personal.len());
    let leaked: Vec<&String> = personal.intersection(&written).collect();
    assert!(
        leaked.is_empty(),
        "personal data in the recording: {leaked:?}"
    );

    // The mock serves the recording and answers the same walk with the same ids.
    let replay = pancake_mock::start(MockConfig {
        fixtures: FixtureSource::Given(Box::new(fixtures.clone())),
        rate_limit: None,
        ..MockConfig::default()
    })
    .await
    .expect("the mock serves the recording");
    let recorded_page = fixtures
        .pages
        .iter()
        .find(|p| p.page.id.as_str() == page)
        .expect("the page is recorded");
    let base = Url::parse(&replay.base_url()).unwrap();
    let walker = Walker::new(base, Validator::lazy(&spec));
    let call = Call::new().path("page_id", page.clone()).query(
        "page_access_token",
        recorded_page.page_access_token.to_string(),
    );
    let replayed = walker
        .walk(&list, &call, None)
        .await
        .expect("the replayed walk");
    assert_eq!(ids(replayed.items(), "id"), walked);
    std::fs::write(
        std::env::temp_dir().join("pancake-recording-replayed.txt"),
        format!(
            "recorded {} conversations of page {page}; replayed walk: {} ids, equal to the recorded walk: {}\nfirst ids: {:?}\n",
            walked.len(),
            replayed.items().len(),
            ids(replayed.items(), "id") == walked,
            &walked[..3]
        ),
    )
    .unwrap();
}

#[test]
fn a_har_file_is_checked_as_the_proxy_checks() {
    let spec = Spec::bundled().unwrap();
    let checker = Checker::new(&spec);
    let tags = json!({"success": true, "tags": [{"id": 1, "text": "VIP", "color": "#000000",
        "lighten_color": "#ffffff", "brand_new": true}]});
    let har = json!({"log": {"version": "1.2", "creator": {"name": "test", "version": "1"},
    "entries": [
        {"request": {"method": "GET", "url": "https://pages.fm/api/public_api/v1/pages/1/tags?page_access_token=SECRET", "headers": []},
         "response": {"status": 200, "headers": [], "content": {"mimeType": "application/json", "text": tags.to_string()}}},
        {"request": {"method": "GET", "url": "https://pages.fm/api/public_api/v1/pages/1/tags?page_access_token=SECRET", "headers": []},
         "response": {"status": 200, "headers": [], "content": {"mimeType": "application/json", "encoding": "base64",
           "text": base64_of(&json!({"success": false, "error_code": 31337, "message": "x"}).to_string())}}},
        {"request": {"method": "GET", "url": "https://pages.fm/static/app.js", "headers": []},
         "response": {"status": 200, "headers": [], "content": {"mimeType": "text/javascript", "text": ""}}}
    ]}});
    let outcome = check_har(&checker, har.to_string().as_bytes()).unwrap();
    assert_eq!((outcome.checked, outcome.skipped), (2, 1));
    let found: Vec<(FindingKind, String)> = outcome
        .findings
        .iter()
        .map(|f| (f.kind, f.pointer.clone()))
        .collect();
    assert_eq!(
        found,
        [
            (
                FindingKind::UndocumentedField,
                "/tags/0/brand_new".to_owned()
            ),
            (FindingKind::UndocumentedErrorCode, "/error_code".to_owned()),
        ]
    );
    let lines: String = outcome
        .findings
        .iter()
        .map(|f| serde_json::to_string(f).unwrap())
        .collect();
    assert!(!lines.contains("SECRET"));
    assert!(check_har(&checker, b"{}").is_err());
}

fn base64_of(text: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(text)
}
