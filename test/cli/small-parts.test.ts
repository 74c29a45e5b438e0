import { parseCommandLine } from "../../src/cli/args";
import { maskDigits } from "../../src/cli/mask";
import { formatShare } from "../../src/cli/percent";
import { createProgress, renderBar } from "../../src/cli/progress";
import { formatVerdict } from "../../src/cli/format";
import { textsFor } from "../../src/cli/i18n";
import { cpr, cprExternal, lookalike, verdict } from "./helpers/verdicts";

describe("maskDigits", () => {
  it.each([
    ["Sag 150372-1234.msg", "Sag 150372-XXXX.msg"],
    ["150372 1234", "150372-XXXX"],
    ["1503721234", "150372-XXXX"],
    ["150372\u20131234", "150372-XXXX"],
    ["tlf 12345678", "tlf 12345678"],
    ["konto 12345678901", "konto 12345678901"],
  ])("%s → %s", (input, expected) => expect(maskDigits(input)).toBe(expected));
});

describe("formatShare", () => {
  it("writes Danish and English percentages", () => {
    expect(formatShare(0.125, "da")).toBe("12,5 %");
    expect(formatShare(0.125, "en")).toBe("12.5%");
    expect(formatShare(1, "da")).toBe("100 %");
    expect(formatShare(null, "da")).toBe("–");
  });
});

describe("parseCommandLine", () => {
  it("reads check with several paths, a policy and --json", () => {
    expect(parseCommandLine(["check", "a.eml", "mappe", "--policy", "p.json", "--json"])).toEqual({
      ok: true,
      command: { name: "check", paths: ["a.eml", "mappe"], policyPath: "p.json", json: true },
      options: { language: "da", languageGiven: false, maxBytes: 50 * 1024 * 1024 },
    });
  });

  it("reads report with --html, --lang and --max-size", () => {
    const parsed = parseCommandLine(["report", "udtraek", "--html", "r.html", "--lang", "en", "--max-size", "2"]);
    expect(parsed).toEqual({
      ok: true,
      command: { name: "report", paths: ["udtraek"], policyPath: undefined, htmlPath: "r.html", json: false },
      options: { language: "en", languageGiven: true, maxBytes: 2 * 1024 * 1024 },
    });
  });

  it.each([
    [["check"], "missing-paths"],
    [["frobnicate"], "unknown-command"],
    [["check", "a.eml", "--nope"], "bad-option"],
    [["check", "a.eml", "--html", "x.html"], "bad-option"],
    [["policy", "validate"], "missing-policy-file"],
    [["policy", "edit"], "unknown-command"],
    [["report", "x", "--lang", "de"], "bad-option"],
    [["report", "x", "--max-size", "-1"], "bad-option"],
  ])("%j is a usage error (%s)", (argv, kind) => {
    const parsed = parseCommandLine(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.kind).toBe(kind);
  });

  it("reads the policy subcommands and help", () => {
    expect(parseCommandLine(["policy", "schema"])).toMatchObject({ ok: true, command: { name: "policy-schema" } });
    expect(parseCommandLine(["policy", "validate", "p.json"])).toMatchObject({ ok: true, command: { name: "policy-validate", path: "p.json" } });
    expect(parseCommandLine([])).toMatchObject({ ok: true, command: { name: "help" } });
    expect(parseCommandLine(["check", "-h"])).toMatchObject({ ok: true, command: { name: "help" } });
  });
});

describe("progress", () => {
  it("draws nothing when stderr is not a terminal", () => {
    let written = "";
    const progress = createProgress({ isTTY: false, write: (s: string) => (written += s) }, 10, textsFor("da"));
    for (let i = 0; i < 10; i++) progress.tick();
    progress.done();
    expect(written).toBe("");
  });

  it("redraws at most every 100 ms and always at the end, then clears the line", () => {
    let written = "";
    let clock = 0;
    const progress = createProgress({ isTTY: true, write: (s: string) => (written += s) }, 4, textsFor("da"), () => clock);
    progress.tick(); // first draw
    progress.tick(); // same instant: skipped
    clock = 150;
    progress.tick(); // drawn
    progress.tick(); // the last one is always drawn
    expect(written.split("\r").filter(Boolean)).toEqual([
      `${renderBar(1, 4)} 1/4 filer`,
      `${renderBar(3, 4)} 3/4 filer`,
      `${renderBar(4, 4)} 4/4 filer`,
    ]);
    progress.done();
    expect(written.endsWith("\r\u001b[2K")).toBe(true);
  });

  it("fills the bar in proportion", () => {
    expect(renderBar(5, 10, 10)).toBe("[#####     ]");
    expect(renderBar(10, 10, 4)).toBe("[####]");
  });
});

describe("formatVerdict", () => {
  it("prints the action and each finding with masked numbers, in Danish", () => {
    const text = formatVerdict(
      "udtraek/Sag 150372-1234.msg",
      verdict([cprExternal([cpr("150372-XXXX"), cpr("220481-XXXX", true)]), { ...lookalike("x@anders.dk", "randers.dk"), assessment: { ...lookalike("x@anders.dk", "randers.dk").assessment, lookalike: { severity: "block", imitates: "randers.dk", reason: "typo", suggestion: "x@randers.dk" } } }]),
      textsFor("da"),
    );
    expect(text.split("\n")).toEqual([
      "udtraek/Sag 150372-XXXX.msg: stoppes",
      "  ! CPR-nummer til modtager uden for organisationen [bekræft]: CPR: 150372-XXXX (brødtekst), 220481-XXXX (brødtekst, citeret); til borger@gmail.com",
      "  ✗ Modtagerdomæne ligner et kendt domæne [stop]: x@anders.dk; ligner randers.dk; forslag: x@randers.dk",
    ]);
  });
});

describe("partText", () => {
  const { partText } = require("../../src/cli/format") as typeof import("../../src/cli/format");
  it.each([
    ["sheet:Ark1", "ark Ark1"],
    ["page:3", "side 3"],
    ["file:bilag.docx/header", "bilag.docx › sidehoved"],
    ["slide:2", "dias 2"],
    ["mystery", "mystery"],
  ])("%s → %s", (where, expected) => expect(partText(where, textsFor("da"))).toBe(expected));
});
