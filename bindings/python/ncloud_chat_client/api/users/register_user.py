from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.member_response import MemberResponse
from ...models.register_user_request import RegisterUserRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RegisterUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api/members",
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
    *,
    client: AuthenticatedClient | Client,
    body: RegisterUserRequest,
) -> Response[ErrorEnvelope | MemberResponse]:
    """Register a user

     Registers a new user. The current vendor page says `userId` is 4 to 128 characters of
    letters, digits, `-` and `_`; public code registers users with e-mail addresses as IDs
    (and then calls `/v1/api/members/<e-mail>`), so the rule is documented here but not
    declared as a constraint: the service decides. The response wraps the new user in `member`; its
    fields after `device_type` are not on
    the vendor page and follow the `Member` object of the other user calls.

    Args:
        body (RegisterUserRequest): Body of Register user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemberResponse]
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
    body: RegisterUserRequest,
) -> ErrorEnvelope | MemberResponse | None:
    """Register a user

     Registers a new user. The current vendor page says `userId` is 4 to 128 characters of
    letters, digits, `-` and `_`; public code registers users with e-mail addresses as IDs
    (and then calls `/v1/api/members/<e-mail>`), so the rule is documented here but not
    declared as a constraint: the service decides. The response wraps the new user in `member`; its
    fields after `device_type` are not on
    the vendor page and follow the `Member` object of the other user calls.

    Args:
        body (RegisterUserRequest): Body of Register user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemberResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RegisterUserRequest,
) -> Response[ErrorEnvelope | MemberResponse]:
    """Register a user

     Registers a new user. The current vendor page says `userId` is 4 to 128 characters of
    letters, digits, `-` and `_`; public code registers users with e-mail addresses as IDs
    (and then calls `/v1/api/members/<e-mail>`), so the rule is documented here but not
    declared as a constraint: the service decides. The response wraps the new user in `member`; its
    fields after `device_type` are not on
    the vendor page and follow the `Member` object of the other user calls.

    Args:
        body (RegisterUserRequest): Body of Register user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemberResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RegisterUserRequest,
) -> ErrorEnvelope | MemberResponse | None:
    """Register a user

     Registers a new user. The current vendor page says `userId` is 4 to 128 characters of
    letters, digits, `-` and `_`; public code registers users with e-mail addresses as IDs
    (and then calls `/v1/api/members/<e-mail>`), so the rule is documented here but not
    declared as a constraint: the service decides. The response wraps the new user in `member`; its
    fields after `device_type` are not on
    the vendor page and follow the `Member` object of the other user calls.

    Args:
        body (RegisterUserRequest): Body of Register user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemberResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
