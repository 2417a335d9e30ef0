from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.channel_response import ChannelResponse
from ...models.create_channel_request import CreateChannelRequest
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CreateChannelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api/channels",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChannelResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ChannelResponse.from_dict(response.json())

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
) -> Response[ChannelResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChannelRequest,
) -> Response[ChannelResponse | ErrorEnvelope]:
    """Create a channel

     Creates a channel. `linkUrl` and `imageUrl` must be full URLs (not a bare domain) whose
    target answers HTTP 200 with a Content-Type header.
    The vendor page is cut off before the response; like Delete channel, it is taken to be
    the channel wrapped in `channel` (inferred).

    Args:
        body (CreateChannelRequest): Body of Create channel. Defaults are the vendor's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChannelRequest,
) -> ChannelResponse | ErrorEnvelope | None:
    """Create a channel

     Creates a channel. `linkUrl` and `imageUrl` must be full URLs (not a bare domain) whose
    target answers HTTP 200 with a Content-Type header.
    The vendor page is cut off before the response; like Delete channel, it is taken to be
    the channel wrapped in `channel` (inferred).

    Args:
        body (CreateChannelRequest): Body of Create channel. Defaults are the vendor's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChannelRequest,
) -> Response[ChannelResponse | ErrorEnvelope]:
    """Create a channel

     Creates a channel. `linkUrl` and `imageUrl` must be full URLs (not a bare domain) whose
    target answers HTTP 200 with a Content-Type header.
    The vendor page is cut off before the response; like Delete channel, it is taken to be
    the channel wrapped in `channel` (inferred).

    Args:
        body (CreateChannelRequest): Body of Create channel. Defaults are the vendor's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChannelRequest,
) -> ChannelResponse | ErrorEnvelope | None:
    """Create a channel

     Creates a channel. `linkUrl` and `imageUrl` must be full URLs (not a bare domain) whose
    target answers HTTP 200 with a Content-Type header.
    The vendor page is cut off before the response; like Delete channel, it is taken to be
    the channel wrapped in `channel` (inferred).

    Args:
        body (CreateChannelRequest): Body of Create channel. Defaults are the vendor's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
