from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count import Count
from ...models.error_envelope import ErrorEnvelope
from ...models.member import Member
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "url": "/v1/api/members",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Count | list[Member] | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Count | list[Member]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_member_list_type_0 = []
                _componentsschemas_member_list_type_0 = data
                for componentsschemas_members_item_data in _componentsschemas_member_list_type_0:
                    componentsschemas_members_item = Member.from_dict(componentsschemas_members_item_data)

                    componentsschemas_member_list_type_0.append(componentsschemas_members_item)

                return componentsschemas_member_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_member_list_type_1 = Count.from_dict(data)

            return componentsschemas_member_list_type_1

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
) -> Response[Count | list[Member] | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    sort: str | Unset = UNSET,
    option: str | Unset = UNSET,
) -> Response[Count | list[Member] | ErrorEnvelope]:
    """List users

     Lists the project's users matching `filter`, ordered by `sort`, paged by `option`.
    With `option.count` true the service returns the number of matching users instead of
    the list. The vendor does not document that response; this document accepts
    `{"count": n}` (schema `Count`, unverified), which is what the project's emulator
    returns.

    Args:
        filter_ (str):
        sort (str | Unset):
        option (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Count | list[Member] | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        sort=sort,
        option=option,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    sort: str | Unset = UNSET,
    option: str | Unset = UNSET,
) -> Count | list[Member] | ErrorEnvelope | None:
    """List users

     Lists the project's users matching `filter`, ordered by `sort`, paged by `option`.
    With `option.count` true the service returns the number of matching users instead of
    the list. The vendor does not document that response; this document accepts
    `{"count": n}` (schema `Count`, unverified), which is what the project's emulator
    returns.

    Args:
        filter_ (str):
        sort (str | Unset):
        option (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Count | list[Member] | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        sort=sort,
        option=option,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    sort: str | Unset = UNSET,
    option: str | Unset = UNSET,
) -> Response[Count | list[Member] | ErrorEnvelope]:
    """List users

     Lists the project's users matching `filter`, ordered by `sort`, paged by `option`.
    With `option.count` true the service returns the number of matching users instead of
    the list. The vendor does not document that response; this document accepts
    `{"count": n}` (schema `Count`, unverified), which is what the project's emulator
    returns.

    Args:
        filter_ (str):
        sort (str | Unset):
        option (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Count | list[Member] | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        sort=sort,
        option=option,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    sort: str | Unset = UNSET,
    option: str | Unset = UNSET,
) -> Count | list[Member] | ErrorEnvelope | None:
    """List users

     Lists the project's users matching `filter`, ordered by `sort`, paged by `option`.
    With `option.count` true the service returns the number of matching users instead of
    the list. The vendor does not document that response; this document accepts
    `{"count": n}` (schema `Count`, unverified), which is what the project's emulator
    returns.

    Args:
        filter_ (str):
        sort (str | Unset):
        option (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Count | list[Member] | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            sort=sort,
            option=option,
        )
    ).parsed
