// `sendevagt policy validate|schema`.
import { policyJsonSchemaText, type Policy } from "./core";
import type { CliLanguage, CliTexts } from "./i18n";
import { EXIT, type CliIo } from "./io";
import { loadPolicyFile } from "./policy-file";

export async function runPolicyValidate(path: string, texts: CliTexts, language: CliLanguage, io: CliIo): Promise<number> {
  const loaded = await loadPolicyFile(path, texts, language);
  if (!loaded.ok) {
    io.stderr.write(`${loaded.message}\n`);
    return EXIT.usageOrUnreadable;
  }
  io.stdout.write(`${policySummary(path, loaded.policy, texts).join("\n")}\n`);
  return EXIT.ok;
}

export function policySummary(path: string, policy: Policy, texts: CliTexts): string[] {
  const t = texts.policySummary;
  return [
    t.valid(path),
    t.organization(policy.organization.name, policy.organization.domains.join(", ")),
    t.trusted(policy.trustedDomains.length),
    policy.digitalPost ? t.digitalPost(policy.digitalPost.name, policy.digitalPost.type) : t.noDigitalPost,
    t.version(policy.version),
  ];
}

export function runPolicySchema(io: CliIo): number {
  io.stdout.write(policyJsonSchemaText());
  return EXIT.ok;
}
