//! Every `x-pancake-unit` names a known unit.

use serde_json::Value;

use super::{Context, Problem};
use crate::extensions::{TimeUnit, UNIT_KEY};
use crate::pointer::{join, join_index};

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    walk(ctx.root, "", problems);
}

fn walk(value: &Value, at: &str, problems: &mut Vec<Problem>) {
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                let child_at = join(at, key);
                if key == UNIT_KEY && serde_json::from_value::<TimeUnit>(child.clone()).is_err() {
                    problems.push(Problem::new(
                        child_at.clone(),
                        format!(
                            "unknown unit {child}: use unix-seconds, unix-milliseconds or \
                             unix-microseconds"
                        ),
                    ));
                }
                if key != "example" {
                    walk(child, &child_at, problems);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, &join_index(at, i), problems);
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
}
