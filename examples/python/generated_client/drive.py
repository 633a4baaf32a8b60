"""Drive a Pancake API server with the Python client that openapi-python-client generates from
openapi/pancake.yaml, and check that every answer fits the generated models.

Usage: python drive.py BASE_URL   (BASE_URL as the mock prints it: http://127.0.0.1:PORT/api)

The generated package `pancake_api_client` must be importable (see README.md beside this file).
Page ids and tokens come from the mock's admin API (`GET /__admin/fixtures`); against the live API
you would take them from your own configuration instead.

Each answer is checked the strict way: it parses into the generated model of its documented status
(not `None`, not the in-band `ApiError`), and nothing in it fell back to a raw dict or kept an
undeclared property in `additional_properties`. Exits 1 on the first answer that does not fit.
"""

from __future__ import annotations

import datetime
import enum
import sys
import time
from typing import Any, Callable

import httpx

from pancake_api_client import AuthenticatedClient
from pancake_api_client.api.conversations import list_conversations, update_conversation_tags
from pancake_api_client.api.customers import list_page_customers
from pancake_api_client.api.messages import list_messages, send_message
from pancake_api_client.api.statistics import get_ads_campaign_statistics, get_page_statistics
from pancake_api_client.api.tags import list_tags
from pancake_api_client.models import (
    AdsCampaignStatistic,
    InboxMessage,
    InboxMessageAction,
    KnownConversationType,
    ListConversationsResponse,
    ListMessagesResponse,
    ListPageCustomersResponse,
    ListTagsResponse,
    PageStatisticsResponse,
    SendMessageResponse,
    TagAction,
    UpdateConversationTagsRequest,
    UpdateConversationTagsResponse,
)
from pancake_api_client.types import UNSET, Unset

# The fixtures' epoch is 2026-01-15; a window around it for the statistics and customers.
SINCE, UNTIL = 1_735_689_600, 1_798_761_600


class Misfit(Exception):
    """An answer that does not fit the generated types."""


class Checker:
    """Walks parsed models; counts bodies, values and nulls, and refuses raw dicts."""

    def __init__(self) -> None:
        self.bodies = 0
        self.nulls = 0

    def body(self, value: Any, expected: type, where: str) -> None:
        self.bodies += 1
        items = value if isinstance(value, list) else [value]
        if expected is list:
            if not isinstance(value, list):
                raise Misfit(f"{where}: parsed as {type(value).__name__}, not a list")
        elif not isinstance(value, expected):
            raise Misfit(f"{where}: parsed as {type(value).__name__}, not {expected.__name__}")
        for i, item in enumerate(items):
            self.walk(item, f"{where}[{i}]" if isinstance(value, list) else where)

    def walk(self, value: Any, where: str) -> None:
        if value is None:
            self.nulls += 1
        elif isinstance(value, (Unset, bool, int, float, str, enum.Enum, datetime.date)):
            pass
        elif isinstance(value, list):
            for i, item in enumerate(value):
                self.walk(item, f"{where}[{i}]")
        elif isinstance(value, dict):
            raise Misfit(f"{where}: a raw dict, no generated model: {value!r:.200}")
        elif hasattr(value, "additional_properties"):
            extra = value.additional_properties
            if extra:
                raise Misfit(f"{where}: properties the spec does not declare: {sorted(extra)}")
            for name in value.__attrs_attrs__:
                if name.name != "additional_properties":
                    self.walk(getattr(value, name.name), f"{where}.{name.name}")
        else:
            raise Misfit(f"{where}: unexpected {type(value).__name__}")


def call(operation: Any, **kwargs: Any) -> Any:
    """`operation.sync_detailed(**kwargs)`, waiting out a 429 as `Retry-After` says."""
    while True:
        response = operation.sync_detailed(**kwargs)
        if response.status_code != 429:
            return response
        time.sleep(float(response.headers.get("retry-after", "1")))


def ok(response: Any, expected: type, where: str, checker: Checker) -> Any:
    if response.status_code != 200:
        raise Misfit(f"{where}: HTTP {response.status_code}: {response.content[:200]!r}")
    checker.body(response.parsed, expected, where)
    return response.parsed


def main(base_url: str) -> int:
    fixtures = httpx.get(base_url.removesuffix("/api") + "/__admin/fixtures").json()
    page = fixtures["pages"][0]
    page_id, token = page["id"], page["page_access_token"]
    client = AuthenticatedClient(base_url=base_url, token=token, raise_on_unexpected_status=True)
    checker = Checker()
    steps: list[tuple[str, Callable[[], str]]] = []

    def step(name: str) -> Callable[[Callable[[], str]], Callable[[], str]]:
        def register(run: Callable[[], str]) -> Callable[[], str]:
            steps.append((name, run))
            return run

        return register

    common = {"client": client, "page_id": page_id, "page_access_token": token}
    state: dict[str, Any] = {}

    @step("v2 walk")
    def walk() -> str:
        seen: list[str] = []
        cursor: str | Unset = UNSET
        pages = 0
        while True:
            answer = ok(
                call(list_conversations, **common, last_conversation_id=cursor),
                ListConversationsResponse,
                "list_conversations",
                checker,
            )
            pages += 1
            conversations = answer.conversations if not isinstance(answer.conversations, Unset) else []
            if not conversations:
                break
            seen += [c.id for c in conversations]
            cursor = conversations[-1].id
        if len(seen) != len(set(seen)) or len(seen) != page["conversations"]:
            raise Misfit(f"walk: {len(seen)} ids, {len(set(seen))} distinct, fixtures say {page['conversations']}")
        state["conversations"] = seen
        return f"{len(seen)} conversations, each once, in {pages} pages"

    @step("type filter")
    def type_filter() -> str:
        answer = ok(
            call(list_conversations, **common, type_=[KnownConversationType.INBOX]),
            ListConversationsResponse,
            "list_conversations type=INBOX",
            checker,
        )
        types = {str(c.type_.value if isinstance(c.type_, enum.Enum) else c.type_) for c in answer.conversations}
        if types != {"INBOX"}:
            raise Misfit(f"type filter: got types {types}")
        state["inbox"] = answer.conversations[0].id
        return f"{len(answer.conversations)} INBOX conversations on the first page"

    @step("tag add and remove")
    def tags() -> str:
        answer = ok(call(list_tags, **common), ListTagsResponse, "list_tags", checker)
        tag = answer.tags[0]
        conversation = state["inbox"]
        for action in (TagAction.ADD, TagAction.REMOVE):
            body = UpdateConversationTagsRequest(action=action, tag_id=tag.id)
            ok(
                call(update_conversation_tags, **common, conversation_id=conversation, body=body),
                UpdateConversationTagsResponse,
                f"update_conversation_tags {action.value}",
                checker,
            )
            filtered = ok(
                call(list_conversations, **common, tags=str(tag.id)),
                ListConversationsResponse,
                "list_conversations tags=",
                checker,
            )
            present = conversation in {c.id for c in filtered.conversations}
            if present != (action == TagAction.ADD):
                raise Misfit(f"after {action.value} of tag {tag.id}, conversation listed: {present}")
        return f"tag {tag.id} added to and removed from {conversation}"

    @step("reply read back")
    def reply() -> str:
        text = "Dạ shop gửi bảng giá ạ (python)"
        conversation = state["inbox"]
        body = InboxMessage(action=InboxMessageAction.REPLY_INBOX, message=text)
        sent = ok(
            call(send_message, **common, conversation_id=conversation, body=body),
            SendMessageResponse,
            "send_message",
            checker,
        )
        answer = ok(
            call(list_messages, **common, conversation_id=conversation),
            ListMessagesResponse,
            "list_messages",
            checker,
        )
        if not any(m.message == text for m in answer.messages):
            raise Misfit("the reply is not among the conversation's messages")
        return f"reply {sent.id} read back"

    @step("page statistics")
    def page_statistics() -> str:
        answer = ok(
            call(get_page_statistics, **common, since=SINCE, until=UNTIL),
            PageStatisticsResponse,
            "get_page_statistics",
            checker,
        )
        return f"{len(answer.data)} rows"

    @step("ads statistics")
    def ads_statistics() -> str:
        before = checker.nulls
        rows = ok(
            call(get_ads_campaign_statistics, **common, since=SINCE, until=UNTIL),
            list,
            "get_ads_campaign_statistics",
            checker,
        )
        if not all(isinstance(r, AdsCampaignStatistic) for r in rows):
            raise Misfit("ads statistics: a row is not an AdsCampaignStatistic")
        return f"{len(rows)} rows, {checker.nulls - before} null figures typed None"

    @step("customers")
    def customers() -> str:
        answer = ok(
            call(list_page_customers, **common, since=SINCE, until=UNTIL, page_number=1),
            ListPageCustomersResponse,
            "list_page_customers",
            checker,
        )
        return f"{len(answer.customers)} customers on page 1"

    failed = 0
    for name, run in steps:
        try:
            print(f"python: {name}: OK ({run()})")
        except Misfit as e:
            failed += 1
            print(f"python: {name}: FAILED: {e}")
    print(
        f"python: {checker.bodies} bodies parsed into generated models, 0 raw dicts, "
        f"{checker.nulls} nulls typed None"
        if not failed
        else f"python: {failed} step(s) failed"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
