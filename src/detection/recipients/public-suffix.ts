// Registrable domain and public suffix of a recipient's domain: tldts's own parser (tldts-core:
// hostname extraction, validation, domain/subdomain split) over Sendevagt's generated rule set
// (suffix-data.generated.ts, a reduced copy of tldts-icann's rules). The handler, the pane, the
// CLI and the tests all use this module, so they agree on every suffix.
// The API mirrors tldts-icann's parse / getDomain / getPublicSuffix.
import { toUnicode } from "punycode/";
import { fastPathLookup, getEmptyResult, parseImpl } from "tldts-core";
import type { IOptions, IPublicSuffix, IResult } from "tldts-core";
import { SUFFIX_EXCEPTIONS, SUFFIX_RULES } from "./suffix-data.generated";

type SuffixNode = { rule: boolean; children: Map<string, SuffixNode> };

/** Reads the generated "label,label?(child,…),xn--…+" tree (right-most label first). */
function decode(data: string): SuffixNode {
  const root: SuffixNode = { rule: false, children: new Map() };
  const stack = [root];
  let parent = root;
  let last: SuffixNode = root;
  let label = "";
  const flush = (): void => {
    if (!label) return;
    const step = label.charAt(label.length - 1) === "?";
    if (step) label = label.slice(0, -1);
    const twinned = label.charAt(label.length - 1) === "+";
    if (twinned) label = label.slice(0, -1);
    last = { rule: !step, children: new Map() };
    parent.children.set(label, last);
    if (twinned) parent.children.set(toUnicode(label), last);
    label = "";
  };
  for (let i = 0; i < data.length; i++) {
    const c = data.charAt(i);
    if (c === ",") flush();
    else if (c === "(") {
      flush();
      stack.push(last);
      parent = last;
    } else if (c === ")") {
      flush();
      stack.pop();
      parent = stack[stack.length - 1] as SuffixNode;
    } else label += c;
  }
  flush();
  return root;
}

const RULES = decode(SUFFIX_RULES);
const EXCEPTIONS = decode(SUFFIX_EXCEPTIONS);

/**
 * Number of right-most labels of the deepest rule under `root` that matches `labels` (right-most
 * last), 0 for none. As tldts's trie walk: an exact label first, else a "*" rule; stop where
 * neither exists.
 */
function deepestMatch(root: SuffixNode, labels: string[]): number {
  let node = root;
  let matched = 0;
  for (let depth = 1; depth <= labels.length; depth++) {
    const label = labels[labels.length - depth] as string;
    const next = node.children.get(label) || node.children.get("*");
    if (!next) break;
    node = next;
    if (node.rule) matched = depth;
  }
  return matched;
}

function suffixLookup(hostname: string, options: { allowIcannDomains: boolean; allowPrivateDomains: boolean }, out: IPublicSuffix): void {
  if (fastPathLookup(hostname, options, out)) return;
  const labels = hostname.split(".");
  // Exceptions win and strip their own left-most label ("!www.ck": the suffix of www.ck is ck).
  const exception = deepestMatch(EXCEPTIONS, labels);
  if (exception > 0) {
    out.publicSuffix = labels.slice(labels.length - exception + 1).join(".");
    return;
  }
  // No rule: the implicit "*" makes the right-most label the suffix.
  const rule = deepestMatch(RULES, labels);
  out.publicSuffix = labels.slice(labels.length - Math.max(rule, 1)).join(".");
}

// tldts-core's steps (its FLAG const enum): 2 public suffix, 3 domain, 5 everything.
const PUBLIC_SUFFIX = 2;
const DOMAIN = 3;
const ALL = 5;

export function parse(url: string, options?: Partial<IOptions>): IResult {
  return parseImpl(url, ALL, suffixLookup, options, getEmptyResult());
}

export function getDomain(url: string, options?: Partial<IOptions>): string | null {
  return parseImpl(url, DOMAIN, suffixLookup, options, getEmptyResult()).domain;
}

export function getPublicSuffix(url: string, options?: Partial<IOptions>): string | null {
  return parseImpl(url, PUBLIC_SUFFIX, suffixLookup, options, getEmptyResult()).publicSuffix;
}
