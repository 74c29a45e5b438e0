// "Maskér CPR-nummeret": the number as it is written in the body (read from the item a moment
// ago, used once, never kept) is replaced everywhere in the body's HTML or text by its mask, so
// the rest of the draft — formatting, signature, history — stays exactly as it was.
import { maskCpr } from "../detection";

/** The forms a written number can take in HTML: as typed, and with &nbsp; for a no-break space. */
function variants(written: string, coercionType: "html" | "text"): string[] {
  if (coercionType === "text") return [written];
  const nbsp = written.split("\u00a0").join("&nbsp;");
  return nbsp === written ? [written] : [written, nbsp];
}

export function maskWrittenNumbers(data: string, written: readonly string[], coercionType: "html" | "text"): string {
  let out = data;
  for (const w of written) {
    if (w === "") continue;
    const mask = maskCpr(w);
    for (const v of variants(w, coercionType)) out = out.split(v).join(mask);
  }
  return out;
}
