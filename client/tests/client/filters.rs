//! Filters typed as the API takes them, and the builder traps they close: one conversation
//! `type`, tag ids as a list, times as time values (sent as Unix seconds), a required parameter
//! left unset named together with its operation, and `execute()` as the one way to send.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use pancake_client::model::ConversationType;
use pancake_client::{Error, GuardRail};
use serde_json::json;

use crate::common::*;

const SINCE: i64 = 1_748_390_400;
const UNTIL: i64 = 1_748_476_800;

#[tokio::test]
async fn filters_go_on_the_wire_as_the_api_takes_them() {
    let stub = Stub::start(|_, _| json(200, json!({"success": true, "conversations": []}))).await;
    let since = chrono::DateTime::from_timestamp(SINCE, 0).unwrap();
    let until = UNIX_EPOCH + Duration::from_secs(UNTIL as u64) + Duration::from_millis(999);
    stub.page()
        .list_conversations()
        .type_(ConversationType::Inbox)
        .tags([1, 4])
        .since(since)
        .until(until)
        .execute()
        .await
        .unwrap();
    let seen = &stub.requests()[0];
    assert_eq!(seen.params("type"), ["INBOX"]);
    assert_eq!(seen.params("tags"), ["1,4"]);
    assert_eq!(seen.param("since"), Some(SINCE.to_string().as_str()));
    assert_eq!(seen.param("until"), Some(UNTIL.to_string().as_str()));
    // No tag ids: no `tags` parameter at all, rather than an empty one.
    stub.page()
        .list_conversations()
        .tags(Vec::<i64>::new())
        .execute()
        .await
        .unwrap();
    assert!(stub.requests()[1].param("tags").is_none());
}

#[tokio::test]
async fn a_repeated_one_value_filter_is_refused_before_it_is_sent() {
    // `type_` takes one value, so only a raw call can repeat it; the guard rail covers those.
    let stub = Stub::start(|_, _| json(200, json!({"success": true, "conversations": []}))).await;
    let page = stub.page();
    let params = [("type".to_owned(), "INBOX,COMMENT".to_owned())].into();
    let err = page
        .call(
            pancake_client::operations::id::LIST_CONVERSATIONS,
            params,
            None,
        )
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::GuardRail(GuardRail::OneValueOnly { param, count: 2, .. }) if param == "type"),
        "{err:?}"
    );
    stub.assert_calls(0);
}

#[tokio::test]
async fn a_missing_required_parameter_is_named_with_its_operation() {
    let stub = Stub::start(|_, _| json(200, json!({"success": true}))).await;
    let err = stub
        .page()
        .list_page_customers()
        .since(SystemTime::now() - Duration::from_secs(86_400))
        .page_number(1_u64)
        .execute()
        .await
        .unwrap_err();
    let shown = err.to_string();
    assert!(matches!(err, Error::InvalidRequest { .. }), "{err:?}");
    assert!(shown.contains("list_page_customers"), "{shown}");
    assert!(shown.contains("`until`"), "{shown}");
    assert!(shown.contains(".until(..)"), "{shown}");
    stub.assert_calls(0);
}

#[tokio::test]
async fn a_time_before_1970_or_past_i64_is_an_error_naming_the_parameter() {
    let stub = Stub::start(|_, _| json(200, json!({"success": true, "conversations": []}))).await;
    let err = stub
        .page()
        .list_conversations()
        .until(u64::MAX)
        .execute()
        .await
        .unwrap_err();
    let shown = err.to_string();
    assert!(shown.contains("list_conversations"), "{shown}");
    assert!(shown.contains("`until`"), "{shown}");
    stub.assert_calls(0);
}
