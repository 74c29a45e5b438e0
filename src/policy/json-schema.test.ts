import { readFileSync } from "node:fs";
import { join } from "node:path";
import { policyJsonSchema, policyJsonSchemaText } from "./json-schema";

const committed = join(__dirname, "..", "..", "policy.schema.json");

describe("policy.schema.json", () => {
  test("the committed file is what `npm run schema` generates from schema.ts", () => {
    // If this fails: run `npm run schema` and commit policy.schema.json.
    expect(readFileSync(committed, "utf8")).toBe(policyJsonSchemaText());
  });

  test("describes the fields IT writes, with unknown keys forbidden", () => {
    const schema = policyJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { default?: unknown }>;
    };
    expect(schema.required).toEqual(["organization"]);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["organization", "trustedDomains", "digitalPost", "cpr", "confirmation", "externalRecipients", "language", "attachments"]),
    );
    expect(schema.properties.language!.default).toBe("da");
  });

  test("the domain pattern in the file accepts and rejects like the parser", () => {
    const schema = policyJsonSchema() as { properties: { organization: { properties: { domains: { items: { pattern: string } } } } } };
    const pattern = new RegExp(schema.properties.organization.properties.domains.items.pattern);
    expect(pattern.test("randers.dk")).toBe(true);
    expect(pattern.test("xn--kge-0na.dk")).toBe(true);
    expect(pattern.test("randers")).toBe(false);
    expect(pattern.test("it@randers.dk")).toBe(false);
  });
});
