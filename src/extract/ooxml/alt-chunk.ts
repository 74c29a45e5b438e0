// Word's altChunk: an HTML, MHT, plain-text, RTF or Word part that Word imports and shows as
// part of the body where the w:altChunk stands. Document generators and case systems produce
// these; the chunk is read as the file it is, and its text counts as the body's.
import type { ExtractResult } from "../types";
import type { TextBuilder } from "../text-builder";
import type { Package } from "./package";

export function readAltChunk(pkg: Package, target: string, where: string, out: TextBuilder): void {
  const bytes = pkg.readBytes(target);
  if (!bytes) return;
  const name = target.slice(target.lastIndexOf("/") + 1);
  const r = pkg.budget.extract(name, bytes, pkg.depth + 1);
  addAll(r, where, out, pkg);
}

function addAll(r: ExtractResult, where: string, out: TextBuilder, pkg: Package): void {
  if (r.text) out.add(where, r.text);
  // A chunk that could not be fully read leaves the document partly checked.
  if (r.unreadable && r.unreadable !== "image" && !pkg.problem) pkg.problem = r.unreadable;
  for (const e of r.embedded || []) addAll(e, where, out, pkg);
}
