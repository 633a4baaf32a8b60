//! The morning-report example against an in-process mock: its lines are the mock's unread inbox
//! conversations with the names, snippets and tags the raw fields hold, and flagging the oldest
//! one shows in the mock's state.

use futures::{StreamExt, TryStreamExt};
use pancake_client::types;

#[path = "../../examples/morning_report.rs"]
#[allow(dead_code)]
mod example;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_morning_report_lists_unread_inbox_conversations_and_flags_the_oldest() {
    let (_server, pancake, first) = crate::common::default_mock().await;
    let page = pancake.page(first.id.clone(), first.page_access_token.clone());

    let lines = example::morning_report(&page, 300).await.unwrap();

    let all: Vec<types::Conversation> = page
        .list_conversations()
        .stream()
        .take(300)
        .try_collect()
        .await
        .unwrap();
    let unread_inbox: Vec<&types::Conversation> = all
        .iter()
        .filter(|c| {
            c.seen == Some(false) && c.type_.as_ref().is_some_and(|t| t.as_str() == "INBOX")
        })
        .collect();
    assert!(
        !lines.is_empty(),
        "the fixtures have unread inbox conversations"
    );
    assert_eq!(lines.len(), unread_inbox.len());
    assert!(
        lines.windows(2).all(|w| w[0].updated_at >= w[1].updated_at),
        "newest first"
    );
    for line in &lines {
        let raw = unread_inbox
            .iter()
            .find(|c| c.id.as_deref() == Some(line.conversation_id.as_str()))
            .expect("each line is an unread inbox conversation");
        assert_eq!(Some(line.snippet.as_str()), raw.snippet.as_deref());
        assert_eq!(line.tags.len(), raw.tag_ids().len(), "{line:?}");
        assert!(line.updated_at.is_some(), "{line:?}");
        assert_ne!(line.customer, "(no name)", "{line:?}");
    }

    let question = page.find_tag("Câu hỏi").await.unwrap().unwrap().id.unwrap();
    let tags = example::flag_the_oldest(&page, &lines, "Câu hỏi")
        .await
        .unwrap()
        .expect("the page has the tag");
    assert!(tags.contains(&question), "{tags:?}");
    let oldest = &lines.last().unwrap().conversation_id;
    let after: Vec<types::Conversation> = page
        .list_conversations()
        .stream()
        .take(300)
        .try_collect()
        .await
        .unwrap();
    let flagged = after
        .iter()
        .find(|c| c.id.as_ref() == Some(oldest))
        .unwrap();
    assert!(flagged.tag_ids().contains(&question));
    assert_eq!(flagged.seen, Some(false));
    // A tag the page does not have: nothing to do, no error.
    assert!(
        example::flag_the_oldest(&page, &lines, "no such tag")
            .await
            .unwrap()
            .is_none()
    );
}
