//! List streams: the right parameters, exactly the pages needed, no more.

use futures::{StreamExt, TryStreamExt};
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
        .list_conversations()
        .type_(ConversationType::Inbox)
        .since(1_748_390_400_i64)
        .stream()
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
        .list_conversations()
        .stream()
        .take(100)
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
        .list_messages()
        .conversation_id("1_2")
        .stream()
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
        .list_page_customers()
        .since(1_700_000_000_i64)
        .until(1_748_390_400_i64)
        .stream()
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
        futures::StreamExt::collect(stub.page().list_conversations().stream()).await;
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
            .list_sip_call_logs()
            .id("sip-1")
            .stream()
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

/// 250 customers, served `page_size` at a time (the server's default 100), with the total.
fn customers(seen: &Seen, _: usize) -> axum::response::Response {
    let number: usize = seen.param("page_number").unwrap().parse().unwrap();
    let size: usize = seen.param("page_size").unwrap_or("100").parse().unwrap();
    let start = (number - 1) * size;
    let page: Vec<_> = (start..250.min(start + size))
        .map(|i| json!({"id": format!("pc{i}"), "name": "Khách"}))
        .collect();
    json(
        200,
        json!({"success": true, "total": 250, "customers": page}),
    )
}

#[tokio::test]
async fn the_callers_page_size_is_kept_and_a_size_over_the_maximum_is_refused() {
    let stub = Stub::start(customers).await;
    let page = stub.page();
    let request = page
        .list_page_customers()
        .since(1_700_000_000_i64)
        .until(1_748_390_400_i64);
    let all: Vec<_> = request
        .clone()
        .page_size(20_u64)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        all.len(),
        250,
        "20 a page is not taken for a short page of 100"
    );
    let sizes: Vec<_> = stub
        .requests()
        .iter()
        .map(|s| s.param("page_size").unwrap().to_owned())
        .collect();
    assert_eq!(sizes, vec!["20"; 13]);

    // Over the spec's maximum: the guard rail stops the first request.
    let stub = Stub::start(customers).await;
    let page = stub.page();
    let results: Vec<_> = page
        .list_page_customers()
        .since(1_700_000_000_i64)
        .until(1_748_390_400_i64)
        .page_size(500_u64)
        .stream()
        .collect()
        .await;
    assert_eq!(results.len(), 1);
    assert!(
        matches!(
            &results[0],
            Err(pancake_client::Error::GuardRail(
                pancake_client::GuardRail::PageSizeTooLarge {
                    value: 500,
                    max: 100,
                    ..
                }
            ))
        ),
        "{results:?}"
    );
    stub.assert_calls(0);

    // Zero: refused before sending, naming the operation.
    let results: Vec<_> = page
        .list_page_customers()
        .since(1_700_000_000_i64)
        .until(1_748_390_400_i64)
        .page_size(0_u64)
        .stream()
        .collect()
        .await;
    let err = results[0].as_ref().unwrap_err().to_string();
    assert!(
        err.contains("list_page_customers") && err.contains("page_size"),
        "{err}"
    );
    stub.assert_calls(0);
}

#[tokio::test]
async fn a_checkpoint_of_another_operation_or_other_filters_is_an_error_not_a_restart() {
    let stub = Stub::start(|seen, n| {
        if seen.path.contains("customers") {
            customers(seen, n)
        } else {
            conversations(500)(seen, n)
        }
    })
    .await;
    let page = stub.page();
    let mut customer_pages = page
        .list_page_customers()
        .since(1_700_000_000_i64)
        .until(1_748_390_400_i64)
        .pages(None);
    let first = customer_pages.try_next().await.unwrap().unwrap();
    let checkpoint = first.next.expect("250 customers do not fit one page");
    // Through storage and back, as a resumable export keeps it.
    let checkpoint: pancake_client::paginate::Checkpoint =
        serde_json::from_str(&serde_json::to_string(&checkpoint).unwrap()).unwrap();
    stub.assert_calls(1);

    let mut wrong_op = page.list_conversations().pages(Some(checkpoint.clone()));
    let err = wrong_op.try_next().await.unwrap_err();
    assert!(
        matches!(err, pancake_client::Error::CheckpointMismatch { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("list_page_customers"), "{err}");
    assert!(
        wrong_op.next().await.is_none(),
        "the error is the only item"
    );

    let mut other_since = page
        .list_page_customers()
        .since(1_700_000_001_i64)
        .until(1_748_390_400_i64)
        .pages(Some(checkpoint.clone()));
    let err = other_since.try_next().await.unwrap_err();
    assert!(err.to_string().contains("other filters"), "{err}");

    let mut other_size = page
        .list_page_customers()
        .since(1_700_000_000_i64)
        .until(1_748_390_400_i64)
        .page_size(50_u64)
        .pages(Some(checkpoint.clone()));
    let err = other_size.try_next().await.unwrap_err();
    assert!(err.to_string().contains("page size 100"), "{err}");
    stub.assert_calls(1);

    // The same request resumes where the checkpoint left off.
    let rest: Vec<_> = page
        .list_page_customers()
        .since(1_700_000_000_i64)
        .until(1_748_390_400_i64)
        .pages(Some(checkpoint))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rest.iter().map(|p| p.items.len()).sum::<usize>(), 150);
    assert_eq!(stub.requests()[1].param("page_number"), Some("2"));
}

#[tokio::test]
async fn walks_are_unpin_and_send_and_take_filters_borrowed_from_locals() {
    fn unpin_and_send<T: Unpin + Send>(_: &T) {}
    let stub = Stub::start(conversations(130)).await;
    let page = stub.page();
    // A local, borrowed by the request: no `move`, no `'static` closure.
    let since = String::from("1748390400");
    let mut stream = page
        .list_conversations()
        .since(since.parse::<i64>().unwrap())
        .stream();
    unpin_and_send(&stream);
    let mut n = 0;
    // `while let` straight on the stream: no Box::pin.
    while let Some(conversation) = stream.next().await {
        conversation.unwrap();
        n += 1;
    }
    assert_eq!(n, 130);
    let pages = page.list_conversations().pages(None);
    unpin_and_send(&pages);
}
