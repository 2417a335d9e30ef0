//! Response bodies: wrappers and views built from stored objects, serialized in the vendor's
//! field order (a `serde_json::Value` would sort the keys). Stored documents are sent as the
//! JSON text they are stored as, without parsing them again.

use axum::Json;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::model::{Friendship, Member, Notifications};

/// `value` as a JSON response.
pub(crate) fn respond<T: Serialize>(value: &T) -> Response {
    Json(value).into_response()
}

/// JSON text (a stored document, or one built from them) as a JSON response.
pub(crate) fn respond_raw(json: String) -> Response {
    ([(CONTENT_TYPE, "application/json")], json).into_response()
}

/// `{"<key>": <doc>}` as a JSON response, `doc` being stored JSON text.
pub(crate) fn wrap_raw(key: &str, doc: &str) -> Response {
    respond_raw(format!("{{\"{key}\":{doc}}}"))
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
        PushSettings { id: &member.id, notifications: &member.notifications }
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
        PushResult { member: PushSettings::of(member), status: 1 }
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
    NameProfile { id: &'a str, name: &'a str, profile: &'a str },
    Nickname { id: &'a str, nickname: &'a str },
}

impl<'a> FriendUser<'a> {
    fn new(user: &'a Member, style: SummaryStyle) -> Self {
        let (id, name) = (user.id.as_str(), user.name.as_str());
        match style {
            SummaryStyle::NameProfile => FriendUser::NameProfile {
                id,
                name,
                profile: user.profile.as_deref().unwrap_or_default(),
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
    /// `users` are the friendship's user and friend.
    pub(crate) fn new(
        f: &'a Friendship,
        project_id: &'a str,
        users: [&'a Member; 2],
        style: SummaryStyle,
    ) -> Self {
        let [user, friend] = users;
        FriendshipView {
            project_id,
            id: &f.id,
            status: &f.status,
            user_id: &f.user_id,
            user: FriendUser::new(user, style),
            friend_id: &f.friend_id,
            friend: FriendUser::new(friend, style),
            created_at: &f.created_at,
            updated_at: &f.updated_at,
            requested_at: &f.requested_at,
        }
    }
}
