"""The two things every caller of the Ncloud Chat API must otherwise do by hand, done once:
both credentials on every call, and the vendor's error envelope raised as an exception whatever
the HTTP status it came with; and an iterator over every item of a list, page by page.

Handwritten: `cargo xtask generate` regenerates the rest of this package and keeps this file.

    from ncloud_chat_client.api.channels import list_channels
    from ncloud_chat_client.chat import make_client, list_query

    with make_client(BASE_URL, API_KEY, PROJECT_ID) as client:
        channels = list_channels.sync(client=client, **list_query({"type": "PUBLIC"}))
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import httpx

from .client import Client
from .models.count import Count
from .models.error_envelope import ErrorEnvelope

__all__ = [
    "NcloudChatError",
    "RepeatedPageError",
    "envelope",
    "list_query",
    "make_client",
    "paginate",
]

T = TypeVar("T")

# The envelope's `status` is read as the Rust crate reads it: a 64-bit integer.
_I64 = range(-(2**63), 2**63)


class NcloudChatError(Exception):
    """A call that failed: the vendor's error envelope (`code` is its `status`), or, with
    `code` None, an HTTP error or a 2xx body that is not JSON (`message` is then the body)."""

    def __init__(self, code: int | None, message: str | None, http_status: int) -> None:
        if code is None:
            text = f"HTTP {http_status}: {message or 'no body'}"
        else:
            text = f"Ncloud Chat error {code} (HTTP {http_status}): {message or 'no message'}"
        super().__init__(text)
        self.code = code
        self.message = message
        self.http_status = http_status


class RepeatedPageError(Exception):
    """The service answered the same full page for two offsets; `paginate` stopped."""

    def __init__(self, offset: int, next_offset: int) -> None:
        super().__init__(
            f"the page at offset {next_offset} repeats the page at offset {offset}: the service "
            "ignored option.offset (or a whole page of items was added in between); stopped"
        )
        self.offset = offset
        self.next_offset = next_offset


def _reject_constant(name: str) -> None:
    # NaN and Infinity are not JSON, whatever Python's decoder accepts.
    raise ValueError(f"{name} is not JSON")


def _parse(body: bytes) -> tuple[bool, Any]:
    """Whether `body` is JSON, and its value."""
    try:
        return True, json.loads(body, parse_constant=_reject_constant)
    except ValueError:
        return False, None


def envelope(body: bytes) -> tuple[int, str | None] | None:
    """The envelope in a response body, as (code, message), if it is one: a JSON object whose
    top-level `status` is an integer other than 1 (`"-1"`, `true` and `-1.5` are not codes).
    A non-string message is rendered as JSON. The same rule as the Rust crate's and the
    TypeScript package's (the shared table of cases is the repository's
    spec/envelope-cases.json)."""
    is_json, value = _parse(body)
    if not is_json or not isinstance(value, dict):
        return None
    code = value.get("status")
    if type(code) is not int or code == 1 or code not in _I64:
        return None
    message = value.get("message")
    if message is not None and not isinstance(message, str):
        message = json.dumps(message, separators=(",", ":"), ensure_ascii=False)
    return code, message


def _check(response: httpx.Response) -> None:
    found = envelope(response.content)
    if found is not None:
        raise NcloudChatError(found[0], found[1], response.status_code)
    if response.is_success and _parse(response.content)[0]:
        return
    raise NcloudChatError(None, response.text or None, response.status_code)


def _raise_on_failure(response: httpx.Response) -> None:
    response.read()
    _check(response)


async def _raise_on_failure_async(response: httpx.Response) -> None:
    await response.aread()
    _check(response)


def make_client(
    base_url: str,
    api_key: str,
    project_id: str,
    *,
    timeout: httpx.Timeout | float = 30.0,
    httpx_args: Mapping[str, Any] | None = None,
) -> Client:
    """A generated `Client` that sends `x-api-key` and `x-project-id` on every call and raises
    `NcloudChatError` on every failure: an error envelope whatever its HTTP status, an HTTP
    error without one, a 2xx body that is not JSON. `httpx_args` go to both the sync and the
    async `httpx` client (their own response hooks run after this one)."""
    headers = {"x-api-key": api_key, "x-project-id": project_id}
    args = dict(httpx_args or {})
    hooks = args.pop("event_hooks", {})
    if not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(timeout)
    client = Client(base_url=base_url, headers=headers, timeout=timeout)
    sync_hooks = {**hooks, "response": [_raise_on_failure, *hooks.get("response", [])]}
    async_hooks = {**hooks, "response": [_raise_on_failure_async, *hooks.get("response", [])]}
    common: dict[str, Any] = {"base_url": base_url, "headers": headers, "timeout": timeout, **args}
    client.set_httpx_client(httpx.Client(event_hooks=sync_hooks, **common))
    client.set_async_httpx_client(httpx.AsyncClient(event_hooks=async_hooks, **common))
    return client


def list_query(
    filter_: Mapping[str, Any] | None = None,
    sort: Mapping[str, Any] | None = None,
    option: Mapping[str, Any] | None = None,
) -> dict[str, str]:
    """The `filter_`, `sort` and `option` arguments of a list call (`list_users`,
    `list_channels`, `list_messages`, `list_subscriptions`): each a JSON object serialized to a
    string. Pass the generated models' `to_dict()` or plain dicts."""
    query = {"filter_": _compact(filter_ or {})}
    if sort is not None:
        query["sort"] = _compact(sort)
    if option is not None:
        query["option"] = _compact(option)
    return query


def _compact(value: Mapping[str, Any]) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def paginate(
    fetch_page: Callable[[str], Sequence[T] | Count | ErrorEnvelope | None],
    *,
    per_page: int = 100,
    offset: int = 0,
) -> Iterator[T]:
    """Every item of a list, fetched a page at a time as they are consumed. `fetch_page` makes
    the call for one page, given its `option` argument (`{"offset":…,"per_page":…}`); the
    iteration stops after the first page shorter than `per_page` (1..100). A full page whose
    first and last items equal the previous full page's raises `RepeatedPageError`, as the Rust
    crate does: a service ignoring the offset would otherwise answer the first page forever.

        messages = paginate(lambda option: list_messages.sync(
            channel_id, client=client, filter_="{}", option=option))
    """
    if type(per_page) is not int or not 1 <= per_page <= 100:
        raise ValueError(f"per_page must be an integer from 1 to 100, not {per_page!r}")
    previous: tuple[T, T, int] | None = None
    while True:
        page = fetch_page(_compact({"offset": offset, "per_page": per_page}))
        if not isinstance(page, Sequence):
            raise TypeError(f"a list call answered {page!r}, not a page")
        if len(page) >= per_page:
            first, last = page[0], page[-1]
            if previous is not None and (previous[0], previous[1]) == (first, last):
                raise RepeatedPageError(previous[2], offset)
            previous = (first, last, offset)
        yield from page
        if len(page) < per_page:
            return
        offset += len(page)
