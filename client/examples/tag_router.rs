//! A tag router: walks the page's conversations updated since a time, and for each one whose last
//! message mentions a rule's keyword, adds the rule's tag and replies once. A refusal by the API
//! (an in-band `success: false`, a 4xx) is recorded for that conversation and the walk goes on; a
//! rate limit the client's own retries could not wait out is waited out here (its `Retry-After`);
//! a send whose outcome is unknown is recorded, never repeated. With no `PANCAKE_BASE_URL` it
//! starts the mock in-process:
//!
//! ```sh
//! cargo run -p pancake-client --example tag_router
//! ```

use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::StreamExt;
use pancake_client::types::ConversationOrder;
use pancake_client::{Error, PageClient, Pancake, env};

/// Conversations whose last message contains `keyword` (any case) get `tag` and `reply`.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Looked for in the last message.
    pub keyword: String,
    /// The name of the page's tag to add.
    pub tag: String,
    /// The text to reply.
    pub reply: String,
}

/// What the router did.
#[derive(Debug, Default)]
pub struct Routed {
    /// Conversations tagged and answered: (conversation, tag name).
    pub done: Vec<(String, String)>,
    /// Conversations the API refused something for: (conversation, the error).
    pub refused: Vec<(String, String)>,
    /// Replies that may or may not have gone out (not repeated): conversation ids.
    pub unknown: Vec<String>,
    /// Conversations walked.
    pub walked: usize,
}

/// Routes the conversations updated since `since`.
pub async fn route(
    page: &PageClient,
    since: DateTime<Utc>,
    rules: &[Rule],
) -> Result<Routed, Error> {
    let tags = page.list_tags().execute().await?.tags;
    let mut routed = Routed::default();
    let mut conversations = page
        .list_conversations()
        .order_by(ConversationOrder::UpdatedAt)
        .since(since.timestamp())
        .stream();
    while let Some(conversation) = conversations.next().await {
        let conversation = conversation?;
        routed.walked += 1;
        let (Some(id), Some(text)) = (conversation.id.as_deref(), conversation.last_snippet())
        else {
            continue;
        };
        let text = text.to_lowercase();
        let Some(rule) = rules
            .iter()
            .find(|r| text.contains(&r.keyword.to_lowercase()))
        else {
            continue;
        };
        let Some(tag_id) = tags
            .iter()
            .find(|t| t.text.as_deref() == Some(rule.tag.as_str()))
            .and_then(|t| t.id)
        else {
            routed
                .refused
                .push((id.to_owned(), format!("the page has no tag {:?}", rule.tag)));
            continue;
        };
        match patiently(|| page.add_tag(id, tag_id)).await {
            Ok(_) => {}
            Err(err) if err.status().is_some() => {
                routed.refused.push((id.to_owned(), err.to_string()));
                continue;
            }
            Err(err) => return Err(err),
        }
        match patiently(|| page.reply_text(id, rule.reply.clone())).await {
            Ok(_) => routed.done.push((id.to_owned(), rule.tag.clone())),
            Err(err) if err.is_outcome_unknown() => routed.unknown.push(id.to_owned()),
            Err(err) if err.status().is_some() => {
                routed.refused.push((id.to_owned(), err.to_string()))
            }
            Err(err) => return Err(err),
        }
    }
    Ok(routed)
}

/// Runs `call`, waiting out a rate limit the client's retries gave up on (up to three times).
/// A rate-limited call was refused before it did anything, so repeating it is safe, even a send.
async fn patiently<T, F, Fut>(mut call: F) -> Result<T, Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, Error>>,
{
    let mut waits = 0;
    loop {
        match call().await {
            Err(Error::RateLimited { retry_after, .. }) if waits < 3 => {
                waits += 1;
                tokio::time::sleep(retry_after.unwrap_or(Duration::from_secs(1))).await;
            }
            other => return other,
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (page, _mock) = if std::env::var_os(env::BASE_URL).is_some() {
        (Pancake::from_env()?.page_from_env()?, None)
    } else {
        let mock = pancake_mock::start(pancake_mock::MockConfig::default()).await?;
        let first = mock.fixtures().pages[0].clone();
        let pancake = Pancake::builder().base_url(mock.base_url()).build()?;
        (pancake.page(first.id, first.page_access_token), Some(mock))
    };
    let rules = [Rule {
        keyword: "size".into(),
        tag: "Câu hỏi".into(),
        reply: "Dạ, shop gửi bảng size ngay ạ".into(),
    }];
    let since = Utc::now() - chrono::Duration::days(3650);
    let routed = route(&page, since, &rules).await?;
    println!("walked {} conversations", routed.walked);
    for (id, tag) in &routed.done {
        println!("tagged {tag} and replied: {id}");
    }
    for (id, why) in &routed.refused {
        println!("refused on {id}: {why}");
    }
    for id in &routed.unknown {
        println!("reply may have gone out (not repeated): {id}");
    }
    Ok(())
}
