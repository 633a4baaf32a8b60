//! The state a run carries from check to check: the target, the spec and its validator, the raw
//! HTTP client, the pacer, the ids discovered so far and the coverage.

use std::time::Duration;

use pancake_mock::admin::{AdminClient, AdminError};
use pancake_openapi::{Operation, Spec, Validator};
use serde_json::Value;

use crate::coverage::Coverage;
use crate::http::{self, Call, RawResponse};
use crate::pacer::{PaceMode, Pacer};
use crate::target::Target;
use crate::verify::{self, Expect};

/// Why a check did not pass.
#[derive(Debug, Clone, thiserror::Error)]
pub enum CheckError {
    /// The target broke the contract.
    #[error("{0}")]
    Failed(String),
    /// The check could not run here (writes not allowed, nothing to act on).
    #[error("skipped: {0}")]
    Skipped(String),
    /// The check could not talk to the target, or the suite itself went wrong.
    #[error("error: {0}")]
    Error(String),
}

impl From<anyhow::Error> for CheckError {
    fn from(e: anyhow::Error) -> CheckError {
        CheckError::Error(format!("{e:#}"))
    }
}

impl From<AdminError> for CheckError {
    fn from(e: AdminError) -> CheckError {
        CheckError::Error(e.to_string())
    }
}

impl From<http::HttpError> for CheckError {
    fn from(e: http::HttpError) -> CheckError {
        CheckError::Error(e.to_string())
    }
}

/// Shorthand for a check's result.
pub type CheckResult<T = ()> = Result<T, CheckError>;

/// Ids learnt from the target while the checks run (reads come first, writes use them).
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// An inbox conversation (the whole object as served).
    pub inbox_conversation: Option<Value>,
    /// A comment conversation.
    pub comment_conversation: Option<Value>,
    /// An inbox conversation the page has read (`seen`), whose messages carry a read watermark.
    pub seen_inbox_conversation: Option<Value>,
    /// A page customer id.
    pub customer_id: Option<String>,
    /// Staff user ids of the page.
    pub user_ids: Vec<String>,
    /// Tag ids of the page.
    pub tag_ids: Vec<i64>,
    /// A post id.
    pub post_id: Option<String>,
    /// A note made by the suite (for update and delete).
    pub note_id: Option<String>,
    /// A comment id in the comment conversation (for reply_comment and private replies).
    pub comment_id: Option<(String, String)>,
    /// The chat-plugin conversation the suite started.
    pub chat_conversation_id: Option<String>,
}

/// One run's state.
pub struct Suite {
    /// What the checks talk to.
    pub target: Target,
    /// The spec.
    pub spec: Spec,
    /// Its validator.
    pub validator: Validator,
    /// Ids discovered so far.
    pub found: Found,
    /// What was exercised.
    pub coverage: Coverage,
    /// The target's "now", Unix seconds (the mock's clock, else the system's), read when the
    /// run starts; time ranges are built around it.
    pub now_secs: i64,
    /// The page token `generate_page_access_token` replaced, once it ran.
    pub renewed_from: Option<pancake_client::Secret>,
    http: reqwest::Client,
    pacer: Pacer,
}

impl std::fmt::Debug for Suite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Suite")
            .field("target", &self.target)
            .field("found", &self.found)
            .finish_non_exhaustive()
    }
}

impl Suite {
    /// A suite against `target`, checking against the spec bundled with `pancake-openapi`.
    pub fn new(target: Target) -> anyhow::Result<Suite> {
        let spec = Spec::bundled()?;
        Suite::with_spec(target, spec)
    }

    /// A suite against `target`, checking against `spec`.
    pub fn with_spec(target: Target, spec: Spec) -> anyhow::Result<Suite> {
        let validator = Validator::new(&spec)?;
        let limit = spec.rate_limit().map(|l| {
            (
                l.requests,
                Duration::from_secs(u64::from(l.per_seconds.max(1))),
            )
        });
        let mode = match &target.admin {
            Some(admin) => PaceMode::AdvanceMockClock(admin.clone()),
            None => PaceMode::Sleep,
        };
        Ok(Suite {
            coverage: Coverage::for_spec(&spec),
            pacer: Pacer::new(limit, mode),
            http: http::raw_client(),
            found: Found::default(),
            renewed_from: None,
            now_secs: chrono::Utc::now().timestamp(),
            target,
            spec,
            validator,
        })
    }

    /// The operation `operation_id` of the spec.
    pub fn operation(&self, operation_id: &str) -> CheckResult<Operation> {
        self.spec
            .operation(operation_id)
            .cloned()
            .ok_or_else(|| CheckError::Error(format!("the spec has no operation `{operation_id}`")))
    }

    /// A call on the page under test: `page_id` and `page_access_token` set.
    pub fn page_call(&self) -> Call {
        Call::new()
            .path("page_id", self.target.page.id.clone())
            .query("page_access_token", self.target.page.token.expose())
    }

    /// A user-API call: `access_token` set. Skips when the target has no user token.
    pub fn user_call(&self) -> CheckResult<Call> {
        let token = self.target.access_token.as_ref().ok_or_else(|| {
            CheckError::Skipped(
                "no user access token: pass --access-token (or PANCAKE_ACCESS_TOKEN)".into(),
            )
        })?;
        Ok(Call::new().query("access_token", token.expose()))
    }

    /// Skips unless the target may be written to.
    pub fn require_writes(&self) -> CheckResult {
        if self.target.allow_writes {
            Ok(())
        } else {
            Err(CheckError::Skipped(
                "changes data; the target is not a mock (pass --allow-writes to run it)".into(),
            ))
        }
    }

    /// Skips unless the target is a mock (the check needs its admin API or its fixtures).
    pub fn require_mock(&self) -> CheckResult<AdminClient> {
        self.target
            .admin
            .clone()
            .ok_or_else(|| CheckError::Skipped("needs a pancake-mock target".into()))
    }

    /// The key the spec's rate limit counts `call` under, if the operation is limited.
    fn limit_key(&self, operation: &Operation, call: &Call) -> Option<String> {
        let limit = self.spec.rate_limit_for(operation)?;
        call.path_value(&limit.key).map(str::to_owned)
    }

    /// Sends `call` without pacing or verification (the rate-limit checks use it for bursts).
    pub async fn send_raw(&mut self, operation_id: &str, call: &Call) -> CheckResult<RawResponse> {
        let operation = self.operation(operation_id)?;
        Ok(http::send(&self.http, &self.target.base_url, &operation, call).await?)
    }

    /// Reads the target's "now" (the mock clock when there is one).
    pub async fn sync_clock(&mut self) -> CheckResult {
        if let Some(admin) = &self.target.admin {
            self.now_secs = admin.clock().await?.now.secs();
        }
        Ok(())
    }

    /// Sends `call` within the rate limit: paced first, and when the server still refuses
    /// with 429, once more after its `Retry-After`.
    pub async fn send(&mut self, operation_id: &str, call: &Call) -> CheckResult<RawResponse> {
        self.send_paced(operation_id, call, true).await
    }

    /// Sends `call` within the rate limit (paced first), without retrying a 429: the caller
    /// counts its requests.
    pub async fn send_paced_once(
        &mut self,
        operation_id: &str,
        call: &Call,
    ) -> CheckResult<RawResponse> {
        self.send_paced(operation_id, call, false).await
    }

    async fn send_paced(
        &mut self,
        operation_id: &str,
        call: &Call,
        retry_429: bool,
    ) -> CheckResult<RawResponse> {
        let operation = self.operation(operation_id)?;
        let key = self.limit_key(&operation, call);
        if let Some(key) = &key {
            self.pacer.before_request(key).await?;
        }
        let first = http::send(&self.http, &self.target.base_url, &operation, call).await?;
        if first.status != 429 || key.is_none() || !retry_429 {
            return Ok(first);
        }
        let wait = Duration::from_secs(first.retry_after().unwrap_or(1).clamp(1, 60));
        tracing::warn!(
            operation_id,
            ?wait,
            "unexpected 429 despite pacing; retrying once"
        );
        self.wait(wait).await?;
        Ok(http::send(&self.http, &self.target.base_url, &operation, call).await?)
    }

    /// Lets `duration` pass: on the mock's clock when there is one, else for real.
    pub async fn wait(&mut self, duration: Duration) -> CheckResult {
        match &self.target.admin {
            Some(admin) => {
                admin.advance_clock(duration).await?;
            }
            None => tokio::time::sleep(duration).await,
        }
        self.pacer.forget();
        Ok(())
    }

    /// Sends `call`, verifies the response against the spec and `expect`, records coverage.
    pub async fn expect(
        &mut self,
        operation_id: &str,
        call: &Call,
        expect: Expect,
    ) -> CheckResult<RawResponse> {
        if expect.success == Some(true) {
            self.check_own_call(operation_id, call)?;
        }
        // A 429 under test must not be retried away.
        let retry_429 = expect.status != Some(429);
        let response = self.send_paced(operation_id, call, retry_429).await?;
        self.verify(operation_id, &response, &expect)?;
        Ok(response)
    }

    /// Verifies an already received response and records coverage.
    pub fn verify(
        &mut self,
        operation_id: &str,
        response: &RawResponse,
        expect: &Expect,
    ) -> CheckResult {
        let operation = self.operation(operation_id)?;
        let verdict = verify::verify(&self.validator, &operation, response, expect);
        if !verdict.problems.is_empty() {
            return Err(CheckError::Failed(format!(
                "{operation_id}: {}",
                verdict.problems.join("; ")
            )));
        }
        self.coverage.record(
            &self.spec,
            operation_id,
            response.status,
            response.json.is_some().then_some(verdict.decoded),
        );
        Ok(())
    }

    /// Checks that a call the suite calls valid is valid by the spec (its JSON body and query
    /// parameters), so that a failure is the server's and not the suite's.
    pub fn check_own_call(&self, operation_id: &str, call: &Call) -> CheckResult {
        let own = |e: pancake_openapi::ValidationError| {
            CheckError::Error(format!(
                "the suite's own valid call is not valid by the spec: {e}"
            ))
        };
        if let crate::http::Body::Json(body) = &call.body {
            self.validator
                .validate_request_body(operation_id, body)
                .map_err(own)?;
        }
        let mut names: Vec<&str> = call.query.iter().map(|(n, _)| n.as_str()).collect();
        names.dedup();
        for name in names {
            let values: Vec<&str> = call
                .query
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
                .collect();
            self.validator
                .validate_parameter_text(operation_id, name, &values)
                .map_err(own)?;
        }
        Ok(())
    }

    /// A valid call that must succeed: 200 (in-band `success` not false), verified.
    pub async fn ok(&mut self, operation_id: &str, call: &Call) -> CheckResult<Value> {
        let response = self.expect(operation_id, call, Expect::ok()).await?;
        Ok(response.json.unwrap_or(Value::Null))
    }
}

/// The string form of an id that may be a JSON string or number.
pub fn id_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
