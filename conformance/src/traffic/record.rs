//! Recording: what the answers of a proxy run show, turned into a fixture file of the mock's own
//! format (`pancake-mock --fixtures FILE` serves it).
//!
//! - Records are merged by id across exchanges and runs: a newer `updated_at` wins, never a
//!   duplicate. A file that already holds a recording is read first.
//! - Tokens are never written: a `*access_token` field is dropped, and the recording's pages get
//!   tokens of its own, derived from the recording's secret.
//! - Personal data is pseudonymised as it arrives, before it is kept: names, phone numbers,
//!   e-mails, addresses, birthdays, message texts and URLs. A pseudonym is an HMAC-SHA256 of the
//!   value under a secret kept outside the file (`FILE.key` by default), so the same value gives
//!   the same pseudonym within a recording and across its runs. Ids stay as they are, so every
//!   relation still holds.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Context;
use hmac::{Hmac, KeyInit, Mac};
use pancake_client::operations::id;
use pancake_mock::Fixtures;
use pancake_mock::Ts;
use pancake_mock::fixtures::PageFixture;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};
use sha2::Sha256;

/// What a recording holds, once written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordSummary {
    /// Pages.
    pub pages: usize,
    /// Conversations.
    pub conversations: usize,
    /// Messages.
    pub messages: usize,
    /// Customers.
    pub customers: usize,
    /// Records that could not be read as the mock's types (left out).
    pub left_out: usize,
}

#[derive(Debug, Default)]
struct PageRecord {
    page: Option<Value>,
    tags: BTreeMap<String, Value>,
    users: BTreeMap<String, Value>,
    conversations: BTreeMap<String, Value>,
    messages: BTreeMap<String, BTreeMap<String, Value>>,
    customers: BTreeMap<String, Value>,
    posts: BTreeMap<String, Value>,
}

/// Collects records from answers; [`Recorder::write`] writes the fixture file.
#[derive(Debug)]
pub struct Recorder {
    secret: Vec<u8>,
    pages: BTreeMap<String, PageRecord>,
}

/// What a value is, for its pseudonym.
#[derive(Debug, Clone, Copy)]
enum Personal {
    Name,
    Phone,
    Email,
    Address,
    Birthday,
    Text,
    Url,
}

/// The personal field names and what they hold. Matched by name at any depth of a record.
fn personal(key: &str) -> Option<Personal> {
    Some(match key {
        "name" | "fb_name" | "admin_name" | "editor_name" | "customer_name" | "sender_name" => {
            Personal::Name
        }
        "phone_number" | "phone_numbers" | "phone" | "captured" | "caller" | "callee"
        | "customer_phone" => Personal::Phone,
        "email" | "emails" => Personal::Email,
        "lives_in" | "address" => Personal::Address,
        "birthday" => Personal::Birthday,
        "message" | "snippet" | "m_content" | "original_message" => Personal::Text,
        "url" | "avatar_url" | "link" | "links" | "images" | "picture" => Personal::Url,
        _ => return None,
    })
}

fn record_id(record: &Value) -> Option<String> {
    match record.get("id")? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Whether `candidate` is at least as new as `kept`, by `updated_at` (a record without one is
/// taken as newer: it is what the latest answer showed).
fn is_newer(candidate: &Value, kept: &Value) -> bool {
    let at = |v: &Value| {
        v.get("updated_at")
            .and_then(Value::as_str)
            .and_then(Ts::parse)
    };
    match (at(candidate), at(kept)) {
        (Some(new), Some(old)) => new >= old,
        _ => true,
    }
}

fn merge(into: &mut BTreeMap<String, Value>, record: Value) {
    let Some(id) = record_id(&record) else {
        return;
    };
    match into.get(&id) {
        Some(kept) if !is_newer(&record, kept) => {}
        _ => {
            into.insert(id, record);
        }
    }
}

impl Recorder {
    /// A recorder keyed by the secret in `key_file` (created, with a fresh random secret, when
    /// absent), holding what `recording` already records (when it exists).
    pub fn open(recording: &Path, key_file: &Path) -> anyhow::Result<Recorder> {
        let secret = match std::fs::read(key_file) {
            Ok(bytes) if !bytes.is_empty() => bytes,
            _ => {
                let secret: [u8; 32] = rand::random();
                let hex = hex(&secret);
                write_secret(key_file, &hex).with_context(|| {
                    format!("cannot write the recording's secret {}", key_file.display())
                })?;
                hex.into_bytes()
            }
        };
        let mut recorder = Recorder {
            secret,
            pages: BTreeMap::new(),
        };
        if let Ok(bytes) = std::fs::read(recording) {
            let fixtures = Fixtures::from_json(&bytes).with_context(|| {
                format!(
                    "{} exists but is not a fixture file to record into",
                    recording.display()
                )
            })?;
            recorder.load(&fixtures);
        }
        Ok(recorder)
    }

    /// A recorder with this secret, holding nothing (for tests and embedding).
    pub fn with_secret(secret: &[u8]) -> Recorder {
        Recorder {
            secret: secret.to_vec(),
            pages: BTreeMap::new(),
        }
    }

    fn load(&mut self, fixtures: &Fixtures) {
        for p in &fixtures.pages {
            let page_id = p.page.id.to_string();
            let record = self.pages.entry(page_id).or_default();
            record.page = serde_json::to_value(&p.page).ok();
            let all = |items: Vec<Value>, into: &mut BTreeMap<String, Value>| {
                items.into_iter().for_each(|v| merge(into, v))
            };
            let values = |v: Result<Value, serde_json::Error>| match v {
                Ok(Value::Array(items)) => items,
                _ => Vec::new(),
            };
            all(values(serde_json::to_value(&p.tags)), &mut record.tags);
            all(values(serde_json::to_value(&p.users)), &mut record.users);
            all(
                values(serde_json::to_value(&p.conversations)),
                &mut record.conversations,
            );
            all(
                values(serde_json::to_value(&p.customers)),
                &mut record.customers,
            );
            all(values(serde_json::to_value(&p.posts)), &mut record.posts);
            for (conversation, messages) in &p.messages {
                let into = record.messages.entry(conversation.clone()).or_default();
                all(values(serde_json::to_value(messages)), into);
            }
        }
    }

    fn mac(&self, what: &str, input: &str) -> Vec<u8> {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.secret)
            .expect("HMAC takes a key of any length");
        mac.update(what.as_bytes());
        mac.update(&[0]);
        mac.update(input.as_bytes());
        mac.finalize().into_bytes().to_vec()
    }

    fn pseudonym(&self, kind: Personal, value: &str) -> String {
        if value.is_empty() {
            return String::new();
        }
        let mac = self.mac(&format!("{kind:?}"), value);
        let short = hex(&mac[..4]);
        match kind {
            Personal::Name => format!("Person {short}"),
            Personal::Phone => {
                let digits: String = mac[..8].iter().map(|b| char::from(b'0' + b % 10)).collect();
                format!("09{digits}")
            }
            Personal::Email => format!("person.{short}@example.invalid"),
            Personal::Address => format!("Place {short}"),
            Personal::Birthday => format!(
                "{}-{:02}-{:02}",
                1950 + u32::from(mac[0]) % 50,
                1 + mac[1] % 12,
                1 + mac[2] % 28
            ),
            Personal::Text => format!("Text {short}"),
            Personal::Url => format!("https://example.invalid/{}", hex(&mac[..8])),
        }
    }

    /// Pseudonymises every personal field of `value`, and drops every token field.
    fn pseudonymise(&self, value: &mut Value, kind: Option<Personal>) {
        match value {
            Value::String(s) => {
                if let Some(kind) = kind {
                    *s = self.pseudonym(kind, s);
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|v| self.pseudonymise(v, kind)),
            Value::Object(map) => {
                map.retain(|k, _| !k.ends_with("access_token"));
                for (key, v) in map.iter_mut() {
                    self.pseudonymise(v, personal(key));
                }
            }
            _ => {}
        }
    }

    /// Takes what one successful answer of `operation_id` shows.
    pub fn observe(
        &mut self,
        operation_id: &str,
        path_parameters: &[(String, String)],
        body: &Value,
    ) {
        let parameter = |name: &str| {
            path_parameters
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };
        let items = |key: &str| -> Vec<Value> {
            let mut items = body
                .get(key)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for item in &mut items {
                self.pseudonymise(item, None);
            }
            items
        };
        if operation_id == id::LIST_PAGES {
            for mut page in body
                .get("pages")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
            {
                // A page's own name and avatar are the shop's, not a person's.
                if let Value::Object(map) = &mut page {
                    map.retain(|k, _| !k.ends_with("access_token"));
                }
                if let Some(id) = record_id(&page) {
                    self.pages.entry(id).or_default().page = Some(page);
                }
            }
            return;
        }
        let Some(page_id) = parameter("page_id") else {
            return;
        };
        let (key, conversation) = match operation_id {
            id::LIST_CONVERSATIONS | id::LIST_CONVERSATIONS_V1 => ("conversations", None),
            id::LIST_MESSAGES => ("messages", parameter("conversation_id")),
            id::LIST_PAGE_CUSTOMERS => ("customers", None),
            id::LIST_TAGS => ("tags", None),
            id::LIST_POSTS => ("posts", None),
            id::LIST_USERS => ("users", None),
            _ => return,
        };
        let found = items(key);
        let page = self.pages.entry(page_id).or_default();
        let into = match (key, conversation) {
            ("conversations", _) => &mut page.conversations,
            ("messages", Some(c)) => page.messages.entry(c).or_default(),
            ("customers", _) => &mut page.customers,
            ("tags", _) => &mut page.tags,
            ("posts", _) => &mut page.posts,
            ("users", _) => &mut page.users,
            _ => return,
        };
        found.into_iter().for_each(|v| merge(into, v));
    }

    /// The page token the recording gives `page_id`.
    pub fn page_token(&self, page_id: &str) -> String {
        format!("rec_{}", hex(&self.mac("page-token", page_id)[..16]))
    }

    /// The recording as fixtures.
    pub fn fixtures(&self) -> (Fixtures, RecordSummary) {
        let mut summary = RecordSummary::default();
        let mut pages = Vec::new();
        for (page_id, record) in &self.pages {
            let page_value = record.page.clone().unwrap_or_else(|| {
                json!({"id": page_id, "name": format!("Recorded page {page_id}"),
                       "platform": "facebook", "avatar_url": ""})
            });
            let Some(page) = complete(page_value, &mut summary.left_out) else {
                continue;
            };
            let conversations: Vec<pancake_mock::model::Conversation> =
                list(&record.conversations, &mut summary.left_out)
                    .into_iter()
                    .filter(|c: &pancake_mock::model::Conversation| c.page_id.as_str() == page_id)
                    .collect();
            let mut messages = BTreeMap::new();
            for (conversation, records) in &record.messages {
                if !conversations.iter().any(|c| c.id.as_str() == conversation) {
                    continue;
                }
                let mut listed: Vec<pancake_mock::model::Message> =
                    list(records, &mut summary.left_out);
                listed.sort_by_key(|m| m.inserted_at);
                summary.messages += listed.len();
                messages.insert(conversation.clone(), listed);
            }
            summary.conversations += conversations.len();
            let customers = list(&record.customers, &mut summary.left_out);
            summary.customers += customers.len();
            pages.push(PageFixture {
                page,
                page_access_token: self.page_token(page_id),
                tags: list(&record.tags, &mut summary.left_out),
                users: list(&record.users, &mut summary.left_out),
                disabled_users: Vec::new(),
                round_robin_users: Default::default(),
                conversations,
                messages,
                customers,
                posts: list(&record.posts, &mut summary.left_out),
                call_logs: Vec::new(),
                ads: Vec::new(),
            });
        }
        summary.pages = pages.len();
        let fixtures = Fixtures {
            access_token: format!("rec_{}", hex(&self.mac("user-token", "")[..16])),
            epoch: Ts::from_secs(chrono::Utc::now().timestamp()),
            message_seed: None,
            pages,
        };
        (fixtures, summary)
    }

    /// Writes the recording to `path` (through a temporary file, so a reader never sees half).
    pub fn write(&self, path: &Path) -> anyhow::Result<RecordSummary> {
        let (fixtures, summary) = self.fixtures();
        fixtures
            .check()
            .context("the recording does not make a consistent fixture file")?;
        let text = serde_json::to_string_pretty(&fixtures)?;
        let mut temporary = path.as_os_str().to_owned();
        temporary.push(".tmp");
        std::fs::write(&temporary, text)
            .with_context(|| format!("cannot write {}", Path::new(&temporary).display()))?;
        std::fs::rename(&temporary, path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        Ok(summary)
    }
}

fn list<T: DeserializeOwned + schemars::JsonSchema>(
    records: &BTreeMap<String, Value>,
    left_out: &mut usize,
) -> Vec<T> {
    records
        .values()
        .filter_map(|v| complete(v.clone(), left_out))
        .collect()
}

/// Writes the secret readable by its owner only (on Unix).
fn write_secret(path: &Path, secret: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(secret.as_bytes())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads a record as the mock's type `T`, filling the fields the mock requires and the answer
/// did not carry with empty values (by the type's JSON Schema); `None` (counted) when it still
/// does not read.
fn complete<T: DeserializeOwned + schemars::JsonSchema>(
    mut value: Value,
    left_out: &mut usize,
) -> Option<T> {
    if let Ok(read) = serde_json::from_value::<T>(value.clone()) {
        return Some(read);
    }
    let schema = serde_json::to_value(schemars::schema_for!(T)).ok()?;
    let defs = schema.get("$defs").cloned().unwrap_or(Value::Null);
    fill(&mut value, &schema, &defs);
    match serde_json::from_value(value) {
        Ok(read) => Some(read),
        Err(e) => {
            tracing::warn!("a recorded record is left out: {e}");
            *left_out += 1;
            None
        }
    }
}

fn resolve<'a>(schema: &'a Value, defs: &'a Value) -> (&'a Value, Option<&'a str>) {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let name = reference.rsplit('/').next().unwrap_or_default();
            (defs.get(name).unwrap_or(schema), Some(name))
        }
        None => (schema, None),
    }
}

fn fill(value: &mut Value, schema: &Value, defs: &Value) {
    let (schema, _) = resolve(schema, defs);
    if let Some(branches) = schema
        .get("anyOf")
        .or_else(|| schema.get("oneOf"))
        .and_then(Value::as_array)
    {
        if !value.is_null()
            && let Some(branch) = branches
                .iter()
                .find(|b| b.get("type").and_then(Value::as_str) != Some("null"))
        {
            fill(value, branch, defs);
        }
        return;
    }
    match value {
        Value::Object(map) => {
            let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
                return;
            };
            let required = schema.get("required").and_then(Value::as_array);
            for name in required.into_iter().flatten().filter_map(Value::as_str) {
                if !map.contains_key(name)
                    && let Some(property) = properties.get(name)
                {
                    map.insert(name.to_owned(), zero(property, defs));
                }
            }
            for (name, v) in map.iter_mut() {
                if let Some(property) = properties.get(name) {
                    fill(v, property, defs);
                }
            }
        }
        Value::Array(items) => {
            if let Some(item) = schema.get("items") {
                items.iter_mut().for_each(|v| fill(v, item, defs));
            }
        }
        _ => {}
    }
}

fn zero(schema: &Value, defs: &Value) -> Value {
    let (schema, name) = resolve(schema, defs);
    if name == Some("NaiveTimestamp") {
        return json!("1970-01-01T00:00:00");
    }
    if schema.get("anyOf").is_some() || schema.get("oneOf").is_some() {
        return Value::Null;
    }
    let kind = match schema.get("type") {
        Some(Value::String(t)) => t.as_str(),
        Some(Value::Array(types)) if types.iter().any(|t| t == "null") => return Value::Null,
        Some(Value::Array(types)) => types.first().and_then(Value::as_str).unwrap_or("null"),
        _ => return Value::Null,
    };
    match kind {
        "string" => json!(""),
        "integer" | "number" => json!(0),
        "boolean" => json!(false),
        "array" => json!([]),
        "object" => {
            let mut object = Value::Object(Map::new());
            fill(&mut object, schema, defs);
            object
        }
        _ => Value::Null,
    }
}
