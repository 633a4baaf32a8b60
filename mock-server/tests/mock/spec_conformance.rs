//! Every operation of the spec through the router, each answer validated against the spec with
//! pancake-openapi's `Validator`.

use std::collections::BTreeSet;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use serde_json::{Value, json};

use crate::common::{Answer, Mock, enc};

const RANGE: &str = "date_range=01%2F11%2F2025%2000%3A00%3A00%20-%2014%2F01%2F2026%2023%3A59%3A59";
const SINCE_UNTIL: &str = "since=1755000000&until=1768435200";

fn validate(op: &str, a: &Answer) {
    let validator = pancake_mock::spec::tables().validator();
    if a.status.is_redirection() {
        return;
    }
    if let Err(e) = validator.validate_response(op, a.status.as_u16(), &a.body) {
        panic!(
            "{op}: {e}\nbody: {}",
            serde_json::to_string(&a.body)
                .unwrap()
                .chars()
                .take(800)
                .collect::<String>()
        );
    }
}

#[tokio::test]
async fn every_operation_answers_what_the_spec_says() {
    let m = Mock::new();
    let mut seen = BTreeSet::new();
    let mut check = |op: &'static str, a: Answer| {
        assert!(
            a.status.is_success() || a.status.is_redirection(),
            "{op}: {} {}",
            a.status,
            a.body
        );
        validate(op, &a);
        seen.insert(op);
        a
    };
    let user = &m.fx.access_token;
    let (pid, tok) = (m.page_id(0).to_owned(), m.token(0).to_owned());

    check(
        "list_pages",
        m.get(&format!("/api/v1/pages?access_token={user}")).await,
    );
    let inbox = m.first_of("INBOX").await;
    let comment = m.first_of("COMMENT").await;
    let cid = inbox["id"].as_str().unwrap().to_owned();
    let comment_id = comment["id"].as_str().unwrap().to_owned();
    check(
        "list_conversations",
        m.get(&m.url(0, "v2", "conversations", "")).await,
    );
    check(
        "list_conversations_v1",
        m.get(&m.v1(0, "conversations", "page_number=2")).await,
    );
    check(
        "update_conversation_tags",
        m.post(
            &m.v1(0, &format!("conversations/{cid}/tags"), ""),
            json!({"action": "add", "tag_id": "3"}),
        )
        .await,
    );
    let users = check("list_users", m.get(&m.v1(0, "users", "")).await);
    let uid = users.body["users"][0]["id"].as_str().unwrap().to_owned();
    check(
        "assign_conversation",
        m.post(
            &m.v1(0, &format!("conversations/{cid}/assign"), ""),
            json!({"assignee_ids": [uid]}),
        )
        .await,
    );
    check(
        "mark_conversation_read",
        m.post(
            &m.v1(0, &format!("conversations/{cid}/read"), ""),
            json!({}),
        )
        .await,
    );
    check(
        "mark_conversation_unread",
        m.post(
            &m.v1(0, &format!("conversations/{cid}/unread"), ""),
            json!({}),
        )
        .await,
    );
    check(
        "list_messages",
        m.get(&m.v1(0, &format!("conversations/{cid}/messages"), ""))
            .await,
    );
    check(
        "list_messages",
        m.get(&m.v1(
            0,
            &format!("conversations/{comment_id}/messages"),
            "current_count=1",
        ))
        .await,
    );
    check(
        "send_message",
        m.post(
            &m.v1(0, &format!("conversations/{cid}/messages"), ""),
            json!({"action": "reply_inbox", "message": "Dạ shop chào bạn"}),
        )
        .await,
    );
    check(
        "get_ads_campaign_statistics",
        m.get(&m.v1(0, "statistics/pages_campaigns", SINCE_UNTIL))
            .await,
    );
    check(
        "get_ads_statistics",
        m.get(&m.v1(0, "statistics/ads", &format!("{SINCE_UNTIL}&type=by_id")))
            .await,
    );
    check(
        "get_ads_statistics",
        m.get(&m.v1(0, "statistics/ads", &format!("{SINCE_UNTIL}&type=by_time")))
            .await,
    );
    check(
        "get_engagement_statistics",
        m.get(&m.v1(0, "statistics/customer_engagements", RANGE))
            .await,
    );
    check(
        "get_engagement_statistics",
        m.get(&m.v1(
            0,
            "statistics/customer_engagements",
            &format!("{RANGE}&by_hour=true"),
        ))
        .await,
    );
    check(
        "get_page_statistics",
        m.get(&m.v1(0, "statistics/pages", SINCE_UNTIL)).await,
    );
    check(
        "get_tag_statistics",
        m.get(&m.v1(0, "statistics/tags", "since=1764000000&until=1768435200"))
            .await,
    );
    check(
        "get_user_statistics",
        m.get(&m.v1(0, "statistics/users", RANGE)).await,
    );
    for group in ["day", "hour", "page_id"] {
        check(
            "get_new_customer_statistics",
            m.get(&m.v1(
                0,
                "statistics/page_customers",
                &format!("{RANGE}&group_by={group}"),
            ))
            .await,
        );
    }
    check(
        "get_new_customer_statistics_legacy",
        m.get(&m.v1(0, "statistics/customers", RANGE)).await,
    );
    let customers = check(
        "list_page_customers",
        m.get(&m.v1(
            0,
            "page_customers",
            &format!("{SINCE_UNTIL}&page_number=1&page_size=100"),
        ))
        .await,
    );
    let customer = customers.body["customers"][0].clone();
    let pcid = customer["id"].as_str().unwrap().to_owned();
    check("update_page_customer", m.call(Method::PUT, &m.v1(0, &format!("page_customers/{pcid}"), ""), Some(json!({"changes": {"name": "Nguyễn Văn Bình", "gender": "male", "birthday": "1990-02-03"}}))).await);
    let added = check(
        "add_customer_note",
        m.post(
            &m.v1(0, &format!("page_customers/{pcid}/notes"), ""),
            json!({"message": "Khách hẹn lấy hàng thứ bảy"}),
        )
        .await,
    );
    let note_id = added.body["note_id"].as_str().unwrap().to_owned();
    check(
        "update_customer_note",
        m.call(
            Method::PUT,
            &m.v1(0, &format!("page_customers/{pcid}/notes"), ""),
            Some(json!({"note_id": note_id, "message": "Khách hẹn chủ nhật"})),
        )
        .await,
    );
    check(
        "delete_customer_note",
        m.call(
            Method::DELETE,
            &m.v1(0, &format!("page_customers/{pcid}/notes"), ""),
            Some(json!({"note_id": note_id})),
        )
        .await,
    );
    check(
        "export_conversations_from_ads",
        m.get(&m.v1(
            0,
            "export_data",
            &format!("action=conversations_from_ads&{SINCE_UNTIL}&offset=0"),
        ))
        .await,
    );
    let package = m.state.read().pages[0].call_logs[0].sip_package_id.clone();
    check(
        "list_sip_call_logs",
        m.get(&m.v1(
            0,
            "sip_call_logs",
            &format!("id={package}&page_number=1&page_size=30"),
        ))
        .await,
    );
    check("list_tags", m.get(&m.v1(0, "tags", "")).await);
    check(
        "list_posts",
        m.get(&m.v1(
            0,
            "posts",
            &format!("{SINCE_UNTIL}&page_number=1&page_size=30"),
        ))
        .await,
    );
    check(
        "update_round_robin_users",
        m.post(&m.v1(0, "round_robin_users", ""), json!({"inbox": [uid]}))
            .await,
    );
    let boundary = "XyZ";
    let multipart = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\nJPEGDATA\r\n--{boundary}--\r\n"
    );
    let upload = m
        .send(
            Request::post(m.v1(0, "upload_contents", ""))
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(Body::from(multipart))
                .unwrap(),
        )
        .await;
    check("upload_content", upload);
    let psid = customer["psid"].as_str().unwrap().to_owned();
    let avatar = m.get(&format!("/api/v1/pages/{pid}/avatar/{psid}")).await;
    assert_eq!(avatar.status, StatusCode::MOVED_PERMANENTLY);
    let location = avatar.headers["location"].to_str().unwrap().to_owned();
    check("get_customer_avatar", avatar);
    let image = m.get(&location).await;
    assert!(
        image.body.as_str().unwrap().starts_with("<svg"),
        "{}",
        image.body
    );
    let sent = check(
        "send_chat_plugin_message",
        m.post(&format!("/api/v1/pke_chat_plugin/messages?page_id={pid}"), json!({"from_id": "visitor-1", "dummy_id": 1, "inserted_at": 1768435200000i64, "message": "Xin chào"})).await,
    );
    let plugin_conv = sent.body["conversation_id"].as_str().unwrap().to_owned();
    check(
        "list_chat_plugin_messages",
        m.get(&format!(
            "/api/v1/pke_chat_plugin/messages?page_id={pid}&conversation_id={}",
            enc(&plugin_conv)
        ))
        .await,
    );
    check(
        "get_multi_page_user_statistics",
        m.get(&format!(
            "/api/v1/statistics/user?access_token={user}&page_ids={pid},{}&{RANGE}",
            m.page_id(1)
        ))
        .await,
    );
    check(
        "generate_page_access_token",
        m.post(
            &format!("/api/v1/pages/{pid}/generate_page_access_token?access_token={user}"),
            json!({}),
        )
        .await,
    );
    let _ = tok;

    let spec_ops: BTreeSet<&str> = pancake_mock::spec::tables()
        .spec()
        .operations()
        .iter()
        .map(|o| o.operation_id.as_str())
        .collect();
    let missing: Vec<_> = spec_ops.difference(&seen).collect();
    assert!(
        missing.is_empty(),
        "operations never exercised: {missing:?}"
    );
}

#[tokio::test]
async fn errors_match_the_spec_error_schema() {
    let m = Mock::new();
    let cases: Vec<(&str, Answer)> = vec![
        (
            "list_conversations",
            m.get(&format!(
                "/api/public_api/v2/pages/{}/conversations",
                m.page_id(0)
            ))
            .await,
        ),
        (
            "list_conversations",
            m.get(&m.url(0, "v2", "conversations", "order_by=name"))
                .await,
        ),
        (
            "list_posts",
            m.get(&m.v1(0, "posts", "since=1&until=2&page_number=1&page_size=31"))
                .await,
        ),
        ("list_pages", m.get("/api/v1/pages?access_token=nope").await),
        (
            "list_tags",
            m.get("/api/public_api/v1/pages/000/tags?page_access_token=x")
                .await,
        ),
        (
            "send_message",
            m.post(
                &m.v1(0, "conversations/nope/messages", ""),
                json!({"action": "reply_inbox", "message": "x"}),
            )
            .await,
        ),
    ];
    for (op, a) in cases {
        assert!(a.status.is_client_error(), "{op}: {}", a.status);
        validate(op, &a);
        let body: &Value = &a.body;
        assert_eq!(body["success"], false);
    }
}
