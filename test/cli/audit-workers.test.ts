// The audit's worker pool: the same report from this thread, one worker thread and two, and a
// thread that dies or fails costs exactly the task it was running — reported, never lost.
import { join } from "node:path";
import { chunksOf, runTasks, runTasksOnThreads } from "../../src/cli/audit/pool";
import { emptyAuditReport, mergeInto, sortBypass, type AuditReport } from "../../src/cli/audit/report";
import { planTasks, type AuditTask, type TaskResult } from "../../src/cli/audit/tasks";
import { parsePolicy } from "../../src/policy";
import { POLICY, seeded, sentMail, type SentClass } from "./helpers/sent-items";
import { tempTree } from "./helpers/tmp";

const CLASSES: SentClass[] = ["stamped", "confirmed", "digital-post", "phone-cpr", "phone-clean", "internal", "pane-only", "scanner-cpr-dp"];
const MISBEHAVING = join(__dirname, "helpers", "misbehaving-worker.js");

async function audit(tasks: AuditTask[], threads: number | "here", loaded: string[] = [], chunkMails?: number): Promise<{ report: AuditReport; unreadable: TaskResult["unreadable"]; order: number[] }> {
  const settings = { policy: parsePolicy(POLICY), maxBytes: 10 * 1024 * 1024 };
  const report = emptyAuditReport(settings.policy.organization.name);
  const unreadable: TaskResult["unreadable"] = [];
  const order: number[] = [];
  // `order` lists every task index as its result arrives, runs of tasks spelled out.
  const take = { result: (i: number, r: TaskResult, count: number) => (order.push(...Array.from({ length: count }, (_, k) => i + k)), mergeInto(report, r.report), unreadable.push(...r.unreadable)) };
  if (threads === "here") await runTasks(tasks, 1, settings, take);
  else await runTasksOnThreads(tasks, threads, settings, take, { started: (_ms, via) => loaded.push(via), chunkMails });
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
    for (const [threads, chunkMails] of [[1, undefined], [2, 1], [2, 4], [2, 7]] as const) {
      const loaded: string[] = [];
      const there = await audit(tasks, threads, loaded, chunkMails);
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

test("runs of tasks: consecutive, at most the given mails, a bigger PST folder on its own", () => {
  const file = (path: string): AuditTask => ({ kind: "file", path });
  const folder: AuditTask = { kind: "pst-folder", pst: "x.pst", folder: [1], name: "Sendt post", count: 9 };
  expect(chunksOf([file("a"), file("b"), file("c"), folder, file("d"), file("e")], 2)).toEqual([
    { first: 0, count: 2, mails: 2 },
    { first: 2, count: 1, mails: 1 },
    { first: 3, count: 1, mails: 9 },
    { first: 4, count: 2, mails: 2 },
  ]);
});

describe("a thread that dies or fails", () => {
  const task = (path: string): AuditTask => ({ kind: "file", path });
  const run = async (paths: string[], threads: number, chunkMails = 1, maxBytes = 1) => {
    const results: { index: number; result: TaskResult; count: number }[] = [];
    await runTasksOnThreads(paths.map(task), threads, { maxBytes }, { result: (index, result, count) => results.push({ index, result, count }) }, { script: MISBEHAVING, chunkMails });
    return results;
  };
  const paths = ["a", "b-exit", "c", "d", "e-throw", "f", "g-reject", "h", "i", "j"];

  test.each([1, 3])("costs only the task it was running (runs of %i): that one is reported unreadable, the others all arrive in order", async (chunkMails) => {
    const results = await run(paths, 2, chunkMails);
    // Every task exactly once, in order.
    expect(results.flatMap((r) => Array.from({ length: r.count }, (_, k) => r.index + k))).toEqual(paths.map((_, i) => i));
    const failed = results.flatMap((r) => r.result.unreadable);
    expect(failed).toEqual(["b-exit", "e-throw", "g-reject"].map((path) => ({ path, code: "check-failed" })));
    const markers = results.flatMap((r) => (r.result.report as unknown as { markers?: string[] }).markers ?? []);
    expect(markers).toEqual(["a", "c", "d", "f", "h", "i", "j"]);
  });

  test("one thread that dies on every other task still gets through the whole list", async () => {
    const results = await run(["1-exit", "2", "3-exit", "4", "5-exit"], 1);
    expect(results.map((r) => r.result.unreadable.length)).toEqual([1, 0, 1, 0, 1]);
  });

  test("a thread that cannot start fails the run with a message instead of reporting nothing", async () => {
    await expect(run(["a", "b"], 2, 1, 0)).rejects.toThrow(/worker thread could not start/);
  });
});
