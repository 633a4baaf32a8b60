//! The tag-router example against an in-process mock held to a tight rate limit: an inbox
//! conversation matching a rule is tagged and answered, a comment conversation matching one is
//! tagged and its reply refused (the router records it and goes on), and the 429s on the way are
//! waited out.

use futures::TryStreamExt;
use pancake_client::types;

#[path = "../../examples/tag_router.rs"]
#[allow(dead_code)]
mod example;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tag_router_tags_replies_and_records_refusals_through_429s() {
    let (server, pancake, first) = crate::common::default_mock().await;
    let page = pancake.page(first.id.clone(), first.page_access_token.clone());
    let all: Vec<types::Conversation> = page
        .list_conversations()
        .stream()
        .try_collect()
        .await
        .unwrap();
    let with_snippet = |kind: &str| {
        all.iter()
            .find(|c| {
                c.type_.as_ref().is_some_and(|t| t.as_str() == kind)
                    && c.last_snippet().is_some_and(|s| s.len() > 3)
            })
            .cloned()
            .unwrap_or_else(|| panic!("the fixtures have a {kind} conversation with a snippet"))
    };
    let (inbox, comment) = (with_snippet("INBOX"), with_snippet("COMMENT"));
    let tag = page
        .list_tags()
        .execute()
        .await
        .unwrap()
        .tags
        .into_iter()
        .find(|t| t.text.is_some() && t.id.is_some())
        .unwrap();
    let rule = |c: &types::Conversation| example::Rule {
        keyword: c.last_snippet().unwrap().to_owned(),
        tag: tag.text.clone().unwrap(),
        reply: "Dạ, shop đã nhận ạ".into(),
    };
    let missing_tag = example::Rule {
        keyword: String::new(),
        tag: "no such tag".into(),
        reply: String::new(),
    };
    // Tighter than the client's own limiter: the mock answers 429 with Retry-After.
    server
        .admin()
        .set_rate_limit(Some(pancake_mock::RateLimit {
            requests: 2,
            per_seconds: 1,
        }))
        .await
        .unwrap();

    let since = chrono::DateTime::<chrono::Utc>::from_timestamp(0, 0).unwrap();
    let routed = example::route(&page, since, &[rule(&inbox), rule(&comment), missing_tag])
        .await
        .unwrap();

    let (inbox_id, comment_id) = (inbox.id.clone().unwrap(), comment.id.clone().unwrap());
    assert_eq!(routed.walked, all.len());
    assert!(
        routed
            .done
            .contains(&(inbox_id.clone(), tag.text.clone().unwrap())),
        "{routed:?}"
    );
    assert!(
        routed
            .refused
            .iter()
            .any(|(id, why)| *id == comment_id && why.contains("reply_comment")),
        "{routed:?}"
    );
    assert!(
        routed
            .refused
            .iter()
            .any(|(_, why)| why.contains("no such tag")),
        "{routed:?}"
    );
    assert!(routed.unknown.is_empty(), "{routed:?}");
    let journal = server.admin().journal().await.unwrap();
    assert!(
        journal.requests.iter().any(|r| r.status == 429),
        "the rate limit was hit"
    );

    server.admin().set_rate_limit(None).await.unwrap();
    let after: Vec<types::Conversation> = page
        .list_conversations()
        .stream()
        .try_collect()
        .await
        .unwrap();
    let find = |id: &str| after.iter().find(|c| c.id.as_deref() == Some(id)).unwrap();
    assert!(find(&inbox_id).tag_ids().contains(&tag.id.unwrap()));
    assert!(find(&comment_id).tag_ids().contains(&tag.id.unwrap()));
    assert_eq!(find(&inbox_id).last_snippet(), Some("Dạ, shop đã nhận ạ"));
}
