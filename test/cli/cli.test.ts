// The command line end to end, through run(): the real readers, the real core, generated mail.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { captureIo } from "./helpers/io";
import { tempTree } from "./helpers/tmp";
import { buildEml } from "./helpers/eml";
import { digitsOf } from "./helpers/cpr";
import { ALL_CPRS, CPR_HTML, CPR_MSG, CPR_QUOTED, CPR_SUBJECT, sentItems } from "./helpers/mailbox";

const RANDERS_POLICY = join(__dirname, "..", "..", "examples", "policy.randers.json");

/** Every way a synthetic number could leak: with or without separator, and its date part. */
function expectNoCprDigits(text: string): void {
  for (const cpr of ALL_CPRS) {
    const digits = digitsOf(cpr);
    expect(text).not.toContain(digits);
    expect(text).not.toContain(cpr);
    expect(text).not.toContain(`${digits.slice(0, 6)} ${digits.slice(6)}`);
    expect(text).not.toContain(digits.slice(6) + "\n"); // a tail on its own line
  }
}

function expectNoCprAtAll(text: string): void {
  expectNoCprDigits(text);
  for (const cpr of ALL_CPRS) expect(text).not.toContain(digitsOf(cpr).slice(0, 6));
}

describe("sendevagt check", () => {
  const tree = tempTree(sentItems());
  afterAll(() => tree.cleanup());

  it("prints every mail's verdict with masked numbers, names the broken file and exits 2", async () => {
    const io = captureIo();
    const code = await run(["check", tree.root, "--policy", RANDERS_POLICY], io);
    expect(code).toBe(2);
    const out = io.out();
    expect(out).toMatch(/01-intern\.eml: sendes/);
    expect(out).toMatch(/07-partner\.txt: sendes/);
    expect(out).toMatch(/02-borger-html\.eml: (stoppes|kræver bekræftelse)/);
    expect(out).toContain(`${CPR_HTML.slice(0, 6)}-XXXX`);
    expect(out).toContain(`${CPR_MSG.slice(0, 6)}-XXXX`);
    expect(out).toContain(`${CPR_QUOTED.slice(0, 6)}-XXXX (brødtekst, citeret)`);
    // attachments go through the core's extractor: text is searched, a picture is named as unchecked
    expect(out).toContain(`${CPR_MSG.slice(0, 6)}-XXXX (vedhæftet afgørelse.txt)`);
    expect(out).toContain("i Vedhæftet fil ikke kontrolleret [oplysning]: scan.png (billede – tekst i billeder kan ikke læses)");
    expect(out).toContain("anna.borger@gmail.com");
    expect(out).toMatch(/sagsbehandler@anders\.dk; ligner randers\.dk; forslag: sagsbehandler@randers\.dk/);
    expect(out).toContain("7 mails kontrolleret: 1 stoppes, 3 kræver bekræftelse, 3 sendes. 1 fil kunne ikke læses.");
    // a number in the subject to an internal recipient is shown, not stopped
    expect(out).toContain(`04-emne.eml: sendes\n  i CPR-nummer i emnefeltet [oplysning]: CPR: ${CPR_SUBJECT.slice(0, 6)}-XXXX (emne)`);
    expect(io.err()).toMatch(/08-beskadiget\.msg: kunne ikke læses – filen er beskadiget/);
    expectNoCprDigits(out + io.err());
  });

  it("exits 1 when something would stop and every file was read", async () => {
    const io = captureIo();
    expect(await run(["check", tree.path("01-intern.eml"), tree.path("06-sag.msg"), "--policy", RANDERS_POLICY], io)).toBe(1);
  });

  it("exits 0 when nothing would stop", async () => {
    const io = captureIo();
    expect(await run(["check", tree.path("01-intern.eml"), tree.path("07-partner.txt"), "--policy", RANDERS_POLICY], io)).toBe(0);
    expect(io.out()).toContain("2 mails kontrolleret: 0 stoppes, 0 kræver bekræftelse, 2 sendes.");
  });

  it("speaks the policy's language unless --lang says otherwise", async () => {
    const english = tempTree({ "policy.json": JSON.stringify({ organization: { name: "Randers Kommune", domains: ["randers.dk"] }, language: "en" }) });
    const io = captureIo();
    expect(await run(["check", tree.path("01-intern.eml"), "--policy", english.path("policy.json")], io)).toBe(0);
    expect(io.out()).toContain("1 mail checked: 0 stopped, 0 need confirmation, 1 goes.");
    const io2 = captureIo();
    await run(["check", tree.path("01-intern.eml"), "--policy", english.path("policy.json"), "--lang", "da"], io2);
    expect(io2.out()).toContain("1 mail kontrolleret");
    english.cleanup();
  });

  it("uses the sender's domain as the organisation without --policy", async () => {
    const io = captureIo();
    // aarhus.dk is trusted only in Randers' policy: zero-config sees an external recipient
    expect(await run(["check", tree.path("07-partner.txt")], io)).toBe(1);
    expect(io.out()).toMatch(/07-partner\.txt: (stoppes|kræver bekræftelse)/);
  });

  it("--json: one document with each mail's findings, masked, without hashes", async () => {
    const io = captureIo();
    const code = await run(["check", tree.root, "--policy", RANDERS_POLICY, "--json"], io);
    expect(code).toBe(2);
    const doc = JSON.parse(io.out());
    expect(Object.keys(doc)).toEqual(["mails", "unreadable", "summary"]);
    expect(doc.mails).toHaveLength(7);
    expect(doc.unreadable).toEqual([expect.objectContaining({ file: tree.path("08-beskadiget.msg"), reason: "parse-failed" })]);
    expect(doc.summary).toEqual({ mails: 7, block: expect.any(Number), confirm: expect.any(Number), allow: 3, unreadable: 1 });
    expect(doc.summary.block + doc.summary.confirm).toBe(4);

    const byFile = Object.fromEntries(doc.mails.map((m: { file: string }) => [m.file.slice(tree.root.length + 1), m]));
    expect(byFile["01-intern.eml"]).toEqual({ file: tree.path("01-intern.eml"), action: "allow", findings: [] });
    const citizen = byFile["02-borger-html.eml"];
    expect(citizen.findings.map((f: { rule: string }) => f.rule)).toContain("cpr-external");
    const cprFinding = citizen.findings.find((f: { rule: string }) => f.rule === "cpr-external");
    expect(cprFinding.cprs).toEqual([expect.objectContaining({ masked: `${CPR_HTML.slice(0, 6)}-XXXX`, location: { part: "body" }, quoted: false })]);
    expect(cprFinding.cprs[0]).not.toHaveProperty("hash");
    const quoted = byFile["03-svar-citeret.eml"].findings.find((f: { rule: string }) => f.rule === "cpr-external");
    expect(quoted.quotedOnly).toBe(true);
    expect(byFile["04-emne.eml"].findings.map((f: { rule: string }) => f.rule)).toContain("cpr-subject");
    expect(byFile["05-anders.eml"].action).toBe("block");
    expect(byFile["06-sag.msg"].findings.map((f: { rule: string }) => f.rule)).toContain("cpr-external");
    expect(byFile["07-partner.txt"].action).toBe("allow");
    expect(io.out()).not.toMatch(/"hash"|"fingerprint"/);
    expectNoCprDigits(io.out());
  });

  it("masks a CPR number in a file name (classic Outlook names .msg files after the subject)", async () => {
    const named = tempTree({ [`Sag ${CPR_SUBJECT}.eml`]: "not a mail\u0000" });
    const io = captureIo();
    expect(await run(["check", named.root], io)).toBe(2);
    expect(io.err()).toContain(`Sag ${CPR_SUBJECT.slice(0, 6)}-XXXX.eml: kunne ikke læses – filen ligner ikke en mail`);
    expectNoCprDigits(io.err());
    named.cleanup();
  });

  it("draws a progress bar only when stderr is a terminal", async () => {
    const tty = captureIo({ tty: true });
    await run(["check", tree.root, "--policy", RANDERS_POLICY], tty);
    expect(tty.err()).toContain("8/8 filer");
    expect(tty.err()).toContain("[##############################]");
    const piped = captureIo();
    await run(["check", tree.root, "--policy", RANDERS_POLICY], piped);
    expect(piped.err()).not.toContain("filer");
  });

  it("names a missing path and an unsupported file, and still checks the rest", async () => {
    const extra = tempTree({ "brev.docx": "x" });
    const io = captureIo();
    expect(await run(["check", tree.path("nope.eml"), extra.path("brev.docx"), tree.path("01-intern.eml")], io)).toBe(2);
    expect(io.err()).toContain("nope.eml: kunne ikke læses – findes ikke");
    expect(io.err()).toContain("brev.docx: kunne ikke læses – filtypen understøttes ikke");
    expect(io.out()).toContain("01-intern.eml: sendes");
    extra.cleanup();
  });

  it("exits 2 on bad usage and on an invalid policy, before reading any mail", async () => {
    const io = captureIo();
    expect(await run(["check"], io)).toBe(2);
    expect(io.err()).toContain('"check" skal have mindst én fil eller mappe.');
    const broken = tempTree({ "policy.json": '{"organization": {"name": "X", "domains": []}' });
    const io2 = captureIo();
    expect(await run(["check", tree.root, "--policy", broken.path("policy.json")], io2)).toBe(2);
    expect(io2.err()).toContain("har fejl");
    expect(io2.out()).toBe("");
    broken.cleanup();
  });
});

describe("a huge mail", () => {
  // What makes real mails huge: a big base64 attachment, here beside a 5 MB body.
  const body = "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\r\n".repeat(90_000);
  const eml = buildEml({
    from: "jens@randers.dk",
    to: ["x@gmail.com"],
    subject: "Stor",
    text: `${body}CPR ${CPR_HTML}\r\n`,
    attachments: [{ name: "scanning.pdf", mimeType: "application/pdf", content: new Uint8Array(14_000_000).fill(0x41) }],
  });
  const tree = tempTree({ "stor.eml": eml });
  afterAll(() => tree.cleanup());

  it("is read whole (20 MB) and the number at its very end is found", async () => {
    expect(readFileSync(tree.path("stor.eml")).length).toBeGreaterThan(20_000_000);
    const io = captureIo();
    expect(await run(["check", tree.root, "--json"], io)).toBe(1);
    expect(io.out()).toContain(`${CPR_HTML.slice(0, 6)}-XXXX`);
    // larger than the policy's per-file limit: named as not checked, as Outlook would
    expect(JSON.parse(io.out()).mails[0].findings).toContainEqual(
      expect.objectContaining({ rule: "attachment-unchecked", attachment: "scanning.pdf", reason: "too-large" }),
    );
  });

  it("is refused by name above --max-size, and the run goes on", async () => {
    const io = captureIo();
    expect(await run(["check", tree.root, "--max-size", "5"], io)).toBe(2);
    expect(io.err()).toContain("stor.eml: kunne ikke læses – filen er større end grænsen");
  });
});

describe("sendevagt report", () => {
  const tree = tempTree(sentItems());
  afterAll(() => tree.cleanup());

  it("counts stopped mails, rules, lookalikes, quoted-only and Digital Post; the HTML holds no number or content", async () => {
    const io = captureIo();
    const html = tree.path("rapport.html");
    expect(await run(["report", tree.root, "--policy", RANDERS_POLICY, "--json", "--html", html], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.mails).toBe(7);
    expect(report.unreadable).toBe(1);
    expect(report.unreadableByReason).toEqual({ "parse-failed": 1 });
    expect(report.stopped).toBe(4);
    expect(report.actions).toEqual({ allow: 3, confirm: 3, block: 1 });
    expect(report.byRule.find((r: { rule: string }) => r.rule === "cpr-external").mails).toBe(3);
    expect(report.byRule.find((r: { rule: string }) => r.rule === "cpr-subject").mails).toBe(1);
    expect(report.topLookalikes[0]).toEqual(expect.objectContaining({ domain: "anders.dk", imitates: "randers.dk", mails: 1 }));
    expect(report.cpr.findings).toBe(4);
    expect(report.cpr.quotedOnlyFindings).toBe(1);
    expect(report.cpr.quotedOnlyShare).toBe(0.25);
    expect(report.digitalPost).toEqual({ configured: true, mails: 3, shareOfStopped: 3 / 4 });

    const page = readFileSync(html, "utf8");
    expect(page).toContain("anders.dk → randers.dk");
    expect(page).toContain("75 %");
    expect(page).not.toMatch(/https?:|<script|<link|<img|src=/i);
    // Only the print stylesheet's @media/@page may hold an "@" (issue 18: printable page).
    expect(page.replace(/<style>[^<]*<\/style>/, "")).not.toMatch(/@|XXXX|gmail|hotmail|Anna|Afgørelse|Din ansøgning|Lorem/);
    expectNoCprAtAll(page);
    expectNoCprAtAll(io.out());
    expect(io.err()).toContain("HTML-rapport skrevet");
  });

  it("prints a Danish text report by default, without numbers or addresses", async () => {
    const io = captureIo();
    expect(await run(["report", tree.root, "--policy", RANDERS_POLICY], io)).toBe(0);
    expect(io.out()).toContain("Ville være stoppet: 4 (57,1 %)");
    expect(io.out()).toContain("Andel af stoppede mails, som Digital Post-ruten kunne have klaret: 3 (75 %)");
    expect(io.out()).not.toMatch(/@|XXXX/);
    expectNoCprAtAll(io.out());
  });

  it("says there is no Digital Post route without a policy", async () => {
    const io = captureIo();
    expect(await run(["report", tree.root, "--json"], io)).toBe(0);
    expect(JSON.parse(io.out()).digitalPost).toEqual({ configured: false, mails: 0, shareOfStopped: null });
  });

  it("exits 2 when the HTML file cannot be written", async () => {
    const io = captureIo();
    expect(await run(["report", tree.root, "--html", join(tree.root, "no-such-dir", "r.html")], io)).toBe(2);
    expect(io.err()).toContain("kunne ikke skrives");
  });
});

describe("sendevagt policy", () => {
  const tree = tempTree({
    "bad.json": JSON.stringify({ organization: { name: 7, domains: ["not a domain"] }, colour: "red" }),
    "syntax.json": '{"organization": ',
  });
  afterAll(() => tree.cleanup());

  it("validate: a valid file exits 0 with a short summary", async () => {
    const io = captureIo();
    expect(await run(["policy", "validate", RANDERS_POLICY], io)).toBe(0);
    expect(io.out()).toContain("er gyldig.");
    expect(io.out()).toContain("Organisation: Randers Kommune (randers.dk)");
    expect(io.out()).toContain("Betroede partnere: 10");
    expect(io.out()).toContain("Digital Post: Digital Post via Randers Kommunes gateway (gateway)");
  });

  it("validate: lists every problem with its JSON path and exits 2", async () => {
    const io = captureIo();
    expect(await run(["policy", "validate", tree.path("bad.json")], io)).toBe(2);
    expect(io.err()).toMatch(/organization\.name: /);
    expect(io.err()).toMatch(/organization\.domains\[0\]: /);
    expect(io.err()).toMatch(/colour: /);
  });

  it("validate: English on request", async () => {
    const io = captureIo();
    expect(await run(["policy", "validate", tree.path("bad.json"), "--lang", "en"], io)).toBe(2);
    expect(io.err()).toContain("has errors:");
  });

  it("validate: broken JSON and a missing file exit 2 with a reason", async () => {
    const io = captureIo();
    expect(await run(["policy", "validate", tree.path("syntax.json")], io)).toBe(2);
    expect(io.err()).toContain("JSON");
    const io2 = captureIo();
    expect(await run(["policy", "validate", tree.path("missing.json")], io2)).toBe(2);
    expect(io2.err()).toContain("findes ikke");
  });

  it("schema: prints the JSON Schema", async () => {
    const io = captureIo();
    expect(await run(["policy", "schema"], io)).toBe(0);
    const schema = JSON.parse(io.out());
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.properties.organization).toBeDefined();
  });
});

describe("bin/sendevagt.js", () => {
  it("runs the TypeScript CLI as an installed command would", () => {
    const { spawnSync } = require("node:child_process") as typeof import("node:child_process");
    const tree = tempTree({ "a.eml": buildEml({ from: "jens@randers.dk", to: ["b@randers.dk"], subject: "Hej", text: "Hej" }) });
    writeFileSync(tree.path("b.eml"), buildEml({ from: "jens@randers.dk", to: ["x@gmail.com"], subject: "Sag", text: `CPR ${CPR_MSG}` }));
    const result = spawnSync(process.execPath, [join(__dirname, "..", "..", "bin", "sendevagt.js"), "check", tree.root], { encoding: "utf8" });
    tree.cleanup();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${CPR_MSG.slice(0, 6)}-XXXX`);
    expect(result.stdout).not.toContain(digitsOf(CPR_MSG));
  });
});
