// `sendevagt backstop`: the server-side rules IT applies in Exchange Online, from the same
// policy the add-in uses. The script goes to stdout (or --out); what it will do goes to stderr.
import { writeFile } from "node:fs/promises";
import type { Policy } from "./core";
import { DEFAULT_EXEMPT_DATES } from "../detection";
import { renderDsc } from "./backstop/dsc";
import { EXCHANGE_LIMITS } from "./backstop/limits";
import { CPR_MAIL_FLOW_PATTERN } from "./backstop/mail-flow-regex";
import { loadDevCorpus, scorePattern } from "./backstop/pattern-score";
import { renderPowerShell } from "./backstop/powershell";
import { renderPurviewSit } from "./backstop/purview-sit";
import { backstopRules, exemptDomains, limitBreaches, regexChars, type BackstopMode, type TransportRuleSpec } from "./backstop/rules";
import type { CliLanguage } from "./i18n";
import { backstopTexts, type BackstopTexts } from "./i18n/backstop-texts";
import { EXIT, type CliIo } from "./io";
import { formatShare } from "./percent";
import { detailOf } from "./unreadable";

export type BackstopFormat = "powershell" | "dsc" | "purview-sit";

export interface BackstopRun {
  policy: Policy;
  mode: BackstopMode;
  format: BackstopFormat;
  dpo: string;
  stripStamp: boolean;
  outPath?: string;
}

const MAILBOX = /^[^\s@'"]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

export async function runBackstop(run: BackstopRun, language: CliLanguage, io: CliIo): Promise<number> {
  const t = backstopTexts(language);
  if (!MAILBOX.test(run.dpo)) {
    io.stderr.write(`${t.badDpo(run.dpo)}\n`);
    return EXIT.usageOrUnreadable;
  }
  const rejectText = t.rejectText(run.policy.organization.name);
  const rules = backstopRules(run.policy, { mode: run.mode, dpo: run.dpo, stripStamp: run.stripStamp }, rejectText);
  const breaches = run.format === "purview-sit" ? [] : limitBreaches(rules, run.mode === "reject" ? rejectText : "");
  if (breaches.length > 0) {
    io.stderr.write([t.refused, ...breaches.map((b) => t.limit[b.limit](b.actual, b.allowed, b.rule))].join("\n") + "\n");
    return EXIT.usageOrUnreadable;
  }
  const header = {
    generated: (io.now?.() ?? new Date()).toISOString().slice(0, 10),
    organization: run.policy.organization.name,
    policyVersion: run.policy.version,
    mode: run.mode,
  };
  const output =
    run.format === "powershell"
      ? renderPowerShell(rules, header)
      : run.format === "dsc"
        ? renderDsc(rules, header)
        : renderPurviewSit(run.policy, [...DEFAULT_EXEMPT_DATES, ...run.policy.cpr.extraExemptDates]);
  if (run.outPath === undefined) io.stdout.write(output);
  else {
    try {
      // Windows PowerShell 5.1 reads a .ps1 without a byte-order mark as ANSI and would mangle æøå
      // and the dashes in the pattern: files get the UTF-8 BOM.
      await writeFile(run.outPath, run.format === "purview-sit" ? output : `\ufeff${output}`, "utf8");
    } catch (error) {
      io.stderr.write(`${run.outPath}: ${detailOf(error) ?? ""}\n`);
      return EXIT.usageOrUnreadable;
    }
  }
  io.stderr.write(`${summary(run, rules, t, language).join("\n")}\n`);
  return EXIT.ok;
}

function summary(run: BackstopRun, rules: TransportRuleSpec[], t: BackstopTexts, language: CliLanguage): string[] {
  const lines: string[] = [t.summaryTitle(run.format, run.mode)];
  if (run.format === "purview-sit") lines.push(t.sitLimits);
  else {
    rules.forEach((rule, i) => lines.push(t.ruleLine(i, rule.name, language === "en" ? rule.comment.en : rule.comment.da)));
    lines.push(t.exempt(exemptDomains(run.policy).length), t.regexUsage(regexChars(rules), EXCHANGE_LIMITS.regexCharsAllRules));
  }
  const corpus = run.format === "purview-sit" ? [] : loadDevCorpus();
  if (corpus === undefined) lines.push(t.patternNotMeasured);
  else if (corpus.length > 0) {
    const score = scorePattern(CPR_MAIL_FLOW_PATTERN, corpus);
    const pct = (x: number) => formatShare(x, language, "–");
    lines.push(t.patternScore(pct(score.recall), pct(score.precision), score.labelled, score.texts));
  }
  if (run.format !== "purview-sit") lines.push(t.patternLimits);
  if (run.outPath !== undefined) lines.push(t.written(run.outPath));
  return lines;
}
