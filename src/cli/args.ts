// Command-line arguments → a plain description of what to run, or a usage error.
import { parseArgs } from "node:util";
import type { CliLanguage } from "./i18n";

export interface CommonOptions {
  language: CliLanguage;
  /** --lang was given; otherwise a policy file's own language wins over the Danish default. */
  languageGiven: boolean;
  /** Largest file read, in bytes. */
  maxBytes: number;
}

export type Command =
  | { name: "help" }
  | { name: "check"; paths: string[]; policyPath?: string; json: boolean }
  | { name: "report"; paths: string[]; policyPath?: string; htmlPath?: string; json: boolean }
  | { name: "audit"; paths: string[]; policyPath?: string; htmlPath?: string; json: boolean; workers: number }
  | { name: "merge"; paths: string[]; htmlPath?: string; json: boolean }
  | {
      name: "backstop";
      policyPath?: string;
      dpo?: string;
      mode: string;
      format: string;
      stripStamp: boolean;
      outPath?: string;
    }
  | { name: "policy-validate"; path: string }
  | { name: "policy-schema" };

export type Parsed = { ok: true; command: Command; options: CommonOptions } | { ok: false; error: UsageError };

export type UsageError =
  | { kind: "unknown-command"; name: string }
  | { kind: "missing-paths"; command: string }
  | { kind: "missing-policy-file" }
  | { kind: "bad-option"; detail: string };

const DEFAULT_MAX_MB = 50;

export function parseCommandLine(argv: readonly string[]): Parsed {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: "string" },
        json: { type: "boolean" },
        html: { type: "string" },
        lang: { type: "string" },
        "max-size": { type: "string" },
        help: { type: "boolean", short: "h" },
        dpo: { type: "string" },
        mode: { type: "string" },
        format: { type: "string" },
        "strip-stamp": { type: "boolean" },
        out: { type: "string" },
        workers: { type: "string" },
      },
    }));
  } catch (error) {
    return fail({ kind: "bad-option", detail: (error as Error).message });
  }

  const language = values.lang ?? "da";
  if (language !== "da" && language !== "en") return fail({ kind: "bad-option", detail: `--lang ${String(language)}` });
  const maxMb = values["max-size"] === undefined ? DEFAULT_MAX_MB : Number(values["max-size"]);
  if (!Number.isFinite(maxMb) || maxMb <= 0) return fail({ kind: "bad-option", detail: `--max-size ${String(values["max-size"])}` });
  const options: CommonOptions = { language, languageGiven: values.lang !== undefined, maxBytes: Math.round(maxMb * 1024 * 1024) };

  const [name, ...rest] = positionals;
  if (values.help || name === undefined || name === "help") return { ok: true, command: { name: "help" }, options };
  const policyPath = values.policy as string | undefined;
  const json = values.json === true;

  if (name === "check" || name === "report") {
    if (rest.length === 0) return fail({ kind: "missing-paths", command: name });
    if (name === "check") {
      if (values.html !== undefined) return fail({ kind: "bad-option", detail: "--html (report)" });
      return { ok: true, command: { name, paths: rest, policyPath, json }, options };
    }
    return { ok: true, command: { name, paths: rest, policyPath, htmlPath: values.html as string | undefined, json }, options };
  }
  if (name === "backstop") {
    return {
      ok: true,
      command: {
        name,
        policyPath,
        dpo: values.dpo as string | undefined,
        mode: (values.mode as string | undefined) ?? "audit",
        format: (values.format as string | undefined) ?? "powershell",
        stripStamp: values["strip-stamp"] === true,
        outPath: values.out as string | undefined,
      },
      options,
    };
  }
  if (name === "audit" || name === "merge") {
    if (rest.length === 0) return fail({ kind: "missing-paths", command: name });
    const htmlPath = values.html as string | undefined;
    if (name === "merge") return { ok: true, command: { name, paths: rest, htmlPath, json }, options };
    const workers = values.workers === undefined ? 1 : Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 64) return fail({ kind: "bad-option", detail: `--workers ${String(values.workers)}` });
    return { ok: true, command: { name, paths: rest, policyPath, htmlPath, json, workers }, options };
  }
  if (name === "policy") {
    const [sub, file] = rest;
    if (sub === "schema") return { ok: true, command: { name: "policy-schema" }, options };
    if (sub === "validate") {
      if (file === undefined) return fail({ kind: "missing-policy-file" });
      return { ok: true, command: { name: "policy-validate", path: file }, options };
    }
    return fail({ kind: "unknown-command", name: `policy ${sub ?? ""}`.trim() });
  }
  return fail({ kind: "unknown-command", name });
}

function fail(error: UsageError): Parsed {
  return { ok: false, error };
}
