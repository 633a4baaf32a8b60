//! Property: whatever writes happen between the pages of a v2 walk, in any order mode, the walk
//! returns no conversation twice and every conversation left unchanged during it.

use std::collections::HashSet;

use proptest::prelude::*;
use serde_json::{Value, json};

use super::common::Mock;

#[derive(Debug, Clone)]
enum Write {
    Read(usize),
    Unread(usize),
    Send(usize),
    Tag(usize, i64),
}

fn write() -> impl Strategy<Value = Write> {
    prop_oneof![
        (0..150usize).prop_map(Write::Read),
        (0..150usize).prop_map(Write::Unread),
        (0..150usize).prop_map(Write::Send),
        (0..150usize, 0..6i64).prop_map(|(i, t)| Write::Tag(i, t)),
    ]
}

const MODES: [&str; 4] = [
    "",
    "unread_first=true",
    "order_by=inserted_at",
    "order_by=inserted_at&unread_first=true",
];

async fn run(mode: &str, writes: Vec<(usize, Write)>) -> Result<(), String> {
    let m = Mock::new();
    let all: Vec<Value> = m.walk(0, mode).await.concat();
    let ids: Vec<String> = all
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect();
    let mut changed = HashSet::new();
    let mut seen: Vec<String> = Vec::new();
    let mut cursor: Option<String> = None;
    for page in 0.. {
        for (_, w) in writes.iter().filter(|(at, _)| *at == page) {
            let (i, path, body) = match w {
                Write::Read(i) => (*i, "read", json!({})),
                Write::Unread(i) => (*i, "unread", json!({})),
                Write::Send(i) => (
                    *i,
                    "messages",
                    json!({"action": "reply_inbox", "message": "Dạ"}),
                ),
                Write::Tag(i, t) => (*i, "tags", json!({"action": "add", "tag_id": t})),
            };
            let id = &ids[i];
            let a = m
                .post(&m.v1(0, &format!("conversations/{id}/{path}"), ""), body)
                .await;
            if a.status.is_success() && a.body["success"] != false {
                changed.insert(id.clone());
            }
        }
        let q = match &cursor {
            Some(c) => format!("{mode}&last_conversation_id={c}"),
            None => mode.to_owned(),
        };
        let a = m
            .get(&m.url(0, "v2", "conversations", q.trim_start_matches('&')))
            .await;
        let items = a.ok()["conversations"].as_array().unwrap().clone();
        if items.is_empty() {
            break;
        }
        seen.extend(items.iter().map(|c| c["id"].as_str().unwrap().to_owned()));
        cursor = seen.last().cloned();
    }
    let unique: HashSet<&String> = seen.iter().collect();
    if unique.len() != seen.len() {
        return Err(format!(
            "{} conversations returned twice",
            seen.len() - unique.len()
        ));
    }
    for id in &ids {
        if !changed.contains(id) && !unique.contains(id) {
            return Err(format!("unchanged {id} skipped"));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn walks_survive_concurrent_writes(mode in 0..MODES.len(), writes in proptest::collection::vec((0..4usize, write()), 0..12)) {
        let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let outcome = rt.block_on(run(MODES[mode], writes));
        prop_assert!(outcome.is_ok(), "{}", outcome.unwrap_err());
    }
}
