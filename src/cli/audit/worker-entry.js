// Worker threads start from plain JavaScript. The parent hands over worker.ts bundled into one
// script (worker-bundle.ts); without one, register tsx (as bin/sendevagt.js does) and load the
// TypeScript. Either way the thread says "ready" once it can take tasks.
"use strict";
const { join } = require("node:path");
const { createRequire } = require("node:module");
const { compileFunction } = require("node:vm");
const { parentPort, workerData } = require("node:worker_threads");

if (typeof workerData.bundle === "string") {
  // Compiled as a CommonJS module that lives beside worker.ts, so its external packages resolve
  // from the project's node_modules.
  const filename = join(__dirname, "worker.bundle.js");
  const module = { exports: {} };
  const body = compileFunction(workerData.bundle, ["exports", "require", "module", "__filename", "__dirname"], { filename });
  body(module.exports, createRequire(filename), module, filename, __dirname);
} else {
  require("tsx/cjs/api").register();
  require("./worker.ts");
}
parentPort.postMessage({ ready: typeof workerData.bundle === "string" ? "bundle" : "tsx" });
