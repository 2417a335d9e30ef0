from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.friendship_response import FriendshipResponse


T = TypeVar("T", bound="RequestFriendData")


@_attrs_define
class RequestFriendData:
    """The `data` wrapper of the current Send a friend request documentation.

    Attributes:
        request_friend (FriendshipResponse): A friendship wrapped in `friendship` (required).
    """

    request_friend: FriendshipResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_friend = self.request_friend.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestFriend": request_friend,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.friendship_response import FriendshipResponse  # noqa: PLC0415

        d = dict(src_dict)
        request_friend = FriendshipResponse.from_dict(d.pop("requestFriend"))

        request_friend_data = cls(
            request_friend=request_friend,
        )

        request_friend_data.additional_properties = d
        return request_friend_data

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
