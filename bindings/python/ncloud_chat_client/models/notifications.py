from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Notifications")


@_attrs_define
class Notifications:
    """Push settings as the service returns them. Every field is `null` after "Disable push
    notification settings". `device` is documented as `FCM` or `APNS`, but the official
    example shows `sandbox`, so it is an open string.

        Attributes:
            token (None | str | Unset): Device push token.
            device (None | str | Unset): Push service (`FCM`, `APNS`, and values such as `sandbox` seen in practice).
            os (None | str | Unset): OS version.
            push (bool | None | Unset): Push notifications allowed.
            ad (bool | None | Unset): Advertising pushes allowed.
            night (bool | None | Unset): Night-time pushes allowed.
            timezone (None | str | Unset): Time zone, `null` when not set.
    """

    token: None | str | Unset = UNSET
    device: None | str | Unset = UNSET
    os: None | str | Unset = UNSET
    push: bool | None | Unset = UNSET
    ad: bool | None | Unset = UNSET
    night: bool | None | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        device: None | str | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        else:
            device = self.device

        os: None | str | Unset
        if isinstance(self.os, Unset):
            os = UNSET
        else:
            os = self.os

        push: bool | None | Unset
        if isinstance(self.push, Unset):
            push = UNSET
        else:
            push = self.push

        ad: bool | None | Unset
        if isinstance(self.ad, Unset):
            ad = UNSET
        else:
            ad = self.ad

        night: bool | None | Unset
        if isinstance(self.night, Unset):
            night = UNSET
        else:
            night = self.night

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
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

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        def _parse_device(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device = _parse_device(d.pop("device", UNSET))

        def _parse_os(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os = _parse_os(d.pop("os", UNSET))

        def _parse_push(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        push = _parse_push(d.pop("push", UNSET))

        def _parse_ad(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ad = _parse_ad(d.pop("ad", UNSET))

        def _parse_night(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        night = _parse_night(d.pop("night", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        notifications = cls(
            token=token,
            device=device,
            os=os,
            push=push,
            ad=ad,
            night=night,
            timezone=timezone,
        )

        notifications.additional_properties = d
        return notifications

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
