// The JSON Schema IT's editors validate policy.json against, generated from schema.ts so the two
// cannot drift apart. Only the generator script and its test import this; the add-in does not.
import * as z from "zod/mini";
import { policySchema } from "./schema";

export function policyJsonSchema(): Record<string, unknown> {
  // "input": what IT writes, so fields with defaults are optional rather than required.
  const generated = z.toJSONSchema(policySchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    title: "Sendevagt policy.json",
    ...generated,
  };
}

/** The committed file's exact text: two-space JSON and a final newline. */
export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}
