//! An operation that takes a token parameter declares the matching security requirement (the
//! tokens are declared twice, see the README), and every requirement names a defined scheme.

use serde_json::Value;

use super::{Context, Problem};
use crate::operations::effective_parameters;
use crate::pointer::join;

/// The query parameters that carry a token.
pub(crate) const TOKEN_PARAMETERS: [&str; 2] = ["access_token", "page_access_token"];

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    let schemes = ctx.root.pointer("/components/securitySchemes");
    let root_security = ctx.root.get("security");
    for op in &ctx.operations {
        let own = op.value.get("security");
        let (security, security_at) = match own {
            Some(s) => (Some(s), join(&op.pointer(), "security")),
            None => (root_security, "/security".to_owned()),
        };
        let requirements: Vec<&serde_json::Map<String, Value>> = security
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_object)
            .collect();
        for (i, requirement) in requirements.iter().enumerate() {
            for name in requirement.keys() {
                if schemes.and_then(|s| s.get(name)).is_none() {
                    problems.push(Problem::new(
                        format!("{security_at}/{i}"),
                        format!(
                            "{}: security scheme `{name}` is not defined in \
                             components/securitySchemes",
                            op.label()
                        ),
                    ));
                }
            }
        }
        for parameter in effective_parameters(ctx.root, op) {
            let Some(token) = parameter
                .name()
                .filter(|n| TOKEN_PARAMETERS.contains(n) && parameter.location() == Some("query"))
            else {
                continue;
            };
            let covered = requirements.iter().any(|requirement| {
                requirement.keys().any(|scheme| {
                    schemes.and_then(|s| s.get(scheme)).is_some_and(|s| {
                        s.get("type").and_then(Value::as_str) == Some("apiKey")
                            && s.get("in").and_then(Value::as_str) == Some("query")
                            && s.get("name").and_then(Value::as_str) == Some(token)
                    })
                })
            });
            if !covered {
                problems.push(Problem::new(
                    join(&op.pointer(), "security"),
                    format!(
                        "{} takes `{token}` but declares no security requirement for it: add one \
                         naming the apiKey-in-query scheme whose `name` is `{token}`",
                        op.label()
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use serde_json::json;

    #[test]
    fn fires_when_a_token_operation_has_no_security() {
        let mut doc = mini();
        at(&mut doc, LIST_CONVERSATIONS)
            .as_object_mut()
            .unwrap()
            .remove("security");
        assert_fires(
            &doc,
            &format!("{LIST_CONVERSATIONS}/security"),
            "takes `page_access_token` but declares no security requirement",
        );
    }

    #[test]
    fn fires_when_the_scheme_is_for_the_other_token() {
        let mut doc = mini();
        *at(&mut doc, &format!("{TAGS}/security")) = json!([{"UserAccessToken": []}]);
        assert_fires(&doc, &format!("{TAGS}/security"), "`page_access_token`");
    }

    #[test]
    fn fires_on_an_undefined_scheme() {
        let mut doc = mini();
        *at(&mut doc, &format!("{LIST_PAGES}/security")) = json!([{"Cookie": []}]);
        assert_fires(
            &doc,
            &format!("{LIST_PAGES}/security/0"),
            "`Cookie` is not defined",
        );
    }
}
