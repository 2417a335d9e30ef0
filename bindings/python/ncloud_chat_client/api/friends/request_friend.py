from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.friend_request import FriendRequest
from ...models.friendship_response import FriendshipResponse
from ...models.request_friend_current import RequestFriendCurrent
from ...types import Response


def _get_kwargs(
    *,
    body: FriendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api/friendship/request",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FriendshipResponse | RequestFriendCurrent | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> FriendshipResponse | RequestFriendCurrent:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_request_friend_response_type_0 = RequestFriendCurrent.from_dict(data)

                return componentsschemas_request_friend_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_request_friend_response_type_1 = FriendshipResponse.from_dict(data)

            return componentsschemas_request_friend_response_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[ErrorEnvelope | FriendshipResponse | RequestFriendCurrent]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FriendRequest,
) -> Response[ErrorEnvelope | FriendshipResponse | RequestFriendCurrent]:
    """Send a friend request

     `userId` asks `friendId` to be friends; the friend sees the request through notifications.

    Conflict: the current page documents the response under `data.requestFriend.friendship`
    (user summaries with `name` and `profile`), the older page as a top-level `friendship`
    (summaries with `nickname`). Both shapes are accepted: `RequestFriendResponse` has
    both properties, optional; clients read whichever is present.

    Args:
        body (FriendRequest): Body of Send a friend request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FriendshipResponse | RequestFriendCurrent]
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
    body: FriendRequest,
) -> ErrorEnvelope | FriendshipResponse | RequestFriendCurrent | None:
    """Send a friend request

     `userId` asks `friendId` to be friends; the friend sees the request through notifications.

    Conflict: the current page documents the response under `data.requestFriend.friendship`
    (user summaries with `name` and `profile`), the older page as a top-level `friendship`
    (summaries with `nickname`). Both shapes are accepted: `RequestFriendResponse` has
    both properties, optional; clients read whichever is present.

    Args:
        body (FriendRequest): Body of Send a friend request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FriendshipResponse | RequestFriendCurrent
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FriendRequest,
) -> Response[ErrorEnvelope | FriendshipResponse | RequestFriendCurrent]:
    """Send a friend request

     `userId` asks `friendId` to be friends; the friend sees the request through notifications.

    Conflict: the current page documents the response under `data.requestFriend.friendship`
    (user summaries with `name` and `profile`), the older page as a top-level `friendship`
    (summaries with `nickname`). Both shapes are accepted: `RequestFriendResponse` has
    both properties, optional; clients read whichever is present.

    Args:
        body (FriendRequest): Body of Send a friend request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FriendshipResponse | RequestFriendCurrent]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FriendRequest,
) -> ErrorEnvelope | FriendshipResponse | RequestFriendCurrent | None:
    """Send a friend request

     `userId` asks `friendId` to be friends; the friend sees the request through notifications.

    Conflict: the current page documents the response under `data.requestFriend.friendship`
    (user summaries with `name` and `profile`), the older page as a top-level `friendship`
    (summaries with `nickname`). Both shapes are accepted: `RequestFriendResponse` has
    both properties, optional; clients read whichever is present.

    Args:
        body (FriendRequest): Body of Send a friend request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FriendshipResponse | RequestFriendCurrent
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
