// A worker thread of `sendevagt audit --workers N`: runs the runs of tasks it is sent, one after
// the other in the order they came, and posts each run's merged partial report back. Only audit
// records cross the thread boundary, never a mail.
import { parentPort, workerData } from "node:worker_threads";
import { auditContext } from "./audit-file";
import { emptyAuditReport, mergeInto } from "./report";
import { failedTask, runTask, type AuditTask, type TaskResult, type TaskSettings } from "./tasks";

const settings = (workerData as { settings: TaskSettings }).settings;
const context = auditContext(settings.policy, settings.maxBytes);
// One run at a time even when the parent sends the next one early (so the thread never waits
// for it): a crash is then the first unfinished run's, and memory holds one task's mails.
let queue: Promise<void> = Promise.resolve();

async function runChunk(message: { id: number; tasks: AuditTask[] }): Promise<void> {
  let mails = 0;
  const tick = () => {
    // Progress in batches: one message per mail would cost more than the mail.
    if (++mails % 50 === 0) parentPort?.postMessage({ id: message.id, progress: 50 });
  };
  const results: TaskResult[] = [];
  for (const task of message.tasks) {
    try {
      results.push(await runTask(task, settings, context, tick));
    } catch {
      results.push(failedTask(task, settings));
    }
  }
  parentPort?.postMessage({ id: message.id, result: mergeResults(results), progress: mails % 50 });
}

/** The results of consecutive tasks as one, merged in task order (what the parent would do). */
function mergeResults(results: TaskResult[]): TaskResult {
  if (results.length === 1) return results[0] as TaskResult;
  const report = emptyAuditReport(settings.policy?.organization.name);
  for (const result of results) mergeInto(report, result.report);
  return { report, unreadable: results.flatMap((result) => result.unreadable) };
}

parentPort?.on("message", (message: { id: number; tasks: AuditTask[] }) => {
  queue = queue.then(() => runChunk(message));
});
