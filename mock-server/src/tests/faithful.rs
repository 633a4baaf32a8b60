//! What the mock accepts because no source says the live API refuses it (`mock-server/README.md`,
//! "Every refusal"): a mock that refuses what production accepts breaks its users' tests.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use serde_json::json;

use super::common::Mock;

#[tokio::test]
async fn a_whatsapp_template_is_the_third_kind_of_inbox_reply() {
    // RECONCILIATION H6: exactly one of message, content_ids and template_id.
    let m = Mock::new();
    let id = m.first_of("INBOX").await["id"].as_str().unwrap().to_owned();
    let url = m.v1(0, &format!("conversations/{id}/messages"), "");
    let template = json!({"action": "reply_inbox", "template_id": "order_update", "template_params": {"BODY_PARAMS": ["A12"]}});
    assert!(m.post(&url, template).await.ok()["id"].is_string());
    let both = json!({"action": "reply_inbox", "template_id": "order_update", "message": "hi"});
    let msg = m
        .post(&url, both)
        .await
        .expect_error(StatusCode::BAD_REQUEST, 100);
    assert!(msg.contains("exactly one"), "{msg}");
    let none = json!({"action": "reply_inbox"});
    m.post(&url, none)
        .await
        .expect_error(StatusCode::BAD_REQUEST, 100);
}

#[tokio::test]
async fn a_former_staff_member_can_stay_assigned() {
    // Assign replaces the list: a client adding one assignee resends the ones already there.
    let m = Mock::new();
    let users = m.get(&m.v1(0, "users", "")).await.ok().clone();
    let former = users["disabled_users"][0]["id"].clone();
    assert!(former.is_string(), "the fixtures have a disabled user");
    let active = users["users"][0]["id"].clone();
    let id = m.first_of("INBOX").await["id"].as_str().unwrap().to_owned();
    let url = m.v1(0, &format!("conversations/{id}/assign"), "");
    let answer = m
        .post(&url, json!({"assignee_ids": [active, former]}))
        .await;
    assert_eq!(answer.ok()["assignee_ids"], json!([active, former]));
    // An id that is nobody's is still refused (Q9).
    m.post(&url, json!({"assignee_ids": ["ghost"]}))
        .await
        .expect_error(StatusCode::BAD_REQUEST, 100);
}

#[tokio::test]
async fn an_empty_round_robin_body_changes_nothing() {
    // RECONCILIATION K6: an omitted list is left as it is.
    let m = Mock::new();
    let before = m.get(&m.v1(0, "users", "")).await.ok()["round_robin_users"].clone();
    m.post(&m.v1(0, "round_robin_users", ""), json!({}))
        .await
        .ok();
    let after = m.get(&m.v1(0, "users", "")).await.ok()["round_robin_users"].clone();
    assert_eq!(after, before);
}

#[tokio::test]
async fn customer_changes_take_free_phone_numbers_and_ignore_unknown_keys() {
    let m = Mock::new();
    let list = m
        .get(&m.v1(
            0,
            "page_customers",
            "since=0&until=1768435200&page_number=1&page_size=1",
        ))
        .await;
    let cid = list.ok()["customers"][0]["id"].as_str().unwrap().to_owned();
    let url = m.v1(0, &format!("page_customers/{cid}"), "");
    let changes = json!({"changes": {
        "phone_numbers": ["090 123 4567", "+84-90-111-2222", "1900"],
        "emails": ["a@example.com"]
    }});
    let answer = m.call(Method::PUT, &url, Some(changes)).await;
    // The answer is `{success}` alone (RECONCILIATION J6); the change shows in the list.
    assert_eq!(answer.ok(), &json!({"success": true}));
    let list = m
        .get(&m.v1(
            0,
            "page_customers",
            "since=0&until=1768435200&page_number=1&page_size=1",
        ))
        .await;
    assert_eq!(
        list.ok()["customers"][0]["phone_numbers"],
        json!(["090 123 4567", "+84-90-111-2222", "1900"])
    );
}

#[tokio::test]
async fn blank_notes_and_chat_plugin_messages_are_kept() {
    // No source says the live API refuses them (the refusals table no longer lists them).
    let m = Mock::new();
    let customers = m
        .get(&m.v1(
            0,
            "page_customers",
            "since=0&until=1768435200&page_number=1&page_size=1",
        ))
        .await;
    let cid = customers.ok()["customers"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let added = m
        .post(
            &m.v1(0, &format!("page_customers/{cid}/notes"), ""),
            json!({"message": "  "}),
        )
        .await;
    assert!(added.ok()["note_id"].is_string(), "{}", added.body);
    let plugin = format!("/api/v1/pke_chat_plugin/messages?page_id={}", m.page_id(0));
    let sent = m
        .post(
            &plugin,
            json!({"from_id": "", "dummy_id": 1, "inserted_at": 1_768_435_200_000_i64}),
        )
        .await;
    assert!(sent.ok()["id"].is_string(), "{}", sent.body);
}

#[tokio::test]
async fn a_page_or_offset_beyond_any_integer_is_past_the_end() {
    let m = Mock::new();
    let far = "99999999999999999999999999";
    let posts = m
        .get(&m.v1(
            0,
            "posts",
            &format!("since=0&until=1768435200&page_size=10&page_number={far}"),
        ))
        .await;
    assert_eq!(posts.ok()["posts"], json!([]), "{}", posts.body);
    let id = m.first_of("INBOX").await["id"].as_str().unwrap().to_owned();
    let messages = m
        .get(&m.v1(
            0,
            &format!("conversations/{id}/messages"),
            &format!("current_count={far}"),
        ))
        .await;
    assert_eq!(messages.ok()["messages"], json!([]), "{}", messages.body);
}

#[tokio::test]
async fn more_content_ids_than_the_channels_documented_maximum_are_sent() {
    // RECONCILIATION H11, Q11: Pancake's document gives Shopee ("every other channel") one
    // content id per call, but not what the API does with more; the mock sends them all.
    let m = Mock::new();
    let shopee =
        m.fx.pages
            .iter()
            .position(|p| p.platform == "shopee")
            .expect("the fixtures have a Shopee page");
    let mut ids = Vec::new();
    for name in ["a.png", "b.png"] {
        let b = "Q";
        let body = format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: image/png\r\n\r\nPNG\r\n--{b}--\r\n"
        );
        let up = m
            .send(
                Request::post(m.v1(shopee, "upload_contents", ""))
                    .header("content-type", format!("multipart/form-data; boundary={b}"))
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        ids.push(up.ok()["id"].as_str().unwrap().to_owned());
    }
    let conv = m.walk(shopee, "type=INBOX").await.concat()[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let url = m.v1(shopee, &format!("conversations/{conv}/messages"), "");
    let sent = m
        .post(&url, json!({"action": "reply_inbox", "content_ids": ids}))
        .await;
    let mid = sent.ok()["id"].as_str().unwrap().to_owned();
    let messages = m.get(&url).await;
    let message = messages.ok()["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|msg| msg["id"] == mid.as_str())
        .expect("the sent message is listed")
        .clone();
    assert_eq!(
        message["attachments"].as_array().unwrap().len(),
        2,
        "{message}"
    );
}

#[tokio::test]
async fn an_empty_file_is_uploaded() {
    // No source says the live API refuses an empty file (RECONCILIATION L1, L2 only bound the size).
    let m = Mock::new();
    let boundary = "B";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"empty.txt\"\r\n\r\n\r\n--{boundary}--\r\n"
    );
    let answer = m
        .send(
            axum::http::Request::post(m.v1(0, "upload_contents", ""))
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(axum::body::Body::from(body))
                .unwrap(),
        )
        .await;
    assert!(answer.ok()["id"].is_string(), "{}", answer.body);
}
