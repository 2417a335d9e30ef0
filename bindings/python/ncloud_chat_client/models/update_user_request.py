from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_settings import NotificationSettings


T = TypeVar("T", bound="UpdateUserRequest")


@_attrs_define
class UpdateUserRequest:
    """Body of Edit user. Every field is optional; omitted fields are unchanged.

    Attributes:
        name (str | Unset): Display name.
        profile (str | Unset): Profile image URL.
        custom_field (str | Unset): Free-form user-defined text.
        notifications (NotificationSettings | Unset): Push settings as sent by the caller. Omitted fields are left
            unchanged.
    """

    name: str | Unset = UNSET
    profile: str | Unset = UNSET
    custom_field: str | Unset = UNSET
    notifications: NotificationSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        profile = self.profile

        custom_field = self.custom_field

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = self.notifications.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if profile is not UNSET:
            field_dict["profile"] = profile
        if custom_field is not UNSET:
            field_dict["customField"] = custom_field
        if notifications is not UNSET:
            field_dict["notifications"] = notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_settings import NotificationSettings  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        profile = d.pop("profile", UNSET)

        custom_field = d.pop("customField", UNSET)

        _notifications = d.pop("notifications", UNSET)
        notifications: NotificationSettings | Unset
        if isinstance(_notifications, Unset):
            notifications = UNSET
        else:
            notifications = NotificationSettings.from_dict(_notifications)

        update_user_request = cls(
            name=name,
            profile=profile,
            custom_field=custom_field,
            notifications=notifications,
        )

        update_user_request.additional_properties = d
        return update_user_request

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
