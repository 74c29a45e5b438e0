// What the pilot report keeps of one mail: rule ids, severities, counts and lookalike domains.
// No address, subject, text or CPR number survives this step.
import type { Action, Finding, Policy, RuleId, Severity, Verdict } from "./core";
import { isCprFinding } from "./core";

export interface LookalikeHit {
  /** The recipient's domain (Unicode form when it is an IDN). Domains are not personal data. */
  domain: string;
  /** The protected domain it imitates. */
  imitates: string;
  severity: Severity;
}

export interface MailSummary {
  action: Action;
  findings: { rule: RuleId; severity: Severity }[];
  lookalikes: LookalikeHit[];
  /** One entry per CPR finding (cpr-external, cpr-several-people, cpr-subject). */
  cprFindings: { rule: RuleId; quotedOnly: boolean }[];
  /** The policy has a Digital Post route, and CPR numbers to external recipients are all that stop the mail. */
  digitalPostWouldHandle: boolean;
}

// Digital Post takes the mail to the citizen instead; a CPR number in the subject is not
// protected there, so that finding still needs fixing.
const DIGITAL_POST_RULES: ReadonlySet<RuleId> = new Set<RuleId>(["cpr-external", "cpr-several-people"]);

export function summarizeVerdict(verdict: Verdict, policy: Policy): MailSummary {
  const stopping = verdict.findings.filter((finding) => finding.severity !== "notice");
  return {
    action: verdict.action,
    findings: verdict.findings.map((finding) => ({ rule: finding.rule, severity: finding.severity })),
    lookalikes: verdict.findings.flatMap(lookalikeOf),
    cprFindings: verdict.findings.flatMap((finding) =>
      isCprFinding(finding)
        ? [{ rule: finding.rule, quotedOnly: finding.quotedOnly }]
        : [],
    ),
    digitalPostWouldHandle:
      policy.digitalPost !== undefined &&
      verdict.action !== "allow" &&
      stopping.length > 0 &&
      stopping.every((finding) => DIGITAL_POST_RULES.has(finding.rule)),
  };
}

function lookalikeOf(finding: Finding): LookalikeHit[] {
  if (finding.rule !== "lookalike") return [];
  const lookalike = finding.assessment.lookalike;
  if (!lookalike) return [];
  const domain = finding.assessment.unicodeDomain ?? finding.assessment.domain;
  return [{ domain, imitates: lookalike.imitates, severity: finding.severity }];
}
