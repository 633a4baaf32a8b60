//! State changes that later reads see, the seeds' rules on replies, and no lost updates.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use serde_json::{Value, json};

use super::common::Mock;

async fn conversation(m: &Mock, id: &str) -> Value {
    m.walk(0, "")
        .await
        .concat()
        .into_iter()
        .find(|c| c["id"] == id)
        .expect("conversation listed")
}

#[tokio::test]
async fn tags_add_and_remove_show_in_the_answer_the_list_and_the_history() {
    let m = Mock::new();
    let conv = m.first_of("INBOX").await;
    let id = conv["id"].as_str().unwrap();
    let url = m.v1(0, &format!("conversations/{id}/tags"), "");
    let added = m.post(&url, json!({"action": "add", "tag_id": -99})).await;
    let data: Vec<i64> = serde_json::from_value(added.ok()["data"].clone()).unwrap();
    assert!(data.contains(&-99));
    assert!(
        added.body["timestamp"].as_i64().unwrap() > 1_700_000_000_000_000,
        "microseconds"
    );
    let after = conversation(&m, id).await;
    assert!(
        after["tags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["id"] == -99 && t["text"] == "Đánh dấu")
    );
    let history = after["tag_histories"].as_array().unwrap();
    assert_eq!(history.last().unwrap()["payload"]["action"], "add");
    let removed = m
        .post(&url, json!({"action": "remove", "tag_id": "-99"}))
        .await;
    assert!(
        !removed.ok()["data"]
            .as_array()
            .unwrap()
            .contains(&json!(-99))
    );
    assert_eq!(
        conversation(&m, id).await["tag_histories"]
            .as_array()
            .unwrap()
            .len(),
        history.len() + 1
    );
}

#[tokio::test]
async fn read_unread_and_assign() {
    let m = Mock::new();
    let conv = m.first_of("INBOX").await;
    let id = conv["id"].as_str().unwrap();
    m.post(
        &m.v1(0, &format!("conversations/{id}/unread"), ""),
        json!({}),
    )
    .await
    .ok();
    let c = conversation(&m, id).await;
    assert_eq!(
        (c["seen"].clone(), c["unread_count"].as_i64().unwrap() >= 1),
        (json!(false), true)
    );
    m.post(&m.v1(0, &format!("conversations/{id}/read"), ""), json!({}))
        .await
        .ok();
    let c = conversation(&m, id).await;
    assert_eq!(
        (c["seen"].clone(), c["unread_count"].clone()),
        (json!(true), json!(0))
    );

    let users = m.get(&m.v1(0, "users", "")).await.ok()["users"].clone();
    let (u0, u1) = (
        users[0]["id"].as_str().unwrap(),
        users[1]["id"].as_str().unwrap(),
    );
    let a = m
        .post(
            &m.v1(0, &format!("conversations/{id}/assign"), ""),
            json!({"assignee_ids": [u0, u1]}),
        )
        .await;
    assert_eq!(a.ok()["assignee_ids"], json!([u0, u1]));
    let a = m
        .post(
            &m.v1(0, &format!("conversations/{id}/assign"), ""),
            json!({"assignee_ids": [u1]}),
        )
        .await;
    let last = a.ok()["assignee_histories"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["payload"]["deleted_users"][0]["id"], u0);
    assert_eq!(
        conversation(&m, id).await["current_assign_users"][0]["id"],
        u1
    );
    let bad = m
        .post(
            &m.v1(0, &format!("conversations/{id}/assign"), ""),
            json!({"assignee_ids": ["nobody"]}),
        )
        .await;
    bad.expect_error(StatusCode::BAD_REQUEST, 100);
}

#[tokio::test]
async fn send_message_moves_the_conversation_to_the_top() {
    let m = Mock::new();
    let all = m.walk(0, "type=INBOX").await.concat();
    let old = all.last().unwrap().clone();
    let id = old["id"].as_str().unwrap();
    let users = m.get(&m.v1(0, "users", "")).await.ok()["users"].clone();
    let sent = m
        .post(&m.v1(0, &format!("conversations/{id}/messages"), ""), json!({"action": "reply_inbox", "message": "Dạ shop gửi bạn mã giảm giá", "sender_id": users[0]["id"]}))
        .await;
    let mid = sent.ok()["id"].as_str().unwrap().to_owned();
    assert!(mid.starts_with("m_"));
    let top = m.get(&m.url(0, "v2", "conversations", "")).await.ok()["conversations"][0].clone();
    assert_eq!(top["id"], id);
    assert_eq!(top["snippet"], "Dạ shop gửi bạn mã giảm giá");
    assert_eq!(
        top["message_count"],
        old["message_count"].as_i64().unwrap() + 1
    );
    assert_eq!(top["last_sent_by"]["admin_name"], users[0]["name"]);
    assert!(top["updated_at"].as_str().unwrap() > old["updated_at"].as_str().unwrap());
    let msgs = m
        .get(&m.v1(0, &format!("conversations/{id}/messages"), ""))
        .await;
    assert_eq!(msgs.ok()["messages"][0]["id"], mid.as_str());
}

#[tokio::test]
async fn upload_then_send_by_content_id() {
    let m = Mock::new();
    let b = "Q";
    let body = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\nPNG\r\n--{b}--\r\n"
    );
    let up = m
        .send(
            Request::post(m.v1(0, "upload_contents", ""))
                .header("content-type", format!("multipart/form-data; boundary={b}"))
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    assert_eq!(up.ok()["attachment_type"], "PHOTO");
    let content = up.body["id"].as_str().unwrap();
    let conv = m.first_of("INBOX").await;
    let id = conv["id"].as_str().unwrap();
    m.post(
        &m.v1(0, &format!("conversations/{id}/messages"), ""),
        json!({"action": "reply_inbox", "content_ids": [content]}),
    )
    .await
    .ok();
    assert_eq!(conversation(&m, id).await["snippet"], "[Photo]");
    // Another page does not know this content id.
    let other = m.walk(1, "type=INBOX").await.concat()[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let refused = m
        .post(
            &m.v1(1, &format!("conversations/{other}/messages"), ""),
            json!({"action": "reply_inbox", "content_ids": [content]}),
        )
        .await;
    refused.expect_error(StatusCode::BAD_REQUEST, 100);
}

#[tokio::test]
async fn private_reply_once_per_comment_and_within_seven_days() {
    let m = Mock::new();
    let comment = m.first_of("COMMENT").await;
    let id = comment["id"].as_str().unwrap();
    let msgs = m
        .get(&m.v1(0, &format!("conversations/{id}/messages"), ""))
        .await
        .ok()["messages"]
        .clone();
    let newest = msgs
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["from"]["id"] == comment["from"]["id"])
        .cloned()
        .unwrap_or(msgs[0].clone());
    let body = json!({"action": "private_replies", "post_id": comment["post_id"], "message_id": newest["id"], "from_id": comment["from"]["id"], "message": "Shop inbox bạn nhé"});
    let url = m.v1(0, &format!("conversations/{id}/messages"), "");
    let first = m.post(&url, body.clone()).await;
    first.ok();
    let again = m.post(&url, body).await;
    assert!(
        again
            .expect_error(StatusCode::OK, 10900)
            .contains("already replied")
    );
    // An old comment: the oldest comment of a conversation updated long ago.
    let all = m.walk(0, "type=COMMENT").await.concat();
    let old = all.last().unwrap();
    let oid = old["id"].as_str().unwrap();
    let old_msgs = m
        .get(&m.v1(
            0,
            &format!("conversations/{oid}/messages"),
            "current_count=0",
        ))
        .await
        .ok()["messages"]
        .clone();
    let oldest = old_msgs.as_array().unwrap().last().unwrap();
    let refused = m
        .post(&m.v1(0, &format!("conversations/{oid}/messages"), ""), json!({"action": "private_replies", "post_id": old["post_id"], "message_id": oldest["id"], "from_id": old["from"]["id"], "message": "Chào bạn"}))
        .await;
    assert!(
        refused
            .expect_error(StatusCode::OK, 10901)
            .contains("expired")
    );
    // A reply comment needs text or an image.
    let no_content = m
        .post(
            &url,
            json!({"action": "reply_comment", "message_id": newest["id"]}),
        )
        .await;
    no_content.expect_error(StatusCode::BAD_REQUEST, 100);
    let reply = m.post(&url, json!({"action": "reply_comment", "message_id": newest["id"], "message": "Dạ shop đã inbox ạ"})).await;
    reply.ok();
}

#[tokio::test]
async fn customers_update_and_notes() {
    let m = Mock::new();
    let list = m
        .get(&m.v1(
            0,
            "page_customers",
            "since=0&until=1768435200&page_number=1&page_size=100",
        ))
        .await;
    assert_eq!(list.ok()["total"], 150);
    assert_eq!(list.body["customers"].as_array().unwrap().len(), 100);
    let second = m
        .get(&m.v1(
            0,
            "page_customers",
            "since=0&until=1768435200&page_number=2&page_size=100",
        ))
        .await;
    assert_eq!(second.ok()["customers"].as_array().unwrap().len(), 50);
    let c = list.body["customers"][0].clone();
    let cid = c["id"].as_str().unwrap();
    let url = m.v1(0, &format!("page_customers/{cid}"), "");
    m.call(Method::PUT, &url, Some(json!({"changes": {"name": "Trần Thị Hạnh", "gender": "female", "phone_numbers": ["0912345678"]}}))).await.ok();
    m.call(
        Method::PUT,
        &url,
        Some(json!({"changes": {"gender": "other"}})),
    )
    .await
    .expect_error(StatusCode::BAD_REQUEST, 100);
    m.call(
        Method::PUT,
        &url,
        Some(json!({"changes": {"birthday": "03/02/1990"}})),
    )
    .await
    .expect_error(StatusCode::BAD_REQUEST, 100);
    let notes_url = m.v1(0, &format!("page_customers/{cid}/notes"), "");
    let added = m.post(&notes_url, json!({"message": "Khách VIP"})).await;
    let note = added.ok()["note_id"].as_str().unwrap().to_owned();
    m.call(
        Method::PUT,
        &notes_url,
        Some(json!({"note_id": note, "message": "Khách VIP, giao nhanh"})),
    )
    .await
    .ok();
    let find = |body: &Value| {
        body["customers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == cid)
            .cloned()
            .unwrap()
    };
    let now = find(
        m.get(&m.v1(
            0,
            "page_customers",
            "since=0&until=1768435200&page_number=1&order_by=updated_at",
        ))
        .await
        .ok(),
    );
    assert_eq!(now["name"], "Trần Thị Hạnh");
    assert_eq!(now["phone_numbers"], json!(["0912345678"]));
    let n = now["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == note.as_str())
        .unwrap()
        .clone();
    assert_eq!(n["message"], "Khách VIP, giao nhanh");
    assert_eq!(n["edit_history"][0]["message"], "Khách VIP");
    m.call(Method::DELETE, &notes_url, Some(json!({"note_id": note})))
        .await
        .ok();
    m.call(Method::DELETE, &notes_url, Some(json!({"note_id": note})))
        .await
        .expect_error(StatusCode::NOT_FOUND, 404);
    let gone = find(
        m.get(&m.v1(
            0,
            "page_customers",
            "since=0&until=1768435200&page_number=1&order_by=updated_at",
        ))
        .await
        .ok(),
    );
    assert!(
        gone["notes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["id"] != note.as_str())
    );
}

#[tokio::test]
async fn round_robin_users_are_replaced() {
    let m = Mock::new();
    let users = m.get(&m.v1(0, "users", "")).await.ok().clone();
    let last = users["users"].as_array().unwrap().last().unwrap()["id"].clone();
    m.post(
        &m.v1(0, "round_robin_users", ""),
        json!({"comment": [last]}),
    )
    .await
    .ok();
    let after = m.get(&m.v1(0, "users", "")).await.ok()["round_robin_users"].clone();
    assert_eq!(after["comment"], json!([last]));
    assert_eq!(after["inbox"], users["round_robin_users"]["inbox"]);
    m.post(
        &m.v1(0, "round_robin_users", ""),
        json!({"inbox": ["ghost"]}),
    )
    .await
    .expect_error(StatusCode::BAD_REQUEST, 100);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_sends_lose_no_update() {
    let m = Arc::new(Mock::new());
    let conv = m.first_of("INBOX").await;
    let id = conv["id"].as_str().unwrap().to_owned();
    let before = conv["message_count"].as_i64().unwrap();
    let tasks: Vec<_> = (0..40)
        .map(|k| {
            let m = m.clone();
            let id = id.clone();
            tokio::spawn(async move {
                m.post(
                    &m.v1(0, &format!("conversations/{id}/messages"), ""),
                    json!({"action": "reply_inbox", "message": format!("tin {k}")}),
                )
                .await
                .ok();
            })
        })
        .collect();
    for t in tasks {
        t.await.unwrap();
    }
    let c = conversation(&m, &id).await;
    assert_eq!(c["message_count"], before + 40);
    let mut fetched = 0;
    loop {
        let page = m
            .get(&m.v1(
                0,
                &format!("conversations/{id}/messages"),
                &format!("current_count={fetched}"),
            ))
            .await
            .ok()["messages"]
            .as_array()
            .unwrap()
            .len();
        fetched += page;
        if page < 30 {
            break;
        }
    }
    assert_eq!(fetched as i64, before + 40);
}

#[tokio::test]
async fn the_chat_plugin_lists_newest_first_from_the_offset() {
    // The spec's order (an assumption, RECONCILIATION Q3), as `list_messages` pages.
    let m = Mock::new();
    let page = super::common::enc(m.page_id(0));
    let send = format!("/api/v1/pke_chat_plugin/messages?page_id={page}");
    let first = m
        .post(&send, json!({"from_id": "v9", "dummy_id": 1, "inserted_at": 1_765_875_902_892_i64, "message": "một"}))
        .await;
    let conversation = first.ok()["conversation_id"].as_str().unwrap().to_owned();
    let body = json!({"from_id": "v9", "dummy_id": 2, "inserted_at": 1_765_875_903_892_i64,
                      "message": "hai", "conversation_id": conversation});
    m.post(&send, body).await.ok();
    let list = |offset: u32| {
        format!(
            "/api/v1/pke_chat_plugin/messages?page_id={page}&conversation_id={}&offset={offset}",
            super::common::enc(&conversation)
        )
    };
    let texts = |answer: &Value| -> Vec<String> {
        answer["messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["message"].as_str().unwrap().to_owned())
            .collect()
    };
    let all = m.get(&list(0)).await;
    assert_eq!(texts(all.ok()), ["hai", "một"]);
    assert!(
        all.ok()["messages"][0].get("dummy_id").is_none(),
        "{}",
        all.body
    );
    assert_eq!(texts(m.get(&list(1)).await.ok()), ["một"]);
}
