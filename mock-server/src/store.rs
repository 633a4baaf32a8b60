//! The mock's state: every page and what is on it, behind one lock.
//!
//! Handlers read under a read guard and do every read-modify-write under one write guard
//! (`AppState::write`), so concurrent requests never lose an update.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::error::{ApiError, ApiResult, code};
use crate::fixtures::{FixtureSummary, Fixtures, PageFixture, PageSummary, generated_messages};
use crate::model::*;
use crate::rng::SplitMix;
use crate::text::Text;
use crate::time::Ts;

/// Whether a page token is current, replaced, or unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenCheck {
    /// The page's current token.
    Valid,
    /// A token `generate_page_access_token` replaced.
    Renewed,
    /// Anything else (including another page's token).
    Invalid,
}

/// A file uploaded with `upload_contents`.
#[derive(Debug, Clone)]
pub struct Upload {
    /// PHOTO, VIDEO, DOCUMENT or AUDIO_ATTACHMENT_ID.
    pub attachment_type: String,
}

/// One page and everything on it.
#[derive(Debug)]
pub struct PageState {
    /// The page.
    pub page: Page,
    /// Current page access token.
    pub token: String,
    /// Tokens replaced by `generate_page_access_token` (answer error 105).
    pub retired_tokens: HashSet<String>,
    /// Tags.
    pub tags: Vec<Tag>,
    /// Staff.
    pub users: Vec<User>,
    /// Former staff.
    pub disabled_users: Vec<User>,
    /// Round robin.
    pub round_robin: RoundRobin,
    /// Conversations, in fixture order.
    pub conversations: Vec<Conversation>,
    /// Change sequence number of each conversation (parallel to `conversations`).
    pub changed_seq: Vec<u64>,
    conv_index: IdIndex,
    /// Messages materialised so far (oldest first); the rest are derived from the seed.
    messages: HashMap<Text, Vec<Message>>,
    /// Customers.
    pub customers: Vec<Customer>,
    customer_index: IdIndex,
    /// Posts, newest first.
    pub posts: Vec<Post>,
    /// Call logs, newest first.
    pub call_logs: Vec<CallLog>,
    /// Ads.
    pub ads: Vec<Ad>,
    /// Uploaded content by id.
    pub uploads: HashMap<String, Upload>,
    /// Comments that already got their private reply.
    pub replied_comments: HashSet<String>,
    /// Chat-plugin conversations.
    pub chat_plugin: BTreeMap<String, Vec<ChatPluginMessage>>,
    /// Bumped on every change to a conversation; caches compare it.
    pub seq: u64,
}

/// All pages.
#[derive(Debug)]
pub struct Store {
    /// The user access token.
    pub access_token: String,
    /// Fixtures' epoch.
    pub epoch: Ts,
    message_seed: Option<u64>,
    /// Pages, in fixture order.
    pub pages: Vec<PageState>,
    page_index: HashMap<Text, usize>,
    /// Ids for new things (messages, notes, uploads, tokens): deterministic per store.
    rng: SplitMix,
}

impl Store {
    /// A store holding `fixtures` (already checked).
    pub fn new(fixtures: Fixtures) -> Self {
        let pages: Vec<PageState> = fixtures.pages.into_iter().map(PageState::new).collect();
        let page_index = pages
            .iter()
            .enumerate()
            .map(|(i, p)| (p.page.id.clone(), i))
            .collect();
        Store {
            access_token: fixtures.access_token,
            epoch: fixtures.epoch,
            message_seed: fixtures.message_seed,
            pages,
            page_index,
            rng: SplitMix::derive(fixtures.message_seed.unwrap_or(0), "store"),
        }
    }

    /// Index of a page, or 404.
    pub fn page_index(&self, page_id: &str) -> ApiResult<usize> {
        self.page_index
            .get(page_id)
            .copied()
            .ok_or_else(|| ApiError::not_found("Page", page_id))
    }

    /// The page, or 404.
    pub fn page(&self, page_id: &str) -> ApiResult<&PageState> {
        Ok(&self.pages[self.page_index(page_id)?])
    }

    /// The page for writing, or 404.
    pub fn page_mut(&mut self, page_id: &str) -> ApiResult<&mut PageState> {
        let i = self.page_index(page_id)?;
        Ok(&mut self.pages[i])
    }

    /// The user token check of the user API: 401 / 102 when wrong.
    pub fn check_user_token(&self, token: &str) -> ApiResult<()> {
        if token == self.access_token {
            Ok(())
        } else {
            Err(ApiError::new(
                axum::http::StatusCode::UNAUTHORIZED,
                code::INVALID_TOKEN,
                "Invalid access_token: use the user access token (GET /__admin/fixtures shows it)",
            ))
        }
    }

    /// A fresh id of `n` hex digits (deterministic for a given history of calls).
    pub fn new_hex(&mut self, n: usize) -> String {
        self.rng.hex(n)
    }

    /// A fresh UUID.
    pub fn new_uuid(&mut self) -> String {
        self.rng.uuid()
    }

    /// A fresh `m_...` message id.
    pub fn new_message_id(&mut self) -> String {
        self.rng.message_id()
    }

    /// The messages of a conversation, oldest first (derived from the seed if never written).
    pub fn messages(&self, page: usize, conv: usize) -> std::borrow::Cow<'_, [Message]> {
        let p = &self.pages[page];
        let c = &p.conversations[conv];
        match (p.messages.get(&c.id), self.message_seed) {
            (Some(m), _) => std::borrow::Cow::Borrowed(m.as_slice()),
            (None, Some(seed)) => std::borrow::Cow::Owned(generated_messages(seed, &p.page, c)),
            (None, None) => std::borrow::Cow::Borrowed(&[]),
        }
    }

    /// The messages of a conversation for writing (materialised on first write).
    pub fn messages_mut(&mut self, page: usize, conv: usize) -> &mut Vec<Message> {
        let seed = self.message_seed;
        let p = &mut self.pages[page];
        let id = p.conversations[conv].id.clone();
        if !p.messages.contains_key(&id) {
            let generated = seed
                .map(|s| generated_messages(s, &p.page, &p.conversations[conv]))
                .unwrap_or_default();
            p.messages.insert(id.clone(), generated);
        }
        p.messages.entry(id).or_default()
    }

    /// A fresh string of `n` decimal digits (ids of simulated customers and comments).
    pub fn new_digits(&mut self, n: usize) -> String {
        self.rng.digits(n)
    }

    /// Adds a conversation that has no messages yet (simulated customer activity) and its
    /// customer; returns the conversation's index. The id indexes are rebuilt: simulated
    /// activity is rare next to reads, and a rebuild of 100,000 ids takes milliseconds.
    pub fn add_conversation(
        &mut self,
        page: usize,
        conversation: Conversation,
        customer: Customer,
    ) -> usize {
        let p = &mut self.pages[page];
        p.messages.insert(conversation.id.clone(), Vec::new());
        p.conversations.push(conversation);
        p.changed_seq.push(0);
        p.conv_index = IdIndex::new(&p.conversations, |c| c.id.as_str());
        if p.customer_index(&customer.id).is_err() {
            p.customers.push(customer);
            p.customer_index = IdIndex::new(&p.customers, |c| c.id.as_str());
        }
        let i = p.conversations.len() - 1;
        p.touch(i);
        i
    }

    /// `GET /__admin/fixtures`: tokens as they are now.
    pub fn summary(&self) -> FixtureSummary {
        FixtureSummary {
            access_token: self.access_token.clone(),
            pages: self
                .pages
                .iter()
                .map(|p| PageSummary {
                    id: p.page.id.to_string(),
                    name: p.page.name.to_string(),
                    platform: p.page.platform.to_string(),
                    page_access_token: p.token.clone(),
                    conversations: p.conversations.len(),
                })
                .collect(),
        }
    }
}

impl PageState {
    fn new(f: PageFixture) -> Self {
        let conv_index = IdIndex::new(&f.conversations, |c| c.id.as_str());
        let customer_index = IdIndex::new(&f.customers, |c| c.id.as_str());
        PageState {
            page: f.page,
            token: f.page_access_token,
            retired_tokens: HashSet::new(),
            tags: f.tags,
            users: f.users,
            disabled_users: f.disabled_users,
            round_robin: f.round_robin_users,
            changed_seq: vec![0; f.conversations.len()],
            conversations: f.conversations,
            conv_index,
            messages: f
                .messages
                .into_iter()
                .map(|(id, m)| (Text::from(id), m))
                .collect(),
            customers: f.customers,
            customer_index,
            posts: f.posts,
            call_logs: f.call_logs,
            ads: f.ads,
            uploads: HashMap::new(),
            replied_comments: HashSet::new(),
            chat_plugin: BTreeMap::new(),
            seq: 0,
        }
    }

    /// How a page token compares with this page's.
    pub fn check_token(&self, token: &str) -> TokenCheck {
        if token == self.token {
            TokenCheck::Valid
        } else if self.retired_tokens.contains(token) {
            TokenCheck::Renewed
        } else {
            TokenCheck::Invalid
        }
    }

    /// Index of a conversation, or 404.
    pub fn conversation_index(&self, id: &str) -> ApiResult<usize> {
        self.conv_index
            .find(id, &self.conversations, |c| c.id.as_str())
            .ok_or_else(|| ApiError::not_found("Conversation", id))
    }

    /// Index of a customer (by page customer id), or 404.
    pub fn customer_index(&self, id: &str) -> ApiResult<usize> {
        self.customer_index
            .find(id, &self.customers, |c| c.id.as_str())
            .ok_or_else(|| ApiError::not_found("Customer", id))
    }

    /// Records that conversation `i` changed (moves it out of running walks, invalidates caches).
    pub fn touch(&mut self, i: usize) {
        self.seq += 1;
        self.changed_seq[i] = self.seq;
    }

    /// Records a change that is not a conversation's (invalidates caches only).
    pub fn bump(&mut self) {
        self.seq += 1;
    }

    /// A tag by id.
    pub fn tag(&self, id: i64) -> Option<&Tag> {
        self.tags.iter().find(|t| t.id == id)
    }

    /// A user (active or former) by id.
    pub fn user(&self, id: &str) -> Option<&User> {
        self.users
            .iter()
            .chain(&self.disabled_users)
            .find(|u| u.id == id)
    }

    /// Max upload size for this page's channel, in bytes (the spec's `x-pancake-upload-limits`).
    pub fn upload_limit(&self, attachment_type: &str) -> usize {
        crate::spec::tables().upload_limit(&self.page.platform, attachment_type)
    }
}

/// Positions of items sorted by id, searched by binary search: an id index that copies no id
/// (100,000 conversations index in milliseconds).
#[derive(Debug, Default)]
struct IdIndex(Vec<u32>);

impl IdIndex {
    fn new<T>(items: &[T], id: impl Fn(&T) -> &str) -> Self {
        let mut order: Vec<u32> = (0..items.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| id(&items[a as usize]).cmp(id(&items[b as usize])));
        IdIndex(order)
    }

    fn find<T>(&self, wanted: &str, items: &[T], id: impl Fn(&T) -> &str) -> Option<usize> {
        self.0
            .binary_search_by(|&i| id(&items[i as usize]).cmp(wanted))
            .ok()
            .map(|k| self.0[k] as usize)
    }
}
