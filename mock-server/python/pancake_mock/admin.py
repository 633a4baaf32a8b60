"""The mock's admin API (``/__admin``), one method per call.

The routes and bodies are those of ``mock-server/src/admin/`` (the Rust ``AdminClient`` is the
reference); answers come back as parsed JSON. A refusal (the mock answers 4xx or 5xx) raises
:class:`AdminError` with the mock's message, which names the field and the reason.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
import urllib.parse
from typing import Any, Dict, List, Optional, Sequence


class AdminError(Exception):
    """The admin API refused a call: ``status`` (HTTP), ``code`` (the body's ``error_code``)
    and ``message`` (what was wrong and, where possible, what to do)."""

    def __init__(self, method: str, path: str, status: int, code: Optional[int], message: str):
        super().__init__(f"{method} {path}: {status} {message}")
        self.status = status
        self.code = code
        self.message = message


def _drop_none(body: Dict[str, Any]) -> Dict[str, Any]:
    return {key: value for key, value in body.items() if value is not None}


class Admin:
    """A client of one mock's ``/__admin``: ``Admin(origin, token=None)``."""

    def __init__(self, origin: str, token: Optional[str] = None, timeout: float = 30.0):
        self.origin = origin.rstrip("/")
        self.token = token
        self.timeout = timeout
        parts = urllib.parse.urlsplit(self.origin)
        self._scheme, self._host, self._port = parts.scheme, parts.hostname, parts.port
        self._prefix = parts.path
        self._connection: Optional[http.client.HTTPConnection] = None
        self._lock = threading.Lock()

    def _call(self, method: str, path: str, body: Any = None, query: Optional[Dict[str, str]] = None) -> Any:
        target = f"{self._prefix}/__admin/{path}"
        if query:
            target += "?" + urllib.parse.urlencode(query)
        data = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"} if data is not None else {}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        with self._lock:
            # One keep-alive connection: a test's reset is several calls, and a new TCP
            # connection for each costs more than the calls themselves.
            for attempt in (1, 2):
                try:
                    if self._connection is None:
                        self._connection = self._connect()
                    self._connection.request(method, target, body=data, headers=headers)
                    answer = self._connection.getresponse()
                    status, text = answer.status, answer.read()
                    break
                except (http.client.HTTPException, ConnectionError):
                    # The mock closed an idle connection; a call is retried once on a new one.
                    self._close()
                    if attempt == 2:
                        raise
        if status >= 400:
            text = text.decode(errors="replace")
            try:
                parsed = json.loads(text)
                code, message = parsed.get("error_code"), parsed.get("message", text)
            except ValueError:
                code, message = None, text
            raise AdminError(method, f"/__admin/{path}", status, code, message)
        return json.loads(text) if text else None

    def _connect(self) -> http.client.HTTPConnection:
        kind = http.client.HTTPSConnection if self._scheme == "https" else http.client.HTTPConnection
        return kind(self._host, self._port, timeout=self.timeout)

    def _close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def close(self) -> None:
        """Closes the kept-alive connection (the next call opens another)."""
        with self._lock:
            self._close()

    # State and fixtures
    def reset(self) -> None:
        """Back to the base fixtures: state, rate-limit buckets, walks and journal (faults, clock,
        rate-limit setting and webhook subscriptions stay; ``Mock.reset()`` restores those too)."""
        self._call("POST", "reset")

    def fixtures(self) -> Dict[str, Any]:
        """``{access_token, pages: [{id, name, platform, page_access_token, conversations}]}``."""
        return self._call("GET", "fixtures")

    def full_fixtures(self) -> Dict[str, Any]:
        """The whole fixture document (the format ``pancake-mock --fixtures FILE`` reads)."""
        return self._call("GET", "fixtures/full")

    def load_fixtures(self, fixtures: Dict[str, Any]) -> Dict[str, Any]:
        """Serves ``fixtures`` (a whole fixture document) from now on, also after ``reset()``."""
        return self._call("PUT", "fixtures", fixtures)

    def fixture_schema(self) -> Dict[str, Any]:
        """The JSON Schema of the fixture document."""
        return self._call("GET", "fixtures/schema")

    # Journal
    def journal(self) -> Dict[str, Any]:
        """``{requests: [...], webhook_deliveries: [...]}``, newest last, tokens shown as ``***``."""
        return self._call("GET", "journal")

    def clear_journal(self) -> None:
        self._call("DELETE", "journal")

    # Faults
    def faults(self) -> Dict[str, Any]:
        return self._call("GET", "faults")

    def set_faults(self, **faults: Any) -> Dict[str, Any]:
        """Replaces the fault settings; unnamed ones take their defaults (none). Keywords:
        ``error_rate`` (0 to 1), ``status`` (500, 502, 503), ``latency_ms``, ``seed``,
        ``webhook_drop_rate``, ``webhook_duplicate_rate``, ``webhook_duplicate_request_id``
        (``"same"``, the default, or ``"new"``: the ``request_id`` of a duplicate's second copy),
        ``webhook_reorder_rate``, ``webhook_delay_rate``, ``webhook_delay_ms``. ``set_faults()``
        turns them all off."""
        return self._call("PUT", "faults", faults)

    # Clock
    def clock(self) -> Dict[str, Any]:
        """``{mode, now_ms, now}``."""
        return self._call("GET", "clock")

    def set_clock(self, mode: str, now: Any = None) -> Dict[str, Any]:
        """``mode``: ``"manual"`` or ``"system"``; ``now``: Unix milliseconds or
        ``"2026-01-15T00:00:00"`` to jump there."""
        return self._call("PUT", "clock", _drop_none({"mode": mode, "now": now}))

    def advance_clock(self, seconds: float) -> Dict[str, Any]:
        """Moves the clock forward (both modes)."""
        return self._call("POST", "clock/advance", {"millis": round(seconds * 1000)})

    # Rate limit
    def set_rate_limit(self, per_second: Optional[int]) -> Dict[str, Any]:
        """Requests per page per second; ``None`` turns the limit off."""
        if per_second is None:
            return self._call("PUT", "rate_limit", {"off": True})
        return self._call("PUT", "rate_limit", {"requests": per_second, "per_seconds": 1})

    # Webhooks
    def subscribe_webhook(
        self,
        url: str,
        events: Optional[Sequence[str]] = None,
        page_ids: Optional[Sequence[str]] = None,
        timeout_ms: Optional[int] = None,
    ) -> Dict[str, Any]:
        """The mock POSTs the pages' events to ``url`` (replaces the subscription of that url)."""
        body = _drop_none(
            {
                "url": url,
                "events": None if events is None else list(events),
                "page_ids": None if page_ids is None else list(page_ids),
                "timeout_ms": timeout_ms,
            }
        )
        return self._call("PUT", "webhooks", body)

    def webhooks(self) -> List[Dict[str, Any]]:
        """The subscriptions, with their counters, window and suspension."""
        return self._call("GET", "webhooks")["subscriptions"]

    def unsubscribe_webhooks(self, url: Optional[str] = None) -> int:
        """Removes the subscription of ``url`` (every one when ``None``); how many went."""
        query = None if url is None else {"url": url}
        return self._call("DELETE", "webhooks", query=query)["removed"]

    def enable_webhooks(self, url: Optional[str] = None) -> int:
        """Re-enables the subscription of ``url`` if suspended (every one when ``None``)."""
        return self._call("POST", "webhooks/enable", _drop_none({"url": url}))["enabled"]

    def webhooks_settled(self, timeout: float = 10.0) -> None:
        """Waits until every subscription attempted or discarded every queued event."""
        deadline = time.monotonic() + timeout
        while True:
            subscriptions = self.webhooks()
            if all(
                s["pending"] == 0 and s["counters"]["attempts"] + s["counters"]["discarded"] == s["counters"]["queued"]
                for s in subscriptions
            ):
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"webhooks not settled after {timeout} s: {subscriptions}")
            time.sleep(0.005)

    # Simulated activity
    def simulate_message(
        self,
        page_id: str,
        text: Optional[str] = None,
        conversation_id: Optional[str] = None,
        customer_name: Optional[str] = None,
        attachments: Optional[Sequence[Dict[str, str]]] = None,
    ) -> Dict[str, Any]:
        """A customer writes (in ``conversation_id``, or a new inbox conversation):
        ``{conversation_id, message_id, created}``."""
        body = _drop_none(
            {
                "page_id": page_id,
                "text": text,
                "conversation_id": conversation_id,
                "customer_name": customer_name,
                "attachments": None if attachments is None else list(attachments),
            }
        )
        return self._call("POST", "simulate/message", body)

    def simulate_comment(
        self, page_id: str, post_id: str, text: str, customer_name: Optional[str] = None
    ) -> Dict[str, Any]:
        """A customer comments under a post of the page (a new comment conversation)."""
        body = _drop_none({"page_id": page_id, "post_id": post_id, "text": text, "customer_name": customer_name})
        return self._call("POST", "simulate/comment", body)

    def simulate_post(self, page_id: str, message: Optional[str] = None, kind: Optional[str] = None) -> Dict[str, Any]:
        """The page publishes a post (``kind``: ``video``, ``photo``, ``text``, ``livestream``)."""
        return self._call("POST", "simulate/post", _drop_none({"page_id": page_id, "message": message, "type": kind}))

    def simulate_connect_status(self, page_id: str, status: str) -> Dict[str, Any]:
        """The page's connection changes (a ``connect_status`` event)."""
        return self._call("POST", "simulate/connect_status", {"page_id": page_id, "status": status})

    def simulate_subscription(
        self,
        page_ids: Sequence[str],
        user_ids: Optional[Sequence[str]] = None,
        duration: Optional[int] = None,
        expired_at: Optional[str] = None,
    ) -> Dict[str, Any]:
        """A package is bought for ``page_ids`` (a ``subscription`` event)."""
        body = _drop_none(
            {
                "page_ids": list(page_ids),
                "user_ids": None if user_ids is None else list(user_ids),
                "duration": duration,
                "expired_at": expired_at,
            }
        )
        return self._call("POST", "simulate/subscription", body)
