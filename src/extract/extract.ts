// The dispatcher: one file in, one result out, never an exception. Containers (mails, archives)
// call back in through budget.extract with depth + 1.
import { Budget, Stop } from "./context";
import { readCompoundFile, readPlainText, readZipFile } from "./containers";
import { decodeHtml } from "./charsets";
import { readEml } from "./eml";
import { htmlText } from "./html";
import { readPdf } from "./pdf";
import { readRtf } from "./rtf";
import { extensionOf, sniff, type Kind } from "./sniff";
import type { ExtractLimits, ExtractResult } from "./types";

export function newBudget(limits?: Partial<ExtractLimits>): Budget {
  const budget = new Budget(limits);
  budget.extract = (name, bytes, depth) => extractFile(name, bytes, depth, budget);
  return budget;
}

export function extractFile(name: string, bytes: Uint8Array, depth: number, budget: Budget, forced?: Kind): ExtractResult {
  if (depth > budget.limits.maxDepth) return { unreadable: "too-deep" };
  if (bytes.length > budget.limits.maxFileBytes) return { unreadable: "too-large" };
  if (budget.expired()) return { unreadable: "time-budget" };
  try {
    return read(forced || sniff(name, bytes), name, bytes, depth, budget);
  } catch (err) {
    if (err instanceof Stop) return { unreadable: err.reason };
    // Anything unexpected from a malformed file is reported, never thrown at the send handler.
    return { unreadable: "corrupt" };
  }
}

function read(kind: Kind, name: string, bytes: Uint8Array, depth: number, budget: Budget): ExtractResult {
  switch (kind) {
    case "zip":
      return readZipFile(bytes, depth, budget);
    case "cfb":
      return readCompoundFile(bytes, name, depth, budget);
    case "pdf":
      return readPdf(bytes, budget);
    case "rtf": {
      const r = readRtf(bytes, budget);
      return r.partial ? { text: r.text, unreadable: "unsupported-charset" } : { text: r.text };
    }
    case "html": {
      const d = decodeHtml(bytes);
      return d.partial ? { text: htmlText(d.text), unreadable: "unsupported-charset" } : { text: htmlText(d.text) };
    }
    case "eml":
      return readEml(bytes, depth, budget);
    case "text":
      return readPlainText(bytes);
    case "image":
      return { unreadable: "image" };
    default:
      return { unreadable: extensionOf(name) === "pdf" ? "corrupt" : "unsupported-type" };
  }
}
