from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.member_notifications_notifications_type_0 import MemberNotificationsNotificationsType0


T = TypeVar("T", bound="MemberNotifications")


@_attrs_define
class MemberNotifications:
    """A user's ID and push settings. Both keys are in every vendor example and required, so an
    empty or foreign body is not taken for settings.

        Attributes:
            id (str): User ID.
            notifications (MemberNotificationsNotificationsType0 | None): Push settings; `null` possible *(nullable in the
                service schema)*.
    """

    id: str
    notifications: MemberNotificationsNotificationsType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.member_notifications_notifications_type_0 import MemberNotificationsNotificationsType0  # noqa: PLC0415

        id = self.id

        notifications: dict[str, Any] | None
        if isinstance(self.notifications, MemberNotificationsNotificationsType0):
            notifications = self.notifications.to_dict()
        else:
            notifications = self.notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "notifications": notifications,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_notifications_notifications_type_0 import MemberNotificationsNotificationsType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_notifications(data: object) -> MemberNotificationsNotificationsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                notifications_type_0 = MemberNotificationsNotificationsType0.from_dict(data)

                return notifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberNotificationsNotificationsType0 | None, data)

        notifications = _parse_notifications(d.pop("notifications"))

        member_notifications = cls(
            id=id,
            notifications=notifications,
        )

        member_notifications.additional_properties = d
        return member_notifications

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
