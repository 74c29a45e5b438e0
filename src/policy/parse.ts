// parsePolicy: IT's policy.json in, the resolved Policy out, or one PolicyError naming every
// problem with its JSON path in plain words.
import type { Policy } from "./types";
import { policySchema } from "./schema";
import type { RawIssue } from "./semantics";
import { checkPolicy } from "./validate";
import * as words from "./messages";
import type { Wording } from "./messages";

export interface PolicyIssue {
  /** "organization.domains[0]"; "" for the file as a whole. */
  path: string;
  segments: (string | number)[];
  /** A stable code: a check's code ("domain", "template-cpr" …) or zod's ("invalid_type", "unrecognized_keys" …). */
  code: string;
  /** Danish wording, without the path. */
  message: string;
  /** English wording, without the path. */
  messageEn: string;
}

export class PolicyError extends Error {
  readonly issues: PolicyIssue[];

  constructor(issues: PolicyIssue[]) {
    super(formatIssues(issues, "da"));
    this.name = "PolicyError";
    this.issues = issues;
    // Keeps instanceof working when a bundler lowers classes to functions.
    Object.setPrototypeOf(this, PolicyError.prototype);
  }

  /** The whole report in one language, one problem per line. */
  format(language: "da" | "en" = "da"): string {
    return formatIssues(this.issues, language);
  }
}

export function formatPath(segments: readonly (string | number)[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

function formatIssues(issues: readonly PolicyIssue[], language: "da" | "en"): string {
  const head = words.header(issues.length)[language];
  const root = language === "da" ? "(hele filen)" : "(the whole file)";
  const lines = issues.map((i) => `  ${i.path || root}: ${language === "da" ? i.message : i.messageEn}`);
  return [head, ...lines].join("\n");
}

function issue(segments: (string | number)[], code: string, wording: Wording): PolicyIssue {
  return { path: formatPath(segments), segments, code, message: wording.da, messageEn: wording.en };
}

function valueAt(root: unknown, segments: readonly (string | number)[]): unknown {
  let value = root;
  for (const segment of segments) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

// zod's schema tree, walked only to name the fields allowed where an unknown one was found.
interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
}

function knownKeysAt(segments: readonly (string | number)[], input: unknown): string[] {
  let def: Def = (policySchema as unknown as { _zod: { def: Def } })._zod.def;
  const unwrap = (d: Def): Def => (d.innerType ? unwrap(d.innerType._zod.def) : d);
  const pickOption = (d: Def, at: readonly (string | number)[]): Def => {
    if (!d.options) return d;
    const type = valueAt(input, [...at, "type"]);
    const match = d.options.find((o) => {
      const literal = o._zod.def.shape?.type?._zod.def as unknown as { values?: unknown[] } | undefined;
      return literal?.values?.includes(type);
    });
    return (match ?? d.options[0])?._zod.def ?? d;
  };
  def = pickOption(unwrap(def), []);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string | number;
    const next = typeof segment === "number" ? def.element : def.shape?.[segment];
    if (!next) return [];
    def = pickOption(unwrap(next._zod.def), segments.slice(0, i + 1));
  }
  return def.shape ? Object.keys(def.shape) : [];
}

interface ZodIssueLike {
  code?: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  input?: unknown;
  keys?: string[];
  values?: unknown[];
  maximum?: number | bigint;
  minimum?: number | bigint;
}

function fromZod(raw: ZodIssueLike, input: unknown): PolicyIssue[] {
  const segments = raw.path.filter((p): p is string | number => typeof p !== "symbol");
  const value = valueAt(input, segments);
  // Non-ASCII domains get the hint about their xn-- form instead of the generic example.
  const code = raw.message === "domain" && typeof value === "string" && /[^\x00-\x7f]/.test(value) ? "domain-idn" : raw.message;
  const custom = words.wordingFor(code);
  if (raw.code === "unrecognized_keys") {
    const known = knownKeysAt(segments, input);
    return (raw.keys ?? []).map((key) =>
      issue([...segments, key], "unrecognized_keys", words.unknownKey(key, words.nearestKey(key, known))),
    );
  }
  if (custom) {
    const showValue = code !== "required-text" && code !== "domains-empty";
    return [issue(segments, code, showValue ? words.withValue(custom, value) : custom)];
  }
  switch (raw.code) {
    case "invalid_type":
      if (value === undefined) return [issue(segments, "missing", words.missing())];
      return [issue(segments, "invalid_type", words.wrongType(raw.expected ?? "", value))];
    case "invalid_value":
      return [issue(segments, "invalid_value", words.withValue(words.oneOf(raw.values ?? []), value))];
    case "too_big":
      return [issue(segments, "too_big", words.tooMany(Number(raw.maximum)))];
    case "too_small":
      return [issue(segments, "too_small", words.tooFew(Number(raw.minimum)))];
    default:
      return [issue(segments, raw.code ?? "invalid", words.invalid())];
  }
}

function fromCrossField(raw: RawIssue): PolicyIssue {
  const wording = words.wordingFor(raw.code) ?? words.invalid();
  return issue(raw.segments, raw.code, words.withValue(wording, raw.value));
}

/** Accepts the file's text too, so a syntax error gets the same kind of report. */
function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PolicyError([
      issue([], "json-syntax", { da: `er ikke gyldig JSON: ${detail}`, en: `is not valid JSON: ${detail}` }),
    ]);
  }
}

/**
 * Validates policy.json (already JSON.parse'd) and fills in every default.
 * Throws PolicyError listing all problems; never returns a half-valid policy.
 */
export function parsePolicy(json: unknown): Policy {
  if (typeof json === "string") json = parseJsonText(json);
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new PolicyError([issue([], "not-json", words.wordingFor("not-json") as Wording)]);
  }
  const checked = checkPolicy(json);
  if (checked.ok) return checked.policy;
  const issues: PolicyIssue[] = [];
  for (const raw of checked.schemaIssues) issues.push(...fromZod(raw as ZodIssueLike, json));
  for (const raw of checked.crossFieldIssues) issues.push(fromCrossField(raw));
  throw new PolicyError(issues);
}
