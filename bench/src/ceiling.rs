//! The naive ceiling: a bare axum server that answers the v2 conversations page by serialising
//! the same 60 conversations (the mock's own `Conversation` type, so the bytes are the mock's)
//! with serde_json on every request, and a tag write by parsing the body and serialising a small
//! answer. It does no auth, no bookkeeping and no caching: what this machine does at all with
//! axum + serde_json.
//!
//! The benchmark starts it as its own process (`pancake-bench ceiling`), like the mock.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use bytes::Bytes;
use pancake_mock::model::Conversation;
use serde::{Deserialize, Serialize};

/// Path of the page read on the ceiling server.
pub const PAGE_PATH: &str = "/page";
/// Path of the tag write on the ceiling server.
pub const TAG_PATH: &str = "/tags";

/// Arguments of the hidden `pancake-bench ceiling`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Address to listen on (port 0: a free port; the URL is printed on stdout).
    #[arg(long, default_value = "127.0.0.1:0")]
    pub addr: SocketAddr,
    /// The page to serve: a v2 conversations answer (`{"conversations": [...], ...}`) as JSON.
    #[arg(long, value_name = "FILE")]
    pub page: PathBuf,
}

/// The body of a v2 page, in the mock's field order.
#[derive(Serialize, Deserialize)]
struct PageBody<C> {
    conversations: C,
    success: bool,
}

#[derive(Deserialize)]
struct TagBody {
    action: String,
    tag_id: serde_json::Value,
}

#[derive(Serialize)]
struct TagAnswer {
    data: Vec<i64>,
    success: bool,
    timestamp: i64,
}

/// Reads the conversations of a v2 page answer.
pub fn parse_page(body: &[u8]) -> anyhow::Result<Vec<Conversation>> {
    let page: PageBody<Vec<Conversation>> = serde_json::from_slice(body)
        .context("the page to serve is not a v2 conversations answer of the mock")?;
    Ok(page.conversations)
}

/// The ceiling's router over `conversations`.
pub fn router(conversations: Vec<Conversation>) -> Router {
    Router::new()
        .route(PAGE_PATH, get(page))
        .route(TAG_PATH, post(tag))
        .with_state(Arc::new(conversations))
}

async fn page(State(conversations): State<Arc<Vec<Conversation>>>) -> Response {
    // Serialising on every request is the point: this is the naive way to serve the page.
    match serde_json::to_vec(&PageBody {
        conversations: &*conversations,
        success: true,
    }) {
        Ok(bytes) => (
            [(axum::http::header::CONTENT_TYPE, "application/json")],
            bytes,
        )
            .into_response(),
        Err(e) => (axum::http::StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

async fn tag(body: Bytes) -> Response {
    let parsed: TagBody = match serde_json::from_slice(&body) {
        Ok(b) => b,
        Err(e) => return (axum::http::StatusCode::BAD_REQUEST, e.to_string()).into_response(),
    };
    let id = parsed.tag_id.as_i64().unwrap_or_default();
    let data = if parsed.action == "add" {
        vec![id]
    } else {
        Vec::new()
    };
    let answer = TagAnswer {
        data,
        success: true,
        timestamp: chrono::Utc::now().timestamp_micros(),
    };
    match serde_json::to_vec(&answer) {
        Ok(bytes) => (
            [(axum::http::header::CONTENT_TYPE, "application/json")],
            bytes,
        )
            .into_response(),
        Err(e) => (axum::http::StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

/// `pancake-bench ceiling`: serves until killed; prints `ceiling listening on http://ADDR`.
pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let body = std::fs::read(&args.page)
        .with_context(|| format!("reading the page to serve from {}", args.page.display()))?;
    let conversations = parse_page(&body)?;
    let runtime = tokio::runtime::Runtime::new().context("starting the tokio runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| format!("binding the ceiling server to {}", args.addr))?;
        let addr = listener.local_addr()?;
        println!("ceiling listening on http://{addr}");
        axum::serve(listener, router(conversations))
            .await
            .context("serving the ceiling")
    })?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower::ServiceExt;

    async fn call(app: Router, req: axum::http::Request<axum::body::Body>) -> (u16, Bytes) {
        let res = app.oneshot(req).await.unwrap();
        let status = res.status().as_u16();
        let body = axum::body::to_bytes(res.into_body(), usize::MAX)
            .await
            .unwrap();
        (status, body)
    }

    #[tokio::test]
    async fn serves_the_mock_page_byte_for_byte() {
        let server = pancake_mock::start(pancake_mock::MockConfig {
            rate_limit: None,
            ..Default::default()
        })
        .await
        .unwrap();
        let p = &server.fixtures().pages[0];
        let url = format!(
            "{}/public_api/v2/pages/{}/conversations?page_access_token={}",
            server.base_url(),
            p.id,
            p.page_access_token
        );
        let mock_body = reqwest::get(&url).await.unwrap().bytes().await.unwrap();
        let app = router(parse_page(&mock_body).unwrap());
        let req = axum::http::Request::get(PAGE_PATH)
            .body(axum::body::Body::empty())
            .unwrap();
        let (status, body) = call(app, req).await;
        assert_eq!(status, 200);
        assert_eq!(body, mock_body);
    }

    #[tokio::test]
    async fn answers_a_tag_write_and_refuses_garbage() {
        let app = router(Vec::new());
        let req = |body: &'static str| {
            axum::http::Request::post(TAG_PATH)
                .body(axum::body::Body::from(body))
                .unwrap()
        };
        let (status, body) = call(app.clone(), req(r#"{"action":"add","tag_id":3}"#)).await;
        assert_eq!(status, 200);
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["data"], serde_json::json!([3]));
        assert_eq!(v["success"], true);
        let (status, _) = call(app, req("not json")).await;
        assert_eq!(status, 400);
    }

    #[test]
    fn a_file_that_is_not_a_page_is_a_clear_error() {
        let err = parse_page(b"{}").unwrap_err();
        assert!(err.to_string().contains("v2 conversations answer"));
    }
}
