//! A walk through the Ncloud Chat API with the `ncloud-chat` client.
//!
//! ```text
//! cargo run --example quickstart
//! ```
//!
//! With `NCLOUD_CHAT_API_KEY` and `NCLOUD_CHAT_PROJECT_ID` set (and optionally
//! `NCLOUD_CHAT_BASE_URL`), it talks to that service. Without them it starts the local emulator
//! (`ncloud-chat-emulator`) in-process and says so; with only one of them it stops and names the
//! missing one. It registers two users, issues a token, makes them
//! friends, creates a channel, sends messages, lists them with a filter, sort and pagination,
//! reads the channel's subscriptions, shows a typed error, and cleans up. Any failure ends it
//! with a non-zero exit status.

use std::process::ExitCode;

use futures::TryStreamExt;
use ncloud_chat::{
    ApiCode, Client, Error, Filter, ListExt, ListQuery, MessageListOption, Sort, TokenExt, types,
};
use ncloud_chat_emulator::{EmulatorConfig, EmulatorServer, KeyState};

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => {
            println!("\nDone.");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("\nquickstart failed: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Where the calls go: the configured service, or an emulator that lives as long as this value.
struct Target {
    client: Client,
    /// Credentials that the service refuses, to show a typed error.
    refused: Client,
    _emulator: Option<EmulatorServer>,
}

/// The two variables that select the real service; both or neither must be set.
const CREDENTIALS: [&str; 2] = ["NCLOUD_CHAT_API_KEY", "NCLOUD_CHAT_PROJECT_ID"];

async fn connect() -> Result<Target, Box<dyn std::error::Error>> {
    let (set, unset): (Vec<&str>, Vec<&str>) =
        CREDENTIALS.iter().partition(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty()));
    if let ([given], [missing]) = (set.as_slice(), unset.as_slice()) {
        // Half a configuration is a mistake: running on the emulator would hide it.
        return Err(format!(
            "{given} is set but {missing} is not: set both to use your project, or neither to \
             use the local emulator"
        )
        .into());
    }
    if unset.is_empty() {
        let client = Client::from_env()?;
        println!("Using the Ncloud Chat service at {}", client.base_url());
        let refused = Client::builder()
            .api_key("not-a-registered-key")
            .project_id(std::env::var("NCLOUD_CHAT_PROJECT_ID")?)
            .base_url(client.base_url())
            .build()?;
        return Ok(Target { client, refused, _emulator: None });
    }

    let emulator = EmulatorServer::start(EmulatorConfig::default()).await?;
    println!(
        "NCLOUD_CHAT_API_KEY / NCLOUD_CHAT_PROJECT_ID are not set: using the local emulator at {}",
        emulator.base_url()
    );
    let client = Client::builder()
        .api_key(emulator.api_key())
        .project_id(emulator.project_id())
        .base_url(emulator.base_url())
        .build()?;
    let deleted = emulator.credentials_for(KeyState::Deleted);
    let refused = Client::builder()
        .api_key(deleted.api_key)
        .project_id(deleted.project_id)
        .base_url(emulator.base_url())
        .build()?;
    Ok(Target { client, refused, _emulator: Some(emulator) })
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let Target { client, refused, _emulator } = connect().await?;
    // Unique IDs, so that runs against a real project do not collide.
    let run = format!("{:x}", std::time::UNIX_EPOCH.elapsed()?.as_millis() % 0xff_ffff);
    let (alice, bob) = (format!("alice_{run}"), format!("bob_{run}"));

    println!("\n1. Register two users");
    for (id, name) in [(&alice, "Alice"), (&bob, "Bob")] {
        let member = client
            .register_user()
            .body(types::RegisterUserRequest::builder().user_id(id.as_str()).name(name))
            .send()
            .await?
            .into_inner()
            .member;
        println!("   registered {} ({})", member.id, member.name.unwrap_or_default());
    }

    println!("\n2. Issue a token for {alice} (for the client SDK's login)");
    let token = client.issue_user_token(alice.as_str(), 7).await?;
    match token.expires_at {
        Some(at) => println!("   token issued, expires at {at}"),
        None => println!("   token issued (no readable expiry)"),
    }

    println!("\n3. Make them friends");
    let request = client
        .request_friend()
        .body(
            types::FriendRequest::builder()
                .user_id(alice.as_str())
                .friend_id(bob.as_str())
                .message(Some("Let's be friends!".to_string())),
        )
        .send()
        .await?
        .into_inner();
    let requested = request.into_friendship().status;
    println!("   request sent: {}", requested.unwrap_or_default());
    let accepted = client
        .accept_friend()
        .body(types::FriendPair::builder().user_id(bob.as_str()).friend_id(alice.as_str()))
        .send()
        .await?
        .into_inner();
    let status = accepted.friendship.status;
    println!("   {bob} accepted: {}", status.unwrap_or_default());

    println!("\n4. Create a private channel for both");
    let channel = client
        .create_channel()
        .body(
            types::CreateChannelRequest::builder()
                .name(format!("quickstart-{run}"))
                .type_(types::ChannelType::Private)
                .members(Some(vec![alice.clone(), bob.clone()])),
        )
        .send()
        .await?
        .into_inner()
        .channel;
    println!("   channel {} ({})", channel.id, channel.name.clone().unwrap_or_default());

    println!("\n5. Send five messages");
    for n in 1..=5 {
        let content = if n % 2 == 0 { "ping".to_string() } else { format!("hello #{n}") };
        let message = client
            .send_message()
            .channel_id(channel.id.as_str())
            .body(types::SendMessageRequest::builder().content(content))
            .send()
            .await?
            .into_inner()
            .message;
        println!("   sent {} {:?}", message.id, message.content.unwrap_or_default());
    }

    println!("\n6. List the \"ping\" messages, newest first, one page");
    let page = client
        .list_messages()
        .channel_id(channel.id.as_str())
        .filter(Filter::new().eq("content", "ping"))
        .sort(Sort::descending("created_at"))
        .option(MessageListOption::new().per_page(10).to_json()?)
        .send()
        .await?
        .into_inner();
    for message in page.iter() {
        println!("   {} sort_id={}", message.id, message.sort_id.clone().unwrap_or_default());
    }

    println!("\n7. Walk all messages oldest first, two per request");
    let query = ListQuery::new(Filter::new()).sort(Sort::ascending("created_at")).per_page(2);
    let mut messages = client.paginate_messages(channel.id.as_str(), query);
    while let Some(message) = messages.try_next().await? {
        println!("   {:?}", message.content.unwrap_or_default());
    }

    println!("\n8. Read the channel's subscriptions");
    let subscriptions = client
        .paginate_subscriptions(Filter::new().eq("channel_id", channel.id.as_str()))
        .try_collect_limit(100)
        .await?;
    for subscription in &subscriptions {
        println!(
            "   {} is subscribed (push: {})",
            subscription.user_id.clone().unwrap_or_default(),
            subscription.push.unwrap_or_default()
        );
    }
    let users = client.count_users(Filter::new().eq("deleted", false)).await?;
    println!("   the project has {users} active users");

    println!("\n9. A typed error: the same call with refused credentials");
    match refused.get_channel().channel_id(channel.id.as_str()).send().await {
        Ok(_) => return Err("the refused credentials were accepted".into()),
        Err(e) => {
            let e = Error::from(e);
            match e.code() {
                Some(
                    code @ (ApiCode::DeletedKey | ApiCode::UnregisteredKey | ApiCode::KeyMismatch),
                ) => {
                    println!("   {code:?}: {e}  (auth error: {})", e.is_auth_error())
                }
                _ => return Err(format!("unexpected error: {e}").into()),
            }
        }
    }

    println!("\n10. Clean up");
    client.delete_channel().channel_id(channel.id.as_str()).send().await?;
    println!("   deleted channel {}", channel.id);
    for id in [&alice, &bob] {
        let member = client.remove_user().user_id(id.as_str()).send().await?.into_inner().member;
        println!("   removed {} (deleted: {})", member.id, member.deleted.unwrap_or_default());
    }
    Ok(())
}
