// Dangerous policies: a domain under which anyone can get an address must never be the
// organisation's own, a trusted partner or the Digital Post route. Generated over every webmail
// domain Sendevagt knows, sampled public suffixes, each field and letter case, so the check is a
// rule on classes of domain, not a list of strings.
import fc from "fast-check";
import { knownOrganisations } from "../detection/recipients/public-bodies";
import { parsePolicy, PolicyError, type PolicyIssue } from "./index";
import { nearestKey } from "./messages";
import { riskOf } from "./risky";

const WEBMAIL = knownOrganisations().filter((o) => o.webmail).flatMap((o) => o.domains);
// ICANN suffixes of two and three labels, generic and country-code (one label, "dk", already fails
// the domain check).
const SUFFIXES = ["co.uk", "org.uk", "com.au", "co.nz", "com.br", "gov.uk", "ac.uk", "co.jp", "kommune.no", "k12.ca.us", "gv.at"];

function issuesOf(json: unknown): PolicyIssue[] {
  try {
    parsePolicy(json);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return (e as PolicyError).issues;
  }
  return [];
}

type Place = { build: (d: string) => Record<string, unknown>; path: string; role: string };
const org = (domains: string[]) => ({ name: "Randers Kommune", domains });
const PLACES: Place[] = [
  { build: (d) => ({ organization: org(["randers.dk", d]) }), path: "organization.domains[1]", role: "own" },
  { build: (d) => ({ organization: org(["randers.dk"]), trustedDomains: [{ domain: d, name: "Partner" }] }), path: "trustedDomains[0].domain", role: "trusted" },
  {
    build: (d) => ({ organization: org(["randers.dk"]), digitalPost: { type: "gateway", name: "DP", addressTemplate: `{cpr}@${d}` } }),
    path: "digitalPost.addressTemplate",
    role: "gateway",
  },
  {
    build: (d) => ({ organization: org(["randers.dk"]), digitalPost: { type: "portal", name: "DP", url: "https://post.example.dk", gatewayDomains: [d] } }),
    path: "digitalPost.gatewayDomains[0]",
    role: "gateway",
  },
];

const mixCase = (s: string, mask: number) => s.replace(/[a-z]/g, (c, i: number) => ((mask >> i % 16) & 1 ? c.toUpperCase() : c));

describe("parsePolicy: risky domains are errors naming the field", () => {
  it("rejects every known webmail domain (and its subdomains) in every place, in any case", () => {
    fc.assert(
      fc.property(fc.constantFrom(...WEBMAIL), fc.constantFrom(...PLACES), fc.boolean(), fc.integer({ min: 0, max: 0xffff }), (domain, place, sub, mask) => {
        const d = mixCase(sub ? `mail.${domain}` : domain, mask);
        const found = issuesOf(place.build(d)).find((i) => i.path === place.path);
        expect(found?.code).toBe(`${place.role}-webmail`);
        expect(found?.message).toMatch(/webmail/);
        expect(found?.messageEn).toMatch(/webmail/);
      }),
      { numRuns: 300 },
    );
  });

  it("rejects public suffixes in every place", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUFFIXES), fc.constantFrom(...PLACES), (suffix, place) => {
        const found = issuesOf(place.build(suffix)).find((i) => i.path === place.path);
        expect(found?.code).toBe(`${place.role}-public-suffix`);
        expect(found?.message).toContain("offentligt suffiks");
        expect(found?.messageEn).toContain("public suffix");
      }),
      { numRuns: 100 },
    );
  });

  it("rejects a bare top-level domain as a domain at all", () => {
    for (const d of ["dk", "com", "uk"]) expect(issuesOf({ organization: org([d]) })[0]).toMatchObject({ path: "organization.domains[0]", code: "domain" });
  });

  it("accepts registrable domains under those suffixes and real public bodies", () => {
    for (const d of ["randers.dk", "aarhus.dk", "bbc.co.uk", "example.com.au", "sikkerpost.randers.dk", "randers.mitdk.digital-post.dk"]) {
      expect([d, riskOf(d)]).toEqual([d, undefined]);
    }
    expect(() => parsePolicy({ organization: org(["randers.dk"]), trustedDomains: [{ domain: "aarhus.dk", name: "Aarhus Kommune" }] })).not.toThrow();
  });

  it("says the path and the value in the whole message, Danish and English", () => {
    try {
      parsePolicy({ organization: org(["gmail.com"]) });
      throw new Error("expected a PolicyError");
    } catch (e) {
      expect((e as PolicyError).format("da")).toContain('organization.domains[0]: er et webmail-domæne');
      expect((e as PolicyError).format("da")).toContain('(fik "gmail.com")');
      expect((e as PolicyError).format("en")).toContain("organization.domains[0]: is a webmail domain");
    }
  });
});

describe("policy option failClosed", () => {
  it("is off unless the file says true", () => {
    expect(parsePolicy({ organization: org(["randers.dk"]) }).failClosed).toBeUndefined();
    expect(parsePolicy({ organization: org(["randers.dk"]), failClosed: true }).failClosed).toBe(true);
    expect(issuesOf({ organization: org(["randers.dk"]), failClosed: "yes" })[0]?.path).toBe("failClosed");
  });
});

describe("the did-you-mean suggestion for unknown keys", () => {
  it("still finds near misses", () => {
    expect(nearestKey("trustedDomain", ["organization", "trustedDomains"])).toBe("trustedDomains");
    expect(nearestKey("organisation", ["organization", "trustedDomains"])).toBe("organization");
  });

  it("returns at once for a 1 MB key, in nearestKey and in a whole parse", () => {
    const key = "x".repeat(1 << 20);
    const started = Date.now();
    expect(nearestKey(key, ["organization", "trustedDomains", "digitalPost", "confirmation"])).toBeUndefined();
    expect(nearestKey(`organization${key}`, ["organization"])).toBeUndefined();
    const found = issuesOf({ organization: org(["randers.dk"]), [key]: 1 }).find((i) => i.code === "unrecognized_keys");
    expect(found?.message).toMatch(/ukendt felt \(stavefejl/);
    // Before the cap this took 8.9 s; a generous bound that only a quadratic comparison exceeds.
    expect(Date.now() - started).toBeLessThan(1500);
  });
});
