use crate::api::*;
use anyhow::Context as _;
pub struct Cli<T: CliConfig> {
    client: Client,
    config: T,
}
impl<T: CliConfig> Cli<T> {
    pub fn new(client: Client, config: T) -> Self {
        Self { client, config }
    }
    pub fn get_command(cmd: CliCommand) -> ::clap::Command {
        match cmd {
            CliCommand::ListChannels => Self::cli_list_channels(),
            CliCommand::CreateChannel => Self::cli_create_channel(),
            CliCommand::GetChannel => Self::cli_get_channel(),
            CliCommand::UpdateChannel => Self::cli_update_channel(),
            CliCommand::DeleteChannel => Self::cli_delete_channel(),
            CliCommand::AcceptFriend => Self::cli_accept_friend(),
            CliCommand::BulkRequestFriends => Self::cli_bulk_request_friends(),
            CliCommand::RejectFriend => Self::cli_reject_friend(),
            CliCommand::RequestFriend => Self::cli_request_friend(),
            CliCommand::ListUsers => Self::cli_list_users(),
            CliCommand::RegisterUser => Self::cli_register_user(),
            CliCommand::GetUser => Self::cli_get_user(),
            CliCommand::UpdateUser => Self::cli_update_user(),
            CliCommand::RemoveUser => Self::cli_remove_user(),
            CliCommand::GetPushNotification => Self::cli_get_push_notification(),
            CliCommand::SetPushNotification => Self::cli_set_push_notification(),
            CliCommand::DisablePushNotification => Self::cli_disable_push_notification(),
            CliCommand::ListMessages => Self::cli_list_messages(),
            CliCommand::SendMessage => Self::cli_send_message(),
            CliCommand::GetMessage => Self::cli_get_message(),
            CliCommand::DeleteMessage => Self::cli_delete_message(),
            CliCommand::ListSubscriptions => Self::cli_list_subscriptions(),
            CliCommand::IssueToken => Self::cli_issue_token(),
        }
    }
    pub fn cli_list_channels() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("filter")
                    .long("filter")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help(
                        "JSON object, serialized to a string, whose shape is the `Filter` schema\n(#/components/schemas/Filter): exact-match conditions on fields of the listed objects,\nwith dotted paths for nested fields and any JSON value, e.g. `{\"sender.name\":\"guest\"}`\nor `{\"online\":true}`. Required; send `{}` for no filter.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("option")
                    .long("option")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "JSON object, serialized to a string, whose shape is the `ListOption` schema\n(#/components/schemas/ListOption): `offset`, `per_page` (1..100) and `count`.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("sort")
                    .long("sort")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "JSON object, serialized to a string, whose shape is the `Sort` schema\n(#/components/schemas/Sort): `{\"<field>\":<direction>}` with the direction `\"1\"` / `1`\n(ascending) or `\"-1\"` / `-1` (descending), as a string or a number.\n",
                    ),
            )
            .about(
                "List channels\n\nLists the project's channels matching `filter`, ordered by `sort`, paged by `option`;\nwith `option.count` true, returns `{\"count\": n}` instead (see List users).\n\nConflict: the vendor's channel examples sort by `createdAt` while the field is\n`created_at`; which spelling the service honours is not documented. `sort` keys are sent\nexactly as given.\n",
            )
    }
    pub fn cli_create_channel() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("disabled")
                    .long("disabled")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Create the channel disabled (default false)."),
            )
            .arg(
                ::clap::Arg::new("image-url")
                    .long("image-url")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Channel image URL (returned as `image_url`); a full URL answering HTTP 200.",
                    ),
            )
            .arg(
                ::clap::Arg::new("limit")
                    .long("limit")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "Maximum participants; 0 means unlimited (negative values are undocumented).",
                    ),
            )
            .arg(
                ::clap::Arg::new("link-url")
                    .long("link-url")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Channel link URL (returned as `link_url`); a full URL answering HTTP 200.",
                    ),
            )
            .arg(
                ::clap::Arg::new("mutes")
                    .long("mutes")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Mute the channel (default false)."),
            )
            .arg(
                ::clap::Arg::new("name")
                    .long("name")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("Channel name."),
            )
            .arg(
                ::clap::Arg::new("push")
                    .long("push")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Allow push notifications (default true)."),
            )
            .arg(
                ::clap::Arg::new("translation")
                    .long("translation")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Automatic translation (default false)."),
            )
            .arg(
                ::clap::Arg::new("type")
                    .long("type")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::ChannelType::Public.to_string(),
                                types::ChannelType::Private.to_string(),
                            ]),
                            |s| types::ChannelType::try_from(s).unwrap(),
                        ),
                    )
                    .required_unless_present("json-body"),
            )
            .arg(
                ::clap::Arg::new("unique-id")
                    .long("unique-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Caller-chosen unique ID (returned as `unique_id`)."),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Create a channel\n\nCreates a channel. `linkUrl` and `imageUrl` must be full URLs (not a bare domain) whose\ntarget answers HTTP 200 with a Content-Type header.\nThe vendor page is cut off before the response; like Delete channel, it is taken to be\nthe channel wrapped in `channel` (inferred).\n",
            )
    }
    pub fn cli_get_channel() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("channel-id")
                    .long("channel-id")
                    .value_parser(::clap::value_parser!(types::GetChannelChannelId))
                    .required(true)
                    .help("ID of the channel (a UUID assigned by the service)."),
            )
            .about(
                "Get a channel\n\nReturns one channel, unwrapped (the object is at the top level of the body).",
            )
    }
    pub fn cli_update_channel() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("channel-id")
                    .long("channel-id")
                    .value_parser(::clap::value_parser!(types::UpdateChannelChannelId))
                    .required(true)
                    .help("ID of the channel (a UUID assigned by the service)."),
            )
            .arg(
                ::clap::Arg::new("disabled")
                    .long("disabled")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Channel disabled."),
            )
            .arg(
                ::clap::Arg::new("image-url")
                    .long("image-url")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Channel image URL."),
            )
            .arg(
                ::clap::Arg::new("limit")
                    .long("limit")
                    .value_parser(::clap::value_parser!(i64))
                    .required(false)
                    .help(
                        "Maximum participants; 0 means unlimited (negative values are undocumented).",
                    ),
            )
            .arg(
                ::clap::Arg::new("link-url")
                    .long("link-url")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Channel link URL."),
            )
            .arg(
                ::clap::Arg::new("mutes")
                    .long("mutes")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Channel muted."),
            )
            .arg(
                ::clap::Arg::new("name")
                    .long("name")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Channel name."),
            )
            .arg(
                ::clap::Arg::new("push")
                    .long("push")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Push notifications allowed."),
            )
            .arg(
                ::clap::Arg::new("translation")
                    .long("translation")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Automatic translation."),
            )
            .arg(
                ::clap::Arg::new("type")
                    .long("type")
                    .value_parser(
                        ::clap::builder::TypedValueParser::map(
                            ::clap::builder::PossibleValuesParser::new([
                                types::ChannelType::Public.to_string(),
                                types::ChannelType::Private.to_string(),
                            ]),
                            |s| types::ChannelType::try_from(s).unwrap(),
                        ),
                    )
                    .required(false),
            )
            .arg(
                ::clap::Arg::new("unique-id")
                    .long("unique-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Caller-chosen unique ID."),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Edit a channel\n\nChanges the given fields of a channel; omitted fields are left as they are. Same URL\nrules as Create channel. The response is taken to be the channel wrapped in `channel`\n(inferred: the vendor page is cut off).\n",
            )
    }
    pub fn cli_delete_channel() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("channel-id")
                    .long("channel-id")
                    .value_parser(::clap::value_parser!(types::DeleteChannelChannelId))
                    .required(true)
                    .help("ID of the channel (a UUID assigned by the service)."),
            )
            .about(
                "Delete a channel\n\nDeletes a channel and returns it, wrapped in `channel`.",
            )
    }
    pub fn cli_accept_friend() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("friend-id")
                    .long("friend-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("The other user."),
            )
            .arg(
                ::clap::Arg::new("user-id")
                    .long("user-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("A user (for bulk requests, the one sending the request)."),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Accept a friend request\n\nAccepts the pending request between `userId` and `friendId`; afterwards the two users\nare friends (`status` becomes `accepted`). Which of the two sent the request is not\ndocumented (see Reject a friend request).\n",
            )
    }
    pub fn cli_bulk_request_friends() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(true)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Send several friend requests\n\nSends one friend request per item of the top-level JSON array (items have no message).\n\nConflict: the vendor's method table says `GET /v1/api/v1/api/friendship/bulk` (a doubled\nprefix, and GET with a body); every curl example uses `POST /v1/api/friendship/bulk`,\nwhich is what this document declares. The batch size limit is not documented.\n",
            )
    }
    pub fn cli_reject_friend() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("friend-id")
                    .long("friend-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("The other user."),
            )
            .arg(
                ::clap::Arg::new("user-id")
                    .long("user-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("A user (for bulk requests, the one sending the request)."),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Reject a friend request\n\nRejects the pending request between `userId` and `friendId`.\nThe vendor does not say which of the two sent the request (its accept and reject\nexamples swap the same two IDs); this document passes them through unchanged, and the\nproject's emulator accepts either order.\n",
            )
    }
    pub fn cli_request_friend() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("friend-id")
                    .long("friend-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("The user being asked."),
            )
            .arg(
                ::clap::Arg::new("message")
                    .long("message")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Text attached to the request."),
            )
            .arg(
                ::clap::Arg::new("user-id")
                    .long("user-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("The user sending the request."),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Send a friend request\n\n`userId` asks `friendId` to be friends; the friend sees the request through notifications.\n\nConflict: the current page documents the response under `data.requestFriend.friendship`\n(user summaries with `name` and `profile`), the older page as a top-level `friendship`\n(summaries with `nickname`). Both shapes are accepted: `RequestFriendResponse` has\nboth properties, optional; clients read whichever is present.\n",
            )
    }
    pub fn cli_list_users() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("filter")
                    .long("filter")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help(
                        "JSON object, serialized to a string, whose shape is the `Filter` schema\n(#/components/schemas/Filter): exact-match conditions on fields of the listed objects,\nwith dotted paths for nested fields and any JSON value, e.g. `{\"sender.name\":\"guest\"}`\nor `{\"online\":true}`. Required; send `{}` for no filter.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("option")
                    .long("option")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "JSON object, serialized to a string, whose shape is the `ListOption` schema\n(#/components/schemas/ListOption): `offset`, `per_page` (1..100) and `count`.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("sort")
                    .long("sort")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "JSON object, serialized to a string, whose shape is the `Sort` schema\n(#/components/schemas/Sort): `{\"<field>\":<direction>}` with the direction `\"1\"` / `1`\n(ascending) or `\"-1\"` / `-1` (descending), as a string or a number.\n",
                    ),
            )
            .about(
                "List users\n\nLists the project's users matching `filter`, ordered by `sort`, paged by `option`.\nWith `option.count` true the service returns the number of matching users instead of\nthe list. The vendor does not document that response; this document accepts\n`{\"count\": n}` (schema `Count`, unverified), which is what the project's emulator\nreturns.\n",
            )
    }
    pub fn cli_register_user() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("custom-field")
                    .long("custom-field")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Free-form user-defined text."),
            )
            .arg(
                ::clap::Arg::new("name")
                    .long("name")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("Display name."),
            )
            .arg(
                ::clap::Arg::new("profile")
                    .long("profile")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Profile image URL."),
            )
            .arg(
                ::clap::Arg::new("user-id")
                    .long("user-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "The new user's ID. The vendor page says 4 to 128 letters, digits, `-` or `_`, but\npublic code registers e-mail addresses as IDs, so this is not declared as a\nconstraint: the service decides.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Register a user\n\nRegisters a new user. The current vendor page says `userId` is 4 to 128 characters of\nletters, digits, `-` and `_`; public code registers users with e-mail addresses as IDs\n(and then calls `/v1/api/members/<e-mail>`), so the rule is documented here but not\ndeclared as a constraint: the service decides. The response wraps the new user in `member`; its fields after `device_type` are not on\nthe vendor page and follow the `Member` object of the other user calls.\n",
            )
    }
    pub fn cli_get_user() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("user-id")
                    .long("user-id")
                    .value_parser(::clap::value_parser!(types::GetUserUserId))
                    .required(true)
                    .help(
                        "ID of the user. Not constrained here beyond being non-empty: users registered under\nolder rules may have IDs (UUIDs, e-mail addresses) outside the current 4..128\n`[A-Za-z0-9_-]` rule of Register user. Sent percent-encoded as one path segment.\n",
                    ),
            )
            .about(
                "Get a user\n\nReturns one user, unwrapped (the object is at the top level of the body).",
            )
    }
    pub fn cli_update_user() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("custom-field")
                    .long("custom-field")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Free-form user-defined text."),
            )
            .arg(
                ::clap::Arg::new("name")
                    .long("name")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Display name."),
            )
            .arg(
                ::clap::Arg::new("profile")
                    .long("profile")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Profile image URL."),
            )
            .arg(
                ::clap::Arg::new("user-id")
                    .long("user-id")
                    .value_parser(::clap::value_parser!(types::UpdateUserUserId))
                    .required(true)
                    .help(
                        "ID of the user. Not constrained here beyond being non-empty: users registered under\nolder rules may have IDs (UUIDs, e-mail addresses) outside the current 4..128\n`[A-Za-z0-9_-]` rule of Register user. Sent percent-encoded as one path segment.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Edit a user\n\nChanges the given fields of a user; omitted fields are left as they are.\nThe vendor page is cut off before the response; like Register and Remove, it is taken to\nbe the user wrapped in `member` (inferred).\n",
            )
    }
    pub fn cli_remove_user() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("user-id")
                    .long("user-id")
                    .value_parser(::clap::value_parser!(types::RemoveUserUserId))
                    .required(true)
                    .help(
                        "ID of the user. Not constrained here beyond being non-empty: users registered under\nolder rules may have IDs (UUIDs, e-mail addresses) outside the current 4..128\n`[A-Za-z0-9_-]` rule of Register user. Sent percent-encoded as one path segment.\n",
                    ),
            )
            .about(
                "Remove (withdraw) a user\n\nWithdraws a user. The user is kept with `deleted: true` and `deleted_at` set (a soft\ndelete, as the Member fields suggest); the response wraps it in `member`.\n",
            )
    }
    pub fn cli_get_push_notification() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("user-id")
                    .long("user-id")
                    .value_parser(
                        ::clap::value_parser!(types::GetPushNotificationUserId),
                    )
                    .required(true)
                    .help(
                        "ID of the user. Not constrained here beyond being non-empty: users registered under\nolder rules may have IDs (UUIDs, e-mail addresses) outside the current 4..128\n`[A-Za-z0-9_-]` rule of Register user. Sent percent-encoded as one path segment.\n",
                    ),
            )
            .about(
                "Get push notification settings\n\nReturns a user's push settings, unwrapped. Note the official example's `device` is\n`\"sandbox\"` although the field is documented as `FCM` or `APNS`, so `device` is an open\nstring here and in requests (a value read back can be sent back).\n",
            )
    }
    pub fn cli_set_push_notification() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("ad")
                    .long("ad")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Allow advertising pushes."),
            )
            .arg(
                ::clap::Arg::new("device")
                    .long("device")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "Push service. Documented values: `FCM` and `APNS`; the service itself returns\n`sandbox` (official example of Get push notification settings), so any string is\naccepted and a value read back can be sent back.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("night")
                    .long("night")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Allow pushes at night."),
            )
            .arg(
                ::clap::Arg::new("os")
                    .long("os")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("OS version, e.g. `iOS 18` or `25`."),
            )
            .arg(
                ::clap::Arg::new("push")
                    .long("push")
                    .value_parser(::clap::value_parser!(bool))
                    .required(false)
                    .help("Allow push notifications."),
            )
            .arg(
                ::clap::Arg::new("timezone")
                    .long("timezone")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Time zone, e.g. `Asia/Seoul`."),
            )
            .arg(
                ::clap::Arg::new("token")
                    .long("token")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("Device push token."),
            )
            .arg(
                ::clap::Arg::new("user-id")
                    .long("user-id")
                    .value_parser(
                        ::clap::value_parser!(types::SetPushNotificationUserId),
                    )
                    .required(true)
                    .help(
                        "ID of the user. Not constrained here beyond being non-empty: users registered under\nolder rules may have IDs (UUIDs, e-mail addresses) outside the current 4..128\n`[A-Za-z0-9_-]` rule of Register user. Sent percent-encoded as one path segment.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Set (enable) push notifications\n\nStores a user's push settings (the English page calls this \"Enable push notifications\").\nThe body is flat, without a wrapper; omitted fields are left as they are.\nThe vendor table is cut off after `member.notifications.device`; the rest of the\nresponse is taken to match \"Disable push notification settings\", including the\ntop-level `status` (`1` = success, anything else = failure) (inferred).\n",
            )
    }
    pub fn cli_disable_push_notification() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("user-id")
                    .long("user-id")
                    .value_parser(
                        ::clap::value_parser!(types::DisablePushNotificationUserId),
                    )
                    .required(true)
                    .help(
                        "ID of the user. Not constrained here beyond being non-empty: users registered under\nolder rules may have IDs (UUIDs, e-mail addresses) outside the current 4..128\n`[A-Za-z0-9_-]` rule of Register user. Sent percent-encoded as one path segment.\n",
                    ),
            )
            .about(
                "Disable push notification settings\n\nClears a user's push settings: every field of `notifications` comes back `null`.\n`status` is `1` on success; any other value is a failure.\n",
            )
    }
    pub fn cli_list_messages() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("channel-id")
                    .long("channel-id")
                    .value_parser(::clap::value_parser!(types::ListMessagesChannelId))
                    .required(true)
                    .help("ID of the channel (a UUID assigned by the service)."),
            )
            .arg(
                ::clap::Arg::new("filter")
                    .long("filter")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help(
                        "JSON object, serialized to a string, whose shape is the `Filter` schema\n(#/components/schemas/Filter): exact-match conditions on fields of the listed objects,\nwith dotted paths for nested fields and any JSON value, e.g. `{\"sender.name\":\"guest\"}`\nor `{\"online\":true}`. Required; send `{}` for no filter.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("option")
                    .long("option")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "JSON object, serialized to a string, whose shape is the `MessageListOption` schema\n(#/components/schemas/MessageListOption): `offset` and `per_page` (1..100).\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("sort")
                    .long("sort")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "JSON object, serialized to a string, whose shape is the `Sort` schema\n(#/components/schemas/Sort): `{\"<field>\":<direction>}` with the direction `\"1\"` / `1`\n(ascending) or `\"-1\"` / `-1` (descending), as a string or a number.\n",
                    ),
            )
            .about(
                "List messages in a channel\n\nLists a channel's messages matching `filter`, ordered by `sort`, paged by `option`.\nUnlike the other lists, `option.count` is not documented here, so the response is always\na list (use `MessageListOption`).\n\nConflict: the text says only exact matches filter, while the official example filters\n`{\"content\":\"messa\"}` with a fragment. This document promises exact matching only.\n",
            )
    }
    pub fn cli_send_message() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("channel-id")
                    .long("channel-id")
                    .value_parser(::clap::value_parser!(types::SendMessageChannelId))
                    .required(true)
                    .help("ID of the channel (a UUID assigned by the service)."),
            )
            .arg(
                ::clap::Arg::new("content")
                    .long("content")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "Message text (maximum length set in the dashboard). Whether the service refuses an\nempty text is not documented, so it is not refused here.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .arg(
                ::clap::Arg::new("json-body-template")
                    .long("json-body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .help("XXX"),
            )
            .about(
                "Send a message\n\nSends a text message to a channel as the admin (the response's `admin` object is filled).\nNo sender, type or attachment fields are documented for this call. The maximum length\nof `content` is the dashboard's Settings > General > \"max message length\".\n",
            )
    }
    pub fn cli_get_message() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("channel-id")
                    .long("channel-id")
                    .value_parser(::clap::value_parser!(types::GetMessageChannelId))
                    .required(true)
                    .help("ID of the channel (a UUID assigned by the service)."),
            )
            .arg(
                ::clap::Arg::new("message-id")
                    .long("message-id")
                    .value_parser(::clap::value_parser!(types::GetMessageMessageId))
                    .required(true)
                    .help(
                        "ID of the message (24 hexadecimal characters assigned by the service).",
                    ),
            )
            .about(
                "Get a message\n\nReturns one message, unwrapped (the object is at the top level of the body).",
            )
    }
    pub fn cli_delete_message() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("channel-id")
                    .long("channel-id")
                    .value_parser(::clap::value_parser!(types::DeleteMessageChannelId))
                    .required(true)
                    .help("ID of the channel (a UUID assigned by the service)."),
            )
            .arg(
                ::clap::Arg::new("message-id")
                    .long("message-id")
                    .value_parser(::clap::value_parser!(types::DeleteMessageMessageId))
                    .required(true)
                    .help(
                        "ID of the message (24 hexadecimal characters assigned by the service).",
                    ),
            )
            .about(
                "Delete a message\n\nDeletes a message and returns it, wrapped in `message`.",
            )
    }
    pub fn cli_list_subscriptions() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("filter")
                    .long("filter")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help(
                        "JSON object, serialized to a string, whose shape is the `Filter` schema\n(#/components/schemas/Filter): exact-match conditions on fields of the listed objects,\nwith dotted paths for nested fields and any JSON value, e.g. `{\"sender.name\":\"guest\"}`\nor `{\"online\":true}`. Required; send `{}` for no filter.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("option")
                    .long("option")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "JSON object, serialized to a string, whose shape is the `ListOption` schema\n(#/components/schemas/ListOption): `offset`, `per_page` (1..100) and `count`.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("sort")
                    .long("sort")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help(
                        "JSON object, serialized to a string, whose shape is the `Sort` schema\n(#/components/schemas/Sort): `{\"<field>\":<direction>}` with the direction `\"1\"` / `1`\n(ascending) or `\"-1\"` / `-1` (descending), as a string or a number.\n",
                    ),
            )
            .about(
                "List channel subscriptions\n\nLists subscriptions (user-in-channel records) matching `filter`, e.g.\n`{\"channel_id\":\"<id>\"}` or `{\"user_id\":\"<id>\"}`; with `option.count` true, returns\n`{\"count\": n}` instead (see List users). The older page sorts by `createdAt`, the current\none by `created_at`; `sort` keys are sent exactly as given.\n",
            )
    }
    pub fn cli_issue_token() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("expire-day")
                    .long("expire-day")
                    .value_parser(::clap::value_parser!(::std::num::NonZeroU64))
                    .required(true)
                    .help("Validity of the token in days (1 to 90)."),
            )
            .arg(
                ::clap::Arg::new("id")
                    .long("id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(true)
                    .help("ID of the user the token is for."),
            )
            .about(
                "Issue a user token\n\nIssues a token for an existing user, valid for `expireDay` days, for the client SDK's\nlogin. The token is a JWT; reading its expiry from an `exp` claim is unverified (no\nvendor page shows a decoded token).\n\nChoices: the parameters go in the **query string** with no body, as every official\nexample does (curl `POST '.../v1/api/token?id=...&expireDay=10' -d ''`). Three public\nclients send a JSON body `{\"id\": ..., \"expireDay\": ...}` instead; whether the service\nalso reads a body is unverified, so the documented query form is kept. `expireDay` is\nlimited to 1..90 as the current English page says (an older Korean page only says \"1 or\nmore\"). The response carries `status`: any value other than `1` is a failure even with\nHTTP 200.\n",
            )
    }
    pub async fn execute(
        &self,
        cmd: CliCommand,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        match cmd {
            CliCommand::ListChannels => self.execute_list_channels(matches).await,
            CliCommand::CreateChannel => self.execute_create_channel(matches).await,
            CliCommand::GetChannel => self.execute_get_channel(matches).await,
            CliCommand::UpdateChannel => self.execute_update_channel(matches).await,
            CliCommand::DeleteChannel => self.execute_delete_channel(matches).await,
            CliCommand::AcceptFriend => self.execute_accept_friend(matches).await,
            CliCommand::BulkRequestFriends => {
                self.execute_bulk_request_friends(matches).await
            }
            CliCommand::RejectFriend => self.execute_reject_friend(matches).await,
            CliCommand::RequestFriend => self.execute_request_friend(matches).await,
            CliCommand::ListUsers => self.execute_list_users(matches).await,
            CliCommand::RegisterUser => self.execute_register_user(matches).await,
            CliCommand::GetUser => self.execute_get_user(matches).await,
            CliCommand::UpdateUser => self.execute_update_user(matches).await,
            CliCommand::RemoveUser => self.execute_remove_user(matches).await,
            CliCommand::GetPushNotification => {
                self.execute_get_push_notification(matches).await
            }
            CliCommand::SetPushNotification => {
                self.execute_set_push_notification(matches).await
            }
            CliCommand::DisablePushNotification => {
                self.execute_disable_push_notification(matches).await
            }
            CliCommand::ListMessages => self.execute_list_messages(matches).await,
            CliCommand::SendMessage => self.execute_send_message(matches).await,
            CliCommand::GetMessage => self.execute_get_message(matches).await,
            CliCommand::DeleteMessage => self.execute_delete_message(matches).await,
            CliCommand::ListSubscriptions => {
                self.execute_list_subscriptions(matches).await
            }
            CliCommand::IssueToken => self.execute_issue_token(matches).await,
        }
    }
    pub async fn execute_list_channels(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_channels();
        if let Some(value) = matches.get_one::<::std::string::String>("filter") {
            request = request.filter(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("option") {
            request = request.option(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("sort") {
            request = request.sort(value.clone());
        }
        self.config.execute_list_channels(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_create_channel(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.create_channel();
        if let Some(value) = matches.get_one::<bool>("disabled") {
            request = request.body_map(|body| { body.disabled(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("image-url") {
            request = request.body_map(|body| { body.image_url(value.clone()) });
        }
        if let Some(value) = matches.get_one::<i64>("limit") {
            request = request.body_map(|body| { body.limit(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("link-url") {
            request = request.body_map(|body| { body.link_url(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("mutes") {
            request = request.body_map(|body| { body.mutes(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("name") {
            request = request.body_map(|body| { body.name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("push") {
            request = request.body_map(|body| { body.push(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("translation") {
            request = request.body_map(|body| { body.translation(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::ChannelType>("type") {
            request = request.body_map(|body| { body.type_(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("unique-id") {
            request = request.body_map(|body| { body.unique_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::CreateChannelRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_create_channel(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_get_channel(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_channel();
        if let Some(value) = matches.get_one::<types::GetChannelChannelId>("channel-id")
        {
            request = request.channel_id(value.clone());
        }
        self.config.execute_get_channel(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_update_channel(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.update_channel();
        if let Some(value) = matches
            .get_one::<types::UpdateChannelChannelId>("channel-id")
        {
            request = request.channel_id(value.clone());
        }
        if let Some(value) = matches.get_one::<bool>("disabled") {
            request = request.body_map(|body| { body.disabled(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("image-url") {
            request = request.body_map(|body| { body.image_url(value.clone()) });
        }
        if let Some(value) = matches.get_one::<i64>("limit") {
            request = request.body_map(|body| { body.limit(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("link-url") {
            request = request.body_map(|body| { body.link_url(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("mutes") {
            request = request.body_map(|body| { body.mutes(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("name") {
            request = request.body_map(|body| { body.name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("push") {
            request = request.body_map(|body| { body.push(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("translation") {
            request = request.body_map(|body| { body.translation(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::ChannelType>("type") {
            request = request.body_map(|body| { body.type_(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("unique-id") {
            request = request.body_map(|body| { body.unique_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::UpdateChannelRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_update_channel(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_delete_channel(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.delete_channel();
        if let Some(value) = matches
            .get_one::<types::DeleteChannelChannelId>("channel-id")
        {
            request = request.channel_id(value.clone());
        }
        self.config.execute_delete_channel(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_accept_friend(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.accept_friend();
        if let Some(value) = matches.get_one::<::std::string::String>("friend-id") {
            request = request.body_map(|body| { body.friend_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("user-id") {
            request = request.body_map(|body| { body.user_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::FriendPair>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_accept_friend(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_bulk_request_friends(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.bulk_request_friends();
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::BulkFriendRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_bulk_request_friends(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_reject_friend(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.reject_friend();
        if let Some(value) = matches.get_one::<::std::string::String>("friend-id") {
            request = request.body_map(|body| { body.friend_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("user-id") {
            request = request.body_map(|body| { body.user_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::FriendPair>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_reject_friend(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_request_friend(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.request_friend();
        if let Some(value) = matches.get_one::<::std::string::String>("friend-id") {
            request = request.body_map(|body| { body.friend_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("message") {
            request = request.body_map(|body| { body.message(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("user-id") {
            request = request.body_map(|body| { body.user_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::FriendRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_request_friend(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_list_users(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_users();
        if let Some(value) = matches.get_one::<::std::string::String>("filter") {
            request = request.filter(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("option") {
            request = request.option(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("sort") {
            request = request.sort(value.clone());
        }
        self.config.execute_list_users(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_register_user(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.register_user();
        if let Some(value) = matches.get_one::<::std::string::String>("custom-field") {
            request = request.body_map(|body| { body.custom_field(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("name") {
            request = request.body_map(|body| { body.name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("profile") {
            request = request.body_map(|body| { body.profile(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("user-id") {
            request = request.body_map(|body| { body.user_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::RegisterUserRequest,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_register_user(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_get_user(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_user();
        if let Some(value) = matches.get_one::<types::GetUserUserId>("user-id") {
            request = request.user_id(value.clone());
        }
        self.config.execute_get_user(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_update_user(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.update_user();
        if let Some(value) = matches.get_one::<::std::string::String>("custom-field") {
            request = request.body_map(|body| { body.custom_field(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("name") {
            request = request.body_map(|body| { body.name(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("profile") {
            request = request.body_map(|body| { body.profile(value.clone()) });
        }
        if let Some(value) = matches.get_one::<types::UpdateUserUserId>("user-id") {
            request = request.user_id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::UpdateUserRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_update_user(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_remove_user(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.remove_user();
        if let Some(value) = matches.get_one::<types::RemoveUserUserId>("user-id") {
            request = request.user_id(value.clone());
        }
        self.config.execute_remove_user(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_get_push_notification(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_push_notification();
        if let Some(value) = matches
            .get_one::<types::GetPushNotificationUserId>("user-id")
        {
            request = request.user_id(value.clone());
        }
        self.config.execute_get_push_notification(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_set_push_notification(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.set_push_notification();
        if let Some(value) = matches.get_one::<bool>("ad") {
            request = request.body_map(|body| { body.ad(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("device") {
            request = request.body_map(|body| { body.device(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("night") {
            request = request.body_map(|body| { body.night(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("os") {
            request = request.body_map(|body| { body.os(value.clone()) });
        }
        if let Some(value) = matches.get_one::<bool>("push") {
            request = request.body_map(|body| { body.push(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("timezone") {
            request = request.body_map(|body| { body.timezone(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("token") {
            request = request.body_map(|body| { body.token(value.clone()) });
        }
        if let Some(value) = matches
            .get_one::<types::SetPushNotificationUserId>("user-id")
        {
            request = request.user_id(value.clone());
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<
                types::NotificationSettings,
            >(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_set_push_notification(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_disable_push_notification(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.disable_push_notification();
        if let Some(value) = matches
            .get_one::<types::DisablePushNotificationUserId>("user-id")
        {
            request = request.user_id(value.clone());
        }
        self.config.execute_disable_push_notification(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_list_messages(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_messages();
        if let Some(value) = matches
            .get_one::<types::ListMessagesChannelId>("channel-id")
        {
            request = request.channel_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("filter") {
            request = request.filter(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("option") {
            request = request.option(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("sort") {
            request = request.sort(value.clone());
        }
        self.config.execute_list_messages(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_send_message(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.send_message();
        if let Some(value) = matches.get_one::<types::SendMessageChannelId>("channel-id")
        {
            request = request.channel_id(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("content") {
            request = request.body_map(|body| { body.content(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::SendMessageRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_send_message(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_get_message(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.get_message();
        if let Some(value) = matches.get_one::<types::GetMessageChannelId>("channel-id")
        {
            request = request.channel_id(value.clone());
        }
        if let Some(value) = matches.get_one::<types::GetMessageMessageId>("message-id")
        {
            request = request.message_id(value.clone());
        }
        self.config.execute_get_message(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_delete_message(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.delete_message();
        if let Some(value) = matches
            .get_one::<types::DeleteMessageChannelId>("channel-id")
        {
            request = request.channel_id(value.clone());
        }
        if let Some(value) = matches
            .get_one::<types::DeleteMessageMessageId>("message-id")
        {
            request = request.message_id(value.clone());
        }
        self.config.execute_delete_message(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_list_subscriptions(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.list_subscriptions();
        if let Some(value) = matches.get_one::<::std::string::String>("filter") {
            request = request.filter(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("option") {
            request = request.option(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("sort") {
            request = request.sort(value.clone());
        }
        self.config.execute_list_subscriptions(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
    pub async fn execute_issue_token(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.issue_token();
        if let Some(value) = matches.get_one::<::std::num::NonZeroU64>("expire-day") {
            request = request.expire_day(value.clone());
        }
        if let Some(value) = matches.get_one::<::std::string::String>("id") {
            request = request.id(value.clone());
        }
        self.config.execute_issue_token(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
}
pub trait CliConfig {
    fn success_item<T>(&self, value: &ResponseValue<T>)
    where
        T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug;
    fn success_no_item(&self, value: &ResponseValue<()>);
    fn error<T>(&self, value: &Error<T>)
    where
        T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug;
    fn list_start<T>(&self)
    where
        T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug;
    fn list_item<T>(&self, value: &T)
    where
        T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug;
    fn list_end_success<T>(&self)
    where
        T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug;
    fn list_end_error<T>(&self, value: &Error<T>)
    where
        T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug;
    fn execute_list_channels(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListChannels,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_create_channel(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::CreateChannel,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_channel(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetChannel,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_update_channel(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UpdateChannel,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_delete_channel(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::DeleteChannel,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_accept_friend(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::AcceptFriend,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_bulk_request_friends(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::BulkRequestFriends,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_reject_friend(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::RejectFriend,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_request_friend(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::RequestFriend,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_users(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListUsers,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_register_user(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::RegisterUser,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_user(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetUser,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_update_user(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::UpdateUser,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_remove_user(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::RemoveUser,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_push_notification(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetPushNotification,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_set_push_notification(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::SetPushNotification,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_disable_push_notification(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::DisablePushNotification,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_messages(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListMessages,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_send_message(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::SendMessage,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_get_message(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::GetMessage,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_delete_message(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::DeleteMessage,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_list_subscriptions(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::ListSubscriptions,
    ) -> anyhow::Result<()> {
        Ok(())
    }
    fn execute_issue_token(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::IssueToken,
    ) -> anyhow::Result<()> {
        Ok(())
    }
}
#[derive(Copy, Clone, Debug)]
pub enum CliCommand {
    ListChannels,
    CreateChannel,
    GetChannel,
    UpdateChannel,
    DeleteChannel,
    AcceptFriend,
    BulkRequestFriends,
    RejectFriend,
    RequestFriend,
    ListUsers,
    RegisterUser,
    GetUser,
    UpdateUser,
    RemoveUser,
    GetPushNotification,
    SetPushNotification,
    DisablePushNotification,
    ListMessages,
    SendMessage,
    GetMessage,
    DeleteMessage,
    ListSubscriptions,
    IssueToken,
}
impl CliCommand {
    pub fn iter() -> impl Iterator<Item = CliCommand> {
        vec![
            CliCommand::ListChannels, CliCommand::CreateChannel, CliCommand::GetChannel,
            CliCommand::UpdateChannel, CliCommand::DeleteChannel,
            CliCommand::AcceptFriend, CliCommand::BulkRequestFriends,
            CliCommand::RejectFriend, CliCommand::RequestFriend, CliCommand::ListUsers,
            CliCommand::RegisterUser, CliCommand::GetUser, CliCommand::UpdateUser,
            CliCommand::RemoveUser, CliCommand::GetPushNotification,
            CliCommand::SetPushNotification, CliCommand::DisablePushNotification,
            CliCommand::ListMessages, CliCommand::SendMessage, CliCommand::GetMessage,
            CliCommand::DeleteMessage, CliCommand::ListSubscriptions,
            CliCommand::IssueToken,
        ]
            .into_iter()
    }
    pub fn operation_id(&self) -> &'static str {
        match self {
            CliCommand::ListChannels => "list_channels",
            CliCommand::CreateChannel => "create_channel",
            CliCommand::GetChannel => "get_channel",
            CliCommand::UpdateChannel => "update_channel",
            CliCommand::DeleteChannel => "delete_channel",
            CliCommand::AcceptFriend => "accept_friend",
            CliCommand::BulkRequestFriends => "bulk_request_friends",
            CliCommand::RejectFriend => "reject_friend",
            CliCommand::RequestFriend => "request_friend",
            CliCommand::ListUsers => "list_users",
            CliCommand::RegisterUser => "register_user",
            CliCommand::GetUser => "get_user",
            CliCommand::UpdateUser => "update_user",
            CliCommand::RemoveUser => "remove_user",
            CliCommand::GetPushNotification => "get_push_notification",
            CliCommand::SetPushNotification => "set_push_notification",
            CliCommand::DisablePushNotification => "disable_push_notification",
            CliCommand::ListMessages => "list_messages",
            CliCommand::SendMessage => "send_message",
            CliCommand::GetMessage => "get_message",
            CliCommand::DeleteMessage => "delete_message",
            CliCommand::ListSubscriptions => "list_subscriptions",
            CliCommand::IssueToken => "issue_token",
        }
    }
}
