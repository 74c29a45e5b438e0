// Runs audit tasks on N worker threads (or in this thread when N is 1) and hands each result to
// the caller in task order, whatever order the workers finish in, so the merged report is the
// same as a single-threaded run. Threads live for the whole run and are fed from one queue, so
// start-up is paid once per thread; a thread that dies costs the task it was running (reported
// as unreadable, never dropped), and a fresh thread takes over the rest.
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { auditContext } from "./audit-file";
import { failedTask, runTask, taskSize, type AuditTask, type TaskResult, type TaskSettings } from "./tasks";
import { workerBundle } from "./worker-bundle";

export interface PoolCallbacks {
  /** Called in task order. */
  result(index: number, result: TaskResult): void;
  /** Mails done, as they finish (any order). */
  progress?(mails: number): void;
}

export interface PoolOptions {
  /** The thread's script; tests swap in one that misbehaves. Default: worker-entry.js. */
  script?: string;
  /** Once per thread when it can take tasks: milliseconds since it was created, and how it loaded. */
  started?(ms: number, via: string): void;
}

// Tasks a thread holds at once: the next one waits in the thread, so it never idles while its
// result travels to this thread and the next task back. Only small tasks are sent ahead; a big
// PST folder queued behind another could leave the other thread idle at the end.
const AHEAD = 3;
const SMALL = 5;

export async function runTasks(tasks: readonly AuditTask[], workers: number, settings: TaskSettings, callbacks: PoolCallbacks): Promise<void> {
  if (workers <= 1) {
    const context = auditContext(settings.policy, settings.maxBytes);
    for (let i = 0; i < tasks.length; i++) callbacks.result(i, await runTask(tasks[i] as AuditTask, settings, context, () => callbacks.progress?.(1)));
    return;
  }
  await runTasksOnThreads(tasks, workers, settings, callbacks);
}

/** The same on `workers` threads even when that is 1 (the benchmark compares like with like). */
export async function runTasksOnThreads(
  tasks: readonly AuditTask[],
  workers: number,
  settings: TaskSettings,
  callbacks: PoolCallbacks,
  options: PoolOptions = {},
): Promise<void> {
  if (tasks.length === 0) return;
  const bundle = options.script ? undefined : await workerBundle();
  const script = options.script ?? join(__dirname, "worker-entry.js");
  const done = new Map<number, TaskResult>();
  let delivered = 0;
  const deliver = (id: number, result: TaskResult) => {
    done.set(id, result);
    while (done.has(delivered)) {
      callbacks.result(delivered, done.get(delivered) as TaskResult);
      done.delete(delivered++);
    }
  };
  const queue = tasks.map((_, i) => i);
  const live = new Set<Worker>();
  try {
    await new Promise<void>((resolve, reject) => {
      const thread = (): void => {
        // No inherited flags: under `tsx` they would load its loader into every thread again.
        const worker = new Worker(script, { workerData: { settings, bundle }, execArgv: [] });
        live.add(worker);
        runThread(worker, { tasks, queue, settings, callbacks, options }, {
          deliver,
          finished: () => void (live.delete(worker), worker.terminate(), live.size === 0 && resolve()),
          died: (error) => {
            live.delete(worker);
            if (error) reject(error);
            else if (queue.length > 0) thread();
            else if (live.size === 0) resolve();
          },
        });
      };
      for (let i = 0; i < Math.min(workers, tasks.length); i++) thread();
    });
  } finally {
    await Promise.all([...live].map((worker) => worker.terminate()));
  }
}

interface ThreadJob {
  tasks: readonly AuditTask[];
  /** Task ids not yet sent to a thread, shared by all threads. */
  queue: number[];
  settings: TaskSettings;
  callbacks: PoolCallbacks;
  options: PoolOptions;
}

interface ThreadEvents {
  deliver(id: number, result: TaskResult): void;
  /** The queue is empty and this thread has nothing left. */
  finished(): void;
  /** The thread ended on its own; error when it never got as far as taking a task. */
  died(error?: Error): void;
}

function runThread(worker: Worker, job: ThreadJob, events: ThreadEvents): void {
  const created = performance.now();
  const held: number[] = [];
  let ready = false;
  let over = false;
  let lastError: Error | undefined;
  const feed = () => {
    while (job.queue.length > 0 && (held.length === 0 || (held.length < AHEAD && taskSize(job.tasks[job.queue[0] as number] as AuditTask) <= SMALL))) {
      const id = job.queue.shift() as number;
      held.push(id);
      worker.postMessage({ id, task: job.tasks[id] });
    }
    if (held.length === 0 && !over) {
      over = true;
      events.finished();
    }
  };
  worker.on("message", (m: { ready?: string; id: number; result?: TaskResult; progress?: number; error?: string }) => {
    if (m.ready !== undefined) {
      ready = true;
      job.options.started?.(performance.now() - created, m.ready);
      return feed();
    }
    if (m.progress) job.callbacks.progress?.(m.progress);
    if (m.result === undefined && m.error === undefined) return;
    held.splice(held.indexOf(m.id), 1);
    events.deliver(m.id, m.result ?? failedTask(job.tasks[m.id] as AuditTask, job.settings));
    feed();
  });
  worker.on("error", (error) => (lastError = error));
  worker.on("exit", () => {
    if (over) return;
    over = true;
    if (!ready) return events.died(new Error(`worker thread could not start${lastError ? `: ${lastError.message}` : ""}`));
    // The thread runs its tasks in order: the first one it holds is the one it died on; the
    // ones waiting behind it go back to the front of the queue for the next thread.
    const [lost, ...waiting] = held;
    job.queue.unshift(...waiting);
    if (lost !== undefined) events.deliver(lost, failedTask(job.tasks[lost] as AuditTask, job.settings));
    events.died();
  });
}
