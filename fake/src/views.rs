//! Response bodies: wrappers and views built from stored objects, serialized in the vendor's
//! field order (a `serde_json::Value` would sort the keys).
//!
//! Handlers serialize while they hold the store lock, so views borrow from the store and the
//! handlers return a finished [`Response`].

use axum::Json;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::model::{Channel, Friendship, Member, Message, Notifications, SubscriptionRecord};

/// `value` as a JSON response.
pub(crate) fn respond<T: Serialize>(value: &T) -> Response {
    Json(value).into_response()
}

/// `{"<key>": value}` as a JSON response, e.g. `{"member": {...}}`.
pub(crate) fn wrap<T: Serialize>(key: &'static str, value: &T) -> Response {
    respond(&Wrapped(key, value))
}

/// `{"<key>": value}`, keeping `value`'s field order.
pub(crate) struct Wrapped<'a, T>(pub(crate) &'static str, pub(crate) &'a T);

impl<T: Serialize> Serialize for Wrapped<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(self.0, self.1)?;
        map.end()
    }
}

/// `{"status":1,"token":"…","message":""}`.
#[derive(Serialize)]
pub(crate) struct TokenIssued {
    pub(crate) status: i64,
    pub(crate) token: String,
    pub(crate) message: &'static str,
}

/// `{"id", "notifications"}`: Get push notification settings, and `member` of the other two.
#[derive(Serialize)]
pub(crate) struct PushSettings<'a> {
    id: &'a str,
    notifications: &'a Notifications,
}

impl<'a> PushSettings<'a> {
    pub(crate) fn of(member: &'a Member) -> Self {
        PushSettings {
            id: &member.id,
            notifications: &member.notifications,
        }
    }
}

/// `{"member": {"id", "notifications"}, "status": 1}`: set / disable push settings.
#[derive(Serialize)]
pub(crate) struct PushResult<'a> {
    member: PushSettings<'a>,
    status: i64,
}

impl<'a> PushResult<'a> {
    pub(crate) fn of(member: &'a Member) -> Self {
        PushResult {
            member: PushSettings::of(member),
            status: 1,
        }
    }
}

/// How a friendship names its two users.
#[derive(Clone, Copy, Debug)]
pub(crate) enum SummaryStyle {
    /// `{id, name, profile}`: Send a friend request (current docs).
    NameProfile,
    /// `{id, nickname}`: Accept / Reject.
    Nickname,
}

#[derive(Serialize)]
#[serde(untagged)]
enum FriendUser<'a> {
    NameProfile {
        id: &'a str,
        name: &'a str,
        profile: &'a str,
    },
    Nickname {
        id: &'a str,
        nickname: &'a str,
    },
}

impl<'a> FriendUser<'a> {
    fn new(id: &'a str, users: &'a [Member], style: SummaryStyle) -> Self {
        let user = users.iter().find(|u| u.id == id);
        let name = user.map_or("", |u| u.name.as_str());
        match style {
            SummaryStyle::NameProfile => FriendUser::NameProfile {
                id,
                name,
                profile: user.and_then(|u| u.profile.as_deref()).unwrap_or_default(),
            },
            SummaryStyle::Nickname => FriendUser::Nickname { id, nickname: name },
        }
    }
}

/// A friendship as the friend calls return it.
#[derive(Serialize)]
pub(crate) struct FriendshipView<'a> {
    project_id: &'a str,
    id: &'a str,
    status: &'a str,
    user_id: &'a str,
    user: FriendUser<'a>,
    friend_id: &'a str,
    friend: FriendUser<'a>,
    created_at: &'a str,
    updated_at: &'a str,
    requested_at: &'a str,
}

impl<'a> FriendshipView<'a> {
    pub(crate) fn new(
        f: &'a Friendship,
        project_id: &'a str,
        users: &'a [Member],
        style: SummaryStyle,
    ) -> Self {
        FriendshipView {
            project_id,
            id: &f.id,
            status: f.status,
            user_id: &f.user_id,
            user: FriendUser::new(&f.user_id, users, style),
            friend_id: &f.friend_id,
            friend: FriendUser::new(&f.friend_id, users, style),
            created_at: &f.created_at,
            updated_at: &f.updated_at,
            requested_at: &f.requested_at,
        }
    }
}

#[derive(Serialize)]
struct SubscriptionUser<'a> {
    name: &'a str,
    profile: &'a str,
}

/// The last-message marker; empty strings when the channel has no message.
#[derive(Serialize)]
struct Mark<'a> {
    user_id: &'a str,
    message_id: &'a str,
    sort_id: &'a str,
}

/// A subscription as listed.
#[derive(Serialize)]
pub(crate) struct SubscriptionView<'a> {
    id: &'a str,
    project_id: &'a str,
    channel_id: &'a str,
    user_id: &'a str,
    online: bool,
    language: &'static str,
    push: bool,
    mute: bool,
    user: SubscriptionUser<'a>,
    mark: Mark<'a>,
    created_at: &'a str,
    updated_at: &'a str,
}

impl<'a> SubscriptionView<'a> {
    /// `last` is the channel's newest message, if any.
    pub(crate) fn new(
        record: &'a SubscriptionRecord,
        project_id: &'a str,
        user: &'a Member,
        channel: &'a Channel,
        last: Option<&'a Message>,
    ) -> Self {
        SubscriptionView {
            id: &record.id,
            project_id,
            channel_id: &record.channel_id,
            user_id: &record.user_id,
            online: user.online,
            language: "en",
            push: channel.push,
            mute: false,
            user: SubscriptionUser {
                name: &user.name,
                profile: user.profile.as_deref().unwrap_or_default(),
            },
            mark: Mark {
                user_id: last.map_or("", |m| m.sender.id.as_str()),
                message_id: last.map_or("", |m| m.id.as_str()),
                sort_id: last.map_or("", |m| m.sort_id.as_str()),
            },
            created_at: &record.created_at,
            updated_at: &record.created_at,
        }
    }
}
