"use strict";
// Starts the `pancake-mock` binary of this platform's package (`@pancake-mock/PLATFORM`) on a free
// loopback port. The binary runs with `--ready-json` (its one stdout line is a JSON document with
// the URLs, tokens and pages: nothing here reads the human banner), `--exit-on-stdin-close` (this
// process holds the pipe; when it ends, even killed, the pipe closes and the mock exits) and
// `--exit-with-parent` (the same on Unix, through the parent id).

const { spawn } = require("node:child_process");
const path = require("node:path");
const fs = require("node:fs");

class MockError extends Error {
  constructor(message) {
    super(message);
    this.name = "MockError";
  }
}

/** The admin API refused a call: `status` (HTTP), `code` (the body's error_code), `message`. */
class AdminError extends Error {
  constructor(method, route, status, code, message) {
    super(`${method} ${route}: ${status} ${message}`);
    this.name = "AdminError";
    this.status = status;
    this.code = code;
    this.reason = message;
  }
}

const EXE = process.platform === "win32" ? "pancake-mock.exe" : "pancake-mock";

/** The binary: `$PANCAKE_MOCK_BINARY` when set, else the one of this platform's package. */
function binaryPath() {
  if (process.env.PANCAKE_MOCK_BINARY) return process.env.PANCAKE_MOCK_BINARY;
  const platform = `${process.platform}-${process.arch}`;
  const pkg = `@pancake-mock/${platform}`;
  try {
    return require.resolve(`${pkg}/bin/${EXE}`);
  } catch {
    throw new MockError(
      `the pancake-mock binary for ${platform} is not installed (${pkg}, an optional dependency of ` +
        `pancake-mock): reinstall without --no-optional / --omit=optional, or set PANCAKE_MOCK_BINARY`,
    );
  }
}

function dropUndefined(body) {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined && v !== null));
}

const FAULT_KEYS = {
  errorRate: "error_rate",
  status: "status",
  latencyMs: "latency_ms",
  seed: "seed",
  webhookDropRate: "webhook_drop_rate",
  webhookDuplicateRate: "webhook_duplicate_rate",
  webhookDuplicateRequestId: "webhook_duplicate_request_id",
  webhookReorderRate: "webhook_reorder_rate",
  webhookDelayRate: "webhook_delay_rate",
  webhookDelayMs: "webhook_delay_ms",
};

/** A client of one mock's `/__admin` (the routes of mock-server/src/admin/); answers are the
 * parsed JSON, field names as the mock sends them (snake_case). */
class Admin {
  constructor(origin, token) {
    this.origin = origin.replace(/\/$/, "");
    this.token = token || null;
  }

  async call(method, route, body, query) {
    let url = `${this.origin}/__admin/${route}`;
    if (query) url += `?${new URLSearchParams(query)}`;
    const headers = {};
    if (body !== undefined) headers["content-type"] = "application/json";
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const answer = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await answer.text();
    if (!answer.ok) {
      let code = null;
      let message = text;
      try {
        const parsed = JSON.parse(text);
        code = parsed.error_code ?? null;
        message = parsed.message ?? text;
      } catch {}
      throw new AdminError(method, `/__admin/${route}`, answer.status, code, message);
    }
    return text ? JSON.parse(text) : null;
  }

  /** Back to the base fixtures: state, rate-limit buckets, walks, journal (`mock.reset()` also
   * restores faults, rate limit, webhooks and clock). */
  async reset() {
    await this.call("POST", "reset");
  }
  fixtures() {
    return this.call("GET", "fixtures");
  }
  fullFixtures() {
    return this.call("GET", "fixtures/full");
  }
  loadFixtures(fixtures) {
    return this.call("PUT", "fixtures", fixtures);
  }
  fixtureSchema() {
    return this.call("GET", "fixtures/schema");
  }
  journal() {
    return this.call("GET", "journal");
  }
  async clearJournal() {
    await this.call("DELETE", "journal");
  }
  faults() {
    return this.call("GET", "faults");
  }
  /** Replaces the fault settings; unnamed ones take their defaults (none). */
  setFaults(opts = {}) {
    const body = {};
    for (const [key, value] of Object.entries(opts)) {
      const wire = FAULT_KEYS[key];
      if (!wire) {
        return Promise.reject(
          new TypeError(`setFaults: unknown option ${key} (known: ${Object.keys(FAULT_KEYS).join(", ")})`),
        );
      }
      if (value !== undefined) body[wire] = value;
    }
    return this.call("PUT", "faults", body);
  }
  clock() {
    return this.call("GET", "clock");
  }
  /** `mode`: "manual" or "system"; `now`: Unix milliseconds or "2026-01-15T00:00:00". */
  setClock(mode, now) {
    return this.call("PUT", "clock", dropUndefined({ mode, now }));
  }
  advanceClock(seconds) {
    return this.call("POST", "clock/advance", { millis: Math.round(seconds * 1000) });
  }
  /** Requests per page per second; `null` turns the limit off. */
  setRateLimit(perSecond) {
    if (perSecond === null || perSecond === undefined) return this.call("PUT", "rate_limit", { off: true });
    return this.call("PUT", "rate_limit", { requests: perSecond, per_seconds: 1 });
  }
  subscribeWebhook(url, { events, pageIds, timeoutMs } = {}) {
    return this.call("PUT", "webhooks", dropUndefined({ url, events, page_ids: pageIds, timeout_ms: timeoutMs }));
  }
  async webhooks() {
    return (await this.call("GET", "webhooks")).subscriptions;
  }
  async unsubscribeWebhooks(url) {
    return (await this.call("DELETE", "webhooks", undefined, url ? { url } : undefined)).removed;
  }
  async enableWebhooks(url) {
    return (await this.call("POST", "webhooks/enable", dropUndefined({ url }))).enabled;
  }
  /** Waits until every subscription attempted or discarded every queued event. */
  async webhooksSettled(timeoutMs = 10000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const subscriptions = await this.webhooks();
      const settled = subscriptions.every(
        (s) => s.pending === 0 && s.counters.attempts + s.counters.discarded === s.counters.queued,
      );
      if (settled) return;
      if (Date.now() > deadline) {
        throw new MockError(`webhooks not settled after ${timeoutMs} ms: ${JSON.stringify(subscriptions)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  simulateMessage(pageId, { text, conversationId, customerName, attachments } = {}) {
    return this.call(
      "POST",
      "simulate/message",
      dropUndefined({ page_id: pageId, text, conversation_id: conversationId, customer_name: customerName, attachments }),
    );
  }
  simulateComment(pageId, postId, text, { customerName } = {}) {
    return this.call(
      "POST",
      "simulate/comment",
      dropUndefined({ page_id: pageId, post_id: postId, text, customer_name: customerName }),
    );
  }
  simulatePost(pageId, { message, kind } = {}) {
    return this.call("POST", "simulate/post", dropUndefined({ page_id: pageId, message, type: kind }));
  }
  simulateConnectStatus(pageId, status) {
    return this.call("POST", "simulate/connect_status", { page_id: pageId, status });
  }
  simulateSubscription(pageIds, { userIds, duration, expiredAt } = {}) {
    return this.call(
      "POST",
      "simulate/subscription",
      dropUndefined({ page_ids: pageIds, user_ids: userIds, duration, expired_at: expiredAt }),
    );
  }
}

function rateLimitArgs(rateLimit) {
  if (rateLimit === undefined || rateLimit === true) return [];
  if (rateLimit === false || rateLimit === null) return ["--rate-limit", "off"];
  if (Number.isInteger(rateLimit) && rateLimit > 0) return ["--rate-limit", String(rateLimit)];
  throw new TypeError(`rateLimit: true (the spec's limit), false (off) or requests per second > 0, got ${rateLimit}`);
}

/**
 * Starts a mock on a free loopback port; resolves once it listens.
 * @param {import("./index").StartOptions} [options]
 * @returns {Promise<import("./index").Mock>}
 */
async function startMock(options = {}) {
  const { seed = 42, conversations = 150, rateLimit = true, manualClock = false, args = [], timeoutMs = 30000 } = options;
  const binary = binaryPath();
  const argv = [
    "--addr", "127.0.0.1:0",
    "--seed", String(seed),
    "--conversations", String(conversations),
    ...rateLimitArgs(rateLimit),
    ...(manualClock ? ["--manual-clock"] : []),
    ...args.map(String),
    "--ready-json", "--exit-on-stdin-close", "--exit-with-parent",
  ];
  const env = { ...process.env };
  delete env.PANCAKE_MOCK_ADDR;
  if (!env.RUST_LOG) env.RUST_LOG = "warn";
  const child = spawn(binary, argv, { stdio: ["pipe", "pipe", "pipe"], env, windowsHide: true });
  // The last 64 kB of its log, for the error when it does not start.
  let log = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk) => {
    log = (log + chunk).slice(-65536);
  });
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const ready = await new Promise((resolve, reject) => {
    let out = "";
    const fail = (why) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new MockError(`pancake-mock did not start (${argv.join(" ")}): ${log.trim() || why}`));
    };
    const timer = setTimeout(() => fail(`no ready line within ${timeoutMs} ms`), timeoutMs);
    child.once("error", (e) => fail(`cannot run ${binary}: ${e.message}`));
    const early = (code, signal) => fail(`it exited (${signal || code})`);
    child.once("exit", early);
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const end = out.indexOf("\n");
      if (end < 0) return;
      clearTimeout(timer);
      child.removeListener("exit", early);
      try {
        resolve(JSON.parse(out.slice(0, end)));
      } catch (e) {
        fail(`its first line is not JSON: ${out.slice(0, end)}`);
      }
    });
  });
  // A test run that forgets stop() still ends: nothing here keeps Node's event loop alive, and
  // the mock exits when Node's end closes its stdin.
  child.unref();
  child.stdin.unref?.();
  child.stdout.unref?.();
  child.stderr.unref?.();
  const admin = new Admin(ready.origin, ready.admin_token);
  const startClock = await admin.clock();
  let stopping = null;
  const mock = {
    pid: ready.pid,
    version: ready.version,
    baseUrl: ready.base_url,
    origin: ready.origin,
    specUrl: ready.spec_url,
    accessToken: ready.access_token,
    adminToken: ready.admin_token,
    pages: ready.pages.map((p) => ({
      id: p.id,
      name: p.name,
      platform: p.platform,
      pageAccessToken: p.page_access_token,
      conversations: p.conversations,
    })),
    admin,
    /** Back to how startMock() left it: base fixtures, no faults, the start's rate limit, no
     * webhook subscriptions, the start's clock mode (and, for a manual clock, its instant). */
    async reset() {
      await admin.reset();
      await admin.setFaults();
      await admin.call("PUT", "rate_limit", ready.rate_limit ?? { off: true });
      await admin.unsubscribeWebhooks();
      if (startClock.mode === "manual") await admin.setClock("manual", startClock.now_ms);
      else await admin.setClock("system");
    },
    /** Stops the mock; resolves once it has exited (killed if it has not 10 s after). */
    stop() {
      if (stopping) return stopping;
      stopping = (async () => {
        child.ref();
        if (child.exitCode === null && child.signalCode === null) {
          child.stdin.end();
          const timer = setTimeout(() => child.kill("SIGKILL"), 10000);
          await exited;
          clearTimeout(timer);
        }
        child.stdout.destroy();
        child.stderr.destroy();
      })();
      return stopping;
    },
  };
  if (Symbol.asyncDispose) mock[Symbol.asyncDispose] = mock.stop;
  return mock;
}

module.exports = { startMock, binaryPath, Admin, AdminError, MockError };
