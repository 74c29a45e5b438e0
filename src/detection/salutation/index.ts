// Right person: does the greeting name someone the mail is actually going to? A caseworker answers
// Jens Hansen, autocomplete picks anne.jensen@gmail.com, and the letter starts "Kære Jens Hansen".
// The check compares the new text's greeting with each direct (To) recipient's display name and
// address, and speaks only when none of them can be the person greeted.
import type { Message, RecipientRef, RuleId, SalutationFinding, Severity } from "../types";
import type { Policy } from "../policy-types";
import { maskCprNumbers } from "../cpr";
import { findGreeting, type Greeting } from "./greeting";
import { fit, recipientNames, type Fit, type GreetedName } from "./match";

export { findGreeting, type Greeting } from "./greeting";
export { fit, namesAgree, localAgrees, recipientNames, type Fit, type GreetedName, type RecipientNames } from "./match";
export { nameKey, nameKeys, displayNameKeys, localPartKeys } from "./names";

export type SalutationMode = "off" | "notice" | "confirm";

export interface SalutationSettings {
  mode: SalutationMode;
  /** Also check mail that goes only to the organisation's own addresses. */
  internal: boolean;
}

export const DEFAULT_SALUTATION: SalutationSettings = { mode: "notice", internal: false };

export interface SalutationMismatch {
  greeting: Greeting;
  /** Direct recipients the greeting fits none of. */
  mismatched: RecipientRef[];
  /** Cc/Bcc recipients the greeting fits: the person probably meant for To. */
  matchingCopies: RecipientRef[];
}

const RANK: Record<Fit, number> = { match: 2, unknown: 1, mismatch: 0 };

function bestFit(people: readonly GreetedName[], recipient: RecipientRef): Fit {
  // The Digital Post gateway's address is the citizen's number, not their name.
  if (recipient.kind === "digital-post") return "unknown";
  const names = recipientNames(recipient);
  let best: Fit = "mismatch";
  for (const person of people) {
    const f = fit(person, names);
    if (RANK[f] > RANK[best]) best = f;
  }
  return best;
}

/**
 * The mismatch, or undefined when the greeting is generic or absent, when any direct recipient
 * fits it or cannot be judged (post@…, no name), or when the mail stays inside (unless `internal`).
 */
export function checkSalutation(body: string, recipients: readonly RecipientRef[], internal: boolean): SalutationMismatch | undefined {
  const usable = recipients.filter((r) => r && r.kind !== "invalid" && typeof r.address === "string");
  const to = usable.filter((r) => r.field === "to");
  const direct = to.length > 0 ? to : usable;
  if (direct.length === 0) return undefined;
  if (!internal && direct.every((r) => r.kind === "internal")) return undefined;
  const greeting = findGreeting(body);
  if (!greeting || greeting.people.length === 0) return undefined;
  const mismatched: RecipientRef[] = [];
  for (const r of direct) {
    if (bestFit(greeting.people, r) !== "mismatch") return undefined;
    mismatched.push(r);
  }
  const copies = to.length > 0 ? usable.filter((r) => r.field !== "to" && bestFit(greeting.people, r) === "match") : [];
  return { greeting, mismatched, matchingCopies: copies };
}

const RULE: RuleId = "recipient-name-mismatch";

/**
 * The analyzeMessage step: at most one finding. A notice by default; it stops the mail (confirm,
 * or block where the policy does not let the caseworker confirm it) when the policy says so, or
 * when the mail also carries a CPR number to an address outside the organisation.
 */
export function salutationFindings(
  message: Message,
  recipients: readonly RecipientRef[],
  policy: Policy,
  mailHasCpr: boolean,
  stopping: (rule: RuleId) => { severity: Severity; confirmable: boolean },
): SalutationFinding[] {
  const checks = policy.checks;
  const settings: SalutationSettings = {
    mode: checks?.salutation ?? DEFAULT_SALUTATION.mode,
    internal: checks?.salutationInternal ?? DEFAULT_SALUTATION.internal,
  };
  if (settings.mode === "off") return [];
  const found = checkSalutation(typeof message.body === "string" ? message.body : "", recipients, settings.internal === true);
  if (!found) return [];
  const cprGoesOutside = mailHasCpr && recipients.some((r) => r.kind === "external" || r.kind === "invalid");
  const grade = settings.mode === "confirm" || cprGoesOutside ? stopping(RULE) : { severity: "notice" as const, confirmable: false };
  return [
    {
      rule: "recipient-name-mismatch",
      ...grade,
      greeting: maskCprNumbers(found.greeting.text),
      names: found.greeting.people.map((p) => maskCprNumbers(p.written)),
      recipient: found.mismatched[0] as RecipientRef,
      recipients: found.mismatched,
      matchingCopies: found.matchingCopies,
    },
  ];
}
