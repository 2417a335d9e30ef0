from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.token_response import TokenResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    id: str,
    expire_day: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["expireDay"] = expire_day

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api/token",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str,
    expire_day: int,
) -> Response[ErrorEnvelope | TokenResponse]:
    """Issue a user token

     Issues a token for an existing user, valid for `expireDay` days, for the client SDK's
    login. The token is a JWT; reading its expiry from an `exp` claim is unverified (no
    vendor page shows a decoded token).

    Choices: the parameters go in the **query string** with no body, as every official
    example does (curl `POST '.../v1/api/token?id=...&expireDay=10' -d ''`). Three public
    clients send a JSON body `{"id": ..., "expireDay": ...}` instead; whether the service
    also reads a body is unverified, so the documented query form is kept. `expireDay` is
    limited to 1..90 as the current English page says (an older Korean page only says "1 or
    more"). The response carries `status`: any value other than `1` is a failure even with
    HTTP 200.

    Args:
        id (str):
        expire_day (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TokenResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        expire_day=expire_day,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: str,
    expire_day: int,
) -> ErrorEnvelope | TokenResponse | None:
    """Issue a user token

     Issues a token for an existing user, valid for `expireDay` days, for the client SDK's
    login. The token is a JWT; reading its expiry from an `exp` claim is unverified (no
    vendor page shows a decoded token).

    Choices: the parameters go in the **query string** with no body, as every official
    example does (curl `POST '.../v1/api/token?id=...&expireDay=10' -d ''`). Three public
    clients send a JSON body `{"id": ..., "expireDay": ...}` instead; whether the service
    also reads a body is unverified, so the documented query form is kept. `expireDay` is
    limited to 1..90 as the current English page says (an older Korean page only says "1 or
    more"). The response carries `status`: any value other than `1` is a failure even with
    HTTP 200.

    Args:
        id (str):
        expire_day (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TokenResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        expire_day=expire_day,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str,
    expire_day: int,
) -> Response[ErrorEnvelope | TokenResponse]:
    """Issue a user token

     Issues a token for an existing user, valid for `expireDay` days, for the client SDK's
    login. The token is a JWT; reading its expiry from an `exp` claim is unverified (no
    vendor page shows a decoded token).

    Choices: the parameters go in the **query string** with no body, as every official
    example does (curl `POST '.../v1/api/token?id=...&expireDay=10' -d ''`). Three public
    clients send a JSON body `{"id": ..., "expireDay": ...}` instead; whether the service
    also reads a body is unverified, so the documented query form is kept. `expireDay` is
    limited to 1..90 as the current English page says (an older Korean page only says "1 or
    more"). The response carries `status`: any value other than `1` is a failure even with
    HTTP 200.

    Args:
        id (str):
        expire_day (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TokenResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        expire_day=expire_day,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: str,
    expire_day: int,
) -> ErrorEnvelope | TokenResponse | None:
    """Issue a user token

     Issues a token for an existing user, valid for `expireDay` days, for the client SDK's
    login. The token is a JWT; reading its expiry from an `exp` claim is unverified (no
    vendor page shows a decoded token).

    Choices: the parameters go in the **query string** with no body, as every official
    example does (curl `POST '.../v1/api/token?id=...&expireDay=10' -d ''`). Three public
    clients send a JSON body `{"id": ..., "expireDay": ...}` instead; whether the service
    also reads a body is unverified, so the documented query form is kept. `expireDay` is
    limited to 1..90 as the current English page says (an older Korean page only says "1 or
    more"). The response carries `status`: any value other than `1` is a failure even with
    HTTP 200.

    Args:
        id (str):
        expire_day (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            expire_day=expire_day,
        )
    ).parsed
