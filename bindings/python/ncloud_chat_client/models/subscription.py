from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_mark_type_0 import SubscriptionMarkType0
    from ..models.subscription_user_type_0 import SubscriptionUserType0


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """A user's subscription to a channel. The vendor table stops after `mark.user_id`; the
    rest comes from the SDK types. More undocumented fields may appear.

        Attributes:
            id (str): Subscription ID.
            project_id (None | str | Unset): Project ID.
            channel_id (None | str | Unset): Channel ID.
            user_id (None | str | Unset): User ID.
            online (bool | None | Unset): User online.
            language (None | str | Unset): Language code, e.g. `en`.
            push (bool | None | Unset): Push allowed for this subscription.
            mute (bool | None | Unset): Channel muted for this user (`mute`, while Channel says `mutes`).
            user (None | SubscriptionUserType0 | Unset): The subscribed user; `null` possible *(nullable in the service
                schema)*.
            mark (None | SubscriptionMarkType0 | Unset): The read marker; `null` possible *(nullable in the service
                schema)*.
            created_at (None | str | Unset): Subscription time, ISO 8601 with offset.
            updated_at (None | str | Unset): Last change *(service schema, not the docs)*.
    """

    id: str
    project_id: None | str | Unset = UNSET
    channel_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    online: bool | None | Unset = UNSET
    language: None | str | Unset = UNSET
    push: bool | None | Unset = UNSET
    mute: bool | None | Unset = UNSET
    user: None | SubscriptionUserType0 | Unset = UNSET
    mark: None | SubscriptionMarkType0 | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subscription_mark_type_0 import SubscriptionMarkType0  # noqa: PLC0415
        from ..models.subscription_user_type_0 import SubscriptionUserType0  # noqa: PLC0415

        id = self.id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        channel_id: None | str | Unset
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = self.channel_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        online: bool | None | Unset
        if isinstance(self.online, Unset):
            online = UNSET
        else:
            online = self.online

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        push: bool | None | Unset
        if isinstance(self.push, Unset):
            push = UNSET
        else:
            push = self.push

        mute: bool | None | Unset
        if isinstance(self.mute, Unset):
            mute = UNSET
        else:
            mute = self.mute

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, SubscriptionUserType0):
            user = self.user.to_dict()
        else:
            user = self.user

        mark: dict[str, Any] | None | Unset
        if isinstance(self.mark, Unset):
            mark = UNSET
        elif isinstance(self.mark, SubscriptionMarkType0):
            mark = self.mark.to_dict()
        else:
            mark = self.mark

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if online is not UNSET:
            field_dict["online"] = online
        if language is not UNSET:
            field_dict["language"] = language
        if push is not UNSET:
            field_dict["push"] = push
        if mute is not UNSET:
            field_dict["mute"] = mute
        if user is not UNSET:
            field_dict["user"] = user
        if mark is not UNSET:
            field_dict["mark"] = mark
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_mark_type_0 import SubscriptionMarkType0  # noqa: PLC0415
        from ..models.subscription_user_type_0 import SubscriptionUserType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_channel_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel_id = _parse_channel_id(d.pop("channel_id", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_online(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        online = _parse_online(d.pop("online", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_push(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        push = _parse_push(d.pop("push", UNSET))

        def _parse_mute(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mute = _parse_mute(d.pop("mute", UNSET))

        def _parse_user(data: object) -> None | SubscriptionUserType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = SubscriptionUserType0.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionUserType0 | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_mark(data: object) -> None | SubscriptionMarkType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mark_type_0 = SubscriptionMarkType0.from_dict(data)

                return mark_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionMarkType0 | Unset, data)

        mark = _parse_mark(d.pop("mark", UNSET))

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

        subscription = cls(
            id=id,
            project_id=project_id,
            channel_id=channel_id,
            user_id=user_id,
            online=online,
            language=language,
            push=push,
            mute=mute,
            user=user,
            mark=mark,
            created_at=created_at,
            updated_at=updated_at,
        )

        subscription.additional_properties = d
        return subscription

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
