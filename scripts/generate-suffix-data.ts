// Generates src/detection/recipients/suffix-data.generated.ts: the public-suffix rules Sendevagt
// uses for recipient domains (registrable domain and public suffix), as a compact tree string.
// Source: tldts-icann's own trie (the ICANN section of the Public Suffix List, as tldts ships it),
// so the rules are exactly tldts's, only fewer. Run: npx tsx scripts/generate-suffix-data.ts
//
// Why fewer: the full trie is ~78 KB minified (~27 KB gzip), a quarter of the classic-Outlook send
// handler, whose 100 KB gzip guard exists because Outlook's 5-second send clock includes
// downloading the script. Most of that is a handful of TLDs' geographic lists (Japanese
// city/town names under each prefecture, Norwegian municipalities, Italian provinces' towns, US
// state localities, Polish and Brazilian cities …). We keep:
//   - every TLD (a name under an unknown TLD would lose its whole registrable domain);
//   - every rule of every TLD with at most BIG_TLD rules (co.uk, com.au, org.nz, gov.dk …: the
//     generic second-level registries mail actually comes from);
//   - the second-level rules of OPEN_GEOGRAPHIC TLDs;
//   - under the other TLDs with more rules, the short second-level labels (≤ SHORT_LABEL ASCII
//     characters: co.jp, ne.jp, or.jp, gov.br, the US state codes …), the generic registries
//     (GENERIC_LABELS: kommune.no, priv.no …; GENERIC_DEEP: k12.ca.us …), and the exception
//     rules (city.kawasaki.jp …).
// Dropped: the long second- and the third-level geographic rules under those TLDs
// (hokkaido.jp, abashiri.hokkaido.jp, oslo.no, hol.buskerud.no, ann-arbor.mi.us …).
// Why that is safe for Sendevagt: for a host under a dropped suffix, the suffix found is one
// label shorter (oslo.no → no), so the registrable domain is one label shorter too
// (skole.oslo.no → oslo.no). The recipient is still a domain that is not the organisation's
// own (policy domains match by name, not by suffix), so it is still external; a protected name
// inside it (randers.dk.oslo.no) is still a subdomain trick, because the protected labels stay
// to the left of the registrable domain (randers.dk.oslo.no: "subdomain" where the full list
// said "tld-append"; both block). What is lost, and accepted for the size: the protected label
// alone in front of a dropped suffix (randers.oslo.no, randers.hokkaido.jp) is no longer a
// tld-swap: it reads as a host under oslo.no. Registration under those suffixes is limited to
// local residents or bodies (Norid, JPRS's geographic type, US localities, registro.br's city
// names); the Italian, Ukrainian and Vietnamese regional names go for size alone. The openly
// registrable Polish regional names stay (OPEN_GEOGRAPHIC). The policy check
// that refuses a public suffix as an organisation's own domain no longer knows oslo.no is one (a
// Danish public body's own domain is under .dk, which is kept whole).
// src/detection/recipients/public-suffix.test.ts pins these claims against tldts-icann itself.
//
// Licences: the Public Suffix List is © Mozilla Foundation contributors, MPL-2.0
// (https://publicsuffix.org/list/); tldts is © Rémi Berson, MIT. The generated file says so.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toUnicode } from "punycode/";

const BIG_TLD = 60;
const SHORT_LABEL = 3;
// Big TLDs whose second-level regional names (warszawa.pl, slask.pl …) anyone may register under
// through ordinary registrars: kept whole at the second level, so randers.warszawa.pl is still
// a tld-swap of randers.dk. Costs ~650 bytes gzip.
const OPEN_GEOGRAPHIC = ["pl"];
// Generic (not geographic) second-level registries under the big TLDs longer than SHORT_LABEL.
const GENERIC_LABELS = ["kommune", "priv", "stat", "museum", "idrett", "blog", "flog", "vlog", "wiki", "taxi", "coop", "radio", "social", "leilao", "health", "name", "info"];
// Generic registries below the second level: the US school, college and library names under
// each state (k12.ca.us; the one-label-shorter fallback would make every school district one domain).
const GENERIC_DEEP = ["k12", "cc", "lib", "pvt", "chtr", "paroch"];

// tldts-icann's flat trie (its own build's data module; the package ships no types for it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const t = require("tldts-icann/dist/cjs/src/data/trie.js") as {
  nodeFlags: Uint8Array; edgeStart: Uint16Array | Uint32Array; edgeLength: Uint8Array; edgeChild: Uint16Array | Uint32Array;
  labelText: string; rulesRoot: number; exceptionsRoot: number;
};

/** Every rule under `root`, as dotted names (co.uk, *.sch.uk), read from tldts's flat trie. */
function rulesOf(root: number): string[] {
  const offsets: number[] = [];
  for (let e = 0, o = 0; e < t.edgeLength.length; e++) { offsets.push(o); o += t.edgeLength[e]!; }
  const out: string[] = [];
  const visit = (node: number, suffix: string): void => {
    for (let e = t.edgeStart[node]!; e < t.edgeStart[node + 1]!; e++) {
      const label = t.labelText.slice(offsets[e], offsets[e]! + t.edgeLength[e]!);
      const name = suffix ? `${label}.${suffix}` : label;
      if (t.nodeFlags[t.edgeChild[e]!]! & 1) out.push(name);
      visit(t.edgeChild[e]!, name);
    }
  };
  visit(root, "");
  return out;
}

function keepRule(rule: string, rulesPerTld: Map<string, number>): boolean {
  const labels = rule.split(".");
  const tld = labels[labels.length - 1]!;
  const first = labels[0]!;
  if (labels.length === 1 || rulesPerTld.get(tld)! <= BIG_TLD) return true;
  // Deeper: a generic registry under a kept rule (k12.ca.us, pvt.k12.ma.us).
  if (labels.length > 2) return GENERIC_DEEP.indexOf(first) >= 0 && keepRule(labels.slice(1).join("."), rulesPerTld);
  if (OPEN_GEOGRAPHIC.indexOf(tld) >= 0 || GENERIC_LABELS.indexOf(first) >= 0) return true;
  return /^[a-z0-9]+$/.test(first) && first.length <= SHORT_LABEL;
}

type Node = { rule: boolean; children: Map<string, Node> };

/** "label" is a rule, "label?" only a step towards one; children follow in parentheses. */
function encode(rules: string[]): string {
  const root: Node = { rule: false, children: new Map() };
  for (const rule of rules) {
    let node = root;
    for (const label of rule.split(".").reverse()) {
      if (/[(),?+]/.test(label)) throw new Error(`label with a separator: ${rule}`);
      let child = node.children.get(label);
      if (!child) node.children.set(label, (child = { rule: false, children: new Map() }));
      node = child;
    }
    node.rule = true;
  }
  const body = (node: Node): string => (node.rule ? "" : "?") + (node.children.size ? `(${write(node)})` : "");
  // The list carries each IDN name twice, as xn-- and in Unicode; "xn--…+" stands for both when
  // they are the same rule with the same children (the reader rebuilds the Unicode form with the
  // punycode package the handler carries anyway). Unicode escapes cost 6 bytes a character.
  const write = (node: Node): string => {
    const twins = new Set<string>();
    for (const [label, child] of node.children) {
      if (!label.startsWith("xn--")) continue;
      const unicode = toUnicode(label);
      const twin = node.children.get(unicode);
      if (unicode !== label && twin && body(twin) === body(child)) twins.add(unicode);
    }
    return [...node.children.keys()].filter((label) => !twins.has(label)).sort().map((label) => {
      const twinned = label.startsWith("xn--") && twins.has(toUnicode(label));
      return label + (twinned ? "+" : "") + body(node.children.get(label)!);
    }).join(",");
  };
  return write(root);
}

const rules = rulesOf(t.rulesRoot);
const exceptions = rulesOf(t.exceptionsRoot);
if (rules.length < 5000 || exceptions.length < 1) throw new Error(`tldts-icann trie looks incomplete: ${rules.length} rules`);
const rulesPerTld = new Map<string, number>();
for (const rule of rules) { const tld = rule.slice(rule.lastIndexOf(".") + 1); rulesPerTld.set(tld, (rulesPerTld.get(tld) ?? 0) + 1); }
const kept = rules.filter((rule) => keepRule(rule, rulesPerTld));
const version = (JSON.parse(readFileSync(join(__dirname, "..", "node_modules/tldts-icann/package.json"), "utf8")) as { version: string }).version;
const bigTlds = [...rulesPerTld].filter(([, n]) => n > BIG_TLD).map(([tld]) => tld).sort();

const out = `// Generated by scripts/generate-suffix-data.ts from tldts-icann ${version}. Do not edit; rerun it.
// ${kept.length} of the ${rules.length} ICANN public-suffix rules, and all ${exceptions.length} exceptions: every
// rule except the geographic second- and third-level names under ${bigTlds.join(", ")}
// (the generator says which are kept, and why dropping the rest is safe for Sendevagt).
// Data: the Public Suffix List, © Mozilla Foundation contributors, MPL-2.0, https://publicsuffix.org/list/
// as compiled by tldts (© Rémi Berson, MIT, https://github.com/remusao/tldts).
// Format: comma-separated labels, right-most first, children in parentheses; "label?" is a step, not a rule;
// "xn--…+" is that label and its Unicode form (punycode.toUnicode), with the same children.

export const SUFFIX_DATA_SOURCE = "tldts-icann ${version}";
export const SUFFIX_RULES = ${JSON.stringify(encode(kept))};
export const SUFFIX_EXCEPTIONS = ${JSON.stringify(encode(exceptions))};
`;
writeFileSync(join(__dirname, "..", "src/detection/recipients/suffix-data.generated.ts"), out);
console.log(`kept ${kept.length} of ${rules.length} rules, ${exceptions.length} exceptions (tldts-icann ${version})`);
