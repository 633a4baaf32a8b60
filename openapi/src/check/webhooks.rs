//! `x-webhooks` (the events Pancake POSTs to a registered URL) is complete enough for the client,
//! the mock and the tests to rely on: each event's body is a `$ref` to a component schema whose
//! `event_type` admits exactly the event's name, each event carries an example (validated by the
//! `examples` check), and `x-pancake-webhook-delivery` is present and usable.

use serde_json::Value;

use super::{Context, Problem};
use crate::extensions::{self, WEBHOOK_DELIVERY_KEY, WEBHOOKS_KEY, WebhookDelivery};
use crate::pointer::join;

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    let Some(webhooks) = ctx.root.get(WEBHOOKS_KEY) else {
        return;
    };
    let at = join("", WEBHOOKS_KEY);
    let Some(webhooks) = webhooks.as_object() else {
        problems.push(Problem::new(at, "must map event types to path items"));
        return;
    };
    for (event_type, item) in webhooks {
        event(ctx, event_type, item, &join(&at, event_type), problems);
    }
    delivery(ctx.root, problems);
}

fn event(ctx: &Context<'_>, event_type: &str, item: &Value, at: &str, problems: &mut Vec<Problem>) {
    // `join` escapes `/`, so the media type's pointer is spelled out.
    let media_at = format!("{at}/post/requestBody/content/application~1json");
    let Some(media) = item.pointer("/post/requestBody/content/application~1json") else {
        problems.push(Problem::new(
            join(at, "post"),
            format!(
                "event `{event_type}` needs a `post` with an `application/json` request body \
                 (Pancake POSTs JSON)"
            ),
        ));
        return;
    };
    let reference = media
        .pointer("/schema/$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"));
    let Some(schema_name) = reference else {
        problems.push(Problem::new(
            join(&media_at, "schema"),
            format!(
                "event `{event_type}`: the body schema must be a `$ref` to a named component \
                 schema (the client generates its type from it)"
            ),
        ));
        return;
    };
    let schema_at = join("/components/schemas", schema_name);
    // A dangling `$ref` is reported by the `refs` check.
    if let Some(schema) = ctx.root.pointer(&schema_at) {
        let allowed = schema.pointer("/properties/event_type/enum");
        if allowed != Some(&Value::Array(vec![Value::from(event_type)])) {
            problems.push(Problem::new(
                join(&join(&schema_at, "properties"), "event_type"),
                format!(
                    "the payload of event `{event_type}` must declare `event_type` with \
                     `enum: [{event_type}]`, so a payload cannot be read as another event"
                ),
            ));
        }
    }
    if media.get("example").is_none() && media.get("examples").is_none() {
        problems.push(Problem::new(
            media_at,
            format!("event `{event_type}` has no example payload"),
        ));
    }
}

fn delivery(root: &Value, problems: &mut Vec<Problem>) {
    let at = join("", WEBHOOK_DELIVERY_KEY);
    match extensions::read::<WebhookDelivery>(root, WEBHOOK_DELIVERY_KEY) {
        Ok(None) => problems.push(Problem::new(
            at,
            format!(
                "`{WEBHOOKS_KEY}` needs `{WEBHOOK_DELIVERY_KEY}` (method, success, at_least_once, \
                 suspension) beside it: the mock delivers and suspends by it"
            ),
        )),
        Err(err) => problems.push(Problem::new(at, err.to_string())),
        Ok(Some(rules)) => {
            let s = &rules.suspension;
            if s.window_seconds == 0
                || s.min_failures == 0
                || !(0.0..1.0).contains(&s.min_error_rate_exclusive)
            {
                problems.push(Problem::new(
                    join(&at, "suspension"),
                    "window_seconds and min_failures must be positive and \
                     min_error_rate_exclusive within [0, 1)",
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use serde_json::{Value, json};

    fn with_webhook(event_enum: Value, example: bool) -> Value {
        let mut doc = mini();
        doc["components"]["schemas"]["PingEvent"] = json!({
            "type": "object",
            "properties": {"event_type": {"type": "string", "enum": event_enum}}
        });
        let mut media = json!({"schema": {"$ref": "#/components/schemas/PingEvent"}});
        if example {
            media["example"] = json!({"event_type": "ping"});
        }
        doc["x-webhooks"] = json!({"ping": {"post": {
            "requestBody": {"content": {"application/json": media}},
            "responses": {"200": {"description": "ok"}}
        }}});
        doc["x-pancake-webhook-delivery"] = json!({
            "method": "POST", "success": "2xx", "at_least_once": true,
            "suspension": {"window_seconds": 1800, "min_error_rate_exclusive": 0.8, "min_failures": 300}
        });
        doc
    }

    #[test]
    fn a_complete_webhook_passes() {
        let doc = with_webhook(json!(["ping"]), true);
        assert_eq!(problems(&doc), vec![]);
    }

    #[test]
    fn fires_on_a_wrong_event_type_a_missing_example_or_delivery() {
        let doc = with_webhook(json!(["ping", "pong"]), false);
        assert_fires(
            &doc,
            "/components/schemas/PingEvent/properties/event_type",
            "enum: [ping]",
        );
        assert_fires(
            &doc,
            "/x-webhooks/ping/post/requestBody/content/application~1json",
            "no example",
        );
        let mut doc = with_webhook(json!(["ping"]), true);
        doc.as_object_mut()
            .unwrap()
            .remove("x-pancake-webhook-delivery");
        assert_fires(&doc, "/x-pancake-webhook-delivery", "needs");
        let mut doc = with_webhook(json!(["ping"]), true);
        doc["x-pancake-webhook-delivery"]["suspension"]["min_failures"] = json!(0);
        assert_fires(
            &doc,
            "/x-pancake-webhook-delivery/suspension",
            "must be positive",
        );
    }

    #[test]
    fn fires_on_an_inline_body_schema() {
        let mut doc = with_webhook(json!(["ping"]), true);
        doc["x-webhooks"]["ping"]["post"]["requestBody"]["content"]["application/json"]["schema"] =
            json!({"type": "object"});
        assert_fires(
            &doc,
            "/x-webhooks/ping/post/requestBody/content/application~1json/schema",
            "named component",
        );
    }
}
