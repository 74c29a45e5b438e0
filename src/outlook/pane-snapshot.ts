// The send handler's verdict, kept in the draft's sessionData so "Vis og ret" can show the findings
// the moment the pane opens. The pane runs apart from the handler: without this it reads every
// attachment again before it shows anything (a second or more for a 10 MB mail).
//
// The snapshot is a first view only. The pane shows it while the draft is still the one the
// handler read (`draftState`: recipients, sender, subject, body, attachment list, policy), keeps
// its buttons off meanwhile, and replaces it with its own full check. What the pane shows and does
// after that, and what the handler lets through, never depends on it.
//
// Nothing in it leads back to a number: the mask already shows the birth date, and a salted hash
// next to it would leave only the 10,000 serials to try. So people are told apart by their order
// ("p1", "p2" …), and the findings' digests and the fingerprint are left out.
import { sha256 } from "../detection";
import type { CprOccurrence, Finding, Message, Verdict } from "../detection";
import type { AttachmentDetailsLike } from "./compose-item";

export const SNAPSHOT_KEY = "sendevagt.snapshot";
/** sessionData holds 50,000 characters per add-in and draft; the confirmation and salt need a few hundred. */
export const MAX_SNAPSHOT_CHARS = 40000;
/** Occurrence objects kept per CPR finding (the first of each file or part, then the first ones); counts stay exact. */
export const SNAPSHOT_OCCURRENCES = 48;

/** Order and context words of a person, by hash (digital-post's PersonContext). */
export interface SnapshotPerson {
  order: number;
  before?: string;
}

/**
 * Given to snapshotJson: the handler's verdict and its people by hash. As parseSnapshot gives it
 * back: people by order of appearance ("p1", "p2" …) in both, no digests, fingerprint "".
 */
export interface PaneSnapshot {
  /** draftState of the draft the handler checked. */
  state: string;
  verdict: Verdict;
  people: Record<string, SnapshotPerson>;
}

/**
 * A digest of everything the verdict was computed from, short of the attachments' contents: an
 * attachment cannot be edited in a draft, only removed and another added, which changes the list
 * (id, name, size). A draft changed in any of these since the send is another state: its snapshot
 * is not shown.
 */
export function draftState(message: Message, attachments: readonly AttachmentDetailsLike[], policy: unknown): string {
  return sha256(JSON.stringify([message, attachments, policy]));
}

/** Where an occurrence stands, as the pane lists places (file or part, not every page). */
function placeOf(c: CprOccurrence): string {
  const l = c.location;
  return l.part === "attachment" ? `a:${l.name}` : l.part;
}

/** The first occurrence of each place, then the first ones up to `keep`, in their order. */
function firstOccurrences(cprs: readonly CprOccurrence[], keep: number): CprOccurrence[] {
  const places = new Set<string>();
  const out: CprOccurrence[] = [];
  for (const c of cprs) {
    const place = placeOf(c);
    if (out.length < keep || !places.has(place)) out.push(c);
    places.add(place);
  }
  return out;
}

/** A CPR finding cut to its first occurrences, its hashes swapped for ids and its digest left out. */
function compact(finding: Finding, idOf: (hash: string) => string): Finding {
  if (!("cprs" in finding)) return finding;
  const { numbersDigest: _digest, ...rest } = finding;
  const cut = finding.cprs.length > SNAPSHOT_OCCURRENCES;
  const cprs = (cut ? firstOccurrences(finding.cprs, SNAPSHOT_OCCURRENCES) : finding.cprs).map((c) => ({ ...c, hash: idOf(c.hash) }));
  return { ...rest, cprs, ...(cut ? { truncated: true } : {}) };
}

/**
 * The snapshot as sessionData will hold it, or null when even the compacted verdict is too big
 * (many places): the pane then simply reads the mail itself, as it always could.
 */
export function snapshotJson(snapshot: PaneSnapshot): string | null {
  const ids = new Map<string, string>();
  const idOf = (hash: string) => {
    let id = ids.get(hash);
    if (id === undefined) ids.set(hash, (id = `p${ids.size + 1}`));
    return id;
  };
  const findings = snapshot.verdict.findings.map((f) => compact(f, idOf));
  const people: Record<string, SnapshotPerson> = {};
  ids.forEach((id, hash) => {
    const person = snapshot.people[hash];
    if (person) people[id] = person;
  });
  const json = JSON.stringify({ state: snapshot.state, verdict: { ...snapshot.verdict, findings, fingerprint: "" }, people });
  return json.length <= MAX_SNAPSHOT_CHARS ? json : null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function isFinding(v: unknown): boolean {
  if (!isObject(v) || typeof v.rule !== "string" || typeof v.severity !== "string") return false;
  return !String(v.rule).startsWith("cpr-") || (Array.isArray(v.cprs) && v.cprs.every((c) => isObject(c) && isObject(c.location) && typeof c.hash === "string"));
}

/** The stored snapshot, or null when there is none or it is not one this version wrote. */
export function parseSnapshot(json: string | null): PaneSnapshot | null {
  if (!json) return null;
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(v) || typeof v.state !== "string" || !isObject(v.people)) return null;
  const verdict = v.verdict;
  if (!isObject(verdict) || !["allow", "confirm", "block"].includes(String(verdict.action))) return null;
  if (typeof verdict.fingerprint !== "string" || !Array.isArray(verdict.findings) || !verdict.findings.every(isFinding)) return null;
  return v as unknown as PaneSnapshot;
}
