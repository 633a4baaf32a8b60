//! Every operation has an `operationId`, unique and snake_case (it becomes the client's method
//! name, and progenitor refuses a document without one).

use std::collections::HashMap;

use super::{Context, Problem};
use crate::pointer::join;

/// `list_conversations`, `get_ads_statistics_v2`: lower-case words joined by single underscores.
pub(crate) fn is_snake_case(id: &str) -> bool {
    let mut words = id.split('_');
    let first_ok = words
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(|c| c.is_ascii_lowercase());
    first_ok
        && id.split('_').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    let mut first_seen: HashMap<&str, String> = HashMap::new();
    for op in &ctx.operations {
        let at = join(&op.pointer(), "operationId");
        let Some(id) = op.operation_id() else {
            problems.push(Problem::new(
                at,
                format!(
                    "{} has no operationId: give it a unique snake_case one \
                     (progenitor refuses operations without)",
                    op.label()
                ),
            ));
            continue;
        };
        if !is_snake_case(id) {
            problems.push(Problem::new(
                at.clone(),
                format!("operationId `{id}` is not snake_case (lower-case words joined by `_`)"),
            ));
        }
        match first_seen.get(id) {
            Some(first) => problems.push(Problem::new(
                at,
                format!("operationId `{id}` is already used at {first}: ids must be unique"),
            )),
            None => {
                first_seen.insert(id, at);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::is_snake_case;
    use serde_json::json;

    #[test]
    fn snake_case_is_recognised() {
        assert!(is_snake_case("list_conversations_v1"));
        assert!(!is_snake_case("listConversations"));
        assert!(!is_snake_case("list__pages"));
        assert!(!is_snake_case("_list"));
        assert!(!is_snake_case("1list"));
        assert!(!is_snake_case(""));
    }

    #[test]
    fn fires_on_missing_repeated_and_camel_case_ids() {
        let mut doc = mini();
        // serde_json sorts paths: the tag write comes before the customers list.
        *at(&mut doc, &format!("{LIST_CUSTOMERS}/operationId")) = json!("update_conversation_tags");
        assert_fires(
            &doc,
            &format!("{LIST_CUSTOMERS}/operationId"),
            &format!("already used at {TAGS}/operationId"),
        );

        let mut doc = mini();
        *at(&mut doc, &format!("{TAGS}/operationId")) = json!("updateConversationTags");
        at(&mut doc, LIST_CONVERSATIONS)
            .as_object_mut()
            .unwrap()
            .remove("operationId");
        assert_fires(&doc, &format!("{TAGS}/operationId"), "not snake_case");
        assert_fires(
            &doc,
            &format!("{LIST_CONVERSATIONS}/operationId"),
            "GET /public_api/v2/pages/{page_id}/conversations has no operationId",
        );
    }
}
