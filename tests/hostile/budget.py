"""Example counts for the hostile property tests: small by default, larger under `--fuzz`."""

FUZZ_FACTOR = 20
"""How many times more examples `pytest --fuzz` generates."""

fuzz = {"on": False}
"""Set by tests/conftest.py before test modules are collected."""


def examples(default: int) -> int:
    """The example count for a property: `default`, or FUZZ_FACTOR times it under --fuzz."""
    return default * FUZZ_FACTOR if fuzz["on"] else default
