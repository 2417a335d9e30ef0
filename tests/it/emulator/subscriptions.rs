//! Subscriptions: listed, counted, and their read marks.

use ncloud_chat::{Filter, ListExt, ListOption, Result, Sort};
use ncloud_chat_emulator::ErrorTransport;

use super::{create_channel, ids, register, send, start, subscriptions};

#[tokio::test]
async fn subscriptions_listed_counted_and_marked() -> Result<()> {
    let (_emulator, client) = start(ErrorTransport::default()).await;
    for (id, name) in [("memb-001", "One"), ("memb-002", "Two"), ("memb-003", "Three")] {
        register(&client, id, name).await?;
    }
    let channel = create_channel(&client, "team", &["memb-001", "memb-002"]).await?;
    create_channel(&client, "elsewhere", &["memb-003"]).await?;
    let in_channel = || Filter::new().eq("channel_id", channel.id.as_str());

    let listed = subscriptions(
        client
            .list_subscriptions()
            .filter(in_channel())
            .sort(Sort::ascending("created_at"))
            .option(ListOption::new().per_page(10).to_json()?)
            .send()
            .await?
            .into_inner(),
    );
    assert_eq!(ids(&listed, |s| s.user_id.as_deref()), ["memb-001", "memb-002"]);
    assert!(listed.iter().all(|s| s.channel_id.as_deref() == Some(channel.id.as_str())));
    assert_eq!(listed[1].user.as_ref().and_then(|u| u.name.as_deref()), Some("Two"));
    assert_eq!(client.count_subscriptions(in_channel()).await?, 2);
    assert_eq!(client.count_subscriptions(Filter::new()).await?, 3);

    // A message sent: each subscription's mark decodes with its message.
    let message = send(&client, &channel.id, "hello team").await?;
    let listed =
        subscriptions(client.list_subscriptions().filter(in_channel()).send().await?.into_inner());
    for subscription in &listed {
        let mark = subscription.mark.as_ref().expect("mark");
        assert_eq!(mark.message_id.as_deref(), Some(message.id.as_str()));
        assert_eq!(mark.sort_id, message.sort_id);
    }
    Ok(())
}
