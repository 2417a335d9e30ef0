//! The stored objects. Those returned as they are (users, channels, messages) serialize
//! exactly as the service spells them (snake_case, except `customField` and `isExpress`), in
//! the vendor's field order, and are stored as that JSON (`db.rs`); friendships are shown
//! through `views.rs`, subscriptions are built in SQL (`routes/subscriptions.rs`).

use serde::{Deserialize, Serialize};

/// ID of the admin that creates channels and sends messages through this API.
pub(crate) const ADMIN_ID: &str = "admin";

/// `{id, name, profile}` of a user, as channels and messages show it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct UserSummary {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) profile: String,
}

impl UserSummary {
    pub(crate) fn admin() -> Self {
        UserSummary { id: ADMIN_ID.to_owned(), name: ADMIN_ID.to_owned(), profile: String::new() }
    }

    /// The summary of a user.
    pub(crate) fn of(member: &Member) -> Self {
        UserSummary {
            id: member.id.clone(),
            name: member.name.clone(),
            profile: member.profile.clone().unwrap_or_default(),
        }
    }

    /// "Not applicable": every field `""` (the spec's rule for a message's `admin` when no
    /// admin sent it).
    pub(crate) fn none() -> Self {
        UserSummary { id: String::new(), name: String::new(), profile: String::new() }
    }
}

/// Push settings; every field is `null` until set.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub(crate) struct Notifications {
    pub(crate) token: Option<String>,
    pub(crate) device: Option<String>,
    pub(crate) os: Option<String>,
    pub(crate) push: Option<bool>,
    pub(crate) ad: Option<bool>,
    pub(crate) night: Option<bool>,
    pub(crate) timezone: Option<String>,
}

/// A user ("member").
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Member {
    pub(crate) id: String,
    pub(crate) project_id: String,
    pub(crate) member_id: String,
    pub(crate) name: String,
    pub(crate) profile: Option<String>,
    pub(crate) memo: Option<String>,
    pub(crate) country: Option<String>,
    pub(crate) remoteip: Option<String>,
    pub(crate) adid: Option<String>,
    pub(crate) device: Option<String>,
    pub(crate) network: Option<String>,
    pub(crate) version: Option<String>,
    pub(crate) model: Option<String>,
    pub(crate) deleted: bool,
    pub(crate) online: bool,
    #[serde(rename = "customField")]
    pub(crate) custom_field: Option<String>,
    pub(crate) device_type: Vec<String>,
    pub(crate) push: bool,
    pub(crate) memberblock_id: Option<String>,
    pub(crate) notifications: Notifications,
    pub(crate) logined_at: Option<String>,
    pub(crate) created_at: String,
    pub(crate) updated_at: String,
    pub(crate) deleted_at: Option<String>,
}

impl Member {
    pub(crate) fn new(id: String, name: String, project_id: &str, now: &str) -> Self {
        Member {
            member_id: id.clone(),
            id,
            project_id: project_id.to_owned(),
            name,
            profile: None,
            memo: None,
            country: None,
            remoteip: None,
            adid: None,
            device: None,
            network: None,
            version: None,
            model: None,
            deleted: false,
            online: false,
            custom_field: None,
            device_type: Vec::new(),
            push: true,
            memberblock_id: None,
            notifications: Notifications::default(),
            logined_at: None,
            created_at: now.to_owned(),
            updated_at: now.to_owned(),
            deleted_at: None,
        }
    }
}

/// A channel.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Channel {
    pub(crate) id: String,
    pub(crate) project_id: String,
    pub(crate) name: String,
    pub(crate) user_id: String,
    pub(crate) user: UserSummary,
    pub(crate) unique_id: Option<String>,
    #[serde(rename = "type")]
    pub(crate) kind: String,
    pub(crate) translation: bool,
    pub(crate) members: Vec<String>,
    pub(crate) disabled: bool,
    pub(crate) mutes: bool,
    pub(crate) push: bool,
    pub(crate) limit: i64,
    pub(crate) link_url: Option<String>,
    pub(crate) image_url: Option<String>,
    pub(crate) created_at: String,
    pub(crate) updated_at: String,
}

/// `attachment_filenames` of a message: empty values for text messages.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Attachment {
    pub(crate) name: String,
    pub(crate) size: u64,
    #[serde(rename = "type")]
    pub(crate) kind: String,
    pub(crate) url: String,
}

/// A message.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Message {
    pub(crate) id: String,
    pub(crate) message_id: String,
    pub(crate) channel_id: String,
    pub(crate) sort_id: String,
    pub(crate) message_type: String,
    pub(crate) sender: UserSummary,
    pub(crate) admin: UserSummary,
    pub(crate) attachment_filenames: Attachment,
    pub(crate) has: String,
    pub(crate) embed_providers: String,
    pub(crate) embed_type: String,
    #[serde(rename = "isExpress")]
    pub(crate) is_express: bool,
    pub(crate) link_hostnames: String,
    pub(crate) mentions: Vec<String>,
    pub(crate) mentions_everyone: bool,
    pub(crate) content: String,
    pub(crate) created_at: String,
    pub(crate) updated_at: String,
}

impl Message {
    /// A text message from `sender`; `admin` is the admin for messages sent through the API
    /// (the admin is then both), [`UserSummary::none`] for a member's own message.
    pub(crate) fn text(
        id: String,
        channel_id: &str,
        sort_id: String,
        [sender, admin]: [UserSummary; 2],
        content: String,
        now: &str,
    ) -> Self {
        Message {
            message_id: id.clone(),
            id,
            channel_id: channel_id.to_owned(),
            sort_id,
            message_type: "text".to_owned(),
            sender,
            admin,
            attachment_filenames: Attachment {
                name: String::new(),
                size: 0,
                kind: "text".to_owned(),
                url: String::new(),
            },
            has: String::new(),
            embed_providers: String::new(),
            embed_type: String::new(),
            is_express: false,
            link_hostnames: String::new(),
            mentions: Vec::new(),
            mentions_everyone: false,
            content,
            created_at: now.to_owned(),
            updated_at: now.to_owned(),
        }
    }
}

/// Friendship states.
pub(crate) const REQUESTED: &str = "requested";
pub(crate) const ACCEPTED: &str = "accepted";
pub(crate) const REJECTED: &str = "rejected";

/// A friend request and its outcome; `user_id` always names the user who asked.
#[derive(Clone, Debug)]
pub(crate) struct Friendship {
    pub(crate) id: String,
    pub(crate) status: String,
    pub(crate) user_id: String,
    pub(crate) friend_id: String,
    pub(crate) created_at: String,
    pub(crate) updated_at: String,
    pub(crate) requested_at: String,
}
