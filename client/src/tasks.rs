//! Task-level calls: what nearly every integration does (reply with a text or with files, tag,
//! find a tag, mark read, assign), each one call on [`PageClient`] built on the generated operation, and constructors
//! for the bodies those operations take. Everything here goes through the same limiter, retries,
//! guard rails and errors as the operation it wraps; the operation stays there for everything
//! these calls do not cover.

use crate::client::PageClient;
use crate::error::Result;
use crate::generated::types;

impl PageClient {
    /// Replies to an inbox conversation with a text (`send_message` with
    /// [`InboxMessage::text`](types::InboxMessage::text)).
    ///
    /// A send is never repeated blindly: after a timeout or a 5xx the message may have gone out,
    /// and the error says so with [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown).
    ///
    /// ```no_run
    /// # async fn demo(page: pancake_client::PageClient) -> pancake_client::Result<()> {
    /// let sent = page.reply_text("256469571178082_2810250135746666", "Dạ, shop còn size M ạ").await?;
    /// println!("sent message {:?}", sent.id);
    /// # Ok(()) }
    /// ```
    pub async fn reply_text(
        &self,
        conversation_id: &str,
        text: impl Into<String>,
    ) -> Result<types::SendMessageResponse> {
        self.send_message()
            .conversation_id(conversation_id)
            .body(types::InboxMessage::text(text))
            .execute()
            .await
    }

    /// Uploads each file (`upload_content`), then replies to an inbox conversation with them
    /// (`send_message` with [`InboxMessage::attachments`](types::InboxMessage::attachments)); the
    /// API takes no text in the same reply, so send one with [`reply_text`](Self::reply_text).
    ///
    /// Neither an upload nor the send is repeated blindly; when one fails the error says whether
    /// it may have landed ([`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)), and
    /// uploads before it stay on the page unused.
    ///
    /// ```no_run
    /// # async fn demo(page: pancake_client::PageClient) -> pancake_client::Result<()> {
    /// use pancake_client::Upload;
    /// let chart = Upload::from_path("size-chart.jpg").await?;
    /// page.reply_with_attachments("256469571178082_2810250135746666", [chart]).await?;
    /// # Ok(()) }
    /// ```
    pub async fn reply_with_attachments(
        &self,
        conversation_id: &str,
        files: impl IntoIterator<Item = crate::Upload>,
    ) -> Result<types::SendMessageResponse> {
        let mut content_ids = Vec::new();
        for file in files {
            let uploaded = self.upload_content(file).await?;
            content_ids.push(uploaded.id.ok_or_else(|| {
                crate::Error::InvalidRequest {
                    message: "upload_content answered without the content's `id`; nothing was sent"
                        .to_owned(),
                }
            })?);
        }
        self.send_message()
            .conversation_id(conversation_id)
            .body(types::InboxMessage::attachments(content_ids))
            .execute()
            .await
    }

    /// Assigns a conversation to the page's users `user_ids` (ids from `list_users`), replacing
    /// its assignees; an empty list unassigns it (`assign_conversation`). Answers the
    /// conversation after the change.
    ///
    /// ```no_run
    /// # async fn demo(page: pancake_client::PageClient) -> pancake_client::Result<()> {
    /// let staff = "3fadfd70-1ead-4a16-a456-1fa007e38e5c";
    /// let conversation = page.assign("256469571178082_2810250135746666", [staff]).await?;
    /// println!("assigned to {:?}", conversation.assignee_ids);
    /// # Ok(()) }
    /// ```
    pub async fn assign<I: Into<String>>(
        &self,
        conversation_id: &str,
        user_ids: impl IntoIterator<Item = I>,
    ) -> Result<types::Conversation> {
        self.assign_conversation()
            .conversation_id(conversation_id)
            .body(types::AssignConversationRequest {
                assignee_ids: user_ids.into_iter().map(Into::into).collect(),
            })
            .execute()
            .await
    }

    /// Adds the tag `tag_id` to a conversation (`update_conversation_tags`); answers the
    /// conversation's tag ids after the change. Adding a tag it already has changes nothing.
    ///
    /// ```no_run
    /// # async fn demo(page: pancake_client::PageClient) -> pancake_client::Result<()> {
    /// if let Some(vip) = page.find_tag("VIP").await? {
    ///     let tags = page.add_tag("256469571178082_2810250135746666", vip.id.unwrap_or_default()).await?;
    ///     println!("tags now {tags:?}");
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn add_tag(&self, conversation_id: &str, tag_id: i64) -> Result<Vec<i64>> {
        self.change_tag(
            conversation_id,
            types::UpdateConversationTagsRequest::add(tag_id),
        )
        .await
    }

    /// Removes the tag `tag_id` from a conversation (`update_conversation_tags`); answers the
    /// conversation's tag ids after the change.
    ///
    /// ```no_run
    /// # async fn demo(page: pancake_client::PageClient) -> pancake_client::Result<()> {
    /// let tags = page.remove_tag("256469571178082_2810250135746666", 3).await?;
    /// assert!(!tags.contains(&3));
    /// # Ok(()) }
    /// ```
    pub async fn remove_tag(&self, conversation_id: &str, tag_id: i64) -> Result<Vec<i64>> {
        self.change_tag(
            conversation_id,
            types::UpdateConversationTagsRequest::remove(tag_id),
        )
        .await
    }

    async fn change_tag(
        &self,
        conversation_id: &str,
        change: types::UpdateConversationTagsRequest,
    ) -> Result<Vec<i64>> {
        let answer = self
            .update_conversation_tags()
            .conversation_id(conversation_id)
            .body(change)
            .execute()
            .await?;
        Ok(answer.data)
    }

    /// The page's tag whose name (`text`) is `name`, compared exactly after trimming spaces at
    /// both ends; `None` when the page has none (`list_tags`, one request). To resolve many names,
    /// call `list_tags` once and search its answer.
    ///
    /// ```no_run
    /// # async fn demo(page: pancake_client::PageClient) -> pancake_client::Result<()> {
    /// let Some(tag) = page.find_tag("Đã chốt đơn").await? else {
    ///     return Ok(()); // no such tag on this page
    /// };
    /// println!("tag {:?} has id {:?}", tag.text, tag.id);
    /// # Ok(()) }
    /// ```
    pub async fn find_tag(&self, name: &str) -> Result<Option<types::Tag>> {
        let name = name.trim();
        let tags = self.list_tags().execute().await?.tags;
        Ok(tags
            .into_iter()
            .find(|tag| tag.text.as_deref().map(str::trim) == Some(name)))
    }

    /// Marks a conversation as read (`mark_conversation_read`).
    ///
    /// ```no_run
    /// # async fn demo(page: pancake_client::PageClient) -> pancake_client::Result<()> {
    /// page.mark_read("256469571178082_2810250135746666").await?;
    /// # Ok(()) }
    /// ```
    pub async fn mark_read(&self, conversation_id: &str) -> Result<()> {
        self.mark_conversation_read()
            .conversation_id(conversation_id)
            .execute()
            .await?;
        Ok(())
    }

    /// Marks a conversation as unread (`mark_conversation_unread`), for example to leave it for a
    /// person after a bot has looked at it.
    ///
    /// ```no_run
    /// # async fn demo(page: pancake_client::PageClient) -> pancake_client::Result<()> {
    /// page.mark_unread("256469571178082_2810250135746666").await?;
    /// # Ok(()) }
    /// ```
    pub async fn mark_unread(&self, conversation_id: &str) -> Result<()> {
        self.mark_conversation_unread()
            .conversation_id(conversation_id)
            .execute()
            .await?;
        Ok(())
    }
}

impl types::InboxMessage {
    /// A text reply in an inbox conversation (`action: reply_inbox`, `message`), the body of
    /// `send_message`; [`PageClient::reply_text`] sends it in one call.
    ///
    /// ```no_run
    /// # async fn demo(page: pancake_client::PageClient) -> pancake_client::Result<()> {
    /// use pancake_client::types::InboxMessage;
    /// page.send_message()
    ///     .conversation_id("256469571178082_2810250135746666")
    ///     .body(InboxMessage::text("Dạ, shop còn size M ạ"))
    ///     .execute()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn text(text: impl Into<String>) -> Self {
        Self::reply(Some(text.into()), Vec::new())
    }

    /// A reply with attachments uploaded before with `upload_content` (its answer's content ids),
    /// and no text: the API refuses a reply with both (a guard rail stops it before sending).
    ///
    /// ```no_run
    /// # async fn demo(page: pancake_client::PageClient) -> pancake_client::Result<()> {
    /// use pancake_client::{Upload, types::InboxMessage};
    /// let uploaded = page.upload_content(Upload::from_path("size-chart.jpg").await?).await?;
    /// page.send_message()
    ///     .conversation_id("256469571178082_2810250135746666")
    ///     .body(InboxMessage::attachments(uploaded.id))
    ///     .execute()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn attachments<I: Into<String>>(content_ids: impl IntoIterator<Item = I>) -> Self {
        Self::reply(None, content_ids.into_iter().map(Into::into).collect())
    }

    fn reply(message: Option<String>, content_ids: Vec<String>) -> Self {
        Self {
            action: types::InboxMessageAction::ReplyInbox,
            attachment_type: None,
            content_ids,
            content_url: None,
            filename: None,
            message,
            mime_type: None,
            name: None,
            reply_message_id: None,
            sender_id: None,
            template_id: None,
            template_params: serde_json::Map::new(),
        }
    }
}

impl types::UpdateConversationTagsRequest {
    /// Adds the tag `tag_id` (the body of `update_conversation_tags`).
    pub fn add(tag_id: i64) -> Self {
        Self {
            action: types::TagAction::Add,
            tag_id: types::TagId::Int64(tag_id),
        }
    }

    /// Removes the tag `tag_id` (the body of `update_conversation_tags`).
    pub fn remove(tag_id: i64) -> Self {
        Self {
            action: types::TagAction::Remove,
            tag_id: types::TagId::Int64(tag_id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_have_the_wire_shape() {
        assert_eq!(
            serde_json::to_value(types::InboxMessage::text("hi")).unwrap(),
            serde_json::json!({"action": "reply_inbox", "message": "hi"})
        );
        assert_eq!(
            serde_json::to_value(types::InboxMessage::attachments(["c1", "c2"])).unwrap(),
            serde_json::json!({"action": "reply_inbox", "content_ids": ["c1", "c2"]})
        );
        assert_eq!(
            serde_json::to_value(types::UpdateConversationTagsRequest::remove(7)).unwrap(),
            serde_json::json!({"action": "remove", "tag_id": 7})
        );
    }
}
