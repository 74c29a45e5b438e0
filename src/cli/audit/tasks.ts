// The audit's units of work: one exported mail file, or one folder of a .pst. Each gives a
// partial AuditReport; the caller merges them in task order, in this thread or from workers.
import type { Policy } from "../core";
import { auditContext, auditFile, auditMessage, type AuditContext } from "./audit-file";
import { addAuditMail, addUnreadable, emptyAuditReport, type AuditReport } from "./report";
import { folderAt, folderMails, isPstFile, listPstFolders, openPst } from "../pst/read-pst";
import { walkInputs } from "../walk";
import type { UnreadableCode } from "../i18n";

export type AuditTask =
  | { kind: "file"; path: string }
  | { kind: "pst-folder"; pst: string; folder: number[]; name: string; count: number }
  | { kind: "unreadable"; path: string; code: UnreadableCode };

export interface TaskResult {
  report: AuditReport;
  /** Files or mails the task could not read, with the reason (path shown on stderr only). */
  unreadable: { path: string; code: UnreadableCode }[];
}

export interface TaskSettings {
  policy?: Policy;
  maxBytes: number;
}

/** Files under the inputs and the folders of every .pst among them, in a stable order. */
export async function planTasks(inputs: readonly string[]): Promise<AuditTask[]> {
  const tasks: AuditTask[] = [];
  for await (const item of walkInputs(inputs, { pst: true })) {
    if ("error" in item) tasks.push({ kind: "unreadable", path: item.path, code: item.error.code });
    else if (!isPstFile(item.path)) tasks.push({ kind: "file", path: item.path });
    else {
      let pst: ReturnType<typeof openPst> | undefined;
      try {
        pst = openPst(item.path);
        for (const f of listPstFolders(pst)) tasks.push({ kind: "pst-folder", pst: item.path, folder: f.path, name: f.name, count: f.count });
      } catch {
        tasks.push({ kind: "unreadable", path: item.path, code: "parse-failed" });
      } finally {
        pst?.close();
      }
    }
  }
  return tasks;
}

/** How many mails a task holds, for progress. */
export function taskSize(task: AuditTask): number {
  return task.kind === "pst-folder" ? task.count : 1;
}

/** A task whose thread died or threw: one unreadable entry, so it is counted and named, not lost. */
export function failedTask(task: AuditTask, settings: TaskSettings): TaskResult {
  const report = emptyAuditReport(settings.policy?.organization.name);
  addUnreadable(report);
  const path = task.kind === "pst-folder" ? `${task.pst} › ${task.name}` : task.path;
  return { report, unreadable: [{ path, code: "check-failed" }] };
}

export async function runTask(task: AuditTask, settings: TaskSettings, context: AuditContext = auditContext(settings.policy, settings.maxBytes), onMail?: () => void): Promise<TaskResult> {
  const report = emptyAuditReport(settings.policy?.organization.name);
  const unreadable: TaskResult["unreadable"] = [];
  const take = (outcome: Awaited<ReturnType<typeof auditFile>>, path: string) => {
    if ("mail" in outcome) addAuditMail(report, outcome.mail);
    else {
      addUnreadable(report);
      unreadable.push({ path, code: outcome.unreadable });
    }
    onMail?.();
  };
  if (task.kind === "unreadable") take({ unreadable: task.code }, task.path);
  else if (task.kind === "file") take(await auditFile(task.path, context), task.path);
  else {
    let pst: ReturnType<typeof openPst> | undefined;
    try {
      pst = openPst(task.pst);
      let n = 0;
      for (const { message, envelope } of folderMails(folderAt(pst, task.folder), context.readAttachments, settings.maxBytes)) {
        take(auditMessage(message, envelope, context), `${task.pst} › ${task.name} › ${++n}`);
      }
    } catch {
      take({ unreadable: "parse-failed" }, `${task.pst} › ${task.name}`);
    } finally {
      pst?.close();
    }
  }
  return { report, unreadable };
}
