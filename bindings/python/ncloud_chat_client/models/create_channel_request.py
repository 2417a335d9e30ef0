from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_type import ChannelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateChannelRequest")


@_attrs_define
class CreateChannelRequest:
    """Body of Create channel. Defaults are the vendor's.

    Attributes:
        name (str): Channel name.
        type_ (ChannelType): Who may join a channel.
        unique_id (str | Unset): Caller-chosen unique ID (returned as `unique_id`).
        translation (bool | Unset): Automatic translation (default false).
        members (list[str] | None | Unset): User IDs allowed to subscribe; supply it for PRIVATE channels.
        disabled (bool | Unset): Create the channel disabled (default false).
        mutes (bool | Unset): Mute the channel (default false).
        push (bool | Unset): Allow push notifications (default true).
        limit (int | Unset): Maximum participants; 0 means unlimited (negative values are undocumented).
        link_url (str | Unset): Channel link URL (returned as `link_url`); a full URL answering HTTP 200. The
            emulator requires an absolute `http://` or `https://` URL and does not fetch it.
        image_url (str | Unset): Channel image URL (returned as `image_url`); a full URL answering HTTP 200. The
            emulator requires an absolute `http://` or `https://` URL and does not fetch it.
    """

    name: str
    type_: ChannelType
    unique_id: str | Unset = UNSET
    translation: bool | Unset = UNSET
    members: list[str] | None | Unset = UNSET
    disabled: bool | Unset = UNSET
    mutes: bool | Unset = UNSET
    push: bool | Unset = UNSET
    limit: int | Unset = UNSET
    link_url: str | Unset = UNSET
    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        unique_id = self.unique_id

        translation = self.translation

        members: list[str] | None | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        elif isinstance(self.members, list):
            members = self.members

        else:
            members = self.members

        disabled = self.disabled

        mutes = self.mutes

        push = self.push

        limit = self.limit

        link_url = self.link_url

        image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
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
            field_dict["linkUrl"] = link_url
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = ChannelType(d.pop("type"))

        unique_id = d.pop("uniqueId", UNSET)

        translation = d.pop("translation", UNSET)

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

        disabled = d.pop("disabled", UNSET)

        mutes = d.pop("mutes", UNSET)

        push = d.pop("push", UNSET)

        limit = d.pop("limit", UNSET)

        link_url = d.pop("linkUrl", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        create_channel_request = cls(
            name=name,
            type_=type_,
            unique_id=unique_id,
            translation=translation,
            members=members,
            disabled=disabled,
            mutes=mutes,
            push=push,
            limit=limit,
            link_url=link_url,
            image_url=image_url,
        )

        create_channel_request.additional_properties = d
        return create_channel_request

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
