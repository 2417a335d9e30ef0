from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageListOption")


@_attrs_define
class MessageListOption:
    """Shape of the JSON inside the `option` query parameter of List messages: like
    `ListOption` without `count`, which is not documented for messages.

        Example:
            {'offset': 20, 'per_page': 20}

        Attributes:
            offset (int | Unset): Index of the first item to return.
            per_page (int | Unset): Page size, 1 to 100.
    """

    offset: int | Unset = UNSET
    per_page: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        per_page = self.per_page

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if offset is not UNSET:
            field_dict["offset"] = offset
        if per_page is not UNSET:
            field_dict["per_page"] = per_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offset = d.pop("offset", UNSET)

        per_page = d.pop("per_page", UNSET)

        message_list_option = cls(
            offset=offset,
            per_page=per_page,
        )

        return message_list_option
