// Lookalikes generated for protected domains the development corpus does not contain (the
// acceptance set is of this kind), and a list of legitimate Danish domains that must stay quiet.
import { classifyRecipient, findKnownOrganisation } from "../../src/detection";
import { knownOrganisations } from "../../src/detection/recipients";
import { testPolicy } from "../../src/detection/recipients/__tests__/policy";
import { LEGIT_DANISH_DOMAINS } from "./legit-danish-domains";
import { dnstwistLookalikes, generateLookalikes } from "./lookalike-generator";

const PROTECTED = [
  "randers.dk", "aarhus.dk", "kk.dk", "skat.dk", "borger.dk", "sundhed.dk", "helsingor.dk", "ikast-brande.dk",
  "odense.dk", "aalborg.dk", "vejle.dk", "herning.dk", "hjoerring.dk", "politi.dk", "frederiksberg.dk", "rm.dk", "regionh.dk",
];

const policy = testPolicy({
  name: "Randers Kommune",
  domains: ["randers.dk"],
  trusted: PROTECTED.slice(1).map((domain) => ({ domain, name: domain })),
});

describe("generated lookalikes of other protected domains", () => {
  // A generated name that is a real organisation's domain is not a lookalike (as in the corpus).
  const rows = PROTECTED.flatMap(generateLookalikes).filter((g) => !findKnownOrganisation(g.candidate));

  test("at least 97 % are flagged naming the protected domain (recall per class printed)", () => {
    const perClass = new Map<string, [number, number]>();
    let hit = 0;
    const missed: string[] = [];
    for (const g of rows) {
      const l = classifyRecipient({ address: `x@${g.candidate}` }, policy).lookalike;
      const ok = !!l && l.severity !== "notice" && l.imitates === g.protected;
      const c = perClass.get(g.fuzzer) ?? [0, 0];
      perClass.set(g.fuzzer, [c[0] + (ok ? 1 : 0), c[1] + 1]);
      if (ok) hit++;
      else missed.push(`${g.candidate} (${g.fuzzer})`);
    }
    const lines = [...perClass.entries()].map(([cls, [h, t]]) => `${cls.padEnd(22)} ${h}/${t} ${((100 * h) / t).toFixed(1)} %`);
    console.log(
      `Generated lookalikes: ${hit}/${rows.length} (${((100 * hit) / rows.length).toFixed(2)} %)\n${lines.join("\n")}\nmissed: ${missed.join(", ")}`,
    );
    expect(rows.length).toBeGreaterThan(3000);
    expect(hit / rows.length).toBeGreaterThanOrEqual(0.97);
  });

  test("legitimate Danish domains are never blocked or confirmed", () => {
    const wrongly = LEGIT_DANISH_DOMAINS.filter((d) => {
      const l = classifyRecipient({ address: `x@${d}` }, policy).lookalike;
      return l && l.severity !== "notice";
    });
    console.log(`Legitimate Danish domains blocked or confirmed: ${wrongly.length} of ${LEGIT_DANISH_DOMAINS.length}`);
    expect(wrongly).toEqual([]);
  });
});

describe("dnstwist's own fuzzers", () => {
  test("at least 97 % are flagged naming the protected domain (recall per fuzzer printed)", () => {
    const rows = PROTECTED.flatMap(dnstwistLookalikes).filter((g) => !findKnownOrganisation(g.candidate));
    const perClass = new Map<string, [number, number]>();
    let hit = 0;
    for (const g of rows) {
      const l = classifyRecipient({ address: `x@${g.candidate}` }, policy).lookalike;
      const ok = !!l && l.severity !== "notice" && l.imitates === g.protected;
      const c = perClass.get(g.fuzzer) ?? [0, 0];
      perClass.set(g.fuzzer, [c[0] + (ok ? 1 : 0), c[1] + 1]);
      if (ok) hit++;
    }
    const lines = [...perClass.entries()].map(([cls, [h, t]]) => `${cls.padEnd(22)} ${h}/${t} ${((100 * h) / t).toFixed(1)} %`);
    console.log(`dnstwist-style lookalikes: ${hit}/${rows.length} (${((100 * hit) / rows.length).toFixed(2)} %)\n${lines.join("\n")}`);
    expect(hit / rows.length).toBeGreaterThanOrEqual(0.97);
  });
});

describe("a crowded policy", () => {
  test("with every known public body trusted, the legitimate Danish domains still pass", () => {
    const everyBody = testPolicy({
      trusted: knownOrganisations()
        .filter((o) => o.public)
        .map((o) => ({ domain: o.domains[0] as string, name: o.name })),
    });
    const wrongly = LEGIT_DANISH_DOMAINS.filter((d) => {
      const l = classifyRecipient({ address: `x@${d}` }, everyBody).lookalike;
      return l && l.severity !== "notice";
    });
    expect(wrongly).toEqual([]);
  });
});
