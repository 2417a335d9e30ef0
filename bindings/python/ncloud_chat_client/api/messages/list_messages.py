from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    channel_id: str,
    *,
    filter_: str,
    sort: str | Unset = UNSET,
    option: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["sort"] = sort

    params["option"] = option

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api/messages/{channel_id}".format(
            channel_id=quote(str(channel_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | list[Message] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_messages_item_data in _response_200:
            componentsschemas_messages_item = Message.from_dict(componentsschemas_messages_item_data)

            response_200.append(componentsschemas_messages_item)

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = ErrorEnvelope.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorEnvelope.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | list[Message]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    sort: str | Unset = UNSET,
    option: str | Unset = UNSET,
) -> Response[ErrorEnvelope | list[Message]]:
    """List messages in a channel

     Lists a channel's messages matching `filter`, ordered by `sort`, paged by `option`.
    Unlike the other lists, `option.count` is not documented here, so the response is always
    a list (use `MessageListOption`).

    Conflict: the text says only exact matches filter, while the official example filters
    `{"content":"messa"}` with a fragment. This document promises exact matching only.

    Args:
        channel_id (str):
        filter_ (str):
        sort (str | Unset):
        option (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[Message]]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        filter_=filter_,
        sort=sort,
        option=option,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    sort: str | Unset = UNSET,
    option: str | Unset = UNSET,
) -> ErrorEnvelope | list[Message] | None:
    """List messages in a channel

     Lists a channel's messages matching `filter`, ordered by `sort`, paged by `option`.
    Unlike the other lists, `option.count` is not documented here, so the response is always
    a list (use `MessageListOption`).

    Conflict: the text says only exact matches filter, while the official example filters
    `{"content":"messa"}` with a fragment. This document promises exact matching only.

    Args:
        channel_id (str):
        filter_ (str):
        sort (str | Unset):
        option (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[Message]
    """

    return sync_detailed(
        channel_id=channel_id,
        client=client,
        filter_=filter_,
        sort=sort,
        option=option,
    ).parsed


async def asyncio_detailed(
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    sort: str | Unset = UNSET,
    option: str | Unset = UNSET,
) -> Response[ErrorEnvelope | list[Message]]:
    """List messages in a channel

     Lists a channel's messages matching `filter`, ordered by `sort`, paged by `option`.
    Unlike the other lists, `option.count` is not documented here, so the response is always
    a list (use `MessageListOption`).

    Conflict: the text says only exact matches filter, while the official example filters
    `{"content":"messa"}` with a fragment. This document promises exact matching only.

    Args:
        channel_id (str):
        filter_ (str):
        sort (str | Unset):
        option (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[Message]]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        filter_=filter_,
        sort=sort,
        option=option,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    sort: str | Unset = UNSET,
    option: str | Unset = UNSET,
) -> ErrorEnvelope | list[Message] | None:
    """List messages in a channel

     Lists a channel's messages matching `filter`, ordered by `sort`, paged by `option`.
    Unlike the other lists, `option.count` is not documented here, so the response is always
    a list (use `MessageListOption`).

    Conflict: the text says only exact matches filter, while the official example filters
    `{"content":"messa"}` with a fragment. This document promises exact matching only.

    Args:
        channel_id (str):
        filter_ (str):
        sort (str | Unset):
        option (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[Message]
    """

    return (
        await asyncio_detailed(
            channel_id=channel_id,
            client=client,
            filter_=filter_,
            sort=sort,
            option=option,
        )
    ).parsed
