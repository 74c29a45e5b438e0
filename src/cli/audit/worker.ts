// A worker thread of `sendevagt audit --workers N`: runs the tasks it is sent, one after the
// other in the order they came, and posts each task's partial report back. Only audit records
// cross the thread boundary, never a mail.
import { parentPort, workerData } from "node:worker_threads";
import { auditContext } from "./audit-file";
import { runTask, type AuditTask, type TaskSettings } from "./tasks";

const settings = (workerData as { settings: TaskSettings }).settings;
const context = auditContext(settings.policy, settings.maxBytes);
// One task at a time even when the parent sends the next one early (so the thread never waits
// for it): a crash is then the first unfinished task's, and memory holds one task's mails.
let queue: Promise<void> = Promise.resolve();

async function runOne(message: { id: number; task: AuditTask }): Promise<void> {
  let mails = 0;
  const tick = () => {
    // Progress in batches: one message per mail would cost more than the mail.
    if (++mails % 50 === 0) parentPort?.postMessage({ id: message.id, progress: 50 });
  };
  try {
    const result = await runTask(message.task, settings, context, tick);
    parentPort?.postMessage({ id: message.id, result, progress: mails % 50 });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: String((error as Error)?.message ?? error), progress: mails % 50 });
  }
}

parentPort?.on("message", (message: { id: number; task: AuditTask }) => {
  queue = queue.then(() => runOne(message));
});
