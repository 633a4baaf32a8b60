//! Working an inbox: list and filter a page's conversations, tag one and reply to it, then read
//! the reply back. With no `PANCAKE_BASE_URL` it starts the mock in-process on a free loopback
//! port, so it runs anywhere with nothing else installed:
//!
//! ```sh
//! cargo run -p pancake-client --example inbox
//! # or against a running mock (or pages.fm, with a real page id and token):
//! PANCAKE_BASE_URL=http://127.0.0.1:8080/api PANCAKE_PAGE_ID=... PANCAKE_PAGE_ACCESS_TOKEN=... \
//!     cargo run -p pancake-client --example inbox
//! ```

use futures::{StreamExt, TryStreamExt};
use pancake_client::model::ConversationType;
use pancake_client::{PageClient, Pancake, env, types};

/// What the walk through the inbox found and did.
#[derive(Debug)]
pub struct Outcome {
    /// Inbox conversations (the `type` filter) among the first 120 of the page.
    pub inbox: usize,
    /// Of those, the ones with unread messages (filtered here, on the decoded items).
    pub unread: usize,
    /// The conversation tagged and answered.
    pub conversation_id: String,
    /// Its tags after the tag call.
    pub tags: Vec<i64>,
    /// The reply, as read back from the conversation's messages.
    pub reply: String,
}

/// Lists, filters, tags and replies on `page`.
pub async fn work_the_inbox(page: &PageClient) -> Result<Outcome, Box<dyn std::error::Error>> {
    // A stream walks the v2 cursor for us, at the page's rate limit; `take(120)` stops after
    // two pages of 60. The `type` filter runs on the server.
    let inbox: Vec<types::Conversation> = page
        .list_conversations()
        .type_(ConversationType::Inbox)
        .stream()
        .take(120)
        .try_collect()
        .await?;
    let unread: Vec<&types::Conversation> =
        inbox.iter().filter(|c| c.seen == Some(false)).collect();
    println!(
        "{} inbox conversations, {} of them unread",
        inbox.len(),
        unread.len()
    );
    let chosen = unread
        .first()
        .copied()
        .or(inbox.first())
        .and_then(|c| c.id.clone())
        .ok_or("the page has no inbox conversation")?;

    let tags = page.list_tags().execute().await?.tags;
    let tag = tags
        .iter()
        .find_map(|t| t.id.filter(|id| *id > 0))
        .ok_or("the page has no tag")?;
    let tagged = page.add_tag(&chosen, tag).await?;
    println!("tagged {chosen} with tag {tag}: its tags are now {tagged:?}");

    let text = "Dạ shop đã nhận được tin nhắn, bạn chờ shop một chút nhé!";
    page.reply_text(&chosen, text).await?;
    let messages = page
        .list_messages()
        .conversation_id(chosen.as_str())
        .execute()
        .await?
        .messages;
    let reply = messages
        .iter()
        .filter_map(|m| m.text())
        .find(|m| *m == text)
        .ok_or("the reply is not among the conversation's messages")?
        .to_owned();
    println!("replied: {reply}");
    Ok(Outcome {
        inbox: inbox.len(),
        unread: unread.len(),
        conversation_id: chosen,
        tags: tagged,
        reply,
    })
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
    work_the_inbox(&page).await?;
    Ok(())
}
