from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.notification_settings import NotificationSettings
from ...models.push_notification_result import PushNotificationResult
from ...types import Response


def _get_kwargs(
    user_id: str,
    *,
    body: NotificationSettings,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api/members/{user_id}/notification".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PushNotificationResult | None:
    if response.status_code == 200:
        response_200 = PushNotificationResult.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PushNotificationResult]:
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
    body: NotificationSettings,
) -> Response[ErrorEnvelope | PushNotificationResult]:
    """Set (enable) push notifications

     Stores a user's push settings (the English page calls this "Enable push notifications").
    The body is flat, without a wrapper; omitted fields are left as they are.
    The vendor table is cut off after `member.notifications.device`; the rest of the
    response is taken to match "Disable push notification settings", including the
    top-level `status` (`1` = success, anything else = failure) (inferred).

    Args:
        user_id (str):
        body (NotificationSettings): Push settings as sent by the caller. Omitted fields are left
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PushNotificationResult]
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
    body: NotificationSettings,
) -> ErrorEnvelope | PushNotificationResult | None:
    """Set (enable) push notifications

     Stores a user's push settings (the English page calls this "Enable push notifications").
    The body is flat, without a wrapper; omitted fields are left as they are.
    The vendor table is cut off after `member.notifications.device`; the rest of the
    response is taken to match "Disable push notification settings", including the
    top-level `status` (`1` = success, anything else = failure) (inferred).

    Args:
        user_id (str):
        body (NotificationSettings): Push settings as sent by the caller. Omitted fields are left
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PushNotificationResult
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
    body: NotificationSettings,
) -> Response[ErrorEnvelope | PushNotificationResult]:
    """Set (enable) push notifications

     Stores a user's push settings (the English page calls this "Enable push notifications").
    The body is flat, without a wrapper; omitted fields are left as they are.
    The vendor table is cut off after `member.notifications.device`; the rest of the
    response is taken to match "Disable push notification settings", including the
    top-level `status` (`1` = success, anything else = failure) (inferred).

    Args:
        user_id (str):
        body (NotificationSettings): Push settings as sent by the caller. Omitted fields are left
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PushNotificationResult]
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
    body: NotificationSettings,
) -> ErrorEnvelope | PushNotificationResult | None:
    """Set (enable) push notifications

     Stores a user's push settings (the English page calls this "Enable push notifications").
    The body is flat, without a wrapper; omitted fields are left as they are.
    The vendor table is cut off after `member.notifications.device`; the rest of the
    response is taken to match "Disable push notification settings", including the
    top-level `status` (`1` = success, anything else = failure) (inferred).

    Args:
        user_id (str):
        body (NotificationSettings): Push settings as sent by the caller. Omitted fields are left
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PushNotificationResult
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
