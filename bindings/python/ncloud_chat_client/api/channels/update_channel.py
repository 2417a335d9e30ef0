from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.channel_response import ChannelResponse
from ...models.error_envelope import ErrorEnvelope
from ...models.update_channel_request import UpdateChannelRequest
from ...types import Response


def _get_kwargs(
    channel_id: str,
    *,
    body: UpdateChannelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/api/channels/{channel_id}".format(
            channel_id=quote(str(channel_id), safe=""),
        ),
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
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateChannelRequest,
) -> Response[ChannelResponse | ErrorEnvelope]:
    """Edit a channel

     Changes the given fields of a channel; omitted fields are left as they are. Same URL
    rules as Create channel. The response is taken to be the channel wrapped in `channel`
    (inferred: the vendor page is cut off).

    Args:
        channel_id (str):
        body (UpdateChannelRequest): Body of Edit channel. Every field is optional; omitted fields
            are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateChannelRequest,
) -> ChannelResponse | ErrorEnvelope | None:
    """Edit a channel

     Changes the given fields of a channel; omitted fields are left as they are. Same URL
    rules as Create channel. The response is taken to be the channel wrapped in `channel`
    (inferred: the vendor page is cut off).

    Args:
        channel_id (str):
        body (UpdateChannelRequest): Body of Edit channel. Every field is optional; omitted fields
            are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelResponse | ErrorEnvelope
    """

    return sync_detailed(
        channel_id=channel_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateChannelRequest,
) -> Response[ChannelResponse | ErrorEnvelope]:
    """Edit a channel

     Changes the given fields of a channel; omitted fields are left as they are. Same URL
    rules as Create channel. The response is taken to be the channel wrapped in `channel`
    (inferred: the vendor page is cut off).

    Args:
        channel_id (str):
        body (UpdateChannelRequest): Body of Edit channel. Every field is optional; omitted fields
            are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateChannelRequest,
) -> ChannelResponse | ErrorEnvelope | None:
    """Edit a channel

     Changes the given fields of a channel; omitted fields are left as they are. Same URL
    rules as Create channel. The response is taken to be the channel wrapped in `channel`
    (inferred: the vendor page is cut off).

    Args:
        channel_id (str):
        body (UpdateChannelRequest): Body of Edit channel. Every field is optional; omitted fields
            are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            channel_id=channel_id,
            client=client,
            body=body,
        )
    ).parsed
