from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_friend_result import BulkFriendResult
from ...models.error_envelope import ErrorEnvelope
from ...models.friend_pair import FriendPair
from ...types import Response


def _get_kwargs(
    *,
    body: list[FriendPair],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api/friendship/bulk",
    }

    _kwargs["json"] = []
    for componentsschemas_bulk_friend_request_item_data in body:
        componentsschemas_bulk_friend_request_item = componentsschemas_bulk_friend_request_item_data.to_dict()
        _kwargs["json"].append(componentsschemas_bulk_friend_request_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkFriendResult | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BulkFriendResult.from_dict(response.json())

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
) -> Response[BulkFriendResult | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[FriendPair],
) -> Response[BulkFriendResult | ErrorEnvelope]:
    """Send several friend requests

     Sends one friend request per item of the top-level JSON array (items have no message).

    Conflict: the vendor's method table says `GET /v1/api/v1/api/friendship/bulk` (a doubled
    prefix, and GET with a body); every curl example uses `POST /v1/api/friendship/bulk`,
    which is what this document declares. The batch size limit is not documented.

    Args:
        body (list[FriendPair]): Body of Send several friend requests, a top-level JSON array.
            Neither a minimum nor a
            maximum batch size is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkFriendResult | ErrorEnvelope]
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
    body: list[FriendPair],
) -> BulkFriendResult | ErrorEnvelope | None:
    """Send several friend requests

     Sends one friend request per item of the top-level JSON array (items have no message).

    Conflict: the vendor's method table says `GET /v1/api/v1/api/friendship/bulk` (a doubled
    prefix, and GET with a body); every curl example uses `POST /v1/api/friendship/bulk`,
    which is what this document declares. The batch size limit is not documented.

    Args:
        body (list[FriendPair]): Body of Send several friend requests, a top-level JSON array.
            Neither a minimum nor a
            maximum batch size is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkFriendResult | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[FriendPair],
) -> Response[BulkFriendResult | ErrorEnvelope]:
    """Send several friend requests

     Sends one friend request per item of the top-level JSON array (items have no message).

    Conflict: the vendor's method table says `GET /v1/api/v1/api/friendship/bulk` (a doubled
    prefix, and GET with a body); every curl example uses `POST /v1/api/friendship/bulk`,
    which is what this document declares. The batch size limit is not documented.

    Args:
        body (list[FriendPair]): Body of Send several friend requests, a top-level JSON array.
            Neither a minimum nor a
            maximum batch size is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkFriendResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[FriendPair],
) -> BulkFriendResult | ErrorEnvelope | None:
    """Send several friend requests

     Sends one friend request per item of the top-level JSON array (items have no message).

    Conflict: the vendor's method table says `GET /v1/api/v1/api/friendship/bulk` (a doubled
    prefix, and GET with a body); every curl example uses `POST /v1/api/friendship/bulk`,
    which is what this document declares. The batch size limit is not documented.

    Args:
        body (list[FriendPair]): Body of Send several friend requests, a top-level JSON array.
            Neither a minimum nor a
            maximum batch size is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkFriendResult | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
