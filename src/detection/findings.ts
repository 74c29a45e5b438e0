import type { CprFinding, Finding, RuleId } from "./types";

// The one answer to "is this a CPR finding?" (issue 13): five hand-written copies of the rule list
// once lived in the pane, the audit stamp and the CLI, and a new CPR rule would have been missed by
// whichever copy nobody remembered.
/** The CPR rules by weight: outside recipients, then several people, then the subject (a merged card is titled by the first present). */
export const CPR_RULES_BY_WEIGHT: readonly CprFinding["rule"][] = ["cpr-external", "cpr-several-people", "cpr-subject"];
const CPR_RULES: ReadonlySet<RuleId> = new Set<RuleId>(CPR_RULES_BY_WEIGHT);

/** Whether a rule id names a CPR finding (cpr-external, cpr-several-people, cpr-subject). */
export function isCprRule(rule: RuleId): rule is CprFinding["rule"] {
  return CPR_RULES.has(rule);
}

/** Whether a finding is about CPR numbers; narrows it to CprFinding (its numbers, recipients, quotedOnly). */
export function isCprFinding(finding: Finding): finding is CprFinding {
  return isCprRule(finding.rule);
}
