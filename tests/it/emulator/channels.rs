//! Channels: create, read, update, list and delete.

use ncloud_chat::{Filter, ListOption, Result, Sort, types};
use ncloud_chat_emulator::ErrorTransport;

use super::{channels, create_channel, ids, start};

#[tokio::test]
async fn channels_created_read_updated_listed_and_deleted() -> Result<()> {
    let (emulator, client) = start(ErrorTransport::default()).await;

    let created = client
        .create_channel()
        .body_map(|b| {
            b.name("support")
                .type_(types::ChannelType::Public)
                .unique_id("support-desk".to_owned())
                .members(vec!["guest-0001".to_owned()])
                .link_url("https://example.com/support".to_owned())
                .image_url("https://example.com/support.png".to_owned())
                .limit(0i64)
        })
        .send()
        .await?
        .into_inner()
        .channel;
    assert!(!created.id.is_empty(), "the emulator assigns an ID");
    assert_eq!(created.name.as_deref(), Some("support"));
    assert_eq!(created.type_.as_deref(), Some("PUBLIC"));
    assert_eq!(created.unique_id.as_deref(), Some("support-desk"));
    assert_eq!(created.members, Some(vec!["guest-0001".to_owned()]));
    assert_eq!(created.user_id.as_deref(), Some("admin"));
    assert_eq!(created.project_id.as_deref(), Some(emulator.project_id()));
    assert_eq!(
        created.image_url,
        Some(types::ChannelImageUrl::Url(Some("https://example.com/support.png".into())))
    );
    let other = create_channel(&client, "lobby", &[]).await?;

    let fetched = client.get_channel().channel_id(created.id.as_str()).send().await?.into_inner();
    assert_eq!(fetched, created, "get_channel reads back what was created");

    let updated = client
        .update_channel()
        .channel_id(created.id.as_str())
        .body(types::UpdateChannelRequest {
            name: Some("support-vip".parse().expect("valid name")),
            type_: Some(types::ChannelType::Private),
            limit: Some(50),
            ..Default::default()
        })
        .send()
        .await?
        .into_inner()
        .channel;
    assert_eq!(updated.id, created.id);
    assert_eq!(updated.name.as_deref(), Some("support-vip"));
    assert_eq!(updated.type_.as_deref(), Some("PRIVATE"));
    assert_eq!(updated.limit, Some(50));
    assert_eq!(updated.unique_id, created.unique_id, "fields left out stay as they were");
    let fetched = client.get_channel().channel_id(created.id.as_str()).send().await?.into_inner();
    assert_eq!(fetched, updated, "get_channel reads back the update");

    let private = channels(
        client
            .list_channels()
            .filter(Filter::new().eq("type", "PRIVATE"))
            .sort(Sort::descending("createdAt"))
            .option(ListOption::new().offset(0).per_page(10).to_json()?)
            .send()
            .await?
            .into_inner(),
    );
    assert_eq!(ids(&private, |c| Some(c.id.as_str())), [created.id.as_str()]);
    let all = channels(client.list_channels().filter(Filter::new()).send().await?.into_inner());
    assert_eq!(
        ids(&all, |c| Some(c.id.as_str())),
        [created.id.as_str(), other.id.as_str()],
        "without sort, creation order"
    );

    let deleted =
        client.delete_channel().channel_id(created.id.as_str()).send().await?.into_inner().channel;
    assert_eq!(deleted.id, created.id);
    assert_eq!(deleted.name.as_deref(), Some("support-vip"));
    Ok(())
}
