from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.member_notifications import MemberNotifications


T = TypeVar("T", bound="PushNotificationResult")


@_attrs_define
class PushNotificationResult:
    """Result of setting or disabling push settings. `status` `1` is success; any other value
    is a failure. Both keys are required.

        Attributes:
            member (MemberNotifications): A user's ID and push settings. Both keys are in every vendor example and required,
                so an
                empty or foreign body is not taken for settings.
            status (int): `1` on success.
    """

    member: MemberNotifications
    status: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member = self.member.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member": member,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_notifications import MemberNotifications  # noqa: PLC0415

        d = dict(src_dict)
        member = MemberNotifications.from_dict(d.pop("member"))

        status = d.pop("status")

        push_notification_result = cls(
            member=member,
            status=status,
        )

        push_notification_result.additional_properties = d
        return push_notification_result

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
