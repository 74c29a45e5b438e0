// The generated suffix rules against tldts-icann itself (the full ICANN list they are cut from):
// every kept rule answers exactly as tldts does, a dropped one only ever one or more labels
// shorter, and what Sendevagt does with a recipient under a dropped suffix stays safe.
import * as tldts from "tldts-icann";
import { getDomain, getPublicSuffix, parse } from "./public-suffix";
import { SUFFIX_DATA_SOURCE } from "./suffix-data.generated";
import { classifyRecipient } from "./classify";
import { testPolicy } from "./__tests__/policy";
import { riskOf } from "../../policy/risky";

type Trie = { nodeFlags: Uint8Array; edgeStart: ArrayLike<number>; edgeLength: ArrayLike<number>; edgeChild: ArrayLike<number>; labelText: string; rulesRoot: number };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const trie = require("tldts-icann/dist/cjs/src/data/trie.js") as Trie;

/** Every ICANN rule tldts-icann knows, read from its trie (co.uk, *.sch.uk, 北海道.jp …). */
function allRules(): string[] {
  const out: string[] = [];
  const offsets: number[] = [];
  for (let e = 0, o = 0; e < trie.edgeLength.length; e++) {
    offsets.push(o);
    o += trie.edgeLength[e]!;
  }
  const visit = (node: number, suffix: string): void => {
    for (let e = trie.edgeStart[node]!; e < trie.edgeStart[node + 1]!; e++) {
      const label = trie.labelText.slice(offsets[e], offsets[e]! + trie.edgeLength[e]!);
      const name = suffix ? `${label}.${suffix}` : label;
      if (trie.nodeFlags[trie.edgeChild[e]!]! & 1) out.push(name);
      visit(trie.edgeChild[e]!, name);
    }
  };
  visit(trie.rulesRoot, "");
  return out;
}

const RULES = allRules();
const hostUnder = (rule: string) => "mail.sendevagt." + rule.replace("*", "wild");
const rulesPerTld = new Map<string, number>();
for (const r of RULES) rulesPerTld.set(r.slice(r.lastIndexOf(".") + 1), (rulesPerTld.get(r.slice(r.lastIndexOf(".") + 1)) ?? 0) + 1);

describe("the generated public-suffix rules", () => {
  test("come from the tldts-icann that is installed (rerun scripts/generate-suffix-data.ts after an upgrade)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(SUFFIX_DATA_SOURCE).toBe(`tldts-icann ${(require("tldts-icann/package.json") as { version: string }).version}`);
  });

  test("a dropped rule only ever makes the suffix shorter, never different", () => {
    let dropped = 0;
    for (const rule of RULES) {
      const host = hostUnder(rule);
      const ours = getPublicSuffix(host)!;
      const full = tldts.getPublicSuffix(host)!;
      if (ours === full) continue;
      dropped++;
      expect(full.endsWith("." + ours)).toBe(true);
      expect(host.endsWith("." + getDomain(host))).toBe(true);
    }
    // 3,329 of 7,388 rules today, all under the big geographic lists.
    expect(dropped).toBeGreaterThan(3000);
    expect(dropped).toBeLessThan(3700);
  });

  test("every TLD, and every rule of a TLD with at most 60 rules, answers exactly as tldts-icann", () => {
    let checked = 0;
    for (const rule of RULES) {
      const labels = rule.split(".");
      if (labels.length > 1 && rulesPerTld.get(labels[labels.length - 1]!)! > 60) continue;
      const host = hostUnder(rule);
      expect([rule, getPublicSuffix(host), getDomain(host)]).toEqual([rule, tldts.getPublicSuffix(host), tldts.getDomain(host)]);
      checked++;
    }
    expect(checked).toBeGreaterThan(3300); // 3,349 today
  });

  test.each([
    "randers.dk", "x.co.uk", "x.org.uk", "x.com.au", "x.co.jp", "x.ne.jp", "x.lg.jp", "x.com.pl", "x.warszawa.pl", "x.gov.br",
    "x.priv.no", "x.kommune.no", "x.ak.us", "x.k12.ak.us", "x.pvt.k12.ma.us", "x.edu.ua", "x.com.vn", "a.b.sch.uk", "www.ck", "x.www.ck", "city.kawasaki.jp", "x.city.kobe.jp",
    "x.xn--55qx5d.cn", "x.公司.cn", "x.xn--p1ai", "x.рф", "x.中国", "X.CO.UK", "x.co.uk.", "co.uk.", "192.168.1.1", "[::1]", "localhost",
    "x.unknowntld", "", ".", "x..co.uk", "-x.dk", "jens@randers.dk", "https://sikkerpost.randers.dk/x?y=1",
  ])("%s: parse, getDomain and getPublicSuffix as tldts-icann", (input) => {
    expect(parse(input)).toEqual(tldts.parse(input));
    // tldts-icann's CommonJS build (what Jest loads) carries its own older tldts-core, which keeps
    // a trailing dot when extractHostname is off; the installed tldts-core, which the bundles
    // always used through tldts-icann's ES build, trims it like extractHostname does.
    const hostOnly = { extractHostname: false, validHosts: [] };
    const expected = tldts.parse(input.replace(/\.+$/, "") || input, hostOnly);
    expect(parse(input, hostOnly)).toEqual(expected);
    expect(getDomain(input)).toBe(tldts.getDomain(input));
    expect(getPublicSuffix(input)).toBe(tldts.getPublicSuffix(input));
  });

  test.each([
    // host under a dropped rule, registrable domain, public suffix (tldts-icann: one label more)
    ["kommune.oslo.no", "oslo.no", "no"],
    ["x.abashiri.hokkaido.jp", "hokkaido.jp", "jp"],
    ["x.ann-arbor.mi.us", "ann-arbor.mi.us", "mi.us"],
  ])("under a dropped rule %s is one label shorter: %s", (host, domain, suffix) => {
    expect(getDomain(host)).toBe(domain);
    expect(getPublicSuffix(host)).toBe(suffix);
    expect(tldts.getPublicSuffix(host)!.length).toBeGreaterThan(suffix.length);
  });
});

describe("a recipient under a dropped suffix (Randers Kommune's policy)", () => {
  const randers = testPolicy({ name: "Randers Kommune", domains: ["randers.dk"] });

  test.each(["randers.dk.oslo.no", "randers.dk.kommune.oslo.no", "randers.dk.abashiri.hokkaido.jp", "randers.dk.ann-arbor.mi.us", "randers.dk.trento.it"])(
    "%s is still external and still a subdomain trick naming randers.dk",
    (domain) => {
      const r = classifyRecipient({ address: `jens@${domain}` }, randers);
      expect(r.kind).toBe("external");
      expect(r.lookalike).toMatchObject({ severity: "block", imitates: "randers.dk", reason: "subdomain", suggestion: "jens@randers.dk" });
    },
  );

  test("the openly registrable Polish regional names are kept: randers.warszawa.pl is a tld-swap", () => {
    expect(classifyRecipient({ address: "jens@randers.warszawa.pl" }, randers).lookalike).toMatchObject({ severity: "block", reason: "tld-swap" });
  });

  test("the policy check still refuses the suffixes a Danish organisation could mistype as its own", () => {
    for (const suffix of ["co.uk", "com.au", "co.jp", "gov.br", "warszawa.pl", "ak.us", "k12.ca.us", "priv.no", "kommune.no"]) expect(riskOf(suffix)).toBe("public-suffix");
    expect(riskOf("randers.dk")).toBeUndefined();
  });
});
