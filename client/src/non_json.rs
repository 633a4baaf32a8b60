//! The operations that are not JSON calls, which progenitor cannot generate, written by hand in
//! its style: a multipart upload, and a redirect that must be returned rather than followed. Both go through the same hooks (guard
//! rails, token, per-page limiter, retries, error mapping) as the generated ones.

use std::collections::BTreeMap;

use crate::error::{Error, Result};
use crate::generated::types;
use crate::raw::url_for;
use crate::{PageClient, UserClient, operations};

/// A file to upload with [`PageClient::upload_content`].
#[derive(Debug, Clone)]
pub struct Upload {
    bytes: bytes::Bytes,
    file_name: String,
    mime_type: String,
}

impl Upload {
    /// A file from memory. The media type decides how Pancake stores it (`image/jpeg` → `PHOTO`).
    pub fn new(
        bytes: impl Into<bytes::Bytes>,
        file_name: impl Into<String>,
        mime_type: impl Into<String>,
    ) -> Self {
        Self {
            bytes: bytes.into(),
            file_name: file_name.into(),
            mime_type: mime_type.into(),
        }
    }

    /// Reads a file from disk; the media type is guessed from the extension.
    pub async fn from_path(path: impl AsRef<std::path::Path>) -> Result<Self> {
        let path = path.as_ref();
        let bytes = tokio::fs::read(path)
            .await
            .map_err(|e| Error::InvalidRequest {
                message: format!("cannot read the file to upload {}: {e}", path.display()),
            })?;
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "upload".into());
        let mime_type = match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("jpg" | "jpeg") => "image/jpeg",
            Some("png") => "image/png",
            Some("gif") => "image/gif",
            Some("webp") => "image/webp",
            Some("mp4") => "video/mp4",
            Some("mp3") => "audio/mpeg",
            Some("pdf") => "application/pdf",
            _ => "application/octet-stream",
        };
        Ok(Self::new(bytes, file_name, mime_type))
    }
}

/// A `multipart/form-data` body with one file field (RFC 7578).
fn multipart_body(boundary: &str, field: &str, upload: &Upload) -> Result<Vec<u8>> {
    let mime = upload.mime_type.trim();
    if mime.is_empty() || !mime.contains('/') || mime.contains(['\r', '\n']) {
        return Err(Error::InvalidRequest {
            message: format!(
                "`{}` is not a media type (like image/png)",
                upload.mime_type
            ),
        });
    }
    // Quotes and line breaks cannot appear in the quoted file name.
    let file_name: String = upload
        .file_name
        .chars()
        .map(|c| {
            if matches!(c, '"' | '\r' | '\n' | '\\') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let mut body = Vec::with_capacity(upload.bytes.len() + 256);
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\n\
             Content-Type: {mime}\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(&upload.bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    Ok(body)
}

fn path_params(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

impl PageClient {
    /// Uploads a media file (`POST /public_api/v1/pages/{page_id}/upload_contents`, multipart field
    /// `file`) and answers its id, which [`send_message`](PageClient::send_message) takes in
    /// `content_ids`.
    ///
    /// Not retried after a 5xx or a timeout (the upload may have landed); a file over the page
    /// platform's limit is refused with HTTP 413 ([`Error::Api`]).
    pub async fn upload_content(&self, upload: Upload) -> Result<types::UploadContentResponse> {
        const ID: &str = operations::id::UPLOAD_CONTENT;
        let operation = operations::operation(ID).expect("the table has every operation");
        let url = url_for(
            &self.raw().baseurl,
            operation,
            &path_params(&[("page_id", &self.page_id)]),
        )?;
        // The form is encoded in memory rather than with `reqwest::multipart` (a stream), so the
        // request can be copied and retried on 429 and connection errors like any other.
        let boundary = format!("pancake-{:016x}", rand::random::<u64>());
        let body = multipart_body(&boundary, "file", &upload)?;
        let request = self
            .raw()
            .client
            .post(url)
            .header(reqwest::header::ACCEPT, "application/json")
            .header(
                reqwest::header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(body)
            .build()
            .map_err(Error::transport)?;
        let answer = self
            .inner()
            .send_raw(&self.raw().client, request, ID)
            .await?;
        answer.decode(ID)
    }

    /// The URL of a customer's avatar on Pancake's CDN (see [`UserClient::get_customer_avatar`]).
    pub async fn get_customer_avatar(&self, psid: &str) -> Result<String> {
        avatar(
            &self.raw().client,
            self.inner(),
            &self.raw().baseurl,
            &self.page_id,
            psid,
        )
        .await
    }
}

impl UserClient {
    /// The URL of a customer's avatar (`GET /v1/pages/{page_id}/avatar/{psid}`, public): the
    /// `Location` of the API's 301, which this call returns instead of following it.
    pub async fn get_customer_avatar(&self, page_id: &str, psid: &str) -> Result<String> {
        avatar(
            &self.raw().client,
            self.inner(),
            &self.raw().baseurl,
            page_id,
            psid,
        )
        .await
    }
}

async fn avatar(
    http: &reqwest::Client,
    inner: &crate::hooks::Inner,
    base: &str,
    page_id: &str,
    psid: &str,
) -> Result<String> {
    const ID: &str = operations::id::GET_CUSTOMER_AVATAR;
    let operation = operations::operation(ID).expect("the table has every operation");
    let url = url_for(
        base,
        operation,
        &path_params(&[("page_id", page_id), ("psid", psid)]),
    )?;
    let request = http.get(url.clone()).build().map_err(Error::transport)?;
    // The client does not follow redirects, so the 301 itself comes back.
    let answer = inner.send_raw(http, request, ID).await?;
    let location = answer
        .headers
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok());
    match (answer.status, location) {
        // `Location` may be relative to the request (RFC 9110, 10.2.2).
        (300..=399, Some(location)) => {
            url.join(location)
                .map(String::from)
                .map_err(|e| Error::Api {
                    status: answer.status,
                    error_code: None,
                    message: format!("the redirect's Location `{location}` is not a URL: {e}"),
                    url: answer.url.clone(),
                })
        }
        (status, _) => Err(Error::Api {
            status,
            error_code: None,
            message: "expected a redirect (301 with Location) to the avatar".into(),
            url: answer.url.clone(),
        }),
    }
}
