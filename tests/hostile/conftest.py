"""The UI fixtures, for hostile tests that drive the real app."""

from tests.ui.conftest import app, levels_dir  # noqa: F401
