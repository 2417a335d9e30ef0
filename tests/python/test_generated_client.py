"""The Python client generated from spec/ncloud-chat.yaml works against the emulator.

Run by `cargo xtask bindings-check`, which generates the client (openapi-python-client, pinned
in tools/requirements.txt) into target/bindings/python, puts that folder on PYTHONPATH, starts
`ncloud-chat-fake` and passes its address and credentials as NCLOUD_CHAT_BASE_URL,
NCLOUD_CHAT_API_KEY and NCLOUD_CHAT_PROJECT_ID. By hand, with an emulator already running:

    PYTHONPATH=target/bindings/python NCLOUD_CHAT_BASE_URL=... NCLOUD_CHAT_API_KEY=... \
        NCLOUD_CHAT_PROJECT_ID=... tools/.venv/bin/python tests/python/test_generated_client.py

Plain Python (no test framework to pin): every `test_*` function runs, and the last line is
"N passed, M failed".
"""

import json
import os
import sys
import traceback
import uuid

from ncloud_chat_client import Client
from ncloud_chat_client.api.channels import create_channel, list_channels
from ncloud_chat_client.api.messages import list_messages, send_message
from ncloud_chat_client.api.users import (
    get_push_notification,
    get_user,
    register_user,
    remove_user,
    set_push_notification,
)
from ncloud_chat_client.models import (
    BulkFriendResult,
    Channel,
    ChannelResponse,
    ChannelType,
    Count,
    CreateChannelRequest,
    ErrorEnvelope,
    Filter,
    ListOption,
    Member,
    MemberNotifications,
    MemberResponse,
    Message,
    MessageListOption,
    MessageResponse,
    NotificationSettings,
    PushNotificationResult,
    RegisterUserRequest,
    SendMessageRequest,
    Sort,
    SortDirectionNumber,
    SortDirectionText,
    Subscription,
)


def environment(name: str) -> str:
    value = os.environ.get(name, "")
    if not value:
        sys.exit(f"{name} is not set: run `cargo xtask bindings-check` (see this file's docstring)")
    return value


BASE_URL = environment("NCLOUD_CHAT_BASE_URL")
API_KEY = environment("NCLOUD_CHAT_API_KEY")
PROJECT_ID = environment("NCLOUD_CHAT_PROJECT_ID")


def client() -> Client:
    """A client sending both credentials on every call, through the client's header support
    (openapi-python-client does not turn the spec's two apiKey schemes into arguments)."""
    return Client(base_url=BASE_URL, raise_on_unexpected_status=True).with_headers(
        {"x-api-key": API_KEY, "x-project-id": PROJECT_ID}
    )


def query_json(model) -> str:
    """`filter`, `sort` and `option` are JSON objects serialized into query strings; the
    generated models of their schemas (Filter, Sort, ListOption, ...) build the objects."""
    return json.dumps(model.to_dict(), separators=(",", ":"))


def new_channel(api: Client, name: str) -> str:
    response = create_channel.sync_detailed(
        client=api,
        body=CreateChannelRequest(
            name=name,
            type_=ChannelType.PUBLIC,
            unique_id=f"py-{uuid.uuid4()}",
            members=["py-alice", "py-bob"],
        ),
    )
    assert response.status_code == 200, (response.status_code, response.content)
    assert isinstance(response.parsed, ChannelResponse), response.parsed
    channel = response.parsed.channel
    assert channel.name == name, channel
    assert channel.type_ == "PUBLIC", channel
    assert sorted(channel.members) == ["py-alice", "py-bob"], channel
    return channel.id


def send(api: Client, channel_id: str, content: str) -> str:
    response = send_message.sync_detailed(
        channel_id, client=api, body=SendMessageRequest(content=content)
    )
    assert response.status_code == 200, (response.status_code, response.content)
    assert isinstance(response.parsed, MessageResponse), response.parsed
    message = response.parsed.message
    assert message.content == content, message
    assert message.channel_id == channel_id, message
    return message.id


def test_create_a_channel_send_messages_and_list_them():
    with client() as api:
        channel_id = new_channel(api, "python-bindings")
        first = send(api, channel_id, "hello from python")
        second = send(api, channel_id, "second message")

        # Every message of the channel, oldest first, in one page.
        everything = list_messages.sync(
            channel_id,
            client=api,
            filter_=query_json(Filter()),
            sort=query_json(Sort.from_dict({"created_at": SortDirectionText.ASCENDING})),
            option=query_json(MessageListOption(offset=0, per_page=10)),
        )
        assert isinstance(everything, list), everything
        assert [m.id for m in everything] == [first, second], everything
        assert [m.content for m in everything] == ["hello from python", "second message"]

        # An exact-match filter on a field.
        matching = list_messages.sync(
            channel_id,
            client=api,
            filter_=query_json(Filter.from_dict({"content": "second message"})),
        )
        assert isinstance(matching, list), matching
        assert [m.id for m in matching] == [second], matching

        # Paging by offset: the second page of size 1 holds the second message.
        page = list_messages.sync(
            channel_id,
            client=api,
            filter_=query_json(Filter()),
            sort=query_json(Sort.from_dict({"created_at": SortDirectionText.ASCENDING})),
            option=query_json(MessageListOption(offset=1, per_page=1)),
        )
        assert isinstance(page, list) and [m.id for m in page] == [second], page


def test_list_channels_answers_a_page_or_a_count():
    with client() as api:
        name = f"counted-{uuid.uuid4()}"
        channel_id = new_channel(api, name)
        by_name = query_json(Filter.from_dict({"name": name}))

        page = list_channels.sync(client=api, filter_=by_name)
        assert isinstance(page, list), page
        assert [c.id for c in page] == [channel_id], page

        count = list_channels.sync(
            client=api, filter_=by_name, option=query_json(ListOption(count=True))
        )
        assert isinstance(count, Count), count
        assert count.count == 1, count


def test_missing_credentials_are_the_vendor_error_envelope():
    with Client(base_url=BASE_URL) as anonymous:
        response = list_channels.sync_detailed(client=anonymous, filter_="{}")
    assert 400 <= response.status_code < 500, (response.status_code, response.content)
    assert isinstance(response.parsed, ErrorEnvelope), response.parsed
    assert response.parsed.status == -1, response.parsed


def test_a_wrong_key_is_refused():
    with Client(base_url=BASE_URL).with_headers(
        {"x-api-key": "not-the-key", "x-project-id": PROJECT_ID}
    ) as wrong:
        response = list_channels.sync_detailed(client=wrong, filter_="{}")
    assert isinstance(response.parsed, ErrorEnvelope), (response.status_code, response.content)
    assert response.parsed.status < 0, response.parsed


def test_null_nested_objects_and_float_sizes_decode():
    # The service's own schema types these objects as nullable; the spec says so, and the
    # generated models take `None` for each.
    message = Message.from_dict(
        {
            "id": "M1",
            "sender": None,
            "admin": None,
            "attachment_filenames": {"name": "a.pdf", "size": 1234.0, "type": "file", "url": ""},
            "sended_at": "2025-07-24T09:00:01+09:00",
            "bytes": 25,
        }
    )
    assert message.sender is None and message.admin is None, message
    assert message.attachment_filenames.size == 1234.0, message
    assert (message.sended_at, message.bytes_) == ("2025-07-24T09:00:01+09:00", 25), message
    subscription = Subscription.from_dict({"id": "S1", "user": None, "mark": None})
    assert subscription.mark is None and subscription.user is None, subscription
    channel = Channel.from_dict({"id": "C1", "user": None, "last_message": None})
    assert channel.user is None and channel.last_message is None, channel
    member = Member.from_dict({"id": "U1", "notifications": None})
    assert member.notifications is None, member
    settings = MemberNotifications.from_dict({"id": "U1", "notifications": None})
    assert settings.notifications is None, settings
    # And a present object still decodes as one.
    sent = Message.from_dict({"id": "M2", "sender": {"id": "u", "name": "U", "profile": ""}})
    assert sent.sender.id == "u", sent


def test_bodies_without_the_wrapper_keys_are_not_results():
    for model, body in [
        (BulkFriendResult, {}),
        (MemberNotifications, {}),
        (PushNotificationResult, {"status": -1, "message": "not registered"}),
    ]:
        try:
            model.from_dict(body)
        except KeyError:
            continue
        raise AssertionError(f"{model.__name__} accepted {body}")


def test_an_email_user_id_and_sandbox_device_round_trip():
    user_id = f"py-{uuid.uuid4().hex[:8]}@example.com"
    with client() as api:
        registered = register_user.sync(
            client=api, body=RegisterUserRequest(user_id=user_id, name="Py")
        )
        assert isinstance(registered, MemberResponse), registered
        assert registered.member.id == user_id, registered

        stored = set_push_notification.sync(
            user_id, client=api, body=NotificationSettings(device="sandbox", push=True)
        )
        assert isinstance(stored, PushNotificationResult), stored
        read = get_push_notification.sync(user_id, client=api)
        assert isinstance(read, MemberNotifications), read
        device = read.notifications.device
        assert device == "sandbox", read
        # What was read is sent back as it is.
        again = set_push_notification.sync(
            user_id, client=api, body=NotificationSettings(device=device)
        )
        assert isinstance(again, PushNotificationResult), again
        assert again.member.notifications.device == "sandbox", again

        fetched = get_user.sync(user_id, client=api)
        assert isinstance(fetched, Member) and fetched.id == user_id, fetched
        removed = remove_user.sync(user_id, client=api)
        assert isinstance(removed, MemberResponse) and removed.member.deleted, removed


def test_numeric_sort_directions():
    with client() as api:
        channel_id = new_channel(api, "python-numeric-sort")
        first = send(api, channel_id, "one")
        second = send(api, channel_id, "two")
        newest_first = list_messages.sync(
            channel_id,
            client=api,
            filter_=query_json(Filter()),
            sort=query_json(Sort.from_dict({"created_at": SortDirectionNumber.DESCENDING})),
        )
        assert isinstance(newest_first, list), newest_first
        assert [m.id for m in newest_first] == [second, first], newest_first


def main() -> int:
    tests = [(name, f) for name, f in globals().items() if name.startswith("test_") and callable(f)]
    failed = 0
    for name, test in tests:
        try:
            test()
        except Exception:  # noqa: BLE001 - report every failure, then go on
            failed += 1
            print(f"{name} ... FAILED")
            traceback.print_exc()
        else:
            print(f"{name} ... ok")
    print(f"{len(tests) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
