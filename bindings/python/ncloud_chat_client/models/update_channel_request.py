from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_type import ChannelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateChannelRequest")


@_attrs_define
class UpdateChannelRequest:
    """Body of Edit channel. Every field is optional; omitted fields are unchanged.

    Attributes:
        name (str | Unset): Channel name.
        unique_id (str | Unset): Caller-chosen unique ID.
        type_ (ChannelType | Unset): Who may join a channel.
        translation (bool | Unset): Automatic translation.
        members (list[str] | None | Unset): User IDs allowed to subscribe; `[]` clears the list. Declared `nullable`
            (null means
            "unchanged", like omitting it) so that generated clients can send an empty list.
        disabled (bool | Unset): Channel disabled.
        mutes (bool | Unset): Channel muted.
        push (bool | Unset): Push notifications allowed.
        limit (int | Unset): Maximum participants; 0 means unlimited (negative values are undocumented).
        link_url (str | Unset): Channel link URL, a full URL as on create.
        image_url (str | Unset): Channel image URL, a full URL as on create.
    """

    name: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    type_: ChannelType | Unset = UNSET
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

        unique_id = self.unique_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

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
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
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
            field_dict["linkUrl"] = link_url
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        unique_id = d.pop("uniqueId", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ChannelType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChannelType(_type_)

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

        update_channel_request = cls(
            name=name,
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
        )

        update_channel_request.additional_properties = d
        return update_channel_request

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
