// The backstop as data: which mail flow rules, in which order, with which parameters — built from
// the same policy the add-in uses. Pure; the renderers (PowerShell, DSC) only print this.
import type { Policy } from "../core";
import { EXCHANGE_LIMITS, type LimitBreach } from "./limits";
import { CPR_MAIL_FLOW_PATTERN, STAMP_HEAD_PATTERN } from "./mail-flow-regex";

export const STAMP_HEADER = "x-sendevagt";
export type BackstopMode = "audit" | "moderate" | "reject";
export const BACKSTOP_MODES: readonly BackstopMode[] = ["audit", "moderate", "reject"];

export interface BackstopOptions {
  mode: BackstopMode;
  /** The DPO's mailbox: incident reports go there, and held mail waits for its approval. */
  dpo: string;
  /** Also remove the stamp from mail leaving the organisation (rule 3). */
  stripStamp: boolean;
}

export type ParameterValue = string | boolean | string[];

export interface TransportRuleSpec {
  name: string;
  /** Why the rule exists, Danish and English; also the rule's -Comments. */
  comment: { da: string; en: string };
  /** In the order they are written; never Name, Identity or Priority (the renderer adds those). */
  parameters: [string, ParameterValue][];
  /** Action parameters to clear when an existing rule is updated to a mode that does not use them. */
  clearOnUpdate: string[];
  /** Which of the parameters hold regular expressions (for the 20 KB limit). */
  patternParameters: string[];
}

/**
 * Incident reports carry who, to whom, how severe and which rule — never IdMatch (the matched
 * number with 150 characters around it), never the original mail, never the subject.
 */
export const INCIDENT_REPORT_CONTENT = ["Sender", "Recipients", "Cc", "Bcc", "Severity", "RuleDetections"];
export const FORBIDDEN_INCIDENT_CONTENT = ["IdMatch", "AttachOriginalMail", "Subject"];

const PREFIX = "Sendevagt";

/** What the backstop rules test, one condition each: conditions inside one rule are ANDed. */
const TRIGGERS: { key: string; da: string; en: string; condition: [string, ParameterValue] }[] = [
  { key: "2a CPR i emne/tekst", da: "CPR-mønster i emne eller brødtekst", en: "CPR pattern in subject or body", condition: ["SubjectOrBodyMatchesPatterns", [CPR_MAIL_FLOW_PATTERN]] },
  { key: "2b CPR i vedhæftning", da: "CPR-mønster i en vedhæftet fil", en: "CPR pattern in an attachment", condition: ["AttachmentMatchesPatterns", [CPR_MAIL_FLOW_PATTERN]] },
  { key: "2c ukendt filtype", da: "vedhæftning Exchange ikke kan læse", en: "attachment Exchange cannot read", condition: ["AttachmentIsUnsupported", true] },
  { key: "2d læsning ufuldendt", da: "vedhæftning hvor læsningen ikke blev færdig", en: "attachment scanning did not complete", condition: ["AttachmentProcessingLimitExceeded", true] },
  { key: "2e adgangskode", da: "adgangskodebeskyttet vedhæftning", en: "password-protected attachment", condition: ["AttachmentIsPasswordProtected", true] },
];

/** The rules in priority order: inbound strip, the backstop rules, the optional egress strip. */
export function backstopRules(policy: Policy, options: BackstopOptions, rejectText: string): TransportRuleSpec[] {
  const exempt = exemptDomains(policy);
  const rules: TransportRuleSpec[] = [
    {
      name: `${PREFIX} 1 fjern indgående stempel`,
      comment: {
        da: `Fjerner ${STAMP_HEADER} fra post udefra, så ingen kan forhåndsstemple en mail.`,
        en: `Removes ${STAMP_HEADER} from mail from outside, so nobody can pre-stamp a mail.`,
      },
      parameters: [
        ["FromScope", "NotInOrganization"],
        ["RemoveHeader", STAMP_HEADER],
        ["RuleErrorAction", "Defer"],
      ],
      clearOnUpdate: [],
      patternParameters: [],
    },
    ...TRIGGERS.map((trigger) => backstopRule(trigger, exempt, options, rejectText)),
  ];
  if (options.stripStamp) {
    rules.push({
      name: `${PREFIX} 3 fjern udgående stempel`,
      comment: {
        da: `Fjerner ${STAMP_HEADER} fra post der forlader organisationen, efter backstop-reglerne; kopien i Sendt post beholder den.`,
        en: `Removes ${STAMP_HEADER} from mail leaving the organisation, after the backstop rules; the Sent Items copy keeps it.`,
      },
      parameters: [
        ["SentToScope", "NotInOrganization"],
        ["RemoveHeader", STAMP_HEADER],
        ["RuleErrorAction", "Defer"],
      ],
      clearOnUpdate: [],
      patternParameters: [],
    });
  }
  return rules;
}

function backstopRule(trigger: (typeof TRIGGERS)[number], exempt: string[], options: BackstopOptions, rejectText: string): TransportRuleSpec {
  const action: [string, ParameterValue][] =
    options.mode === "moderate"
      ? [["ModerateMessageByUser", [options.dpo]]]
      : options.mode === "reject"
        ? [["RejectMessageReasonText", rejectText]]
        : [];
  const used = new Set(action.map(([name]) => name));
  return {
    name: `${PREFIX} ${trigger.key}`,
    comment: {
      da: `Backstop: ekstern modtager, ${trigger.da}, og intet gyldigt Sendevagt-stempel. Tilstand: ${options.mode}.`,
      en: `Backstop: external recipient, ${trigger.en}, and no valid Sendevagt stamp. Mode: ${options.mode}.`,
    },
    parameters: [
      ["SentToScope", "NotInOrganization"],
      trigger.condition,
      ...(exempt.length > 0 ? ([["ExceptIfRecipientDomainIs", exempt]] as [string, ParameterValue][]) : []),
      ["ExceptIfHeaderMatchesMessageHeader", STAMP_HEADER],
      ["ExceptIfHeaderMatchesPatterns", [STAMP_HEAD_PATTERN]],
      ...action,
      ["GenerateIncidentReport", options.dpo],
      ["IncidentReportContent", INCIDENT_REPORT_CONTENT],
      ["SetAuditSeverity", "High"],
      ["Mode", options.mode === "audit" ? "Audit" : "Enforce"],
      // The default (Ignore) sends the mail on when the rule fails: defer and retry instead.
      ["RuleErrorAction", "Defer"],
    ],
    clearOnUpdate: ["ModerateMessageByUser", "RejectMessageReasonText"].filter((name) => !used.has(name)),
    patternParameters: ["SubjectOrBodyMatchesPatterns", "AttachmentMatchesPatterns", "ExceptIfHeaderMatchesPatterns"],
  };
}

/** Trusted partners and the Digital Post gateway: mail there is the route the policy allows. */
export function exemptDomains(policy: Policy): string[] {
  const domains = [...policy.trustedDomains.map((t) => t.domain), ...(policy.digitalPost?.gatewayDomains ?? [])];
  return Array.from(new Set(domains.map((d) => d.toLowerCase())));
}

/** Characters a rule spends against the 8 KB limit: its name and every parameter value. */
export function ruleSize(rule: TransportRuleSpec): number {
  let size = rule.name.length + commentText(rule).length;
  for (const [name, value] of rule.parameters) size += name.length + valueLength(value);
  return size;
}

export function commentText(rule: TransportRuleSpec): string {
  return `${rule.comment.da} / ${rule.comment.en}`;
}

function valueLength(value: ParameterValue): number {
  if (typeof value === "boolean") return 5;
  if (typeof value === "string") return value.length;
  return value.reduce((sum, item) => sum + item.length + 1, 0);
}

export function regexChars(rules: readonly TransportRuleSpec[]): number {
  let total = 0;
  for (const rule of rules) {
    for (const [name, value] of rule.parameters) {
      if (rule.patternParameters.includes(name) && Array.isArray(value)) total += value.reduce((sum, p) => sum + p.length, 0);
    }
  }
  return total;
}

/** Every documented limit the rules would break; empty when Exchange will take them. */
export function limitBreaches(rules: readonly TransportRuleSpec[], rejectText: string): LimitBreach[] {
  const breaches: LimitBreach[] = [];
  const L = EXCHANGE_LIMITS;
  if (rules.length > L.rulesPerOrganization) breaches.push({ limit: "rulesPerOrganization", actual: rules.length, allowed: L.rulesPerOrganization });
  for (const rule of rules) {
    if (rule.name.length > L.nameChars) breaches.push({ limit: "nameChars", rule: rule.name, actual: rule.name.length, allowed: L.nameChars });
    const size = ruleSize(rule);
    if (size > L.ruleSizeChars) breaches.push({ limit: "ruleSizeChars", rule: rule.name, actual: size, allowed: L.ruleSizeChars });
    const comment = commentText(rule).length;
    if (comment > L.commentChars) breaches.push({ limit: "commentChars", rule: rule.name, actual: comment, allowed: L.commentChars });
  }
  const regex = regexChars(rules);
  if (regex > L.regexCharsAllRules) breaches.push({ limit: "regexCharsAllRules", actual: regex, allowed: L.regexCharsAllRules });
  if (rejectText.length > L.rejectTextChars) breaches.push({ limit: "rejectTextChars", actual: rejectText.length, allowed: L.rejectTextChars });
  return breaches;
}
