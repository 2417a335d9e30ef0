from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.friendship import Friendship


T = TypeVar("T", bound="FriendshipResponse")


@_attrs_define
class FriendshipResponse:
    """A friendship wrapped in `friendship` (required).

    Attributes:
        friendship (Friendship): A friendship between two users. The vendor tables list `friend_id` twice (the older
            example even repeats the key); it is one field here.
    """

    friendship: Friendship
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        friendship = self.friendship.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "friendship": friendship,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.friendship import Friendship  # noqa: PLC0415

        d = dict(src_dict)
        friendship = Friendship.from_dict(d.pop("friendship"))

        friendship_response = cls(
            friendship=friendship,
        )

        friendship_response.additional_properties = d
        return friendship_response

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
