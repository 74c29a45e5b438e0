// A stand-in for worker-entry.js that follows the pool's protocol but misbehaves on cue, so the
// pool's handling of a dying thread can be tested: a task whose path contains "exit" ends the
// thread, "throw" throws outside any handler, "reject" answers with an error; any other task
// answers with a marker report naming its path. With workerData.settings.maxBytes === 0 the
// thread dies before it is ready.
"use strict";
const { parentPort, workerData } = require("node:worker_threads");

if (workerData.settings.maxBytes === 0) process.exit(7);
parentPort.on("message", ({ id, task }) => {
  if (task.path.includes("exit")) process.exit(3);
  if (task.path.includes("throw")) setImmediate(() => { throw new Error("boom"); });
  else if (task.path.includes("reject")) parentPort.postMessage({ id, error: "rejected" });
  else parentPort.postMessage({ id, result: { report: { marker: task.path }, unreadable: [] }, progress: 1 });
});
parentPort.postMessage({ ready: "test" });
