from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.friend_pair import FriendPair
from ...models.friendship_response import FriendshipResponse
from ...types import Response


def _get_kwargs(
    *,
    body: FriendPair,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api/friendship/accept",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FriendshipResponse | None:
    if response.status_code == 200:
        response_200 = FriendshipResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | FriendshipResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FriendPair,
) -> Response[ErrorEnvelope | FriendshipResponse]:
    """Accept a friend request

     Accepts the pending request between `userId` and `friendId`; afterwards the two users
    are friends (`status` becomes `accepted`). Which of the two sent the request is not
    documented (see Reject a friend request).

    Args:
        body (FriendPair): Two users, as in bulk requests and in accepting or rejecting a request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FriendshipResponse]
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
    body: FriendPair,
) -> ErrorEnvelope | FriendshipResponse | None:
    """Accept a friend request

     Accepts the pending request between `userId` and `friendId`; afterwards the two users
    are friends (`status` becomes `accepted`). Which of the two sent the request is not
    documented (see Reject a friend request).

    Args:
        body (FriendPair): Two users, as in bulk requests and in accepting or rejecting a request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FriendshipResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FriendPair,
) -> Response[ErrorEnvelope | FriendshipResponse]:
    """Accept a friend request

     Accepts the pending request between `userId` and `friendId`; afterwards the two users
    are friends (`status` becomes `accepted`). Which of the two sent the request is not
    documented (see Reject a friend request).

    Args:
        body (FriendPair): Two users, as in bulk requests and in accepting or rejecting a request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FriendshipResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FriendPair,
) -> ErrorEnvelope | FriendshipResponse | None:
    """Accept a friend request

     Accepts the pending request between `userId` and `friendId`; afterwards the two users
    are friends (`status` becomes `accepted`). Which of the two sent the request is not
    documented (see Reject a friend request).

    Args:
        body (FriendPair): Two users, as in bulk requests and in accepting or rejecting a request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FriendshipResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
