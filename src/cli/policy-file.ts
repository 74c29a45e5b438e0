// Reading IT's policy.json from disk: the file's own problems (missing, not JSON, invalid) become
// one clear message; the core's PolicyError already names every problem with its JSON path.
import { readFile } from "node:fs/promises";
import { parsePolicy, PolicyError, type Policy } from "./core";
import type { CliLanguage, CliTexts } from "./i18n";
import { detailOf } from "./unreadable";

export type PolicyLoad = { ok: true; policy: Policy } | { ok: false; message: string };

export async function loadPolicyFile(path: string, texts: CliTexts, language: CliLanguage): Promise<PolicyLoad> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? texts.unreadable["not-found"] : (detailOf(error) ?? texts.unreadable["read-failed"]);
    return { ok: false, message: texts.errors.policyUnreadable(path, reason) };
  }
  try {
    // parsePolicy takes the text itself, so a JSON syntax error is worded like every other problem.
    return { ok: true, policy: parsePolicy(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    if (error instanceof PolicyError) return { ok: false, message: `${texts.errors.policyInvalid(path)}\n${error.format(language)}` };
    throw error;
  }
}
