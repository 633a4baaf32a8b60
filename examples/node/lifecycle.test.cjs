// CommonJS too: a mock of its own settings, the manual clock, stop(), and no mock left behind by a
// killed Node process.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const { spawn } = require("node:child_process");
const { once } = require("node:events");
const { startMock } = require("pancake-mock");

// True while `pid` runs (a zombie waiting for a reaper counts as gone).
function alive(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(")").at(-1).trim()[0] !== "Z";
  } catch {
    return false;
  }
}

test("a mock of its own settings, with a manual clock", async () => {
  const mock = await startMock({ seed: 7, conversations: 12, rateLimit: false, manualClock: true });
  try {
    assert.equal(mock.pages[0].conversations, 12);
    const before = (await mock.admin.clock()).now_ms;
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal((await mock.admin.clock()).now_ms, before, "a manual clock stands still");
    assert.equal((await mock.admin.advanceClock(60)).now_ms, before + 60000);
  } finally {
    await mock.stop();
  }
  assert.ok(!alive(mock.pid), "stop() resolves once the process has exited");
});

test("a killed Node process leaves no mock", { skip: !fs.existsSync("/proc") && "reads /proc" }, async () => {
  const script = `require("pancake-mock").startMock().then((m) => console.log(m.pid)); setInterval(() => {}, 1000);`;
  const parent = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const [line] = await once(parent.stdout, "data");
  const pid = Number(String(line).trim());
  assert.ok(alive(pid));
  parent.kill("SIGKILL");
  await once(parent, "exit");
  const deadline = Date.now() + 5000;
  while (alive(pid)) {
    assert.ok(Date.now() < deadline, `the mock ${pid} outlived its killed parent`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
});
