from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sort_direction_number import SortDirectionNumber
from ..models.sort_direction_text import SortDirectionText

T = TypeVar("T", bound="Sort")


@_attrs_define
class Sort:
    """Shape of the JSON inside the `sort` query parameter: one field of the listed object
    mapped to a direction (a string or a number). The docs sort channels by `createdAt` and
    other lists by `created_at`; the key is sent as given.

        Example:
            {'created_at': '-1'}

    """

    additional_properties: dict[str, SortDirectionNumber | SortDirectionText] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, SortDirectionText):
                field_dict[prop_name] = prop.value
            else:
                field_dict[prop_name] = prop.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sort = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> SortDirectionNumber | SortDirectionText:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_sort_direction_sort_direction_text = SortDirectionText(data)

                    return componentsschemas_sort_direction_sort_direction_text
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_sort_direction_sort_direction_number = SortDirectionNumber(data)

                return componentsschemas_sort_direction_sort_direction_number

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        sort.additional_properties = additional_properties
        return sort

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SortDirectionNumber | SortDirectionText:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SortDirectionNumber | SortDirectionText) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
