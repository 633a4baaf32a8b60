#!/usr/bin/env node
// `pancake-mock` on the command line: runs the platform package's binary with the same
// arguments, standard streams and exit status.
"use strict";
const { spawnSync } = require("node:child_process");
const { binaryPath } = require("../index.cjs");

let binary;
try {
  binary = binaryPath();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
const run = spawnSync(binary, process.argv.slice(2), { stdio: "inherit" });
if (run.error) {
  console.error(`cannot run ${binary}: ${run.error.message}`);
  process.exit(1);
}
if (run.signal) process.kill(process.pid, run.signal);
process.exit(run.status ?? 1);
