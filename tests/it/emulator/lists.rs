//! Counts and streams over several pages, for each list operation.

use futures::TryStreamExt;
use ncloud_chat::{Filter, ListExt, ListQuery, Result, Sort, types};
use ncloud_chat_emulator::ErrorTransport;

use super::{create_channel, ids, register, send, start};

#[tokio::test]
async fn counts_of_users_channels_and_subscriptions() -> Result<()> {
    let (_emulator, client) = start(ErrorTransport::default()).await;
    assert_eq!(client.count_users(Filter::new()).await?, 0);
    assert_eq!(client.count_channels(Filter::new()).await?, 0);
    assert_eq!(client.count_subscriptions(Filter::new()).await?, 0);

    for i in 0..5 {
        register(&client, &format!("count-{i:02}"), &format!("N{}", i % 2)).await?;
    }
    assert_eq!(client.count_users(Filter::new()).await?, 5);
    assert_eq!(client.count_users(Filter::new().eq("name", "N1")).await?, 2);

    create_channel(&client, "a", &["count-01", "count-02"]).await?;
    create_channel(&client, "b", &["count-02"]).await?;
    assert_eq!(client.count_channels(Filter::new()).await?, 2);
    assert_eq!(client.count_channels(Filter::new().eq("name", "b")).await?, 1);
    assert_eq!(client.count_subscriptions(Filter::new()).await?, 3);
    assert_eq!(client.count_subscriptions(Filter::new().eq("user_id", "count-02")).await?, 2);
    Ok(())
}

#[tokio::test]
async fn paginate_users_and_channels_over_several_pages() -> Result<()> {
    let (_emulator, client) = start(ErrorTransport::default()).await;
    let expected: Vec<String> = (0..7).map(|i| format!("page-user-{i}")).collect();
    for id in &expected {
        register(&client, id, "Paged").await?;
    }

    // 7 items, 3 per page: two full pages and a short one.
    let oldest_first = ListQuery::new(Filter::new().eq("name", "Paged"))
        .sort(Sort::ascending("created_at"))
        .per_page(3);
    let users: Vec<types::Member> =
        client.paginate_users(oldest_first.clone()).try_collect().await?;
    assert_eq!(ids(&users, |m| Some(m.id.as_str())), expected);

    // 7 items, 7 per page: a full page, then an empty one ends the stream.
    let exact: Vec<types::Member> =
        client.paginate_users(oldest_first.clone().per_page(7)).try_collect().await?;
    assert_eq!(exact.len(), 7);

    // Newest first, stopped after 5 (the last page is cut to what is still needed).
    let newest = client
        .paginate_users(
            ListQuery::new(Filter::new()).sort(Sort::descending("created_at")).per_page(2),
        )
        .try_collect_limit(5)
        .await?;
    let mut reversed = expected.clone();
    reversed.reverse();
    assert_eq!(ids(&newest, |m| Some(m.id.as_str())), reversed[..5]);

    // A filter alone is a query; channels of one type, two per page.
    let mut public = Vec::new();
    for i in 0..5 {
        let channel = create_channel(&client, &format!("room-{i}"), &[]).await?;
        public.push(channel.id);
        client
            .create_channel()
            .body_map(|b| b.name(format!("hidden-{i}")).type_(types::ChannelType::Private))
            .send()
            .await?;
    }
    let listed: Vec<types::Channel> = client
        .paginate_channels(ListQuery::new(Filter::new().eq("type", "PUBLIC")).per_page(2))
        .try_collect()
        .await?;
    assert_eq!(ids(&listed, |c| Some(c.id.as_str())), public);
    let everything: Vec<types::Channel> =
        client.paginate_channels(Filter::new()).try_collect().await?;
    assert_eq!(everything.len(), 10);
    Ok(())
}

#[tokio::test]
async fn paginate_messages_and_subscriptions_over_several_pages() -> Result<()> {
    let (_emulator, client) = start(ErrorTransport::default()).await;
    let users: Vec<String> = (0..5).map(|i| format!("sub-user-{i}")).collect();
    for id in &users {
        register(&client, id, "Sub").await?;
    }
    let member_ids: Vec<&str> = users.iter().map(String::as_str).collect();
    let channel = create_channel(&client, "busy", &member_ids).await?;
    let mut contents = Vec::new();
    for i in 0..5 {
        let content = format!("message {i}");
        send(&client, &channel.id, &content).await?;
        contents.push(content);
    }

    let newest_first: Vec<types::Message> = client
        .paginate_messages(
            channel.id.as_str(),
            ListQuery::new(Filter::new().eq("sender.id", "admin"))
                .sort(Sort::descending("created_at"))
                .per_page(2),
        )
        .try_collect()
        .await?;
    contents.reverse();
    assert_eq!(ids(&newest_first, |m| m.content.as_deref()), contents);

    let subscribed: Vec<types::Subscription> = client
        .paginate_subscriptions(
            ListQuery::new(Filter::new().eq("channel_id", channel.id.as_str())).per_page(2),
        )
        .try_collect()
        .await?;
    assert_eq!(ids(&subscribed, |s| s.user_id.as_deref()), member_ids);

    let two: Vec<types::Subscription> =
        client.paginate_subscriptions(Filter::new()).limit(2).try_collect().await?;
    assert_eq!(ids(&two, |s| s.user_id.as_deref()), member_ids[..2]);
    Ok(())
}
