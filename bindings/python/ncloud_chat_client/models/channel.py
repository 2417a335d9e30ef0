from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_last_message_type_0 import ChannelLastMessageType0
    from ..models.channel_user_type_0 import ChannelUserType0


T = TypeVar("T", bound="Channel")


@_attrs_define
class Channel:
    """A channel. More undocumented fields may appear.

    Attributes:
        id (str): Channel ID (UUID).
        project_id (None | str | Unset): Project ID.
        name (None | str | Unset): Channel name.
        user_id (None | str | Unset): Creator's user ID.
        user (ChannelUserType0 | None | Unset): The creator; `null` possible *(nullable in the service schema)*.
        unique_id (None | str | Unset): Caller-assigned unique ID (`uniqueId` in requests).
        type_ (None | str | Unset): `PUBLIC` or `PRIVATE` (open string in responses).
        translation (bool | None | Unset): Automatic translation.
        members (list[str] | None | Unset): User IDs allowed to subscribe.
        disabled (bool | None | Unset): Channel disabled.
        mutes (bool | None | Unset): Channel muted.
        push (bool | None | Unset): Push notifications allowed.
        limit (int | None | Unset): Maximum participants; 0 means unlimited.
        link_url (None | str | Unset): Channel link URL.
        image_url (list[str] | None | str | Unset): Channel image. Conflict: the current table types `image_url` as an
            array, the older
            example shows a string; both are accepted.
        created_at (None | str | Unset): Creation time, ISO 8601 with offset.
        updated_at (None | str | Unset): Last change, ISO 8601 with offset.
        last_message (ChannelLastMessageType0 | None | Unset): The channel's latest message *(service schema, not the
            docs; nullable)*.
        deleted_at (None | str | Unset): Deletion time *(service schema, not the docs)*.
    """

    id: str
    project_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    user: ChannelUserType0 | None | Unset = UNSET
    unique_id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    translation: bool | None | Unset = UNSET
    members: list[str] | None | Unset = UNSET
    disabled: bool | None | Unset = UNSET
    mutes: bool | None | Unset = UNSET
    push: bool | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    link_url: None | str | Unset = UNSET
    image_url: list[str] | None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    last_message: ChannelLastMessageType0 | None | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.channel_last_message_type_0 import ChannelLastMessageType0  # noqa: PLC0415
        from ..models.channel_user_type_0 import ChannelUserType0  # noqa: PLC0415

        id = self.id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, ChannelUserType0):
            user = self.user.to_dict()
        else:
            user = self.user

        unique_id: None | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = self.unique_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        translation: bool | None | Unset
        if isinstance(self.translation, Unset):
            translation = UNSET
        else:
            translation = self.translation

        members: list[str] | None | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        elif isinstance(self.members, list):
            members = self.members

        else:
            members = self.members

        disabled: bool | None | Unset
        if isinstance(self.disabled, Unset):
            disabled = UNSET
        else:
            disabled = self.disabled

        mutes: bool | None | Unset
        if isinstance(self.mutes, Unset):
            mutes = UNSET
        else:
            mutes = self.mutes

        push: bool | None | Unset
        if isinstance(self.push, Unset):
            push = UNSET
        else:
            push = self.push

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        link_url: None | str | Unset
        if isinstance(self.link_url, Unset):
            link_url = UNSET
        else:
            link_url = self.link_url

        image_url: list[str] | None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        elif isinstance(self.image_url, list):
            image_url = self.image_url

        else:
            image_url = self.image_url

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

        last_message: dict[str, Any] | None | Unset
        if isinstance(self.last_message, Unset):
            last_message = UNSET
        elif isinstance(self.last_message, ChannelLastMessageType0):
            last_message = self.last_message.to_dict()
        else:
            last_message = self.last_message

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if name is not UNSET:
            field_dict["name"] = name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user is not UNSET:
            field_dict["user"] = user
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if translation is not UNSET:
            field_dict["translation"] = translation
        if members is not UNSET:
            field_dict["members"] = members
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if mutes is not UNSET:
            field_dict["mutes"] = mutes
        if push is not UNSET:
            field_dict["push"] = push
        if limit is not UNSET:
            field_dict["limit"] = limit
        if link_url is not UNSET:
            field_dict["link_url"] = link_url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if last_message is not UNSET:
            field_dict["last_message"] = last_message
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel_last_message_type_0 import ChannelLastMessageType0  # noqa: PLC0415
        from ..models.channel_user_type_0 import ChannelUserType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_user(data: object) -> ChannelUserType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = ChannelUserType0.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelUserType0 | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_unique_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unique_id = _parse_unique_id(d.pop("unique_id", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_translation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        translation = _parse_translation(d.pop("translation", UNSET))

        def _parse_members(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                members_type_0 = cast(list[str], data)

                return members_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        members = _parse_members(d.pop("members", UNSET))

        def _parse_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disabled = _parse_disabled(d.pop("disabled", UNSET))

        def _parse_mutes(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mutes = _parse_mutes(d.pop("mutes", UNSET))

        def _parse_push(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        push = _parse_push(d.pop("push", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_link_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link_url = _parse_link_url(d.pop("link_url", UNSET))

        def _parse_image_url(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_channel_image_url_urls = cast(list[str], data)

                return componentsschemas_channel_image_url_urls
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

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

        def _parse_last_message(data: object) -> ChannelLastMessageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_message_type_0 = ChannelLastMessageType0.from_dict(data)

                return last_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelLastMessageType0 | None | Unset, data)

        last_message = _parse_last_message(d.pop("last_message", UNSET))

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        channel = cls(
            id=id,
            project_id=project_id,
            name=name,
            user_id=user_id,
            user=user,
            unique_id=unique_id,
            type_=type_,
            translation=translation,
            members=members,
            disabled=disabled,
            mutes=mutes,
            push=push,
            limit=limit,
            link_url=link_url,
            image_url=image_url,
            created_at=created_at,
            updated_at=updated_at,
            last_message=last_message,
            deleted_at=deleted_at,
        )

        channel.additional_properties = d
        return channel

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
