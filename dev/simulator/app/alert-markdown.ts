// The subset of Markdown that Outlook renders in a Smart Alert (errorMessageMarkdown): paragraphs,
// line breaks, **bold**, *italic* / _italic_, bulleted and numbered lists, and https links.
// Parsed into a small tree and then built with DOM nodes and textContent only, so text from the
// add-in can never become markup.

export type Inline =
  | { type: "text"; text: string }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "br" };

export type Block =
  | { type: "paragraph"; children: Inline[] }
  | { type: "list"; ordered: boolean; items: Inline[][] };

const LINK = /^\[([^\]]*)\]\(([^)\s]+)\)/;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = "";
  const flush = () => {
    if (plain) out.push({ type: "text", text: plain });
    plain = "";
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    if (rest.startsWith("\\") && rest.length > 1) {
      plain += rest[1];
      i += 2;
      continue;
    }
    if (rest.startsWith("**")) {
      const end = rest.indexOf("**", 2);
      if (end > 2) {
        flush();
        out.push({ type: "strong", children: parseInline(rest.slice(2, end)) });
        i += end + 2;
        continue;
      }
    }
    const ch = rest[0];
    if (ch === "*" || ch === "_") {
      const end = rest.indexOf(ch, 1);
      if (end > 1) {
        flush();
        out.push({ type: "em", children: parseInline(rest.slice(1, end)) });
        i += end + 1;
        continue;
      }
    }
    const link = LINK.exec(rest);
    if (link) {
      const label = link[1] ?? "";
      const href = link[2] ?? "";
      flush();
      // Outlook follows only https links; anything else stays visible as plain text.
      if (/^https:\/\//i.test(href)) out.push({ type: "link", href, children: parseInline(label) });
      else out.push({ type: "text", text: label });
      i += link[0].length;
      continue;
    }
    plain += ch;
    i += 1;
  }
  flush();
  return out;
}

function joinLines(lines: string[]): Inline[] {
  const out: Inline[] = [];
  lines.forEach((line, n) => {
    if (n > 0) out.push({ type: "br" });
    out.push(...parseInline(line.trim()));
  });
  return out;
}

export function parseAlertMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: Inline[][] } | undefined;
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ type: "paragraph", children: joinLines(paragraph) });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ type: "list", ...list });
    list = undefined;
  };
  for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      endParagraph();
      const ordered = Boolean(numbered && !bullet);
      if (list && list.ordered !== ordered) endList();
      list ??= { ordered, items: [] };
      list.items.push(parseInline(item[1] ?? ""));
    } else if (line === "") {
      endParagraph();
      endList();
    } else {
      endList();
      paragraph.push(line);
    }
  }
  endParagraph();
  endList();
  return blocks;
}

function renderInline(doc: Document, nodes: Inline[], parent: Node): void {
  for (const node of nodes) {
    if (node.type === "text") parent.appendChild(doc.createTextNode(node.text));
    else if (node.type === "br") parent.appendChild(doc.createElement("br"));
    else {
      const el = doc.createElement(node.type === "strong" ? "strong" : node.type === "em" ? "em" : "a");
      if (node.type === "link") {
        (el as HTMLAnchorElement).href = node.href;
        (el as HTMLAnchorElement).target = "_blank";
        (el as HTMLAnchorElement).rel = "noopener noreferrer";
      }
      renderInline(doc, node.children, el);
      parent.appendChild(el);
    }
  }
}

export function renderAlertMarkdown(doc: Document, markdown: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const block of parseAlertMarkdown(markdown)) {
    if (block.type === "paragraph") {
      const p = doc.createElement("p");
      renderInline(doc, block.children, p);
      fragment.appendChild(p);
    } else {
      const listEl = doc.createElement(block.ordered ? "ol" : "ul");
      for (const item of block.items) {
        const li = doc.createElement("li");
        renderInline(doc, item, li);
        listEl.appendChild(li);
      }
      fragment.appendChild(listEl);
    }
  }
  return fragment;
}
