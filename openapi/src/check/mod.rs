//! `check`: the rules `pancake.yaml` must follow beyond being valid OpenAPI 3.0 (see
//! `openapi/README.md`), each reported as a [`Problem`] with a JSON pointer into the document.
//!
//! The checks read the raw document, so they also report on documents the `openapiv3` model or
//! the operation index would refuse or skip (an operation without an `operationId`, say).

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use serde_json::Value;

use crate::document::Spec;
use crate::operations::{self, RawOperation};
use crate::schema::{self, CompileError};
use crate::validator::{self, Violation};

pub use portability::check_yaml;

mod assumptions;
mod error_responses;
mod examples;
mod in_band_errors;
mod links;
mod model;
mod nullable;
mod operation_ids;
mod pagination;
mod path_params;
mod portability;
mod progenitor;
mod rate_limit;
mod refs;
mod retry_safety;
mod schemas;
mod security;
mod shapes;
mod units;
mod upload_limits;
mod webhooks;

/// One thing wrong with the spec.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// JSON pointer to where the problem is (or where the missing thing belongs).
    pub pointer: String,
    /// What is wrong and, where it helps, what to do.
    pub reason: String,
}

impl Problem {
    pub(crate) fn new(pointer: impl Into<String>, reason: impl Into<String>) -> Problem {
        Problem {
            pointer: pointer.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The empty pointer (the whole document) would print as a bare colon.
        let pointer = if self.pointer.is_empty() {
            "(document)"
        } else {
            &self.pointer
        };
        write!(f, "{pointer}: {}", self.reason)
    }
}

/// The outcome of checking a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Every problem found, ordered by pointer.
    pub problems: Vec<Problem>,
    /// How many operations the document has.
    pub operations: usize,
    /// How many examples were validated against their schemas (passing or not).
    pub examples_validated: usize,
}

/// Checks a loaded spec; an empty list means it follows every rule.
pub fn check(spec: &Spec) -> Vec<Problem> {
    check_document(spec.raw()).problems
}

/// Checks a raw document (one that may not even load as a [`Spec`]).
pub fn check_document(root: &Value) -> Report {
    let ctx = Context::new(root);
    let mut problems = Vec::new();
    model::check(&ctx, &mut problems);
    refs::check(&ctx, &mut problems);
    operation_ids::check(&ctx, &mut problems);
    path_params::check(&ctx, &mut problems);
    progenitor::check(&ctx, &mut problems);
    error_responses::check(&ctx, &mut problems);
    security::check(&ctx, &mut problems);
    rate_limit::check(&ctx, &mut problems);
    pagination::check(&ctx, &mut problems);
    units::check(&ctx, &mut problems);
    upload_limits::check(&ctx, &mut problems);
    schemas::check(&ctx, &mut problems);
    nullable::check(&ctx, &mut problems);
    in_band_errors::check(&ctx, &mut problems);
    webhooks::check(&ctx, &mut problems);
    links::check(&ctx, &mut problems);
    retry_safety::check(&ctx, &mut problems);
    assumptions::check(&ctx, &mut problems);
    let examples_validated = examples::check(&ctx, &mut problems);
    problems.sort();
    problems.dedup();
    Report {
        problems,
        operations: ctx.operations.len(),
        examples_validated,
    }
}

/// What every check reads: the document, its operations, and compiled schemas shared between
/// checks (many examples use the same schema).
pub(crate) struct Context<'a> {
    pub root: &'a Value,
    pub operations: Vec<RawOperation<'a>>,
    compiled: RefCell<HashMap<String, Result<Rc<jsonschema::Validator>, CompileError>>>,
}

impl<'a> Context<'a> {
    fn new(root: &'a Value) -> Context<'a> {
        Context {
            root,
            operations: operations::raw_operations(root),
            compiled: RefCell::default(),
        }
    }

    /// Validates `instance` against the schema at `schema_pointer`; `Err` when that schema does
    /// not compile.
    pub fn violations(
        &self,
        schema_pointer: &str,
        instance: &Value,
    ) -> Result<Vec<Violation>, CompileError> {
        self.validate_with(schema_pointer.to_owned(), instance, || {
            schema::compile(self.root, schema_pointer)
        })
    }

    /// Like [`Context::violations`], with the schema's objects closed
    /// ([`schema::close_objects`]): a property the schema does not declare is a violation.
    pub fn closed_violations(
        &self,
        schema_pointer: &str,
        instance: &Value,
    ) -> Result<Vec<Violation>, CompileError> {
        self.validate_with(format!("closed:{schema_pointer}"), instance, || {
            schema::compile_closed(self.root, schema_pointer)
        })
    }

    /// Validates with the validator cached under `key`, compiling it once.
    fn validate_with(
        &self,
        key: String,
        instance: &Value,
        compile: impl FnOnce() -> Result<jsonschema::Validator, CompileError>,
    ) -> Result<Vec<Violation>, CompileError> {
        let compiled = self
            .compiled
            .borrow_mut()
            .entry(key)
            .or_insert_with(|| compile().map(Rc::new))
            .clone()?;
        Ok(validator::violations(&compiled, instance))
    }
}

/// Joins violations into one reason.
pub(crate) fn describe(violations: &[Violation]) -> String {
    violations
        .iter()
        .map(Violation::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

pub use assumptions::{Assumption, assumptions};

#[cfg(test)]
pub(crate) mod testing {
    //! The small spec of `tests/data/mini.yaml`, for tests that break one thing in it.

    use super::*;

    pub fn mini() -> Value {
        crate::document::parse_document(include_str!("../../tests/data/mini.yaml"))
            .expect("tests/data/mini.yaml parses")
    }

    /// Checks `doc` and returns its problems.
    pub fn problems(doc: &Value) -> Vec<Problem> {
        check_document(doc).problems
    }

    /// Asserts one problem sits at `pointer` and mentions `needle`.
    pub fn assert_fires(doc: &Value, pointer: &str, needle: &str) {
        let found = problems(doc);
        assert!(
            found
                .iter()
                .any(|p| p.pointer == pointer && p.reason.contains(needle)),
            "expected a problem at {pointer} mentioning {needle:?}, got:\n{}",
            found
                .iter()
                .map(Problem::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    /// The mutable value at `pointer`.
    pub fn at<'v>(doc: &'v mut Value, pointer: &str) -> &'v mut Value {
        doc.pointer_mut(pointer)
            .unwrap_or_else(|| panic!("mini.yaml has nothing at {pointer}"))
    }

    pub const LIST_CONVERSATIONS: &str =
        "/paths/~1public_api~1v2~1pages~1{page_id}~1conversations/get";
    pub const LIST_CUSTOMERS: &str =
        "/paths/~1public_api~1v1~1pages~1{page_id}~1page_customers/get";
    pub const LIST_PAGES: &str = "/paths/~1v1~1pages/get";
    pub const TAGS: &str =
        "/paths/~1public_api~1v1~1pages~1{page_id}~1conversations~1{conversation_id}~1tags/post";
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;

    #[test]
    fn the_mini_spec_passes_every_check() {
        let report = check_document(&mini());
        assert!(
            report.problems.is_empty(),
            "{}",
            report
                .problems
                .iter()
                .map(Problem::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
        assert_eq!(report.operations, 5);
        // Examples: list_pages 2 (one through a $ref), list_conversations `since` + 200,
        // update_conversation_tags body, avatar `psid`, PageId, RetryAfter, TooManyRequests,
        // and the schema-level Tag.id and Conversation.updated_at.
        assert_eq!(report.examples_validated, 11);
    }

    #[test]
    fn malformed_documents_give_problems_not_panics() {
        use serde_json::json;
        let documents = [
            json!({}),
            json!([]),
            json!("openapi"),
            json!({"openapi": 3.0, "paths": []}),
            json!({"paths": {"/x/{id}": "get"}}),
            json!({"paths": {"/x/{id}": {"get": {"parameters": "no", "responses": []}}}}),
            json!({"paths": {"/x": {"get": {"parameters": [5, {"$ref": 7}], "responses": {
                "200": {"content": {"application/json": {"schema": 5, "example": 1}}},
                "429": {"headers": []}, "abc": {}}}}}}),
            json!({"components": {"schemas": {"A": 5, "B": {"$ref": "#/components/schemas/B"},
                   "C": {"properties": {"x": {"$ref": "#/components/schemas/C"}}, "example": {"x": {}}}}}}),
            json!({"x-pancake-rate-limit": [], "paths": {"/x": {"get": {
                "x-pancake-pagination": {"kind": "cursor"}, "operationId": 5}}}}),
            json!({"paths": {"/x": {"get": {"x-pancake-pagination": {
                "kind": "cursor", "items": "a", "param": "p", "cursor_field": "id",
                "page_size": 1, "end": "empty_page"},
                "responses": {"200": {"content": {"application/json": {"schema": {
                    "$ref": "#/components/schemas/Loop"}}}}}}}},
                   "components": {"schemas": {"Loop": {"allOf": [{"$ref": "#/components/schemas/Loop"}]}}}}),
        ];
        for document in documents {
            let report = check_document(&document);
            assert!(
                !report.problems.is_empty(),
                "{document} should have problems"
            );
            let _ = crate::Spec::from_document(document.clone());
        }
    }

    #[test]
    fn problems_print_as_pointer_colon_reason() {
        let p = Problem::new("/openapi", "must start with 3.0.");
        assert_eq!(p.to_string(), "/openapi: must start with 3.0.");
        let whole = Problem::new("", "does not load");
        assert_eq!(whole.to_string(), "(document): does not load");
    }
}
