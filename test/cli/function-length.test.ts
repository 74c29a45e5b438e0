// Issue 13: no function in src/cli over 80 lines (a reviewer would split it). Counts the lines of
// every function, method, arrow function and constructor with the TypeScript parser.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "../../src/cli");
const MAX_LINES = 80;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

function longFunctions(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > MAX_LINES) {
        const name = (node as ts.FunctionDeclaration).name?.getText() ?? "(anonymous)";
        found.push(`${relative(ROOT, path)}:${start + 1} ${name} (${end - start + 1} lines)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test(`no function in src/cli is longer than ${MAX_LINES} lines`, () => {
  const all = files(ROOT);
  expect(all.length).toBeGreaterThan(20);
  expect(all.flatMap(longFunctions)).toEqual([]);
});
