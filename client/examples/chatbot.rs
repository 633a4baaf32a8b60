//! A chatbot on Pancake's webhooks: every message a customer writes in the inbox gets an answer,
//! sent through [`PageClient`]. Runs against the mock as it would against pages.fm; the mock's
//! README shows it in five commands.
//!
//! ```sh
//! PANCAKE_BASE_URL=http://127.0.0.1:8080/api PANCAKE_PAGE_ID=... PANCAKE_PAGE_ACCESS_TOKEN=... \
//!     cargo run -p pancake-client --example chatbot    # listens on 127.0.0.1:3000 (BOT_ADDR)
//! ```
//!
//! The webhook endpoint answers at once and the replies are sent from a queue
//! ([`pancake_client::webhook::receiver`]); repeated deliveries are dropped by their dedupe key.
//! The page's own messages come back as `messaging` events too, and are skipped.

use pancake_client::model::ConversationType;
use pancake_client::webhook::Event;
use pancake_client::webhook::receiver::Receiver;
use pancake_client::{PageClient, Pancake, types};

/// The bot's answer to a customer's text.
pub fn answer(text: &str) -> String {
    let lower = text.to_lowercase();
    if lower.contains("giá") || lower.contains("price") {
        "Dạ, shop gửi bảng giá ngay ạ. Bạn cần size nào?".to_owned()
    } else if lower.contains("còn") {
        "Dạ còn hàng ạ! Bạn cho shop xin size và địa chỉ nhận hàng nhé.".to_owned()
    } else {
        "Cảm ơn bạn đã nhắn tin! Nhân viên shop sẽ trả lời ngay ạ.".to_owned()
    }
}

/// The webhook endpoint of the bot: replies through `page` to customers' inbox messages.
pub fn bot(page: PageClient) -> axum::Router {
    Receiver::new(move |event: Event| {
        let page = page.clone();
        async move {
            if let Err(e) = reply(&page, event).await {
                eprintln!("chatbot: could not reply: {e}");
            }
        }
    })
    .into_router()
}

async fn reply(page: &PageClient, event: Event) -> pancake_client::Result<()> {
    let Event::Messaging(event) = event else {
        return Ok(());
    };
    let event = *event;
    let (Some(conversation), Some(message)) = (event.data.conversation, event.data.message) else {
        return Ok(());
    };
    let from_page = message.from.as_ref().and_then(|f| f.id.as_deref()) == Some(&event.page_id);
    if from_page || conversation.type_ != Some(ConversationType::Inbox) {
        return Ok(());
    }
    let text = message.message.unwrap_or_default();
    let body: types::SendMessageRequest = serde_json::from_value(serde_json::json!({
        "action": "reply_inbox",
        "message": answer(&text),
    }))
    .expect("a reply_inbox body of the spec's shape");
    page.send_message()
        .conversation_id(conversation.id.as_str())
        .body(body)
        .execute()
        .await?;
    Ok(())
}

fn env(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("set {name} (see the mock's start-up lines)"))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url =
        std::env::var("PANCAKE_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080/api".into());
    let addr = std::env::var("BOT_ADDR").unwrap_or_else(|_| "127.0.0.1:3000".into());
    let pancake = Pancake::builder().base_url(base_url).build()?;
    let page = pancake.page(env("PANCAKE_PAGE_ID")?, env("PANCAKE_PAGE_ACCESS_TOKEN")?);
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("chatbot listening on http://{addr}/ (subscribe this URL to the page's webhooks)");
    axum::serve(listener, bot(page)).await?;
    Ok(())
}
