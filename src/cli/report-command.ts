// `sendevagt report`: the pilot report over a folder of exported mails. Only counts leave the
// scan loop (summarizeVerdict), so nothing in the output can reveal a CPR number or content.
import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import type { Policy } from "./core";
import type { CommonOptions } from "./args";
import type { CliTexts } from "./i18n";
import { EXIT, type CliIo } from "./io";
import { maskDigits } from "./mask";
import { createProgress, writeControl } from "./progress";
import { ReportBuilder } from "./report";
import { renderReportHtml } from "./report-html";
import { formatReportText } from "./report-text";
import { scanMails } from "./scan";
import { summarizeVerdict } from "./summary";
import { detailOf } from "./unreadable";
import { countInputs } from "./walk";

export interface ReportRun {
  paths: string[];
  policy?: Policy;
  htmlPath?: string;
  json: boolean;
}

export async function runReport(run: ReportRun, options: CommonOptions, texts: CliTexts, io: CliIo): Promise<number> {
  const builder = new ReportBuilder(run.policy?.digitalPost !== undefined, {
    organization: run.policy?.organization.name,
    policyVersion: run.policy?.version,
  });
  const progress = io.stderr.isTTY ? createProgress(io.stderr, await countInputs(run.paths), texts) : undefined;
  await scanMails(
    run.paths,
    { pst: true, policy: run.policy, maxBytes: options.maxBytes, salt: io.salt ?? randomBytes(16).toString("hex"), readAttachments: io.readAttachments, progress },
    {
      mail(_path, verdict, policy, sent) {
        builder.addMail(summarizeVerdict(verdict, policy), sent);
      },
      unreadable(path, error) {
        builder.addUnreadable(error.code);
        // The file name goes to the admin's terminal only, never into the report.
        if (progress) writeControl(io.stderr, "\r\u001b[2K");
        io.stderr.write(`${texts.unreadableLine(maskDigits(path), texts.unreadable[error.code])}\n`);
      },
    },
  );
  progress?.done();
  const report = builder.build();
  const policyFromFile = run.policy !== undefined;

  io.stdout.write(run.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReportText(report, texts, options.language, policyFromFile)}\n`);
  if (run.htmlPath !== undefined) {
    const generated = (io.now?.() ?? new Date()).toISOString().slice(0, 10);
    const html = renderReportHtml(report, texts, { language: options.language, policyFromFile, generated });
    try {
      await writeFile(run.htmlPath, html, "utf8");
    } catch (error) {
      io.stderr.write(`${texts.errors.htmlNotWritten(run.htmlPath, detailOf(error) ?? "")}\n`);
      return EXIT.usageOrUnreadable;
    }
    io.stderr.write(`${texts.report.htmlWritten(run.htmlPath)}\n`);
  }
  return EXIT.ok;
}
