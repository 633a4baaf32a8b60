// Working an inbox against the mock: walk and filter conversations, tag one and reply.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { startMock } from "pancake-mock";
import { call, pageUrl } from "./helpers.mjs";

let mock;
before(async () => {
  mock = await startMock();
});
beforeEach(() => mock.reset());
after(() => mock.stop());

// Every conversation of the v2 list, 60 at a time, following last_conversation_id until an empty
// page, waiting out a 429 as its Retry-After says (the mock keeps the live API's 5 req/page/s).
async function walk(page, filters = {}) {
  const seen = [];
  let last;
  for (;;) {
    const params = last ? { ...filters, last_conversation_id: last } : filters;
    const answer = await call("GET", pageUrl(mock, page, "v2/pages/{page}/conversations", params));
    if (answer.status === 429) {
      await sleep(Number(answer.headers.get("retry-after")) * 1000);
      continue;
    }
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    if (answer.body.conversations.length === 0) return seen;
    seen.push(...answer.body.conversations);
    last = answer.body.conversations.at(-1).id;
  }
}

test("walk every conversation, and filter on the server", async () => {
  const page = mock.pages[0];
  const everything = await walk(page);
  assert.equal(everything.length, page.conversations);
  assert.equal(new Set(everything.map((c) => c.id)).size, 150);
  const inbox = await walk(page, { type: "INBOX" });
  assert.ok(inbox.length > 0 && inbox.length < 150);
  assert.ok(inbox.every((c) => c.type === "INBOX"));
});

async function firstInbox(page) {
  const listed = await call("GET", pageUrl(mock, page, "v2/pages/{page}/conversations", { type: "INBOX" }));
  return listed.body.conversations[0].id;
}

test("tag and reply", async () => {
  const page = mock.pages[0];
  const tags = await call("GET", pageUrl(mock, page, "v1/pages/{page}/tags"));
  const tag = tags.body.tags.find((t) => t.id > 0).id;
  const base = `v1/pages/{page}/conversations/${await firstInbox(page)}`;
  const tagged = await call("POST", pageUrl(mock, page, `${base}/tags`), { action: "add", tag_id: tag });
  assert.equal(tagged.status, 200);
  assert.ok(tagged.body.data.includes(tag));
  const sent = await call("POST", pageUrl(mock, page, `${base}/messages`), { action: "reply_inbox", message: "Dạ còn ạ" });
  assert.equal(sent.status, 200);
  const messages = await call("GET", pageUrl(mock, page, `${base}/messages`));
  assert.ok(messages.body.messages.some((m) => m.message === "Dạ còn ạ"));
});

test("the reset between tests undid the previous test's reply", async () => {
  const page = mock.pages[0];
  const base = `v1/pages/{page}/conversations/${await firstInbox(page)}`;
  const messages = await call("GET", pageUrl(mock, page, `${base}/messages`));
  assert.ok(!messages.body.messages.some((m) => m.message === "Dạ còn ạ"));
});
