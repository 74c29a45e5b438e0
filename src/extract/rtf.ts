// RTF: the text of the document with control words removed. Destinations that are not document
// text (font and colour tables, pictures, embedded objects, field instructions, metadata) are skipped.
import type { Budget } from "./context";
import { decodeCp1252 } from "./decode";

const SKIP = new Set([
  "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "objdata", "fldinst", "themedata",
  "datastore", "latentstyles", "xmlnstbl", "listtable", "listoverridetable", "rsidtbl", "generator",
  "filetbl", "revtbl", "pgdsctbl", "bkmkstart", "bkmkend", "shppict", "nonshppict", "blipuid",
]);

const BREAKS: Record<string, string> = { par: "\n", line: "\n", sect: "\n", page: "\n", row: "\n", tab: "\t", cell: "\t", emdash: "—", endash: "–", bullet: "•", lquote: "‘", rquote: "’", ldblquote: "“", rdblquote: "”", emspace: " ", enspace: " ", qmspace: " " };

export function isRtf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x7b && bytes[1] === 0x5c && bytes[2] === 0x72 && bytes[3] === 0x74 && bytes[4] === 0x66; // {\rtf
}

export function rtfText(bytes: Uint8Array, budget: Budget): string {
  const out: string[] = [];
  // Per group: skipping?, and \ucN (how many fallback characters follow a \uN)
  const stack: { skip: boolean; uc: number }[] = [];
  let skip = false;
  let uc = 1;
  let pendingFallback = 0;
  let pendingHigh = 0;
  const n = bytes.length;
  let i = 0;
  let run = i;
  const flush = (end: number) => {
    if (end > run && !skip) out.push(decodeCp1252(bytes, run, end));
  };
  while (i < n) {
    const c = bytes[i]!;
    if (c !== 0x5c && c !== 0x7b && c !== 0x7d && c !== 0x0d && c !== 0x0a) {
      if (pendingFallback > 0) {
        pendingFallback--;
        i++;
        run = i;
        continue;
      }
      i++;
      continue;
    }
    flush(i);
    budget.tick();
    if (c === 0x0d || c === 0x0a) {
      i++;
      run = i;
      continue;
    }
    if (c === 0x7b) {
      stack.push({ skip, uc });
      i++;
      run = i;
      if (bytes[i] === 0x5c && bytes[i + 1] === 0x2a) skip = true; // {\* … } unknown-if-unsupported destination
      continue;
    }
    if (c === 0x7d) {
      const top = stack.pop();
      if (top) (skip = top.skip), (uc = top.uc);
      pendingFallback = 0;
      i++;
      run = i;
      continue;
    }
    // backslash
    const d = bytes[i + 1];
    if (d === undefined) break;
    if (isAlpha(d)) {
      let j = i + 1;
      while (j < n && isAlpha(bytes[j]!)) j++;
      const word = String.fromCharCode.apply(null, bytes.subarray(i + 1, j) as unknown as number[]);
      let k = j;
      if (bytes[k] === 0x2d) k++;
      while (k < n && bytes[k]! >= 0x30 && bytes[k]! <= 0x39) k++;
      const param = k > j ? parseInt(String.fromCharCode.apply(null, bytes.subarray(j, k) as unknown as number[]), 10) : NaN;
      if (bytes[k] === 0x20) k++; // the delimiting space belongs to the control word
      i = k;
      run = i;
      if (word === "bin" && param > 0) {
        i = run = Math.min(n, i + param);
        continue;
      }
      if (SKIP.has(word)) skip = true;
      else if (word === "uc" && param >= 0) uc = param;
      else if (word === "u" && !isNaN(param)) {
        const cp = param < 0 ? param + 65536 : param;
        if (!skip) {
          if (cp >= 0xd800 && cp <= 0xdbff) pendingHigh = cp;
          else {
            if (pendingHigh && cp >= 0xdc00 && cp <= 0xdfff) out.push(String.fromCharCode(pendingHigh));
            pendingHigh = 0;
            out.push(String.fromCharCode(cp));
          }
        }
        pendingFallback = uc;
      } else if (!skip) {
        const br = BREAKS[word];
        if (br !== undefined) out.push(br);
      }
      continue;
    }
    if (d === 0x27) {
      // \'hh: a byte in the document's code page
      const hex = parseInt(String.fromCharCode(bytes[i + 2] || 0, bytes[i + 3] || 0), 16);
      i += 4;
      run = i;
      if (pendingFallback > 0) {
        pendingFallback--;
        continue;
      }
      if (!skip && hex === hex) out.push(decodeCp1252(new Uint8Array([hex])));
      continue;
    }
    // control symbols
    i += 2;
    run = i;
    if (skip) continue;
    if (d === 0x5c || d === 0x7b || d === 0x7d) out.push(String.fromCharCode(d));
    else if (d === 0x7e) out.push(" ");
    else if (d === 0x5f) out.push("-");
    else if (d === 0x0a || d === 0x0d) out.push("\n");
  }
  flush(i);
  return out.join("");
}

function isAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
