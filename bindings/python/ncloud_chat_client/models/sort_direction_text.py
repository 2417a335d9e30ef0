from enum import StrEnum


class SortDirectionText(StrEnum):
    ASCENDING = "1"
    DESCENDING = "-1"

    def __str__(self) -> str:
        return str(self.value)
