from enum import IntEnum


class SortDirectionNumber(IntEnum):
    ASCENDING = 1
    DESCENDING = -1

    def __str__(self) -> str:
        return str(self.value)
