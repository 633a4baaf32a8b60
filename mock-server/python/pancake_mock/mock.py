"""Starting and stopping the ``pancake-mock`` binary.

The binary is started with ``--ready-json`` (its first and only stdout line is a JSON document
with the URLs, tokens and pages, so nothing here reads the human banner), ``--exit-on-stdin-close``
(this process holds the pipe; when it ends, even killed, the pipe closes and the mock exits) and
``--exit-with-parent`` (the same on Unix through the parent id).
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import threading
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Union

from .admin import Admin


class MockError(Exception):
    """The mock could not be found or started; the message says why and what to do."""


@dataclass(frozen=True)
class Page:
    """One page of the fixtures, as it was at start."""

    id: str
    name: str
    platform: str
    page_access_token: str
    conversations: int


_EXE = "pancake-mock.exe" if os.name == "nt" else "pancake-mock"


def binary_path() -> str:
    """The ``pancake-mock`` binary: ``$PANCAKE_MOCK_BINARY`` when set, else the one this
    package's wheel installed beside the interpreter's scripts, else one on ``PATH``."""
    override = os.environ.get("PANCAKE_MOCK_BINARY")
    if override:
        return override
    places = [sysconfig.get_path("scripts")]
    if sys.version_info >= (3, 10):
        places.append(sysconfig.get_path("scripts", sysconfig.get_preferred_scheme("user")))
    for place in places:
        candidate = os.path.join(place, _EXE)
        if os.path.isfile(candidate):
            return candidate
    found = shutil.which(_EXE)
    if found:
        return found
    raise MockError(
        "the pancake-mock binary is not installed beside this Python: reinstall the wheel "
        "(pip install pancake-mock) or set PANCAKE_MOCK_BINARY to a pancake-mock binary"
    )


def _rate_limit_arg(rate_limit: Union[bool, int]) -> List[str]:
    if rate_limit is True:
        return []
    if rate_limit is False:
        return ["--rate-limit", "off"]
    if isinstance(rate_limit, int) and rate_limit > 0:
        return ["--rate-limit", str(rate_limit)]
    raise ValueError(f"rate_limit: True (the spec's limit), False (off) or requests per second > 0, got {rate_limit!r}")


class Mock:
    """A running mock. Use :func:`start` to make one."""

    def __init__(self, process: subprocess.Popen, ready: Dict[str, Any], log: Any):
        self._process = process
        self._log = log
        self._rate_limit: Optional[Dict[str, int]] = ready.get("rate_limit")
        self.pid: int = ready["pid"]
        self.version: str = ready["version"]
        self.base_url: str = ready["base_url"]
        self.origin: str = ready["origin"]
        self.spec_url: str = ready["spec_url"]
        self.access_token: str = ready["access_token"]
        self.admin_token: Optional[str] = ready.get("admin_token")
        self.pages: List[Page] = [Page(**page) for page in ready["pages"]]
        self.admin = Admin(self.origin, self.admin_token)
        self._clock = self.admin.clock()

    def __repr__(self) -> str:
        return f"Mock(base_url={self.base_url!r}, pid={self.pid})"

    def __enter__(self) -> "Mock":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._process.poll() is None

    def reset(self) -> None:
        """Back to how ``start()`` left it: the base fixtures (``admin.reset()``), no faults, the
        start's rate limit, no webhook subscriptions, the start's clock mode (and, for a manual
        clock, its instant). What the pytest fixture runs before each test."""
        self.admin.reset()
        self.admin.set_faults()
        if self._rate_limit is None:
            self.admin.set_rate_limit(None)
        else:
            self.admin._call("PUT", "rate_limit", self._rate_limit)
        self.admin.unsubscribe_webhooks()
        if self._clock["mode"] == "manual":
            self.admin.set_clock("manual", now=self._clock["now_ms"])
        else:
            self.admin.set_clock("system")

    def stop(self, timeout: float = 10.0) -> None:
        """Stops the mock and waits for it to exit (closing its stdin ends it cleanly; a mock
        that has not exited ``timeout`` seconds later is killed). Stopping twice is harmless."""
        process = self._process
        if process.stdin and not process.stdin.closed:
            try:
                process.stdin.close()
            except OSError:
                pass
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout and not process.stdout.closed:
            process.stdout.close()
        if not self._log.closed:
            self._log.close()
        self.admin.close()


def start(
    seed: int = 42,
    conversations: int = 150,
    rate_limit: Union[bool, int] = True,
    manual_clock: bool = False,
    extra_args: Sequence[str] = (),
    *,
    timeout: float = 30.0,
) -> Mock:
    """Starts a mock on a free loopback port and returns it once it listens.

    ``rate_limit``: ``True`` the spec's limit (5 requests per page per second, like the live
    API), ``False`` off, an int requests per page per second. ``manual_clock``: the clock moves
    only through ``admin.advance_clock``. ``extra_args``: more ``pancake-mock`` flags
    (``pancake-mock --help``). ``with start() as mock:`` stops it at the end of the block.
    """
    args = [
        binary_path(),
        "--addr", "127.0.0.1:0",
        "--seed", str(int(seed)),
        "--conversations", str(int(conversations)),
        *_rate_limit_arg(rate_limit),
        *(["--manual-clock"] if manual_clock else []),
        *[str(arg) for arg in extra_args],
        "--ready-json", "--exit-on-stdin-close", "--exit-with-parent",
    ]
    env = {k: v for k, v in os.environ.items() if k != "PANCAKE_MOCK_ADDR"}
    env.setdefault("RUST_LOG", "warn")
    log = tempfile.TemporaryFile(prefix="pancake-mock-", suffix=".log")
    try:
        process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, env=env)
    except OSError as e:
        log.close()
        raise MockError(f"cannot run {args[0]}: {e}") from None
    lines: "queue.Queue[bytes]" = queue.Queue()
    threading.Thread(target=lambda: lines.put(process.stdout.readline()), daemon=True).start()
    try:
        line = lines.get(timeout=timeout)
    except queue.Empty:
        line = b""
    if not line:
        process.kill()
        process.wait()
        log.seek(0)
        said = log.read().decode(errors="replace").strip()
        log.close()
        raise MockError(f"pancake-mock did not start ({' '.join(args[1:])}): {said or 'no output within %s s' % timeout}")
    try:
        return Mock(process, json.loads(line), log)
    except Exception:
        process.kill()
        process.wait()
        log.close()
        raise
