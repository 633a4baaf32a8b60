//! The spec's text on the public API: the doc comment of every handle method (`PageClient` and
//! `UserClient`) and of every builder setter, written from `pancake-openapi`'s operation model
//! (the operation's and each parameter's description, units, limits, how many values it takes,
//! the token it needs), with a `no_run` example per operation.

use pancake_openapi::{Operation, Parameter, ParameterLocation, TimeUnit, TokenKind, ValueType};
use serde_json::Value;

use crate::{ident, on_page_param};

/// `#[doc]` attributes, one per line (so that the generated code reads as `///` comments).
pub(crate) fn attrs(text: &str) -> Vec<syn::Attribute> {
    text.lines()
        .map(|line| {
            let line = if line.is_empty() {
                String::new()
            } else {
                format!(" {line}")
            };
            syn::parse_quote!(#[doc = #line])
        })
        .collect()
}

/// What a handle method's doc says: the operation, its parameters, body, answer and an example.
pub(crate) fn handle_method(op: &Operation, on_page: bool) -> String {
    let id = &op.operation_id;
    let mut doc = String::new();
    let summary = op.summary.as_deref().unwrap_or(id).trim_end_matches('.');
    doc.push_str(&format!("{summary}.\n"));
    if let Some(description) = op.description.as_deref() {
        doc.push_str(&format!("\n{}\n", description.trim_end()));
    }
    if op.deprecated {
        doc.push_str("\n**Deprecated** by the spec.\n");
    }
    let token = match (op.token, on_page) {
        (TokenKind::Page, _) => {
            "with the page's `page_access_token`; this handle adds it and fills in `page_id`"
        }
        (TokenKind::User, _) => "with the user's `access_token`, which this handle adds",
        (TokenKind::None, _) => "a public endpoint: no token",
    };
    doc.push_str(&format!(
        "\n`{} {}` (`{id}`), {token}.\n",
        op.method, op.path
    ));
    let params: Vec<&Parameter> = settable(op, on_page).collect();
    if !params.is_empty() {
        doc.push_str("\nParameters, each a setter of the builder:\n");
        for p in &params {
            let mut facts = vec![if p.required { "required" } else { "optional" }.to_owned()];
            facts.extend(value_facts(op, p).into_iter().map(|(short, _)| short));
            let description = p
                .description
                .as_deref()
                .map(|d| format!(": {}", one_line(d)))
                .unwrap_or_default();
            doc.push_str(&format!(
                "- `{}` ({}){description}\n",
                ident(&p.name),
                facts.join(", ")
            ));
        }
    }
    if let Some(body) = body_component(op) {
        doc.push_str(&format!(
            "\nBody: [`types::{body}`](crate::types::{body}), set with `.body(..)` (or built field by \
             field with `.body_map(..)`).\n"
        ));
    }
    if let Some(p) = &op.pagination {
        let size = match (&p.size_param, p.max_page_size) {
            (Some(param), Some(max)) => {
                format!(
                    "{} per page unless `{param}` says otherwise, at most {max}",
                    p.page_size
                )
            }
            _ => format!("at most {} per page", p.page_size),
        };
        doc.push_str(&format!(
            "\nA list operation ({size}); `{}` is the walk's position (`x-pancake-pagination`).\n",
            p.param
        ));
    }
    let answer = op.success_component().unwrap_or("SuccessResponse");
    doc.push_str(&format!(
        "\nFinish with `.execute().await`: the answer is [`types::{answer}`](crate::types::{answer}), \
         or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and \
         [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).\n"
    ));
    doc.push_str(&format!("\n{}", example(op, on_page, &params)));
    doc
}

/// What a setter's doc says about its parameter.
pub(crate) fn setter(op: &Operation, p: &Parameter) -> String {
    let mut doc = format!("`{}`", p.name);
    match p.description.as_deref() {
        Some(d) => doc.push_str(&format!(": {}\n", d.trim_end())),
        None => doc.push('\n'),
    }
    let location = match p.location {
        ParameterLocation::Path => "path",
        ParameterLocation::Query => "query",
        ParameterLocation::Header => "header",
        ParameterLocation::Cookie => "cookie",
    };
    doc.push_str(&format!(
        "\n- {} {location} parameter of `{}`{}.\n",
        if p.required {
            "A required"
        } else {
            "An optional"
        },
        op.operation_id,
        if p.required {
            ": `.execute()` fails with an error naming it and the operation when it is not set"
        } else {
            ""
        }
    ));
    for (_, long) in value_facts(op, p) {
        doc.push_str(&format!("- {long}\n"));
    }
    doc
}

/// The parameters a caller sets on the builder (the handle sets the token and a page's `page_id`).
fn settable(op: &Operation, on_page: bool) -> impl Iterator<Item = &Parameter> {
    op.parameters
        .iter()
        .filter(move |p| p.token().is_none() && !(on_page && on_page_param(p)))
}

/// Facts about a parameter's values, short (for a list) and long (for its setter).
fn value_facts(op: &Operation, p: &Parameter) -> Vec<(String, String)> {
    let mut facts = Vec::new();
    if let Some(unit) = p.unit {
        let (short, number) = match unit {
            TimeUnit::UnixSeconds => ("Unix seconds", "seconds"),
            TimeUnit::UnixMilliseconds => ("Unix milliseconds", "milliseconds"),
            TimeUnit::UnixMicroseconds => ("Unix microseconds", "microseconds"),
        };
        facts.push((
            format!("a time, sent as {short}"),
            format!(
                "A time: a `chrono::DateTime`, a `std::time::SystemTime`, or a number of Unix \
                 {number} (the wire format, `x-pancake-unit`)."
            ),
        ));
    }
    if p.one_value {
        facts.push((
            "one value".to_owned(),
            "Takes one value: the API filters on one only (more give an empty answer, \
             `x-pancake-one-value`)."
                .to_owned(),
        ));
    }
    if let Some(kind) = p.comma_separated {
        let what = if kind == ValueType::Integer {
            "integers"
        } else {
            "values"
        };
        facts.push((
            format!("a list of {what}, sent comma-separated"),
            format!(
                "A list of {what} (an array, a `Vec`, any iterator), sent joined with commas \
                 (`x-pancake-comma-separated`)."
            ),
        ));
    }
    if let Some(max) = p.maximum() {
        facts.push((format!("at most {max}"), format!("At most {max}.")));
    }
    if let Some(min) = p.schema.as_ref().and_then(|s| s.get("minimum")?.as_i64()) {
        facts.push((format!("at least {min}"), format!("At least {min}.")));
    }
    if let Some(values) = enum_values(p) {
        let values = values.join("`, `");
        facts.push((format!("`{values}`"), format!("One of `{values}`.")));
    }
    if let Some(pagination) = &op.pagination {
        if pagination.param == p.name {
            facts.push((
                "the walk's position".to_owned(),
                "The position of a page walk (`x-pancake-pagination`).".to_owned(),
            ));
        }
        if pagination.size_param.as_deref() == Some(p.name.as_str()) {
            facts.push((
                format!("{} when not set", pagination.page_size),
                format!("The page size: {} when not set.", pagination.page_size),
            ));
        }
    }
    facts
}

fn enum_values(p: &Parameter) -> Option<Vec<String>> {
    let values = p.schema.as_ref()?.get("enum")?.as_array()?;
    Some(
        values
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
    )
}

fn body_component(op: &Operation) -> Option<&str> {
    op.request_body
        .as_ref()?
        .json()?
        .schema_component
        .as_deref()
}

/// A description in one line (for a list item).
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A `no_run` example: the call with its required parameters set.
fn example(op: &Operation, on_page: bool, params: &[&Parameter]) -> String {
    let (handle, ty) = if on_page {
        ("page", "PageClient")
    } else {
        ("user", "UserClient")
    };
    let body = body_component(op);
    let mut signature = format!("{handle}: &{ty}");
    if let Some(body) = body {
        signature.push_str(&format!(", body: types::{body}"));
    }
    let mut calls = vec![format!(".{}()", op.operation_id)];
    let mut uses_time = false;
    for p in params.iter().filter(|p| p.required) {
        let Some(value) = example_value(p) else {
            continue;
        };
        uses_time |= p.unit.is_some();
        calls.push(format!(".{}({value})", ident(&p.name)));
    }
    if body.is_some() {
        calls.push(".body(body)".to_owned());
    }
    calls.push(".execute()".to_owned());
    calls.push(".await?;".to_owned());
    let mut imports = vec![ty.to_owned()];
    if body.is_some() {
        imports.push("types".to_owned());
    }
    let mut code = String::from("```no_run\n");
    if uses_time {
        code.push_str("use std::time::{Duration, SystemTime};\n\n");
    }
    let imports = match imports.as_slice() {
        [one] => one.clone(),
        many => format!("{{{}}}", many.join(", ")),
    };
    code.push_str(&format!("use pancake_client::{imports};\n\n"));
    code.push_str(&format!(
        "async fn example({signature}) -> pancake_client::Result<()> {{\n    let answer = {handle}\n"
    ));
    for call in calls {
        code.push_str(&format!("        {call}\n"));
    }
    code.push_str("    println!(\"{answer:?}\");\n    Ok(())\n}\n```\n");
    code
}

/// A Rust expression for a required parameter's value: the spec's example, else one of its
/// type; `None` for a kind the example does not show.
fn example_value(p: &Parameter) -> Option<String> {
    if p.unit.is_some() {
        // A range that ends now and starts a week earlier, whatever the parameter is called.
        return Some(if p.name.starts_with("until") {
            "SystemTime::now()".to_owned()
        } else {
            "SystemTime::now() - Duration::from_secs(7 * 86_400)".to_owned()
        });
    }
    if let Some(kind) = p.comma_separated {
        let example = p.example.as_ref().and_then(Value::as_str).unwrap_or("1");
        let items: Vec<String> = example
            .split(',')
            .map(|v| {
                if kind == ValueType::Integer {
                    v.trim().to_owned()
                } else {
                    format!("{:?}", v.trim())
                }
            })
            .collect();
        return Some(format!("[{}]", items.join(", ")));
    }
    match (&p.example, p.value_type()) {
        (Some(Value::String(s)), _) => Some(format!("{s:?}")),
        (Some(Value::Number(n)), _) => Some(n.to_string()),
        (Some(Value::Bool(b)), _) => Some(b.to_string()),
        (_, ValueType::String) => Some(match enum_values(p).and_then(|v| v.into_iter().next()) {
            Some(value) => format!("{value:?}"),
            None => format!("{:?}", p.name.to_ascii_uppercase()),
        }),
        (_, ValueType::Integer | ValueType::Number) => Some(
            p.schema
                .as_ref()
                .and_then(|s| s.get("minimum")?.as_i64())
                .unwrap_or(1)
                .to_string(),
        ),
        (_, ValueType::Boolean) => Some("true".to_owned()),
        _ => None,
    }
}
