"""The Pancake (pages.fm) API mock, from Python.

``start()`` runs the ``pancake-mock`` binary shipped in this package on a free loopback port and
returns a :class:`Mock` once it listens; ``Mock.admin`` drives its admin API (reset, faults,
clock, rate limit, webhooks, simulated customers). The pytest plugin (``pancake_mock.pytest_plugin``,
registered by entry point) gives the fixtures ``pancake_mock`` and ``pancake_mock_factory``.
"""

from .admin import Admin, AdminError
from .mock import Mock, MockError, Page, binary_path, start

__all__ = ["Admin", "AdminError", "Mock", "MockError", "Page", "binary_path", "start"]
