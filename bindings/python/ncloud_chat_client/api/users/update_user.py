from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.member_response import MemberResponse
from ...models.update_user_request import UpdateUserRequest
from ...types import Response


def _get_kwargs(
    user_id: str,
    *,
    body: UpdateUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/api/members/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MemberResponse | None:
    if response.status_code == 200:
        response_200 = MemberResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MemberResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
) -> Response[ErrorEnvelope | MemberResponse]:
    """Edit a user

     Changes the given fields of a user; omitted fields are left as they are.
    The vendor page is cut off before the response; like Register and Remove, it is taken to
    be the user wrapped in `member` (inferred).

    Args:
        user_id (str):
        body (UpdateUserRequest): Body of Edit user. Every field is optional; omitted fields are
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemberResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
) -> ErrorEnvelope | MemberResponse | None:
    """Edit a user

     Changes the given fields of a user; omitted fields are left as they are.
    The vendor page is cut off before the response; like Register and Remove, it is taken to
    be the user wrapped in `member` (inferred).

    Args:
        user_id (str):
        body (UpdateUserRequest): Body of Edit user. Every field is optional; omitted fields are
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemberResponse
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
) -> Response[ErrorEnvelope | MemberResponse]:
    """Edit a user

     Changes the given fields of a user; omitted fields are left as they are.
    The vendor page is cut off before the response; like Register and Remove, it is taken to
    be the user wrapped in `member` (inferred).

    Args:
        user_id (str):
        body (UpdateUserRequest): Body of Edit user. Every field is optional; omitted fields are
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemberResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
) -> ErrorEnvelope | MemberResponse | None:
    """Edit a user

     Changes the given fields of a user; omitted fields are left as they are.
    The vendor page is cut off before the response; like Register and Remove, it is taken to
    be the user wrapped in `member` (inferred).

    Args:
        user_id (str):
        body (UpdateUserRequest): Body of Edit user. Every field is optional; omitted fields are
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemberResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
