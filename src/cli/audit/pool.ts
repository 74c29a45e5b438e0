// Runs audit tasks on N worker threads (or in this thread when N is 1) and hands each result to
// the caller in task order, whatever order the workers finish in, so the merged report is the
// same as a single-threaded run.
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { auditContext } from "./audit-file";
import { runTask, type AuditTask, type TaskResult, type TaskSettings } from "./tasks";

export interface PoolCallbacks {
  /** Called in task order. */
  result(index: number, result: TaskResult): void;
  /** Mails done, as they finish (any order). */
  progress?(mails: number): void;
}

export async function runTasks(tasks: readonly AuditTask[], workers: number, settings: TaskSettings, callbacks: PoolCallbacks): Promise<void> {
  if (workers <= 1) {
    const context = auditContext(settings.policy, settings.maxBytes);
    for (let i = 0; i < tasks.length; i++) callbacks.result(i, await runTask(tasks[i] as AuditTask, settings, context, () => callbacks.progress?.(1)));
    return;
  }
  await runTasksOnThreads(tasks, workers, settings, callbacks);
}

/** The same on `workers` threads even when that is 1 (the benchmark compares like with like). */
export async function runTasksOnThreads(tasks: readonly AuditTask[], workers: number, settings: TaskSettings, callbacks: PoolCallbacks): Promise<void> {
  const done = new Map<number, TaskResult>();
  let next = 0;
  let delivered = 0;
  const deliver = () => {
    while (done.has(delivered)) {
      callbacks.result(delivered, done.get(delivered) as TaskResult);
      done.delete(delivered++);
    }
  };
  const threads = Array.from({ length: Math.min(workers, Math.max(1, tasks.length)) }, () => new Worker(join(__dirname, "worker-entry.js"), { workerData: settings }));
  try {
    await Promise.all(
      threads.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= tasks.length) return resolve();
              const id = next++;
              worker.postMessage({ id, task: tasks[id] });
            };
            worker.on("message", (m: { id: number; result?: TaskResult; progress?: number; error?: string }) => {
              if (m.progress) callbacks.progress?.(m.progress);
              if (m.error !== undefined) return reject(new Error(m.error));
              if (m.result) {
                done.set(m.id, m.result);
                deliver();
                feed();
              }
            });
            worker.on("error", reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((worker) => worker.terminate()));
  }
}
