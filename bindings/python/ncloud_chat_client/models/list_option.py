from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListOption")


@_attrs_define
class ListOption:
    """Shape of the JSON inside the `option` query parameter of List users, List channels and
    List channel subscriptions. The service's defaults for omitted `offset` / `per_page`
    are not documented; the emulator refuses other keys (a misspelt `perPage` would
    otherwise be ignored).

        Example:
            {'offset': 0, 'per_page': 20}

        Attributes:
            offset (int | Unset): Index of the first item to return.
            per_page (int | Unset): Page size, 1 to 100.
            count (bool | Unset): When true, return `{"count": n}` instead of the items.
    """

    offset: int | Unset = UNSET
    per_page: int | Unset = UNSET
    count: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        per_page = self.per_page

        count = self.count

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if offset is not UNSET:
            field_dict["offset"] = offset
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offset = d.pop("offset", UNSET)

        per_page = d.pop("per_page", UNSET)

        count = d.pop("count", UNSET)

        list_option = cls(
            offset=offset,
            per_page=per_page,
            count=count,
        )

        return list_option
