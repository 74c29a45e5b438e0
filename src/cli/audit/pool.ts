// Runs audit tasks on N worker threads (or in this thread when N is 1) and hands the results to
// the caller in task order, whatever order the workers finish in, so the merged report is the
// same as a single-threaded run. Threads live for the whole run and are fed from one queue, so
// start-up is paid once per thread. A file takes well under a millisecond to audit, less than
// sending its partial report between threads, so a thread is sent runs of consecutive small
// tasks and merges their reports itself (in order: the merge only adds) before sending one back.
// A thread that dies costs the task it was running (reported unreadable, never dropped); a
// fresh thread takes over the rest.
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { auditContext } from "./audit-file";
import { failedTask, runTask, taskSize, type AuditTask, type TaskResult, type TaskSettings } from "./tasks";
import { workerBundle } from "./worker-bundle";

export interface PoolCallbacks {
  /** Called in task order: the merged result of `count` consecutive tasks from `index` on. */
  result(index: number, result: TaskResult, count: number): void;
  /** Mails done, as they finish (any order). */
  progress?(mails: number): void;
}

export interface PoolOptions {
  /** The thread's script; tests swap in one that misbehaves. Default: worker-entry.js. */
  script?: string;
  /** Once per thread when it can take tasks: milliseconds since it was created, and how it loaded. */
  started?(ms: number, via: string): void;
  /** Mails per run of tasks sent at once; default: enough runs for each thread to get about 8. */
  chunkMails?: number;
}

/** Consecutive tasks sent to a thread at once. */
export interface Chunk {
  first: number;
  count: number;
  mails: number;
}

// Runs a thread holds at once: the next one waits in the thread, so it never idles while a
// result travels back and the next run comes. A big PST folder is never sent ahead: queued behind
// another, it could leave the other thread idle at the end.
const AHEAD = 2;
const MAX_CHUNK_MAILS = 64;

export async function runTasks(tasks: readonly AuditTask[], workers: number, settings: TaskSettings, callbacks: PoolCallbacks): Promise<void> {
  if (workers <= 1) {
    const context = auditContext(settings.policy, settings.maxBytes);
    for (let i = 0; i < tasks.length; i++) callbacks.result(i, await runTask(tasks[i] as AuditTask, settings, context, () => callbacks.progress?.(1)), 1);
    return;
  }
  await runTasksOnThreads(tasks, workers, settings, callbacks);
}

/** Runs of consecutive tasks of at most `maxMails` mails (a bigger task is a run of its own). */
export function chunksOf(tasks: readonly AuditTask[], maxMails: number): Chunk[] {
  const chunks: Chunk[] = [];
  tasks.forEach((task, i) => {
    const mails = taskSize(task);
    const last = chunks[chunks.length - 1];
    if (last && last.mails + mails <= maxMails) {
      last.count++;
      last.mails += mails;
    } else chunks.push({ first: i, count: 1, mails });
  });
  return chunks;
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
  const totalMails = tasks.reduce((sum, task) => sum + taskSize(task), 0);
  const chunkMails = options.chunkMails ?? Math.max(1, Math.min(MAX_CHUNK_MAILS, Math.floor(totalMails / (workers * 8))));
  const done = new Map<number, { result: TaskResult; count: number }>();
  let delivered = 0;
  const deliver = (first: number, result: TaskResult, count: number) => {
    done.set(first, { result, count });
    for (let next = done.get(delivered); next; next = done.get(delivered)) {
      done.delete(delivered);
      callbacks.result(delivered, next.result, next.count);
      delivered += next.count;
    }
  };
  const job: ThreadJob = { tasks, queue: chunksOf(tasks, chunkMails), chunkMails, settings, callbacks, options, deliver };
  const live = new Set<Worker>();
  try {
    await new Promise<void>((resolve, reject) => {
      const thread = (): void => {
        // No inherited flags: under `tsx` they would load its loader into every thread again.
        const worker = new Worker(script, { workerData: { settings, bundle }, execArgv: [] });
        live.add(worker);
        runThread(worker, job, {
          finished: () => void (live.delete(worker), worker.terminate(), live.size === 0 && resolve()),
          died: (error) => {
            live.delete(worker);
            if (error) reject(error);
            else if (job.queue.length > 0) thread();
            else if (live.size === 0) resolve();
          },
        });
      };
      for (let i = 0; i < Math.min(workers, job.queue.length); i++) thread();
    });
  } finally {
    await Promise.all([...live].map((worker) => worker.terminate()));
  }
}

interface ThreadJob {
  tasks: readonly AuditTask[];
  /** Runs not yet sent to a thread, shared by all threads. */
  queue: Chunk[];
  chunkMails: number;
  settings: TaskSettings;
  callbacks: PoolCallbacks;
  options: PoolOptions;
  deliver(first: number, result: TaskResult, count: number): void;
}

interface ThreadEvents {
  /** The queue is empty and this thread has nothing left. */
  finished(): void;
  /** The thread ended on its own; error when it never got as far as taking a task. */
  died(error?: Error): void;
}

function runThread(worker: Worker, job: ThreadJob, events: ThreadEvents): void {
  const created = performance.now();
  const held: Chunk[] = [];
  let ready = false;
  let over = false;
  let lastError: Error | undefined;
  const feed = () => {
    while (job.queue.length > 0 && (held.length === 0 || (held.length < AHEAD && (job.queue[0] as Chunk).mails <= job.chunkMails))) {
      const chunk = job.queue.shift() as Chunk;
      held.push(chunk);
      worker.postMessage({ id: chunk.first, tasks: job.tasks.slice(chunk.first, chunk.first + chunk.count) });
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
    const chunk = held.splice(held.findIndex((c) => c.first === m.id), 1)[0] as Chunk;
    if (m.result) job.deliver(chunk.first, m.result, chunk.count);
    else lose(job, chunk);
    feed();
  });
  worker.on("error", (error) => (lastError = error));
  worker.on("exit", () => {
    if (over) return;
    over = true;
    if (!ready) return events.died(new Error(`worker thread could not start${lastError ? `: ${lastError.message}` : ""}`));
    // The thread runs its runs in order: the first one it holds is the one it died on; the ones
    // waiting behind it go back to the front of the queue for the next thread.
    const [lost, ...waiting] = held;
    job.queue.unshift(...waiting);
    if (lost) lose(job, lost);
    events.died();
  });
}

/** A run that failed: one task is reported unreadable; a longer run is retried task by task, so
 * only the task that fails again is lost. */
function lose(job: ThreadJob, chunk: Chunk): void {
  if (chunk.count === 1) return job.deliver(chunk.first, failedTask(job.tasks[chunk.first] as AuditTask, job.settings), 1);
  const singles = Array.from({ length: chunk.count }, (_, k) => ({ first: chunk.first + k, count: 1, mails: taskSize(job.tasks[chunk.first + k] as AuditTask) }));
  job.queue.unshift(...singles);
}
