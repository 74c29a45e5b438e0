// OpenDocument (.odt/.ods/.odp, as LibreOffice and some case systems write them): the displayed text
// of content.xml, plus headers and footers from styles.xml.
import type { Budget } from "./context";
import { TextBuilder } from "./text-builder";
import { decodeEntities, walkXml } from "./xml-walk";

const BREAK_AFTER: Record<string, string> = {
  "text:p": "\n",
  "text:h": "\n",
  "table:table-cell": "\t",
  "table:covered-table-cell": "\t",
  "table:table-row": "\n",
  "text:tab": "\t",
  "text:line-break": "\n",
  "text:s": " ",
};

export function odfText(xml: string, budget: Budget, onlyUnder?: string): string {
  const out: string[] = [];
  let inside = onlyUnder ? 0 : 1;
  const v = {
    wantText: inside > 0,
    // matched with the customary prefixes (text:, table:) that LibreOffice and other writers use
    qualifiedNames: true,
    wantAttrs: false,
    open(name: string, _a: string, self: boolean) {
      if (onlyUnder && name === onlyUnder && !self) inside++;
      v.wantText = inside > 0;
    },
    close(name: string) {
      if (onlyUnder && name === onlyUnder) inside--;
      v.wantText = inside > 0;
      const br = BREAK_AFTER[name];
      if (br !== undefined && inside > 0) out.push(br);
    },
    text(raw: string, cdata: boolean) {
      out.push(cdata ? raw : decodeEntities(raw));
    },
  };
  walkXml(xml, v, budget);
  return out.join("");
}

export function readOdf(read: (name: string) => string | undefined, budget: Budget, out: TextBuilder): void {
  const content = read("content.xml");
  if (content !== undefined) out.add("body", odfText(content, budget, "office:body"));
  const styles = read("styles.xml");
  if (styles !== undefined) out.add("header", odfText(styles, budget, "office:master-styles"));
}
