// The audit's worker pool: the same report from this thread, one worker thread and two, and a
// thread that dies or fails costs exactly the task it was running — reported, never lost.
import { join } from "node:path";
import { runTasks, runTasksOnThreads } from "../../src/cli/audit/pool";
import { emptyAuditReport, mergeInto, sortBypass, type AuditReport } from "../../src/cli/audit/report";
import { planTasks, type AuditTask, type TaskResult } from "../../src/cli/audit/tasks";
import { parsePolicy } from "../../src/policy";
import { POLICY, seeded, sentMail, type SentClass } from "./helpers/sent-items";
import { tempTree } from "./helpers/tmp";

const CLASSES: SentClass[] = ["stamped", "confirmed", "digital-post", "phone-cpr", "phone-clean", "internal", "pane-only", "scanner-cpr-dp"];
const MISBEHAVING = join(__dirname, "helpers", "misbehaving-worker.js");

async function audit(tasks: AuditTask[], threads: number | "here", loaded: string[] = []): Promise<{ report: AuditReport; unreadable: TaskResult["unreadable"]; order: number[] }> {
  const settings = { policy: parsePolicy(POLICY), maxBytes: 10 * 1024 * 1024 };
  const report = emptyAuditReport(settings.policy.organization.name);
  const unreadable: TaskResult["unreadable"] = [];
  const order: number[] = [];
  const take = { result: (i: number, r: TaskResult) => (order.push(i), mergeInto(report, r.report), unreadable.push(...r.unreadable)) };
  if (threads === "here") await runTasks(tasks, 1, settings, take);
  else await runTasksOnThreads(tasks, threads, settings, take, { started: (_ms, via) => loaded.push(via) });
  sortBypass(report);
  return { report, unreadable, order };
}

test("one and two worker threads give the report this thread gives, unreadable files included", async () => {
  const random = seeded(7);
  const files: Record<string, string> = { "sent/000-broken.msg": "not an Outlook message", "sent/001-empty.eml": "" };
  for (let i = 2; i < 30; i++) files[`sent/${String(i).padStart(3, "0")}.eml`] = sentMail(CLASSES[i % CLASSES.length] as SentClass, i, random).eml;
  const tree = tempTree(files);
  try {
    const tasks = await planTasks([tree.path("sent")]);
    const here = await audit(tasks, "here");
    expect(here.report.total.mails).toBe(28);
    expect(here.report.unreadable).toBe(2);
    expect(here.unreadable.map((u) => u.path)).toEqual([tree.path("sent/000-broken.msg"), tree.path("sent/001-empty.eml")]);
    for (const threads of [1, 2]) {
      const loaded: string[] = [];
      const there = await audit(tasks, threads, loaded);
      // The threads ran the bundled code, not a TypeScript compiler of their own.
      expect(loaded).toEqual(Array(threads).fill("bundle"));
      expect(there.report).toEqual(here.report);
      expect(there.unreadable).toEqual(here.unreadable);
      expect(there.order).toEqual(tasks.map((_, i) => i));
    }
  } finally {
    tree.cleanup();
  }
}, 60_000);

describe("a thread that dies or fails", () => {
  const task = (path: string): AuditTask => ({ kind: "file", path });
  const run = async (paths: string[], threads: number, maxBytes = 1) => {
    const results: { index: number; result: TaskResult }[] = [];
    await runTasksOnThreads(paths.map(task), threads, { maxBytes }, { result: (index, result) => results.push({ index, result }) }, { script: MISBEHAVING });
    return results;
  };

  test("costs only the task it was running: that one is reported unreadable, the others all arrive in order", async () => {
    const paths = ["a", "b-exit", "c", "d", "e-throw", "f", "g-reject", "h", "i", "j"];
    const results = await run(paths, 2);
    expect(results.map((r) => r.index)).toEqual(paths.map((_, i) => i));
    for (const { index, result } of results) {
      const path = paths[index] as string;
      if (/exit|throw|reject/.test(path)) {
        expect(result.unreadable).toEqual([{ path, code: "check-failed" }]);
        expect(result.report.unreadable).toBe(1);
      } else expect(result).toEqual({ report: { marker: path }, unreadable: [] });
    }
  });

  test("one thread that dies on every other task still gets through the whole list", async () => {
    const paths = ["1-exit", "2", "3-exit", "4", "5-exit"];
    const results = await run(paths, 1);
    expect(results.map((r) => r.result.unreadable.length)).toEqual([1, 0, 1, 0, 1]);
  });

  test("a thread that cannot start fails the run with a message instead of reporting nothing", async () => {
    await expect(run(["a", "b"], 2, 0)).rejects.toThrow(/worker thread could not start/);
  });
});
