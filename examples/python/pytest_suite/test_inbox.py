"""Working an inbox against the mock: walk and filter conversations, tag one and reply."""

import time

from http_helpers import call, page_url


def walk_conversations(mock, page, **filters):
    """Every conversation of the v2 list, one result page (60) at a time, following
    ``last_conversation_id`` until a page comes back empty, and waiting out a 429 as its
    ``Retry-After`` says (the mock keeps the live API's 5 requests per page per second)."""
    seen, last = [], None
    while True:
        params = {"page_access_token": page.page_access_token, **filters}
        if last:
            params["last_conversation_id"] = last
        status, headers, body = call("GET", page_url(mock, page, "v2/pages/{page}/conversations"), params)
        if status == 429:
            time.sleep(int(headers["Retry-After"]))
            continue
        assert status == 200 and body["success"], body
        if not body["conversations"]:
            return seen
        seen += body["conversations"]
        last = body["conversations"][-1]["id"]


def test_walk_every_conversation_and_filter_on_the_server(pancake_mock):
    page = pancake_mock.pages[0]
    everything = walk_conversations(pancake_mock, page)
    assert len(everything) == page.conversations == 150
    assert len({c["id"] for c in everything}) == 150
    inbox = walk_conversations(pancake_mock, page, type="INBOX")
    assert 0 < len(inbox) < 150
    assert all(c["type"] == "INBOX" for c in inbox)


def test_tag_and_reply(pancake_mock):
    page = pancake_mock.pages[0]
    token = {"page_access_token": page.page_access_token}
    _, _, tags = call("GET", page_url(pancake_mock, page, "v1/pages/{page}/tags"), token)
    tag = next(t["id"] for t in tags["tags"] if t["id"] > 0)
    _, _, listed = call("GET", page_url(pancake_mock, page, "v2/pages/{page}/conversations"), {**token, "type": "INBOX"})
    conversation = listed["conversations"][0]["id"]
    base = f"v1/pages/{{page}}/conversations/{conversation}"

    status, _, tagged = call("POST", page_url(pancake_mock, page, base + "/tags"), token, {"action": "add", "tag_id": tag})
    assert status == 200 and tag in tagged["data"], tagged
    status, _, sent = call(
        "POST", page_url(pancake_mock, page, base + "/messages"), token, {"action": "reply_inbox", "message": "Dạ còn ạ"}
    )
    assert status == 200 and sent["success"], sent
    _, _, messages = call("GET", page_url(pancake_mock, page, base + "/messages"), token)
    assert any(m.get("message") == "Dạ còn ạ" for m in messages["messages"])


def test_the_reset_between_tests_undid_the_previous_tests_writes(pancake_mock):
    # test_tag_and_reply ran before (pytest keeps file order) and replied "Dạ còn ạ"; the fixture
    # reset the mock since, so no conversation holds that reply any more.
    page = pancake_mock.pages[0]
    token = {"page_access_token": page.page_access_token}
    _, _, listed = call("GET", page_url(pancake_mock, page, "v2/pages/{page}/conversations"), {**token, "type": "INBOX"})
    conversation = listed["conversations"][0]["id"]
    _, _, messages = call("GET", page_url(pancake_mock, page, f"v1/pages/{{page}}/conversations/{conversation}/messages"), token)
    assert not any(m.get("message") == "Dạ còn ạ" for m in messages["messages"])
    assert pancake_mock.admin.journal()["requests"][-1]["path"].endswith("/messages")
