//! Every `x-pancake-unit` names a known unit and sits on an integer value (a parameter whose
//! schema is an integer, or an integer schema).

use serde_json::Value;

use super::{Context, Problem};
use crate::extensions::{TimeUnit, UNIT_KEY};
use crate::pointer::{self, join, join_index};

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    walk(ctx.root, ctx.root, "", problems);
}

/// The `type` of the value a unit describes: the parameter's schema, or the schema itself.
fn described_type<'a>(root: &'a Value, owner: &'a Value) -> Option<&'a str> {
    let is_parameter = owner.get("in").is_some() && owner.get("name").is_some();
    let schema = if is_parameter {
        pointer::resolve(root, owner.get("schema")?, "").ok()?.0
    } else {
        owner
    };
    match schema.get("type")? {
        Value::String(t) => Some(t),
        Value::Array(types) => types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null"),
        _ => None,
    }
}

fn walk(root: &Value, value: &Value, at: &str, problems: &mut Vec<Problem>) {
    match value {
        Value::Object(object) => {
            if let Some(unit) = object.get(UNIT_KEY) {
                let unit_at = join(at, UNIT_KEY);
                if serde_json::from_value::<TimeUnit>(unit.clone()).is_err() {
                    problems.push(Problem::new(
                        unit_at.clone(),
                        format!(
                            "unknown unit {unit}: use unix-seconds, unix-milliseconds or \
                             unix-microseconds"
                        ),
                    ));
                }
                let described = described_type(root, value);
                if described != Some("integer") {
                    problems.push(Problem::new(
                        unit_at,
                        format!(
                            "a unit marks an integer time value, but this value's type is {}",
                            described.map_or("not given".to_owned(), |t| format!("`{t}`"))
                        ),
                    ));
                }
            }
            for (key, child) in object {
                if key != "example" && key != UNIT_KEY {
                    walk(root, child, &join(at, key), problems);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(root, item, &join_index(at, i), problems);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use serde_json::json;

    #[test]
    fn fires_on_an_unknown_unit() {
        let mut doc = mini();
        let since = format!("{LIST_CONVERSATIONS}/parameters/4/x-pancake-unit");
        *at(&mut doc, &since) = json!("seconds");
        assert_fires(&doc, &since, "unknown unit \"seconds\"");
    }

    #[test]
    fn fires_on_a_unit_on_a_non_integer() {
        let mut doc = mini();
        *at(
            &mut doc,
            &format!("{LIST_CONVERSATIONS}/parameters/4/schema/type"),
        ) = json!("string");
        *at(
            &mut doc,
            "/components/schemas/TagWriteResponse/properties/timestamp/type",
        ) = json!("number");
        assert_fires(
            &doc,
            &format!("{LIST_CONVERSATIONS}/parameters/4/x-pancake-unit"),
            "this value's type is `string`",
        );
        assert_fires(
            &doc,
            "/components/schemas/TagWriteResponse/properties/timestamp/x-pancake-unit",
            "this value's type is `number`",
        );
    }
}
