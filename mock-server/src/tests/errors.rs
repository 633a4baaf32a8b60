//! Bad requests get a 4xx with the spec's error body naming what was wrong; auth like the live
//! API.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use serde_json::json;

use super::common::Mock;

#[tokio::test]
async fn tokens_missing_wrong_other_page_and_unknown_page() {
    let m = Mock::new();
    let pid = m.page_id(0).to_owned();
    let missing = m.get(&format!("/api/public_api/v1/pages/{pid}/tags")).await;
    assert!(
        missing
            .expect_error(StatusCode::BAD_REQUEST, 194)
            .contains("page_access_token")
    );
    let wrong = m
        .get(&format!(
            "/api/public_api/v1/pages/{pid}/tags?page_access_token=nope"
        ))
        .await;
    assert_eq!(
        wrong.expect_error(StatusCode::OK, 102),
        "Invalid access_token"
    );
    let other = m
        .get(&format!(
            "/api/public_api/v1/pages/{pid}/tags?page_access_token={}",
            m.token(1)
        ))
        .await;
    other.expect_error(StatusCode::OK, 102);
    let unknown = m
        .get(&format!(
            "/api/public_api/v1/pages/999/tags?page_access_token={}",
            m.token(0)
        ))
        .await;
    unknown.expect_error(StatusCode::NOT_FOUND, 404);
    let user = m.get("/api/v1/pages?access_token=nope").await;
    user.expect_error(StatusCode::UNAUTHORIZED, 102);
    m.get("/api/v1/pages")
        .await
        .expect_error(StatusCode::BAD_REQUEST, 194);
    // A page token is not a user token.
    m.get(&format!("/api/v1/pages?access_token={}", m.token(0)))
        .await
        .expect_error(StatusCode::UNAUTHORIZED, 102);
}

#[tokio::test]
async fn renewed_token_answers_105_and_the_new_one_works() {
    let m = Mock::new();
    let pid = m.page_id(0).to_owned();
    let a = m
        .post(
            &format!(
                "/api/v1/pages/{pid}/generate_page_access_token?access_token={}",
                m.fx.access_token
            ),
            json!({}),
        )
        .await;
    let new = a.ok()["page_access_token"].as_str().unwrap().to_owned();
    assert_ne!(new, m.token(0));
    let old = m.get(&m.v1(0, "tags", "")).await;
    assert!(old.expect_error(StatusCode::OK, 105).contains("renewed"));
    m.get(&format!(
        "/api/public_api/v1/pages/{pid}/tags?page_access_token={new}"
    ))
    .await
    .ok();
    assert_eq!(m.state.read().summary().pages[0].page_access_token, new);
}

#[tokio::test]
async fn an_unknown_conversation_type_matches_nothing_instead_of_failing() {
    // `ConversationType` is open (RECONCILIATION E6): a kind the page has no conversation of.
    let m = Mock::new();
    let a = m.get(&m.url(0, "v2", "conversations", "type=CHAT")).await;
    assert_eq!(a.ok()["conversations"], serde_json::json!([]));
}

#[tokio::test]
async fn malformed_values_name_the_parameter() {
    let m = Mock::new();
    for (path, query, param) in [
        ("conversations", "since=yesterday", "since"),
        ("conversations", "order_by=name", "order_by"),
        ("conversations", "unread_first=maybe", "unread_first"),
        ("conversations", "tags=a,b", "tags"),
    ] {
        let a = m.get(&m.url(0, "v2", path, query)).await;
        let msg = a.expect_error(StatusCode::BAD_REQUEST, 100);
        assert!(msg.contains(param), "{query}: {msg}");
    }
    let a = m
        .get(&m.v1(
            0,
            "page_customers",
            "since=1&until=2&page_number=1&page_size=101",
        ))
        .await;
    assert!(
        a.expect_error(StatusCode::BAD_REQUEST, 100)
            .contains("page_size")
    );
    let a = m
        .get(&m.v1(0, "posts", "since=1&until=2&page_number=1&page_size=31"))
        .await;
    assert!(
        a.expect_error(StatusCode::BAD_REQUEST, 100)
            .contains("page_size")
    );
    let a = m
        .get(&m.v1(0, "posts", "since=1&until=2&page_number=1"))
        .await;
    assert!(
        a.expect_error(StatusCode::BAD_REQUEST, 194)
            .contains("page_size")
    );
    let a = m
        .get(&m.v1(0, "sip_call_logs", "id=1&page_number=0&page_size=5"))
        .await;
    assert!(
        a.expect_error(StatusCode::BAD_REQUEST, 100)
            .contains("page_number")
    );
    let a = m
        .get(&m.v1(0, "export_data", "action=everything&since=1&until=2"))
        .await;
    assert!(
        a.expect_error(StatusCode::BAD_REQUEST, 100)
            .contains("action")
    );
    let a = m
        .get(&m.v1(0, "statistics/users", "date_range=last%20week"))
        .await;
    assert!(
        a.expect_error(StatusCode::BAD_REQUEST, 100)
            .contains("date_range")
    );
}

#[tokio::test]
async fn bad_bodies_get_400_and_change_nothing() {
    let m = Mock::new();
    let conv = m.first_of("INBOX").await;
    let id = conv["id"].as_str().unwrap();
    let tags_url = m.v1(0, &format!("conversations/{id}/tags"), "");
    let raw = m
        .send(
            Request::post(&tags_url)
                .header("content-type", "application/json")
                .body(Body::from("{\"action\": "))
                .unwrap(),
        )
        .await;
    assert!(
        raw.expect_error(StatusCode::BAD_REQUEST, 100)
            .contains("JSON")
    );
    m.post(&tags_url, json!({"action": "toggle", "tag_id": 1}))
        .await
        .expect_error(StatusCode::BAD_REQUEST, 100);
    m.post(&tags_url, json!({"action": "add", "tag_id": "abc"}))
        .await
        .expect_error(StatusCode::BAD_REQUEST, 100);
    m.post(&tags_url, json!({"action": "add", "tag_id": 77}))
        .await
        .expect_error(StatusCode::BAD_REQUEST, 100);
    let send = m.v1(0, &format!("conversations/{id}/messages"), "");
    m.post(&send, json!({"action": "reply_inbox"}))
        .await
        .expect_error(StatusCode::BAD_REQUEST, 100);
    m.post(
        &send,
        json!({"action": "reply_inbox", "message": "a", "content_ids": ["x"]}),
    )
    .await
    .expect_error(StatusCode::BAD_REQUEST, 100);
    m.post(&send, json!({"action": "shout", "message": "a"}))
        .await
        .expect_error(StatusCode::BAD_REQUEST, 100);
    m.post(
        &send,
        json!({"action": "reply_inbox", "content_ids": ["not-uploaded"]}),
    )
    .await
    .expect_error(StatusCode::BAD_REQUEST, 100);
    let after = m.first_of("INBOX").await;
    assert_eq!(after, conv, "refused writes changed nothing");
    let a = m.get(&m.v1(0, "conversations/nope/messages", "")).await;
    a.expect_error(StatusCode::NOT_FOUND, 404);
    let a = m
        .call(
            Method::PUT,
            &m.v1(0, "page_customers/nope", ""),
            Some(json!({"changes": {"name": "A"}})),
        )
        .await;
    a.expect_error(StatusCode::NOT_FOUND, 404);
}

#[tokio::test]
async fn unknown_routes_and_methods_answer_the_error_body() {
    let m = Mock::new();
    m.get("/api/v9/nothing")
        .await
        .expect_error(StatusCode::NOT_FOUND, 404);
    m.get("/nothing")
        .await
        .expect_error(StatusCode::NOT_FOUND, 404);
    let a = m.call(Method::DELETE, &m.v1(0, "tags", ""), None).await;
    a.expect_error(StatusCode::METHOD_NOT_ALLOWED, 100);
    let spec = m.get("/openapi.yaml").await;
    assert!(
        spec.body.as_str().unwrap().starts_with("openapi: 3.0.3"),
        "{}",
        &spec.body.as_str().unwrap()[..40]
    );
}

#[tokio::test]
async fn uploads_over_the_channel_limit_are_413() {
    let m = Mock::new();
    // Page 3 is WhatsApp Official: 16 MB.
    let boundary = "B";
    let mut body = format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"v.mp4\"\r\nContent-Type: video/mp4\r\n\r\n").into_bytes();
    body.extend(std::iter::repeat_n(b'x', 16 * 1024 * 1024 + 1));
    body.extend(format!("\r\n--{boundary}--\r\n").as_bytes());
    let a = m
        .send(
            Request::post(m.v1(3, "upload_contents", ""))
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    assert!(
        a.expect_error(StatusCode::PAYLOAD_TOO_LARGE, 413)
            .contains("16 MB")
    );
    let none = m
        .send(
            Request::post(m.v1(3, "upload_contents", ""))
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(Body::from(format!("--{boundary}--\r\n")))
                .unwrap(),
        )
        .await;
    none.expect_error(StatusCode::BAD_REQUEST, 194);
}

#[tokio::test]
async fn oversized_json_bodies_get_the_error_body() {
    let m = Mock::new();
    let id = m.first_of("INBOX").await["id"].as_str().unwrap().to_owned();
    let huge = "x".repeat(3 * 1024 * 1024);
    let a = m
        .post(
            &m.v1(0, &format!("conversations/{id}/messages"), ""),
            json!({"action": "reply_inbox", "message": huge}),
        )
        .await;
    assert!(
        a.expect_error(StatusCode::BAD_REQUEST, 100)
            .contains("2 MB")
    );
}

/// A multipart body carrying one `file` field of `size` bytes of `mime`.
fn upload_of(size: usize, mime: &str) -> (String, Vec<u8>) {
    let boundary = "B";
    let mut body = format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"v.bin\"\r\nContent-Type: {mime}\r\n\r\n").into_bytes();
    body.extend(std::iter::repeat_n(b'x', size));
    body.extend(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

#[tokio::test]
async fn other_channels_take_videos_of_15_mb_as_the_official_reference_says() {
    // RECONCILIATION L2: 15 MB for videos on other channels, MB = 10^6 bytes.
    let m = Mock::new();
    // Page 0 is Facebook: the spec's default limit applies.
    let post = |size, mime| {
        let (content_type, body) = upload_of(size, mime);
        Request::post(m.v1(0, "upload_contents", ""))
            .header("content-type", content_type)
            .body(Body::from(body))
            .unwrap()
    };
    let over = m.send(post(15_000_001, "video/mp4")).await;
    assert!(
        over.expect_error(StatusCode::PAYLOAD_TOO_LARGE, 413)
            .contains("15 MB")
    );
    let at_limit = m.send(post(15_000_000, "video/mp4")).await;
    assert_eq!(at_limit.status, StatusCode::OK, "{:?}", at_limit.body);
    assert_eq!(at_limit.body["attachment_type"], "VIDEO");
    // No source limits other files: a 16 MB document passes.
    let document = m.send(post(16_000_000, "application/pdf")).await;
    assert_eq!(document.status, StatusCode::OK, "{:?}", document.body);
    assert_eq!(document.body["attachment_type"], "DOCUMENT");
}

#[tokio::test]
async fn query_values_outside_the_specs_enums_are_400_naming_the_parameter() {
    let m = Mock::new();
    let range = "date_range=01/01/2026%20-%2015/01/2026";
    for (rest, query, name) in [
        (
            "statistics/page_customers",
            format!("{range}&group_by=week"),
            "group_by",
        ),
        (
            "statistics/ads",
            "since=1&until=2&type=by_week".to_owned(),
            "type",
        ),
        (
            "export_data",
            "since=1&until=2&action=everything".to_owned(),
            "action",
        ),
        (
            "page_customers",
            "since=1&until=2&page_number=1&order_by=name".to_owned(),
            "order_by",
        ),
    ] {
        let answer = m.get(&m.v1(0, rest, &query)).await;
        let message = answer.expect_error(StatusCode::BAD_REQUEST, 100);
        assert!(message.contains(name), "{rest}: {message}");
    }
}

#[tokio::test]
async fn a_chat_plugin_time_beyond_int64_is_refused() {
    // The spec's `inserted_at` is an int64 of milliseconds (RECONCILIATION D6, T14).
    let m = Mock::new();
    let plugin = format!("/api/v1/pke_chat_plugin/messages?page_id={}", m.page_id(0));
    let body = r#"{"from_id": "v1", "dummy_id": 1, "inserted_at": 9223372036854775808}"#;
    let answer = m
        .send(
            Request::post(plugin)
                .header("content-type", "application/json")
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    assert!(
        answer
            .expect_error(StatusCode::BAD_REQUEST, 100)
            .contains("inserted_at"),
        "{:?}",
        answer.body
    );
}
