from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationSettings")


@_attrs_define
class NotificationSettings:
    """Push settings as sent by the caller. Omitted fields are left unchanged.

    Attributes:
        token (str | Unset): Device push token.
        device (str | Unset): Push service. Documented values: `FCM` and `APNS`; the service itself returns
            `sandbox` (official example of Get push notification settings), so any string is
            accepted and a value read back can be sent back.
        os (str | Unset): OS version, e.g. `iOS 18` or `25`.
        push (bool | Unset): Allow push notifications.
        ad (bool | Unset): Allow advertising pushes.
        night (bool | Unset): Allow pushes at night.
        timezone (str | Unset): Time zone, e.g. `Asia/Seoul`.
    """

    token: str | Unset = UNSET
    device: str | Unset = UNSET
    os: str | Unset = UNSET
    push: bool | Unset = UNSET
    ad: bool | Unset = UNSET
    night: bool | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        device = self.device

        os = self.os

        push = self.push

        ad = self.ad

        night = self.night

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if device is not UNSET:
            field_dict["device"] = device
        if os is not UNSET:
            field_dict["os"] = os
        if push is not UNSET:
            field_dict["push"] = push
        if ad is not UNSET:
            field_dict["ad"] = ad
        if night is not UNSET:
            field_dict["night"] = night
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", UNSET)

        device = d.pop("device", UNSET)

        os = d.pop("os", UNSET)

        push = d.pop("push", UNSET)

        ad = d.pop("ad", UNSET)

        night = d.pop("night", UNSET)

        timezone = d.pop("timezone", UNSET)

        notification_settings = cls(
            token=token,
            device=device,
            os=os,
            push=push,
            ad=ad,
            night=night,
            timezone=timezone,
        )

        notification_settings.additional_properties = d
        return notification_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
