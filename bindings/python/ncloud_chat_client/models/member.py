from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_notifications_type_0 import MemberNotificationsType0


T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """A user. Fields after `memberblock_id` come from the older documentation's example and
    the other user pages; more undocumented fields may appear.

        Attributes:
            id (str): User ID (the `userId` given at registration).
            project_id (None | str | Unset): Project ID.
            member_id (None | str | Unset): User ID again (same value as `id`).
            name (None | str | Unset): Display name.
            profile (None | str | Unset): Profile image URL.
            memo (None | str | Unset): Note about the user.
            country (None | str | Unset): Country of access, e.g. `KR`.
            remoteip (None | str | Unset): Client IP address.
            adid (None | str | Unset): Advertising ID.
            device (None | str | Unset): Device.
            network (None | str | Unset): Network.
            version (None | str | Unset): Version.
            model (None | str | Unset): Model.
            deleted (bool | None | Unset): `true` once the user has been removed (withdrawn).
            online (bool | None | Unset): `true` while the user is online.
            custom_field (None | str | Unset): User-defined field (camelCase even in responses).
            device_type (list[str] | None | Unset): Device types.
            push (bool | None | Unset): Push notifications allowed.
            memberblock_id (None | str | Unset): Undocumented ("TBD" in the vendor docs).
            notifications (MemberNotificationsType0 | None | Unset): Push settings; `null` possible *(nullable in the
                service schema)*.
            logined_at (None | str | Unset): Last login, ISO 8601 with offset.
            created_at (None | str | Unset): Registration time, ISO 8601 with offset.
            updated_at (None | str | Unset): Last change, ISO 8601 with offset.
            deleted_at (None | str | Unset): Removal time, ISO 8601 with offset; `null` unless removed.
    """

    id: str
    project_id: None | str | Unset = UNSET
    member_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    profile: None | str | Unset = UNSET
    memo: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    remoteip: None | str | Unset = UNSET
    adid: None | str | Unset = UNSET
    device: None | str | Unset = UNSET
    network: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    online: bool | None | Unset = UNSET
    custom_field: None | str | Unset = UNSET
    device_type: list[str] | None | Unset = UNSET
    push: bool | None | Unset = UNSET
    memberblock_id: None | str | Unset = UNSET
    notifications: MemberNotificationsType0 | None | Unset = UNSET
    logined_at: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.member_notifications_type_0 import MemberNotificationsType0  # noqa: PLC0415

        id = self.id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        member_id: None | str | Unset
        if isinstance(self.member_id, Unset):
            member_id = UNSET
        else:
            member_id = self.member_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        profile: None | str | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        else:
            profile = self.profile

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        remoteip: None | str | Unset
        if isinstance(self.remoteip, Unset):
            remoteip = UNSET
        else:
            remoteip = self.remoteip

        adid: None | str | Unset
        if isinstance(self.adid, Unset):
            adid = UNSET
        else:
            adid = self.adid

        device: None | str | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        else:
            device = self.device

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        online: bool | None | Unset
        if isinstance(self.online, Unset):
            online = UNSET
        else:
            online = self.online

        custom_field: None | str | Unset
        if isinstance(self.custom_field, Unset):
            custom_field = UNSET
        else:
            custom_field = self.custom_field

        device_type: list[str] | None | Unset
        if isinstance(self.device_type, Unset):
            device_type = UNSET
        elif isinstance(self.device_type, list):
            device_type = self.device_type

        else:
            device_type = self.device_type

        push: bool | None | Unset
        if isinstance(self.push, Unset):
            push = UNSET
        else:
            push = self.push

        memberblock_id: None | str | Unset
        if isinstance(self.memberblock_id, Unset):
            memberblock_id = UNSET
        else:
            memberblock_id = self.memberblock_id

        notifications: dict[str, Any] | None | Unset
        if isinstance(self.notifications, Unset):
            notifications = UNSET
        elif isinstance(self.notifications, MemberNotificationsType0):
            notifications = self.notifications.to_dict()
        else:
            notifications = self.notifications

        logined_at: None | str | Unset
        if isinstance(self.logined_at, Unset):
            logined_at = UNSET
        else:
            logined_at = self.logined_at

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
        if member_id is not UNSET:
            field_dict["member_id"] = member_id
        if name is not UNSET:
            field_dict["name"] = name
        if profile is not UNSET:
            field_dict["profile"] = profile
        if memo is not UNSET:
            field_dict["memo"] = memo
        if country is not UNSET:
            field_dict["country"] = country
        if remoteip is not UNSET:
            field_dict["remoteip"] = remoteip
        if adid is not UNSET:
            field_dict["adid"] = adid
        if device is not UNSET:
            field_dict["device"] = device
        if network is not UNSET:
            field_dict["network"] = network
        if version is not UNSET:
            field_dict["version"] = version
        if model is not UNSET:
            field_dict["model"] = model
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if online is not UNSET:
            field_dict["online"] = online
        if custom_field is not UNSET:
            field_dict["customField"] = custom_field
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if push is not UNSET:
            field_dict["push"] = push
        if memberblock_id is not UNSET:
            field_dict["memberblock_id"] = memberblock_id
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if logined_at is not UNSET:
            field_dict["logined_at"] = logined_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_notifications_type_0 import MemberNotificationsType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_member_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        member_id = _parse_member_id(d.pop("member_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_remoteip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remoteip = _parse_remoteip(d.pop("remoteip", UNSET))

        def _parse_adid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        adid = _parse_adid(d.pop("adid", UNSET))

        def _parse_device(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device = _parse_device(d.pop("device", UNSET))

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        def _parse_online(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        online = _parse_online(d.pop("online", UNSET))

        def _parse_custom_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_field = _parse_custom_field(d.pop("customField", UNSET))

        def _parse_device_type(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                device_type_type_0 = cast(list[str], data)

                return device_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        device_type = _parse_device_type(d.pop("device_type", UNSET))

        def _parse_push(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        push = _parse_push(d.pop("push", UNSET))

        def _parse_memberblock_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memberblock_id = _parse_memberblock_id(d.pop("memberblock_id", UNSET))

        def _parse_notifications(data: object) -> MemberNotificationsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                notifications_type_0 = MemberNotificationsType0.from_dict(data)

                return notifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberNotificationsType0 | None | Unset, data)

        notifications = _parse_notifications(d.pop("notifications", UNSET))

        def _parse_logined_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logined_at = _parse_logined_at(d.pop("logined_at", UNSET))

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

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        member = cls(
            id=id,
            project_id=project_id,
            member_id=member_id,
            name=name,
            profile=profile,
            memo=memo,
            country=country,
            remoteip=remoteip,
            adid=adid,
            device=device,
            network=network,
            version=version,
            model=model,
            deleted=deleted,
            online=online,
            custom_field=custom_field,
            device_type=device_type,
            push=push,
            memberblock_id=memberblock_id,
            notifications=notifications,
            logined_at=logined_at,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        member.additional_properties = d
        return member

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
