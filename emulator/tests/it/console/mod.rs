//! The browser console: its HTTP guards (`guards.rs`) and the page in headless Chromium
//! (`browser.rs`, through `webdriver.rs`), on an emulator filled through the Rust client.

mod browser;
mod guards;
mod webdriver;

use ncloud_chat::{Client, Filter, types};
use ncloud_chat_emulator::{EmulatorConfig, EmulatorServer};

/// An emulator with its console, and the Rust client aimed at its API.
pub struct Chat {
    pub emulator: EmulatorServer,
    pub client: Client,
}

impl Chat {
    pub async fn start() -> Chat {
        let emulator =
            EmulatorServer::start(EmulatorConfig::default()).await.expect("emulator started");
        let client = Client::builder()
            .api_key(emulator.api_key())
            .project_id(emulator.project_id())
            .base_url(emulator.base_url())
            .build()
            .expect("client");
        Chat { emulator, client }
    }

    /// The console's URL, `path` appended (e.g. `#channel=…` or `api/users`).
    pub fn console(&self, path: &str) -> String {
        let url = self.emulator.console_url().expect("console on loopback");
        format!("{url}{path}")
    }

    pub async fn user(&self, id: &str, name: &str) {
        let body = types::RegisterUserRequest::builder().user_id(id).name(name);
        let sent = self.client.register_user().body(body).send().await;
        sent.expect("user registered");
    }

    /// Creates a public channel with `members`; returns its ID.
    pub async fn channel(&self, name: &str, members: &[&str]) -> String {
        let members = members.iter().map(|m| (*m).to_owned()).collect();
        let body = types::CreateChannelRequest::builder()
            .name(name)
            .type_(types::ChannelType::Public)
            .members(Some(members));
        let sent = self.client.create_channel().body(body).send().await;
        sent.expect("channel created").into_inner().channel.id
    }

    /// Sends `content` to a channel through the API (as the admin).
    pub async fn send(&self, channel_id: &str, content: &str) {
        let body = types::SendMessageRequest::builder().content(content);
        let sent = self.client.send_message().channel_id(channel_id).body(body);
        sent.send().await.expect("message sent");
    }

    /// `user_id` asks `friend_id`; `accepted` makes them friends.
    pub async fn friends(&self, user_id: &str, friend_id: &str, accepted: bool) {
        let body = types::FriendRequest::builder().user_id(user_id).friend_id(friend_id);
        let sent = self.client.request_friend().body(body).send().await;
        sent.expect("friend request sent");
        if accepted {
            let pair = types::FriendPair::builder().user_id(friend_id).friend_id(user_id);
            let sent = self.client.accept_friend().body(pair).send().await;
            sent.expect("friend request accepted");
        }
    }

    /// `(sender id, content)` of a channel's messages, oldest first, through the API.
    pub async fn messages(&self, channel_id: &str) -> Vec<(String, String)> {
        let listed = self
            .client
            .list_messages()
            .channel_id(channel_id)
            .filter(Filter::new())
            .send()
            .await
            .expect("messages listed")
            .into_inner();
        listed
            .iter()
            .map(|m| {
                let sender = m.sender.as_ref().and_then(|s| s.id.clone());
                (sender.unwrap_or_default(), m.content.clone().unwrap_or_default())
            })
            .collect()
    }
}
