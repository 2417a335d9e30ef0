from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_admin_type_0 import MessageAdminType0
    from ..models.message_attachment import MessageAttachment
    from ..models.message_sender_type_0 import MessageSenderType0


T = TypeVar("T", bound="ChannelLastMessageType0")


@_attrs_define
class ChannelLastMessageType0:
    """The channel's latest message *(service schema, not the docs; nullable)*.

    Attributes:
        id (str): Message ID (24 hexadecimal characters).
        message_id (None | str | Unset): Message ID again.
        channel_id (None | str | Unset): Channel ID.
        sort_id (None | str | Unset): Send time as Unix epoch milliseconds, in a string.
        message_type (None | str | Unset): `text` or `file` (open: other values may appear).
        sender (MessageSenderType0 | None | Unset): The sender; `null` possible *(nullable in the service schema)*.
        admin (MessageAdminType0 | None | Unset): The admin, for messages sent with this API; `null` possible *(nullable
            in the service schema)*.
        attachment_filenames (MessageAttachment | Unset): Attachment of a message: one object, not an array. For text
            messages the values are
            empty (`{"name":"","size":0,"type":"text","url":""}`).
        has (None | str | Unset): Special attachment kind (`link`, `image`, `video`, `file`), `""` by default.
        embed_providers (None | str | Unset): Provider of an embedded item.
        embed_type (None | str | Unset): Type of an embedded item, `""` by default.
        is_express (bool | None | Unset): Express message flag (camelCase even in responses).
        link_hostnames (None | str | Unset): Host names of links in the message.
        mentions (list[str] | None | Unset): Mentioned user IDs.
        mentions_everyone (Any | Unset): Whether everyone is mentioned (a boolean or a string; only seen in SDK types).
        content (None | str | Unset): Message text.
        created_at (None | str | Unset): Send time, ISO 8601 with offset.
        sended_at (None | str | Unset): Send time as the service records it *(service schema, not the docs)*.
        updated_at (None | str | Unset): Last change *(service schema, not the docs)*.
        parent_message_id (None | str | Unset): ID of the message this one replies to *(service schema, not the docs)*.
        bytes_ (int | None | Unset): Size of the message *(service schema, not the docs; `Int` there)*.
    """

    id: str
    message_id: None | str | Unset = UNSET
    channel_id: None | str | Unset = UNSET
    sort_id: None | str | Unset = UNSET
    message_type: None | str | Unset = UNSET
    sender: MessageSenderType0 | None | Unset = UNSET
    admin: MessageAdminType0 | None | Unset = UNSET
    attachment_filenames: MessageAttachment | Unset = UNSET
    has: None | str | Unset = UNSET
    embed_providers: None | str | Unset = UNSET
    embed_type: None | str | Unset = UNSET
    is_express: bool | None | Unset = UNSET
    link_hostnames: None | str | Unset = UNSET
    mentions: list[str] | None | Unset = UNSET
    mentions_everyone: Any | Unset = UNSET
    content: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    sended_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    parent_message_id: None | str | Unset = UNSET
    bytes_: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_admin_type_0 import MessageAdminType0  # noqa: PLC0415
        from ..models.message_sender_type_0 import MessageSenderType0  # noqa: PLC0415

        id = self.id

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        channel_id: None | str | Unset
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = self.channel_id

        sort_id: None | str | Unset
        if isinstance(self.sort_id, Unset):
            sort_id = UNSET
        else:
            sort_id = self.sort_id

        message_type: None | str | Unset
        if isinstance(self.message_type, Unset):
            message_type = UNSET
        else:
            message_type = self.message_type

        sender: dict[str, Any] | None | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        elif isinstance(self.sender, MessageSenderType0):
            sender = self.sender.to_dict()
        else:
            sender = self.sender

        admin: dict[str, Any] | None | Unset
        if isinstance(self.admin, Unset):
            admin = UNSET
        elif isinstance(self.admin, MessageAdminType0):
            admin = self.admin.to_dict()
        else:
            admin = self.admin

        attachment_filenames: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment_filenames, Unset):
            attachment_filenames = self.attachment_filenames.to_dict()

        has: None | str | Unset
        if isinstance(self.has, Unset):
            has = UNSET
        else:
            has = self.has

        embed_providers: None | str | Unset
        if isinstance(self.embed_providers, Unset):
            embed_providers = UNSET
        else:
            embed_providers = self.embed_providers

        embed_type: None | str | Unset
        if isinstance(self.embed_type, Unset):
            embed_type = UNSET
        else:
            embed_type = self.embed_type

        is_express: bool | None | Unset
        if isinstance(self.is_express, Unset):
            is_express = UNSET
        else:
            is_express = self.is_express

        link_hostnames: None | str | Unset
        if isinstance(self.link_hostnames, Unset):
            link_hostnames = UNSET
        else:
            link_hostnames = self.link_hostnames

        mentions: list[str] | None | Unset
        if isinstance(self.mentions, Unset):
            mentions = UNSET
        elif isinstance(self.mentions, list):
            mentions = self.mentions

        else:
            mentions = self.mentions

        mentions_everyone = self.mentions_everyone

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        sended_at: None | str | Unset
        if isinstance(self.sended_at, Unset):
            sended_at = UNSET
        else:
            sended_at = self.sended_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        parent_message_id: None | str | Unset
        if isinstance(self.parent_message_id, Unset):
            parent_message_id = UNSET
        else:
            parent_message_id = self.parent_message_id

        bytes_: int | None | Unset
        if isinstance(self.bytes_, Unset):
            bytes_ = UNSET
        else:
            bytes_ = self.bytes_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if sort_id is not UNSET:
            field_dict["sort_id"] = sort_id
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if sender is not UNSET:
            field_dict["sender"] = sender
        if admin is not UNSET:
            field_dict["admin"] = admin
        if attachment_filenames is not UNSET:
            field_dict["attachment_filenames"] = attachment_filenames
        if has is not UNSET:
            field_dict["has"] = has
        if embed_providers is not UNSET:
            field_dict["embed_providers"] = embed_providers
        if embed_type is not UNSET:
            field_dict["embed_type"] = embed_type
        if is_express is not UNSET:
            field_dict["isExpress"] = is_express
        if link_hostnames is not UNSET:
            field_dict["link_hostnames"] = link_hostnames
        if mentions is not UNSET:
            field_dict["mentions"] = mentions
        if mentions_everyone is not UNSET:
            field_dict["mentions_everyone"] = mentions_everyone
        if content is not UNSET:
            field_dict["content"] = content
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if sended_at is not UNSET:
            field_dict["sended_at"] = sended_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if parent_message_id is not UNSET:
            field_dict["parent_message_id"] = parent_message_id
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_admin_type_0 import MessageAdminType0  # noqa: PLC0415
        from ..models.message_attachment import MessageAttachment  # noqa: PLC0415
        from ..models.message_sender_type_0 import MessageSenderType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_id = _parse_message_id(d.pop("message_id", UNSET))

        def _parse_channel_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel_id = _parse_channel_id(d.pop("channel_id", UNSET))

        def _parse_sort_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sort_id = _parse_sort_id(d.pop("sort_id", UNSET))

        def _parse_message_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_type = _parse_message_type(d.pop("message_type", UNSET))

        def _parse_sender(data: object) -> MessageSenderType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sender_type_0 = MessageSenderType0.from_dict(data)

                return sender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageSenderType0 | None | Unset, data)

        sender = _parse_sender(d.pop("sender", UNSET))

        def _parse_admin(data: object) -> MessageAdminType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                admin_type_0 = MessageAdminType0.from_dict(data)

                return admin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageAdminType0 | None | Unset, data)

        admin = _parse_admin(d.pop("admin", UNSET))

        _attachment_filenames = d.pop("attachment_filenames", UNSET)
        attachment_filenames: MessageAttachment | Unset
        if isinstance(_attachment_filenames, Unset):
            attachment_filenames = UNSET
        else:
            attachment_filenames = MessageAttachment.from_dict(_attachment_filenames)

        def _parse_has(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        has = _parse_has(d.pop("has", UNSET))

        def _parse_embed_providers(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        embed_providers = _parse_embed_providers(d.pop("embed_providers", UNSET))

        def _parse_embed_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        embed_type = _parse_embed_type(d.pop("embed_type", UNSET))

        def _parse_is_express(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_express = _parse_is_express(d.pop("isExpress", UNSET))

        def _parse_link_hostnames(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link_hostnames = _parse_link_hostnames(d.pop("link_hostnames", UNSET))

        def _parse_mentions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mentions_type_0 = cast(list[str], data)

                return mentions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        mentions = _parse_mentions(d.pop("mentions", UNSET))

        mentions_everyone = d.pop("mentions_everyone", UNSET)

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_sended_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sended_at = _parse_sended_at(d.pop("sended_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_parent_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_message_id = _parse_parent_message_id(d.pop("parent_message_id", UNSET))

        def _parse_bytes_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bytes_ = _parse_bytes_(d.pop("bytes", UNSET))

        channel_last_message_type_0 = cls(
            id=id,
            message_id=message_id,
            channel_id=channel_id,
            sort_id=sort_id,
            message_type=message_type,
            sender=sender,
            admin=admin,
            attachment_filenames=attachment_filenames,
            has=has,
            embed_providers=embed_providers,
            embed_type=embed_type,
            is_express=is_express,
            link_hostnames=link_hostnames,
            mentions=mentions,
            mentions_everyone=mentions_everyone,
            content=content,
            created_at=created_at,
            sended_at=sended_at,
            updated_at=updated_at,
            parent_message_id=parent_message_id,
            bytes_=bytes_,
        )

        channel_last_message_type_0.additional_properties = d
        return channel_last_message_type_0

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
