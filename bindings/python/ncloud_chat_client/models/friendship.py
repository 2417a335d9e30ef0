from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.friendship_user import FriendshipUser


T = TypeVar("T", bound="Friendship")


@_attrs_define
class Friendship:
    """A friendship between two users. The vendor tables list `friend_id` twice (the older
    example even repeats the key); it is one field here.

        Attributes:
            id (str): Friendship ID.
            project_id (None | str | Unset): Project ID.
            status (None | str | Unset): Progress, e.g. `requested`, `accepted`, `rejected`. The vendor documents no closed
                list, so this is an open string.
            user_id (None | str | Unset): The requesting user's ID.
            user (FriendshipUser | Unset): A user inside a friendship. Send a friend request's current documentation gives
                `id`,
                `name`, `profile`; Accept / Reject and the older page give `id`, `nickname`.
            friend_id (None | str | Unset): The requested user's ID.
            friend (FriendshipUser | Unset): A user inside a friendship. Send a friend request's current documentation gives
                `id`,
                `name`, `profile`; Accept / Reject and the older page give `id`, `nickname`.
            created_at (None | str | Unset): Creation time, ISO 8601 with offset.
            updated_at (None | str | Unset): Last change, ISO 8601 with offset.
            requested_at (None | str | Unset): Request time, ISO 8601 with offset.
    """

    id: str
    project_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    user: FriendshipUser | Unset = UNSET
    friend_id: None | str | Unset = UNSET
    friend: FriendshipUser | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    requested_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        friend_id: None | str | Unset
        if isinstance(self.friend_id, Unset):
            friend_id = UNSET
        else:
            friend_id = self.friend_id

        friend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.friend, Unset):
            friend = self.friend.to_dict()

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        requested_at: None | str | Unset
        if isinstance(self.requested_at, Unset):
            requested_at = UNSET
        else:
            requested_at = self.requested_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if status is not UNSET:
            field_dict["status"] = status
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user is not UNSET:
            field_dict["user"] = user
        if friend_id is not UNSET:
            field_dict["friend_id"] = friend_id
        if friend is not UNSET:
            field_dict["friend"] = friend
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if requested_at is not UNSET:
            field_dict["requested_at"] = requested_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.friendship_user import FriendshipUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        _user = d.pop("user", UNSET)
        user: FriendshipUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = FriendshipUser.from_dict(_user)

        def _parse_friend_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        friend_id = _parse_friend_id(d.pop("friend_id", UNSET))

        _friend = d.pop("friend", UNSET)
        friend: FriendshipUser | Unset
        if isinstance(_friend, Unset):
            friend = UNSET
        else:
            friend = FriendshipUser.from_dict(_friend)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_requested_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_at = _parse_requested_at(d.pop("requested_at", UNSET))

        friendship = cls(
            id=id,
            project_id=project_id,
            status=status,
            user_id=user_id,
            user=user,
            friend_id=friend_id,
            friend=friend,
            created_at=created_at,
            updated_at=updated_at,
            requested_at=requested_at,
        )

        friendship.additional_properties = d
        return friendship

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
