//! Tolerant decoding: the spec's examples (the seed payloads) and the shapes the live API sends
//! that a strict reading would reject.

use pancake_client::model::ConversationType;
use pancake_client::operations::{OPERATIONS, decode_answer};
use pancake_client::types;
use serde_json::{Value, json};

fn spec() -> Value {
    serde_norway::from_str(pancake_openapi::SPEC_YAML).expect("openapi/pancake.yaml is YAML")
}

fn resolve<'a>(root: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(r) => root
            .pointer(r.trim_start_matches('#'))
            .expect("a local $ref"),
        None => value,
    }
}

#[test]
fn every_example_of_the_spec_decodes_with_the_generated_types() {
    let root = spec();
    let mut decoded = Vec::new();
    let mut failures = Vec::new();
    for op in OPERATIONS {
        let item = &root["paths"][op.path][op.method.as_str().to_ascii_lowercase()];
        let Some(ok) = item["responses"].get("200") else {
            continue;
        };
        let media = &resolve(&root, ok)["content"]["application/json"];
        let mut examples: Vec<(String, Value)> = media
            .get("examples")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(name, ex)| (name.clone(), resolve(&root, ex)["value"].clone()))
            .collect();
        if let Some(example) = media.get("example") {
            examples.push(("example".into(), example.clone()));
        }
        for (name, value) in examples {
            let body = serde_json::to_vec(&value).unwrap();
            match decode_answer(op.id, &body) {
                Some(Ok(_)) => decoded.push(format!("{}:{name}", op.id)),
                Some(Err(e)) => failures.push(format!("{}:{name}: {e}", op.id)),
                None => failures.push(format!("{}:{name}: no decoder", op.id)),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "examples that do not decode:\n{}",
        failures.join("\n")
    );
    assert!(
        decoded.len() >= 15,
        "only {} examples found: {decoded:?}",
        decoded.len()
    );
}

#[test]
fn new_values_unknown_fields_and_naive_timestamps_do_not_break_a_page() {
    let body = json!({
        "success": true,
        "brand_new_top_level_field": {"x": 1},
        "conversations": [
            {
                "id": "110699180573884_2810250135746666",
                "type": "WHATSAPP_GROUP",
                "inserted_at": "2020-07-11T09:02:30",
                "updated_at": "2023-12-26T08:44:29.000000",
                "tags": [{"id": -99, "text": "Spam", "color": "#000000", "lighten_color": "#cccccc"}, null, 5],
                "some_future_field": [1, 2, 3],
                "customers": [{"id": "c1", "fb_id": "2810250135746666", "name": "Quyết Nguyễn", "new": true}]
            },
            {"id": "246_135", "type": "COMMENT", "post_id": "256469571178082_135", "updated_at": "2024-12-25T11:06:07Z"}
        ]
    });
    let bytes = serde_json::to_vec(&body).unwrap();
    let decoded = decode_answer("list_conversations", &bytes)
        .expect("a decoder")
        .expect("the page decodes");
    let page: types::ListConversationsResponse = serde_json::from_value(decoded).unwrap();
    assert_eq!(page.conversations.len(), 2);
    assert_eq!(
        page.conversations[0].type_,
        Some(ConversationType::Other("WHATSAPP_GROUP".into()))
    );
    assert_eq!(
        page.conversations[0].updated_at.as_deref(),
        Some("2023-12-26T08:44:29.000000")
    );
    assert_eq!(page.conversations[0].tags.len(), 3);
    assert_eq!(page.conversations[1].type_, Some(ConversationType::Comment));
}

#[test]
fn tag_ids_and_write_answers_decode() {
    let answer =
        json!({"data": [1, 5, -99], "success": true, "timestamp": 1_703_580_269_000_000_i64});
    let bytes = serde_json::to_vec(&answer).unwrap();
    decode_answer("update_conversation_tags", &bytes)
        .unwrap()
        .unwrap();
    let tags = json!({"tags": [{"id": -99, "text": "Spam", "color": "#000000", "lighten_color": "#d9bfe2"}]});
    decode_answer("list_tags", &serde_json::to_vec(&tags).unwrap())
        .unwrap()
        .unwrap();
}
