//! `x-pancake-pagination` is complete and agrees with the operation it describes.

use super::shapes::{array_items, find_property, is_array, ok_schemas};
use super::{Context, Problem};
use crate::extensions::{self, PAGINATION_KEY, Pagination, PaginationEnd, PaginationKind};
use crate::operations::{RawOperation, effective_parameters};
use crate::pointer::join;

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    for op in &ctx.operations {
        let at = join(&op.pointer(), PAGINATION_KEY);
        match extensions::read::<Pagination>(op.value, PAGINATION_KEY) {
            Ok(None) => {}
            Ok(Some(pagination)) => check_one(ctx, op, &pagination, &at, problems),
            Err(err) => problems.push(Problem::new(at, format!("{}: {err}", op.label()))),
        }
    }
}

fn check_one(
    ctx: &Context<'_>,
    op: &RawOperation<'_>,
    p: &Pagination,
    at: &str,
    problems: &mut Vec<Problem>,
) {
    let label = op.label();
    let mut fire = |key: &str, reason: String| {
        let pointer = if key.is_empty() {
            at.to_owned()
        } else {
            join(at, key)
        };
        problems.push(Problem::new(pointer, format!("{label}: {reason}")));
    };
    let is_cursor = p.kind == PaginationKind::Cursor;
    let is_page_number = p.kind == PaginationKind::PageNumber;
    // Keys each kind needs, and keys that only make sense for another kind.
    if is_cursor != p.cursor_field.is_some() {
        fire(
            "cursor_field",
            if is_cursor {
                "kind cursor needs `cursor_field` (the item field the next cursor comes from)"
                    .into()
            } else {
                "`cursor_field` only applies to kind cursor".into()
            },
        );
    }
    if is_page_number != p.first_page.is_some() {
        fire(
            "first_page",
            if is_page_number {
                "kind page_number needs `first_page` (the number of the first page)".into()
            } else {
                "`first_page` only applies to kind page_number".into()
            },
        );
    }
    if p.size_param.is_some() && !is_page_number {
        fire(
            "size_param",
            "`size_param` only applies to kind page_number".into(),
        );
    }
    if p.size_param.is_some() != p.max_page_size.is_some() {
        fire(
            "max_page_size",
            "`size_param` and `max_page_size` go together (the parameter and its documented maximum)"
                .into(),
        );
    }
    if (p.end == PaginationEnd::Total) != p.total_field.is_some() {
        fire(
            "total_field",
            if p.end == PaginationEnd::Total {
                "`end: total` needs `total_field` (the response property with the total count)"
                    .into()
            } else {
                "`total_field` only applies to `end: total`".into()
            },
        );
    }
    if p.page_size == 0 {
        fire("page_size", "must be at least 1".into());
    }
    if let Some(max) = p.max_page_size
        && p.page_size > max
    {
        fire(
            "page_size",
            format!("{} is over max_page_size {max}", p.page_size),
        );
    }

    // Parameters the walk sends must be declared.
    let parameters = effective_parameters(ctx.root, op);
    let declared = |name: &str| parameters.iter().find(|q| q.name() == Some(name));
    match declared(&p.param) {
        None => fire(
            "param",
            format!("`{}` is not a declared parameter of the operation", p.param),
        ),
        Some(param) if is_cursor && param.value.get("required") == Some(&true.into()) => fire(
            "param",
            format!(
                "cursor parameter `{}` must be optional: the first call goes without it",
                p.param
            ),
        ),
        Some(_) => {}
    }
    if let Some(size_param) = &p.size_param {
        match declared(size_param) {
            None => fire(
                "size_param",
                format!("`{size_param}` is not a declared parameter of the operation"),
            ),
            Some(param) => {
                let maximum = param
                    .value
                    .get("schema")
                    .and_then(|s| crate::pointer::resolve(ctx.root, s, "").ok())
                    .and_then(|(s, _)| s.get("maximum"))
                    .and_then(serde_json::Value::as_u64);
                if let (Some(maximum), Some(max)) = (maximum, p.max_page_size)
                    && maximum != u64::from(max)
                {
                    fire(
                        "max_page_size",
                        format!(
                            "{max} disagrees with the `maximum: {maximum}` of parameter \
                             `{size_param}`"
                        ),
                    );
                }
            }
        }
    }

    // The response must have what the walk reads.
    let schemas = ok_schemas(ctx, op);
    if schemas.is_empty() {
        fire(
            "",
            "the operation has no JSON 200 response to paginate".into(),
        );
        return;
    }
    for (schema, _) in schemas {
        match find_property(ctx.root, schema, &p.items) {
            None => fire(
                "items",
                format!("the 200 schema has no property `{}`", p.items),
            ),
            Some(items) if !is_array(ctx.root, items) => fire(
                "items",
                format!("property `{}` of the 200 schema is not an array", p.items),
            ),
            Some(items) => {
                if let Some(field) = &p.cursor_field {
                    let item = array_items(ctx.root, items);
                    if item
                        .and_then(|i| find_property(ctx.root, i, field))
                        .is_none()
                    {
                        fire(
                            "cursor_field",
                            format!("the items of `{}` have no property `{field}`", p.items),
                        );
                    }
                }
            }
        }
        if let Some(alias) = &p.items_alias
            && !find_property(ctx.root, schema, alias).is_some_and(|a| is_array(ctx.root, a))
        {
            fire(
                "items_alias",
                format!("the 200 schema has no array property `{alias}`"),
            );
        }
        if let Some(total) = &p.total_field
            && find_property(ctx.root, schema, total).is_none()
        {
            fire(
                "total_field",
                format!("the 200 schema has no property `{total}`"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use serde_json::json;

    fn pagination(op: &str) -> String {
        format!("{op}/x-pancake-pagination")
    }

    #[test]
    fn fires_on_missing_keys_per_kind() {
        let mut doc = mini();
        let p = pagination(LIST_CONVERSATIONS);
        at(&mut doc, &p)
            .as_object_mut()
            .unwrap()
            .remove("cursor_field");
        let c = pagination(LIST_CUSTOMERS);
        let customers = at(&mut doc, &c).as_object_mut().unwrap();
        customers.remove("first_page");
        customers.remove("total_field");
        customers.remove("max_page_size");
        assert_fires(
            &doc,
            &format!("{p}/cursor_field"),
            "kind cursor needs `cursor_field`",
        );
        assert_fires(
            &doc,
            &format!("{c}/first_page"),
            "kind page_number needs `first_page`",
        );
        assert_fires(
            &doc,
            &format!("{c}/total_field"),
            "`end: total` needs `total_field`",
        );
        assert_fires(&doc, &format!("{c}/max_page_size"), "go together");
    }

    #[test]
    fn fires_on_keys_of_another_kind_and_malformed_values() {
        let mut doc = mini();
        let p = pagination(LIST_CONVERSATIONS);
        *at(&mut doc, &format!("{p}/end")) = json!("never");
        assert_fires(&doc, &p, "unknown variant `never`");

        let mut doc = mini();
        at(&mut doc, &p)
            .as_object_mut()
            .unwrap()
            .insert("first_page".into(), json!(1));
        assert_fires(
            &doc,
            &format!("{p}/first_page"),
            "only applies to kind page_number",
        );
    }

    #[test]
    fn fires_when_items_are_not_an_array_property_of_the_200_schema() {
        let mut doc = mini();
        let p = pagination(LIST_CONVERSATIONS);
        *at(&mut doc, &format!("{p}/items")) = json!("threads");
        assert_fires(&doc, &format!("{p}/items"), "no property `threads`");
        *at(&mut doc, &format!("{p}/items")) = json!("success");
        assert_fires(
            &doc,
            &format!("{p}/items"),
            "`success` of the 200 schema is not an array",
        );
    }

    #[test]
    fn fires_when_parameters_are_undeclared_or_the_cursor_is_required() {
        let mut doc = mini();
        let c = pagination(LIST_CUSTOMERS);
        *at(&mut doc, &format!("{c}/param")) = json!("page");
        *at(&mut doc, &format!("{c}/size_param")) = json!("limit");
        assert_fires(
            &doc,
            &format!("{c}/param"),
            "`page` is not a declared parameter",
        );
        assert_fires(
            &doc,
            &format!("{c}/size_param"),
            "`limit` is not a declared parameter",
        );

        let mut doc = mini();
        at(&mut doc, &format!("{LIST_CONVERSATIONS}/parameters/2"))
            .as_object_mut()
            .unwrap()
            .insert("required".into(), json!(true));
        assert_fires(
            &doc,
            &format!("{}/param", pagination(LIST_CONVERSATIONS)),
            "must be optional",
        );
    }

    #[test]
    fn fires_when_total_or_cursor_fields_are_absent_or_the_maximum_disagrees() {
        let mut doc = mini();
        let c = pagination(LIST_CUSTOMERS);
        *at(&mut doc, &format!("{c}/total_field")) = json!("count");
        *at(&mut doc, &format!("{c}/max_page_size")) = json!(50);
        assert_fires(&doc, &format!("{c}/total_field"), "no property `count`");
        assert_fires(
            &doc,
            &format!("{c}/max_page_size"),
            "disagrees with the `maximum: 100`",
        );
        assert_fires(
            &doc,
            &format!("{c}/page_size"),
            "100 is over max_page_size 50",
        );

        let mut doc = mini();
        let p = pagination(LIST_CONVERSATIONS);
        *at(&mut doc, &format!("{p}/cursor_field")) = json!("conversation_id");
        assert_fires(
            &doc,
            &format!("{p}/cursor_field"),
            "no property `conversation_id`",
        );
    }
}
