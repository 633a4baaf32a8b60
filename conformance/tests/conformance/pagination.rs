//! Pagination properties: for random fixtures and filters, a full walk returns exactly the
//! filtered set, in the documented order, within the documented page size, without duplicates,
//! ending as the spec's `x-pancake-pagination` says.

use std::collections::BTreeSet;

use pancake_conformance::walk::walk_with;
use proptest::prelude::*;
use serde_json::{Value, json};

use pancake_conformance::properties::verdict::{newest_first, no_duplicates, page_sizes};

use crate::common::{
    Mock, Options, config, ids, in_range, micros, range_from, runtime, start, text,
};

/// The tag ids of the generated fixtures.
const TAG_IDS: [i64; 7] = [-99, 0, 1, 2, 3, 4, 5];

#[derive(Debug, Clone)]
struct ConversationFilter {
    kind: Option<&'static str>,
    tags: Vec<i64>,
    order_by: Option<&'static str>,
    unread_first: bool,
    range: Option<(u16, u16)>,
}

fn conversation_filter() -> impl Strategy<Value = ConversationFilter> {
    (
        prop_oneof![Just(None), Just(Some("INBOX")), Just(Some("COMMENT"))],
        proptest::sample::subsequence(TAG_IDS.to_vec(), 0..=2),
        prop_oneof![
            Just(None),
            Just(Some("updated_at")),
            Just(Some("inserted_at"))
        ],
        any::<bool>(),
        proptest::option::of((0u16..=1000, 0u16..=1000)),
    )
        .prop_map(
            |(kind, tags, order_by, unread_first, range)| ConversationFilter {
                kind,
                tags,
                order_by,
                unread_first,
                range,
            },
        )
}

fn tag_ids(conversation: &Value) -> Vec<i64> {
    conversation["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t.as_i64().or_else(|| t["id"].as_i64()))
        .collect()
}

/// The time the filter and the order use.
fn order_time(conversation: &Value, order_by: Option<&str>) -> i64 {
    let field = order_by.unwrap_or("updated_at");
    micros(&conversation[field]).unwrap_or(i64::MIN)
}

struct Expected {
    /// Must be served.
    must: BTreeSet<String>,
    /// May be served (differs from `must` only on the time bounds).
    may: BTreeSet<String>,
}

fn expected(mock: &Mock, f: &ConversationFilter, range: Option<(i64, i64)>) -> Expected {
    let mut must = BTreeSet::new();
    let mut may = BTreeSet::new();
    for c in mock.list(0, "conversations") {
        let kind_ok = f.kind.is_none_or(|k| c["type"] == k);
        let tags = tag_ids(&c);
        let tags_ok = f.tags.iter().all(|t| tags.contains(t));
        if !(kind_ok && tags_ok) {
            continue;
        }
        let t = order_time(&c, f.order_by);
        let (strict, loose) = match range {
            None => (true, true),
            Some((since, until)) => (
                in_range(t, since, until, false),
                in_range(t, since, until, true),
            ),
        };
        if strict {
            must.insert(text(&c["id"]));
        }
        if loose {
            may.insert(text(&c["id"]));
        }
    }
    Expected { must, may }
}

fn conversation_range(mock: &Mock, f: &ConversationFilter) -> Option<(i64, i64)> {
    let times: Vec<i64> = mock
        .list(0, "conversations")
        .iter()
        .map(|c| order_time(c, f.order_by) / 1_000_000)
        .collect();
    let lo = times.iter().min().copied().unwrap_or(0) - 1;
    let hi = times.iter().max().copied().unwrap_or(0) + 1;
    f.range.map(|(a, b)| range_from(lo, hi, a, b))
}

fn filter_call(
    mock: &Mock,
    f: &ConversationFilter,
    range: Option<(i64, i64)>,
) -> pancake_conformance::http::Call {
    let mut call = mock.call(0);
    if let Some(k) = f.kind {
        call = call.query("type", k);
    }
    if !f.tags.is_empty() {
        let joined: Vec<String> = f.tags.iter().map(i64::to_string).collect();
        call = call.query("tags", joined.join(","));
    }
    if let Some(o) = f.order_by {
        call = call.query("order_by", o);
    }
    if f.unread_first {
        call = call.query("unread_first", true);
    }
    if let Some((since, until)) = range {
        call = call.query("since", since).query("until", until);
    }
    call
}

proptest! {
    #![proptest_config(config(24))]

    /// v2 cursor walk over a still page: exactly the filtered set, in order, pages of at most
    /// 60, ending on an empty page.
    #[test]
    fn v2_cursor_walk_returns_exactly_the_filtered_set(
        seed in any::<u64>(),
        n in 0usize..200,
        f in conversation_filter(),
    ) {
        runtime().block_on(async {
            let mock = start(&Options::new(seed, n)).await;
            let range = conversation_range(&mock, &f);
            let call = filter_call(&mock, &f, range);
            let walk = mock.walker.walk(&mock.op("list_conversations"), &call, None).await
                .map_err(|e| e.to_string())?;
            page_sizes(&walk.pages, 60)?;
            let items = walk.items();
            no_duplicates(&items)?;
            let served: BTreeSet<String> = ids(items.iter().copied(), "id").into_iter().collect();
            let e = expected(&mock, &f, range);
            let missing: Vec<_> = e.must.difference(&served).collect();
            let extra: Vec<_> = served.difference(&e.may).collect();
            if !missing.is_empty() || !extra.is_empty() {
                return Err(format!("filter {f:?} range {range:?}: missing {missing:?}, not matching {extra:?}"));
            }
            newest_first(&items, f.order_by.unwrap_or("updated_at"), f.unread_first)
        }).map_err(TestCaseError::fail)?;
    }

    /// v2 cursor walk while conversations change: nothing served twice, every conversation
    /// that matched and stayed unchanged is served, nothing outside the filter is served.
    #[test]
    fn v2_cursor_walk_keeps_its_guarantees_under_writes(
        seed in any::<u64>(),
        n in 61usize..200,
        touches in proptest::collection::vec((any::<proptest::sample::Index>(), any::<bool>()), 1..12),
    ) {
        runtime().block_on(async {
            let mock = start(&Options::new(seed, n)).await;
            let f = ConversationFilter { kind: None, tags: vec![], order_by: None, unread_first: false, range: None };
            let all = mock.list(0, "conversations");
            let inbox: Vec<String> = all.iter().filter(|c| c["type"] == "INBOX").map(|c| text(&c["id"])).collect();
            let every: Vec<String> = all.iter().map(|c| text(&c["id"])).collect();
            let mut touched = BTreeSet::new();
            let send = mock.op("send_message");
            let tag = mock.op("update_conversation_tags");
            let mut plan = touches.into_iter();
            let walk = walk_with(&mock.walker, &mock.op("list_conversations"), &mock.call(0), None, |_| {
                let step = plan.next();
                let mut chosen = None;
                if let Some((index, message)) = step {
                    let pool = if message && !inbox.is_empty() { &inbox } else { &every };
                    if !pool.is_empty() {
                        chosen = Some((pool[index.index(pool.len())].clone(), message && !inbox.is_empty()));
                    }
                }
                if let Some((id, _)) = &chosen {
                    touched.insert(id.clone());
                }
                let (client, base) = (mock.walker.client.clone(), mock.base_url.clone());
                let (send, tag, page) = (send.clone(), tag.clone(), mock.call(0));
                async move {
                    let Some((id, message)) = chosen else { return };
                    let call = page.path("conversation_id", id);
                    let (op, call) = if message {
                        (&send, call.json(json!({"action": "reply_inbox", "message": "mid-walk"})))
                    } else {
                        (&tag, call.json(json!({"action": "add", "tag_id": 3})))
                    };
                    let r = pancake_conformance::http::send(&client, &base, op, &call).await;
                    assert!(r.is_ok_and(|r| r.status == 200), "the mid-walk write was refused");
                }
            }).await.map_err(|e| e.to_string())?;
            page_sizes(&walk.pages, 60)?;
            no_duplicates(&walk.items())?;
            let served: BTreeSet<String> = ids(walk.items(), "id").into_iter().collect();
            let everyone: BTreeSet<String> = every.iter().cloned().collect();
            let untouched: BTreeSet<String> = everyone.difference(&touched).cloned().collect();
            let skipped: Vec<_> = untouched.difference(&served).collect();
            let unknown: Vec<_> = served.difference(&everyone).collect();
            let _ = f;
            if skipped.is_empty() && unknown.is_empty() {
                Ok(())
            } else {
                Err(format!("unchanged conversations skipped: {skipped:?}; served conversations that never existed: {unknown:?}"))
            }
        }).map_err(TestCaseError::fail)?;
    }

    /// Messages by `current_count`: every message once, newest first, pages of at most 30,
    /// ending on a short page.
    #[test]
    fn messages_walk_by_current_count(seed in any::<u64>(), pick in any::<proptest::sample::Index>()) {
        runtime().block_on(async {
            let mock = start(&Options::new(seed, 20)).await;
            let conversations = mock.list(0, "conversations");
            let c = &conversations[pick.index(conversations.len())];
            let call = mock.call(0).path("conversation_id", text(&c["id"]));
            let walk = mock.walker.walk(&mock.op("list_messages"), &call, None).await.map_err(|e| e.to_string())?;
            let (last, before) = walk.pages.split_last().ok_or("no page")?;
            if last.len() >= 30 || before.iter().any(|p| p.len() != 30) {
                let sizes: Vec<usize> = walk.pages.iter().map(Vec::len).collect();
                return Err(format!("pages of {sizes:?}: full pages of 30, then one short page"));
            }
            let items = walk.items();
            no_duplicates(&items)?;
            let served = ids(items.iter().copied(), "id");
            if let Some(count) = c["message_count"].as_u64()
                && count as usize != served.len()
            {
                return Err(format!("message_count {count} but the walk served {}", served.len()));
            }
            if let Some(m) = items.iter().find(|m| m["conversation_id"] != c["id"]) {
                return Err(format!("message {} belongs to {}", m["id"], m["conversation_id"]));
            }
            newest_first(&items, "inserted_at", false)
        }).map_err(TestCaseError::fail)?;
    }

    /// The page-numbered lists and the export offset: every item in the range once, pages
    /// within the asked size, totals equal to the set.
    #[test]
    fn numbered_and_offset_walks_return_exactly_the_range(
        seed in any::<u64>(),
        n in 0usize..150,
        customers_size in 1u32..=100,
        posts_size in 1u32..=30,
        logs_size in 1u32..=30,
        a in 0u16..=1000,
        b in 0u16..=1000,
        post_type in prop_oneof![Just(None), Just(Some("video")), Just(Some("photo")), Just(Some("text")), Just(Some("livestream"))],
    ) {
        runtime().block_on(async {
            let mock = start(&Options::new(seed, n)).await;
            let epoch = mock.epoch_secs();
            let (since, until) = range_from(epoch - 400 * 86_400, epoch + 86_400, a, b);
            let within = |field: &str, items: Vec<Value>| -> (BTreeSet<String>, BTreeSet<String>, Vec<Value>) {
                let mut must = BTreeSet::new();
                let mut may = BTreeSet::new();
                for i in &items {
                    let t = micros(&i[field]).unwrap_or(i64::MIN);
                    if in_range(t, since, until, false) { must.insert(i.to_string()); }
                    if in_range(t, since, until, true) { may.insert(i.to_string()); }
                }
                (must, may, items)
            };
            // Customers (by inserted_at, the default order_by).
            let call = mock.call(0).query("since", since).query("until", until);
            let walk = mock.walker.walk(&mock.op("list_page_customers"), &call, Some(customers_size)).await.map_err(|e| e.to_string())?;
            let (must, may, fixtures) = within("inserted_at", mock.list(0, "customers"));
            compare("list_page_customers", &walk, customers_size as usize, &must, &may, &fixtures, "id")?;
            // Posts, optionally of one type.
            let mut call = mock.call(0).query("since", since).query("until", until);
            let mut posts = mock.list(0, "posts");
            if let Some(t) = post_type {
                call = call.query("type", t);
                posts.retain(|p| p["type"] == t);
            }
            let walk = mock.walker.walk(&mock.op("list_posts"), &call, Some(posts_size)).await.map_err(|e| e.to_string())?;
            let (must, may, fixtures) = within("inserted_at", posts);
            compare("list_posts", &walk, posts_size as usize, &must, &may, &fixtures, "id")?;
            // Export of conversations from ads (offset, 60 per call).
            let call = mock.call(0).query("since", since).query("until", until).query("action", "conversations_from_ads");
            let walk = mock.walker.walk(&mock.op("export_conversations_from_ads"), &call, None).await.map_err(|e| e.to_string())?;
            let from_ads: Vec<Value> = mock.list(0, "conversations").into_iter()
                .filter(|c| c["ad_ids"].as_array().is_some_and(|a| !a.is_empty())).collect();
            let (must, may, fixtures) = within("inserted_at", from_ads);
            compare("export_conversations_from_ads", &walk, 60, &must, &may, &fixtures, "id")?;
            // v1 conversations: all of them, by page number.
            let walk = mock.walker.walk(&mock.op("list_conversations_v1"), &mock.call(0), None).await.map_err(|e| e.to_string())?;
            let all = mock.list(0, "conversations");
            let every: BTreeSet<String> = all.iter().map(Value::to_string).collect();
            compare("list_conversations_v1", &walk, 60, &every, &every, &all, "id")?;
            // SIP call logs of the page's package.
            let logs = mock.list(0, "call_logs");
            if let Some(package) = logs.first().map(|l| text(&l["sip_package_id"])) {
                let call = mock.call(0).query("id", package.clone());
                let walk = mock.walker.walk(&mock.op("list_sip_call_logs"), &call, Some(logs_size)).await.map_err(|e| e.to_string())?;
                let mine: Vec<Value> = logs.into_iter().filter(|l| text(&l["sip_package_id"]) == package).collect();
                let every: BTreeSet<String> = mine.iter().map(Value::to_string).collect();
                compare("list_sip_call_logs", &walk, logs_size as usize, &every, &every, &mine, "call_id")?;
            }
            Ok::<(), String>(())
        }).map_err(TestCaseError::fail)?;
    }
}

/// Compares a walk with the fixture items expected (`must` and `may` hold whole fixture items
/// as JSON text; they are matched to served items by `id_field`).
fn compare(
    op: &str,
    walk: &pancake_conformance::walk::Walk,
    size: usize,
    must: &BTreeSet<String>,
    may: &BTreeSet<String>,
    fixtures: &[Value],
    id_field: &str,
) -> Result<(), String> {
    page_sizes(&walk.pages, size).map_err(|e| format!("{op}: {e}"))?;
    no_duplicates(&walk.items()).map_err(|e| format!("{op}: {e}"))?;
    let served = ids(walk.items(), id_field);
    let id_of = |json: &String| {
        fixtures
            .iter()
            .find(|f| &f.to_string() == json)
            .map(|f| text(&f[id_field]))
            .unwrap_or_default()
    };
    let must: BTreeSet<String> = must.iter().map(id_of).collect();
    let may: BTreeSet<String> = may.iter().map(id_of).collect();
    let served: BTreeSet<String> = served.into_iter().collect();
    let missing: Vec<_> = must.difference(&served).collect();
    let extra: Vec<_> = served.difference(&may).collect();
    if !missing.is_empty() || !extra.is_empty() {
        return Err(format!(
            "{op}: missing {missing:?}; served but outside the range {extra:?}"
        ));
    }
    for total in walk.totals.iter().flatten() {
        let t = *total as usize;
        if t < must.len() || t > may.len() {
            return Err(format!(
                "{op}: total {t} but {} to {} items match",
                must.len(),
                may.len()
            ));
        }
    }
    Ok(())
}
