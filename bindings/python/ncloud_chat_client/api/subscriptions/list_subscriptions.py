from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count import Count
from ...models.error_envelope import ErrorEnvelope
from ...models.subscription import Subscription
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
        "url": "/v1/api/subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Count | list[Subscription] | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Count | list[Subscription]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_subscription_list_type_0 = []
                _componentsschemas_subscription_list_type_0 = data
                for componentsschemas_subscriptions_item_data in _componentsschemas_subscription_list_type_0:
                    componentsschemas_subscriptions_item = Subscription.from_dict(
                        componentsschemas_subscriptions_item_data
                    )

                    componentsschemas_subscription_list_type_0.append(componentsschemas_subscriptions_item)

                return componentsschemas_subscription_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_subscription_list_type_1 = Count.from_dict(data)

            return componentsschemas_subscription_list_type_1

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
) -> Response[Count | list[Subscription] | ErrorEnvelope]:
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
) -> Response[Count | list[Subscription] | ErrorEnvelope]:
    """List channel subscriptions

     Lists subscriptions (user-in-channel records) matching `filter`, e.g.
    `{"channel_id":"<id>"}` or `{"user_id":"<id>"}`; with `option.count` true, returns
    `{"count": n}` instead (see List users). The older page sorts by `createdAt`, the current
    one by `created_at`; `sort` keys are sent exactly as given.

    Args:
        filter_ (str):
        sort (str | Unset):
        option (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Count | list[Subscription] | ErrorEnvelope]
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
) -> Count | list[Subscription] | ErrorEnvelope | None:
    """List channel subscriptions

     Lists subscriptions (user-in-channel records) matching `filter`, e.g.
    `{"channel_id":"<id>"}` or `{"user_id":"<id>"}`; with `option.count` true, returns
    `{"count": n}` instead (see List users). The older page sorts by `createdAt`, the current
    one by `created_at`; `sort` keys are sent exactly as given.

    Args:
        filter_ (str):
        sort (str | Unset):
        option (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Count | list[Subscription] | ErrorEnvelope
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
) -> Response[Count | list[Subscription] | ErrorEnvelope]:
    """List channel subscriptions

     Lists subscriptions (user-in-channel records) matching `filter`, e.g.
    `{"channel_id":"<id>"}` or `{"user_id":"<id>"}`; with `option.count` true, returns
    `{"count": n}` instead (see List users). The older page sorts by `createdAt`, the current
    one by `created_at`; `sort` keys are sent exactly as given.

    Args:
        filter_ (str):
        sort (str | Unset):
        option (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Count | list[Subscription] | ErrorEnvelope]
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
) -> Count | list[Subscription] | ErrorEnvelope | None:
    """List channel subscriptions

     Lists subscriptions (user-in-channel records) matching `filter`, e.g.
    `{"channel_id":"<id>"}` or `{"user_id":"<id>"}`; with `option.count` true, returns
    `{"count": n}` instead (see List users). The older page sorts by `createdAt`, the current
    one by `created_at`; `sort` keys are sent exactly as given.

    Args:
        filter_ (str):
        sort (str | Unset):
        option (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Count | list[Subscription] | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            sort=sort,
            option=option,
        )
    ).parsed
