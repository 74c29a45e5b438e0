// The policy picker's choices: every examples/policy.*.json, no policy at all (zero-config), and
// two broken files, so IT can see what a caseworker gets when policy.json is wrong.
import fs from "node:fs";
import path from "node:path";

export interface PolicyChoice {
  id: string;
  label: string;
  /** The organisation the example policy is for. */
  title?: string;
}

export interface PolicyResponse {
  status: number;
  body: string;
}

export const NO_POLICY = "none";
export const BROKEN_JSON = "broken-json";
export const BROKEN_SCHEMA = "broken-schema";

/** Not JSON at all: a trailing comma and a missing brace, as a hand edit leaves it. */
const BROKEN_JSON_TEXT = '{\n  "organization": { "name": "Randers Kommune", "domains": ["randers.dk"], },\n';

/** Valid JSON whose content breaks the schema in three places. */
const BROKEN_SCHEMA_TEXT = `${JSON.stringify(
  {
    organization: { name: "Randers Kommune", domains: ["randers"] },
    trustedDomains: [{ domain: "aarhus.dk" }],
    externalRecipients: "sometimes",
  },
  null,
  2,
)}\n`;

function exampleFiles(examplesDir: string): { id: string; file: string }[] {
  let names: string[] = [];
  try {
    names = fs.readdirSync(examplesDir);
  } catch {
    return [];
  }
  return names
    .map((name) => /^policy\.([a-z0-9-]+)\.json$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[1] ?? "", file: path.join(examplesDir, m[0]) }))
    .sort((a, b) => (a.id === "randers" ? -1 : b.id === "randers" ? 1 : a.id.localeCompare(b.id)));
}

function organizationName(file: string): string | undefined {
  try {
    const json = JSON.parse(fs.readFileSync(file, "utf8")) as { organization?: { name?: unknown } };
    return typeof json.organization?.name === "string" ? json.organization.name : undefined;
  } catch {
    return undefined;
  }
}

export function listPolicyChoices(examplesDir: string): PolicyChoice[] {
  const examples = exampleFiles(examplesDir).map(({ id, file }) => {
    const org = organizationName(file);
    return { id, label: path.basename(file), ...(org ? { title: org } : {}) };
  });
  return [
    ...examples,
    { id: NO_POLICY, label: "Ingen policy.json (standard)" },
    { id: BROKEN_JSON, label: "Ødelagt policy.json (ugyldig JSON)" },
    { id: BROKEN_SCHEMA, label: "policy.json med indholdsfejl" },
  ];
}

export function defaultPolicyId(examplesDir: string): string {
  return exampleFiles(examplesDir)[0]?.id ?? NO_POLICY;
}

export function policyResponse(id: string, examplesDir: string): PolicyResponse {
  if (id === BROKEN_JSON) return { status: 200, body: BROKEN_JSON_TEXT };
  if (id === BROKEN_SCHEMA) return { status: 200, body: BROKEN_SCHEMA_TEXT };
  const example = exampleFiles(examplesDir).find((e) => e.id === id);
  if (!example) return { status: 404, body: '{"error":"no policy.json"}\n' };
  return { status: 200, body: fs.readFileSync(example.file, "utf8") };
}
