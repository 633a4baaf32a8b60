//! `pancake-openapi`: the one place where `openapi/pancake.yaml` is read.
//!
//! - [`model`] and [`extensions`]: the vocabulary of an operation (method, parameter location,
//!   token, pagination, units, error codes), the one model every crate uses. These compile without
//!   the default feature `spec`, which the client's run time relies on.
//!
//! With the feature `spec` (default):
//!
//! - [`Spec`]: the document loaded as raw JSON (for JSON pointers), checked against the
//!   `openapiv3` model (what progenitor generates from), with an index of its [`Operation`]s:
//!   method, path template, parameters, bodies, responses, pagination.
//! - [`extensions`]: the typed vendor extensions `x-pancake-rate-limit`, `x-pancake-pagination`
//!   and `x-pancake-unit` (see `openapi/README.md`).
//! - [`Validator`]: response bodies, request bodies and parameter values checked against the
//!   spec's schemas (OpenAPI 3.0 schemas converted to JSON Schema, each compiled once: all at
//!   construction with [`Validator::new`], or each at its first use with [`Validator::lazy`]).
//! - [`Spec::webhook_events`] and [`Spec::webhook_delivery`]: the webhook events of `x-webhooks`
//!   (payloads are component schemas, validated with [`Validator::validate_component`]) and
//!   Pancake's delivery and suspension rules.
//! - [`diff::diff`]: every change between two versions of the spec, each breaking for clients,
//!   breaking for servers or compatible (the rule table is in `openapi/README.md`).
//! - [`drift::drift`]: how the spec differs from Pancake's official OpenAPI document, and which
//!   differences `RECONCILIATION.md` explains.
//! - [`check()`]: the rules the spec must follow beyond being valid OpenAPI, as [`Problem`]s with
//!   JSON pointers. `cargo xtask spec` prints them; the test suite fails on any.
//!
//! ```no_run
//! use pancake_openapi::{Spec, Validator};
//! use serde_json::json;
//!
//! let spec = Spec::from_path("openapi/pancake.yaml".as_ref())?;
//! let validator = Validator::new(&spec)?;
//! let op = spec.operation("list_conversations").expect("in the spec");
//! println!("{} {} pages by {:?}", op.method, op.path, op.pagination);
//! validator.validate_response("list_pages", 200, &json!({"success": true, "pages": []}))?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#[cfg(feature = "validate")]
pub mod check;
#[cfg(feature = "spec")]
pub mod diff;
#[cfg(feature = "spec")]
mod document;
#[cfg(feature = "spec")]
pub mod drift;
pub mod extensions;
pub mod model;
#[cfg(feature = "spec")]
mod operations;
#[cfg(feature = "spec")]
pub mod pointer;
pub mod redact;
#[cfg(feature = "spec")]
pub mod schema;
#[cfg(feature = "validate")]
mod validator;

#[cfg(feature = "validate")]
pub use check::{Assumption, Problem, Report, assumptions, check, check_document, check_yaml};
#[cfg(feature = "spec")]
pub use document::{LoadError, Spec, parse_document, read_document};
pub use extensions::{
    ErrorCode, Pagination, PaginationEnd, PaginationKind, RateLimit, TimeUnit, UploadLimits,
    WebhookDelivery, WebhookEvent, WebhookSuspension,
};
pub use model::{CallKind, Method, ParameterLocation, TokenKind, ValueType, error_code};
#[cfg(feature = "spec")]
pub use operations::{
    Header, MatchedOperation, MediaType, Operation, Parameter, RequestBody, Response, StatusKey,
};
#[cfg(feature = "validate")]
pub use validator::{BuildError, Deviation, DeviationKind, ValidationError, Validator, Violation};

/// The text of `openapi/pancake.yaml`, compiled in (this crate's own copy of the file, so a
/// packaged crate carries it too: the client's `build.rs` generates the client from it).
pub const SPEC_YAML: &str = include_str!("../pancake.yaml");

/// The text of `openapi/RECONCILIATION.md`, compiled in: why each disputed point of the spec is
/// so (rows named by id, `B7`); [`drift::rows`] reads which differences a row decides.
#[cfg(feature = "spec")]
pub const RECONCILIATION_MD: &str = include_str!("../RECONCILIATION.md");

/// The query parameter that carries a page's access token.
pub const PAGE_TOKEN_PARAMETER: &str = "page_access_token";
/// The query parameter that carries a user's access token.
pub const USER_TOKEN_PARAMETER: &str = "access_token";
