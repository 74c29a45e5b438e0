// `sendevagt`: the command line entry. run() is the whole program minus process globals, so the
// tests drive it directly; the last lines start it when this file is executed.
import { parseCommandLine, type Command, type UsageError } from "./args";
import { runCheck } from "./check-command";
import { textsFor, type CliLanguage, type CliTexts } from "./i18n";
import { EXIT, safeIo, type CliIo } from "./io";
import { maskDigits } from "./mask";
import { escapeControls } from "./safe-output";
import { runPolicySchema, runPolicyValidate } from "./policy-command";
import { loadPolicyFile } from "./policy-file";
import { runReport } from "./report-command";
import { runAudit, runMerge } from "./audit-command";
import { runBackstop, type BackstopFormat } from "./backstop-command";
import { BACKSTOP_MODES, type BackstopMode } from "./backstop/rules";
import { backstopTexts } from "./i18n/backstop-texts";
import type { Policy } from "./core";

export async function run(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Nothing from a mail, a file name or a policy reaches the terminal raw.
  const io = safeIo(rawIo);
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) {
    const texts = textsFor(argv.includes("en") && argv.includes("--lang") ? "en" : "da");
    io.stderr.write(`${usageErrorText(parsed.error, texts)}\n\n${texts.usage}\n`);
    return EXIT.usageOrUnreadable;
  }
  const { command, options } = parsed;
  const texts = textsFor(options.language);

  switch (command.name) {
    case "help":
      io.stdout.write(`${texts.usage}\n`);
      return EXIT.ok;
    case "policy-schema":
      return runPolicySchema(io);
    case "policy-validate":
      return runPolicyValidate(command.path, texts, options.language, io);
    case "backstop":
      return backstop(command, options.language, io);
    case "merge":
      return runMerge(command, options, texts, io);
    case "check":
    case "audit":
    case "report": {
      let policy: Policy | undefined;
      if (command.policyPath !== undefined) {
        const loaded = await loadPolicyFile(command.policyPath, texts, options.language);
        if (!loaded.ok) {
          io.stderr.write(`${loaded.message}\n`);
          return EXIT.usageOrUnreadable;
        }
        policy = loaded.policy;
      }
      const language = policy && !options.languageGiven ? policy.language : options.language;
      const runOptions = { ...options, language };
      const runTexts = textsFor(language);
      if (command.name === "audit") return runAudit({ paths: command.paths, policy, htmlPath: command.htmlPath, json: command.json, workers: command.workers }, runOptions, runTexts, io);
      return command.name === "check"
        ? runCheck({ paths: command.paths, policy, json: command.json }, runOptions, runTexts, io)
        : runReport({ paths: command.paths, policy, htmlPath: command.htmlPath, json: command.json }, runOptions, runTexts, io);
    }
  }
}

const FORMATS: readonly BackstopFormat[] = ["powershell", "dsc", "purview-sit"];

async function backstop(command: Extract<Command, { name: "backstop" }>, language: CliLanguage, io: CliIo): Promise<number> {
  const t = backstopTexts(language);
  const problem =
    command.policyPath === undefined
      ? t.missingPolicy
      : !(BACKSTOP_MODES as readonly string[]).includes(command.mode)
        ? t.badMode(command.mode)
        : !(FORMATS as readonly string[]).includes(command.format)
          ? t.badFormat(command.format)
          : command.dpo === undefined && command.format !== "purview-sit"
            ? t.missingDpo
            : undefined;
  if (problem !== undefined || command.policyPath === undefined) {
    io.stderr.write(`${problem}\n`);
    return EXIT.usageOrUnreadable;
  }
  const loaded = await loadPolicyFile(command.policyPath, textsFor(language), language);
  if (!loaded.ok) {
    io.stderr.write(`${loaded.message}\n`);
    return EXIT.usageOrUnreadable;
  }
  return runBackstop(
    {
      policy: loaded.policy,
      mode: command.mode as BackstopMode,
      format: command.format as BackstopFormat,
      dpo: command.dpo ?? "dpo@invalid.example",
      stripStamp: command.stripStamp,
      outPath: command.outPath,
    },
    language,
    io,
  );
}

function usageErrorText(error: UsageError, texts: CliTexts): string {
  switch (error.kind) {
    case "unknown-command":
      return texts.errors.unknownCommand(error.name);
    case "missing-paths":
      return texts.errors.missingPaths(error.command);
    case "missing-policy-file":
      return texts.errors.missingPolicyFile;
    case "bad-option":
      return texts.errors.badOption(error.detail);
  }
}

/** Runs the program against the real process and sets its exit code. */
export async function main(): Promise<void> {
  // `sendevagt check … | head` closes the pipe early: stop quietly instead of crashing.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr };
  try {
    process.exitCode = await run(process.argv.slice(2), io);
  } catch (error) {
    // An unexpected failure still ends with the usage/unreadable code, never a silent 0.
    process.stderr.write(`sendevagt: ${escapeControls(maskDigits(String((error as Error)?.message ?? error)))}\n`);
    process.exitCode = EXIT.usageOrUnreadable;
  }
}

if (require.main === module) void main();
