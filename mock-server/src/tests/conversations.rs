//! The v2 walk: page sizes, end, filters, order, and what the cursor does while conversations
//! change.

use std::collections::HashSet;

use serde_json::{Value, json};

use super::common::Mock;

fn ids(pages: &[Vec<Value>]) -> Vec<String> {
    pages
        .iter()
        .flatten()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn walk_is_60_60_30_then_empty_newest_first_without_repeats() {
    let m = Mock::new();
    let pages = m.walk(0, "").await;
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [60, 60, 30]);
    let all = ids(&pages);
    assert_eq!(all.iter().collect::<HashSet<_>>().len(), 150);
    let stamps: Vec<&str> = pages
        .iter()
        .flatten()
        .map(|c| c["updated_at"].as_str().unwrap())
        .collect();
    assert!(stamps.windows(2).all(|w| w[0] >= w[1]), "newest first");
}

#[tokio::test]
async fn filters_type_tags_posts_time_and_order() {
    let m = Mock::new();
    let all: Vec<Value> = m.walk(0, "").await.concat();
    let count = |f: &dyn Fn(&Value) -> bool| all.iter().filter(|c| f(c)).count();

    let comments = m.walk(0, "type=COMMENT").await.concat();
    assert_eq!(comments.len(), count(&|c| c["type"] == "COMMENT"));
    assert!(!comments.is_empty());
    // Several types: the live API answers nothing.
    assert!(m.walk(0, "type=INBOX&type=COMMENT").await.is_empty());

    let tagged = m.walk(0, "tags=1,2").await.concat();
    let has = |c: &Value, id: i64| c["tags"].as_array().unwrap().iter().any(|t| t["id"] == id);
    assert_eq!(
        tagged.len(),
        count(&|c| has(c, 1) && has(c, 2)),
        "tags are ANDed"
    );

    let post = comments[0]["post_id"].as_str().unwrap().to_owned();
    let on_post = m.walk(0, &format!("post_ids={post}")).await.concat();
    assert!(!on_post.is_empty() && on_post.iter().all(|c| c["post_id"] == post.as_str()));

    // since/until in seconds filter on updated_at; in milliseconds they give nothing.
    let since: i64 = 1_768_435_200 - 7 * 86_400;
    let recent = m.walk(0, &format!("since={since}")).await.concat();
    assert_eq!(
        recent.len(),
        count(&|c| c["updated_at"].as_str().unwrap() >= "2026-01-08T00:00:00")
    );
    assert!(!recent.is_empty());
    assert!(
        m.walk(0, &format!("since={}", since * 1000))
            .await
            .is_empty()
    );

    let by_insert = m.walk(0, "order_by=inserted_at").await.concat();
    let stamps: Vec<&str> = by_insert
        .iter()
        .map(|c| c["inserted_at"].as_str().unwrap())
        .collect();
    assert!(stamps.windows(2).all(|w| w[0] >= w[1]));
    assert_eq!(by_insert.len(), 150);

    let unread_first = m.walk(0, "unread_first=true").await.concat();
    let flags: Vec<bool> = unread_first.iter().map(|c| c["seen"] == false).collect();
    assert!(
        flags.windows(2).all(|w| w[0] >= w[1]),
        "unread ones come first"
    );
    assert!(flags.contains(&true) && flags.contains(&false));
}

#[tokio::test]
async fn changes_during_a_walk_never_repeat_or_skip_an_unchanged_conversation() {
    let m = Mock::new();
    let all = m.walk(0, "unread_first=true").await.concat();
    let before: HashSet<String> = all
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect();
    let first = m
        .get(&m.url(0, "v2", "conversations", "unread_first=true"))
        .await
        .ok()["conversations"]
        .clone();
    let first = first.as_array().unwrap().clone();
    let mut seen: Vec<String> = first
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect();
    // During the walk: mark read an unread conversation already served (it would move back,
    // behind the cursor), send a message in one not yet served (it moves ahead), tag another.
    // An unread one older than the cursor: once read it sorts after the cursor, where the next
    // pages would meet it again if the walk did not leave changed conversations out.
    let cursor_at = first.last().unwrap()["updated_at"]
        .as_str()
        .unwrap()
        .to_owned();
    let served_unread = first
        .iter()
        .find(|c| c["seen"] == false && c["updated_at"].as_str().unwrap() < cursor_at.as_str())
        .expect("an unread conversation older than the cursor on the first page")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    m.post(
        &m.v1(0, &format!("conversations/{served_unread}/read"), ""),
        json!({}),
    )
    .await
    .ok();
    let later: Vec<String> = all
        .iter()
        .skip(100)
        .filter(|c| c["type"] == "INBOX")
        .take(2)
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect();
    m.post(
        &m.v1(0, &format!("conversations/{}/messages", later[0]), ""),
        json!({"action": "reply_inbox", "message": "Dạ vâng"}),
    )
    .await
    .ok();
    m.post(
        &m.v1(0, &format!("conversations/{}/tags", later[1]), ""),
        json!({"action": "add", "tag_id": 2}),
    )
    .await
    .ok();
    let mut cursor = seen.last().unwrap().clone();
    loop {
        let a = m
            .get(&m.url(
                0,
                "v2",
                "conversations",
                &format!("unread_first=true&last_conversation_id={cursor}"),
            ))
            .await;
        let items = a.ok()["conversations"].as_array().unwrap().clone();
        if items.is_empty() {
            break;
        }
        seen.extend(items.iter().map(|c| c["id"].as_str().unwrap().to_owned()));
        cursor = seen.last().unwrap().clone();
    }
    let unique: HashSet<&String> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len(), "no conversation twice");
    let changed: HashSet<String> = [served_unread, later[0].clone(), later[1].clone()]
        .into_iter()
        .collect();
    for id in before.difference(&changed) {
        assert!(unique.contains(id), "unchanged {id} was skipped");
    }
    for id in &later {
        assert!(
            !unique.contains(id),
            "{id} changed during the walk: not part of it"
        );
    }
}

#[tokio::test]
async fn v1_list_pages_by_number_with_total_and_unknown_cursor_is_refused() {
    let m = Mock::new();
    let p3 = m.get(&m.v1(0, "conversations", "page_number=3")).await;
    assert_eq!(p3.ok()["total"], 150);
    assert_eq!(p3.body["conversations"].as_array().unwrap().len(), 30);
    let bad = m
        .get(&m.url(0, "v2", "conversations", "last_conversation_id=nope"))
        .await;
    let msg = bad.expect_error(axum::http::StatusCode::BAD_REQUEST, 100);
    assert!(msg.contains("last_conversation_id"), "{msg}");
}

#[tokio::test]
async fn messages_walk_by_current_count_ends_on_a_short_page() {
    let m = Mock::new();
    let conv = m
        .walk(0, "")
        .await
        .concat()
        .into_iter()
        .find(|c| c["message_count"].as_i64().unwrap() > 30)
        .unwrap();
    let id = conv["id"].as_str().unwrap();
    let total = conv["message_count"].as_i64().unwrap() as usize;
    let mut got: Vec<Value> = Vec::new();
    loop {
        let a = m
            .get(&m.v1(
                0,
                &format!("conversations/{id}/messages"),
                &format!("current_count={}", got.len()),
            ))
            .await;
        let page = a.ok()["messages"].as_array().unwrap().clone();
        assert!(page.len() <= 30);
        let short = page.len() < 30;
        got.extend(page);
        if short {
            break;
        }
    }
    assert_eq!(got.len(), total, "message_count agrees with the messages");
    assert_eq!(
        got[0]["message"], conv["snippet"],
        "newest message is the snippet"
    );
    let stamps: Vec<&str> = got
        .iter()
        .map(|m| m["inserted_at"].as_str().unwrap())
        .collect();
    assert!(stamps.windows(2).all(|w| w[0] >= w[1]), "newest first");
}
