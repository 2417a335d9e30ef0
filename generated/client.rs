#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /**Body of Send several friend requests, a top-level JSON array. Neither a minimum nor a
maximum batch size is documented.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct BulkFriendRequest(pub ::std::vec::Vec<FriendPair>);
    impl ::std::ops::Deref for BulkFriendRequest {
        type Target = ::std::vec::Vec<FriendPair>;
        fn deref(&self) -> &::std::vec::Vec<FriendPair> {
            &self.0
        }
    }
    impl ::std::convert::From<BulkFriendRequest> for ::std::vec::Vec<FriendPair> {
        fn from(value: BulkFriendRequest) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<FriendPair>> for BulkFriendRequest {
        fn from(value: ::std::vec::Vec<FriendPair>) -> Self {
            Self(value)
        }
    }
    ///Confirmation of Send several friend requests (`message` required).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct BulkFriendResult {
        ///e.g. `Friends added successfully`.
        pub message: ::std::string::String,
    }
    impl BulkFriendResult {
        pub fn builder() -> builder::BulkFriendResult {
            Default::default()
        }
    }
    ///A channel. More undocumented fields may appear.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Channel {
        ///Creation time, ISO 8601 with offset.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        ///Deletion time *(service schema, not the docs)*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deleted_at: ::std::option::Option<::std::string::String>,
        ///Channel disabled.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disabled: ::std::option::Option<bool>,
        ///Channel ID (UUID).
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image_url: ::std::option::Option<ChannelImageUrl>,
        ///The channel's latest message *(service schema, not the docs; nullable)*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_message: ::std::option::Option<Message>,
        ///Maximum participants; 0 means unlimited.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limit: ::std::option::Option<i64>,
        ///Channel link URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub link_url: ::std::option::Option<::std::string::String>,
        ///User IDs allowed to subscribe.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub members: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Channel muted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mutes: ::std::option::Option<bool>,
        ///Channel name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Project ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub project_id: ::std::option::Option<::std::string::String>,
        ///Push notifications allowed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub push: ::std::option::Option<bool>,
        ///Automatic translation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub translation: ::std::option::Option<bool>,
        ///`PUBLIC` or `PRIVATE` (open string in responses).
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///Caller-assigned unique ID (`uniqueId` in requests).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unique_id: ::std::option::Option<::std::string::String>,
        ///Last change, ISO 8601 with offset.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::std::string::String>,
        ///The creator; `null` possible *(nullable in the service schema)*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<ChannelUser>,
        ///Creator's user ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<::std::string::String>,
    }
    impl Channel {
        pub fn builder() -> builder::Channel {
            Default::default()
        }
    }
    /**Channel image. Conflict: the current table types `image_url` as an array, the older
example shows a string; both are accepted.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum ChannelImageUrl {
        Url(::std::option::Option<::std::string::String>),
        Urls(::std::vec::Vec<::std::string::String>),
    }
    impl ::std::convert::From<::std::option::Option<::std::string::String>>
    for ChannelImageUrl {
        fn from(value: ::std::option::Option<::std::string::String>) -> Self {
            Self::Url(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>>
    for ChannelImageUrl {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Urls(value)
        }
    }
    ///A page of channels, or their count when `option.count` is true.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum ChannelList {
        Channels(Channels),
        Count(Count),
    }
    impl ::std::convert::From<Channels> for ChannelList {
        fn from(value: Channels) -> Self {
            Self::Channels(value)
        }
    }
    impl ::std::convert::From<Count> for ChannelList {
        fn from(value: Count) -> Self {
            Self::Count(value)
        }
    }
    ///A channel wrapped in `channel`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ChannelResponse {
        pub channel: Channel,
    }
    impl ChannelResponse {
        pub fn builder() -> builder::ChannelResponse {
            Default::default()
        }
    }
    ///Who may join a channel.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum ChannelType {
        #[serde(rename = "PUBLIC")]
        Public,
        #[serde(rename = "PRIVATE")]
        Private,
    }
    impl ::std::fmt::Display for ChannelType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Public => f.write_str("PUBLIC"),
                Self::Private => f.write_str("PRIVATE"),
            }
        }
    }
    impl ::std::str::FromStr for ChannelType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "PUBLIC" => Ok(Self::Public),
                "PRIVATE" => Ok(Self::Private),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChannelType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChannelType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The creator of a channel.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ChannelUser {
        ///User ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Profile image URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub profile: ::std::option::Option<::std::string::String>,
    }
    impl ChannelUser {
        pub fn builder() -> builder::ChannelUser {
            Default::default()
        }
    }
    ///A page of channels.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct Channels(pub ::std::vec::Vec<Channel>);
    impl ::std::ops::Deref for Channels {
        type Target = ::std::vec::Vec<Channel>;
        fn deref(&self) -> &::std::vec::Vec<Channel> {
            &self.0
        }
    }
    impl ::std::convert::From<Channels> for ::std::vec::Vec<Channel> {
        fn from(value: Channels) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<Channel>> for Channels {
        fn from(value: ::std::vec::Vec<Channel>) -> Self {
            Self(value)
        }
    }
    /**Result of a list call made with `option.count` true. Unverified: the vendor does not
document this shape; `{"count": n}` is this document's assumption.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Count {
        ///Number of matching items.
        pub count: i64,
    }
    impl Count {
        pub fn builder() -> builder::Count {
            Default::default()
        }
    }
    ///Body of Create channel. Defaults are the vendor's.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateChannelRequest {
        ///Create the channel disabled (default false).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disabled: ::std::option::Option<bool>,
        /**Channel image URL (returned as `image_url`); a full URL answering HTTP 200. The
emulator requires an absolute `http://` or `https://` URL and does not fetch it.
*/
        #[serde(
            rename = "imageUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub image_url: ::std::option::Option<::std::string::String>,
        ///Maximum participants; 0 means unlimited (negative values are undocumented).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limit: ::std::option::Option<i64>,
        /**Channel link URL (returned as `link_url`); a full URL answering HTTP 200. The
emulator requires an absolute `http://` or `https://` URL and does not fetch it.
*/
        #[serde(
            rename = "linkUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub link_url: ::std::option::Option<::std::string::String>,
        ///User IDs allowed to subscribe; supply it for PRIVATE channels.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub members: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Mute the channel (default false).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mutes: ::std::option::Option<bool>,
        ///Channel name.
        pub name: ::std::string::String,
        ///Allow push notifications (default true).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub push: ::std::option::Option<bool>,
        ///Automatic translation (default false).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub translation: ::std::option::Option<bool>,
        #[serde(rename = "type")]
        pub type_: ChannelType,
        ///Caller-chosen unique ID (returned as `unique_id`).
        #[serde(
            rename = "uniqueId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub unique_id: ::std::option::Option<::std::string::String>,
    }
    impl CreateChannelRequest {
        pub fn builder() -> builder::CreateChannelRequest {
            Default::default()
        }
    }
    ///`DeleteChannelChannelId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct DeleteChannelChannelId(::std::string::String);
    impl ::std::ops::Deref for DeleteChannelChannelId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteChannelChannelId> for ::std::string::String {
        fn from(value: DeleteChannelChannelId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteChannelChannelId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteChannelChannelId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteChannelChannelId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteChannelChannelId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DeleteMessageChannelId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct DeleteMessageChannelId(::std::string::String);
    impl ::std::ops::Deref for DeleteMessageChannelId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteMessageChannelId> for ::std::string::String {
        fn from(value: DeleteMessageChannelId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteMessageChannelId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteMessageChannelId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteMessageChannelId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteMessageChannelId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DeleteMessageMessageId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct DeleteMessageMessageId(::std::string::String);
    impl ::std::ops::Deref for DeleteMessageMessageId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeleteMessageMessageId> for ::std::string::String {
        fn from(value: DeleteMessageMessageId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeleteMessageMessageId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteMessageMessageId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteMessageMessageId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeleteMessageMessageId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`DisablePushNotificationUserId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct DisablePushNotificationUserId(::std::string::String);
    impl ::std::ops::Deref for DisablePushNotificationUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DisablePushNotificationUserId> for ::std::string::String {
        fn from(value: DisablePushNotificationUserId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DisablePushNotificationUserId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DisablePushNotificationUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for DisablePushNotificationUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DisablePushNotificationUserId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**The error envelope. `status` codes: `-1` API key not registered or no permission, `-2`
API key differs from the dashboard's, `-3` API key deleted, `-4` API key disabled, `-5`
API key expired, `-6` project not found. Other negative values may appear (the schema
does not close the set); `1` means success where an operation returns `status`.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ErrorEnvelope {
        ///Human-readable error text.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Result code (see above).
        pub status: i64,
    }
    impl ErrorEnvelope {
        pub fn builder() -> builder::ErrorEnvelope {
            Default::default()
        }
    }
    ///Two users, as in bulk requests and in accepting or rejecting a request.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct FriendPair {
        ///The other user.
        #[serde(rename = "friendId")]
        pub friend_id: ::std::string::String,
        ///A user (for bulk requests, the one sending the request).
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl FriendPair {
        pub fn builder() -> builder::FriendPair {
            Default::default()
        }
    }
    ///Body of Send a friend request.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct FriendRequest {
        ///The user being asked.
        #[serde(rename = "friendId")]
        pub friend_id: ::std::string::String,
        ///Text attached to the request.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The user sending the request.
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl FriendRequest {
        pub fn builder() -> builder::FriendRequest {
            Default::default()
        }
    }
    /**A friendship between two users. The vendor tables list `friend_id` twice (the older
example even repeats the key); it is one field here.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Friendship {
        ///Creation time, ISO 8601 with offset.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub friend: ::std::option::Option<FriendshipUser>,
        ///The requested user's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub friend_id: ::std::option::Option<::std::string::String>,
        ///Friendship ID.
        pub id: ::std::string::String,
        ///Project ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub project_id: ::std::option::Option<::std::string::String>,
        ///Request time, ISO 8601 with offset.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub requested_at: ::std::option::Option<::std::string::String>,
        /**Progress, e.g. `requested`, `accepted`, `rejected`. The vendor documents no closed
list, so this is an open string.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Last change, ISO 8601 with offset.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<FriendshipUser>,
        ///The requesting user's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<::std::string::String>,
    }
    impl Friendship {
        pub fn builder() -> builder::Friendship {
            Default::default()
        }
    }
    ///A friendship wrapped in `friendship` (required).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct FriendshipResponse {
        pub friendship: Friendship,
    }
    impl FriendshipResponse {
        pub fn builder() -> builder::FriendshipResponse {
            Default::default()
        }
    }
    /**A user inside a friendship. Send a friend request's current documentation gives `id`,
`name`, `profile`; Accept / Reject and the older page give `id`, `nickname`.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct FriendshipUser {
        ///User ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Display name (current documentation).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Display name (Accept / Reject and older documentation).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nickname: ::std::option::Option<::std::string::String>,
        ///Profile image URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub profile: ::std::option::Option<::std::string::String>,
    }
    impl FriendshipUser {
        pub fn builder() -> builder::FriendshipUser {
            Default::default()
        }
    }
    ///`GetChannelChannelId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct GetChannelChannelId(::std::string::String);
    impl ::std::ops::Deref for GetChannelChannelId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetChannelChannelId> for ::std::string::String {
        fn from(value: GetChannelChannelId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetChannelChannelId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetChannelChannelId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetChannelChannelId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetChannelChannelId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GetMessageChannelId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct GetMessageChannelId(::std::string::String);
    impl ::std::ops::Deref for GetMessageChannelId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetMessageChannelId> for ::std::string::String {
        fn from(value: GetMessageChannelId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetMessageChannelId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetMessageChannelId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetMessageChannelId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetMessageChannelId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GetMessageMessageId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct GetMessageMessageId(::std::string::String);
    impl ::std::ops::Deref for GetMessageMessageId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetMessageMessageId> for ::std::string::String {
        fn from(value: GetMessageMessageId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetMessageMessageId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetMessageMessageId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetMessageMessageId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetMessageMessageId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GetPushNotificationUserId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct GetPushNotificationUserId(::std::string::String);
    impl ::std::ops::Deref for GetPushNotificationUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetPushNotificationUserId> for ::std::string::String {
        fn from(value: GetPushNotificationUserId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetPushNotificationUserId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetPushNotificationUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetPushNotificationUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetPushNotificationUserId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`GetUserUserId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct GetUserUserId(::std::string::String);
    impl ::std::ops::Deref for GetUserUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetUserUserId> for ::std::string::String {
        fn from(value: GetUserUserId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetUserUserId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetUserUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetUserUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetUserUserId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListMessagesChannelId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct ListMessagesChannelId(::std::string::String);
    impl ::std::ops::Deref for ListMessagesChannelId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListMessagesChannelId> for ::std::string::String {
        fn from(value: ListMessagesChannelId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListMessagesChannelId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListMessagesChannelId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListMessagesChannelId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListMessagesChannelId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**A user. Fields after `memberblock_id` come from the older documentation's example and
the other user pages; more undocumented fields may appear.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Member {
        ///Advertising ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub adid: ::std::option::Option<::std::string::String>,
        ///Country of access, e.g. `KR`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///Registration time, ISO 8601 with offset.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        ///User-defined field (camelCase even in responses).
        #[serde(
            rename = "customField",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_field: ::std::option::Option<::std::string::String>,
        ///`true` once the user has been removed (withdrawn).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deleted: ::std::option::Option<bool>,
        ///Removal time, ISO 8601 with offset; `null` unless removed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deleted_at: ::std::option::Option<::std::string::String>,
        ///Device.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device: ::std::option::Option<::std::string::String>,
        ///Device types.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_type: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///User ID (the `userId` given at registration).
        pub id: ::std::string::String,
        ///Last login, ISO 8601 with offset.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logined_at: ::std::option::Option<::std::string::String>,
        ///User ID again (same value as `id`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub member_id: ::std::option::Option<::std::string::String>,
        ///Undocumented ("TBD" in the vendor docs).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memberblock_id: ::std::option::Option<::std::string::String>,
        ///Note about the user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memo: ::std::option::Option<::std::string::String>,
        ///Model.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub model: ::std::option::Option<::std::string::String>,
        ///Display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Network.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<::std::string::String>,
        ///Push settings; `null` possible *(nullable in the service schema)*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notifications: ::std::option::Option<Notifications>,
        ///`true` while the user is online.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub online: ::std::option::Option<bool>,
        ///Profile image URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub profile: ::std::option::Option<::std::string::String>,
        ///Project ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub project_id: ::std::option::Option<::std::string::String>,
        ///Push notifications allowed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub push: ::std::option::Option<bool>,
        ///Client IP address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub remoteip: ::std::option::Option<::std::string::String>,
        ///Last change, ISO 8601 with offset.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::std::string::String>,
        ///Version.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
    }
    impl Member {
        pub fn builder() -> builder::Member {
            Default::default()
        }
    }
    ///A page of users, or their count when `option.count` is true.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum MemberList {
        Members(Members),
        Count(Count),
    }
    impl ::std::convert::From<Members> for MemberList {
        fn from(value: Members) -> Self {
            Self::Members(value)
        }
    }
    impl ::std::convert::From<Count> for MemberList {
        fn from(value: Count) -> Self {
            Self::Count(value)
        }
    }
    /**A user's ID and push settings. Both keys are in every vendor example and required, so an
empty or foreign body is not taken for settings.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct MemberNotifications {
        ///User ID.
        pub id: ::std::string::String,
        ///Push settings; `null` possible *(nullable in the service schema)*.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub notifications: ::std::option::Option<Notifications>,
    }
    impl MemberNotifications {
        pub fn builder() -> builder::MemberNotifications {
            Default::default()
        }
    }
    ///A user wrapped in `member`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct MemberResponse {
        pub member: Member,
    }
    impl MemberResponse {
        pub fn builder() -> builder::MemberResponse {
            Default::default()
        }
    }
    ///A page of users.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct Members(pub ::std::vec::Vec<Member>);
    impl ::std::ops::Deref for Members {
        type Target = ::std::vec::Vec<Member>;
        fn deref(&self) -> &::std::vec::Vec<Member> {
            &self.0
        }
    }
    impl ::std::convert::From<Members> for ::std::vec::Vec<Member> {
        fn from(value: Members) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<Member>> for Members {
        fn from(value: ::std::vec::Vec<Member>) -> Self {
            Self(value)
        }
    }
    /**A message. The vendor tables stop after `isExpress`; `link_hostnames` comes from the
older example, `mentions`, `mentions_everyone`, `content` and `created_at` from the SDK
types and the list examples. More undocumented fields may appear.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Message {
        ///The admin, for messages sent with this API; `null` possible *(nullable in the service schema)*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub admin: ::std::option::Option<MessageUser>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attachment_filenames: ::std::option::Option<MessageAttachment>,
        ///Size of the message *(service schema, not the docs; `Int` there)*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bytes: ::std::option::Option<i64>,
        ///Channel ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel_id: ::std::option::Option<::std::string::String>,
        ///Message text.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<::std::string::String>,
        ///Send time, ISO 8601 with offset.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        ///Provider of an embedded item.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub embed_providers: ::std::option::Option<::std::string::String>,
        ///Type of an embedded item, `""` by default.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub embed_type: ::std::option::Option<::std::string::String>,
        ///Special attachment kind (`link`, `image`, `video`, `file`), `""` by default.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has: ::std::option::Option<::std::string::String>,
        ///Message ID (24 hexadecimal characters).
        pub id: ::std::string::String,
        ///Express message flag (camelCase even in responses).
        #[serde(
            rename = "isExpress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_express: ::std::option::Option<bool>,
        ///Host names of links in the message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub link_hostnames: ::std::option::Option<::std::string::String>,
        ///Mentioned user IDs.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mentions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Whether everyone is mentioned (a boolean or a string; only seen in SDK types).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mentions_everyone: ::std::option::Option<::serde_json::Value>,
        ///Message ID again.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_id: ::std::option::Option<::std::string::String>,
        ///`text` or `file` (open: other values may appear).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_type: ::std::option::Option<::std::string::String>,
        ///ID of the message this one replies to *(service schema, not the docs)*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parent_message_id: ::std::option::Option<::std::string::String>,
        ///Send time as the service records it *(service schema, not the docs)*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sended_at: ::std::option::Option<::std::string::String>,
        ///The sender; `null` possible *(nullable in the service schema)*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sender: ::std::option::Option<MessageUser>,
        ///Send time as Unix epoch milliseconds, in a string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sort_id: ::std::option::Option<::std::string::String>,
        ///Last change *(service schema, not the docs)*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::std::string::String>,
    }
    impl Message {
        pub fn builder() -> builder::Message {
            Default::default()
        }
    }
    /**Attachment of a message: one object, not an array. For text messages the values are
empty (`{"name":"","size":0,"type":"text","url":""}`).
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct MessageAttachment {
        ///File name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /**Size in bytes. A number, not an integer: the service schema types it `Float`, so
`1234.0` may arrive.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<f64>,
        ///Type, `text` for text messages.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///File URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl MessageAttachment {
        pub fn builder() -> builder::MessageAttachment {
            Default::default()
        }
    }
    ///A message wrapped in `message`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct MessageResponse {
        pub message: Message,
    }
    impl MessageResponse {
        pub fn builder() -> builder::MessageResponse {
            Default::default()
        }
    }
    ///Sender or admin of a message. All fields are `""` when not applicable.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct MessageUser {
        ///User ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Profile image URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub profile: ::std::option::Option<::std::string::String>,
    }
    impl MessageUser {
        pub fn builder() -> builder::MessageUser {
            Default::default()
        }
    }
    ///A page of messages.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct Messages(pub ::std::vec::Vec<Message>);
    impl ::std::ops::Deref for Messages {
        type Target = ::std::vec::Vec<Message>;
        fn deref(&self) -> &::std::vec::Vec<Message> {
            &self.0
        }
    }
    impl ::std::convert::From<Messages> for ::std::vec::Vec<Message> {
        fn from(value: Messages) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<Message>> for Messages {
        fn from(value: ::std::vec::Vec<Message>) -> Self {
            Self(value)
        }
    }
    ///Push settings as sent by the caller. Omitted fields are left unchanged.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct NotificationSettings {
        ///Allow advertising pushes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ad: ::std::option::Option<bool>,
        /**Push service. Documented values: `FCM` and `APNS`; the service itself returns
`sandbox` (official example of Get push notification settings), so any string is
accepted and a value read back can be sent back.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device: ::std::option::Option<::std::string::String>,
        ///Allow pushes at night.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub night: ::std::option::Option<bool>,
        ///OS version, e.g. `iOS 18` or `25`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub os: ::std::option::Option<::std::string::String>,
        ///Allow push notifications.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub push: ::std::option::Option<bool>,
        ///Time zone, e.g. `Asia/Seoul`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timezone: ::std::option::Option<::std::string::String>,
        ///Device push token.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<::std::string::String>,
    }
    impl NotificationSettings {
        pub fn builder() -> builder::NotificationSettings {
            Default::default()
        }
    }
    /**Push settings as the service returns them. Every field is `null` after "Disable push
notification settings". `device` is documented as `FCM` or `APNS`, but the official
example shows `sandbox`, so it is an open string.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Notifications {
        ///Advertising pushes allowed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ad: ::std::option::Option<bool>,
        ///Push service (`FCM`, `APNS`, and values such as `sandbox` seen in practice).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device: ::std::option::Option<::std::string::String>,
        ///Night-time pushes allowed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub night: ::std::option::Option<bool>,
        ///OS version.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub os: ::std::option::Option<::std::string::String>,
        ///Push notifications allowed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub push: ::std::option::Option<bool>,
        ///Time zone, `null` when not set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timezone: ::std::option::Option<::std::string::String>,
        ///Device push token.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<::std::string::String>,
    }
    impl Notifications {
        pub fn builder() -> builder::Notifications {
            Default::default()
        }
    }
    /**Result of setting or disabling push settings. `status` `1` is success; any other value
is a failure. Both keys are required.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PushNotificationResult {
        pub member: MemberNotifications,
        ///`1` on success.
        pub status: i64,
    }
    impl PushNotificationResult {
        pub fn builder() -> builder::PushNotificationResult {
            Default::default()
        }
    }
    ///Body of Register user.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct RegisterUserRequest {
        ///Free-form user-defined text.
        #[serde(
            rename = "customField",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_field: ::std::option::Option<::std::string::String>,
        ///Display name.
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notifications: ::std::option::Option<NotificationSettings>,
        ///Profile image URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub profile: ::std::option::Option<::std::string::String>,
        /**The new user's ID. The vendor page says 4 to 128 letters, digits, `-` or `_`, but
public code registers e-mail addresses as IDs, so this is not declared as a
constraint: the service decides.
*/
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl RegisterUserRequest {
        pub fn builder() -> builder::RegisterUserRequest {
            Default::default()
        }
    }
    ///`RemoveUserUserId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct RemoveUserUserId(::std::string::String);
    impl ::std::ops::Deref for RemoveUserUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<RemoveUserUserId> for ::std::string::String {
        fn from(value: RemoveUserUserId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for RemoveUserUserId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for RemoveUserUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for RemoveUserUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RemoveUserUserId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The current documentation's shape of Send a friend request's result.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct RequestFriendCurrent {
        pub data: RequestFriendData,
    }
    impl RequestFriendCurrent {
        pub fn builder() -> builder::RequestFriendCurrent {
            Default::default()
        }
    }
    ///The `data` wrapper of the current Send a friend request documentation.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct RequestFriendData {
        #[serde(rename = "requestFriend")]
        pub request_friend: FriendshipResponse,
    }
    impl RequestFriendData {
        pub fn builder() -> builder::RequestFriendData {
            Default::default()
        }
    }
    /**Result of Send a friend request in either documented shape: the current
`{"data":{"requestFriend":{"friendship":...}}}` or the older `{"friendship":...}`. One
of the two wrapper keys is required, so an empty or foreign body is not success.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum RequestFriendResponse {
        RequestFriendCurrent(RequestFriendCurrent),
        FriendshipResponse(FriendshipResponse),
    }
    impl ::std::convert::From<RequestFriendCurrent> for RequestFriendResponse {
        fn from(value: RequestFriendCurrent) -> Self {
            Self::RequestFriendCurrent(value)
        }
    }
    impl ::std::convert::From<FriendshipResponse> for RequestFriendResponse {
        fn from(value: FriendshipResponse) -> Self {
            Self::FriendshipResponse(value)
        }
    }
    ///`SendMessageChannelId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct SendMessageChannelId(::std::string::String);
    impl ::std::ops::Deref for SendMessageChannelId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SendMessageChannelId> for ::std::string::String {
        fn from(value: SendMessageChannelId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SendMessageChannelId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SendMessageChannelId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendMessageChannelId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SendMessageChannelId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Body of Send a message.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SendMessageRequest {
        /**Message text (maximum length set in the dashboard). Whether the service refuses an
empty text is not documented, so it is not refused here.
*/
        pub content: ::std::string::String,
    }
    impl SendMessageRequest {
        pub fn builder() -> builder::SendMessageRequest {
            Default::default()
        }
    }
    ///`SetPushNotificationUserId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct SetPushNotificationUserId(::std::string::String);
    impl ::std::ops::Deref for SetPushNotificationUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SetPushNotificationUserId> for ::std::string::String {
        fn from(value: SetPushNotificationUserId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SetPushNotificationUserId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SetPushNotificationUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SetPushNotificationUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SetPushNotificationUserId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**A user's subscription to a channel. The vendor table stops after `mark.user_id`; the
rest comes from the SDK types. More undocumented fields may appear.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Subscription {
        ///Channel ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel_id: ::std::option::Option<::std::string::String>,
        ///Subscription time, ISO 8601 with offset.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        ///Subscription ID.
        pub id: ::std::string::String,
        ///Language code, e.g. `en`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        ///The read marker; `null` possible *(nullable in the service schema)*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mark: ::std::option::Option<SubscriptionMark>,
        ///Channel muted for this user (`mute`, while Channel says `mutes`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mute: ::std::option::Option<bool>,
        ///User online.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub online: ::std::option::Option<bool>,
        ///Project ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub project_id: ::std::option::Option<::std::string::String>,
        ///Push allowed for this subscription.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub push: ::std::option::Option<bool>,
        ///Last change *(service schema, not the docs)*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::std::string::String>,
        ///The subscribed user; `null` possible *(nullable in the service schema)*.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<SubscriptionUser>,
        ///User ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<::std::string::String>,
    }
    impl Subscription {
        pub fn builder() -> builder::Subscription {
            Default::default()
        }
    }
    ///A page of subscriptions, or their count when `option.count` is true.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum SubscriptionList {
        Subscriptions(Subscriptions),
        Count(Count),
    }
    impl ::std::convert::From<Subscriptions> for SubscriptionList {
        fn from(value: Subscriptions) -> Self {
            Self::Subscriptions(value)
        }
    }
    impl ::std::convert::From<Count> for SubscriptionList {
        fn from(value: Count) -> Self {
            Self::Count(value)
        }
    }
    ///The last (read) message marker of a subscription.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SubscriptionMark {
        ///ID of the marked message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_id: ::std::option::Option<::std::string::String>,
        ///`sort_id` of the marked message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sort_id: ::std::option::Option<::std::string::String>,
        ///Sender of the marked message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<::std::string::String>,
    }
    impl SubscriptionMark {
        pub fn builder() -> builder::SubscriptionMark {
            Default::default()
        }
    }
    ///The subscribed user (no `id`; see `user_id`).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SubscriptionUser {
        ///Display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Profile image URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub profile: ::std::option::Option<::std::string::String>,
    }
    impl SubscriptionUser {
        pub fn builder() -> builder::SubscriptionUser {
            Default::default()
        }
    }
    ///A page of subscriptions.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct Subscriptions(pub ::std::vec::Vec<Subscription>);
    impl ::std::ops::Deref for Subscriptions {
        type Target = ::std::vec::Vec<Subscription>;
        fn deref(&self) -> &::std::vec::Vec<Subscription> {
            &self.0
        }
    }
    impl ::std::convert::From<Subscriptions> for ::std::vec::Vec<Subscription> {
        fn from(value: Subscriptions) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<Subscription>> for Subscriptions {
        fn from(value: ::std::vec::Vec<Subscription>) -> Self {
            Self(value)
        }
    }
    ///Result of Issue token. `status` `1` is success; anything else is a failure.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct TokenResponse {
        ///Error text; empty on success.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///`1` on success; any other value is a failure.
        pub status: i64,
        /**The token, a JWT. Its `exp` claim (Unix seconds) is taken as its expiry; unverified:
no vendor page shows a decoded token.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<::std::string::String>,
    }
    impl TokenResponse {
        pub fn builder() -> builder::TokenResponse {
            Default::default()
        }
    }
    ///`UpdateChannelChannelId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct UpdateChannelChannelId(::std::string::String);
    impl ::std::ops::Deref for UpdateChannelChannelId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateChannelChannelId> for ::std::string::String {
        fn from(value: UpdateChannelChannelId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateChannelChannelId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateChannelChannelId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateChannelChannelId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateChannelChannelId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Body of Edit channel. Every field is optional; omitted fields are unchanged.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateChannelRequest {
        ///Channel disabled.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disabled: ::std::option::Option<bool>,
        ///Channel image URL, a full URL as on create.
        #[serde(
            rename = "imageUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub image_url: ::std::option::Option<::std::string::String>,
        ///Maximum participants; 0 means unlimited (negative values are undocumented).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limit: ::std::option::Option<i64>,
        ///Channel link URL, a full URL as on create.
        #[serde(
            rename = "linkUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub link_url: ::std::option::Option<::std::string::String>,
        /**User IDs allowed to subscribe; `[]` clears the list. Declared `nullable` (null means
"unchanged", like omitting it) so that generated clients can send an empty list.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub members: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///Channel muted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mutes: ::std::option::Option<bool>,
        ///Channel name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Push notifications allowed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub push: ::std::option::Option<bool>,
        ///Automatic translation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub translation: ::std::option::Option<bool>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<ChannelType>,
        ///Caller-chosen unique ID.
        #[serde(
            rename = "uniqueId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub unique_id: ::std::option::Option<::std::string::String>,
    }
    impl UpdateChannelRequest {
        pub fn builder() -> builder::UpdateChannelRequest {
            Default::default()
        }
    }
    ///Body of Edit user. Every field is optional; omitted fields are unchanged.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateUserRequest {
        ///Free-form user-defined text.
        #[serde(
            rename = "customField",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_field: ::std::option::Option<::std::string::String>,
        ///Display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notifications: ::std::option::Option<NotificationSettings>,
        ///Profile image URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub profile: ::std::option::Option<::std::string::String>,
    }
    impl UpdateUserRequest {
        pub fn builder() -> builder::UpdateUserRequest {
            Default::default()
        }
    }
    ///`UpdateUserUserId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct UpdateUserUserId(::std::string::String);
    impl ::std::ops::Deref for UpdateUserUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateUserUserId> for ::std::string::String {
        fn from(value: UpdateUserUserId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateUserUserId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateUserUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateUserUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateUserUserId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct BulkFriendResult {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for BulkFriendResult {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl BulkFriendResult {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BulkFriendResult> for super::BulkFriendResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BulkFriendResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { message: value.message? })
            }
        }
        impl ::std::convert::From<super::BulkFriendResult> for BulkFriendResult {
            fn from(value: super::BulkFriendResult) -> Self {
                Self { message: Ok(value.message) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Channel {
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deleted_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            disabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            image_url: ::std::result::Result<
                ::std::option::Option<super::ChannelImageUrl>,
                ::std::string::String,
            >,
            last_message: ::std::result::Result<
                ::std::option::Option<super::Message>,
                ::std::string::String,
            >,
            limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            link_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            members: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            mutes: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            push: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            translation: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            unique_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                ::std::option::Option<super::ChannelUser>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Channel {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    deleted_at: Ok(Default::default()),
                    disabled: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    image_url: Ok(Default::default()),
                    last_message: Ok(Default::default()),
                    limit: Ok(Default::default()),
                    link_url: Ok(Default::default()),
                    members: Ok(Default::default()),
                    mutes: Ok(Default::default()),
                    name: Ok(Default::default()),
                    project_id: Ok(Default::default()),
                    push: Ok(Default::default()),
                    translation: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    unique_id: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    user: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                }
            }
        }
        impl Channel {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn deleted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deleted_at: {e}")
                    });
                self
            }
            pub fn disabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for disabled: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn image_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ChannelImageUrl>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.image_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image_url: {e}")
                    });
                self
            }
            pub fn last_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Message>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_message: {e}")
                    });
                self
            }
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limit: {e}")
                    });
                self
            }
            pub fn link_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.link_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for link_url: {e}")
                    });
                self
            }
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members: {e}")
                    });
                self
            }
            pub fn mutes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.mutes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mutes: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for project_id: {e}")
                    });
                self
            }
            pub fn push<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.push = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for push: {e}")
                    });
                self
            }
            pub fn translation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.translation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for translation: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn unique_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unique_id: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChannelUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Channel> for super::Channel {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Channel,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    deleted_at: value.deleted_at?,
                    disabled: value.disabled?,
                    id: value.id?,
                    image_url: value.image_url?,
                    last_message: value.last_message?,
                    limit: value.limit?,
                    link_url: value.link_url?,
                    members: value.members?,
                    mutes: value.mutes?,
                    name: value.name?,
                    project_id: value.project_id?,
                    push: value.push?,
                    translation: value.translation?,
                    type_: value.type_?,
                    unique_id: value.unique_id?,
                    updated_at: value.updated_at?,
                    user: value.user?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::Channel> for Channel {
            fn from(value: super::Channel) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    deleted_at: Ok(value.deleted_at),
                    disabled: Ok(value.disabled),
                    id: Ok(value.id),
                    image_url: Ok(value.image_url),
                    last_message: Ok(value.last_message),
                    limit: Ok(value.limit),
                    link_url: Ok(value.link_url),
                    members: Ok(value.members),
                    mutes: Ok(value.mutes),
                    name: Ok(value.name),
                    project_id: Ok(value.project_id),
                    push: Ok(value.push),
                    translation: Ok(value.translation),
                    type_: Ok(value.type_),
                    unique_id: Ok(value.unique_id),
                    updated_at: Ok(value.updated_at),
                    user: Ok(value.user),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChannelResponse {
            channel: ::std::result::Result<super::Channel, ::std::string::String>,
        }
        impl ::std::default::Default for ChannelResponse {
            fn default() -> Self {
                Self {
                    channel: Err("no value supplied for channel".to_string()),
                }
            }
        }
        impl ChannelResponse {
            pub fn channel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Channel>,
                T::Error: ::std::fmt::Display,
            {
                self.channel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChannelResponse> for super::ChannelResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChannelResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { channel: value.channel? })
            }
        }
        impl ::std::convert::From<super::ChannelResponse> for ChannelResponse {
            fn from(value: super::ChannelResponse) -> Self {
                Self { channel: Ok(value.channel) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChannelUser {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            profile: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChannelUser {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    profile: Ok(Default::default()),
                }
            }
        }
        impl ChannelUser {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.profile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChannelUser> for super::ChannelUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChannelUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    profile: value.profile?,
                })
            }
        }
        impl ::std::convert::From<super::ChannelUser> for ChannelUser {
            fn from(value: super::ChannelUser) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    profile: Ok(value.profile),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Count {
            count: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for Count {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                }
            }
        }
        impl Count {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Count> for super::Count {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Count,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { count: value.count? })
            }
        }
        impl ::std::convert::From<super::Count> for Count {
            fn from(value: super::Count) -> Self {
                Self { count: Ok(value.count) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateChannelRequest {
            disabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            image_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            link_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            members: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            mutes: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            push: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            translation: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::ChannelType, ::std::string::String>,
            unique_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateChannelRequest {
            fn default() -> Self {
                Self {
                    disabled: Ok(Default::default()),
                    image_url: Ok(Default::default()),
                    limit: Ok(Default::default()),
                    link_url: Ok(Default::default()),
                    members: Ok(Default::default()),
                    mutes: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    push: Ok(Default::default()),
                    translation: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    unique_id: Ok(Default::default()),
                }
            }
        }
        impl CreateChannelRequest {
            pub fn disabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for disabled: {e}")
                    });
                self
            }
            pub fn image_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image_url: {e}")
                    });
                self
            }
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limit: {e}")
                    });
                self
            }
            pub fn link_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.link_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for link_url: {e}")
                    });
                self
            }
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members: {e}")
                    });
                self
            }
            pub fn mutes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.mutes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mutes: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn push<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.push = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for push: {e}")
                    });
                self
            }
            pub fn translation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.translation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for translation: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ChannelType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn unique_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unique_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateChannelRequest>
        for super::CreateChannelRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateChannelRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    disabled: value.disabled?,
                    image_url: value.image_url?,
                    limit: value.limit?,
                    link_url: value.link_url?,
                    members: value.members?,
                    mutes: value.mutes?,
                    name: value.name?,
                    push: value.push?,
                    translation: value.translation?,
                    type_: value.type_?,
                    unique_id: value.unique_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateChannelRequest> for CreateChannelRequest {
            fn from(value: super::CreateChannelRequest) -> Self {
                Self {
                    disabled: Ok(value.disabled),
                    image_url: Ok(value.image_url),
                    limit: Ok(value.limit),
                    link_url: Ok(value.link_url),
                    members: Ok(value.members),
                    mutes: Ok(value.mutes),
                    name: Ok(value.name),
                    push: Ok(value.push),
                    translation: Ok(value.translation),
                    type_: Ok(value.type_),
                    unique_id: Ok(value.unique_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorEnvelope {
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for ErrorEnvelope {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl ErrorEnvelope {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorEnvelope> for super::ErrorEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorEnvelope> for ErrorEnvelope {
            fn from(value: super::ErrorEnvelope) -> Self {
                Self {
                    message: Ok(value.message),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FriendPair {
            friend_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for FriendPair {
            fn default() -> Self {
                Self {
                    friend_id: Err("no value supplied for friend_id".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl FriendPair {
            pub fn friend_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.friend_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for friend_id: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FriendPair> for super::FriendPair {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FriendPair,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    friend_id: value.friend_id?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::FriendPair> for FriendPair {
            fn from(value: super::FriendPair) -> Self {
                Self {
                    friend_id: Ok(value.friend_id),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FriendRequest {
            friend_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for FriendRequest {
            fn default() -> Self {
                Self {
                    friend_id: Err("no value supplied for friend_id".to_string()),
                    message: Ok(Default::default()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl FriendRequest {
            pub fn friend_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.friend_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for friend_id: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FriendRequest> for super::FriendRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FriendRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    friend_id: value.friend_id?,
                    message: value.message?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::FriendRequest> for FriendRequest {
            fn from(value: super::FriendRequest) -> Self {
                Self {
                    friend_id: Ok(value.friend_id),
                    message: Ok(value.message),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Friendship {
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            friend: ::std::result::Result<
                ::std::option::Option<super::FriendshipUser>,
                ::std::string::String,
            >,
            friend_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            requested_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                ::std::option::Option<super::FriendshipUser>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Friendship {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    friend: Ok(Default::default()),
                    friend_id: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    project_id: Ok(Default::default()),
                    requested_at: Ok(Default::default()),
                    status: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    user: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                }
            }
        }
        impl Friendship {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn friend<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FriendshipUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.friend = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for friend: {e}")
                    });
                self
            }
            pub fn friend_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.friend_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for friend_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for project_id: {e}")
                    });
                self
            }
            pub fn requested_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.requested_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for requested_at: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FriendshipUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Friendship> for super::Friendship {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Friendship,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    friend: value.friend?,
                    friend_id: value.friend_id?,
                    id: value.id?,
                    project_id: value.project_id?,
                    requested_at: value.requested_at?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                    user: value.user?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::Friendship> for Friendship {
            fn from(value: super::Friendship) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    friend: Ok(value.friend),
                    friend_id: Ok(value.friend_id),
                    id: Ok(value.id),
                    project_id: Ok(value.project_id),
                    requested_at: Ok(value.requested_at),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                    user: Ok(value.user),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FriendshipResponse {
            friendship: ::std::result::Result<super::Friendship, ::std::string::String>,
        }
        impl ::std::default::Default for FriendshipResponse {
            fn default() -> Self {
                Self {
                    friendship: Err("no value supplied for friendship".to_string()),
                }
            }
        }
        impl FriendshipResponse {
            pub fn friendship<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Friendship>,
                T::Error: ::std::fmt::Display,
            {
                self.friendship = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for friendship: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FriendshipResponse> for super::FriendshipResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FriendshipResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    friendship: value.friendship?,
                })
            }
        }
        impl ::std::convert::From<super::FriendshipResponse> for FriendshipResponse {
            fn from(value: super::FriendshipResponse) -> Self {
                Self {
                    friendship: Ok(value.friendship),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FriendshipUser {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            nickname: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            profile: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FriendshipUser {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    nickname: Ok(Default::default()),
                    profile: Ok(Default::default()),
                }
            }
        }
        impl FriendshipUser {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn nickname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.nickname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nickname: {e}")
                    });
                self
            }
            pub fn profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.profile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FriendshipUser> for super::FriendshipUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FriendshipUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    nickname: value.nickname?,
                    profile: value.profile?,
                })
            }
        }
        impl ::std::convert::From<super::FriendshipUser> for FriendshipUser {
            fn from(value: super::FriendshipUser) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    nickname: Ok(value.nickname),
                    profile: Ok(value.profile),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Member {
            adid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            custom_field: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deleted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            deleted_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            device: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            device_type: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            logined_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            member_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            memberblock_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            memo: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            model: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            network: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            notifications: ::std::result::Result<
                ::std::option::Option<super::Notifications>,
                ::std::string::String,
            >,
            online: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            profile: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            push: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            remoteip: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Member {
            fn default() -> Self {
                Self {
                    adid: Ok(Default::default()),
                    country: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    custom_field: Ok(Default::default()),
                    deleted: Ok(Default::default()),
                    deleted_at: Ok(Default::default()),
                    device: Ok(Default::default()),
                    device_type: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    logined_at: Ok(Default::default()),
                    member_id: Ok(Default::default()),
                    memberblock_id: Ok(Default::default()),
                    memo: Ok(Default::default()),
                    model: Ok(Default::default()),
                    name: Ok(Default::default()),
                    network: Ok(Default::default()),
                    notifications: Ok(Default::default()),
                    online: Ok(Default::default()),
                    profile: Ok(Default::default()),
                    project_id: Ok(Default::default()),
                    push: Ok(Default::default()),
                    remoteip: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    version: Ok(Default::default()),
                }
            }
        }
        impl Member {
            pub fn adid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.adid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for adid: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn custom_field<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_field = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom_field: {e}")
                    });
                self
            }
            pub fn deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deleted: {e}")
                    });
                self
            }
            pub fn deleted_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deleted_at: {e}")
                    });
                self
            }
            pub fn device<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for device: {e}")
                    });
                self
            }
            pub fn device_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.device_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for device_type: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn logined_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.logined_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for logined_at: {e}")
                    });
                self
            }
            pub fn member_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.member_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for member_id: {e}")
                    });
                self
            }
            pub fn memberblock_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.memberblock_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for memberblock_id: {e}"
                        )
                    });
                self
            }
            pub fn memo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.memo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memo: {e}")
                    });
                self
            }
            pub fn model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.model = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for model: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn network<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network: {e}")
                    });
                self
            }
            pub fn notifications<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Notifications>>,
                T::Error: ::std::fmt::Display,
            {
                self.notifications = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notifications: {e}")
                    });
                self
            }
            pub fn online<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.online = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for online: {e}")
                    });
                self
            }
            pub fn profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.profile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile: {e}")
                    });
                self
            }
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for project_id: {e}")
                    });
                self
            }
            pub fn push<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.push = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for push: {e}")
                    });
                self
            }
            pub fn remoteip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.remoteip = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remoteip: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Member> for super::Member {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Member,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    adid: value.adid?,
                    country: value.country?,
                    created_at: value.created_at?,
                    custom_field: value.custom_field?,
                    deleted: value.deleted?,
                    deleted_at: value.deleted_at?,
                    device: value.device?,
                    device_type: value.device_type?,
                    id: value.id?,
                    logined_at: value.logined_at?,
                    member_id: value.member_id?,
                    memberblock_id: value.memberblock_id?,
                    memo: value.memo?,
                    model: value.model?,
                    name: value.name?,
                    network: value.network?,
                    notifications: value.notifications?,
                    online: value.online?,
                    profile: value.profile?,
                    project_id: value.project_id?,
                    push: value.push?,
                    remoteip: value.remoteip?,
                    updated_at: value.updated_at?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::Member> for Member {
            fn from(value: super::Member) -> Self {
                Self {
                    adid: Ok(value.adid),
                    country: Ok(value.country),
                    created_at: Ok(value.created_at),
                    custom_field: Ok(value.custom_field),
                    deleted: Ok(value.deleted),
                    deleted_at: Ok(value.deleted_at),
                    device: Ok(value.device),
                    device_type: Ok(value.device_type),
                    id: Ok(value.id),
                    logined_at: Ok(value.logined_at),
                    member_id: Ok(value.member_id),
                    memberblock_id: Ok(value.memberblock_id),
                    memo: Ok(value.memo),
                    model: Ok(value.model),
                    name: Ok(value.name),
                    network: Ok(value.network),
                    notifications: Ok(value.notifications),
                    online: Ok(value.online),
                    profile: Ok(value.profile),
                    project_id: Ok(value.project_id),
                    push: Ok(value.push),
                    remoteip: Ok(value.remoteip),
                    updated_at: Ok(value.updated_at),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MemberNotifications {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            notifications: ::std::result::Result<
                ::std::option::Option<super::Notifications>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MemberNotifications {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    notifications: Err("no value supplied for notifications".to_string()),
                }
            }
        }
        impl MemberNotifications {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn notifications<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Notifications>>,
                T::Error: ::std::fmt::Display,
            {
                self.notifications = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notifications: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MemberNotifications>
        for super::MemberNotifications {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MemberNotifications,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    notifications: value.notifications?,
                })
            }
        }
        impl ::std::convert::From<super::MemberNotifications> for MemberNotifications {
            fn from(value: super::MemberNotifications) -> Self {
                Self {
                    id: Ok(value.id),
                    notifications: Ok(value.notifications),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MemberResponse {
            member: ::std::result::Result<super::Member, ::std::string::String>,
        }
        impl ::std::default::Default for MemberResponse {
            fn default() -> Self {
                Self {
                    member: Err("no value supplied for member".to_string()),
                }
            }
        }
        impl MemberResponse {
            pub fn member<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Member>,
                T::Error: ::std::fmt::Display,
            {
                self.member = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for member: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MemberResponse> for super::MemberResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MemberResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { member: value.member? })
            }
        }
        impl ::std::convert::From<super::MemberResponse> for MemberResponse {
            fn from(value: super::MemberResponse) -> Self {
                Self { member: Ok(value.member) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Message {
            admin: ::std::result::Result<
                ::std::option::Option<super::MessageUser>,
                ::std::string::String,
            >,
            attachment_filenames: ::std::result::Result<
                ::std::option::Option<super::MessageAttachment>,
                ::std::string::String,
            >,
            bytes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            channel_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            embed_providers: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            embed_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            has: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_express: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            link_hostnames: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mentions: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            mentions_everyone: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sended_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sender: ::std::result::Result<
                ::std::option::Option<super::MessageUser>,
                ::std::string::String,
            >,
            sort_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Message {
            fn default() -> Self {
                Self {
                    admin: Ok(Default::default()),
                    attachment_filenames: Ok(Default::default()),
                    bytes: Ok(Default::default()),
                    channel_id: Ok(Default::default()),
                    content: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    embed_providers: Ok(Default::default()),
                    embed_type: Ok(Default::default()),
                    has: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    is_express: Ok(Default::default()),
                    link_hostnames: Ok(Default::default()),
                    mentions: Ok(Default::default()),
                    mentions_everyone: Ok(Default::default()),
                    message_id: Ok(Default::default()),
                    message_type: Ok(Default::default()),
                    parent_message_id: Ok(Default::default()),
                    sended_at: Ok(Default::default()),
                    sender: Ok(Default::default()),
                    sort_id: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl Message {
            pub fn admin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MessageUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.admin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for admin: {e}")
                    });
                self
            }
            pub fn attachment_filenames<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MessageAttachment>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attachment_filenames = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for attachment_filenames: {e}"
                        )
                    });
                self
            }
            pub fn bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bytes: {e}")
                    });
                self
            }
            pub fn channel_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel_id: {e}")
                    });
                self
            }
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn embed_providers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.embed_providers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for embed_providers: {e}"
                        )
                    });
                self
            }
            pub fn embed_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.embed_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for embed_type: {e}")
                    });
                self
            }
            pub fn has<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.has = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_express<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_express = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_express: {e}")
                    });
                self
            }
            pub fn link_hostnames<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.link_hostnames = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for link_hostnames: {e}"
                        )
                    });
                self
            }
            pub fn mentions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mentions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mentions: {e}")
                    });
                self
            }
            pub fn mentions_everyone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.mentions_everyone = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for mentions_everyone: {e}"
                        )
                    });
                self
            }
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
            pub fn message_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_type: {e}")
                    });
                self
            }
            pub fn parent_message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parent_message_id: {e}"
                        )
                    });
                self
            }
            pub fn sended_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sended_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sended_at: {e}")
                    });
                self
            }
            pub fn sender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MessageUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.sender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender: {e}")
                    });
                self
            }
            pub fn sort_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sort_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sort_id: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Message> for super::Message {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Message,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    admin: value.admin?,
                    attachment_filenames: value.attachment_filenames?,
                    bytes: value.bytes?,
                    channel_id: value.channel_id?,
                    content: value.content?,
                    created_at: value.created_at?,
                    embed_providers: value.embed_providers?,
                    embed_type: value.embed_type?,
                    has: value.has?,
                    id: value.id?,
                    is_express: value.is_express?,
                    link_hostnames: value.link_hostnames?,
                    mentions: value.mentions?,
                    mentions_everyone: value.mentions_everyone?,
                    message_id: value.message_id?,
                    message_type: value.message_type?,
                    parent_message_id: value.parent_message_id?,
                    sended_at: value.sended_at?,
                    sender: value.sender?,
                    sort_id: value.sort_id?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::Message> for Message {
            fn from(value: super::Message) -> Self {
                Self {
                    admin: Ok(value.admin),
                    attachment_filenames: Ok(value.attachment_filenames),
                    bytes: Ok(value.bytes),
                    channel_id: Ok(value.channel_id),
                    content: Ok(value.content),
                    created_at: Ok(value.created_at),
                    embed_providers: Ok(value.embed_providers),
                    embed_type: Ok(value.embed_type),
                    has: Ok(value.has),
                    id: Ok(value.id),
                    is_express: Ok(value.is_express),
                    link_hostnames: Ok(value.link_hostnames),
                    mentions: Ok(value.mentions),
                    mentions_everyone: Ok(value.mentions_everyone),
                    message_id: Ok(value.message_id),
                    message_type: Ok(value.message_type),
                    parent_message_id: Ok(value.parent_message_id),
                    sended_at: Ok(value.sended_at),
                    sender: Ok(value.sender),
                    sort_id: Ok(value.sort_id),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MessageAttachment {
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MessageAttachment {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                    size: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl MessageAttachment {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MessageAttachment> for super::MessageAttachment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessageAttachment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    size: value.size?,
                    type_: value.type_?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::MessageAttachment> for MessageAttachment {
            fn from(value: super::MessageAttachment) -> Self {
                Self {
                    name: Ok(value.name),
                    size: Ok(value.size),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MessageResponse {
            message: ::std::result::Result<super::Message, ::std::string::String>,
        }
        impl ::std::default::Default for MessageResponse {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl MessageResponse {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Message>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MessageResponse> for super::MessageResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessageResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { message: value.message? })
            }
        }
        impl ::std::convert::From<super::MessageResponse> for MessageResponse {
            fn from(value: super::MessageResponse) -> Self {
                Self { message: Ok(value.message) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MessageUser {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            profile: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MessageUser {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    profile: Ok(Default::default()),
                }
            }
        }
        impl MessageUser {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.profile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MessageUser> for super::MessageUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessageUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    profile: value.profile?,
                })
            }
        }
        impl ::std::convert::From<super::MessageUser> for MessageUser {
            fn from(value: super::MessageUser) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    profile: Ok(value.profile),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NotificationSettings {
            ad: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            device: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            night: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            os: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            push: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            timezone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NotificationSettings {
            fn default() -> Self {
                Self {
                    ad: Ok(Default::default()),
                    device: Ok(Default::default()),
                    night: Ok(Default::default()),
                    os: Ok(Default::default()),
                    push: Ok(Default::default()),
                    timezone: Ok(Default::default()),
                    token: Ok(Default::default()),
                }
            }
        }
        impl NotificationSettings {
            pub fn ad<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.ad = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ad: {e}"));
                self
            }
            pub fn device<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for device: {e}")
                    });
                self
            }
            pub fn night<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.night = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for night: {e}")
                    });
                self
            }
            pub fn os<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.os = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for os: {e}"));
                self
            }
            pub fn push<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.push = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for push: {e}")
                    });
                self
            }
            pub fn timezone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.timezone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timezone: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NotificationSettings>
        for super::NotificationSettings {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NotificationSettings,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ad: value.ad?,
                    device: value.device?,
                    night: value.night?,
                    os: value.os?,
                    push: value.push?,
                    timezone: value.timezone?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::NotificationSettings> for NotificationSettings {
            fn from(value: super::NotificationSettings) -> Self {
                Self {
                    ad: Ok(value.ad),
                    device: Ok(value.device),
                    night: Ok(value.night),
                    os: Ok(value.os),
                    push: Ok(value.push),
                    timezone: Ok(value.timezone),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Notifications {
            ad: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            device: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            night: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            os: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            push: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            timezone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Notifications {
            fn default() -> Self {
                Self {
                    ad: Ok(Default::default()),
                    device: Ok(Default::default()),
                    night: Ok(Default::default()),
                    os: Ok(Default::default()),
                    push: Ok(Default::default()),
                    timezone: Ok(Default::default()),
                    token: Ok(Default::default()),
                }
            }
        }
        impl Notifications {
            pub fn ad<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.ad = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ad: {e}"));
                self
            }
            pub fn device<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for device: {e}")
                    });
                self
            }
            pub fn night<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.night = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for night: {e}")
                    });
                self
            }
            pub fn os<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.os = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for os: {e}"));
                self
            }
            pub fn push<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.push = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for push: {e}")
                    });
                self
            }
            pub fn timezone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.timezone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timezone: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Notifications> for super::Notifications {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Notifications,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ad: value.ad?,
                    device: value.device?,
                    night: value.night?,
                    os: value.os?,
                    push: value.push?,
                    timezone: value.timezone?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::Notifications> for Notifications {
            fn from(value: super::Notifications) -> Self {
                Self {
                    ad: Ok(value.ad),
                    device: Ok(value.device),
                    night: Ok(value.night),
                    os: Ok(value.os),
                    push: Ok(value.push),
                    timezone: Ok(value.timezone),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PushNotificationResult {
            member: ::std::result::Result<
                super::MemberNotifications,
                ::std::string::String,
            >,
            status: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for PushNotificationResult {
            fn default() -> Self {
                Self {
                    member: Err("no value supplied for member".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl PushNotificationResult {
            pub fn member<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MemberNotifications>,
                T::Error: ::std::fmt::Display,
            {
                self.member = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for member: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PushNotificationResult>
        for super::PushNotificationResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PushNotificationResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    member: value.member?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::PushNotificationResult>
        for PushNotificationResult {
            fn from(value: super::PushNotificationResult) -> Self {
                Self {
                    member: Ok(value.member),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RegisterUserRequest {
            custom_field: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            notifications: ::std::result::Result<
                ::std::option::Option<super::NotificationSettings>,
                ::std::string::String,
            >,
            profile: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for RegisterUserRequest {
            fn default() -> Self {
                Self {
                    custom_field: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    notifications: Ok(Default::default()),
                    profile: Ok(Default::default()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl RegisterUserRequest {
            pub fn custom_field<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_field = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom_field: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn notifications<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::NotificationSettings>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.notifications = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notifications: {e}")
                    });
                self
            }
            pub fn profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.profile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RegisterUserRequest>
        for super::RegisterUserRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RegisterUserRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom_field: value.custom_field?,
                    name: value.name?,
                    notifications: value.notifications?,
                    profile: value.profile?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::RegisterUserRequest> for RegisterUserRequest {
            fn from(value: super::RegisterUserRequest) -> Self {
                Self {
                    custom_field: Ok(value.custom_field),
                    name: Ok(value.name),
                    notifications: Ok(value.notifications),
                    profile: Ok(value.profile),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RequestFriendCurrent {
            data: ::std::result::Result<super::RequestFriendData, ::std::string::String>,
        }
        impl ::std::default::Default for RequestFriendCurrent {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl RequestFriendCurrent {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RequestFriendData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RequestFriendCurrent>
        for super::RequestFriendCurrent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RequestFriendCurrent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::RequestFriendCurrent> for RequestFriendCurrent {
            fn from(value: super::RequestFriendCurrent) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RequestFriendData {
            request_friend: ::std::result::Result<
                super::FriendshipResponse,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RequestFriendData {
            fn default() -> Self {
                Self {
                    request_friend: Err(
                        "no value supplied for request_friend".to_string(),
                    ),
                }
            }
        }
        impl RequestFriendData {
            pub fn request_friend<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FriendshipResponse>,
                T::Error: ::std::fmt::Display,
            {
                self.request_friend = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_friend: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RequestFriendData> for super::RequestFriendData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RequestFriendData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_friend: value.request_friend?,
                })
            }
        }
        impl ::std::convert::From<super::RequestFriendData> for RequestFriendData {
            fn from(value: super::RequestFriendData) -> Self {
                Self {
                    request_friend: Ok(value.request_friend),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendMessageRequest {
            content: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SendMessageRequest {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                }
            }
        }
        impl SendMessageRequest {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SendMessageRequest> for super::SendMessageRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendMessageRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { content: value.content? })
            }
        }
        impl ::std::convert::From<super::SendMessageRequest> for SendMessageRequest {
            fn from(value: super::SendMessageRequest) -> Self {
                Self { content: Ok(value.content) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Subscription {
            channel_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            language: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mark: ::std::result::Result<
                ::std::option::Option<super::SubscriptionMark>,
                ::std::string::String,
            >,
            mute: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            online: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            push: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                ::std::option::Option<super::SubscriptionUser>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Subscription {
            fn default() -> Self {
                Self {
                    channel_id: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    language: Ok(Default::default()),
                    mark: Ok(Default::default()),
                    mute: Ok(Default::default()),
                    online: Ok(Default::default()),
                    project_id: Ok(Default::default()),
                    push: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    user: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                }
            }
        }
        impl Subscription {
            pub fn channel_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn language<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.language = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language: {e}")
                    });
                self
            }
            pub fn mark<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SubscriptionMark>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mark = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mark: {e}")
                    });
                self
            }
            pub fn mute<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.mute = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mute: {e}")
                    });
                self
            }
            pub fn online<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.online = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for online: {e}")
                    });
                self
            }
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for project_id: {e}")
                    });
                self
            }
            pub fn push<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.push = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for push: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SubscriptionUser>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Subscription> for super::Subscription {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Subscription,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    channel_id: value.channel_id?,
                    created_at: value.created_at?,
                    id: value.id?,
                    language: value.language?,
                    mark: value.mark?,
                    mute: value.mute?,
                    online: value.online?,
                    project_id: value.project_id?,
                    push: value.push?,
                    updated_at: value.updated_at?,
                    user: value.user?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::Subscription> for Subscription {
            fn from(value: super::Subscription) -> Self {
                Self {
                    channel_id: Ok(value.channel_id),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    language: Ok(value.language),
                    mark: Ok(value.mark),
                    mute: Ok(value.mute),
                    online: Ok(value.online),
                    project_id: Ok(value.project_id),
                    push: Ok(value.push),
                    updated_at: Ok(value.updated_at),
                    user: Ok(value.user),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubscriptionMark {
            message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sort_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SubscriptionMark {
            fn default() -> Self {
                Self {
                    message_id: Ok(Default::default()),
                    sort_id: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                }
            }
        }
        impl SubscriptionMark {
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
            pub fn sort_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sort_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sort_id: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SubscriptionMark> for super::SubscriptionMark {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SubscriptionMark,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message_id: value.message_id?,
                    sort_id: value.sort_id?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::SubscriptionMark> for SubscriptionMark {
            fn from(value: super::SubscriptionMark) -> Self {
                Self {
                    message_id: Ok(value.message_id),
                    sort_id: Ok(value.sort_id),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubscriptionUser {
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            profile: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SubscriptionUser {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                    profile: Ok(Default::default()),
                }
            }
        }
        impl SubscriptionUser {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.profile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SubscriptionUser> for super::SubscriptionUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SubscriptionUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    profile: value.profile?,
                })
            }
        }
        impl ::std::convert::From<super::SubscriptionUser> for SubscriptionUser {
            fn from(value: super::SubscriptionUser) -> Self {
                Self {
                    name: Ok(value.name),
                    profile: Ok(value.profile),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenResponse {
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<i64, ::std::string::String>,
            token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenResponse {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    token: Ok(Default::default()),
                }
            }
        }
        impl TokenResponse {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenResponse> for super::TokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    status: value.status?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::TokenResponse> for TokenResponse {
            fn from(value: super::TokenResponse) -> Self {
                Self {
                    message: Ok(value.message),
                    status: Ok(value.status),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateChannelRequest {
            disabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            image_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            link_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            members: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            mutes: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            push: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            translation: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<super::ChannelType>,
                ::std::string::String,
            >,
            unique_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateChannelRequest {
            fn default() -> Self {
                Self {
                    disabled: Ok(Default::default()),
                    image_url: Ok(Default::default()),
                    limit: Ok(Default::default()),
                    link_url: Ok(Default::default()),
                    members: Ok(Default::default()),
                    mutes: Ok(Default::default()),
                    name: Ok(Default::default()),
                    push: Ok(Default::default()),
                    translation: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    unique_id: Ok(Default::default()),
                }
            }
        }
        impl UpdateChannelRequest {
            pub fn disabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for disabled: {e}")
                    });
                self
            }
            pub fn image_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image_url: {e}")
                    });
                self
            }
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limit: {e}")
                    });
                self
            }
            pub fn link_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.link_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for link_url: {e}")
                    });
                self
            }
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members: {e}")
                    });
                self
            }
            pub fn mutes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.mutes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mutes: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn push<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.push = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for push: {e}")
                    });
                self
            }
            pub fn translation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.translation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for translation: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ChannelType>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn unique_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.unique_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unique_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateChannelRequest>
        for super::UpdateChannelRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateChannelRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    disabled: value.disabled?,
                    image_url: value.image_url?,
                    limit: value.limit?,
                    link_url: value.link_url?,
                    members: value.members?,
                    mutes: value.mutes?,
                    name: value.name?,
                    push: value.push?,
                    translation: value.translation?,
                    type_: value.type_?,
                    unique_id: value.unique_id?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateChannelRequest> for UpdateChannelRequest {
            fn from(value: super::UpdateChannelRequest) -> Self {
                Self {
                    disabled: Ok(value.disabled),
                    image_url: Ok(value.image_url),
                    limit: Ok(value.limit),
                    link_url: Ok(value.link_url),
                    members: Ok(value.members),
                    mutes: Ok(value.mutes),
                    name: Ok(value.name),
                    push: Ok(value.push),
                    translation: Ok(value.translation),
                    type_: Ok(value.type_),
                    unique_id: Ok(value.unique_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateUserRequest {
            custom_field: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            notifications: ::std::result::Result<
                ::std::option::Option<super::NotificationSettings>,
                ::std::string::String,
            >,
            profile: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateUserRequest {
            fn default() -> Self {
                Self {
                    custom_field: Ok(Default::default()),
                    name: Ok(Default::default()),
                    notifications: Ok(Default::default()),
                    profile: Ok(Default::default()),
                }
            }
        }
        impl UpdateUserRequest {
            pub fn custom_field<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_field = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom_field: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn notifications<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::NotificationSettings>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.notifications = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notifications: {e}")
                    });
                self
            }
            pub fn profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.profile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateUserRequest> for super::UpdateUserRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateUserRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom_field: value.custom_field?,
                    name: value.name?,
                    notifications: value.notifications?,
                    profile: value.profile?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateUserRequest> for UpdateUserRequest {
            fn from(value: super::UpdateUserRequest) -> Self {
                Self {
                    custom_field: Ok(value.custom_field),
                    name: Ok(value.name),
                    notifications: Ok(value.notifications),
                    profile: Ok(value.profile),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Ncloud Chat REST API

The server-side REST API of NAVER Cloud **Ncloud Chat**: users, push settings, friendships,
channels, messages, channel subscriptions and user tokens.

This document is handwritten by the ncloud-chat project from NAVER Cloud's public API
pages (en/ja/ko, several page generations). Where those pages contradict each other or are
silent, the choice made here is stated in the description of the field or operation
concerned. Response schemas are deliberately tolerant (few required fields, no closed enums,
extra fields allowed, nested objects nullable) because the vendor's objects carry more fields
than documented; but every response object requires the keys the vendor always sends, so an
empty or foreign body is not mistaken for success. Requests keep only the constraints the
vendor documents as hard rules and nothing contradicts (required fields, `expireDay` 1..90,
`option.offset` ≥ 0, `option.per_page` 1..100, the channel type and sort direction enums,
and `minLength: 1` on path parameters, since an empty segment would address another
resource); rules the service may not enforce (e.g. the `userId` characters) are documented
in descriptions, not declared as `pattern` / `minLength`.

Nested objects the service schema types as nullable are declared
`type: object, nullable: true, allOf: [{$ref: ...}, {description: ...}]`: `type` because
OpenAPI 3.0.3 ignores `nullable` without one (and the linters refuse it), the second `allOf`
member because openapi-python-client drops `nullable` around a lone `$ref`. Every generator
used here (progenitor, openapi-typescript, openapi-python-client) reads it as "`null` or the
referenced object". (Strict OpenAPI 3.0.3 validators, such as the linters' example checks,
read it as "an object" only, so no example in this document shows those `null`s.)

Fields marked *(service schema)* are not in the REST documentation: they come from the
service's own GraphQL schema shipped in the vendor's iOS SDK (`nbase-io/NcloudChat-SDK-iOS`,
`Sources/NcloudChat/schema.json`), which also types several nested objects as nullable.

## Authentication

Every call carries two headers: `x-api-key` (the project's API key) and `x-project-id` (the
project UUID), both from the dashboard under Settings > General. The dashboard's
Settings > Security > "API access permission" must be Read/Write. Never send the API key
from a browser: this API is for servers.

## Errors

Failures are reported as `{"status": <code>, "message": "<text>"}` (schema `ErrorEnvelope`).
Codes:
`1` success; `-1` API key not registered or no permission; `-2` API key differs from the
dashboard's; `-3` API key deleted; `-4` API key disabled; `-5` API key expired; `-6` project
not found. The vendor does not say which HTTP status carries these envelopes, so clients must
recognise the envelope both with HTTP 200 and with 4xx/5xx. Issue token and the push
setting calls also return `status` on success, where any value other than `1` is a failure.

## List queries: JSON inside query parameters

The four list operations take `filter` (required), `sort` and `option`. Each value is a JSON
object serialized to a string and URL-encoded, e.g.
`filter=%7B%7D&sort=%7B%22created_at%22%3A%22-1%22%7D&option=%7B%22offset%22%3A0%2C%22per_page%22%3A20%7D`.
They are declared as `type: string` parameters; the shape of the JSON is given by the
component schemas `Filter`, `Sort`, `ListOption` and `MessageListOption` (also linked from
each parameter with the `x-json-schema` extension). Pagination is by offset only; a page
shorter than `per_page` is the last one.


Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::inner::Inner,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::inner::Inner) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::inner::Inner,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::inner::Inner> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::inner::Inner {
        &self.inner
    }
}
impl ClientHooks<crate::inner::Inner> for &Client {}
impl Client {
    /**List channels

Lists the project's channels matching `filter`, ordered by `sort`, paged by `option`;
with `option.count` true, returns `{"count": n}` instead (see List users).

Conflict: the vendor's channel examples sort by `createdAt` while the field is
`created_at`; which spelling the service honours is not documented. `sort` keys are sent
exactly as given.


Sends a `GET` request to `/v1/api/channels`

Arguments:
- `filter`: JSON object, serialized to a string, whose shape is the `Filter` schema
(#/components/schemas/Filter): exact-match conditions on fields of the listed objects,
with dotted paths for nested fields and any JSON value, e.g. `{"sender.name":"guest"}`
or `{"online":true}`. Required; send `{}` for no filter.

- `option`: JSON object, serialized to a string, whose shape is the `ListOption` schema
(#/components/schemas/ListOption): `offset`, `per_page` (1..100) and `count`.

- `sort`: JSON object, serialized to a string, whose shape is the `Sort` schema
(#/components/schemas/Sort): `{"<field>":<direction>}` with the direction `"1"` / `1`
(ascending) or `"-1"` / `-1` (descending), as a string or a number.

```ignore
let response = client.list_channels()
    .filter(filter)
    .option(option)
    .sort(sort)
    .send()
    .await;
```*/
    pub fn list_channels(&self) -> builder::ListChannels<'_> {
        builder::ListChannels::new(self)
    }
    /**Create a channel

Creates a channel. `linkUrl` and `imageUrl` must be full URLs (not a bare domain) whose
target answers HTTP 200 with a Content-Type header.
The vendor page is cut off before the response; like Delete channel, it is taken to be
the channel wrapped in `channel` (inferred).


Sends a `POST` request to `/v1/api/channels`

```ignore
let response = client.create_channel()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_channel(&self) -> builder::CreateChannel<'_> {
        builder::CreateChannel::new(self)
    }
    /**Get a channel

Returns one channel, unwrapped (the object is at the top level of the body).

Sends a `GET` request to `/v1/api/channels/{channelId}`

Arguments:
- `channel_id`: ID of the channel (a UUID assigned by the service).
```ignore
let response = client.get_channel()
    .channel_id(channel_id)
    .send()
    .await;
```*/
    pub fn get_channel(&self) -> builder::GetChannel<'_> {
        builder::GetChannel::new(self)
    }
    /**Edit a channel

Changes the given fields of a channel; omitted fields are left as they are. Same URL
rules as Create channel. The response is taken to be the channel wrapped in `channel`
(inferred: the vendor page is cut off).


Sends a `PUT` request to `/v1/api/channels/{channelId}`

Arguments:
- `channel_id`: ID of the channel (a UUID assigned by the service).
- `body`
```ignore
let response = client.update_channel()
    .channel_id(channel_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_channel(&self) -> builder::UpdateChannel<'_> {
        builder::UpdateChannel::new(self)
    }
    /**Delete a channel

Deletes a channel and returns it, wrapped in `channel`.

Sends a `DELETE` request to `/v1/api/channels/{channelId}`

Arguments:
- `channel_id`: ID of the channel (a UUID assigned by the service).
```ignore
let response = client.delete_channel()
    .channel_id(channel_id)
    .send()
    .await;
```*/
    pub fn delete_channel(&self) -> builder::DeleteChannel<'_> {
        builder::DeleteChannel::new(self)
    }
    /**Accept a friend request

Accepts the pending request between `userId` and `friendId`; afterwards the two users
are friends (`status` becomes `accepted`). Which of the two sent the request is not
documented (see Reject a friend request).


Sends a `POST` request to `/v1/api/friendship/accept`

```ignore
let response = client.accept_friend()
    .body(body)
    .send()
    .await;
```*/
    pub fn accept_friend(&self) -> builder::AcceptFriend<'_> {
        builder::AcceptFriend::new(self)
    }
    /**Send several friend requests

Sends one friend request per item of the top-level JSON array (items have no message).

Conflict: the vendor's method table says `GET /v1/api/v1/api/friendship/bulk` (a doubled
prefix, and GET with a body); every curl example uses `POST /v1/api/friendship/bulk`,
which is what this document declares. The batch size limit is not documented.


Sends a `POST` request to `/v1/api/friendship/bulk`

```ignore
let response = client.bulk_request_friends()
    .body(body)
    .send()
    .await;
```*/
    pub fn bulk_request_friends(&self) -> builder::BulkRequestFriends<'_> {
        builder::BulkRequestFriends::new(self)
    }
    /**Reject a friend request

Rejects the pending request between `userId` and `friendId`.
The vendor does not say which of the two sent the request (its accept and reject
examples swap the same two IDs); this document passes them through unchanged, and the
project's emulator accepts either order.


Sends a `POST` request to `/v1/api/friendship/reject`

```ignore
let response = client.reject_friend()
    .body(body)
    .send()
    .await;
```*/
    pub fn reject_friend(&self) -> builder::RejectFriend<'_> {
        builder::RejectFriend::new(self)
    }
    /**Send a friend request

`userId` asks `friendId` to be friends; the friend sees the request through notifications.

Conflict: the current page documents the response under `data.requestFriend.friendship`
(user summaries with `name` and `profile`), the older page as a top-level `friendship`
(summaries with `nickname`). Both shapes are accepted: `RequestFriendResponse` has
both properties, optional; clients read whichever is present.


Sends a `POST` request to `/v1/api/friendship/request`

```ignore
let response = client.request_friend()
    .body(body)
    .send()
    .await;
```*/
    pub fn request_friend(&self) -> builder::RequestFriend<'_> {
        builder::RequestFriend::new(self)
    }
    /**List users

Lists the project's users matching `filter`, ordered by `sort`, paged by `option`.
With `option.count` true the service returns the number of matching users instead of
the list. The vendor does not document that response; this document accepts
`{"count": n}` (schema `Count`, unverified), which is what the project's emulator
returns.


Sends a `GET` request to `/v1/api/members`

Arguments:
- `filter`: JSON object, serialized to a string, whose shape is the `Filter` schema
(#/components/schemas/Filter): exact-match conditions on fields of the listed objects,
with dotted paths for nested fields and any JSON value, e.g. `{"sender.name":"guest"}`
or `{"online":true}`. Required; send `{}` for no filter.

- `option`: JSON object, serialized to a string, whose shape is the `ListOption` schema
(#/components/schemas/ListOption): `offset`, `per_page` (1..100) and `count`.

- `sort`: JSON object, serialized to a string, whose shape is the `Sort` schema
(#/components/schemas/Sort): `{"<field>":<direction>}` with the direction `"1"` / `1`
(ascending) or `"-1"` / `-1` (descending), as a string or a number.

```ignore
let response = client.list_users()
    .filter(filter)
    .option(option)
    .sort(sort)
    .send()
    .await;
```*/
    pub fn list_users(&self) -> builder::ListUsers<'_> {
        builder::ListUsers::new(self)
    }
    /**Register a user

Registers a new user. The current vendor page says `userId` is 4 to 128 characters of
letters, digits, `-` and `_`; public code registers users with e-mail addresses as IDs
(and then calls `/v1/api/members/<e-mail>`), so the rule is documented here but not
declared as a constraint: the service decides. The response wraps the new user in `member`; its fields after `device_type` are not on
the vendor page and follow the `Member` object of the other user calls.


Sends a `POST` request to `/v1/api/members`

```ignore
let response = client.register_user()
    .body(body)
    .send()
    .await;
```*/
    pub fn register_user(&self) -> builder::RegisterUser<'_> {
        builder::RegisterUser::new(self)
    }
    /**Get a user

Returns one user, unwrapped (the object is at the top level of the body).

Sends a `GET` request to `/v1/api/members/{userId}`

Arguments:
- `user_id`: ID of the user. Not constrained here beyond being non-empty: users registered under
older rules may have IDs (UUIDs, e-mail addresses) outside the current 4..128
`[A-Za-z0-9_-]` rule of Register user. Sent percent-encoded as one path segment.

```ignore
let response = client.get_user()
    .user_id(user_id)
    .send()
    .await;
```*/
    pub fn get_user(&self) -> builder::GetUser<'_> {
        builder::GetUser::new(self)
    }
    /**Edit a user

Changes the given fields of a user; omitted fields are left as they are.
The vendor page is cut off before the response; like Register and Remove, it is taken to
be the user wrapped in `member` (inferred).


Sends a `PUT` request to `/v1/api/members/{userId}`

Arguments:
- `user_id`: ID of the user. Not constrained here beyond being non-empty: users registered under
older rules may have IDs (UUIDs, e-mail addresses) outside the current 4..128
`[A-Za-z0-9_-]` rule of Register user. Sent percent-encoded as one path segment.

- `body`
```ignore
let response = client.update_user()
    .user_id(user_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_user(&self) -> builder::UpdateUser<'_> {
        builder::UpdateUser::new(self)
    }
    /**Remove (withdraw) a user

Withdraws a user. The user is kept with `deleted: true` and `deleted_at` set (a soft
delete, as the Member fields suggest); the response wraps it in `member`.


Sends a `DELETE` request to `/v1/api/members/{userId}`

Arguments:
- `user_id`: ID of the user. Not constrained here beyond being non-empty: users registered under
older rules may have IDs (UUIDs, e-mail addresses) outside the current 4..128
`[A-Za-z0-9_-]` rule of Register user. Sent percent-encoded as one path segment.

```ignore
let response = client.remove_user()
    .user_id(user_id)
    .send()
    .await;
```*/
    pub fn remove_user(&self) -> builder::RemoveUser<'_> {
        builder::RemoveUser::new(self)
    }
    /**Get push notification settings

Returns a user's push settings, unwrapped. Note the official example's `device` is
`"sandbox"` although the field is documented as `FCM` or `APNS`, so `device` is an open
string here and in requests (a value read back can be sent back).


Sends a `GET` request to `/v1/api/members/{userId}/notification`

Arguments:
- `user_id`: ID of the user. Not constrained here beyond being non-empty: users registered under
older rules may have IDs (UUIDs, e-mail addresses) outside the current 4..128
`[A-Za-z0-9_-]` rule of Register user. Sent percent-encoded as one path segment.

```ignore
let response = client.get_push_notification()
    .user_id(user_id)
    .send()
    .await;
```*/
    pub fn get_push_notification(&self) -> builder::GetPushNotification<'_> {
        builder::GetPushNotification::new(self)
    }
    /**Set (enable) push notifications

Stores a user's push settings (the English page calls this "Enable push notifications").
The body is flat, without a wrapper; omitted fields are left as they are.
The vendor table is cut off after `member.notifications.device`; the rest of the
response is taken to match "Disable push notification settings", including the
top-level `status` (`1` = success, anything else = failure) (inferred).


Sends a `POST` request to `/v1/api/members/{userId}/notification`

Arguments:
- `user_id`: ID of the user. Not constrained here beyond being non-empty: users registered under
older rules may have IDs (UUIDs, e-mail addresses) outside the current 4..128
`[A-Za-z0-9_-]` rule of Register user. Sent percent-encoded as one path segment.

- `body`
```ignore
let response = client.set_push_notification()
    .user_id(user_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn set_push_notification(&self) -> builder::SetPushNotification<'_> {
        builder::SetPushNotification::new(self)
    }
    /**Disable push notification settings

Clears a user's push settings: every field of `notifications` comes back `null`.
`status` is `1` on success; any other value is a failure.


Sends a `DELETE` request to `/v1/api/members/{userId}/notification`

Arguments:
- `user_id`: ID of the user. Not constrained here beyond being non-empty: users registered under
older rules may have IDs (UUIDs, e-mail addresses) outside the current 4..128
`[A-Za-z0-9_-]` rule of Register user. Sent percent-encoded as one path segment.

```ignore
let response = client.disable_push_notification()
    .user_id(user_id)
    .send()
    .await;
```*/
    pub fn disable_push_notification(&self) -> builder::DisablePushNotification<'_> {
        builder::DisablePushNotification::new(self)
    }
    /**List messages in a channel

Lists a channel's messages matching `filter`, ordered by `sort`, paged by `option`.
Unlike the other lists, `option.count` is not documented here, so the response is always
a list (use `MessageListOption`).

Conflict: the text says only exact matches filter, while the official example filters
`{"content":"messa"}` with a fragment. This document promises exact matching only.


Sends a `GET` request to `/v1/api/messages/{channelId}`

Arguments:
- `channel_id`: ID of the channel (a UUID assigned by the service).
- `filter`: JSON object, serialized to a string, whose shape is the `Filter` schema
(#/components/schemas/Filter): exact-match conditions on fields of the listed objects,
with dotted paths for nested fields and any JSON value, e.g. `{"sender.name":"guest"}`
or `{"online":true}`. Required; send `{}` for no filter.

- `option`: JSON object, serialized to a string, whose shape is the `MessageListOption` schema
(#/components/schemas/MessageListOption): `offset` and `per_page` (1..100).

- `sort`: JSON object, serialized to a string, whose shape is the `Sort` schema
(#/components/schemas/Sort): `{"<field>":<direction>}` with the direction `"1"` / `1`
(ascending) or `"-1"` / `-1` (descending), as a string or a number.

```ignore
let response = client.list_messages()
    .channel_id(channel_id)
    .filter(filter)
    .option(option)
    .sort(sort)
    .send()
    .await;
```*/
    pub fn list_messages(&self) -> builder::ListMessages<'_> {
        builder::ListMessages::new(self)
    }
    /**Send a message

Sends a text message to a channel as the admin (the response's `admin` object is filled).
No sender, type or attachment fields are documented for this call. The maximum length
of `content` is the dashboard's Settings > General > "max message length".


Sends a `POST` request to `/v1/api/messages/{channelId}`

Arguments:
- `channel_id`: ID of the channel (a UUID assigned by the service).
- `body`
```ignore
let response = client.send_message()
    .channel_id(channel_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn send_message(&self) -> builder::SendMessage<'_> {
        builder::SendMessage::new(self)
    }
    /**Get a message

Returns one message, unwrapped (the object is at the top level of the body).

Sends a `GET` request to `/v1/api/messages/{channelId}/{messageId}`

Arguments:
- `channel_id`: ID of the channel (a UUID assigned by the service).
- `message_id`: ID of the message (24 hexadecimal characters assigned by the service).
```ignore
let response = client.get_message()
    .channel_id(channel_id)
    .message_id(message_id)
    .send()
    .await;
```*/
    pub fn get_message(&self) -> builder::GetMessage<'_> {
        builder::GetMessage::new(self)
    }
    /**Delete a message

Deletes a message and returns it, wrapped in `message`.

Sends a `DELETE` request to `/v1/api/messages/{channelId}/{messageId}`

Arguments:
- `channel_id`: ID of the channel (a UUID assigned by the service).
- `message_id`: ID of the message (24 hexadecimal characters assigned by the service).
```ignore
let response = client.delete_message()
    .channel_id(channel_id)
    .message_id(message_id)
    .send()
    .await;
```*/
    pub fn delete_message(&self) -> builder::DeleteMessage<'_> {
        builder::DeleteMessage::new(self)
    }
    /**List channel subscriptions

Lists subscriptions (user-in-channel records) matching `filter`, e.g.
`{"channel_id":"<id>"}` or `{"user_id":"<id>"}`; with `option.count` true, returns
`{"count": n}` instead (see List users). The older page sorts by `createdAt`, the current
one by `created_at`; `sort` keys are sent exactly as given.


Sends a `GET` request to `/v1/api/subscriptions`

Arguments:
- `filter`: JSON object, serialized to a string, whose shape is the `Filter` schema
(#/components/schemas/Filter): exact-match conditions on fields of the listed objects,
with dotted paths for nested fields and any JSON value, e.g. `{"sender.name":"guest"}`
or `{"online":true}`. Required; send `{}` for no filter.

- `option`: JSON object, serialized to a string, whose shape is the `ListOption` schema
(#/components/schemas/ListOption): `offset`, `per_page` (1..100) and `count`.

- `sort`: JSON object, serialized to a string, whose shape is the `Sort` schema
(#/components/schemas/Sort): `{"<field>":<direction>}` with the direction `"1"` / `1`
(ascending) or `"-1"` / `-1` (descending), as a string or a number.

```ignore
let response = client.list_subscriptions()
    .filter(filter)
    .option(option)
    .sort(sort)
    .send()
    .await;
```*/
    pub fn list_subscriptions(&self) -> builder::ListSubscriptions<'_> {
        builder::ListSubscriptions::new(self)
    }
    /**Issue a user token

Issues a token for an existing user, valid for `expireDay` days, for the client SDK's
login. The token is a JWT; reading its expiry from an `exp` claim is unverified (no
vendor page shows a decoded token).

Choices: the parameters go in the **query string** with no body, as every official
example does (curl `POST '.../v1/api/token?id=...&expireDay=10' -d ''`). Three public
clients send a JSON body `{"id": ..., "expireDay": ...}` instead; whether the service
also reads a body is unverified, so the documented query form is kept. `expireDay` is
limited to 1..90 as the current English page says (an older Korean page only says "1 or
more"). The response carries `status`: any value other than `1` is a failure even with
HTTP 200.


Sends a `POST` request to `/v1/api/token`

Arguments:
- `expire_day`: Validity of the token in days (1 to 90).
- `id`: ID of the user the token is for.
```ignore
let response = client.issue_token()
    .expire_day(expire_day)
    .id(id)
    .send()
    .await;
```*/
    pub fn issue_token(&self) -> builder::IssueToken<'_> {
        builder::IssueToken::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_channels`]

[`Client::list_channels`]: super::Client::list_channels*/
    #[derive(Debug, Clone)]
    pub struct ListChannels<'a> {
        client: &'a super::Client,
        filter: Result<::std::string::String, String>,
        option: Result<Option<::std::string::String>, String>,
        sort: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListChannels<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Err("filter was not initialized".to_string()),
                option: Ok(None),
                sort: Ok(None),
            }
        }
        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filter failed"
                        .to_string()
                });
            self
        }
        pub fn option<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.option = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for option failed"
                        .to_string()
                });
            self
        }
        pub fn sort<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/api/channels`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ChannelList>, Error<types::ErrorEnvelope>> {
            let Self { client, filter, option, sort } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let option = option.map_err(Error::InvalidRequest)?;
            let sort = sort.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/api/channels", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("option", &option))
                .query(&progenitor_client::QueryParam::new("sort", &sort))
                .build()?;
            let info = OperationInfo {
                operation_id: "list_channels",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::create_channel`]

[`Client::create_channel`]: super::Client::create_channel*/
    #[derive(Debug, Clone)]
    pub struct CreateChannel<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateChannelRequest, String>,
    }
    impl<'a> CreateChannel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateChannelRequest>,
            <V as std::convert::TryInto<
                types::CreateChannelRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateChannelRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateChannelRequest,
            ) -> types::builder::CreateChannelRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/api/channels`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ChannelResponse>, Error<types::ErrorEnvelope>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateChannelRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/api/channels", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_channel",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::get_channel`]

[`Client::get_channel`]: super::Client::get_channel*/
    #[derive(Debug, Clone)]
    pub struct GetChannel<'a> {
        client: &'a super::Client,
        channel_id: Result<types::GetChannelChannelId, String>,
    }
    impl<'a> GetChannel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                channel_id: Err("channel_id was not initialized".to_string()),
            }
        }
        pub fn channel_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetChannelChannelId>,
        {
            self.channel_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetChannelChannelId` for channel_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/api/channels/{channelId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Channel>, Error<types::ErrorEnvelope>> {
            let Self { client, channel_id } = self;
            let channel_id = channel_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api/channels/{}", client.baseurl, encode_path(& channel_id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "get_channel",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::update_channel`]

[`Client::update_channel`]: super::Client::update_channel*/
    #[derive(Debug, Clone)]
    pub struct UpdateChannel<'a> {
        client: &'a super::Client,
        channel_id: Result<types::UpdateChannelChannelId, String>,
        body: Result<types::builder::UpdateChannelRequest, String>,
    }
    impl<'a> UpdateChannel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                channel_id: Err("channel_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn channel_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateChannelChannelId>,
        {
            self.channel_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateChannelChannelId` for channel_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateChannelRequest>,
            <V as std::convert::TryInto<
                types::UpdateChannelRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateChannelRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateChannelRequest,
            ) -> types::builder::UpdateChannelRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v1/api/channels/{channelId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ChannelResponse>, Error<types::ErrorEnvelope>> {
            let Self { client, channel_id, body } = self;
            let channel_id = channel_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateChannelRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api/channels/{}", client.baseurl, encode_path(& channel_id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_channel",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::delete_channel`]

[`Client::delete_channel`]: super::Client::delete_channel*/
    #[derive(Debug, Clone)]
    pub struct DeleteChannel<'a> {
        client: &'a super::Client,
        channel_id: Result<types::DeleteChannelChannelId, String>,
    }
    impl<'a> DeleteChannel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                channel_id: Err("channel_id was not initialized".to_string()),
            }
        }
        pub fn channel_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteChannelChannelId>,
        {
            self.channel_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteChannelChannelId` for channel_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v1/api/channels/{channelId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ChannelResponse>, Error<types::ErrorEnvelope>> {
            let Self { client, channel_id } = self;
            let channel_id = channel_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api/channels/{}", client.baseurl, encode_path(& channel_id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_channel",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::accept_friend`]

[`Client::accept_friend`]: super::Client::accept_friend*/
    #[derive(Debug, Clone)]
    pub struct AcceptFriend<'a> {
        client: &'a super::Client,
        body: Result<types::builder::FriendPair, String>,
    }
    impl<'a> AcceptFriend<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FriendPair>,
            <V as std::convert::TryInto<types::FriendPair>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `FriendPair` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::FriendPair,
            ) -> types::builder::FriendPair,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/api/friendship/accept`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::FriendshipResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::FriendPair::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/api/friendship/accept", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "accept_friend",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::bulk_request_friends`]

[`Client::bulk_request_friends`]: super::Client::bulk_request_friends*/
    #[derive(Debug, Clone)]
    pub struct BulkRequestFriends<'a> {
        client: &'a super::Client,
        body: Result<types::BulkFriendRequest, String>,
    }
    impl<'a> BulkRequestFriends<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BulkFriendRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `BulkFriendRequest` for body failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/v1/api/friendship/bulk`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::BulkFriendResult>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/api/friendship/bulk", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "bulk_request_friends",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::reject_friend`]

[`Client::reject_friend`]: super::Client::reject_friend*/
    #[derive(Debug, Clone)]
    pub struct RejectFriend<'a> {
        client: &'a super::Client,
        body: Result<types::builder::FriendPair, String>,
    }
    impl<'a> RejectFriend<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FriendPair>,
            <V as std::convert::TryInto<types::FriendPair>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `FriendPair` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::FriendPair,
            ) -> types::builder::FriendPair,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/api/friendship/reject`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::FriendshipResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::FriendPair::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/api/friendship/reject", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "reject_friend",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::request_friend`]

[`Client::request_friend`]: super::Client::request_friend*/
    #[derive(Debug, Clone)]
    pub struct RequestFriend<'a> {
        client: &'a super::Client,
        body: Result<types::builder::FriendRequest, String>,
    }
    impl<'a> RequestFriend<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FriendRequest>,
            <V as std::convert::TryInto<types::FriendRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `FriendRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::FriendRequest,
            ) -> types::builder::FriendRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/api/friendship/request`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RequestFriendResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::FriendRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/api/friendship/request", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "request_friend",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::list_users`]

[`Client::list_users`]: super::Client::list_users*/
    #[derive(Debug, Clone)]
    pub struct ListUsers<'a> {
        client: &'a super::Client,
        filter: Result<::std::string::String, String>,
        option: Result<Option<::std::string::String>, String>,
        sort: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListUsers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Err("filter was not initialized".to_string()),
                option: Ok(None),
                sort: Ok(None),
            }
        }
        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filter failed"
                        .to_string()
                });
            self
        }
        pub fn option<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.option = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for option failed"
                        .to_string()
                });
            self
        }
        pub fn sort<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/api/members`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MemberList>, Error<types::ErrorEnvelope>> {
            let Self { client, filter, option, sort } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let option = option.map_err(Error::InvalidRequest)?;
            let sort = sort.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/api/members", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("option", &option))
                .query(&progenitor_client::QueryParam::new("sort", &sort))
                .build()?;
            let info = OperationInfo {
                operation_id: "list_users",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::register_user`]

[`Client::register_user`]: super::Client::register_user*/
    #[derive(Debug, Clone)]
    pub struct RegisterUser<'a> {
        client: &'a super::Client,
        body: Result<types::builder::RegisterUserRequest, String>,
    }
    impl<'a> RegisterUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RegisterUserRequest>,
            <V as std::convert::TryInto<
                types::RegisterUserRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RegisterUserRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RegisterUserRequest,
            ) -> types::builder::RegisterUserRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/api/members`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MemberResponse>, Error<types::ErrorEnvelope>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::RegisterUserRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/api/members", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "register_user",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::get_user`]

[`Client::get_user`]: super::Client::get_user*/
    #[derive(Debug, Clone)]
    pub struct GetUser<'a> {
        client: &'a super::Client,
        user_id: Result<types::GetUserUserId, String>,
    }
    impl<'a> GetUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetUserUserId>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetUserUserId` for user_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/api/members/{userId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Member>, Error<types::ErrorEnvelope>> {
            let Self { client, user_id } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api/members/{}", client.baseurl, encode_path(& user_id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "get_user",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::update_user`]

[`Client::update_user`]: super::Client::update_user*/
    #[derive(Debug, Clone)]
    pub struct UpdateUser<'a> {
        client: &'a super::Client,
        user_id: Result<types::UpdateUserUserId, String>,
        body: Result<types::builder::UpdateUserRequest, String>,
    }
    impl<'a> UpdateUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateUserUserId>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateUserUserId` for user_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateUserRequest>,
            <V as std::convert::TryInto<
                types::UpdateUserRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateUserRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateUserRequest,
            ) -> types::builder::UpdateUserRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v1/api/members/{userId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MemberResponse>, Error<types::ErrorEnvelope>> {
            let Self { client, user_id, body } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateUserRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api/members/{}", client.baseurl, encode_path(& user_id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_user",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::remove_user`]

[`Client::remove_user`]: super::Client::remove_user*/
    #[derive(Debug, Clone)]
    pub struct RemoveUser<'a> {
        client: &'a super::Client,
        user_id: Result<types::RemoveUserUserId, String>,
    }
    impl<'a> RemoveUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RemoveUserUserId>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `RemoveUserUserId` for user_id failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v1/api/members/{userId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MemberResponse>, Error<types::ErrorEnvelope>> {
            let Self { client, user_id } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api/members/{}", client.baseurl, encode_path(& user_id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "remove_user",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::get_push_notification`]

[`Client::get_push_notification`]: super::Client::get_push_notification*/
    #[derive(Debug, Clone)]
    pub struct GetPushNotification<'a> {
        client: &'a super::Client,
        user_id: Result<types::GetPushNotificationUserId, String>,
    }
    impl<'a> GetPushNotification<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetPushNotificationUserId>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetPushNotificationUserId` for user_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/api/members/{userId}/notification`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::MemberNotifications>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, user_id } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api/members/{}/notification", client.baseurl, encode_path(&
                user_id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "get_push_notification",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::set_push_notification`]

[`Client::set_push_notification`]: super::Client::set_push_notification*/
    #[derive(Debug, Clone)]
    pub struct SetPushNotification<'a> {
        client: &'a super::Client,
        user_id: Result<types::SetPushNotificationUserId, String>,
        body: Result<types::builder::NotificationSettings, String>,
    }
    impl<'a> SetPushNotification<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SetPushNotificationUserId>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `SetPushNotificationUserId` for user_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NotificationSettings>,
            <V as std::convert::TryInto<
                types::NotificationSettings,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `NotificationSettings` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::NotificationSettings,
            ) -> types::builder::NotificationSettings,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/api/members/{userId}/notification`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PushNotificationResult>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, user_id, body } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::NotificationSettings::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api/members/{}/notification", client.baseurl, encode_path(&
                user_id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "set_push_notification",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::disable_push_notification`]

[`Client::disable_push_notification`]: super::Client::disable_push_notification*/
    #[derive(Debug, Clone)]
    pub struct DisablePushNotification<'a> {
        client: &'a super::Client,
        user_id: Result<types::DisablePushNotificationUserId, String>,
    }
    impl<'a> DisablePushNotification<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DisablePushNotificationUserId>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DisablePushNotificationUserId` for user_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v1/api/members/{userId}/notification`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PushNotificationResult>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, user_id } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api/members/{}/notification", client.baseurl, encode_path(&
                user_id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "disable_push_notification",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::list_messages`]

[`Client::list_messages`]: super::Client::list_messages*/
    #[derive(Debug, Clone)]
    pub struct ListMessages<'a> {
        client: &'a super::Client,
        channel_id: Result<types::ListMessagesChannelId, String>,
        filter: Result<::std::string::String, String>,
        option: Result<Option<::std::string::String>, String>,
        sort: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListMessages<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                channel_id: Err("channel_id was not initialized".to_string()),
                filter: Err("filter was not initialized".to_string()),
                option: Ok(None),
                sort: Ok(None),
            }
        }
        pub fn channel_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListMessagesChannelId>,
        {
            self.channel_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListMessagesChannelId` for channel_id failed"
                        .to_string()
                });
            self
        }
        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filter failed"
                        .to_string()
                });
            self
        }
        pub fn option<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.option = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for option failed"
                        .to_string()
                });
            self
        }
        pub fn sort<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/api/messages/{channelId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Messages>, Error<types::ErrorEnvelope>> {
            let Self { client, channel_id, filter, option, sort } = self;
            let channel_id = channel_id.map_err(Error::InvalidRequest)?;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let option = option.map_err(Error::InvalidRequest)?;
            let sort = sort.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api/messages/{}", client.baseurl, encode_path(& channel_id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("option", &option))
                .query(&progenitor_client::QueryParam::new("sort", &sort))
                .build()?;
            let info = OperationInfo {
                operation_id: "list_messages",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::send_message`]

[`Client::send_message`]: super::Client::send_message*/
    #[derive(Debug, Clone)]
    pub struct SendMessage<'a> {
        client: &'a super::Client,
        channel_id: Result<types::SendMessageChannelId, String>,
        body: Result<types::builder::SendMessageRequest, String>,
    }
    impl<'a> SendMessage<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                channel_id: Err("channel_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn channel_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendMessageChannelId>,
        {
            self.channel_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `SendMessageChannelId` for channel_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendMessageRequest>,
            <V as std::convert::TryInto<
                types::SendMessageRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SendMessageRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SendMessageRequest,
            ) -> types::builder::SendMessageRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v1/api/messages/{channelId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MessageResponse>, Error<types::ErrorEnvelope>> {
            let Self { client, channel_id, body } = self;
            let channel_id = channel_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::SendMessageRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api/messages/{}", client.baseurl, encode_path(& channel_id
                .to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()?;
            let info = OperationInfo {
                operation_id: "send_message",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::get_message`]

[`Client::get_message`]: super::Client::get_message*/
    #[derive(Debug, Clone)]
    pub struct GetMessage<'a> {
        client: &'a super::Client,
        channel_id: Result<types::GetMessageChannelId, String>,
        message_id: Result<types::GetMessageMessageId, String>,
    }
    impl<'a> GetMessage<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                channel_id: Err("channel_id was not initialized".to_string()),
                message_id: Err("message_id was not initialized".to_string()),
            }
        }
        pub fn channel_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetMessageChannelId>,
        {
            self.channel_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetMessageChannelId` for channel_id failed"
                        .to_string()
                });
            self
        }
        pub fn message_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetMessageMessageId>,
        {
            self.message_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetMessageMessageId` for message_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/api/messages/{channelId}/{messageId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Message>, Error<types::ErrorEnvelope>> {
            let Self { client, channel_id, message_id } = self;
            let channel_id = channel_id.map_err(Error::InvalidRequest)?;
            let message_id = message_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api/messages/{}/{}", client.baseurl, encode_path(& channel_id
                .to_string()), encode_path(& message_id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "get_message",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::delete_message`]

[`Client::delete_message`]: super::Client::delete_message*/
    #[derive(Debug, Clone)]
    pub struct DeleteMessage<'a> {
        client: &'a super::Client,
        channel_id: Result<types::DeleteMessageChannelId, String>,
        message_id: Result<types::DeleteMessageMessageId, String>,
    }
    impl<'a> DeleteMessage<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                channel_id: Err("channel_id was not initialized".to_string()),
                message_id: Err("message_id was not initialized".to_string()),
            }
        }
        pub fn channel_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteMessageChannelId>,
        {
            self.channel_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteMessageChannelId` for channel_id failed"
                        .to_string()
                });
            self
        }
        pub fn message_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteMessageMessageId>,
        {
            self.message_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteMessageMessageId` for message_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v1/api/messages/{channelId}/{messageId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MessageResponse>, Error<types::ErrorEnvelope>> {
            let Self { client, channel_id, message_id } = self;
            let channel_id = channel_id.map_err(Error::InvalidRequest)?;
            let message_id = message_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v1/api/messages/{}/{}", client.baseurl, encode_path(& channel_id
                .to_string()), encode_path(& message_id.to_string()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_message",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::list_subscriptions`]

[`Client::list_subscriptions`]: super::Client::list_subscriptions*/
    #[derive(Debug, Clone)]
    pub struct ListSubscriptions<'a> {
        client: &'a super::Client,
        filter: Result<::std::string::String, String>,
        option: Result<Option<::std::string::String>, String>,
        sort: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListSubscriptions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Err("filter was not initialized".to_string()),
                option: Ok(None),
                sort: Ok(None),
            }
        }
        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filter failed"
                        .to_string()
                });
            self
        }
        pub fn option<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.option = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for option failed"
                        .to_string()
                });
            self
        }
        pub fn sort<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v1/api/subscriptions`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SubscriptionList>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, filter, option, sort } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let option = option.map_err(Error::InvalidRequest)?;
            let sort = sort.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/api/subscriptions", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("option", &option))
                .query(&progenitor_client::QueryParam::new("sort", &sort))
                .build()?;
            let info = OperationInfo {
                operation_id: "list_subscriptions",
            };
            client.respond(request, &info).await
        }
    }
    /**Builder for [`Client::issue_token`]

[`Client::issue_token`]: super::Client::issue_token*/
    #[derive(Debug, Clone)]
    pub struct IssueToken<'a> {
        client: &'a super::Client,
        expire_day: Result<::std::num::NonZeroU64, String>,
        id: Result<::std::string::String, String>,
    }
    impl<'a> IssueToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                expire_day: Err("expire_day was not initialized".to_string()),
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn expire_day<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.expire_day = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for expire_day failed"
                        .to_string()
                });
            self
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/v1/api/token`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TokenResponse>, Error<types::ErrorEnvelope>> {
            let Self { client, expire_day, id } = self;
            let expire_day = expire_day.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v1/api/token", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("expireDay", &expire_day))
                .query(&progenitor_client::QueryParam::new("id", &id))
                .build()?;
            let info = OperationInfo {
                operation_id: "issue_token",
            };
            client.respond(request, &info).await
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
