"""Settings from `cargo xtask bindings-check`, which runs these tests with pytest in a fresh
venv holding only the built wheel (and pytest), once per error transport of the emulator."""

import os

import pytest


def environment(name: str) -> str:
    value = os.environ.get(name, "")
    if not value:
        pytest.fail(f"{name} is not set: run `cargo xtask bindings-check`")
    return value
