//! Bad input never gets a 5xx and never brings the mock down: every query parameter of every
//! GET operation of the spec, with hostile values.

use axum::http::Method;
use pancake_openapi::{Method as SpecMethod, ParameterLocation};
use serde_json::json;

use crate::common::{Mock, enc};

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
        for p in op
            .parameters
            .iter()
            .filter(|p| p.location == ParameterLocation::Query)
        {
            if p.name.ends_with("access_token") {
                continue;
            }
            for value in HOSTILE {
                let uri = format!("/api{path}?{token}&{}={}", p.name, enc(value));
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
