"""The pytest plugin (registered by the ``pytest11`` entry point, so installing the wheel is
enough): fixture ``pancake_mock``, one mock for the whole run reset before each test, and
``pancake_mock_factory``, which starts mocks of your own settings, stopped after the test."""

from __future__ import annotations

from typing import Any, Callable, Iterator, List

import pytest

from .mock import Mock, start


@pytest.fixture(scope="session")
def pancake_mock_session() -> Iterator[Mock]:
    """The run's one mock (``start()``'s defaults), stopped at the end of the run."""
    with start() as mock:
        yield mock


@pytest.fixture
def pancake_mock(pancake_mock_session: Mock) -> Mock:
    """The run's mock, as ``start()`` left it (``Mock.reset()`` runs before each test)."""
    pancake_mock_session.reset()
    return pancake_mock_session


@pytest.fixture
def pancake_mock_factory() -> Iterator[Callable[..., Mock]]:
    """``pancake_mock_factory(**kwargs)`` starts a mock with ``start(**kwargs)``; each one is
    stopped at the test's teardown."""
    started: List[Mock] = []

    def factory(**kwargs: Any) -> Mock:
        mock = start(**kwargs)
        started.append(mock)
        return mock

    yield factory
    for mock in started:
        mock.stop()
