"""Mocks of your own settings, the manual clock, and no mock left behind by a killed parent."""

import os
import signal
import subprocess
import sys
import time

import pytest

from http_helpers import call, page_url


def test_the_factory_starts_a_mock_of_its_own(pancake_mock_factory):
    small = pancake_mock_factory(seed=7, conversations=12, rate_limit=False, manual_clock=True)
    assert small.pages[0].conversations == 12
    before = small.admin.clock()["now_ms"]
    time.sleep(0.05)
    assert small.admin.clock()["now_ms"] == before, "a manual clock stands still"
    assert small.admin.advance_clock(60)["now_ms"] == before + 60_000
    page = small.pages[0]
    url = page_url(small, page, "v1/pages/{page}/tags")
    statuses = {call("GET", url, {"page_access_token": page.page_access_token})[0] for _ in range(10)}
    assert statuses == {200}, "rate_limit=False: no 429"


def alive(pid):
    """True while ``pid`` runs (a zombie waiting for a reaper counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc to see the mock process")
def test_a_killed_python_process_leaves_no_mock():
    parent = subprocess.Popen(
        [sys.executable, "-c", "import pancake_mock, time; m = pancake_mock.start(); print(m.pid, flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE,
    )
    pid = int(parent.stdout.readline())
    assert alive(pid)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 5
    while alive(pid):
        assert time.monotonic() < deadline, f"the mock {pid} outlived its killed parent"
        time.sleep(0.02)
