// The import map (issue 13; drawn in docs/architecture.md, "Folders and what each may import").
// Every import, export-from, require() and import() of every file in src/ and dev/ is read with the
// TypeScript parser and checked against the table below. Dependencies point inward: the pure core
// (src/detection) sits on two bottom modules (src/bytes, src/text) and nothing else of ours.
import * as ts from "typescript";
import { readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve, sep } from "path";
import { filesUnder } from "./files-under";

const ROOT = join(__dirname, "..", "..");

/** Folder → the folders it may import from (its own files always). Keep docs/architecture.md in step. */
const ALLOWED: Record<string, readonly string[]> = {
  "src/bytes": [],
  "src/text": [],
  "src/i18n": [],
  "src/detection": ["src/bytes", "src/text"],
  "src/policy": ["src/detection", "src/bytes"],
  "src/extract": ["src/bytes", "src/text", "src/detection"], // detection: types only, see TYPES_ONLY
  "src/digital-post": ["src/detection", "src/policy"],
  "src/outlook": ["src/detection", "src/policy", "src/extract", "src/bytes", "src/text", "src/i18n"],
  "src/commands": ["src/outlook", "src/detection", "src/policy", "src/digital-post", "src/i18n"], // digital-post: person contexts for the alert
  "src/taskpane": ["src/outlook", "src/detection", "src/policy", "src/digital-post", "src/i18n"],
  "src/cli": ["src/detection", "src/policy", "src/extract", "src/bytes", "src/text", "src/i18n"],
  // The fake Office is a product of its own: the simulator (an Outlook host that runs the built
  // add-in) and the tests both drive it. It knows nothing of ours.
  "dev/fake-office": [],
  // Builders and harnesses the unit tests in src/ and test/ share (classic bundle, fault matrix, .msg
  // builder): test code, kept out of test/ so that no src/ file imports test/.
  "dev/testing": ["src/detection", "src/policy", "src/outlook", "dev/fake-office"],
  "dev/simulator": ["src/policy", "src/detection", "src/i18n", "dev/fake-office"],
};

/** Imports that may only bring types (erased at build): the extractor bundle must not carry the core. */
const TYPES_ONLY: readonly [string, string][] = [["src/extract", "src/detection"]];

/**
 * The named exceptions to the table, each with its reason.
 * - src/detection/index.ts re-exports parsePolicy & co so one import serves the handler, the pane
 *   and the CLI (the public surface in docs/architecture.md is a contract).
 * - src/policy/risky.ts needs the webmail list as a value; importing the core's index would pull the
 *   whole core into the policy parser's bundle (src/policy/bundle.test.ts guards its size).
 */
const EXCEPTIONS: readonly [from: string, to: string][] = [
  ["src/detection/index.ts", "src/policy/index.ts"],
  ["src/policy/risky.ts", "src/detection/recipients/public-bodies.ts"],
  ["src/policy/risky.ts", "src/detection/recipients/public-suffix.ts"],
  ["src/policy/risky.test.ts", "src/detection/recipients/public-bodies.ts"],
];

const posix = (path: string): string => path.split(sep).join("/");

/** Test code: may import any src/ or dev/ folder (it wires layers together on purpose); never test/ from src/. */
const isTestCode = (file: string): boolean => /\.test\.tsx?$|test-support\.tsx?$|\/__tests__\//.test(file);

interface Import {
  file: string;
  spec: string;
  typeOnly: boolean;
}

function importsOf(file: string, text: string): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Import[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = ts.isImportDeclaration(node) ? node.importClause : undefined;
      const typeOnly = ts.isImportDeclaration(node)
        ? !!clause && (clause.isTypeOnly || (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly)))
        : node.isTypeOnly;
      found.push({ file, spec: node.moduleSpecifier.text, typeOnly });
    }
    if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === "require")) {
        found.push({ file, spec: node.arguments[0].text, typeOnly: false });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The folder a repo path belongs to: src/<x> or dev/<x> or test/<x>; undefined outside those. */
function folderOf(path: string): string | undefined {
  const [top, second] = path.split("/");
  if ((top === "src" || top === "dev" || top === "test") && second) return `${top}/${second.replace(/\.[jt]sx?$/, "")}`;
  return undefined;
}

/** Resolves a relative specifier to a repo path with its file name (index.ts for a folder). */
function resolveTarget(file: string, spec: string): string {
  const base = resolve(dirname(file), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
    try {
      if (statSync(candidate).isFile()) return posix(relative(ROOT, candidate));
    } catch {
      // not this one
    }
  }
  return posix(relative(ROOT, base));
}

const isSource = (name: string): boolean => /\.(ts|tsx|js|mjs|cjs)$/.test(name) && !name.endsWith(".d.ts");
const FILES = [...filesUnder(join(ROOT, "src"), isSource), ...filesUnder(join(ROOT, "dev"), isSource)];
const IMPORTS = FILES.flatMap((file) => importsOf(file, readFileSync(file, "utf8")).filter((i) => i.spec.startsWith(".")));

/** Every import that breaks the map, as "from → to (rule)". */
function violations(imports: readonly Import[]): string[] {
  const out: string[] = [];
  for (const { file, spec, typeOnly } of imports) {
    const from = posix(relative(ROOT, file));
    const to = resolveTarget(file, spec);
    const source = folderOf(from);
    const target = folderOf(to);
    if (!source || !target || source === target) continue;
    if (EXCEPTIONS.some(([a, b]) => a === from && b === to)) continue;
    const test = isTestCode(from);
    if ((from.startsWith("src/") || from.startsWith("dev/")) && to.startsWith("test/")) out.push(`${from} → ${to} (src/ and dev/ never import test/)`);
    else if (target === "src/detection" && to !== "src/detection/index.ts") out.push(`${from} → ${to} (outside the core, import src/detection/index.ts only)`);
    else if (!test && !(ALLOWED[source] ?? []).includes(target)) out.push(`${from} → ${to} (${source} may not import ${target})`);
    else if (!test && !typeOnly && TYPES_ONLY.some(([a, b]) => a === source && b === target)) out.push(`${from} → ${to} (${source} may import only types from ${target})`);
  }
  return out;
}

/** Files outside src/outlook that use the Office global as a value (types like Office.MessageCompose are fine). */
function officeGlobalUsers(): string[] {
  const out: string[] = [];
  for (const file of FILES) {
    const from = posix(relative(ROOT, file));
    if (!from.startsWith("src/") || from.startsWith("src/outlook/") || isTestCode(from)) continue;
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === "Office" && ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node) {
        out.push(`${from}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

describe("the import map", () => {
  it("reads imports of every kind", () => {
    const text = `import a from "./a"; import type { B } from "./b"; export { c } from "./c"; const d = require("./d"); void import("./e");`;
    expect(importsOf("x.ts", text).map((i) => [i.spec, i.typeOnly])).toEqual([
      ["./a", false],
      ["./b", true],
      ["./c", false],
      ["./d", false],
      ["./e", false],
    ]);
  });

  it("sees a deliberate violation: the core importing the policy module", () => {
    const file = join(ROOT, "src", "detection", "quoted.ts");
    expect(violations([{ file, spec: "../policy/parse", typeOnly: false }])).toEqual([
      "src/detection/quoted.ts → src/policy/parse.ts (src/detection may not import src/policy)",
    ]);
  });

  it("has found the source files", () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(IMPORTS.length).toBeGreaterThan(300);
  });

  it("every import of src/ and dev/ follows the table (src/ and dev/ never import test/)", () => {
    expect(violations(IMPORTS)).toEqual([]);
  });

  it("only src/outlook touches the Office global", () => {
    expect(officeGlobalUsers()).toEqual([]);
  });

  it("every table entry names a folder that exists", () => {
    for (const folder of [...Object.keys(ALLOWED), ...Object.values(ALLOWED).flat()]) {
      expect(statSync(join(ROOT, folder)).isDirectory()).toBe(true);
    }
  });
});
