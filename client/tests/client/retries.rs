//! Retries: what is repeated, how often, and after how long.

use std::time::Duration;

use axum::response::IntoResponse;
use pancake_client::{Error, Pancake, types};
use serde_json::json;

use crate::common::*;

fn rate_limited(retry_after: &'static str) -> axum::response::Response {
    let mut response = json(
        429,
        json!({"success": false, "error_code": 613, "message": "rate limit"}),
    );
    response
        .headers_mut()
        .insert("retry-after", retry_after.parse().unwrap());
    response
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let stub = Stub::start(|_, index| {
        if index == 0 {
            rate_limited("1")
        } else {
            json(200, json!({"success": true, "tags": []}))
        }
    })
    .await;
    stub.page().list_tags().execute().await.unwrap();
    let seen = stub.requests();
    assert_eq!(seen.len(), 2);
    let gap = seen[1].at - seen[0].at;
    assert!(
        gap >= Duration::from_secs(1),
        "retried after {gap:?}, before the server's Retry-After of 1 s"
    );
    assert!(
        gap < Duration::from_millis(3000),
        "retried after {gap:?}: waited far longer than asked"
    );
}

#[tokio::test]
async fn a_send_is_retried_on_429_but_not_on_5xx() {
    let body = || {
        types::SendMessageRequest::InboxMessage(
            serde_json::from_value(
                json!({"action": "reply_inbox", "message": "Dạ, shop còn size M ạ"}),
            )
            .unwrap(),
        )
    };
    // 429 refuses without acting: the send is repeated.
    let stub = Stub::start(|_, index| {
        if index == 0 {
            rate_limited("1")
        } else {
            json(200, json!({"success": true, "id": "m_1"}))
        }
    })
    .await;
    let sent = stub
        .page()
        .send_message()
        .conversation_id("1_2")
        .body(body())
        .execute()
        .await
        .unwrap();
    assert_eq!(sent.id.as_deref(), Some("m_1"));
    stub.assert_calls(2);

    // A 503 may come after the message went out: not repeated, the caller decides.
    let stub = Stub::start(|_, _| {
        json(
            503,
            json!({"success": false, "message": "An error occurred. Please try again later."}),
        )
    })
    .await;
    let err = stub
        .page()
        .send_message()
        .conversation_id("1_2")
        .body(body())
        .execute()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Api { status: 503, .. }), "{err:?}");
    stub.assert_calls(1);
}

#[tokio::test]
async fn reads_are_retried_on_5xx_up_to_the_bound() {
    let stub = Stub::start(|_, index| {
        if index < 2 {
            json(
                500,
                json!({"success": false, "message": "An error occurred. Please try again later."}),
            )
        } else {
            json(
                200,
                json!({"success": true, "tags": [{"id": -99, "text": "Spam", "color": "#000"}]}),
            )
        }
    })
    .await;
    let tags = stub.page().list_tags().execute().await.unwrap();
    assert_eq!(tags.tags[0].id, Some(-99));
    stub.assert_calls(3);

    let stub = Stub::start(|_, _| json(503, json!({"success": false, "message": "down"}))).await;
    let client = Pancake::builder()
        .base_url(&stub.base_url)
        .retry(fast_retries(3))
        .build()
        .unwrap();
    let err = client
        .page(PAGE, PAGE_TOKEN)
        .list_tags()
        .execute()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    stub.assert_calls(3);
}

#[tokio::test]
async fn a_429_without_json_or_retry_after_still_reads_as_a_rate_limit() {
    // progenitor alone would lose the status of a documented 429 with a non-JSON body.
    let stub = Stub::start(|_, _| {
        (axum::http::StatusCode::TOO_MANY_REQUESTS, "slow down").into_response()
    })
    .await;
    let client = Pancake::builder()
        .base_url(&stub.base_url)
        .retry(fast_retries(2))
        .build()
        .unwrap();
    let err = client
        .page(PAGE, PAGE_TOKEN)
        .list_tags()
        .execute()
        .await
        .unwrap_err();
    assert!(
        matches!(
            &err,
            Error::RateLimited {
                status: 429,
                retry_after: None,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("slow down"), "{err}");
    stub.assert_calls(2);
}

#[tokio::test]
async fn a_retry_after_beyond_the_policy_is_handed_to_the_caller() {
    let stub = Stub::start(|_, _| rate_limited("3600")).await;
    let err = stub.page().list_tags().execute().await.unwrap_err();
    assert_eq!(err.retry_after(), Some(Duration::from_secs(3600)));
    stub.assert_calls(1);
}

#[tokio::test]
async fn errors_tell_a_send_that_may_have_landed_from_one_that_was_never_made() {
    let body = || {
        types::SendMessageRequest::InboxMessage(types::InboxMessage::text("Dạ, shop còn size M ạ"))
    };
    // The server takes the request and never answers: the message may have gone out.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let silent_addr = silent.local_addr().unwrap();
    let held = tokio::spawn(async move {
        let mut open = Vec::new();
        loop {
            let (socket, _) = silent.accept().await.unwrap();
            open.push(socket);
        }
    });
    let pancake = Pancake::builder()
        .base_url(format!("http://{silent_addr}/api"))
        .timeout(Duration::from_millis(300))
        .retry(fast_retries(3))
        .no_rate_limit()
        .build()
        .unwrap();
    let err = pancake
        .page(PAGE, PAGE_TOKEN)
        .send_message()
        .conversation_id("1_2")
        .body(body())
        .execute()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(err.is_outcome_unknown(), "a timed-out send: {err:?}");
    assert!(err.is_retryable(), "{err:?}");
    held.abort();

    // Nobody listens: the request never left, so sending again is safe.
    let refused = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let refused_addr = refused.local_addr().unwrap();
    drop(refused);
    let pancake = Pancake::builder()
        .base_url(format!("http://{refused_addr}/api"))
        .retry(fast_retries(2))
        .no_rate_limit()
        .build()
        .unwrap();
    let err = pancake
        .page(PAGE, PAGE_TOKEN)
        .send_message()
        .conversation_id("1_2")
        .body(body())
        .execute()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(!err.is_outcome_unknown(), "a refused connection: {err:?}");
    assert!(err.is_retryable(), "{err:?}");

    // A 4xx answer is final, and the server said what came of it.
    let stub = Stub::start(|_, _| {
        json(
            400,
            json!({"success": false, "error_code": 100, "message": "bad"}),
        )
    })
    .await;
    let err = stub.page().reply_text("1_2", "hi").await.unwrap_err();
    assert!(!err.is_retryable() && !err.is_outcome_unknown(), "{err:?}");
}
