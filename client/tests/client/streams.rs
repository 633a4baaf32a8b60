//! List streams: the right parameters, exactly the pages needed, no more.

use futures::TryStreamExt;
use pancake_client::model::ConversationType;
use serde_json::json;

use crate::common::*;

/// `n` conversations, newest first, served 60 at a time after `last_conversation_id`.
fn conversations(n: usize) -> impl Fn(&Seen, usize) -> axum::response::Response {
    move |seen, _| {
        let start = match seen.param("last_conversation_id") {
            Some(last) => last.trim_start_matches("c").parse::<usize>().unwrap() + 1,
            None => 0,
        };
        let page: Vec<_> = (start..n.min(start + 60))
            .map(|i| json!({"id": format!("c{i}"), "page_id": PAGE, "type": if i % 7 == 0 { "WHATSAPP_GROUP" } else { "INBOX" }}))
            .collect();
        json(200, json!({"success": true, "conversations": page}))
    }
}

#[tokio::test]
async fn v2_conversations_walk_to_the_empty_page_and_keep_filters() {
    let stub = Stub::start(conversations(130)).await;
    let page = stub.page();
    let all: Vec<_> = page
        .list_conversations_stream(None, |b| {
            b.type_(ConversationType::Inbox).since(1_748_390_400_i64)
        })
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 130);
    // A type the spec does not list decodes instead of failing the page.
    assert_eq!(
        all[7].type_,
        Some(ConversationType::Other("WHATSAPP_GROUP".into()))
    );
    let seen = stub.requests();
    assert_eq!(seen.len(), 4, "60 + 60 + 10, then the empty page");
    let cursors: Vec<_> = seen
        .iter()
        .map(|s| s.param("last_conversation_id"))
        .collect();
    assert_eq!(cursors, [None, Some("c59"), Some("c119"), Some("c129")]);
    assert!(
        seen.iter()
            .all(|s| s.param("type") == Some("INBOX") && s.param("since") == Some("1748390400"))
    );
}

#[tokio::test]
async fn a_limit_stops_the_walk_without_fetching_past_it() {
    let stub = Stub::start(conversations(1000)).await;
    let some: Vec<_> = stub
        .page()
        .list_conversations_stream(Some(100), |b| b)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(some.len(), 100);
    stub.assert_calls(2);
}

#[tokio::test]
async fn messages_walk_by_current_count_until_a_short_page() {
    let stub = Stub::start(|seen, _| {
        let fetched: usize = seen.param("current_count").unwrap_or("0").parse().unwrap();
        let page: Vec<_> = (fetched..75.min(fetched + 30))
            .map(|i| json!({"id": format!("m_{i}"), "message": "Dạ", "inserted_at": "2023-12-26T08:44:29.000000"}))
            .collect();
        json(200, json!({"success": true, "conversation_id": "1_2", "messages": page}))
    })
    .await;
    let messages: Vec<_> = stub
        .page()
        .list_messages_stream(None, |b| b.conversation_id("1_2"))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(messages.len(), 75);
    let counts: Vec<_> = stub
        .requests()
        .iter()
        .map(|s| s.param("current_count").map(str::to_owned))
        .collect();
    assert_eq!(
        counts,
        [
            Some("0".to_owned()),
            Some("30".to_owned()),
            Some("60".to_owned())
        ]
    );
}

#[tokio::test]
async fn customers_walk_by_page_number_at_the_maximum_size_and_stop_at_the_total() {
    let stub = Stub::start(|seen, _| {
        let number: usize = seen.param("page_number").unwrap().parse().unwrap();
        let size: usize = seen.param("page_size").unwrap().parse().unwrap();
        let start = (number - 1) * size;
        let page: Vec<_> = (start..250.min(start + size))
            .map(|i| json!({"id": format!("pc{i}"), "name": "Khách"}))
            .collect();
        json(
            200,
            json!({"success": true, "total": 250, "customers": page}),
        )
    })
    .await;
    let customers: Vec<_> = stub
        .page()
        .list_page_customers_stream(None, |b| {
            b.since(1_700_000_000_i64).until(1_748_390_400_i64)
        })
        .try_collect()
        .await
        .unwrap();
    assert_eq!(customers.len(), 250);
    let seen = stub.requests();
    let pages: Vec<_> = seen
        .iter()
        .map(|s| {
            (
                s.param("page_number").unwrap(),
                s.param("page_size").unwrap(),
            )
        })
        .collect();
    assert_eq!(pages, [("1", "100"), ("2", "100"), ("3", "100")]);
}

#[tokio::test]
async fn an_error_ends_the_stream_after_the_items_before_it() {
    let stub = Stub::start(|seen, _| {
        if seen.param("last_conversation_id").is_some() {
            json(
                200,
                json!({"success": false, "error_code": 102, "message": "Invalid access_token"}),
            )
        } else {
            conversations(500)(seen, 0)
        }
    })
    .await;
    let results: Vec<_> =
        futures::StreamExt::collect(stub.page().list_conversations_stream(None, |b| b)).await;
    assert_eq!(results.len(), 61);
    assert!(results[..60].iter().all(Result::is_ok));
    assert!(matches!(
        results[60],
        Err(pancake_client::Error::Unauthorized { .. })
    ));
    stub.assert_calls(2);
}

/// Call logs: 45 calls, 30 a page, under `key` (`call_logs` as seed 000 shows, or `data` as the
/// official document says; the spec's `items_alias`).
fn call_logs_under(key: &'static str) -> impl Fn(&Seen, usize) -> axum::response::Response {
    move |seen, _| {
        let number: usize = seen.param("page_number").unwrap().parse().unwrap();
        let size: usize = seen.param("page_size").unwrap().parse().unwrap();
        let page: Vec<_> = ((number - 1) * size..45.min(number * size))
            .map(|i| json!({"call_id": format!("call-{i}"), "duration": 12}))
            .collect();
        json(200, json!({"success": true, key: page}))
    }
}

#[tokio::test]
async fn the_call_log_stream_reads_call_logs_or_data_whichever_the_answer_holds() {
    for key in ["call_logs", "data"] {
        let stub = Stub::start(call_logs_under(key)).await;
        let calls: Vec<_> = stub
            .page()
            .list_sip_call_logs_stream(None, |b| b.id("sip-1"))
            .try_collect()
            .await
            .unwrap();
        assert_eq!(calls.len(), 45, "items under `{key}`");
        assert_eq!(calls[44].call_id.as_deref(), Some("call-44"), "{key}");
        stub.assert_calls(2);
    }
}

#[tokio::test]
async fn the_raw_call_log_walk_reads_data_too() {
    let stub = Stub::start(call_logs_under("data")).await;
    let page = stub.page();
    let params = [("id".to_owned(), "sip-1".to_owned())]
        .into_iter()
        .collect();
    let calls: Vec<serde_json::Value> = page
        .call_stream("list_sip_call_logs", params, None)
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(calls.len(), 45);
    assert_eq!(calls[0]["call_id"], "call-0");
}
