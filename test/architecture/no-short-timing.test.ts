// No unit test may assert a wall-clock bound under 1 s (issue 13): such bounds flake on a loaded CI
// machine. Timing belongs in bench/ as ratios; a unit test counts work (bytes inflated, calls made)
// or, where only time will do, uses a generous bound of at least 1 s and says why. Browser tests
// (test/e2e) are not unit tests and are not scanned.
import { readFileSync } from "fs";
import { join, relative, sep } from "path";
import { filesUnder } from "./files-under";

const ROOT = join(__dirname, "..", "..");
const MIN_MS = 1000;

// An upper bound given as a number literal …
const BOUND = /\.toBeLessThan(?:OrEqual)?\(\s*([\d_]+(?:\.\d+)?)\s*\)/;
// … on a value that reads a clock, on this line or a few lines above.
const CLOCK = /Date\.now\(\)|performance\.now\(\)|\bms\b|elapsed|started|duration|took|\bt0\b/;
const CONTEXT_LINES = 6;

export function shortTimedBounds(name: string, text: string): string[] {
  const lines = text.split("\n");
  const found: string[] = [];
  lines.forEach((line, i) => {
    const bound = BOUND.exec(line);
    if (!bound || Number(bound[1]!.replace(/_/g, "")) >= MIN_MS) return;
    const before = lines.slice(Math.max(0, i - CONTEXT_LINES), i + 1).join("\n");
    // A bound on the clocked value itself: the expect() names it (expect(ms), expect(Date.now() - t)).
    const subject = /expect\(([^)]*(?:\([^)]*\))?[^)]*)\)\s*\.toBeLessThan/.exec(line)?.[1] ?? "";
    if (CLOCK.test(subject) || (/^\s*[\w.]+\s*$/.test(subject) && new RegExp(`\\b${subject.trim()}\\b[^\\n]*(?:Date\\.now|performance\\.now)`).test(before))) {
      found.push(`${name}:${i + 1}: ${line.trim()}`);
    }
  });
  return found;
}

describe("timed assertions", () => {
  it("the scan spots a short wall-clock bound and leaves counts and ratios alone", () => {
    expect(shortTimedBounds("a", "  expect(ms).toBeLessThan(200);")).toHaveLength(1);
    expect(shortTimedBounds("a", "  expect(Date.now() - started).toBeLessThan(400);")).toHaveLength(1);
    expect(shortTimedBounds("a", "  const took = performance.now() - t;\n  expect(took).toBeLessThan(50);")).toHaveLength(1);
    expect(shortTimedBounds("a", "  expect(Date.now() - started).toBeLessThan(1500); // reason")).toEqual([]);
    expect(shortTimedBounds("a", "  expect(bytesIn).toBeLessThan(zeros.length / 2);")).toEqual([]);
    expect(shortTimedBounds("a", "  expect(ratio).toBeLessThan(2.5);")).toEqual([]);
    expect(shortTimedBounds("a", "  expect(findings.length).toBeLessThan(3);")).toEqual([]);
  });

  it(`no unit test asserts a wall-clock bound under ${MIN_MS} ms`, () => {
    // This file's own examples aside.
    const testFiles = (dir: string) => filesUnder(dir, (name) => /\.test\.tsx?$/.test(name), (name) => name !== "e2e");
    const files = [...testFiles(join(ROOT, "src")), ...testFiles(join(ROOT, "test"))].filter((file) => file !== __filename);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => shortTimedBounds(relative(ROOT, file).split(sep).join("/"), readFileSync(file, "utf8")));
    expect(found).toEqual([]);
  });
});
