//! The path template and the declared path parameters agree, both ways.

use super::{Context, Problem};
use crate::operations::{effective_parameters, template_names};
use crate::pointer::join;

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    for op in &ctx.operations {
        let in_template = template_names(op.path);
        let declared = effective_parameters(ctx.root, op);
        let declared_path: Vec<_> = declared
            .iter()
            .filter(|p| p.location() == Some("path"))
            .collect();
        for name in &in_template {
            if !declared_path
                .iter()
                .any(|p| p.name() == Some(name.as_str()))
            {
                problems.push(Problem::new(
                    join(&op.pointer(), "parameters"),
                    format!(
                        "{}: `{{{name}}}` is in the path but no path parameter `{name}` is declared",
                        op.label()
                    ),
                ));
            }
        }
        for parameter in &declared_path {
            let name = parameter.name().unwrap_or_default();
            if !in_template.iter().any(|t| t == name) {
                problems.push(Problem::new(
                    parameter.declared_at.clone(),
                    format!(
                        "{}: path parameter `{name}` is not in the path template {}",
                        op.label(),
                        op.path
                    ),
                ));
            }
            if parameter.value.get("required").and_then(|r| r.as_bool()) != Some(true) {
                problems.push(Problem::new(
                    parameter.pointer.clone(),
                    format!("path parameter `{name}` must say `required: true` (OpenAPI rule)"),
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
    fn fires_on_undeclared_and_unused_path_parameters() {
        let mut doc = mini();
        // Drop the `conversation_id` declaration of the tag write.
        at(&mut doc, &format!("{TAGS}/parameters"))
            .as_array_mut()
            .unwrap()
            .remove(2);
        // Declare a path parameter the customers path does not have.
        at(&mut doc, &format!("{LIST_CUSTOMERS}/parameters"))
            .as_array_mut()
            .unwrap()
            .push(json!({"name": "customer_id", "in": "path", "schema": {"type": "string"}}));
        assert_fires(
            &doc,
            &format!("{TAGS}/parameters"),
            "`{conversation_id}` is in the path but no path parameter",
        );
        assert_fires(
            &doc,
            &format!("{LIST_CUSTOMERS}/parameters/4"),
            "path parameter `customer_id` is not in the path template",
        );
        assert_fires(
            &doc,
            &format!("{LIST_CUSTOMERS}/parameters/4"),
            "must say `required: true`",
        );
    }

    #[test]
    fn path_level_parameters_count() {
        let mut doc = mini();
        // The avatar path declares `page_id` at path level; dropping it must fire.
        at(&mut doc, "/paths/~1v1~1pages~1{page_id}~1avatar~1{psid}")
            .as_object_mut()
            .unwrap()
            .remove("parameters");
        assert_fires(
            &doc,
            "/paths/~1v1~1pages~1{page_id}~1avatar~1{psid}/get/parameters",
            "`{page_id}` is in the path",
        );
    }
}
