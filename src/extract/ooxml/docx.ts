// Word documents: the body, then headers, footers, notes and comments (where letters often carry the CPR).
import { TextBuilder } from "../text-builder";
import { numbered, type Package } from "./package";
import { runText, WORD } from "./runs";

export function readDocx(pkg: Package, out: TextBuilder): void {
  const body = pkg.read("word/document.xml");
  if (body !== undefined) out.add("body", runText(body, WORD, pkg.budget));
  for (const [re, where] of [
    [/^word\/header\d*\.xml$/, "header"],
    [/^word\/footer\d*\.xml$/, "footer"],
    [/^word\/footnotes\.xml$/, "footnotes"],
    [/^word\/endnotes\.xml$/, "endnotes"],
    [/^word\/comments\.xml$/, "comments"],
  ] as const) {
    for (const part of numbered(pkg, re)) out.add(where, runText(pkg.read(part) || "", WORD, pkg.budget));
  }
}
