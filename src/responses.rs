//! Accessors for response shapes the spec declares as alternatives, so callers need not match
//! on them.

use crate::generated::types::{Friendship, RequestFriendResponse};

impl RequestFriendResponse {
    /// The new friendship, whichever documented shape carried it: the current
    /// `{"data":{"requestFriend":{"friendship":..}}}` or the older `{"friendship":..}`.
    ///
    /// ```
    /// use ncloud_chat::types::RequestFriendResponse;
    ///
    /// for body in [
    ///     r#"{"data":{"requestFriend":{"friendship":{"id":"F1","status":"requested"}}}}"#,
    ///     r#"{"friendship":{"id":"F1","status":"requested"}}"#,
    /// ] {
    ///     let response: RequestFriendResponse = serde_json::from_str(body)?;
    ///     assert_eq!(response.friendship().id, "F1");
    /// }
    /// // Neither wrapper: not a friend-request result.
    /// assert!(serde_json::from_str::<RequestFriendResponse>("{}").is_err());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn friendship(&self) -> &Friendship {
        match self {
            Self::RequestFriendCurrent(current) => &current.data.request_friend.friendship,
            Self::FriendshipResponse(older) => &older.friendship,
        }
    }

    /// The new friendship, by value (see [`friendship`](Self::friendship)).
    pub fn into_friendship(self) -> Friendship {
        match self {
            Self::RequestFriendCurrent(current) => current.data.request_friend.friendship,
            Self::FriendshipResponse(older) => older.friendship,
        }
    }
}
