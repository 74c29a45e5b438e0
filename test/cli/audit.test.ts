import { readFileSync } from "node:fs";
import { run } from "../../src/cli/main";
import { findCprNumbers } from "../../src/detection";
import type { AuditReport } from "../../src/cli/audit/report";
import { captureIo } from "./helpers/io";
import { POLICY, seeded, sentMail, type SentClass, type SentMail } from "./helpers/sent-items";
import { tempTree } from "./helpers/tmp";

const CLASSES: SentClass[] = ["stamped", "confirmed", "digital-post", "phone-cpr", "phone-clean", "internal", "pane-only", "scanner-cpr-dp"];
const EXTERNAL: SentClass[] = CLASSES.filter((c) => c !== "internal");
const STAMPED: SentClass[] = ["stamped", "confirmed", "digital-post"];
const BYPASS: SentClass[] = ["phone-cpr", "pane-only"];

function generate(seed: number, n: number): SentMail[] {
  const random = seeded(seed);
  return Array.from({ length: n }, (_, i) => sentMail(CLASSES[Math.floor(random() * CLASSES.length)] as SentClass, i, random));
}

async function audit(mails: SentMail[], extra: string[] = [], policy: object | null = POLICY) {
  const files: Record<string, string> = {};
  mails.forEach((m, i) => (files[`sent/${String(i).padStart(4, "0")}.eml`] = m.eml));
  if (policy) files["policy.json"] = JSON.stringify(policy);
  const tree = tempTree(files);
  const io = captureIo();
  const args = ["audit", tree.path("sent"), ...(policy ? ["--policy", tree.path("policy.json")] : []), ...extra.map((a) => (a.startsWith("@") ? tree.path(a.slice(1)) : a))];
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err(), tree };
}

describe("sendevagt audit on generated Sent Items", () => {
  test.each([1, 2, 3])("seed %i: coverage and bypass list follow from the mail classes", async (seed) => {
    const mails = generate(seed, 40);
    const { code, out, tree } = await audit(mails, ["--json"]);
    tree.cleanup();
    expect(code).toBe(0);
    const report = JSON.parse(out) as AuditReport;
    const of = (classes: SentClass[]) => mails.filter((m) => classes.includes(m.cls));
    expect(report.total.mails).toBe(40);
    expect(report.total.external).toBe(of(EXTERNAL).length);
    expect(report.total.stamped).toBe(of(STAMPED).length);
    expect(report.total.bypass).toBe(of(BYPASS).length);
    expect(report.bypass.map((b) => b.cprs[0]).sort()).toEqual(of(BYPASS).map((m) => m.masked).sort());
    expect(report.bypass.filter((b) => b.client === "iPhone Mail (20A362)")).toHaveLength(of(["phone-cpr"]).length);
    // Per month adds up to the whole.
    const months = Object.values(report.byMonth);
    expect(months.reduce((s, c) => s + c.external, 0)).toBe(report.total.external);
    expect(report.byMonth["2026-10"]?.mails ?? 0).toBe(mails.filter((m) => m.month === "2026-10").length);
    expect(report.results.confirmed ?? 0).toBe(of(["confirmed"]).length);
    expect(report.decisions["digital-post"] ?? 0).toBe(of(["digital-post"]).length);
    expect(report.lookalikesCorrected).toBe(of(["digital-post"]).length);
    if (of(["confirmed"]).length > 0) {
      expect(report.otherTexts).toEqual({ "Borgeren bad selv om det": of(["confirmed"]).length });
      expect(report.reasons.andet).toBe(of(["confirmed"]).length);
    }
    expect(report.organization).toBe("Randers Kommune");
    expect(Object.keys(report.policyVersions)).toEqual(of(STAMPED).length > 0 ? ["2026-11-01"] : []);
  });

  test("the text summary says '2 af 3' and lists the bypass with masked number, domain and client", async () => {
    const random = seeded(7);
    const mails = [sentMail("stamped", 0, random), sentMail("confirmed", 1, random), sentMail("phone-cpr", 2, random)];
    const { code, out, tree } = await audit(mails);
    tree.cleanup();
    expect(code).toBe(0);
    expect(out).toMatch(/Konklusion: 66,7 % af den eksterne post gik gennem Sendevagt \(2 af 3\); 1 mail uden stempel indeholdt CPR-numre/);
    expect(out).toContain("Organisation: Randers Kommune");
    expect(out).toMatch(/Periode: 2026-1\d-\d\d – 2026-1\d-\d\d/);
    const bypassLine = out.split("\n").find((l) => l.includes(mails[2]?.masked ?? "none"));
    expect(bypassLine).toContain("advokat-jensen.dk");
    expect(bypassLine).toContain("iPhone Mail");
    expect(findCprNumbers(out)).toEqual([]);
  });

  test("--html writes a self-contained page with the same facts and no digits", async () => {
    const mails = generate(11, 24);
    const { out, err, tree } = await audit(mails, ["--html", "@audit.html", "--lang", "en"]);
    const html = readFileSync(tree.path("audit.html"), "utf8");
    tree.cleanup();
    expect(err).toMatch(/HTML report written/);
    expect(html).toContain("Content-Security-Policy");
    expect(html).toContain("@media print");
    expect(html).toMatch(/Conclusion: /);
    for (const text of [out, html]) expect(findCprNumbers(text)).toEqual([]);
  });

  test("merge of partial --json results equals one run over all mails", async () => {
    const mails = generate(5, 30);
    const whole = await audit(mails, ["--json"]);
    const a = await audit(mails.slice(0, 12), ["--json"]);
    const b = await audit(mails.slice(12), ["--json"]);
    const parts = tempTree({ "a.json": a.out, "b.json": b.out, "bad.json": "{}" });
    const io = captureIo();
    expect(await run(["merge", parts.path("b.json"), parts.path("a.json"), "--json"], io)).toBe(0);
    const merged = JSON.parse(io.out()) as AuditReport;
    const expected = JSON.parse(whole.out) as AuditReport;
    expect(merged.total).toEqual(expected.total);
    expect(merged.byMonth).toEqual(expected.byMonth);
    expect(merged.bypass).toEqual(expected.bypass);
    expect(merged.period).toEqual(expected.period);
    const bad = captureIo();
    expect(await run(["merge", parts.path("bad.json")], bad)).toBe(2);
    expect(bad.err()).toMatch(/ikke et delresultat/);
    for (const t of [whole, a, b]) t.tree.cleanup();
    parts.cleanup();
  });

  test("a tampered partial cannot bring CPR digits into the merged output", async () => {
    const mails = generate(9, 10).filter((m) => m.cls === "phone-cpr").slice(0, 1);
    const part = await audit(mails.length ? mails : [sentMail("phone-cpr", 0, seeded(1))], ["--json"]);
    const report = JSON.parse(part.out) as AuditReport;
    report.otherTexts = { "CPR 150385-1237 her": 1 };
    if (report.bypass[0]) report.bypass[0].cprs = ["1503851237"];
    const parts = tempTree({ "p.json": JSON.stringify(report) });
    const io = captureIo();
    await run(["merge", parts.path("p.json")], io);
    expect(io.out()).not.toMatch(/1237/);
    part.tree.cleanup();
    parts.cleanup();
  });
});
