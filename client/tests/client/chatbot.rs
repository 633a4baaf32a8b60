//! The chatbot example against an in-process mock: a customer's message is simulated through the
//! admin API, the mock delivers the webhook to the bot, the bot answers through `PageClient`,
//! and the answer is in the conversation's messages.

use std::time::{Duration, Instant};

use pancake_mock::admin::{SimulateMessage, SubscribeRequest};

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

    let admin = server.admin();
    admin
        .subscribe_webhook(&SubscribeRequest {
            url: bot_url,
            page_ids: Some(vec![first.id.clone()]),
            ..SubscribeRequest::default()
        })
        .await
        .unwrap();
    let text = "Shop ơi áo này còn không ạ?";
    let conversation = admin
        .simulate_message(&SimulateMessage {
            page_id: first.id.clone(),
            customer_name: Some("Mai".into()),
            text: Some(text.into()),
            ..SimulateMessage::default()
        })
        .await
        .unwrap()
        .conversation_id;

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
