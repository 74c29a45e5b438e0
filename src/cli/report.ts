// The pilot report: counts over per-mail summaries. Pure; the caller feeds it one mail at a time.
import type { RuleId, Severity } from "./core";
import type { UnreadableCode } from "./i18n";
import type { MailSummary } from "./summary";

export interface CountRow {
  mails: number;
  findings: number;
}

export interface LookalikeRow {
  domain: string;
  imitates: string;
  mails: number;
  /** The strongest severity this domain got. */
  severity: Severity;
}

export interface PilotReport {
  /** From the policy file, when one was given. */
  organization?: string;
  policyVersion?: string;
  /** First and last send date of the mails, "YYYY-MM-DD", when the export has dates. */
  period: { from?: string; to?: string };
  mails: number;
  unreadable: number;
  unreadableByReason: Partial<Record<UnreadableCode, number>>;
  actions: { allow: number; confirm: number; block: number };
  /** block + confirm: the mail would not have gone as it was. */
  stopped: number;
  byRule: ({ rule: RuleId } & CountRow)[];
  bySeverity: ({ severity: Severity } & CountRow)[];
  topLookalikes: LookalikeRow[];
  cpr: {
    mailsWithCpr: number;
    findings: number;
    quotedOnlyFindings: number;
    /** quotedOnlyFindings / findings, null when there are no CPR findings. */
    quotedOnlyShare: number | null;
  };
  digitalPost: {
    /** Whether the policy has a Digital Post route at all. */
    configured: boolean;
    mails: number;
    /** mails / stopped, null when nothing was stopped or no route is configured. */
    shareOfStopped: number | null;
  };
}

const SEVERITIES: Severity[] = ["block", "confirm", "notice"];
const SEVERITY_RANK: Record<Severity, number> = { block: 0, confirm: 1, notice: 2 };
export const TOP_LOOKALIKES = 10;

export class ReportBuilder {
  private mails = 0;
  private unreadable = 0;
  private readonly unreadableByReason: Partial<Record<UnreadableCode, number>> = {};
  private readonly actions = { allow: 0, confirm: 0, block: 0 };
  private readonly rules = new Map<RuleId, CountRow>();
  private readonly severities = new Map<Severity, CountRow>(SEVERITIES.map((s) => [s, { mails: 0, findings: 0 }]));
  private readonly lookalikes = new Map<string, LookalikeRow>();
  private mailsWithCpr = 0;
  private cprFindings = 0;
  private quotedOnlyFindings = 0;
  private digitalPostMails = 0;

  private from?: string;
  private to?: string;

  constructor(
    private readonly digitalPostConfigured: boolean,
    private readonly meta: { organization?: string; policyVersion?: string } = {},
  ) {}

  /** `sent`: the mail's ISO send date, when known (widens the period). */
  addMail(mail: MailSummary, sent?: string): void {
    this.mails++;
    const day = sent?.slice(0, 10);
    if (day && /^\d{4}-\d\d-\d\d$/.test(day)) {
      if (this.from === undefined || day < this.from) this.from = day;
      if (this.to === undefined || day > this.to) this.to = day;
    }
    this.actions[mail.action]++;
    countDistinct(this.rules, mail.findings.map((f) => f.rule));
    countDistinct(this.severities, mail.findings.map((f) => f.severity));
    this.addLookalikes(mail);
    if (mail.cprFindings.length > 0) this.mailsWithCpr++;
    this.cprFindings += mail.cprFindings.length;
    this.quotedOnlyFindings += mail.cprFindings.filter((f) => f.quotedOnly).length;
    if (mail.digitalPostWouldHandle) this.digitalPostMails++;
  }

  addUnreadable(reason: UnreadableCode): void {
    this.unreadable++;
    this.unreadableByReason[reason] = (this.unreadableByReason[reason] ?? 0) + 1;
  }

  private addLookalikes(mail: MailSummary): void {
    const seen = new Set<string>();
    for (const hit of mail.lookalikes) {
      const key = `${hit.domain}\u0000${hit.imitates}`;
      const row = this.lookalikes.get(key) ?? { domain: hit.domain, imitates: hit.imitates, mails: 0, severity: hit.severity };
      if (!seen.has(key)) row.mails++;
      seen.add(key);
      if (SEVERITY_RANK[hit.severity] < SEVERITY_RANK[row.severity]) row.severity = hit.severity;
      this.lookalikes.set(key, row);
    }
  }

  build(): PilotReport {
    const stopped = this.actions.block + this.actions.confirm;
    return {
      ...(this.meta.organization ? { organization: this.meta.organization } : {}),
      ...(this.meta.policyVersion ? { policyVersion: this.meta.policyVersion } : {}),
      period: { ...(this.from ? { from: this.from } : {}), ...(this.to ? { to: this.to } : {}) },
      mails: this.mails,
      unreadable: this.unreadable,
      unreadableByReason: { ...this.unreadableByReason },
      actions: { ...this.actions },
      stopped,
      byRule: [...this.rules]
        .map(([rule, row]) => ({ rule, ...row }))
        .sort((a, b) => b.mails - a.mails || b.findings - a.findings || (a.rule < b.rule ? -1 : 1)),
      bySeverity: SEVERITIES.map((severity) => ({ severity, ...(this.severities.get(severity) ?? { mails: 0, findings: 0 }) })),
      topLookalikes: [...this.lookalikes.values()]
        .sort((a, b) => b.mails - a.mails || (a.domain < b.domain ? -1 : 1))
        .slice(0, TOP_LOOKALIKES),
      cpr: {
        mailsWithCpr: this.mailsWithCpr,
        findings: this.cprFindings,
        quotedOnlyFindings: this.quotedOnlyFindings,
        quotedOnlyShare: this.cprFindings > 0 ? this.quotedOnlyFindings / this.cprFindings : null,
      },
      digitalPost: {
        configured: this.digitalPostConfigured,
        mails: this.digitalPostMails,
        shareOfStopped: this.digitalPostConfigured && stopped > 0 ? this.digitalPostMails / stopped : null,
      },
    };
  }
}

/** The report over a finished list of mails (tests and small runs). */
export function buildReport(
  mails: Iterable<MailSummary>,
  options: { digitalPostConfigured: boolean; unreadable?: Iterable<UnreadableCode> },
): PilotReport {
  const builder = new ReportBuilder(options.digitalPostConfigured);
  for (const mail of mails) builder.addMail(mail);
  for (const reason of options.unreadable ?? []) builder.addUnreadable(reason);
  return builder.build();
}

// Findings count every time; mails count once per key.
function countDistinct<K>(table: Map<K, CountRow>, keys: K[]): void {
  for (const key of keys) {
    const row = table.get(key) ?? { mails: 0, findings: 0 };
    row.findings++;
    table.set(key, row);
  }
  for (const key of new Set(keys)) {
    const row = table.get(key);
    if (row) row.mails++;
  }
}
