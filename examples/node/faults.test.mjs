// The mock's rate limit and injected faults, as a client meets them.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { startMock, AdminError } from "pancake-mock";
import { call, pageUrl } from "./helpers.mjs";

let mock;
before(async () => {
  mock = await startMock();
});
beforeEach(() => mock.reset());
after(() => mock.stop());

test("a burst gets 429 with Retry-After", async () => {
  const page = mock.pages[0];
  const answers = [];
  for (let i = 0; i < 8; i++) answers.push(await call("GET", pageUrl(mock, page, "v1/pages/{page}/tags")));
  assert.deepEqual(answers.slice(0, 5).map((a) => a.status), [200, 200, 200, 200, 200]);
  const limited = answers.find((a) => a.status !== 200);
  assert.equal(limited.status, 429);
  assert.equal(limited.body.error_code, 613);
  assert.ok(Number(limited.headers.get("retry-after")) >= 1);
});

test("an injected outage and a per-request fault", async () => {
  const page = mock.pages[0];
  const url = pageUrl(mock, page, "v1/pages/{page}/tags");
  assert.equal((await call("GET", url, undefined, { "x-mock-fault": "502" })).status, 502);
  await mock.admin.setFaults({ errorRate: 1, status: 503 });
  assert.equal((await call("GET", url)).status, 503);
});

test("the fault of the previous test is gone", async () => {
  const page = mock.pages[0];
  assert.equal((await call("GET", pageUrl(mock, page, "v1/pages/{page}/tags"))).status, 200);
  assert.equal((await mock.admin.faults()).error_rate, 0);
});

test("a refused admin call says why", async () => {
  await assert.rejects(mock.admin.setFaults({ errorRate: 2 }), (e) => {
    assert.ok(e instanceof AdminError);
    assert.equal(e.status, 400);
    assert.match(e.message, /error_rate/);
    return true;
  });
});
