// Every document a code comment cites is in the repository (issue 13): comments once pointed to
// design notes (../shared/DESIGN.md, DIGITALPOST.md, PUBLIC-BODIES.md) that only their authors had.
// A cited path is read from the repository root (docs/architecture.md), from the citing file's
// folder (../README.md), or, written bare (DESIGN.md), must be a file in docs/ or the root.
import { existsSync, readFileSync } from "fs";
import { dirname, join, relative, sep } from "path";
import { filesUnder } from "./files-under";

const ROOT = join(__dirname, "..", "..");
const SCANNED = ["src", "dev", "test", "bench", "scripts"];

// Documents outside this repository, named with their source in the same comment.
const EXTERNAL = new Set(["New-TransportRule.md", "Set-TransportRule.md"]); // MicrosoftDocs/office-docs-powershell

/** The comment text of a line: after `//`, or the line itself inside a block comment. */
function commentOf(line: string): string | undefined {
  const trimmed = line.trim();
  if (/^(\/\*|\*)/.test(trimmed)) return trimmed;
  const at = line.search(/(^|[^:"'`])\/\//);
  return at >= 0 ? line.slice(at) : undefined;
}

const CITATION = /(?:\.{1,2}\/|[\w-]+\/)*[\w-]+\.md\b/g;

export function citationsIn(text: string): string[] {
  return text.split("\n").flatMap((line) => commentOf(line)?.match(CITATION) ?? []);
}

/** A file inside this repository: the shared design notes beside a checkout do not count. */
function inRepo(path: string): boolean {
  const rel = relative(ROOT, path);
  return !rel.startsWith("..") && existsSync(path);
}

function exists(file: string, cited: string): boolean {
  if (EXTERNAL.has(cited)) return true;
  if (!cited.includes("/")) return inRepo(join(ROOT, "docs", cited)) || inRepo(join(ROOT, cited));
  return inRepo(join(ROOT, cited)) || inRepo(join(dirname(file), cited));
}

describe("documents cited in comments", () => {
  it("the scan finds citations in line and block comments, not in code", () => {
    expect(citationsIn("// see ../shared/DESIGN.md, and DIGITALPOST.md\n * docs/cpr-rule.md\nconst x = 'a.md';")).toEqual([
      "../shared/DESIGN.md",
      "DIGITALPOST.md",
      "docs/cpr-rule.md",
    ]);
  });

  it("a citation of a document that is not in the repository is caught", () => {
    expect(exists(join(ROOT, "src", "detection", "index.ts"), "../shared/DESIGN.md")).toBe(false);
    expect(exists(join(ROOT, "src", "detection", "index.ts"), "docs/architecture.md")).toBe(true);
  });

  it("every .md a comment in src/, dev/, test/, bench/ or scripts/ cites exists in the repository", () => {
    const missing: string[] = [];
    let seen = 0;
    for (const root of SCANNED) {
      for (const file of filesUnder(join(ROOT, root), (name) => /\.(ts|tsx|js|mjs|cjs)$/.test(name))) {
        if (file === __filename) continue;
        for (const cited of citationsIn(readFileSync(file, "utf8"))) {
          seen++;
          if (!exists(file, cited)) missing.push(`${relative(ROOT, file).split(sep).join("/")}: ${cited}`);
        }
      }
    }
    expect(seen).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
