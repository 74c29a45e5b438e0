import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A fresh temp folder; `files` maps relative paths to contents. */
export function tempTree(files: Record<string, string | Uint8Array> = {}): { root: string; path(rel: string): string; cleanup(): void } {
  const root = mkdtempSync(join(tmpdir(), "sendevagt-cli-"));
  for (const [rel, content] of Object.entries(files)) {
    const full = join(root, rel);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { root, path: (rel) => join(root, rel), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
