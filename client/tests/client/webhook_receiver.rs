//! The webhook receiver: answers 200 at once while the handler works, queues in order, drops
//! repeats, refuses what is not an event (400) and a full queue (503).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pancake_client::webhook::Event;
use pancake_client::webhook::receiver::Receiver;
use serde_json::json;
use tokio::sync::Semaphore;

fn event(i: usize) -> serde_json::Value {
    json!({"page_id": "9", "event_type": "connect_status", "request_id": format!("r{i}"),
           "data": {"connect_status": "connected", "page_id": "9"}})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledges_at_once_and_hands_events_over_in_order() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    // The handler is blocked until the test lets it go: answers must not wait for it.
    let gate = Arc::new(Semaphore::new(0));
    let entered = Arc::new(AtomicUsize::new(0));
    let (s, g, n) = (seen.clone(), gate.clone(), entered.clone());
    let app = Receiver::new(move |e: Event| {
        let (s, g, n) = (s.clone(), g.clone(), n.clone());
        async move {
            n.fetch_add(1, Ordering::SeqCst);
            g.acquire().await.unwrap().forget();
            s.lock().unwrap().push(e.request_id().unwrap().to_owned());
        }
    })
    .queue_capacity(4)
    .into_router();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    let http = reqwest::Client::new();
    let post = |body: serde_json::Value| http.post(&url).json(&body).send();

    // The handler stays blocked until the gate opens below: an answer that waited for it would
    // never come, so the bound only turns that hang into a failure (it is no speed check).
    let answered = |i| async move {
        tokio::time::timeout(Duration::from_secs(30), post(event(i)))
            .await
            .expect("the answer waited for the handler")
            .unwrap()
            .status()
    };
    assert_eq!(answered(0).await, 200);
    while entered.load(Ordering::SeqCst) == 0 {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    for i in 1..5 {
        assert_eq!(answered(i).await, 200);
    }
    // A repeat is acknowledged and dropped.
    assert_eq!(post(event(1)).await.unwrap().status(), 200);
    // One event is in the handler, four wait: the queue is full.
    let full = post(event(5)).await.unwrap();
    assert_eq!(full.status(), 503);
    // Not an event: 400 naming what is wrong.
    let bad = post(json!({"page_id": "9"})).await.unwrap();
    assert_eq!(bad.status(), 400);
    assert!(bad.text().await.unwrap().contains("event_type"));

    gate.add_permits(100);
    let start = Instant::now();
    while seen.lock().unwrap().len() < 5 {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the handler never got the events"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // The refused event is taken when it is delivered again.
    assert_eq!(post(event(5)).await.unwrap().status(), 200);
    while seen.lock().unwrap().len() < 6 {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the handler never got the events"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert_eq!(*seen.lock().unwrap(), ["r0", "r1", "r2", "r3", "r4", "r5"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redelivered_message_is_handled_once_whatever_its_request_id() {
    // RECONCILIATION W2: a redelivery may repeat the `request_id` or carry a new one. A bot must
    // answer the message once either way.
    let handled = Arc::new(Mutex::new(Vec::new()));
    let h = handled.clone();
    let app = Receiver::new(move |e: Event| {
        let h = h.clone();
        async move {
            h.lock().unwrap().push(e.request_id().unwrap().to_owned());
        }
    })
    .into_router();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    let http = reqwest::Client::new();
    let message = |request_id: &str, message_id: &str| {
        json!({"page_id": "9", "event_type": "messaging", "request_id": request_id,
               "timestamp": 1_765_875_902,
               "data": {"conversation": {"id": "9_1", "version": 4},
                        "message": {"id": message_id, "message": "Shop ơi còn hàng không?"}}})
    };
    for (request_id, message_id) in [("r1", "m_1"), ("r1", "m_1"), ("r2", "m_1"), ("r3", "m_2")] {
        let answer = http
            .post(&url)
            .json(&message(request_id, message_id))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 200);
    }
    let start = Instant::now();
    while handled.lock().unwrap().len() < 2 {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the handler never ran"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // Give a wrongly taken repeat the time to reach the handler before the final look.
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(*handled.lock().unwrap(), ["r1", "r3"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_mocks_duplicates_are_handled_once_under_either_reading() {
    // The mock duplicates every event, its second copy with the same `request_id` or a new one
    // (RECONCILIATION W2); the receiver hands each customer message to the handler once.
    use pancake_mock::admin::{DuplicateRequestId, FaultConfig, SimulateMessage, SubscribeRequest};
    for mode in [DuplicateRequestId::Same, DuplicateRequestId::New] {
        let server = pancake_mock::start(pancake_mock::MockConfig::default())
            .await
            .expect("the mock starts");
        let admin = server.admin();
        let handled = Arc::new(Mutex::new(Vec::new()));
        let h = handled.clone();
        let app = Receiver::new(move |e: Event| {
            let h = h.clone();
            async move {
                if let Event::Messaging(m) = &e {
                    let id = m.data.message.as_ref().and_then(|m| m.id.clone());
                    h.lock().unwrap().push(id.expect("a message id"));
                }
            }
        })
        .into_router();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        admin
            .set_faults(&FaultConfig {
                seed: 5,
                webhook_duplicate_rate: 1.0,
                webhook_duplicate_request_id: mode,
                ..FaultConfig::default()
            })
            .await
            .unwrap();
        admin
            .subscribe_webhook(&SubscribeRequest {
                url,
                events: Some(vec!["messaging".into()]),
                page_ids: None,
                timeout_ms: None,
            })
            .await
            .unwrap();
        let page_id = server.fixtures().pages[0].id.clone();
        for text in ["Shop ơi", "còn hàng không?", "Shop ơi"] {
            admin
                .simulate_message(&SimulateMessage {
                    page_id: page_id.clone(),
                    text: Some(text.into()),
                    ..SimulateMessage::default()
                })
                .await
                .unwrap();
        }
        admin
            .webhooks_settled(Duration::from_secs(30))
            .await
            .unwrap();
        let subscriptions = admin.webhooks().await.unwrap();
        assert_eq!(subscriptions[0].counters.duplicated, 3, "{mode:?}");
        let start = Instant::now();
        while handled.lock().unwrap().len() < 3 {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "{mode:?}: handler never ran"
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        let ids = handled.lock().unwrap().clone();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!((ids.len(), unique.len()), (3, 3), "{mode:?}: {ids:?}");
    }
}
