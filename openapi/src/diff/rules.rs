//! The rule table: every kind of change the diff reports, with its verdict and why.
//!
//! `openapi/README.md` ("Breaking changes") shows this table as rendered by [`rules_markdown`];
//! a test keeps the two equal, and another gives every rule a pair of small specs that triggers it.
//! Rule ids follow oasdiff's naming where one exists (`request-parameter-became-required`, ...).

use super::Verdict;
use Verdict::{BreakingForClients as C, BreakingForServers as S, Compatible as OK};

/// One kind of change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable kebab-case id (the `kind` of a change).
    pub id: &'static str,
    /// What the change means for clients and servers of the base spec.
    pub verdict: Verdict,
    /// When the rule fires and why it has its verdict.
    pub summary: &'static str,
}

const fn rule(id: &'static str, verdict: Verdict, summary: &'static str) -> Rule {
    Rule {
        id,
        verdict,
        summary,
    }
}

/// Every rule, in the order the README lists them.
pub const RULES: &[Rule] = &[
    // Operations.
    rule(
        "operation-removed",
        C,
        "An operation is gone: its client method disappears and calls to it fail.",
    ),
    rule(
        "operation-added",
        OK,
        "A new operation: nothing that exists changes.",
    ),
    rule(
        "operation-id-renamed",
        C,
        "Same method and path, new `operationId`: the client method is renamed.",
    ),
    rule(
        "operation-path-changed",
        C,
        "Same `operationId`, new method or path: a client of the base calls the old URL.",
    ),
    rule(
        "operation-deprecated",
        OK,
        "An operation is marked deprecated: it still works.",
    ),
    rule(
        "operation-security-changed",
        C,
        "The security requirements differ: a client of the base sends the wrong credentials.",
    ),
    // Parameters.
    rule(
        "request-parameter-removed",
        C,
        "A parameter is gone: its builder method disappears and the server may refuse it.",
    ),
    rule(
        "new-required-request-parameter",
        C,
        "A new required parameter: a request of the base lacks it.",
    ),
    rule(
        "new-optional-request-parameter",
        OK,
        "A new optional parameter: requests of the base stay valid.",
    ),
    rule(
        "request-parameter-became-required",
        C,
        "An optional parameter is now required: a request of the base may lack it.",
    ),
    rule(
        "request-parameter-became-optional",
        S,
        "A required parameter is now optional: a server of the base expects it on every request.",
    ),
    rule(
        "request-parameter-style-changed",
        C,
        "`explode` changed: arrays go out in another wire form.",
    ),
    rule(
        "request-default-changed",
        C,
        "The default of a parameter or request property changed: an omitted value now means something else.",
    ),
    rule(
        "request-parameter-type-changed",
        C,
        "A parameter's `type` changed: values of the base no longer fit (and the builder's type changes).",
    ),
    rule(
        "request-parameter-format-changed",
        C,
        "A parameter's `format` changed (`int32` to `int64`, `date-time`, ...).",
    ),
    // Request bodies.
    rule(
        "new-required-request-body",
        C,
        "A required request body appears: requests of the base have none.",
    ),
    rule(
        "new-optional-request-body",
        OK,
        "An optional request body appears.",
    ),
    rule(
        "request-body-removed",
        C,
        "The request body is gone: the builder's body method disappears.",
    ),
    rule(
        "request-body-became-required",
        C,
        "The request body is now required.",
    ),
    rule(
        "request-body-became-optional",
        S,
        "The request body is now optional: a server of the base expects one.",
    ),
    rule(
        "request-media-type-removed",
        C,
        "A request media type is gone: a client of the base sends it.",
    ),
    rule("request-media-type-added", OK, "A new request media type."),
    rule(
        "request-property-removed",
        C,
        "A request property is gone: its builder method disappears and strict servers refuse it.",
    ),
    rule(
        "new-required-request-property",
        C,
        "A new required request property: bodies of the base lack it.",
    ),
    rule(
        "new-optional-request-property",
        OK,
        "A new optional request property.",
    ),
    rule(
        "request-property-became-required",
        C,
        "An optional request property is now required.",
    ),
    rule(
        "request-property-became-optional",
        S,
        "A required request property is now optional: a server of the base expects it.",
    ),
    rule(
        "request-property-became-not-nullable",
        C,
        "A request property no longer admits `null`: a client of the base may send it.",
    ),
    rule(
        "request-property-became-nullable",
        S,
        "A request property now admits `null`: a server of the base does not expect it.",
    ),
    rule(
        "request-property-type-changed",
        C,
        "A request property's `type` changed.",
    ),
    rule(
        "request-property-format-changed",
        C,
        "A request property's `format` changed.",
    ),
    rule(
        "request-enum-value-removed",
        C,
        "A value left the enum of a parameter or request property: a client of the base may send it.",
    ),
    rule(
        "request-enum-value-added",
        OK,
        "A new value in the enum of a parameter or request property: nothing of the base sends it.",
    ),
    rule(
        "request-constraint-tightened",
        C,
        "A request `maximum`/`maxLength`/`maxItems` went down (or appeared) or a minimum went up: values of the base may be refused.",
    ),
    rule(
        "request-constraint-loosened",
        S,
        "A request bound was relaxed: a server of the base refuses values now allowed.",
    ),
    // Responses.
    rule(
        "response-success-status-removed",
        C,
        "A 2xx/3xx response is gone: a client of the base expects it.",
    ),
    rule(
        "response-error-status-removed",
        OK,
        "An error response is no longer documented: clients treat any error status as an error anyway.",
    ),
    rule(
        "response-status-added",
        OK,
        "A new documented status: a server of the base never sends it; clients fall back to their generic error.",
    ),
    rule(
        "response-media-type-removed",
        C,
        "A response media type is gone: a client of the base decodes it.",
    ),
    rule(
        "response-required-header-removed",
        C,
        "A required response header is gone (`Retry-After`, `Location`): a client of the base reads it.",
    ),
    rule(
        "response-required-property-removed",
        C,
        "A required response property is gone: a client of the base reads it.",
    ),
    rule(
        "response-optional-property-removed",
        C,
        "An optional response property is gone: the regenerated client loses the field, so code that reads it stops compiling.",
    ),
    rule(
        "response-property-became-optional",
        C,
        "A required response property is now optional: the regenerated field becomes an `Option`.",
    ),
    rule(
        "response-property-became-required",
        S,
        "A response property is now required: a server of the base may leave it out.",
    ),
    rule(
        "response-required-property-added",
        S,
        "A new required response property: a server of the base does not send it.",
    ),
    rule(
        "response-optional-property-added",
        OK,
        "A new optional response property: clients of the base ignore it.",
    ),
    rule(
        "response-property-became-nullable",
        C,
        "A response property now admits `null`: a client of the base does not expect it.",
    ),
    rule(
        "response-property-became-not-nullable",
        S,
        "A response property no longer admits `null`: a server of the base may send it.",
    ),
    rule(
        "response-property-type-changed",
        C,
        "A response property's `type` changed.",
    ),
    rule(
        "response-property-format-changed",
        C,
        "A response property's `format` changed.",
    ),
    rule(
        "response-enum-value-added",
        OK,
        "A new value in a response enum. Decided: response enums are open in this project (RECONCILIATION E6, O12): the client keeps values it does not know (`ConversationType::Other`), so it is compatible; a client generated by another tool with closed enums would break, and the API diff shows the new variant.",
    ),
    rule(
        "response-enum-value-removed",
        S,
        "A value left a response enum: a server of the base may still send it.",
    ),
    rule(
        "response-enum-opened",
        OK,
        "A response enum became open (`anyOf` of the enum and its plain type, RECONCILIATION E6): clients keep values they do not know.",
    ),
    rule(
        "request-enum-opened",
        S,
        "A request enum became open: a server of the base refuses the values it does not list.",
    ),
    rule(
        "schema-composition-changed",
        C,
        "A `oneOf`/`anyOf`/`allOf` gained or lost a branch: values decode differently.",
    ),
    // Vendor extensions.
    rule(
        "unit-changed",
        C,
        "`x-pancake-unit` changed (seconds to milliseconds): the same number means another time.",
    ),
    rule(
        "unit-annotation-changed",
        OK,
        "`x-pancake-unit` was added to, or removed from, a value that had none: documentation only.",
    ),
    rule(
        "pagination-changed",
        C,
        "`x-pancake-pagination` changed (kind, items, cursor, parameter, page size, end rule, ...): the client's stream walks differently.",
    ),
    rule(
        "pagination-added",
        OK,
        "A list operation gains `x-pancake-pagination`: the client gains a stream.",
    ),
    rule(
        "pagination-removed",
        C,
        "`x-pancake-pagination` is gone: the client's stream disappears.",
    ),
    rule(
        "upload-limit-lowered",
        C,
        "An `x-pancake-upload-limits` size went down: files accepted by the base are refused.",
    ),
    rule(
        "upload-limit-raised",
        S,
        "An upload limit went up: a server of the base refuses files now allowed.",
    ),
    rule(
        "rate-limit-lowered",
        C,
        "`x-pancake-rate-limit` allows fewer requests per second: clients pacing for the base get 429.",
    ),
    rule(
        "rate-limit-raised",
        S,
        "The rate limit allows more: a server of the base refuses traffic now allowed.",
    ),
    rule(
        "rate-limit-rule-changed",
        C,
        "The rate limit's key, status or header changed: clients count or recognise refusals wrongly.",
    ),
    // Documentation.
    rule(
        "description-changed",
        OK,
        "A summary or description changed.",
    ),
    rule("example-changed", OK, "An example changed."),
];

/// The rule with this id.
pub fn rule_by_id(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The rule table as Markdown, as `openapi/README.md` shows it.
pub fn rules_markdown() -> String {
    let mut out = String::from("| rule | verdict | when, and why |\n| --- | --- | --- |\n");
    for rule in RULES {
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            rule.id, rule.verdict, rule.summary
        ));
    }
    out
}
