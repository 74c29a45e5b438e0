// A stand-in for worker-entry.js that follows the pool's protocol but misbehaves on cue, so the
// pool's handling of a dying thread can be tested: a run holding a task whose path contains
// "exit" ends the thread, "throw" throws outside any handler, "reject" answers with an error;
// any other run answers with a marker report naming its paths. With workerData.settings.maxBytes
// === 0 the thread dies before it is ready.
"use strict";
const { parentPort, workerData } = require("node:worker_threads");

if (workerData.settings.maxBytes === 0) process.exit(7);
parentPort.on("message", ({ id, tasks }) => {
  const paths = tasks.map((task) => task.path);
  if (paths.some((p) => p.includes("exit"))) process.exit(3);
  if (paths.some((p) => p.includes("throw"))) setImmediate(() => { throw new Error("boom"); });
  else if (paths.some((p) => p.includes("reject"))) parentPort.postMessage({ id, error: "rejected" });
  else parentPort.postMessage({ id, result: { report: { markers: paths }, unreadable: [] }, progress: paths.length });
});
parentPort.postMessage({ ready: "test" });
