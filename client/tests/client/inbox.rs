//! The inbox example against an in-process mock: it finds inbox conversations, tags one and
//! replies, and the mock's state shows both.

use futures::TryStreamExt;

#[path = "../../examples/inbox.rs"]
#[allow(dead_code)]
mod example;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_inbox_example_tags_and_replies_through_the_mock() {
    let (_server, pancake, first) = crate::common::default_mock().await;
    let page = pancake.page(first.id.clone(), first.page_access_token.clone());

    let outcome = example::work_the_inbox(&page).await.unwrap();

    assert!(outcome.inbox > 0, "{outcome:?}");
    assert!(outcome.unread <= outcome.inbox, "{outcome:?}");
    // The tag call's answer lists the new tag, and a fresh read of the conversation agrees.
    let tag = *outcome.tags.last().expect("the conversation has a tag");
    let conversations: Vec<_> = page
        .list_conversations()
        .stream()
        .try_collect()
        .await
        .unwrap();
    let conversation = conversations
        .iter()
        .find(|c| c.id.as_deref() == Some(outcome.conversation_id.as_str()))
        .expect("the tagged conversation is listed");
    let tag_ids = conversation.tag_ids();
    assert!(tag_ids.contains(&tag), "{tag_ids:?} lacks {tag}");
    assert_eq!(conversation.last_snippet(), Some(outcome.reply.as_str()));
}
