//! The task-level calls and the answer accessors against the in-process mock: each call's effect
//! is read back through the generated operations, so a task call that sent the wrong body or
//! hit the wrong conversation fails here.

use futures::{StreamExt, TryStreamExt};
use pancake_client::model::ConversationType;
use pancake_client::{PageClient, types};

async fn conversation(page: &PageClient, id: &str) -> types::Conversation {
    let all: Vec<types::Conversation> = page
        .list_conversations()
        .stream()
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
        .list_conversations()
        .type_(ConversationType::Inbox)
        .stream()
        .take(60)
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
    let reply = listed(&page, &chosen, &sent.id).await;
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn assign_and_reply_with_attachments_in_one_call_each() {
    let (_server, pancake, first) = crate::common::default_mock().await;
    let page = pancake.page(first.id.clone(), first.page_access_token.clone());
    let chosen = page
        .list_conversations()
        .type_(ConversationType::Inbox)
        .stream()
        .take(1)
        .try_collect::<Vec<_>>()
        .await
        .unwrap()[0]
        .id
        .clone()
        .unwrap();

    // assign: the answer and a fresh read carry exactly the users given.
    let users = page.list_users().execute().await.unwrap().users;
    let staff = users[0].id.clone().expect("the fixtures' users have ids");
    let assigned = page.assign(&chosen, [staff.as_str()]).await.unwrap();
    assert_eq!(assigned.assignee_ids, std::slice::from_ref(&staff));
    assert_eq!(conversation(&page, &chosen).await.assignee_ids, [staff]);
    let unassigned = page.assign(&chosen, Vec::<String>::new()).await.unwrap();
    assert!(unassigned.assignee_ids.is_empty(), "{unassigned:?}");

    // reply_with_attachments: two uploads, one message carrying both.
    let files = [
        pancake_client::Upload::new(&b"\x89PNG chart"[..], "chart.png", "image/png"),
        pancake_client::Upload::new(&b"\x89PNG photo"[..], "photo.png", "image/png"),
    ];
    let sent = page.reply_with_attachments(&chosen, files).await.unwrap();
    let reply = listed(&page, &chosen, &sent.id).await;
    assert_eq!(reply.attachments.len(), 2, "{reply:?}");
}

/// The message `id` as the conversation's message list shows it.
async fn listed(page: &PageClient, conversation: &str, id: &Option<String>) -> types::Message {
    page.list_messages()
        .conversation_id(conversation)
        .execute()
        .await
        .unwrap()
        .messages
        .into_iter()
        .find(|m| &m.id == id)
        .expect("the reply is listed")
}
