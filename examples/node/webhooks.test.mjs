// A webhook receiver written in Node gets the event of a customer's message.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { once } from "node:events";
import { startMock } from "pancake-mock";

let mock;
let receiver;
const received = [];

before(async () => {
  mock = await startMock();
  receiver = http.createServer(async (request, response) => {
    let body = "";
    for await (const chunk of request) body += chunk;
    received.push(JSON.parse(body));
    response.end();
  });
  receiver.listen(0, "127.0.0.1");
  await once(receiver, "listening");
});
after(async () => {
  receiver.close();
  await mock.stop();
});

test("a customer's message reaches the receiver", async () => {
  const page = mock.pages[0];
  const url = `http://127.0.0.1:${receiver.address().port}/`;
  await mock.admin.subscribeWebhook(url, { pageIds: [page.id] });
  const sent = await mock.admin.simulateMessage(page.id, { text: "Shop ơi còn hàng không?", customerName: "Lan" });
  assert.ok(sent.created);
  await mock.admin.webhooksSettled(10000);
  const aboutIt = received.filter((e) => e.page_id === page.id && JSON.stringify(e).includes("Shop ơi còn hàng không?"));
  assert.ok(aboutIt.length > 0, JSON.stringify(received));
  assert.ok(received.some((e) => JSON.stringify(e).includes(sent.conversation_id)));
});
