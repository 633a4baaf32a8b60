//! Tokens never reach the logs, at any level.

use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn logs_carry_redacted_urls_only() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let stub = Stub::start(|_, index| {
        if index == 0 {
            json(
                503,
                json!({"success": false, "message": "An error occurred. Please try again later."}),
            )
        } else {
            json(
                200,
                json!({"success": false, "error_code": 102, "message": "Invalid access_token"}),
            )
        }
    })
    .await;
    let err = stub.page().list_tags().execute().await.unwrap_err();
    assert_no_token(&err);
    let user_err = stub
        .client()
        .user(USER_TOKEN)
        .list_pages()
        .execute()
        .await
        .unwrap_err();
    assert_no_token(&user_err);

    let logs = captured.text();
    assert!(logs.contains("retrying"), "the retry is logged: {logs}");
    assert!(
        logs.contains("page_access_token=***") && logs.contains("access_token=***"),
        "{logs}"
    );
    assert!(
        !logs.contains(PAGE_TOKEN) && !logs.contains(USER_TOKEN),
        "a token reached the logs:\n{logs}"
    );
}
