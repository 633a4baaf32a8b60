//! The two operations that are not JSON calls (upload, avatar) send what the spec says.

use pancake_client::Upload;
use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn upload_content_sends_a_multipart_file_field() {
    let stub = Stub::start(|_, _| {
        json(
            200,
            json!({"success": true, "id": "content-1", "attachment_type": "PHOTO"}),
        )
    })
    .await;
    let png = b"\x89PNG\r\n\x1a\nfake image".to_vec();
    let answer = stub
        .page()
        .upload_content(Upload::new(png.clone(), "ao-thun.png", "image/png"))
        .await
        .unwrap();
    assert_eq!(answer.id.as_deref(), Some("content-1"));
    assert_eq!(answer.attachment_type.as_deref(), Some("PHOTO"));
    let seen = &stub.requests()[0];
    assert_eq!(seen.method, axum::http::Method::POST);
    assert_eq!(
        seen.path,
        format!("/api/public_api/v1/pages/{PAGE}/upload_contents")
    );
    assert_eq!(seen.param("page_access_token"), Some(PAGE_TOKEN));
    let content_type = seen.headers["content-type"].to_str().unwrap();
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "{content_type}"
    );
    let body = String::from_utf8_lossy(&seen.body);
    assert!(
        body.contains(r#"Content-Disposition: form-data; name="file"; filename="ao-thun.png""#),
        "{body}"
    );
    assert!(body.contains("Content-Type: image/png"), "{body}");
    assert!(
        seen.body.windows(png.len()).any(|w| w == png.as_slice()),
        "the file's bytes are in the body"
    );
}

#[tokio::test]
async fn upload_content_reports_413_and_is_not_retried_after_5xx() {
    let stub = Stub::start(|_, index| {
        if index == 0 {
            json(
                413,
                json!({"success": false, "message": "file too large: limit 25 MB"}),
            )
        } else {
            json(
                500,
                json!({"success": false, "message": "An error occurred. Please try again later."}),
            )
        }
    })
    .await;
    let page = stub.page();
    let err = page
        .upload_content(Upload::new(
            vec![0u8; 10],
            "a.bin",
            "application/octet-stream",
        ))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, pancake_client::Error::Api { status: 413, .. }),
        "{err:?}"
    );
    assert_no_token(&err);
    let err = page
        .upload_content(Upload::new(
            vec![0u8; 10],
            "a.bin",
            "application/octet-stream",
        ))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(500));
    stub.assert_calls(2);
}

#[tokio::test]
async fn the_avatar_redirect_is_returned_not_followed() {
    let stub = Stub::start(|_, _| {
        let mut response =
            axum::response::IntoResponse::into_response(axum::http::StatusCode::MOVED_PERMANENTLY);
        response.headers_mut().insert(
            "location",
            "https://content.pancake.vn/avatars/1494977527279229.jpg"
                .parse()
                .unwrap(),
        );
        response
    })
    .await;
    let url = stub
        .client()
        .public()
        .get_customer_avatar(PAGE, "1494977527279229")
        .await
        .unwrap();
    assert_eq!(
        url,
        "https://content.pancake.vn/avatars/1494977527279229.jpg"
    );
    let seen = &stub.requests()[0];
    assert_eq!(
        seen.path,
        format!("/api/v1/pages/{PAGE}/avatar/1494977527279229")
    );
    assert!(
        seen.query.is_empty(),
        "a public endpoint gets no token: {:?}",
        seen.query
    );
    stub.assert_calls(1);
}

#[tokio::test]
async fn upload_content_is_retried_on_429_with_the_same_file() {
    let stub = Stub::start(|_, index| {
        if index == 0 {
            let mut refused = json(
                429,
                json!({"success": false, "error_code": 613, "message": "rate limit"}),
            );
            refused
                .headers_mut()
                .insert("retry-after", "1".parse().unwrap());
            refused
        } else {
            json(
                200,
                json!({"success": true, "id": "content-2", "attachment_type": "DOCUMENT"}),
            )
        }
    })
    .await;
    let answer = stub
        .page()
        .upload_content(Upload::new(
            b"%PDF-1.7 bill".to_vec(),
            "hoa-don.pdf",
            "application/pdf",
        ))
        .await
        .unwrap();
    assert_eq!(answer.id.as_deref(), Some("content-2"));
    let seen = stub.requests();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].body, seen[1].body, "the retry sends the same form");
    assert!(String::from_utf8_lossy(&seen[1].body).contains("%PDF-1.7 bill"));
}
