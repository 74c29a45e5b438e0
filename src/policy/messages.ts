// Plain-words wording of every policy.json problem, Danish first, English second. IT reads these
// in the task pane, the CLI and the policy test page, so they say what is wrong and what to write.

export interface Wording {
  da: string;
  en: string;
}

/** Codes given to the schema's checks (schema.ts) and to the cross-field checks (semantics.ts). */
const CATALOG: Record<string, Wording> = {
  "required-text": { da: "må ikke være tom", en: "must not be empty" },
  domain: {
    da: 'skal være et domænenavn, fx "randers.dk"',
    en: 'must be a domain name, e.g. "randers.dk"',
  },
  "domain-idn": {
    da: 'skal være et domænenavn i ASCII-form; skriv IDN-domæner i xn--form, fx "xn--kge-0na.dk" for "køge.dk"',
    en: 'must be a domain name in ASCII form; write IDN domains in xn-- form, e.g. "xn--kge-0na.dk" for "køge.dk"',
  },
  address: { da: 'skal være en mailadresse, fx "sikkerpost@randers.dk"', en: 'must be an email address, e.g. "sikkerpost@randers.dk"' },
  "template-cpr": {
    da: 'skal indeholde "{cpr}", hvor CPR-nummeret indsættes, fx "{cpr}@randers.mitdk.digital-post.dk"',
    en: 'must contain "{cpr}" where the CPR number goes, e.g. "{cpr}@randers.mitdk.digital-post.dk"',
  },
  "template-address": {
    da: 'skal være en mailadresse med "{cpr}" før @, fx "{cpr}@randers.mitdk.digital-post.dk"',
    en: 'must be an email address with "{cpr}" before the @, e.g. "{cpr}@randers.mitdk.digital-post.dk"',
  },
  "https-url": { da: 'skal være en https-adresse, fx "https://intra.randers.dk/sikkerpost"', en: 'must be an https URL, e.g. "https://intra.randers.dk/sikkerpost"' },
  "reason-code": {
    da: 'skal være en kode med små bogstaver, tal og bindestreg, fx "citizen-request"',
    en: 'must be a code of lower-case letters, digits and hyphens, e.g. "citizen-request"',
  },
  date: { da: 'skal være en rigtig dato skrevet "ÅÅÅÅ-MM-DD", fx "1996-01-01"', en: 'must be a real date written "YYYY-MM-DD", e.g. "1996-01-01"' },
  "domains-empty": { da: 'skal have mindst ét domæne, fx ["randers.dk"]', en: 'needs at least one domain, e.g. ["randers.dk"]' },
  positive: { da: "skal være et helt tal større end 0", en: "must be a whole number greater than 0" },
  "time-budget": {
    da: "må højst være 4000 ms (Outlook viser en advarsel efter 5 sekunder)",
    en: "must be at most 4000 ms (Outlook warns after 5 seconds)",
  },
  "route-type": { da: 'skal være "gateway", "portal" eller "instructions"', en: 'must be "gateway", "portal" or "instructions"' },
  "gateway-domain-missing": {
    da: "domænet i addressTemplate skal stå i gatewayDomains, ellers regnes post til gatewayen som ekstern",
    en: "the domain of addressTemplate must be listed in gatewayDomains, or mail to the gateway counts as external",
  },
  "duplicate-reason-code": { da: "koden er brugt før; hver begrundelse skal have sin egen kode", en: "the code is used twice; every reason needs its own code" },
  "reasons-empty": {
    da: "skal have mindst én begrundelse, når requireReason er true",
    en: "needs at least one reason when requireReason is true",
  },
  "own-webmail": {
    da: "er et webmail-domæne; så ville alle borgeres private adresser der tælle som interne. Skriv organisationens eget domæne",
    en: "is a webmail domain; every citizen's private address there would count as internal. Write the organisation's own domain",
  },
  "own-public-suffix": {
    da: 'er et offentligt suffiks (som "dk" eller "co.uk"); så ville alle domæner under det tælle som interne. Skriv organisationens eget domæne, fx "randers.dk"',
    en: 'is a public suffix (like "dk" or "co.uk"); every domain under it would count as internal. Write the organisation\'s own domain, e.g. "randers.dk"',
  },
  "trusted-webmail": {
    da: "er et webmail-domæne og kan ikke være en betroet partner; alle borgeres private adresser der ville blive betroet",
    en: "is a webmail domain and cannot be a trusted partner; every citizen's private address there would be trusted",
  },
  "trusted-public-suffix": {
    da: 'er et offentligt suffiks (som "dk" eller "co.uk") og kan ikke være en betroet partner; skriv partnerens eget domæne',
    en: 'is a public suffix (like "dk" or "co.uk") and cannot be a trusted partner; write the partner\'s own domain',
  },
  "gateway-webmail": {
    da: "er et webmail-domæne; Digital Post går aldrig via webmail, og post dertil ville tælle som sikker",
    en: "is a webmail domain; Digital Post never goes through webmail, and mail there would count as secure",
  },
  "gateway-public-suffix": {
    da: 'er et offentligt suffiks (som "dk"); så ville post til alle domæner under det tælle som Digital Post',
    en: 'is a public suffix (like "dk"); mail to every domain under it would count as Digital Post',
  },
  "not-json": { da: "politikken skal være et JSON-objekt", en: "the policy must be a JSON object" },
};

const TYPE_NAMES: Record<string, Wording> = {
  string: { da: "en tekst", en: "a string" },
  number: { da: "et tal", en: "a number" },
  int: { da: "et helt tal", en: "a whole number" },
  boolean: { da: "true eller false", en: "true or false" },
  array: { da: "en liste [...]", en: "a list [...]" },
  object: { da: "et objekt {...}", en: "an object {...}" },
};

export function wordingFor(code: string): Wording | undefined {
  return Object.prototype.hasOwnProperty.call(CATALOG, code) ? CATALOG[code] : undefined;
}

function typeOfJson(value: unknown): Wording {
  if (value === null) return { da: "null", en: "null" };
  if (Array.isArray(value)) return TYPE_NAMES.array as Wording;
  if (typeof value === "number") return Number.isInteger(value) ? { da: "et tal", en: "a number" } : { da: "et kommatal", en: "a decimal number" };
  return TYPE_NAMES[typeof value] ?? { da: typeof value, en: typeof value };
}

export function missing(): Wording {
  return { da: "mangler", en: "is missing" };
}

export function wrongType(expected: string, received: unknown): Wording {
  const want = TYPE_NAMES[expected] ?? { da: expected, en: expected };
  const got = typeOfJson(received);
  return { da: `skal være ${want.da} (fik ${got.da})`, en: `must be ${want.en} (got ${got.en})` };
}

export function oneOf(values: readonly unknown[]): Wording {
  const list = values.map((v) => JSON.stringify(v)).join(", ");
  return { da: `skal være en af: ${list}`, en: `must be one of: ${list}` };
}

export function unknownKey(key: string, suggestion: string | undefined): Wording {
  if (suggestion) {
    return { da: `ukendt felt – mente du "${suggestion}"?`, en: `unknown field – did you mean "${suggestion}"?` };
  }
  return { da: "ukendt felt (stavefejl? felter skrives præcis som i dokumentationen)", en: "unknown field (a typo? field names are case-sensitive)" };
}

export function tooMany(maximum: number): Wording {
  return { da: `må højst være ${maximum}`, en: `must be at most ${maximum}` };
}

export function tooFew(minimum: number): Wording {
  return { da: `skal være mindst ${minimum}`, en: `must be at least ${minimum}` };
}

export function invalid(): Wording {
  return { da: "er ugyldig", en: "is invalid" };
}

/** Appends the offending value, shortened, so IT can find it in a long file. */
export function withValue(wording: Wording, value: unknown): Wording {
  if (typeof value !== "string" && typeof value !== "number") return wording;
  let shown = JSON.stringify(value);
  if (shown.length > 60) shown = `${shown.slice(0, 57)}…"`;
  return { da: `${wording.da} (fik ${shown})`, en: `${wording.en} (got ${shown})` };
}

export function header(count: number): Wording {
  return count === 1
    ? { da: "policy.json har 1 fejl:", en: "policy.json has 1 problem:" }
    : { da: `policy.json har ${count} fejl:`, en: `policy.json has ${count} problems:` };
}

/**
 * Keys are short; anything longer than this cannot be a near miss of one, and comparing it would
 * cost its length times each candidate's (a 1 MB key in a hostile file).
 */
export const MAX_SUGGESTION_KEY_LENGTH = 64;

const allowedDistance = (candidate: string) => Math.max(2, Math.floor(candidate.length / 4));

/** The known key nearest to a misspelt one, when it is close enough to be the obvious intent. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > MAX_SUGGESTION_KEY_LENGTH) return undefined;
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    // The length difference is a lower bound on the distance: skip what cannot be close enough.
    if (Math.abs(candidate.length - key.length) > allowedDistance(candidate)) continue;
    const d = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= allowedDistance(best) ? best : undefined;
}

/** Optimal string alignment distance: a swapped pair of letters costs one edit, as typists make them. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row[j] = j;
        continue;
      }
      const up = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = d;
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}
