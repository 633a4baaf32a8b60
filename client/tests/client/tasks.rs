//! The task-level calls and the answer accessors against the in-process mock: each call's effect
//! is read back through the generated operations, so a task call that sent the wrong body or
//! hit the wrong conversation fails here.

use futures::TryStreamExt;
use pancake_client::model::ConversationType;
use pancake_client::{PageClient, types};

async fn conversation(page: &PageClient, id: &str) -> types::Conversation {
    let all: Vec<types::Conversation> = page
        .list_conversations_stream(None, |b| b)
        .try_collect()
        .await
        .unwrap();
    all.into_iter()
        .find(|c| c.id.as_deref() == Some(id))
        .expect("the conversation is listed")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tag_reply_and_read_state_in_one_call_each() {
    let (_server, pancake, first) = crate::common::default_mock().await;
    let page = pancake.page(first.id.clone(), first.page_access_token.clone());
    let inbox: Vec<types::Conversation> = page
        .list_conversations_stream(Some(60), |b| b.type_(ConversationType::Inbox))
        .try_collect()
        .await
        .unwrap();
    let chosen = inbox[0].id.clone().expect("conversations have ids");

    // find_tag: by name, exact after trimming; an unknown name is None, not an error.
    let tags = page.list_tags().execute().await.unwrap().tags;
    let known = tags
        .iter()
        .find(|t| t.id.is_some_and(|id| id > 0) && t.text.is_some())
        .expect("the fixtures have named tags");
    let name = known.text.clone().unwrap();
    let found = page.find_tag(&format!(" {name} ")).await.unwrap();
    assert_eq!(found.as_ref().and_then(|t| t.id), known.id, "{name}");
    assert!(
        page.find_tag("no tag has this name")
            .await
            .unwrap()
            .is_none()
    );

    // add_tag / remove_tag: the answer and a fresh read agree.
    let tag = known.id.unwrap();
    let after_add = page.add_tag(&chosen, tag).await.unwrap();
    assert!(after_add.contains(&tag), "{after_add:?}");
    assert!(conversation(&page, &chosen).await.tag_ids().contains(&tag));
    let after_remove = page.remove_tag(&chosen, tag).await.unwrap();
    assert!(!after_remove.contains(&tag), "{after_remove:?}");
    assert!(!conversation(&page, &chosen).await.tag_ids().contains(&tag));

    // reply_text: the message is in the conversation, and it is the snippet now.
    let text = "Dạ, shop còn size M ạ";
    let sent = page.reply_text(&chosen, text).await.unwrap();
    assert!(sent.id.is_some(), "{sent:?}");
    let messages = page
        .list_messages()
        .conversation_id(chosen.as_str())
        .execute()
        .await
        .unwrap()
        .messages;
    let reply = messages
        .iter()
        .find(|m| m.id == sent.id)
        .expect("the reply is listed");
    assert_eq!(reply.text(), Some(text));
    assert!(reply.inserted_at_utc().is_some(), "{reply:?}");
    let replied = conversation(&page, &chosen).await;
    assert_eq!(replied.last_snippet(), Some(text));
    assert!(replied.updated_at_utc().is_some(), "{replied:?}");
    assert!(replied.customer_name().is_some(), "{replied:?}");

    // mark_unread / mark_read: the conversation's `seen` follows.
    page.mark_unread(&chosen).await.unwrap();
    assert_eq!(conversation(&page, &chosen).await.seen, Some(false));
    page.mark_read(&chosen).await.unwrap();
    assert_eq!(conversation(&page, &chosen).await.seen, Some(true));
}
