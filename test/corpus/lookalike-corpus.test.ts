// The development corpus (a copy of ../shared/corpus/lookalike-dev.jsonl, so a fresh clone can run
// it), evaluated with all five protected domains in one policy: Gentofte as the organisation's
// own domain, the other four as trusted partners. Prints recall per class.
import { readFileSync } from "fs";
import { join } from "path";
import { classifyRecipient } from "../../src/detection";
import { testPolicy } from "../../src/detection/recipients/__tests__/policy";

interface Row {
  protected: string;
  candidate: string;
  fuzzer: string;
  label: "lookalike" | "legitimate";
  display_name?: string;
  why?: string;
}

const rows: Row[] = readFileSync(join(__dirname, "lookalike-dev.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Row);

const policy = testPolicy({
  name: "Gentofte Kommune",
  domains: ["gentofte.dk"],
  trusted: [
    { domain: "koege.dk", name: "Køge Kommune" },
    { domain: "fmk.dk", name: "Faaborg-Midtfyn Kommune" },
    { domain: "regionsjaelland.dk", name: "Region Sjælland" },
    { domain: "virk.dk", name: "Virk" },
  ],
});

function assess(row: Row) {
  return classifyRecipient({ address: `postkasse@${row.candidate}`, displayName: row.display_name }, policy);
}

function flagged(row: Row): boolean {
  const l = assess(row).lookalike;
  return !!l && l.severity !== "notice" && l.imitates === row.protected;
}

describe("lookalike development corpus", () => {
  const lookalikes = rows.filter((r) => r.label === "lookalike");
  const legitimate = rows.filter((r) => r.label === "legitimate");

  test("the corpus is the one described in its README", () => {
    expect(lookalikes).toHaveLength(556);
    expect(legitimate).toHaveLength(66);
  });

  test("at least 99 % of lookalikes get block or confirm naming the protected domain (recall per class printed)", () => {
    const perClass = new Map<string, { hit: number; total: number; missed: string[] }>();
    for (const row of lookalikes) {
      const c = perClass.get(row.fuzzer) ?? { hit: 0, total: 0, missed: [] };
      c.total++;
      if (flagged(row)) c.hit++;
      else c.missed.push(row.candidate);
      perClass.set(row.fuzzer, c);
    }
    const lines = [...perClass.entries()]
      .sort((a, b) => b[1].total - a[1].total)
      .map(([cls, c]) => `${cls.padEnd(22)} ${String(c.hit).padStart(3)}/${String(c.total).padEnd(3)} ${((100 * c.hit) / c.total).toFixed(1).padStart(5)} %${c.missed.length ? "  missed: " + c.missed.join(", ") : ""}`);
    const hit = [...perClass.values()].reduce((s, c) => s + c.hit, 0);
    lines.push(`${"all".padEnd(22)} ${hit}/${lookalikes.length} ${((100 * hit) / lookalikes.length).toFixed(1)} %`);
    console.log(`Lookalike recall per class (dev corpus)\n${lines.join("\n")}`);
    expect(hit / lookalikes.length).toBeGreaterThanOrEqual(0.99);
  });

  test("no legitimate domain gets block or confirm", () => {
    const wrongly = legitimate
      .map((row) => ({ row, l: assess(row).lookalike }))
      .filter(({ l }) => l && l.severity !== "notice")
      .map(({ row, l }) => `${row.candidate} (${l?.severity} as ${l?.imitates})`);
    console.log(`Legitimate rows blocked or confirmed: ${wrongly.length} of ${legitimate.length}`);
    expect(wrongly).toEqual([]);
  });

  test("legitimate neighbours at distance 1 get a notice naming the real organisation", () => {
    for (const candidate of ["fm.dk", "fmn.dk"]) {
      const row = legitimate.find((r) => r.candidate === candidate) as Row;
      expect(assess(row).lookalike).toMatchObject({ severity: "notice", imitates: "fmk.dk", actualName: row.why });
    }
  });

  test("display-name rows are legitimate without their display name", () => {
    for (const row of lookalikes.filter((r) => r.fuzzer === "display-name")) {
      expect(classifyRecipient({ address: `x@${row.candidate}` }, policy).lookalike).toBeUndefined();
    }
  });
});
