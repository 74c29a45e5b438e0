// Safety logic lives once, in the core (issue 13): outside src/detection no code may carry its
// own CPR-shaped regular expression (three such copies with different separator sets once echoed
// numbers unmasked) or its own UTF-8 encoder. Scanned: src/ outside src/detection, dev/ and
// scripts/. Not scanned: bench/ (its baseline IS the bare regex scan `/\d{6}[-\s]?\d{4}/g` the
// finder is measured against) and test/ (tests use such expressions as oracles, e.g. "no six
// digits in the stamp"; the core's own reference rule lives in src/detection/cpr/__tests__).
import { readFileSync } from "fs";
import { join, relative } from "path";
import { filesUnder } from "./files-under";

const ROOT = join(__dirname, "..", "..");
const SCANNED = ["src", "dev", "scripts"];
const CORE = join(ROOT, "src", "detection");

function sourceFiles(dir: string, withCore = false): string[] {
  return filesUnder(dir, (name) => /\.(ts|tsx|js|mjs)$/.test(name), (_name, path) => withCore || path !== CORE);
}

// A digit class (\d, [0-9], \p{Nd}) repeated six or ten times, by count or spelled out: the
// shape of a CPR number's date part or of the whole number.
const DIGIT = String.raw`(?:\\d|\[0-9\]|\\p\{Nd\})`;
const CPR_SHAPED = new RegExp(String.raw`${DIGIT}\{(?:6|10)(?:,\d*)?\}|${DIGIT}\{[1-6],?\d*\}\S{0,40}${DIGIT}\{4\}|(?:${DIGIT}){6}`);

// A hand-written UTF-8 encoder ORs a multi-byte sequence's lead byte onto the code point's top
// bits (`0xe0 | (c >> 12)`, `0xf0 | (c >> 18)`); a decoder masks them off instead. The core's one
// encoder is src/bytes/utf8.ts (encodeUtf8, re-exported by the core).
const UTF8_ENCODER = /0x[eEfF]0\s*\|\s*\(?\s*[\w.]+\s*>>>?\s*(?:12|18)\b/;
const THE_ENCODER = join("src", "bytes", "utf8.ts");

function offenders(pattern: RegExp, roots = SCANNED, withCore = false): string[] {
  const found: string[] = [];
  for (const root of roots) {
    for (const file of sourceFiles(join(ROOT, root), withCore)) {
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, i) => {
        if (pattern.test(line)) found.push(`${relative(ROOT, file)}:${i + 1}`);
      });
    }
  }
  return found;
}

describe("the pattern that spots a CPR-shaped regular expression", () => {
  it.each([
    String.raw`/(^|[^0-9])([0-9]{6})[- ]?[0-9]{4}(?![0-9])/g`,
    String.raw`/(?<!\d)(\d{6})[ \u00a0\-./]{0,3}\d{4}(?!\d)/g`,
    String.raw`/[0-9]{6}[-\u2010\u2011\u2013 .]?[0-9]{4}/g`,
    String.raw`/^\d{10}$/`,
    String.raw`new RegExp("\\d{6}-?\\d{4}")`,
    String.raw`/\d\d\d\d\d\d-\d\d\d\d/`,
  ])("spots %s", (source) => {
    expect(CPR_SHAPED.test(source)).toBe(true);
  });

  it.each([String.raw`/^\d{4}-\d{2}-\d{2}$/`, String.raw`/^uni([0-9A-Fa-f]{4})$/`, String.raw`/\D/g`])(
    "leaves %s alone",
    (source) => {
      expect(CPR_SHAPED.test(source)).toBe(false);
    },
  );
});

// The one allowed exception: `sendevagt backstop` writes a Purview sensitive-information-type
// pattern for Exchange Online to run server-side. That regex is output for another engine (which
// cannot call our finder), never used to find or mask a number here; test/cli/backstop tests pin it.
const EXPORTED_PATTERNS = ["src/cli/backstop/purview-sit.ts"];

describe("outside the core", () => {
  it("no file has a CPR-shaped regular expression of its own (use maskCprNumbers / findCprNumbers)", () => {
    const found = offenders(CPR_SHAPED).filter((at) => !EXPORTED_PATTERNS.includes(at.slice(0, at.lastIndexOf(":")).split("\\").join("/")));
    expect(found).toEqual([]);
  });
});

// "Is this a CPR finding?" is answered once, by the core's isCprFinding / isCprRule (issue 13): a
// hand-written copy is two or more comparisons of a rule against CPR rule ids joined by || or &&
// (`f.rule === "cpr-external" || f.rule === "cpr-subject"`), or a list naming all three CPR rules.
// A switch over single rules (one message per rule) is not a copy and is left alone.
const RULE_IS_CPR = String.raw`\brule\s*[!=]==?\s*["'\x60]cpr-[\w-]+["'\x60]`;
const CPR_RULE_TEST = new RegExp(String.raw`${RULE_IS_CPR}\s*(?:\|\||&&)\s*[\w.()]*${RULE_IS_CPR}`);
const ALL_CPR_RULES = /(?=[^\n]*["'`]cpr-external["'`])(?=[^\n]*["'`]cpr-several-people["'`])(?=[^\n]*["'`]cpr-subject["'`])[^\n]*[[(][^\n]*/;

function copiesOfTheCprTest(): string[] {
  const found: string[] = [];
  for (const root of SCANNED) {
    // Tests may spell the rules out: they pin what the core's answer must be.
    for (const file of sourceFiles(join(ROOT, root)).filter((f) => !/\.test\.tsx?$/.test(f))) {
      const text = readFileSync(file, "utf8");
      for (const pattern of [CPR_RULE_TEST, ALL_CPR_RULES]) {
        const hit = pattern.exec(text);
        if (hit) found.push(`${relative(ROOT, file)}:${text.slice(0, hit.index).split("\n").length}`);
      }
    }
  }
  return [...new Set(found)];
}

describe("is this a CPR finding?", () => {
  it.each([
    `f.rule === "cpr-external" || f.rule === "cpr-several-people" || f.rule === "cpr-subject"`,
    `if (f.rule !== "cpr-external" &&\n    f.rule !== "cpr-several-people") continue;`,
    `const CPR_RULES = new Set<RuleId>(["cpr-external", "cpr-several-people", "cpr-subject"]);`,
  ])("the patterns spot the copy %s", (source) => {
    expect(CPR_RULE_TEST.test(source) || ALL_CPR_RULES.test(source)).toBe(true);
  });

  it.each([`case "cpr-external":`, `if (f.rule === "cpr-subject") {`, `const key = f.rule === "cpr-several-people" ? f.rule : "x";`])(
    "the patterns leave %s alone",
    (source) => {
      expect(CPR_RULE_TEST.test(source) || ALL_CPR_RULES.test(source)).toBe(false);
    },
  );

  it("no file outside the core has its own copy (use isCprFinding / isCprRule from src/detection)", () => {
    expect(copiesOfTheCprTest()).toEqual([]);
  });
});

describe("UTF-8", () => {
  it("the pattern spots a hand-written encoder and not a decoder", () => {
    expect(UTF8_ENCODER.test("out[n++] = 0xf0 | (c >> 18);")).toBe(true);
    expect(UTF8_ENCODER.test("bytes.push(0xe0 | (code >> 12), 0x80 | (code & 0x3f))")).toBe(true);
    expect(UTF8_ENCODER.test("else if (b >= 0xf0 && b <= 0xf4) (need = 3), (cp = b & 0x07)")).toBe(false);
  });

  it("has one encoder in the whole of src/, dev/ and scripts/: the core's", () => {
    const files = new Set(offenders(UTF8_ENCODER, SCANNED, true).map((at) => at.slice(0, at.lastIndexOf(":"))));
    expect([...files]).toEqual([THE_ENCODER]);
  });
});
