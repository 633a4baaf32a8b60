//! The spec, `openapi/pancake.yaml` (compiled into `pancake-openapi`), as the mock uses it:
//! query-parameter and request-body validation from it, and the page sizes and rate limit of its
//! `x-pancake-*` extensions, so none of them is a second copy here.
//!
//! The mock validates requests only: each schema is compiled at its first use
//! ([`Validator::lazy`]), so the response schemas, which clients (and the conformance suite)
//! check, never take the mock's memory.

use std::sync::OnceLock;

use pancake_openapi::{Operation, ParameterLocation, Spec, ValidationError, Validator};
use serde::de::DeserializeOwned;

use crate::error::{ApiError, ApiResult, code};
use crate::query::QueryParams;

/// The spec's operations, their validators and extensions.
pub struct SpecTables {
    spec: Spec,
    validator: Validator,
}

impl std::fmt::Debug for SpecTables {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SpecTables")
            .field("operations", &self.spec.operations().len())
            .finish()
    }
}

static TABLES: OnceLock<SpecTables> = OnceLock::new();

/// The tables of the bundled spec, built once per process.
pub fn tables() -> &'static SpecTables {
    TABLES.get_or_init(|| {
        // The bundled spec is checked by pancake-openapi's own tests (every schema compiles
        // there); failing here means the build shipped a broken openapi/pancake.yaml.
        let spec =
            Spec::bundled().expect("openapi/pancake.yaml (bundled in pancake-openapi) must load");
        let validator = Validator::lazy(&spec);
        SpecTables { spec, validator }
    })
}

/// The text served at `/openapi.yaml`.
pub fn yaml() -> &'static str {
    pancake_openapi::SPEC_YAML
}

fn describe(e: &ValidationError) -> String {
    match e {
        ValidationError::Invalid { violations, .. } => violations
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}

impl SpecTables {
    /// The parsed spec.
    pub fn spec(&self) -> &Spec {
        &self.spec
    }

    /// The validator of the spec (the schema tests check the fixtures with it).
    #[cfg(test)]
    pub fn validator(&self) -> &Validator {
        &self.validator
    }

    /// The operation with this id (ids come from the spec through the router, `handlers::OperationId`,
    /// or from a caller that knows the spec: a miss is a bug).
    pub fn operation(&self, operation_id: &str) -> &Operation {
        self.spec
            .operation(operation_id)
            .unwrap_or_else(|| panic!("operation {operation_id} is not in the spec"))
    }

    /// Checks the query of a request to `operation_id` against the spec: a missing required
    /// parameter is 400/194, a value its schema refuses 400/100, naming the parameter.
    pub fn check_query(&self, operation_id: &str, query: &QueryParams) -> ApiResult<()> {
        let op = self.operation(operation_id);
        for p in op
            .parameters
            .iter()
            .filter(|p| p.location == ParameterLocation::Query)
        {
            let occurrences: Vec<&str> = query.all(&p.name).filter(|v| !v.is_empty()).collect();
            if occurrences.is_empty() {
                if p.required {
                    return Err(ApiError::missing(&p.name));
                }
                continue;
            }
            if p.schema_pointer.is_none() {
                continue;
            }
            if let Err(e) =
                self.validator
                    .validate_parameter_text(operation_id, &p.name, &occurrences)
            {
                if let ValidationError::Uncompilable(e) = e {
                    return Err(uncompilable(&e));
                }
                let expected = p
                    .schema
                    .as_ref()
                    .map(|s| serde_json::to_string(s).unwrap_or_default())
                    .unwrap_or_default();
                return Err(ApiError::invalid(
                    &p.name,
                    format!(
                        "a value of schema {expected}, got {:?} ({})",
                        occurrences.join(","),
                        describe(&e)
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Parses a JSON request body of `operation_id`: malformed JSON or a body its schema
    /// refuses is 400/100 naming the field.
    pub fn parse_body<T: DeserializeOwned>(
        &self,
        operation_id: &str,
        bytes: &[u8],
    ) -> ApiResult<T> {
        let value: serde_json::Value = crate::error::parse_json(bytes)?;
        match self.validator.validate_request_body(operation_id, &value) {
            Ok(()) | Err(ValidationError::NoJsonSchema { .. }) => {}
            Err(ValidationError::Uncompilable(e)) => return Err(uncompilable(&e)),
            Err(e) => {
                return Err(ApiError::new(
                    axum::http::StatusCode::BAD_REQUEST,
                    code::INVALID_PARAMETER,
                    format!("Invalid request body: {}", describe(&e)),
                ));
            }
        }
        // What the schema cannot say (an integer beyond int64, say) is refused naming the field.
        serde_path_to_error::deserialize(value).map_err(|e| {
            ApiError::new(
                axum::http::StatusCode::BAD_REQUEST,
                code::INVALID_PARAMETER,
                format!(
                    "Invalid request body (body does not match the schema): `{}`: {}",
                    e.path(),
                    e.inner()
                ),
            )
        })
    }

    /// Items per response of a list operation (`x-pancake-pagination.page_size`).
    pub fn page_size(&self, operation_id: &str) -> usize {
        self.operation(operation_id)
            .pagination
            .as_ref()
            .map(|p| p.page_size as usize)
            .unwrap_or(usize::MAX)
    }

    /// The response property that holds a list operation's items (`x-pancake-pagination.items`).
    pub fn items_key(&self, operation_id: &str) -> &str {
        self.operation(operation_id)
            .pagination
            .as_ref()
            .map(|p| p.items.as_str())
            .unwrap_or_else(|| panic!("{operation_id} has no x-pancake-pagination"))
    }

    /// Largest `size_param` value of a list operation (`x-pancake-pagination.max_page_size`).
    pub fn max_page_size(&self, operation_id: &str) -> i64 {
        let p = self.operation(operation_id).pagination.as_ref();
        p.and_then(|p| p.max_page_size.or(Some(p.page_size)))
            .map(i64::from)
            .unwrap_or(i64::MAX)
    }

    /// Largest file of `attachment_type` that `upload_content` accepts for a page of
    /// `platform`, in bytes (`x-pancake-upload-limits`); for a kind of file no limit is stated
    /// for, the mock's own bound, [`Self::max_upload`].
    pub fn upload_limit(&self, platform: &str, attachment_type: &str) -> usize {
        self.upload_limits()
            .and_then(|l| l.limit(platform, attachment_type))
            .map_or_else(|| self.max_upload(), to_usize)
    }

    /// Largest file `upload_content` accepts for any platform, in bytes: the route's body limit,
    /// and the mock's own bound on files no stated limit applies to (the largest stated limit,
    /// 100 MB: no source bounds them, and the mock must bound what it reads).
    pub fn max_upload(&self) -> usize {
        self.upload_limits()
            .map_or(usize::MAX, |l| to_usize(l.max_bytes()))
    }

    /// The `x-pancake-upload-limits` of the operation that has them (the upload).
    fn upload_limits(&self) -> Option<&pancake_openapi::UploadLimits> {
        self.spec
            .operations()
            .iter()
            .find_map(|op| op.upload_limits.as_ref())
    }

    /// The document's `x-pancake-rate-limit`.
    pub fn rate_limit(&self) -> Option<crate::config::RateLimit> {
        self.spec.rate_limit().map(|r| crate::config::RateLimit {
            requests: r.requests,
            per_seconds: r.per_seconds,
        })
    }
}

/// A schema of the bundled spec that does not compile: the mock's fault, not the request's
/// (pancake-openapi's tests compile every schema, so a build that ships one is broken).
fn uncompilable(e: &pancake_openapi::BuildError) -> ApiError {
    ApiError::new(
        axum::http::StatusCode::INTERNAL_SERVER_ERROR,
        code::SERVER_ERROR,
        format!("the mock cannot check this request: {e}"),
    )
}

fn to_usize(bytes: u64) -> usize {
    usize::try_from(bytes).unwrap_or(usize::MAX)
}
