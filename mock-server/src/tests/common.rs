//! A mock in a test: the app, its state, and helpers to call it.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use http_body_util::BodyExt;
use pancake_mock::{AppState, ClockMode, FixtureSummary, MockApp, MockConfig, app};
use serde_json::Value;
use tower::ServiceExt;

/// An answer: status, headers, body (JSON when it parses, else `Value::String`).
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Answer {
    /// Asserts the body is the API's error envelope with `code` and returns its message.
    pub fn expect_error(&self, status: StatusCode, code: i64) -> String {
        assert_eq!(self.status, status, "body: {}", self.body);
        assert_eq!(self.body["success"], false, "{}", self.body);
        assert_eq!(self.body["error_code"], code, "{}", self.body);
        self.body["message"].as_str().expect("message").to_owned()
    }
    /// Asserts a 200 with `success: true` (when the body says) and returns the body.
    pub fn ok(&self) -> &Value {
        assert_eq!(self.status, StatusCode::OK, "body: {}", self.body);
        assert_ne!(self.body["success"], false, "{}", self.body);
        &self.body
    }
}

/// A mock under test.
pub struct Mock {
    pub app: MockApp,
    pub state: Arc<AppState>,
    pub fx: FixtureSummary,
}

impl Mock {
    /// Default fixtures, manual clock, no rate limit (tests of the limit turn it on).
    pub fn new() -> Self {
        Self::with(MockConfig {
            rate_limit: None,
            clock: ClockMode::Manual,
            ..MockConfig::default()
        })
    }

    pub fn with(config: MockConfig) -> Self {
        let state = AppState::new(&config);
        let fx = state.read().summary();
        Mock {
            app: app(state.clone()),
            state,
            fx,
        }
    }

    pub fn page_id(&self, page: usize) -> &str {
        &self.fx.pages[page].id
    }

    pub fn token(&self, page: usize) -> &str {
        &self.fx.pages[page].page_access_token
    }

    /// `/api/public_api/{version}/pages/{id}/{rest}?page_access_token=...&{query}`.
    pub fn url(&self, page: usize, version: &str, rest: &str, query: &str) -> String {
        let sep = if query.is_empty() { "" } else { "&" };
        format!(
            "/api/public_api/{version}/pages/{}/{rest}?page_access_token={}{sep}{query}",
            self.page_id(page),
            self.token(page)
        )
    }

    pub fn v1(&self, page: usize, rest: &str, query: &str) -> String {
        self.url(page, "v1", rest, query)
    }

    pub async fn call(&self, method: Method, uri: &str, body: Option<Value>) -> Answer {
        let mut builder = Request::builder().method(method).uri(uri);
        let body = match body {
            Some(json) => {
                builder = builder.header("content-type", "application/json");
                Body::from(serde_json::to_vec(&json).unwrap())
            }
            None => Body::empty(),
        };
        self.send(builder.body(body).unwrap()).await
    }

    pub async fn send(&self, request: Request<Body>) -> Answer {
        let response = self
            .app
            .clone()
            .oneshot(request)
            .await
            .expect("router is infallible");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let body = serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
        Answer {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, uri: &str) -> Answer {
        self.call(Method::GET, uri, None).await
    }

    pub async fn post(&self, uri: &str, body: Value) -> Answer {
        self.call(Method::POST, uri, Some(body)).await
    }

    /// The whole v2 walk with `query`: every page until the empty one.
    pub async fn walk(&self, page: usize, query: &str) -> Vec<Vec<Value>> {
        let mut pages = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let q = match &cursor {
                Some(c) => format!("{query}&last_conversation_id={c}"),
                None => query.to_owned(),
            };
            let a = self
                .get(&self.url(page, "v2", "conversations", q.trim_start_matches('&')))
                .await;
            let items = a.ok()["conversations"].as_array().unwrap().clone();
            if items.is_empty() {
                return pages;
            }
            cursor = Some(items.last().unwrap()["id"].as_str().unwrap().to_owned());
            pages.push(items);
            assert!(pages.len() < 10_000, "walk does not end");
        }
    }

    /// The first conversation of `kind` on page 0, newest first.
    pub async fn first_of(&self, kind: &str) -> Value {
        let a = self
            .get(&self.url(0, "v2", "conversations", &format!("type={kind}")))
            .await;
        a.ok()["conversations"][0].clone()
    }
}

/// Percent-encodes a query value.
pub fn enc(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}
