"""The client's rules without a server: the shared envelope table (spec/envelope-cases.json,
which the Rust crate and the TypeScript package check too), credentials on every call, the
page iterator's end conditions, and the installed files."""

import asyncio
import json
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import environment

import ncloud_chat_client
from ncloud_chat_client.api.channels import list_channels
from ncloud_chat_client.chat import NcloudChatError, RepeatedPageError, list_query, make_client, paginate
from ncloud_chat_client.models import Channel, Count


def canned(responses: list[httpx.Response], sent: list[httpx.Request] | None = None) -> Any:
    """A client whose every call is answered by the next canned response."""

    def answer(request: httpx.Request) -> httpx.Response:
        if sent is not None:
            sent.append(request)
        return responses.pop(0)

    return make_client(
        "http://canned.invalid", "canned-key", "canned-project", httpx_args={"transport": httpx.MockTransport(answer)}
    )


def test_the_package_is_the_installed_wheel_with_exactly_its_files() -> None:
    assert Path(ncloud_chat_client.__file__).is_relative_to(sys.prefix), ncloud_chat_client.__file__
    files = metadata.files("ncloud-chat-client") or []
    names = {str(f) for f in files if "__pycache__" not in f.parts}
    info = "ncloud_chat_client-0.1.0.dist-info"
    installer = {f"{info}/{name}" for name in ("INSTALLER", "REQUESTED", "direct_url.json")}
    expected = {f"{info}/{name}" for name in ("METADATA", "WHEEL", "RECORD", "entry_points.txt")} | {
        f"{info}/licenses/LICENSE-MIT",
        f"{info}/licenses/LICENSE-APACHE",
        "ncloud_chat_client/py.typed",
        "ncloud_chat_client/chat.py",
    }
    assert expected <= names, expected - names
    extra = names - expected - installer
    assert all(n.startswith("ncloud_chat_client/") and n.endswith(".py") for n in extra), extra
    assert any(n.startswith("ncloud_chat_client/api/messages/") for n in extra), extra
    assert metadata.version("ncloud-chat-client") == "0.1.0"


def test_every_body_of_the_shared_table_gets_its_verdict() -> None:
    cases = json.loads(Path(environment("NCLOUD_CHAT_ENVELOPE_CASES")).read_text("utf-8"))["cases"]
    assert len(cases) >= 20
    for case in cases:
        shown = f"HTTP {case['http_status']} {case['body']!r}"
        response = httpx.Response(case["http_status"], content=case["body"].encode())
        with canned([response]) as client:
            if case["verdict"] == "success":
                result = list_channels.sync(client=client, filter_="{}")
                if isinstance(result, Count):
                    assert result.to_dict() == json.loads(case["body"]), shown
                else:
                    assert isinstance(result, list), shown
                    assert [c.to_dict() for c in result] == json.loads(case["body"]), shown
                continue
            with pytest.raises(NcloudChatError) as raised:
                list_channels.sync(client=client, filter_="{}")
        error = raised.value
        assert error.http_status == case["http_status"], shown
        if case["verdict"] == "envelope":
            assert (error.code, error.message) == (case["code"], case["message"]), shown
        else:
            assert (error.code, error.message) == (None, case["body"] or None), shown


def test_both_credentials_go_with_every_call() -> None:
    sent: list[httpx.Request] = []
    with canned([httpx.Response(200, json=[]), httpx.Response(200, json={"count": 0})], sent) as client:
        list_channels.sync(client=client, filter_="{}")
        list_channels.sync(client=client, **list_query({}, option={"count": True}))
    assert [(r.headers["x-api-key"], r.headers["x-project-id"]) for r in sent] == [("canned-key", "canned-project")] * 2
    assert sent[1].url.params["option"] == '{"count":true}'


def page(*ids: str) -> httpx.Response:
    return httpx.Response(200, json=[{"id": i} for i in ids])


def walk(responses: list[httpx.Response], options: list[str]) -> list[str]:
    with canned(responses) as client:

        def fetch(option: str) -> list[Channel] | Count | Any:
            options.append(option)
            return list_channels.sync(client=client, filter_="{}", option=option)

        return [channel.id for channel in paginate(fetch, per_page=2)]


def test_paginate_stops_on_a_short_page() -> None:
    options: list[str] = []
    assert walk([page("a", "b"), page("c", "d"), page("e")], options) == ["a", "b", "c", "d", "e"]
    assert options == [f'{{"offset":{o},"per_page":2}}' for o in (0, 2, 4)]


def test_paginate_stops_on_a_repeated_page() -> None:
    with pytest.raises(RepeatedPageError) as raised:
        walk([page("a", "b"), page("a", "b")], [])
    assert (raised.value.offset, raised.value.next_offset) == (0, 2)
    with pytest.raises(NcloudChatError):
        walk([page("a", "b"), httpx.Response(200, json={"status": -1})], [])
    with pytest.raises(ValueError):
        next(paginate(lambda option: [], per_page=0))


def test_the_async_client_raises_too() -> None:
    async def call() -> None:
        async with canned([httpx.Response(200, json={"status": -2, "message": "mismatch"})]) as client:
            await list_channels.asyncio(client=client, filter_="{}")

    with pytest.raises(NcloudChatError) as raised:
        asyncio.run(call())
    assert (raised.value.code, raised.value.message, raised.value.http_status) == (-2, "mismatch", 200)
