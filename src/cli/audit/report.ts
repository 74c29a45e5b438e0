// The audit over many sent mails: counts that add up, so partial results (one per worker, per
// PST folder or per machine) merge into the same report as one run over everything.
import type { AuditMail, BypassEntry } from "./record";

export interface Coverage {
  mails: number;
  /** Mails with a recipient outside the organisation. */
  external: number;
  /** …of which carried a valid Sendevagt stamp. */
  stamped: number;
  /** Unstamped external mails with CPR numbers. */
  bypass: number;
}

export type Tally = Record<string, number>;

export interface AuditReport {
  kind: "sendevagt-audit";
  formatVersion: 1;
  organization?: string;
  unreadable: number;
  /** First and last send date seen, "YYYY-MM-DD". */
  period: { from?: string; to?: string };
  total: Coverage;
  byMonth: Record<string, Coverage>;
  bySenderDomain: Record<string, Coverage>;
  results: Tally;
  decisions: Tally;
  reasons: Tally;
  rules: Tally;
  otherTexts: Tally;
  policyVersions: Tally;
  /** Client headers of unstamped external mails: where unchecked mail came from. */
  unstampedClients: Tally;
  digitalPostMails: number;
  /** Stamps whose decisions include a corrected lookalike domain. */
  lookalikesCorrected: number;
  bypass: BypassEntry[];
}

const NO_MONTH = "?";
const NO_DOMAIN = "?";

export function emptyAuditReport(organization?: string): AuditReport {
  return {
    kind: "sendevagt-audit",
    formatVersion: 1,
    ...(organization ? { organization } : {}),
    unreadable: 0,
    period: {},
    total: emptyCoverage(),
    byMonth: {},
    bySenderDomain: {},
    results: {},
    decisions: {},
    reasons: {},
    rules: {},
    otherTexts: {},
    policyVersions: {},
    unstampedClients: {},
    digitalPostMails: 0,
    lookalikesCorrected: 0,
    bypass: [],
  };
}

function emptyCoverage(): Coverage {
  return { mails: 0, external: 0, stamped: 0, bypass: 0 };
}

function count(tally: Tally, key: string, by = 1): void {
  tally[key] = (tally[key] ?? 0) + by;
}

function addCoverage(into: Coverage, mail: AuditMail): void {
  into.mails++;
  if (mail.external) into.external++;
  if (mail.external && mail.stamp?.valid) into.stamped++;
  if (mail.bypass) into.bypass++;
}

/** Adds one mail to the report (mutates it: the report is the builder). */
export function addAuditMail(report: AuditReport, mail: AuditMail): void {
  const day = mail.date?.slice(0, 10);
  addCoverage(report.total, mail);
  addCoverage((report.byMonth[day?.slice(0, 7) ?? NO_MONTH] ??= emptyCoverage()), mail);
  addCoverage((report.bySenderDomain[mail.senderDomain ?? NO_DOMAIN] ??= emptyCoverage()), mail);
  if (day) widenPeriod(report.period, day, day);
  if (mail.digitalPost) report.digitalPostMails++;
  if (mail.unstampedClient) count(report.unstampedClients, mail.unstampedClient);
  if (mail.bypass) report.bypass.push(mail.bypass);
  const stamp = mail.stamp;
  if (!stamp?.valid) return;
  if (stamp.result) count(report.results, stamp.result);
  for (const decision of new Set(stamp.decisions)) count(report.decisions, decision);
  for (const rule of new Set(stamp.rules)) count(report.rules, rule);
  if (stamp.reason) count(report.reasons, stamp.reason);
  if (stamp.otherText) count(report.otherTexts, stamp.otherText);
  count(report.policyVersions, stamp.policy ?? NO_DOMAIN);
  if (stamp.decisions.includes("fixed-domain")) report.lookalikesCorrected++;
}

export function addUnreadable(report: AuditReport): void {
  report.unreadable++;
}

function widenPeriod(period: AuditReport["period"], from: string | undefined, to: string | undefined): void {
  if (from && (period.from === undefined || from < period.from)) period.from = from;
  if (to && (period.to === undefined || to > period.to)) period.to = to;
}

function mergeTally(into: Tally, from: Tally): void {
  for (const [key, value] of Object.entries(from)) count(into, key, value);
}

function mergeCoverage(into: Coverage, from: Coverage): void {
  into.mails += from.mails;
  into.external += from.external;
  into.stamped += from.stamped;
  into.bypass += from.bypass;
}

/** Several partial reports → one; the same as one run over all their mails. */
export function mergeAuditReports(parts: readonly AuditReport[]): AuditReport {
  const merged = emptyAuditReport(parts.find((p) => p.organization)?.organization);
  for (const part of parts) mergeInto(merged, part);
  sortBypass(merged);
  return merged;
}

/** Adds a partial report into `into` (mutates it), so a long run keeps one report, not all parts. */
export function mergeInto(into: AuditReport, part: AuditReport): void {
  if (!into.organization && part.organization) into.organization = part.organization;
  into.unreadable += part.unreadable;
  widenPeriod(into.period, part.period.from, part.period.to);
  mergeCoverage(into.total, part.total);
  for (const [month, c] of Object.entries(part.byMonth)) mergeCoverage((into.byMonth[month] ??= emptyCoverage()), c);
  for (const [domain, c] of Object.entries(part.bySenderDomain)) mergeCoverage((into.bySenderDomain[domain] ??= emptyCoverage()), c);
  for (const key of ["results", "decisions", "reasons", "rules", "otherTexts", "policyVersions", "unstampedClients"] as const) {
    mergeTally(into[key], part[key]);
  }
  into.digitalPostMails += part.digitalPostMails;
  into.lookalikesCorrected += part.lookalikesCorrected;
  for (const entry of part.bypass) into.bypass.push(entry);
}

/** Oldest first, undated last: the order a reader expects, whatever order the parts came in. */
export function sortBypass(report: AuditReport): void {
  const key = (b: BypassEntry) => [b.date ?? "\uffff", b.senderDomain ?? "", b.recipientDomains.join(","), b.cprs.join(","), b.client ?? ""].join("\u0000");
  report.bypass.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** A parsed JSON value that is an audit report (the `merge` input check). */
export function isAuditReport(value: unknown): value is AuditReport {
  const v = value as AuditReport;
  return typeof v === "object" && v !== null && v.kind === "sendevagt-audit" && v.formatVersion === 1 && typeof v.total === "object" && Array.isArray(v.bypass);
}
