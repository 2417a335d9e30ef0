"""The installed package against the emulator, run by `cargo xtask bindings-check` once with
errors sent as HTTP 4xx and once as HTTP 200 (`--errors-as-200`), with its address and
credentials in NCLOUD_CHAT_BASE_URL, NCLOUD_CHAT_API_KEY and NCLOUD_CHAT_PROJECT_ID and the
transport in NCLOUD_CHAT_ERROR_TRANSPORT (`http-4xx` or `http-200`). Every operation group:
token, users, friends, channels, messages, subscriptions."""

import uuid
from collections.abc import Iterator
from typing import TypeVar

import pytest
from conftest import environment

from ncloud_chat_client import Client
from ncloud_chat_client.api.channels import create_channel, delete_channel, get_channel, list_channels, update_channel
from ncloud_chat_client.api.friends import accept_friend, bulk_request_friends, reject_friend, request_friend
from ncloud_chat_client.api.messages import delete_message, get_message, list_messages, send_message
from ncloud_chat_client.api.subscriptions import list_subscriptions
from ncloud_chat_client.api.token import issue_token
from ncloud_chat_client.api.users import (
    disable_push_notification,
    get_push_notification,
    get_user,
    list_users,
    register_user,
    remove_user,
    set_push_notification,
    update_user,
)
from ncloud_chat_client.chat import NcloudChatError, list_query, make_client, paginate
from ncloud_chat_client.models import (
    BulkFriendResult,
    Channel,
    ChannelResponse,
    ChannelType,
    Count,
    CreateChannelRequest,
    ErrorEnvelope,
    FriendPair,
    FriendRequest,
    FriendshipResponse,
    Member,
    MemberNotifications,
    MemberResponse,
    Message,
    MessageResponse,
    NotificationSettings,
    PushNotificationResult,
    RegisterUserRequest,
    SendMessageRequest,
    TokenResponse,
    UpdateChannelRequest,
    UpdateUserRequest,
)

T = TypeVar("T")
ERRORS_AS_200 = environment("NCLOUD_CHAT_ERROR_TRANSPORT") == "http-200"


def of(kind: type[T], value: object) -> T:
    """`value`, which must be a `kind` (the generated functions return a union)."""
    assert isinstance(value, kind), value
    return value


def run() -> str:
    return uuid.uuid4().hex[:8]


@pytest.fixture
def client() -> Iterator[Client]:
    base_url = environment("NCLOUD_CHAT_BASE_URL")
    with make_client(base_url, environment("NCLOUD_CHAT_API_KEY"), environment("NCLOUD_CHAT_PROJECT_ID")) as api:
        yield api


def register(client: Client, user_id: str) -> None:
    registered = register_user.sync(client=client, body=RegisterUserRequest(user_id=user_id, name=f"name of {user_id}"))
    assert of(MemberResponse, registered).member.id == user_id


def test_users_with_an_email_user_id_and_push_settings(client: Client) -> None:
    user_id = f"py-{run()}@example.com"
    register(client, user_id)
    assert of(Member, get_user.sync(user_id, client=client)).id == user_id
    updated = update_user.sync(user_id, client=client, body=UpdateUserRequest(name="renamed"))
    assert of(MemberResponse, updated).member.name == "renamed"
    listed = list_users.sync(client=client, **list_query({"id": user_id}))
    assert [m.id for m in of(list, listed)] == [user_id]
    set_push_notification.sync(user_id, client=client, body=NotificationSettings(device="sandbox", push=True))
    settings = of(MemberNotifications, get_push_notification.sync(user_id, client=client))
    device = settings.notifications.device if settings.notifications else None
    assert device == "sandbox", settings
    of(PushNotificationResult, disable_push_notification.sync(user_id, client=client))
    assert of(MemberResponse, remove_user.sync(user_id, client=client)).member.id == user_id


def test_a_token_is_issued_for_a_user(client: Client) -> None:
    user_id = f"py-token-{run()}"
    register(client, user_id)
    issued = of(TokenResponse, issue_token.sync(client=client, id=user_id, expire_day=7))
    assert issued.status == 1
    assert isinstance(issued.token, str) and issued.token.count(".") == 2, issued


def test_friends_request_accept_reject_bulk(client: Client) -> None:
    alice, bob, carol = (f"py-{who}-{run()}" for who in ("a", "b", "c"))
    for user in (alice, bob, carol):
        register(client, user)
    request_friend.sync(client=client, body=FriendRequest(user_id=alice, friend_id=bob))
    accepted = accept_friend.sync(client=client, body=FriendPair(user_id=bob, friend_id=alice))
    assert of(FriendshipResponse, accepted).friendship.id
    request_friend.sync(client=client, body=FriendRequest(user_id=carol, friend_id=alice))
    reject_friend.sync(client=client, body=FriendPair(user_id=alice, friend_id=carol))
    pairs = [FriendPair(user_id=carol, friend_id=bob), FriendPair(user_id=carol, friend_id=alice)]
    assert of(BulkFriendResult, bulk_request_friends.sync(client=client, body=pairs)).message


def test_channels_messages_subscriptions(client: Client) -> None:
    alice, bob = f"py-a-{run()}", f"py-b-{run()}"
    register(client, alice)
    register(client, bob)
    name = f"python-{run()}"
    body = CreateChannelRequest(name=name, type_=ChannelType.PUBLIC, unique_id=f"py-{run()}", members=[alice, bob])
    channel_id = of(ChannelResponse, create_channel.sync(client=client, body=body)).channel.id
    assert of(Channel, get_channel.sync(channel_id, client=client)).id == channel_id
    renamed = update_channel.sync(channel_id, client=client, body=UpdateChannelRequest(name=f"{name}-2"))
    assert of(ChannelResponse, renamed).channel.name == f"{name}-2"
    counted = list_channels.sync(client=client, **list_query({"name": f"{name}-2"}, option={"count": True}))
    assert of(Count, counted).count == 1

    ids = []
    for content in ("first", "second"):
        sent = send_message.sync(channel_id, client=client, body=SendMessageRequest(content=content))
        message = of(MessageResponse, sent).message
        assert message.channel_id == channel_id, message
        ids.append(message.id)
    query = list_query({}, sort={"created_at": "-1"}, option={"offset": 0, "per_page": 10})
    newest_first = of(list, list_messages.sync(channel_id, client=client, **query))
    assert [(m.id, m.content) for m in newest_first] == [(ids[1], "second"), (ids[0], "first")]
    assert of(Message, get_message.sync(channel_id, ids[0], client=client)).content == "first"
    of(MessageResponse, delete_message.sync(channel_id, ids[0], client=client))

    subscriptions = list_subscriptions.sync(client=client, **list_query({"channel_id": channel_id, "user_id": bob}))
    assert [(s.user_id, s.channel_id) for s in of(list, subscriptions)] == [(bob, channel_id)]
    of(ChannelResponse, delete_channel.sync(channel_id, client=client))


def test_paging_walks_a_250_message_channel_to_its_end(client: Client) -> None:
    body = CreateChannelRequest(name=f"paged-{run()}", type_=ChannelType.PUBLIC)
    channel_id = of(ChannelResponse, create_channel.sync(client=client, body=body)).channel.id
    sent = []
    for i in range(250):
        message = send_message.sync(channel_id, client=client, body=SendMessageRequest(content=f"message {i}"))
        sent.append(of(MessageResponse, message).message.id)
    options: list[str] = []

    def fetch(option: str) -> ErrorEnvelope | list[Message] | None:
        options.append(option)
        return list_messages.sync(channel_id, client=client, filter_="{}", sort='{"created_at":"1"}', option=option)

    assert [m.id for m in paginate(fetch)] == sent
    assert options == [f'{{"offset":{o},"per_page":100}}' for o in (0, 100, 200)]


def test_a_refused_key_raises_the_vendor_code() -> None:
    base_url = environment("NCLOUD_CHAT_BASE_URL")
    with make_client(base_url, "not-the-key", environment("NCLOUD_CHAT_PROJECT_ID")) as refused:
        with pytest.raises(NcloudChatError) as raised:
            list_channels.sync(client=refused, filter_="{}")
    assert raised.value.code == -1
    assert raised.value.http_status == (200 if ERRORS_AS_200 else 401)
    assert "not-the-key" not in str(raised.value)


def test_registering_the_same_user_twice_raises(client: Client) -> None:
    user_id = f"py-twice-{run()}"
    register(client, user_id)
    with pytest.raises(NcloudChatError) as raised:
        register(client, user_id)
    assert raised.value.code is not None and raised.value.code < 0
    assert raised.value.http_status == (200 if ERRORS_AS_200 else 409)
    assert "already exists" in (raised.value.message or "")


def test_null_nested_objects_decode() -> None:
    message = Message.from_dict({"id": "M1", "sender": None, "admin": None})
    assert message.sender is None and message.admin is None
    channel = Channel.from_dict({"id": "C1", "user": None, "last_message": None})
    assert channel.user is None and channel.last_message is None
    member = Member.from_dict({"id": "U1", "notifications": None})
    assert member.notifications is None
