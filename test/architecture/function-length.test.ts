// Issue 13: no function in src/ or dev/ over 80 lines (a reviewer would split it). Counts the lines
// of every function, method, arrow function, accessor and constructor with the TypeScript parser,
// from its first to its last line. Test files (*.test.ts(x), __tests__/, test-support) are not
// counted: a table-driven test reads best as one long list of cases.
import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { filesUnder } from "./files-under";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..");
const MAX_LINES = 80;
const isTestCode = (path: string): boolean => /\.test\.tsx?$|test-support\.tsx?$|[\\/]__tests__[\\/]/.test(path);

function nameOf(node: ts.Node): string {
  const named = node as ts.FunctionDeclaration;
  if (named.name) return named.name.getText();
  if (ts.isConstructorDeclaration(node)) return "constructor";
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) return parent.name.getText();
  return "(anonymous)";
}

export function longFunctions(path: string, text = readFileSync(path, "utf8")): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > MAX_LINES) found.push(`${relative(ROOT, path).split(sep).join("/")}:${start + 1} ${nameOf(node)} (${end - start + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test("the counter sees a long arrow function and its name", () => {
  const body = Array.from({ length: MAX_LINES }, (_, i) => `  const v${i} = ${i};`).join("\n");
  expect(longFunctions(join(ROOT, "src", "x.ts"), `const boot = () => {\n${body}\n};`)).toEqual([`src/x.ts:1 boot (${MAX_LINES + 2} lines)`]);
  expect(longFunctions(join(ROOT, "src", "x.ts"), `function ok() {\n${body.split("\n").slice(2).join("\n")}\n}`)).toEqual([]);
});

test(`no function in src/ or dev/ (test files aside) is longer than ${MAX_LINES} lines`, () => {
  const isChecked = (name: string, path: string): boolean => /\.tsx?$/.test(name) && !name.endsWith(".d.ts") && !isTestCode(path);
  const all = [...filesUnder(join(ROOT, "src"), isChecked), ...filesUnder(join(ROOT, "dev"), isChecked)];
  expect(all.length).toBeGreaterThan(100);
  expect(all.flatMap((path) => longFunctions(path))).toEqual([]);
});
