//! Uploading content that send message can then reference by id.

use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Request};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;

use super::{S, ok};
use crate::auth::PageRequest;
use crate::error::{ApiError, ApiResult, code};
use crate::store::Upload;

/// The largest upload of any channel (from the spec) plus room for the multipart framing: the
/// body limit of this route; the page's own limit is enforced while reading.
pub fn body_limit() -> DefaultBodyLimit {
    DefaultBodyLimit::max(crate::spec::tables().max_upload().saturating_add(64 * 1024))
}

fn attachment_type(content_type: Option<&str>) -> &'static str {
    match content_type.unwrap_or("").split('/').next() {
        Some("image") => "PHOTO",
        Some("video") => "VIDEO",
        Some("audio") => "AUDIO_ATTACHMENT_ID",
        _ => "DOCUMENT",
    }
}

/// `POST .../upload_contents` (multipart, field `file`): `{id, attachment_type, success}`.
/// A video too large for the page's channel (the spec's `x-pancake-upload-limits`): 413; another
/// file only past the mock's own bound (`spec::Tables::max_upload`).
pub async fn upload_content(state: S, req: PageRequest, request: Request) -> ApiResult<Response> {
    state.read().page(&req.page_id)?;
    let bound = crate::spec::tables().max_upload();
    let mut multipart = Multipart::from_request(request, &()).await.map_err(|e| {
        ApiError::invalid(
            "body",
            format!(
                "multipart/form-data with a field named file ({})",
                e.body_text()
            ),
        )
    })?;
    let too_large = |limit: usize| {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            code::TOO_LARGE,
            format!(
                "File too large: this page's channel accepts at most {} MB",
                limit as u64 / pancake_openapi::extensions::BYTES_PER_MB
            ),
        )
    };
    let bad_body = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            too_large(bound)
        } else {
            ApiError::invalid(
                "file",
                format!("a readable multipart body ({})", e.body_text()),
            )
        }
    };
    while let Some(mut field) = multipart.next_field().await.map_err(bad_body)? {
        if field.name() != Some("file") {
            continue;
        }
        let kind = attachment_type(field.content_type());
        let limit = state.read().page(&req.page_id)?.upload_limit(kind);
        let mut size = 0usize;
        while let Some(chunk) = field.chunk().await.map_err(bad_body)? {
            size += chunk.len();
            if size > limit {
                return Err(too_large(limit));
            }
        }
        let mut store = state.write();
        let page_ix = req.page_in(&store)?;
        let id = store.new_hex(24);
        let page = &mut store.pages[page_ix];
        page.uploads.insert(
            id.clone(),
            Upload {
                attachment_type: kind.into(),
            },
        );
        page.bump();
        return Ok(ok(
            &json!({ "id": id, "attachment_type": kind, "success": true }),
        ));
    }
    Err(ApiError::missing("file"))
}
