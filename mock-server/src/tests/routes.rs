//! The routes come from the spec: every operation has exactly one handler, named after it in the
//! module of its spec tag, served at its method and path with its own operation id. Beside them,
//! the mock's own asset route. (Each operation's valid calls and error contract are checked by
//! pancake-conformance against an in-process mock: `conformance/tests/conformance/contract.rs`.)

use std::collections::BTreeMap;

use axum::http::{Method, StatusCode};
use pancake_mock::handlers::HANDLERS;
use pancake_openapi::ParameterLocation;

use super::common::Mock;

#[test]
fn every_operation_has_exactly_one_handler_and_every_handler_an_operation() {
    let spec = pancake_mock::spec::tables().spec();
    let mut handlers: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (module, operation) in HANDLERS {
        handlers.entry(operation).or_default().push(module);
    }
    let twice: Vec<_> = handlers.iter().filter(|(_, m)| m.len() > 1).collect();
    assert!(
        twice.is_empty(),
        "operations with several handlers: {twice:?}"
    );
    for op in spec.operations() {
        let id = op.operation_id.as_str();
        let module = handlers
            .remove(id)
            .unwrap_or_else(|| panic!("operation {id} has no handler in mock-server/src/handlers"))
            [0];
        // The module a newcomer looks in: the operation's tag in the spec.
        let tag = op.tags.first().map(|t| t.replace('-', "_"));
        assert_eq!(
            Some(module),
            tag.as_deref(),
            "the handler of {id} belongs in handlers::{}",
            tag.as_deref().unwrap_or("?")
        );
    }
    assert!(
        handlers.is_empty(),
        "handlers of no operation of the spec: {:?}",
        handlers.keys().collect::<Vec<_>>()
    );
}

/// Each operation's path and method reach its handler, and the handler checks the query against
/// its own operation: a call without its required query parameters is refused naming the first
/// one the spec lists for that operation.
#[tokio::test]
async fn every_operation_is_served_at_its_method_and_path_with_its_own_id() {
    let m = Mock::new();
    let spec = pancake_mock::spec::tables().spec();
    for op in spec.operations() {
        let id = &op.operation_id;
        let mut path = op.path.clone();
        for p in op
            .parameters
            .iter()
            .filter(|p| p.location == ParameterLocation::Path)
        {
            let value = if p.name == "page_id" {
                m.page_id(0)
            } else {
                "x"
            };
            path = path.replace(&format!("{{{}}}", p.name), value);
        }
        let query = if op.parameter("page_access_token").is_some() {
            format!("page_access_token={}", m.token(0))
        } else if op.parameter("access_token").is_some() {
            format!("access_token={}", m.fx.access_token)
        } else {
            String::new()
        };
        let method = Method::from_bytes(op.method.as_str().as_bytes()).unwrap();
        let a = m.call(method, &format!("/api{path}?{query}"), None).await;
        let message = a.body["message"].as_str().unwrap_or("");
        assert!(
            a.status != StatusCode::METHOD_NOT_ALLOWED && !message.starts_with("No operation at"),
            "{id}: {} {path} is not routed: {} {}",
            op.method,
            a.status,
            a.body
        );
        let first_required = op.parameters.iter().find(|p| {
            p.location == ParameterLocation::Query
                && p.required
                && !p.name.ends_with("access_token")
        });
        if let Some(p) = first_required {
            let message = a.expect_error(StatusCode::BAD_REQUEST, 194);
            assert!(
                message.ends_with(&format!(": {}", p.name)),
                "{id}: expected the missing {} to be named, got {message:?}",
                p.name
            );
        }
    }
}

/// The avatar operation redirects to an image the mock serves itself (the live API's CDN is out
/// of reach), so a client following the redirect gets a picture.
#[tokio::test]
async fn the_avatar_redirect_points_at_an_image_the_mock_serves() {
    let m = Mock::new();
    let psid = m.state.read().pages[0].customers[0].psid.to_string();
    let avatar = m
        .get(&format!("/api/v1/pages/{}/avatar/{psid}", m.page_id(0)))
        .await;
    assert_eq!(
        avatar.status,
        StatusCode::MOVED_PERMANENTLY,
        "{}",
        avatar.body
    );
    let location = avatar.headers["location"].to_str().unwrap().to_owned();
    let image = m.get(&location).await;
    assert_eq!(image.status, StatusCode::OK);
    assert_eq!(image.headers["content-type"], "image/svg+xml");
    assert!(
        image.body.as_str().unwrap().starts_with("<svg"),
        "{}",
        image.body
    );
}
