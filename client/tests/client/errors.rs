//! Errors: in-band `success: false`, statuses, the token, guard rails.

use pancake_client::{Error, GuardRail};
use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn in_band_error_on_http_200_is_an_error_never_a_success() {
    let stub = Stub::start(|_, _| {
        json(
            200,
            json!({"success": false, "error_code": 102, "message": "Invalid access_token"}),
        )
    })
    .await;
    let err = stub.page().list_tags().execute().await.unwrap_err();
    assert!(
        matches!(&err, Error::Unauthorized { status: 200, error_code: Some(102), message, .. } if message == "Invalid access_token"),
        "{err:?}"
    );
    assert_no_token(&err);
    assert!(err.to_string().contains("page_access_token=***"), "{err}");
    stub.assert_calls(1); // an in-band error is final, not retried
}

#[tokio::test]
async fn renewed_token_and_private_reply_refusals_keep_their_codes() {
    let stub = Stub::start(|seen, _| {
        if seen.path.ends_with("/tags") {
            json(200, json!({"success": false, "error_code": 105, "message": "access_token has been renewed"}))
        } else {
            json(200, json!({"success": false, "error_code": 10900, "message": "Activity already replied to"}))
        }
    })
    .await;
    let page = stub.page();
    let renewed = page.list_tags().execute().await.unwrap_err();
    assert!(
        matches!(
            renewed,
            Error::Unauthorized {
                error_code: Some(105),
                ..
            }
        ),
        "{renewed:?}"
    );
    assert!(
        renewed
            .to_string()
            .contains("use the new page_access_token"),
        "{renewed}"
    );
    let body = pancake_client::types::SendMessageRequest::PrivateReplyMessage(
        serde_json::from_value(json!({"action": "private_replies", "post_id": "p", "message_id": "m", "from_id": "f", "message": "Chào bạn"}))
            .unwrap(),
    );
    let refused = page
        .send_message()
        .conversation_id("p_c")
        .body(body)
        .execute()
        .await
        .unwrap_err();
    assert!(
        matches!(
            refused,
            Error::Api {
                status: 200,
                error_code: Some(10900),
                ..
            }
        ),
        "{refused:?}"
    );
}

#[tokio::test]
async fn user_api_401_is_unauthorized_and_carries_the_message() {
    let stub = Stub::start(|_, _| {
        json(
            401,
            json!({"success": false, "error_code": 102, "message": "Invalid access_token"}),
        )
    })
    .await;
    let err = stub
        .client()
        .user(USER_TOKEN)
        .list_pages()
        .execute()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Unauthorized {
                status: 401,
                error_code: Some(102),
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(err.server_message(), Some("Invalid access_token"));
    assert_no_token(&err);
    let seen = &stub.requests()[0];
    assert_eq!(seen.path, "/api/v1/pages");
    assert_eq!(seen.param("access_token"), Some(USER_TOKEN));
}

#[tokio::test]
async fn the_right_token_goes_on_the_wire_and_only_there() {
    let stub = Stub::start(|_, _| json(200, json!({"success": true, "tags": []}))).await;
    stub.page().list_tags().execute().await.unwrap();
    let seen = &stub.requests()[0];
    assert_eq!(seen.path, format!("/api/public_api/v1/pages/{PAGE}/tags"));
    assert_eq!(seen.params("page_access_token"), [PAGE_TOKEN]);
    assert_eq!(seen.param("access_token"), None);
    // progenitor's api-version header is sent (the mock must tolerate it).
    assert!(seen.headers.contains_key("api-version"));
}

#[tokio::test]
async fn a_page_operation_without_a_page_token_is_refused_before_sending() {
    let stub = Stub::start(|_, _| json(200, json!({}))).await;
    // The public handle has no token: the chat plugin works, page_id-less user ops do not.
    let err = stub
        .client()
        .public()
        .list_pages()
        .execute()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidRequest { message } if message.contains("Pancake::user")),
        "{err:?}"
    );
    stub.assert_calls(0);
}

#[tokio::test]
async fn guard_rails_stop_requests_before_they_are_sent() {
    let stub = Stub::start(|_, _| json(200, json!({"success": true, "conversations": []}))).await;
    let page = stub.page();
    let err = page
        .list_conversations()
        .since(1_748_390_400_000_i64)
        .execute()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::GuardRail(GuardRail::MillisecondsForSeconds {
                value: 1_748_390_400_000,
                ..
            })
        ),
        "{err:?}"
    );
    let err = page
        .list_posts()
        .since(1_748_390_400_i64)
        .until(1_748_476_800_i64)
        .page_number(1_u64)
        .page_size(50_u64)
        .execute()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::GuardRail(GuardRail::PageSizeTooLarge {
                max: 30,
                value: 50,
                ..
            })
        ),
        "{err:?}"
    );
    let empty_reply = pancake_client::types::SendMessageRequest::ReplyCommentMessage(
        serde_json::from_value(json!({"action": "reply_comment", "message_id": "m_1"})).unwrap(),
    );
    let err = page
        .send_message()
        .conversation_id("1_2")
        .body(empty_reply)
        .execute()
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::GuardRail(GuardRail::EmptyReplyComment)),
        "{err:?}"
    );
    stub.assert_calls(0);
    // In seconds, the same request goes out.
    page.list_conversations()
        .since(1_748_390_400_i64)
        .execute()
        .await
        .unwrap();
    stub.assert_calls(1);
}

#[tokio::test]
async fn html_error_pages_keep_their_status() {
    let stub = Stub::start(|_, _| {
        use axum::response::IntoResponse;
        (
            axum::http::StatusCode::BAD_GATEWAY,
            "<html>502 Bad Gateway</html>",
        )
            .into_response()
    })
    .await;
    let err = stub.page().list_tags().execute().await.unwrap_err();
    assert!(
        matches!(&err, Error::Api { status: 502, message, .. } if message.contains("502 Bad Gateway")),
        "{err:?}"
    );
    stub.assert_calls(4); // a read is retried on 502, up to the policy's 4 attempts
}

#[tokio::test]
async fn connection_refused_is_a_transport_error_without_the_token() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}/api", listener.local_addr().unwrap());
    drop(listener);
    let client = pancake_client::Pancake::builder()
        .base_url(base)
        .retry(fast_retries(2))
        .build()
        .unwrap();
    let err = client
        .page(PAGE, PAGE_TOKEN)
        .list_tags()
        .execute()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(
        std::error::Error::source(&err).is_some(),
        "the cause chain is kept"
    );
    assert_no_token(&err);
}

#[tokio::test]
async fn undecodable_answers_are_decode_errors() {
    let stub = Stub::start(|_, _| json(200, json!({"success": true, "tags": "not a list"}))).await;
    let err = stub.page().list_tags().execute().await.unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert!(std::error::Error::source(&err).is_some());
}

#[tokio::test]
async fn an_in_band_error_is_caught_whatever_its_content_type() {
    let stub = Stub::start(|_, _| {
        use axum::response::IntoResponse;
        (
            [("content-type", "text/html; charset=utf-8")],
            r#"{"success":false,"error_code":102,"message":"Invalid access_token"}"#,
        )
            .into_response()
    })
    .await;
    let err = stub.page().list_tags().execute().await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Unauthorized {
                status: 200,
                error_code: Some(102),
                ..
            }
        ),
        "{err:?}"
    );
}
