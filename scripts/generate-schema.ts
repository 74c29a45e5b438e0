// npm run schema: writes policy.schema.json from src/policy/schema.ts (the test fails when they differ).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { policyJsonSchemaText } from "../src/policy/json-schema";

const target = join(__dirname, "..", "policy.schema.json");
writeFileSync(target, policyJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
