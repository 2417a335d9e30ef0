//! Messages: send, list (filtered, sorted, paged), read and delete.

use ncloud_chat::{Filter, Result};
use ncloud_chat_emulator::ErrorTransport;

use super::{admin_messages, create_channel, ids, send, start};

#[tokio::test]
async fn messages_send_list_filtered_sorted_paged_get_and_delete() -> Result<()> {
    let (_emulator, client) = start(ErrorTransport::default()).await;
    let channel = create_channel(&client, "chat", &[]).await?;
    let mut sent = Vec::new();
    for content in ["first", "second", "third"] {
        sent.push(send(&client, &channel.id, content).await?);
    }
    let first = &sent[0];
    assert_eq!(first.content.as_deref(), Some("first"));
    assert_eq!(first.channel_id.as_deref(), Some(channel.id.as_str()));
    assert_eq!(first.message_id.as_deref(), Some(first.id.as_str()));
    assert_eq!(first.message_type.as_deref(), Some("text"));
    assert_eq!(first.sender.as_ref().and_then(|s| s.id.as_deref()), Some("admin"));

    let newest = admin_messages(&client, &channel.id, 0, 2).await?;
    assert_eq!(
        ids(&newest, |m| m.content.as_deref()),
        ["third", "second"],
        "newest first, one page of two"
    );
    let rest = admin_messages(&client, &channel.id, 2, 2).await?;
    assert_eq!(ids(&rest, |m| m.content.as_deref()), ["first"]);

    let by_content = client
        .list_messages()
        .channel_id(channel.id.as_str())
        .filter(Filter::new().eq("content", "second"))
        .send()
        .await?
        .into_inner();
    assert_eq!(ids(&by_content, |m| Some(m.id.as_str())), [sent[1].id.as_str()]);

    let fetched = client
        .get_message()
        .channel_id(channel.id.as_str())
        .message_id(sent[1].id.as_str())
        .send()
        .await?
        .into_inner();
    assert_eq!(fetched, sent[1], "get_message reads back what was sent");

    let deleted = client
        .delete_message()
        .channel_id(channel.id.as_str())
        .message_id(sent[1].id.as_str())
        .send()
        .await?
        .into_inner()
        .message;
    assert_eq!(deleted.id, sent[1].id);
    Ok(())
}
