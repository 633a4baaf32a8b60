//! Model-based testing of the writes: random sequences of tag add/remove, read/unread, assign,
//! send message and note add/edit/delete, applied to a reference model and to the mock. After
//! every step the tag endpoint lists exactly the model's tags, and what the list endpoints
//! return equals the model.
//!
//! Hand-rolled rather than `proptest-state-machine`: the model is small, a sequence is a plain
//! `Vec<Op>` that proptest shrinks by dropping and simplifying steps, and the system under test
//! is async.

use std::collections::{BTreeMap, BTreeSet};

use pancake_conformance::http::{self, Call, RawResponse};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Value, json};

use crate::common::{Mock, Options, config, runtime, start, text};

const TAG_IDS: [i64; 7] = [-99, 0, 1, 2, 3, 4, 5];
const TEXTS: [&str; 4] = [
    "Dạ vâng ạ",
    "Shop gửi hàng hôm nay",
    "ok",
    "Cảm ơn bạn nhé!",
];

#[derive(Debug, Clone)]
enum Op {
    Tag {
        conversation: Index,
        tag: i64,
        add: bool,
        as_string: bool,
    },
    Read(Index),
    Unread(Index),
    Assign {
        conversation: Index,
        users: Vec<Index>,
    },
    Send {
        conversation: Index,
        text: usize,
    },
    AddNote {
        customer: Index,
        text: usize,
    },
    EditNote {
        note: Index,
        text: usize,
    },
    DeleteNote {
        note: Index,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let text = 0..TEXTS.len();
    prop_oneof![
        3 => (any::<Index>(), proptest::sample::select(TAG_IDS.to_vec()), any::<bool>(), any::<bool>())
            .prop_map(|(conversation, tag, add, as_string)| Op::Tag { conversation, tag, add, as_string }),
        1 => any::<Index>().prop_map(Op::Read),
        1 => any::<Index>().prop_map(Op::Unread),
        1 => (any::<Index>(), proptest::collection::vec(any::<Index>(), 0..3))
            .prop_map(|(conversation, users)| Op::Assign { conversation, users }),
        1 => (any::<Index>(), text.clone()).prop_map(|(conversation, text)| Op::Send { conversation, text }),
        1 => (any::<Index>(), text.clone()).prop_map(|(customer, text)| Op::AddNote { customer, text }),
        1 => (any::<Index>(), text).prop_map(|(note, text)| Op::EditNote { note, text }),
        1 => any::<Index>().prop_map(|note| Op::DeleteNote { note }),
    ]
}

/// What the model knows of one conversation.
#[derive(Debug, Clone, PartialEq)]
struct Conv {
    kind: String,
    tags: BTreeSet<i64>,
    assignees: BTreeSet<String>,
    /// `None` after a page reply: the spec does not say whether replying marks it read.
    seen: Option<bool>,
    message_count: Option<u64>,
    snippet: Option<String>,
}

/// The reference model.
#[derive(Debug, Clone, Default)]
struct Model {
    conversations: BTreeMap<String, Conv>,
    /// Customer id -> live notes (id, text), oldest first.
    notes: BTreeMap<String, Vec<(String, String)>>,
    users: Vec<String>,
}

fn tag_ids(value: &Value) -> BTreeSet<i64> {
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t.as_i64().or_else(|| t["id"].as_i64()))
        .collect()
}

fn strings(value: &Value) -> BTreeSet<String> {
    value.as_array().into_iter().flatten().map(text).collect()
}

impl Model {
    fn from_fixtures(mock: &Mock) -> Model {
        let conversations = mock
            .list(0, "conversations")
            .iter()
            .map(|c| {
                let conv = Conv {
                    kind: text(&c["type"]),
                    tags: tag_ids(&c["tags"]),
                    assignees: strings(&c["assignee_ids"]),
                    seen: c["seen"].as_bool(),
                    message_count: c["message_count"].as_u64(),
                    snippet: c["snippet"].as_str().map(str::to_owned),
                };
                (text(&c["id"]), conv)
            })
            .collect();
        let notes = mock
            .list(0, "customers")
            .iter()
            .map(|c| {
                let live = c["notes"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|n| n["removed_at"].is_null())
                    .map(|n| (text(&n["id"]), text(&n["message"])))
                    .collect();
                (text(&c["id"]), live)
            })
            .collect();
        let users = mock
            .list(0, "users")
            .iter()
            .map(|u| text(&u["id"]))
            .collect();
        Model {
            conversations,
            notes,
            users,
        }
    }

    fn all_notes(&self) -> Vec<(String, String)> {
        self.notes
            .iter()
            .flat_map(|(customer, notes)| {
                notes
                    .iter()
                    .map(move |(id, _)| (customer.clone(), id.clone()))
            })
            .collect()
    }
}

struct Harness<'a> {
    mock: &'a Mock,
    client: reqwest::Client,
    since_until: (i64, i64),
}

impl Harness<'_> {
    async fn send(&self, op: &str, call: &Call) -> Result<RawResponse, String> {
        let operation = self.mock.op(op);
        let r = http::send(&self.client, &self.mock.base_url, &operation, call)
            .await
            .map_err(|e| e.to_string())?;
        let body = r.json.clone().unwrap_or(Value::Null);
        self.mock
            .walker
            .validator
            .validate_response(op, r.status, &body)
            .map_err(|e| e.to_string())?;
        if r.status != 200 || r.success() == Some(false) {
            return Err(format!("{op} was refused: HTTP {} {}", r.status, r.text()));
        }
        Ok(r)
    }

    fn conversation(&self, id: &str) -> Call {
        self.mock.call(0).path("conversation_id", id.to_owned())
    }

    fn customer(&self, id: &str) -> Call {
        self.mock.call(0).path("page_customer_id", id.to_owned())
    }

    /// Applies `op` to the mock and the model; checks what the write answered.
    async fn step(&self, model: &mut Model, op: &Op) -> Result<(), String> {
        let ids: Vec<String> = model.conversations.keys().cloned().collect();
        match op {
            Op::Tag {
                conversation,
                tag,
                add,
                as_string,
            } => {
                let id = &ids[conversation.index(ids.len())];
                let tag_value = if *as_string {
                    json!(tag.to_string())
                } else {
                    json!(tag)
                };
                let action = if *add { "add" } else { "remove" };
                let call = self
                    .conversation(id)
                    .json(json!({"action": action, "tag_id": tag_value}));
                let r = self.send("update_conversation_tags", &call).await?;
                let conv = model
                    .conversations
                    .get_mut(id)
                    .ok_or("unknown conversation")?;
                if *add {
                    conv.tags.insert(*tag);
                } else {
                    conv.tags.remove(tag);
                }
                let answered = tag_ids(&r.json.unwrap_or_default()["data"]);
                if answered != conv.tags {
                    return Err(format!(
                        "tag {action} {tag} on {id}: data lists {answered:?}, the model has {:?}",
                        conv.tags
                    ));
                }
            }
            Op::Read(i) | Op::Unread(i) => {
                let id = &ids[i.index(ids.len())];
                let read = matches!(op, Op::Read(_));
                let name = if read {
                    "mark_conversation_read"
                } else {
                    "mark_conversation_unread"
                };
                self.send(name, &self.conversation(id)).await?;
                model
                    .conversations
                    .get_mut(id)
                    .ok_or("unknown conversation")?
                    .seen = Some(read);
            }
            Op::Assign {
                conversation,
                users,
            } => {
                let id = &ids[conversation.index(ids.len())];
                let wanted: BTreeSet<String> = if model.users.is_empty() {
                    BTreeSet::new()
                } else {
                    users
                        .iter()
                        .map(|u| model.users[u.index(model.users.len())].clone())
                        .collect()
                };
                let call = self.conversation(id).json(json!({"assignee_ids": wanted}));
                let r = self.send("assign_conversation", &call).await?;
                let body = r.json.unwrap_or_default();
                // The answer is the updated conversation (at the top level or under `conversation`).
                let answered = if body.get("assignee_ids").is_some() {
                    &body["assignee_ids"]
                } else {
                    &body["conversation"]["assignee_ids"]
                };
                if strings(answered) != wanted {
                    return Err(format!("assign {wanted:?} to {id}: answered {answered}"));
                }
                model
                    .conversations
                    .get_mut(id)
                    .ok_or("unknown conversation")?
                    .assignees = wanted;
            }
            Op::Send { conversation, text } => {
                let inbox: Vec<&String> = ids
                    .iter()
                    .filter(|i| model.conversations[*i].kind == "INBOX")
                    .collect();
                if inbox.is_empty() {
                    return Ok(());
                }
                let id = inbox[conversation.index(inbox.len())].clone();
                let message = TEXTS[*text];
                let call = self
                    .conversation(&id)
                    .json(json!({"action": "reply_inbox", "message": message}));
                self.send("send_message", &call).await?;
                let conv = model
                    .conversations
                    .get_mut(&id)
                    .ok_or("unknown conversation")?;
                conv.message_count = conv.message_count.map(|c| c + 1);
                conv.snippet = Some(message.to_owned());
                conv.seen = None;
                // The newest message is the one just sent.
                let r = self
                    .send(
                        "list_messages",
                        &self.conversation(&id).query("current_count", 0),
                    )
                    .await?;
                let newest = r.json.unwrap_or_default()["messages"][0]["message"].clone();
                if newest != json!(message) {
                    return Err(format!(
                        "sent {message:?} to {id} but the newest message is {newest}"
                    ));
                }
            }
            Op::AddNote { customer, text } => {
                let customers: Vec<String> = model.notes.keys().cloned().collect();
                if customers.is_empty() {
                    return Ok(());
                }
                let cid = customers[customer.index(customers.len())].clone();
                let message = TEXTS[*text];
                let r = self
                    .send(
                        "add_customer_note",
                        &self.customer(&cid).json(json!({"message": message})),
                    )
                    .await?;
                let body = r.json.unwrap_or_default();
                let note_id = body["note_id"]
                    .as_str()
                    .ok_or("add_customer_note answered no note_id")?
                    .to_owned();
                let notes = model.notes.entry(cid.clone()).or_default();
                notes.push((note_id, message.to_owned()));
                compare_notes(&cid, &body["data"], notes)?;
            }
            Op::EditNote { note, text } => {
                let all = model.all_notes();
                if all.is_empty() {
                    return Ok(());
                }
                let (cid, note_id) = all[note.index(all.len())].clone();
                let message = TEXTS[*text];
                let call = self
                    .customer(&cid)
                    .json(json!({"note_id": note_id, "message": message}));
                let r = self.send("update_customer_note", &call).await?;
                let notes = model.notes.get_mut(&cid).ok_or("unknown customer")?;
                for n in notes.iter_mut().filter(|n| n.0 == note_id) {
                    n.1 = message.to_owned();
                }
                let data = &r.json.unwrap_or_default()["data"];
                if !data.is_null() {
                    compare_notes(&cid, data, notes)?;
                }
            }
            Op::DeleteNote { note } => {
                let all = model.all_notes();
                if all.is_empty() {
                    return Ok(());
                }
                let (cid, note_id) = all[note.index(all.len())].clone();
                self.send(
                    "delete_customer_note",
                    &self.customer(&cid).json(json!({"note_id": note_id})),
                )
                .await?;
                model
                    .notes
                    .get_mut(&cid)
                    .ok_or("unknown customer")?
                    .retain(|n| n.0 != note_id);
            }
        }
        Ok(())
    }

    /// Reads every conversation and customer back and compares with the model.
    async fn compare(&self, model: &Model) -> Result<(), String> {
        let r = self.send("list_conversations", &self.mock.call(0)).await?;
        let served = r.json.unwrap_or_default()["conversations"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for (id, conv) in &model.conversations {
            let c = served
                .iter()
                .find(|c| text(&c["id"]) == *id)
                .ok_or_else(|| format!("{id} is not listed"))?;
            let tags = tag_ids(&c["tags"]);
            if tags != conv.tags {
                return Err(format!("{id}: listed tags {tags:?}, model {:?}", conv.tags));
            }
            if strings(&c["assignee_ids"]) != conv.assignees {
                return Err(format!(
                    "{id}: listed assignee_ids {}, model {:?}",
                    c["assignee_ids"], conv.assignees
                ));
            }
            if let Some(seen) = conv.seen {
                let unread = c["unread_count"].as_u64().unwrap_or(0);
                if c["seen"] != json!(seen) || (seen && unread != 0) || (!seen && unread == 0) {
                    return Err(format!(
                        "{id}: listed seen {} unread_count {unread}, model seen {seen}",
                        c["seen"]
                    ));
                }
            }
            if let Some(count) = conv.message_count
                && c["message_count"].as_u64() != Some(count)
            {
                return Err(format!(
                    "{id}: listed message_count {}, model {count}",
                    c["message_count"]
                ));
            }
            if let Some(snippet) = &conv.snippet
                && c["snippet"].as_str() != Some(snippet)
            {
                return Err(format!(
                    "{id}: listed snippet {}, model {snippet:?}",
                    c["snippet"]
                ));
            }
        }
        let (since, until) = self.since_until;
        let call = self
            .mock
            .call(0)
            .query("since", since)
            .query("until", until)
            .query("page_number", 1)
            .query("page_size", 100);
        let r = self.send("list_page_customers", &call).await?;
        let customers = r.json.unwrap_or_default()["customers"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for (cid, notes) in &model.notes {
            let c = customers
                .iter()
                .find(|c| text(&c["id"]) == *cid)
                .ok_or_else(|| format!("customer {cid} is not listed"))?;
            compare_notes(cid, &c["notes"], notes)?;
        }
        Ok(())
    }
}

fn compare_notes(customer: &str, served: &Value, model: &[(String, String)]) -> Result<(), String> {
    let served: BTreeMap<String, String> = served
        .as_array()
        .into_iter()
        .flatten()
        .filter(|n| n["removed_at"].is_null())
        .map(|n| (text(&n["id"]), text(&n["message"])))
        .collect();
    let model: BTreeMap<String, String> = model.iter().cloned().collect();
    if served == model {
        Ok(())
    } else {
        Err(format!(
            "customer {customer}: notes {served:?}, model {model:?}"
        ))
    }
}

proptest! {
    #![proptest_config(config(16))]

    #[test]
    fn writes_match_the_reference_model(seed in any::<u64>(), ops in proptest::collection::vec(op(), 1..25)) {
        runtime().block_on(async {
            let mock = start(&Options::new(seed, 8)).await;
            let epoch = mock.epoch_secs();
            let harness = Harness {
                mock: &mock,
                client: http::raw_client(),
                since_until: (epoch - 3 * 365 * 86_400, epoch + 86_400),
            };
            let mut model = Model::from_fixtures(&mock);
            harness.compare(&model).await.map_err(|e| format!("before any step: {e}"))?;
            for (i, op) in ops.iter().enumerate() {
                harness.step(&mut model, op).await.map_err(|e| format!("step {i} {op:?}: {e}"))?;
                harness.compare(&model).await.map_err(|e| format!("after step {i} {op:?}: {e}"))?;
            }
            Ok::<(), String>(())
        }).map_err(TestCaseError::fail)?;
    }
}
