// `sendevagt audit` and `sendevagt merge`: the DPO's evidence from exported Sent Items. The scan
// keeps only audit records (domains, dates, stamp fields, masked numbers), never the mail.
import { readFile, writeFile } from "node:fs/promises";
import type { Policy } from "./core";
import { maskCpr } from "./core";
import { runTasks } from "./audit/pool";
import { createRateProgress } from "./audit/rate-progress";
import { planTasks, taskSize } from "./audit/tasks";
import { renderAuditHtml, renderAuditText } from "./audit/render";
import { emptyAuditReport, isAuditReport, mergeAuditReports, mergeInto, sortBypass, type AuditReport } from "./audit/report";
import { auditView } from "./audit/view";
import type { CommonOptions } from "./args";
import type { CliTexts } from "./i18n";
import { auditTexts } from "./i18n/audit-texts";
import { EXIT, type CliIo } from "./io";
import { maskDigits } from "./mask";
import { detailOf } from "./unreadable";

export interface AuditRun {
  paths: string[];
  policy?: Policy;
  htmlPath?: string;
  json: boolean;
  /** Worker threads; 1 runs in this thread. */
  workers?: number;
}

export async function runAudit(run: AuditRun, options: CommonOptions, texts: CliTexts, io: CliIo): Promise<number> {
  const tasks = await planTasks(run.paths);
  const progress = createRateProgress(io.stderr, tasks.reduce((sum, task) => sum + taskSize(task), 0), auditTexts(options.language));
  const report = emptyAuditReport(run.policy?.organization.name);
  await runTasks(tasks, run.workers ?? 1, { policy: run.policy, maxBytes: options.maxBytes }, {
    result(_index, result) {
      mergeInto(report, result.report);
      for (const bad of result.unreadable) io.stderr.write(`${texts.unreadableLine(maskDigits(bad.path), texts.unreadable[bad.code])}\n`);
    },
    progress: (mails) => progress.add(mails),
  });
  progress.done();
  sortBypass(report);
  return writeAudit(report, run, options, texts, io);
}

export async function runMerge(run: { paths: string[]; htmlPath?: string; json: boolean }, options: CommonOptions, texts: CliTexts, io: CliIo): Promise<number> {
  const t = auditTexts(options.language);
  const parts: AuditReport[] = [];
  for (const path of run.paths) {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(path, "utf8"));
    } catch {
      value = undefined;
    }
    if (!isAuditReport(value)) {
      io.stderr.write(`${t.mergeNotReport(maskDigits(path))}\n`);
      return EXIT.usageOrUnreadable;
    }
    parts.push(scrub(value));
  }
  return writeAudit(mergeAuditReports(parts), { json: run.json, htmlPath: run.htmlPath }, options, texts, io);
}

/** A partial file is input like any other: re-mask numbers and drop digits from free text. */
function scrub(report: AuditReport): AuditReport {
  const tally = (t: Record<string, number>) =>
    Object.fromEntries(Object.entries(t).filter(([, v]) => Number.isFinite(v)).map(([k, v]) => [maskDigits(String(k)), Number(v)]));
  return {
    ...report,
    otherTexts: tally(report.otherTexts ?? {}),
    unstampedClients: tally(report.unstampedClients ?? {}),
    reasons: tally(report.reasons ?? {}),
    bypass: report.bypass.map((b) => ({
      ...b,
      cprs: (Array.isArray(b.cprs) ? b.cprs : []).map((c) => maskCpr(String(c))),
      recipientDomains: (Array.isArray(b.recipientDomains) ? b.recipientDomains : []).map((d) => maskDigits(String(d))),
      ...(b.client ? { client: maskDigits(String(b.client)) } : {}),
    })),
  };
}

async function writeAudit(
  report: AuditReport,
  run: { json: boolean; htmlPath?: string },
  options: CommonOptions,
  texts: CliTexts,
  io: CliIo,
): Promise<number> {
  const t = auditTexts(options.language);
  const generated = (io.now?.() ?? new Date()).toISOString().slice(0, 10);
  const view = auditView(report, t, options.language, generated, texts.rules);
  io.stdout.write(run.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderAuditText(view)}\n`);
  if (run.htmlPath !== undefined) {
    try {
      await writeFile(run.htmlPath, renderAuditHtml(view, options.language), "utf8");
    } catch (error) {
      io.stderr.write(`${run.htmlPath}: ${detailOf(error) ?? ""}\n`);
      return EXIT.usageOrUnreadable;
    }
    io.stderr.write(`${t.htmlWritten(run.htmlPath)}\n`);
  }
  return EXIT.ok;
}
