//! The error contract: tokens, unknown ids, invalid parameters and bodies, injected faults.
//!
//! Each invalid call is a valid call (from [`super::operations`]) changed in one respect, so a
//! failure points at exactly that respect.

use pancake_openapi::error_code::{
    INVALID_PARAMETER, INVALID_TOKEN, MISSING_PARAMETER, RATE_LIMITED, TOKEN_RENEWED,
};
use serde_json::json;

use super::operations::{OperationCheck, conversation_call, inbox_id};
use super::{Check, Group, check_fn, window};
use crate::http::{Body, Call};
use crate::suite::{CheckError, CheckResult, Suite};
use crate::verify::Expect;

/// A page id no server has.
const UNKNOWN_PAGE: &str = "100000000000000";
/// A token no server issued.
const WRONG_TOKEN: &str = "conformance-wrong-token";

fn error_check<F>(name: String, operation_id: &str, f: F) -> Check
where
    F: for<'a> Fn(&'a mut Suite) -> futures::future::BoxFuture<'a, CheckResult>
        + Send
        + Sync
        + 'static,
{
    Check {
        name,
        operation_id: Some(operation_id.to_owned()),
        group: Group::Errors,
        run: check_fn(f),
    }
}

/// A check sending `valid call` changed by `change`, expecting `expect`.
fn variant(
    op: OperationCheck,
    what: &str,
    change: fn(&Suite, Call) -> CheckResult<Call>,
    expect: fn() -> Expect,
    mock_only: bool,
) -> Check {
    error_check(
        format!("errors::{}::{what}", op.operation_id),
        op.operation_id,
        move |suite| {
            Box::pin(async move {
                if mock_only {
                    suite.require_mock()?;
                }
                let call = change(suite, op.valid_call(suite)?)?;
                suite.expect(op.operation_id, &call, expect()).await?;
                Ok(())
            })
        },
    )
}

/// The same errors for every operation, derived from its parameters: missing and wrong tokens,
/// an unknown page, and (mock only) an injected 503 and 429.
pub fn per_operation(spec: &pancake_openapi::Spec, valid: &[OperationCheck]) -> Vec<Check> {
    let mut checks = Vec::new();
    for op in valid {
        let operation = spec.operation(op.operation_id);
        let has = |name: &str| operation.is_some_and(|o| o.parameter(name).is_some());
        if has("page_access_token") {
            checks.push(variant(
                *op,
                "missing_page_token",
                |_, c| Ok(c.without_query("page_access_token")),
                || Expect::error(400, MISSING_PARAMETER),
                false,
            ));
            checks.push(variant(
                *op,
                "wrong_page_token",
                |_, c| Ok(c.set_query("page_access_token", WRONG_TOKEN)),
                || Expect::error(200, INVALID_TOKEN),
                false,
            ));
            checks.push(variant(
                *op,
                "unknown_page",
                |_, c| Ok(c.set_path("page_id", UNKNOWN_PAGE)),
                || Expect::status(404),
                false,
            ));
        }
        if has("access_token") {
            checks.push(variant(
                *op,
                "missing_access_token",
                |_, c| Ok(c.without_query("access_token")),
                || Expect::error(400, MISSING_PARAMETER),
                false,
            ));
            checks.push(variant(
                *op,
                "wrong_access_token",
                |_, c| Ok(c.set_query("access_token", WRONG_TOKEN)),
                || Expect::error(401, INVALID_TOKEN),
                false,
            ));
        }
        if let Some(operation) = operation {
            checks.extend(parameter_variants(*op, operation));
            let page_in_query = operation
                .parameter("page_id")
                .is_some_and(|p| p.location == pancake_openapi::ParameterLocation::Query);
            if !has("page_access_token") && has("page_id") {
                checks.push(variant(
                    *op,
                    "unknown_page",
                    if page_in_query {
                        |_, c| Ok(c.set_query("page_id", UNKNOWN_PAGE))
                    } else {
                        |_, c| Ok(c.set_path("page_id", UNKNOWN_PAGE))
                    },
                    || Expect::status(404),
                    false,
                ));
            }
        }
        checks.push(variant(
            *op,
            "injected_503",
            |_, c| Ok(c.header("x-mock-fault", "503")),
            || Expect::failure(503),
            true,
        ));
        if operation.is_some_and(|o| o.response(429).is_some()) {
            checks.push(variant(
                *op,
                "injected_429",
                |_, c| Ok(c.header("x-mock-fault", "429")),
                || Expect::error(429, RATE_LIMITED),
                true,
            ));
        }
    }
    checks
}

/// The first required query parameter that is not a token, and the first integer query
/// parameter: leaving the one out must give 400/194, a non-number in the other 400/100.
fn parameter_variants(op: OperationCheck, operation: &pancake_openapi::Operation) -> Vec<Check> {
    use pancake_openapi::ParameterLocation::Query;
    let tokens = [
        pancake_openapi::PAGE_TOKEN_PARAMETER,
        pancake_openapi::USER_TOKEN_PARAMETER,
    ];
    let mut checks = Vec::new();
    let required = operation
        .parameters
        .iter()
        .find(|p| p.location == Query && p.required && !tokens.contains(&p.name.as_str()));
    if let Some(p) = required {
        let name = p.name.clone();
        checks.push(named_variant(
            op,
            format!("missing_required_{name}"),
            move |_, c| Ok(c.without_query(&name)),
            Expect::error(400, MISSING_PARAMETER),
        ));
    }
    let integer = operation.parameters.iter().find(|p| {
        p.location == Query
            && p.schema
                .as_ref()
                .is_some_and(|s| s.get("type").and_then(|t| t.as_str()) == Some("integer"))
    });
    if let Some(p) = integer {
        let name = p.name.clone();
        checks.push(named_variant(
            op,
            format!("non_integer_{name}"),
            move |_, c| Ok(c.set_query(&name, "twelve")),
            Expect::error(400, INVALID_PARAMETER),
        ));
    }
    checks
}

/// Like [`variant`], with a change that captures data (a parameter name).
fn named_variant<F>(op: OperationCheck, what: String, change: F, expect: Expect) -> Check
where
    F: Fn(&Suite, Call) -> CheckResult<Call> + Send + Sync + Clone + 'static,
{
    error_check(
        format!("errors::{}::{what}", op.operation_id),
        op.operation_id,
        move |suite| {
            let change = change.clone();
            let expect = expect.clone();
            Box::pin(async move {
                let call = change(suite, op.valid_call(suite)?)?;
                suite.expect(op.operation_id, &call, expect).await?;
                Ok(())
            })
        },
    )
}

fn list_call(s: &Suite, page_size: i64) -> Call {
    let (since, until) = window(s);
    s.page_call()
        .query("since", since)
        .query("until", until)
        .query("page_number", 1)
        .query("page_size", page_size)
}

/// A check of one invalid call.
fn invalid(
    name: &str,
    operation_id: &'static str,
    writes: bool,
    build: fn(&Suite) -> CheckResult<Call>,
    expect: fn() -> Expect,
) -> Check {
    error_check(format!("errors::{name}"), operation_id, move |suite| {
        Box::pin(async move {
            if writes {
                suite.require_writes()?;
            }
            let call = build(suite)?;
            suite.expect(operation_id, &call, expect()).await?;
            Ok(())
        })
    })
}

/// Specific error cases: invalid parameters and bodies, unknown ids, time units.
pub fn contract() -> Vec<Check> {
    vec![
        invalid(
            "invalid_enum_order_by",
            "list_conversations",
            false,
            |s| Ok(s.page_call().query("order_by", "sideways")),
            || Expect::error(400, INVALID_PARAMETER),
        ),
        invalid(
            "invalid_integer_since",
            "list_posts",
            false,
            |s| Ok(list_call(s, 10).set_query("since", "yesterday")),
            || Expect::error(400, INVALID_PARAMETER),
        ),
        invalid(
            "page_size_over_max_customers",
            "list_page_customers",
            false,
            |s| Ok(list_call(s, 101)),
            || Expect::error(400, INVALID_PARAMETER),
        ),
        invalid(
            "page_size_over_max_posts",
            "list_posts",
            false,
            |s| Ok(list_call(s, 31)),
            || Expect::error(400, INVALID_PARAMETER),
        ),
        invalid(
            "missing_required_since",
            "list_page_customers",
            false,
            |s| Ok(list_call(s, 10).without_query("since")),
            || Expect::error(400, MISSING_PARAMETER),
        ),
        invalid(
            "unknown_conversation",
            "list_messages",
            false,
            |s| {
                Ok(s.page_call()
                    .path("conversation_id", "0_conformance_unknown"))
            },
            || Expect::status(404),
        ),
        invalid(
            "unknown_conversation_send_message",
            "send_message",
            true,
            |s| {
                Ok(s.page_call()
                    .path("conversation_id", "0_conformance_unknown")
                    .json(json!({"action": "reply_inbox", "message": "Xin chào"})))
            },
            || Expect::status(404),
        ),
        invalid(
            "since_in_milliseconds_is_the_far_future",
            "list_conversations",
            false,
            |s| Ok(s.page_call().query("since", window(s).0 * 1000)),
            Expect::ok,
        ),
        invalid(
            "malformed_json_body",
            "update_conversation_tags",
            true,
            |s| {
                Ok(conversation_call(s)?.body(Body::Raw {
                    content_type: "application/json".into(),
                    bytes: b"{\"action\": \"add\", \"tag_id\": ".to_vec(),
                }))
            },
            || Expect::error(400, INVALID_PARAMETER),
        ),
        invalid(
            "body_outside_enum",
            "update_conversation_tags",
            true,
            |s| Ok(conversation_call(s)?.json(json!({"action": "toggle", "tag_id": 1}))),
            || Expect::error(400, INVALID_PARAMETER),
        ),
        invalid(
            "tag_id_as_numeric_string",
            "update_conversation_tags",
            true,
            |s| {
                let tag = s.found.tag_ids.first().copied().unwrap_or(1);
                Ok(conversation_call(s)?
                    .json(json!({"action": "remove", "tag_id": tag.to_string()})))
            },
            Expect::ok,
        ),
        invalid(
            "reply_inbox_with_message_and_content_ids",
            "send_message",
            true,
            |s| {
                Ok(conversation_call(s)?.json(json!({
                    "action": "reply_inbox", "message": "a", "content_ids": ["x"]
                })))
            },
            || Expect::error(400, INVALID_PARAMETER),
        ),
        invalid(
            "reply_comment_without_content",
            "send_message",
            true,
            |s| {
                let conversation = s
                    .found
                    .comment_conversation
                    .as_ref()
                    .and_then(|c| c["id"].as_str())
                    .map(str::to_owned)
                    .unwrap_or(inbox_id(s)?);
                Ok(s.page_call()
                    .path("conversation_id", conversation)
                    .json(json!({"action": "reply_comment", "message_id": "m_unknown"})))
            },
            || Expect::error(400, INVALID_PARAMETER),
        ),
        invalid(
            "oversized_upload",
            "upload_content",
            true,
            |s| {
                if !s.target.is_mock() {
                    return Err(CheckError::Skipped(
                        "uploads more than the page's limit; only run against a mock".into(),
                    ));
                }
                // A video one byte over the page's limit, as the spec's x-pancake-upload-limits
                // states it.
                let platform = s.target.page.platform.as_deref().unwrap_or_default();
                let limit = s
                    .spec
                    .operation("upload_content")
                    .and_then(|op| op.upload_limits.as_ref())
                    .and_then(|limits| limits.limit(platform, "VIDEO"))
                    .ok_or_else(|| {
                        CheckError::Error(
                            "upload_content declares no x-pancake-upload-limits".into(),
                        )
                    })?;
                let over = usize::try_from(limit + 1)
                    .map_err(|_| CheckError::Error(format!("upload limit {limit} B too large")))?;
                Ok(s.page_call()
                    .body(Body::File {
                        field: "file".into(),
                        file_name: "big.mp4".into(),
                        mime: "video/mp4".into(),
                        bytes: vec![0; over],
                    })
                    .own_connection())
            },
            || Expect::status(413),
        ),
    ]
}

/// A private reply to a comment: the first is accepted (or refused as too old, 10901), a second
/// one to the same comment is refused in-band with 10900; neither is a transport-level error.
pub fn private_replies() -> Vec<Check> {
    vec![error_check(
        "errors::second_private_reply".into(),
        "send_message",
        |suite| Box::pin(second_private_reply(suite)),
    )]
}

async fn second_private_reply(suite: &mut Suite) -> CheckResult {
    suite.require_writes()?;
    let conversation = suite
        .found
        .comment_conversation
        .clone()
        .ok_or_else(|| CheckError::Skipped("the target has no comment conversation".into()))?;
    let id = conversation["id"].as_str().unwrap_or_default().to_owned();
    let post_id = conversation["post_id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let call = suite
        .page_call()
        .path("conversation_id", id.clone())
        .query("current_count", 0);
    let messages = suite.ok("list_messages", &call).await?;
    // The newest comment written by the customer (not by the page).
    let page_id = suite.target.page.id.clone();
    let comment = messages["messages"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|m| m["from"]["id"].as_str().is_some_and(|f| f != page_id))
        .cloned()
        .ok_or_else(|| {
            CheckError::Skipped("the comment conversation has no customer comment".into())
        })?;
    let body = json!({
        "action": "private_replies",
        "post_id": post_id,
        "message_id": comment["id"],
        "from_id": comment["from"]["id"],
        "message": "Shop đã inbox bạn ạ",
    });
    let call = suite.page_call().path("conversation_id", id).json(body);
    let first = suite
        .expect("send_message", &call, Expect::status(200))
        .await?;
    match (first.success(), first.error_code()) {
        (Some(false), Some(10901)) => {
            tracing::info!(
                "the newest comment is past the 7-day window (10901); a second reply (10900) was not tried"
            );
            Ok(())
        }
        (Some(false), code) => Err(CheckError::Failed(format!(
            "the first private reply to a comment was refused with error_code {code:?}: {}",
            first.text()
        ))),
        _ => {
            suite
                .expect(
                    "send_message",
                    &call,
                    Expect::error(200, pancake_openapi::error_code::ALREADY_REPLIED),
                )
                .await?;
            Ok(())
        }
    }
}

/// After `generate_page_access_token`: the old token answers in-band error 105.
pub fn after_renewal() -> Vec<Check> {
    vec![error_check(
        "errors::renewed_page_token".into(),
        "list_tags",
        |suite| {
            Box::pin(async move {
                let old = suite.renewed_from.clone().ok_or_else(|| {
                    CheckError::Skipped("generate_page_access_token did not run".into())
                })?;
                let call = suite
                    .page_call()
                    .set_query("page_access_token", old.expose());
                suite
                    .expect("list_tags", &call, Expect::error(200, TOKEN_RENEWED))
                    .await?;
                // And the new token works.
                let call = suite.page_call();
                suite.ok("list_tags", &call).await?;
                Ok(())
            })
        },
    )]
}
