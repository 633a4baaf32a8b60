//! Bad input never gets a 5xx and never brings the mock down: every query parameter of every
//! GET operation of the spec, with hostile values.

use axum::http::Method;
use pancake_openapi::{Method as SpecMethod, ParameterLocation};
use serde_json::json;

use super::common::{Mock, enc};

const HOSTILE: &[&str] = &[
    "",
    "-1",
    "0",
    "99999999999999999999",
    "9223372036854775807",
    "-9223372036854775808",
    "1.5",
    "abc",
    "%",
    "true",
    "[]",
    "{}",
    "null",
    "INBOX,COMMENT",
    "😀",
    "a'b\"c",
    "1e9",
];

#[tokio::test]
async fn hostile_query_values_get_4xx_or_2xx_never_5xx() {
    let m = Mock::new();
    let conv = m.first_of("COMMENT").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let customer = m.state.read().pages[0].customers[0].id.clone();
    let psid = m.state.read().pages[0].customers[0].psid.clone();
    let package = m.state.read().pages[0].call_logs[0].sip_package_id.clone();
    let plugin = m
        .post(
            &format!(
                "/api/v1/pke_chat_plugin/messages?page_id={}",
                enc(m.page_id(0))
            ),
            json!({"from_id": "v1", "dummy_id": 1, "inserted_at": 1, "message": "Chào shop"}),
        )
        .await;
    let plugin_conv = plugin.ok()["conversation_id"].as_str().unwrap().to_owned();
    let spec = pancake_mock::spec::tables().spec();
    let mut calls = 0;
    for op in spec
        .operations()
        .iter()
        .filter(|o| o.method == SpecMethod::Get)
    {
        let path = op
            .path
            .replace("{page_id}", m.page_id(0))
            .replace("{conversation_id}", &conv)
            .replace("{page_customer_id}", &customer)
            .replace("{psid}", &psid);
        let token = if op.path.starts_with("/public_api") {
            format!("page_access_token={}", m.token(0))
        } else {
            format!(
                "access_token={}&page_id={}",
                m.fx.access_token,
                enc(m.page_id(0))
            )
        };
        // Every other required parameter gets a valid value, so the hostile one is what the
        // handler meets.
        let valid = |name: &str| -> String {
            match (op.operation_id.as_str(), name) {
                ("get_ads_statistics", "type") => "by_id".into(),
                (_, "since") => "1755000000".into(),
                (_, "until") => "1768435200".into(),
                (_, "page_number") => "1".into(),
                (_, "page_size") => "10".into(),
                (_, "date_range") => enc("01/01/2026 00:00:00 - 14/01/2026 23:59:59"),
                (_, "id") => package.to_string(),
                (_, "action") => "conversations_from_ads".into(),
                (_, "page_ids") => enc(m.page_id(0)),
                (_, "conversation_id") => enc(&plugin_conv),
                _ => String::new(),
            }
        };
        let query_params: Vec<_> = op
            .parameters
            .iter()
            .filter(|p| p.location == ParameterLocation::Query && !p.name.ends_with("access_token"))
            .collect();
        for p in query_params.iter().filter(|p| p.name != "page_id") {
            let others: String = query_params
                .iter()
                .filter(|o| o.name != p.name && o.required && o.name != "page_id")
                .map(|o| format!("&{}={}", o.name, valid(&o.name)))
                .collect();
            for value in HOSTILE {
                let uri = format!("/api{path}?{token}{others}&{}={}", p.name, enc(value));
                let a = m.call(Method::GET, &uri, None).await;
                calls += 1;
                assert!(
                    a.status.as_u16() < 500,
                    "{} {uri}: {} {}",
                    op.operation_id,
                    a.status,
                    a.body
                );
                if !a.status.is_success() && !a.status.is_redirection() {
                    assert_eq!(a.body["success"], false, "{uri}: {}", a.body);
                }
            }
        }
    }
    assert!(calls > 300, "{calls}");
}

#[tokio::test]
async fn hostile_bodies_get_400_never_5xx() {
    let m = Mock::new();
    let conv = m.first_of("INBOX").await["id"].as_str().unwrap().to_owned();
    let customer = m.state.read().pages[0].customers[0].id.clone();
    let bodies = [
        json!(null),
        json!([]),
        json!("text"),
        json!(17),
        json!({}),
        json!({"action": null}),
        json!({"action": "add", "tag_id": 1e300}),
        json!({"action": "reply_inbox", "message": {"nested": true}}),
        json!({"assignee_ids": "x"}),
        json!({"changes": []}),
        json!({"note_id": 5, "message": 5}),
        json!({"inbox": [1, 2]}),
    ];
    let targets = [
        (
            Method::POST,
            m.v1(0, &format!("conversations/{conv}/tags"), ""),
        ),
        (
            Method::POST,
            m.v1(0, &format!("conversations/{conv}/assign"), ""),
        ),
        (
            Method::POST,
            m.v1(0, &format!("conversations/{conv}/messages"), ""),
        ),
        (
            Method::PUT,
            m.v1(0, &format!("page_customers/{customer}"), ""),
        ),
        (
            Method::POST,
            m.v1(0, &format!("page_customers/{customer}/notes"), ""),
        ),
        (
            Method::PUT,
            m.v1(0, &format!("page_customers/{customer}/notes"), ""),
        ),
        (
            Method::DELETE,
            m.v1(0, &format!("page_customers/{customer}/notes"), ""),
        ),
        (Method::POST, m.v1(0, "round_robin_users", "")),
        (
            Method::POST,
            format!("/api/v1/pke_chat_plugin/messages?page_id={}", m.page_id(0)),
        ),
    ];
    let before = m.walk(0, "").await;
    for (method, uri) in &targets {
        for body in &bodies {
            // An object without `inbox` or `comment` is a valid round-robin body that changes
            // nothing (RECONCILIATION K6), not a hostile one.
            let round_robin = uri.contains("round_robin_users");
            if round_robin
                && body
                    .as_object()
                    .is_some_and(|o| !o.contains_key("inbox") && !o.contains_key("comment"))
            {
                continue;
            }
            let a = m.call(method.clone(), uri, Some(body.clone())).await;
            assert_eq!(a.status.as_u16(), 400, "{method} {uri} {body}: {}", a.body);
            assert_eq!(a.body["success"], false);
        }
    }
    assert_eq!(
        m.walk(0, "").await,
        before,
        "refused writes changed nothing"
    );
}
