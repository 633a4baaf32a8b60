//! The mock's own types (schemars) against the spec's component schemas: every field the mock
//! declares is one the spec knows, and what the mock serialises validates against the spec.

use pancake_mock::model::*;
use pancake_mock::{ApiErrorBody, Fixtures};
use schemars::JsonSchema;
use serde_json::Value;

use super::common::Mock;

fn mock_properties<T: JsonSchema>() -> Vec<String> {
    let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
    schema["properties"]
        .as_object()
        .expect("an object schema")
        .keys()
        .cloned()
        .collect()
}

fn spec_properties(component: &str) -> Vec<String> {
    let raw = pancake_mock::spec::tables().spec().raw();
    let schema = &raw["components"]["schemas"][component];
    schema["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("{component} has properties"))
        .keys()
        .cloned()
        .collect()
}

fn assert_fields_known<T: JsonSchema>(component: &str) {
    let spec = spec_properties(component);
    let unknown: Vec<String> = mock_properties::<T>()
        .into_iter()
        .filter(|p| !spec.contains(p))
        .collect();
    assert!(
        unknown.is_empty(),
        "{} fields unknown to the spec's {component}: {unknown:?}",
        std::any::type_name::<T>()
    );
}

#[test]
fn response_types_declare_only_fields_of_the_spec() {
    assert_fields_known::<Conversation>("Conversation");
    assert_fields_known::<Message>("Message");
    assert_fields_known::<Tag>("Tag");
    assert_fields_known::<Customer>("PageCustomer");
    assert_fields_known::<CustomerNote>("CustomerNote");
    assert_fields_known::<User>("PageUser");
    assert_fields_known::<ApiErrorBody>("ApiError");
    assert_fields_known::<Page>("Page");
}

fn validate(component: &str, value: &Value) {
    let validator = pancake_mock::spec::tables().validator();
    if let Err(e) = validator.validate_component(component, value) {
        panic!("{component}: {e}\n{value}");
    }
}

#[test]
fn served_values_validate_against_the_spec_components() {
    let m = Mock::new();
    let store = m.state.read();
    for page in &store.pages {
        validate("Page", &serde_json::to_value(&page.page).unwrap());
        for c in &page.conversations {
            validate("Conversation", &serde_json::to_value(c).unwrap());
        }
        for c in &page.customers {
            validate("PageCustomer", &serde_json::to_value(c).unwrap());
        }
        for p in &page.posts {
            validate("Post", &serde_json::to_value(p).unwrap());
        }
        for l in &page.call_logs {
            validate("CallLog", &serde_json::to_value(l).unwrap());
        }
        for u in page.users.iter().chain(&page.disabled_users) {
            validate("PageUser", &serde_json::to_value(u).unwrap());
        }
        for t in &page.tags {
            validate("Tag", &serde_json::to_value(t).unwrap());
        }
    }
    for i in 0..store.pages[0].conversations.len().min(40) {
        for message in store.messages(0, i).iter() {
            validate("Message", &serde_json::to_value(message).unwrap());
        }
    }
}

#[tokio::test]
async fn the_fixture_format_is_published_as_json_schema() {
    let m = Mock::new();
    let schema = m.get("/__admin/fixtures/schema").await;
    let props = schema.ok()["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect::<Vec<_>>();
    assert_eq!(props, mock_properties::<Fixtures>());
    assert!(props.contains(&"pages".to_owned()) && props.contains(&"access_token".to_owned()));
}
