// The one source of truth for what policy.json may contain. parse.ts validates with it and
// scripts/generate-schema.ts turns it into policy.schema.json for IT's editors.
// zod/mini keeps the classic-Outlook handler bundle small (the checks are tree-shaken functions).
import "./global-this";
import * as z from "zod/mini";
import type { RuleId } from "../detection";
import { DEFAULT_ATTACHMENT_LIMITS, DEFAULT_CHECKS, DEFAULT_CONFIRMABLE, DEFAULT_REASONS } from "./defaults";

// Error codes given to checks below are looked up in messages.ts (Danish and English wording).

export const RULE_IDS = [
  "cpr-external",
  "cpr-several-people",
  "cpr-subject",
  "lookalike",
  "display-name-spoof",
  "invalid-recipient",
  "external-recipient",
  "attachment-unchecked",
  "recipient-name-mismatch",
] as const satisfies readonly RuleId[];
// Fails to compile when RuleId gains a member that is missing above.
type MissingRuleId = Exclude<RuleId, (typeof RULE_IDS)[number]>;
const allRuleIdsListed: MissingRuleId extends never ? true : false = true;
void allRuleIdsListed;

// JSON Schema patterns are unflagged ECMA regexes, so case is spelled out instead of using /i.
const DOMAIN = "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+(?:[A-Za-z]{2,63}|[Xx][Nn]--[A-Za-z0-9-]{1,59})";
export const DOMAIN_PATTERN = new RegExp(`^${DOMAIN}$`);
export const ADDRESS_PATTERN = new RegExp(`^[^@\\s]+@${DOMAIN}$`);
const CPR_PLACEHOLDER = /\{cpr\}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HTTPS_URL = /^https:\/\/[^\s/?#]+[^\s]*$/;
const REASON_CODE = /^[a-z0-9][a-z0-9-]*$/;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
  return d <= days;
}

const text = () => z.string().check(z.trim(), z.minLength(1, { error: "required-text" }));
const domain = () =>
  z.string().check(z.trim(), z.regex(DOMAIN_PATTERN, { error: "domain" }), z.describe('Domænenavn, fx "randers.dk"'));
const address = () => z.string().check(z.trim(), z.regex(ADDRESS_PATTERN, { error: "address" }));
const httpsUrl = () => z.string().check(z.trim(), z.regex(HTTPS_URL, { error: "https-url" }));

const trustedDomain = z.strictObject({
  domain: domain(),
  name: text().check(z.describe('Organisationens navn, fx "Aarhus Kommune"')),
});

const gatewayRoute = z.strictObject({
  type: z.literal("gateway"),
  name: text().check(z.describe('Vises for sagsbehandleren, fx "Digital Post via Randers Kommunes gateway"')),
  addressTemplate: z
    .string()
    .check(
      z.trim(),
      z.regex(CPR_PLACEHOLDER, { error: "template-cpr" }),
      z.regex(ADDRESS_PATTERN, { error: "template-address" }),
      z.describe('Modtageradresse; "{cpr}" erstattes af de ti cifre, fx "{cpr}@randers.mitdk.digital-post.dk"'),
    ),
  gatewayDomains: z.optional(
    z.array(domain()).check(z.describe("Post til disse domæner (og underdomæner) er den sikre vej. Standard: domænet i addressTemplate")),
  ),
  allowedSenders: z._default(
    z.array(address()).check(z.describe('Postkasser der må sende gennem gatewayen, fx "sikkerpost@randers.dk"')),
    () => [],
  ),
  guideUrl: z.optional(httpsUrl().check(z.describe("IT's vejledning i at skifte afsender"))),
});

const linkRoute = (type: "portal" | "instructions") =>
  z.strictObject({
    type: z.literal(type),
    name: text(),
    url: httpsUrl(),
    gatewayDomains: z._default(z.array(domain()), () => []),
  });

// Right person (issue 19): the greeting against the direct recipients.
const checks = z.strictObject({
  salutation: z._default(
    z
      .enum(["off", "notice", "confirm"])
      .check(
        z.describe(
          'Hilsenen ("Kære Jens Hansen") mod modtagerne i Til-feltet. notice: en bemærkning, der kun stopper mailen, når den også sender CPR-numre ud af organisationen; confirm: stopper altid; off: slået fra. Standard: notice',
        ),
      ),
    "notice",
  ),
  salutationInternal: z._default(
    z.boolean().check(z.describe("Kontrollér også hilsenen i mail, der kun går til organisationens egne adresser. Standard: false")),
    false,
  ),
});

const reason = z.strictObject({
  code: z.string().check(z.regex(REASON_CODE, { error: "reason-code" }), z.describe('Stabil kode til revisionsloggen, fx "citizen-request"')),
  label: z.strictObject({ da: text(), en: z.optional(text()) }),
  requiresText: z._default(z.boolean(), false),
});

export const policySchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    version: z._default(text().check(z.describe('IT\'s versionsmærke til revisionsstemplet, fx "2026-11-01"')), "unversioned"),
    organization: z.strictObject({
      name: text().check(z.describe('Fx "Randers Kommune"')),
      domains: z
        .array(domain())
        .check(z.minLength(1, { error: "domains-empty" }), z.describe("Egne domæner; underdomæner tæller som interne")),
    }),
    trustedDomains: z._default(
      z.array(trustedDomain).check(z.describe("Betroede samarbejdspartnere, fx myndigheder med tvungen TLS")),
      () => [],
    ),
    digitalPost: z.optional(
      z.discriminatedUnion("type", [gatewayRoute, linkRoute("portal"), linkRoute("instructions")], { error: "route-type" }),
    ),
    cpr: z._default(
      z.strictObject({
        extraExemptDates: z._default(
          z
            .array(
              z.string().check(
                z.regex(ISO_DATE, { error: "date" }),
                z.refine((value) => !ISO_DATE.test(value) || isRealDate(value), { error: "date" }),
              ),
            )
            .check(z.describe('Ekstra datoer ("ÅÅÅÅ-MM-DD") hvis numre kan mangle modulus 11-kontrollen')),
          () => [],
        ),
        substituteNumbers: z._default(
          z.boolean().check(z.describe("Find også erstatningspersonnumre (dag + 60). Standard: false")),
          false,
        ),
      }),
      () => ({ extraExemptDates: [], substituteNumbers: false }),
    ),
    confirmation: z._default(
      z.strictObject({
        allowed: z._default(
          z.array(z.enum(RULE_IDS)).check(z.describe("Fund som sagsbehandleren bevidst må bekræfte; resten skal rettes")),
          () => [...DEFAULT_CONFIRMABLE],
        ),
        requireReason: z._default(z.boolean(), true),
        reasons: z._default(z.array(reason), () => DEFAULT_REASONS.map((r) => ({ ...r, label: { ...r.label } }))),
      }),
      () => ({
        allowed: [...DEFAULT_CONFIRMABLE],
        requireReason: true,
        reasons: DEFAULT_REASONS.map((r) => ({ ...r, label: { ...r.label } })),
      }),
    ),
    externalRecipients: z._default(
      z.enum(["allow", "notice", "confirm"]).check(z.describe("Hvad en ekstern modtager uden CPR-numre udløser")),
      "allow",
    ),
    language: z._default(z.enum(["da", "en"]), "da"),
    failClosed: z._default(
      z
        .boolean()
        .check(
          z.describe(
            "true: kan mailen ikke kontrolleres (en del af mailen kunne ikke læses, en uventet fejl), stoppes den med besked om at prøve igen i stedet for at tilbyde Send alligevel. Standard: false",
          ),
        ),
      false,
    ),
    checks: z._default(checks, () => ({ ...DEFAULT_CHECKS })),
    attachments: z._default(
      z.strictObject({
        maxTotalBytes: z._default(z.int().check(z.positive({ error: "positive" })), DEFAULT_ATTACHMENT_LIMITS.maxTotalBytes),
        maxFileBytes: z._default(z.int().check(z.positive({ error: "positive" })), DEFAULT_ATTACHMENT_LIMITS.maxFileBytes),
        timeBudgetMs: z._default(
          z.int().check(z.positive({ error: "positive" }), z.maximum(4000, { error: "time-budget" })),
          DEFAULT_ATTACHMENT_LIMITS.timeBudgetMs,
        ),
      }),
      () => ({ ...DEFAULT_ATTACHMENT_LIMITS }),
    ),
  })
  .check(z.describe("Sendevagts politik (policy.json)"));

export type PolicyInput = z.input<typeof policySchema>;
export type PolicyOutput = z.output<typeof policySchema>;
