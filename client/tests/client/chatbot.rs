//! The chatbot example against an in-process mock: a customer's message is simulated through the
//! admin API, the mock delivers the webhook to the bot, the bot answers through `PageClient`,
//! and the answer is in the conversation's messages.

use std::time::{Duration, Instant};

use serde_json::json;

#[path = "../../examples/chatbot.rs"]
#[allow(dead_code)]
mod example;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_chatbot_answers_a_customer_through_the_mock() {
    let (server, pancake, first) = crate::common::default_mock().await;
    let page = pancake.page(first.id.clone(), first.page_access_token.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let bot_url = format!("http://{}/", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, example::bot(page)).await });

    let admin = reqwest::Client::new();
    let root = server.root_url();
    let subscribed = admin
        .put(format!("{root}/__admin/webhooks"))
        .json(&json!({"url": bot_url, "page_ids": [first.id]}))
        .send()
        .await
        .unwrap();
    assert!(subscribed.status().is_success());
    let text = "Shop ơi áo này còn không ạ?";
    let written: serde_json::Value = admin
        .post(format!("{root}/__admin/simulate/message"))
        .json(&json!({"page_id": first.id, "customer_name": "Mai", "text": text}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let conversation = written["conversation_id"].as_str().unwrap().to_owned();

    let page = pancake.page(first.id.clone(), first.page_access_token.clone());
    let expected = example::answer(text);
    let started = Instant::now();
    loop {
        let messages = page
            .list_messages()
            .conversation_id(conversation.as_str())
            .execute()
            .await
            .unwrap()
            .messages;
        let texts: Vec<Option<String>> = messages.iter().map(|m| m.message.clone()).collect();
        if texts.contains(&Some(expected.clone())) {
            assert!(texts.contains(&Some(text.to_owned())), "{texts:?}");
            // Exactly one answer: the bot's own message came back as an event and was skipped.
            tokio::time::sleep(Duration::from_millis(300)).await;
            let again = page
                .list_messages()
                .conversation_id(conversation.as_str())
                .execute()
                .await
                .unwrap()
                .messages;
            assert_eq!(again.len(), 2, "the customer's message and one answer");
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no answer from the bot: {texts:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
