// A worker thread of `sendevagt audit --workers N`: runs the tasks it is sent and posts each
// task's partial report back. Only audit records cross the thread boundary, never a mail.
import { parentPort, workerData } from "node:worker_threads";
import { auditContext } from "./audit-file";
import { runTask, type AuditTask, type TaskSettings } from "./tasks";

const settings = workerData as TaskSettings;
const context = auditContext(settings.policy, settings.maxBytes);

parentPort?.on("message", (message: { id: number; task: AuditTask }) => {
  let mails = 0;
  const tick = () => {
    // Progress in batches: one message per mail would cost more than the mail.
    if (++mails % 50 === 0) parentPort?.postMessage({ id: message.id, progress: 50 });
  };
  runTask(message.task, settings, context, tick).then(
    (result) => parentPort?.postMessage({ id: message.id, result, progress: mails % 50 }),
    (error: unknown) => parentPort?.postMessage({ id: message.id, error: String((error as Error)?.message ?? error) }),
  );
});
