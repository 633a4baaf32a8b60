//! A morning report: the page's unread inbox conversations, newest first, each with the
//! customer's name, the last message's snippet, its tag names and how long it has waited; then
//! the oldest one is tagged "Câu hỏi" (a question) when the page has that tag, and
//! marked unread again so a person picks it up. With no `PANCAKE_BASE_URL` it starts the mock
//! in-process on a free loopback port:
//!
//! ```sh
//! cargo run -p pancake-client --example morning_report
//! # or against a running mock (or pages.fm, with a real page id and token):
//! PANCAKE_BASE_URL=http://127.0.0.1:8080/api PANCAKE_PAGE_ID=... PANCAKE_PAGE_ACCESS_TOKEN=... \
//!     cargo run -p pancake-client --example morning_report
//! ```

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use futures::{StreamExt, TryStreamExt};
use pancake_client::model::ConversationType;
use pancake_client::{PageClient, Pancake, env, types};

/// One line of the report.
#[derive(Debug)]
pub struct Line {
    /// The conversation.
    pub conversation_id: String,
    /// The customer's name.
    pub customer: String,
    /// The last message, as the inbox shows it.
    pub snippet: String,
    /// The names of its tags.
    pub tags: Vec<String>,
    /// When it last changed.
    pub updated_at: Option<DateTime<Utc>>,
}

/// Builds the report of the unread inbox conversations among the page's latest `limit`.
pub async fn morning_report(
    page: &PageClient,
    limit: usize,
) -> Result<Vec<Line>, pancake_client::Error> {
    // Lists often give tags as bare ids: resolve them against the page's tags, fetched once.
    let tag_names: HashMap<i64, String> = page
        .list_tags()
        .execute()
        .await?
        .tags
        .into_iter()
        .filter_map(|tag| Some((tag.id?, tag.text?)))
        .collect();
    let conversations: Vec<types::Conversation> = page
        .list_conversations()
        .type_(ConversationType::Inbox)
        .stream()
        .take(limit)
        .try_collect()
        .await?;
    let mut lines: Vec<Line> = conversations
        .iter()
        .filter(|c| c.seen == Some(false))
        .map(|c| Line {
            conversation_id: c.id.clone().unwrap_or_default(),
            customer: c.customer_name().unwrap_or("(no name)").to_owned(),
            snippet: c.last_snippet().unwrap_or_default().to_owned(),
            tags: c
                .tag_ids()
                .iter()
                .filter_map(|id| tag_names.get(id).cloned())
                .collect(),
            updated_at: c.updated_at_utc(),
        })
        .collect();
    lines.sort_by_key(|line| std::cmp::Reverse(line.updated_at));
    Ok(lines)
}

/// Tags the conversation that waited longest with `tag` (if the page has it) and leaves it
/// unread; answers its tag ids after the change, or `None` when there is nothing to do.
pub async fn flag_the_oldest(
    page: &PageClient,
    lines: &[Line],
    tag: &str,
) -> Result<Option<Vec<i64>>, pancake_client::Error> {
    let (Some(oldest), Some(tag)) = (lines.last(), page.find_tag(tag).await?) else {
        return Ok(None);
    };
    let Some(tag_id) = tag.id else {
        return Ok(None);
    };
    let tags = page.add_tag(&oldest.conversation_id, tag_id).await?;
    page.mark_unread(&oldest.conversation_id).await?;
    Ok(Some(tags))
}

fn print(lines: &[Line]) {
    let now = Utc::now();
    println!("{} unread inbox conversations", lines.len());
    for line in lines {
        let waited = line
            .updated_at
            .map(|t| format!("{} h", (now - t).num_hours()))
            .unwrap_or_else(|| "?".to_owned());
        println!(
            "{:>8}  {:<28} {:<40} [{}]",
            waited,
            line.customer,
            line.snippet,
            line.tags.join(", ")
        );
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Against the server the environment names, or the mock started here (kept until the end).
    let (page, _mock) = if std::env::var_os(env::BASE_URL).is_some() {
        (Pancake::from_env()?.page_from_env()?, None)
    } else {
        let mock = pancake_mock::start(pancake_mock::MockConfig::default()).await?;
        let first = mock.fixtures().pages[0].clone();
        println!("started the mock at {}", mock.base_url());
        let pancake = Pancake::builder().base_url(mock.base_url()).build()?;
        (pancake.page(first.id, first.page_access_token), Some(mock))
    };
    let lines = morning_report(&page, 300).await?;
    print(&lines);
    if let Some(tags) = flag_the_oldest(&page, &lines, "Câu hỏi").await? {
        println!("flagged the oldest: its tags are now {tags:?}");
    }
    Ok(())
}
