// `sendevagt check`: every mail's verdict, human or --json. Exit 0 nothing would stop, 1 something
// would stop, 2 some file could not be read (the others are still checked).
import { randomBytes } from "node:crypto";
import type { Policy } from "./core";
import type { CommonOptions } from "./args";
import { checkedMailJson, type UnreadableJson } from "./check-json";
import { formatVerdict } from "./format";
import type { CliTexts } from "./i18n";
import { EXIT, type CliIo } from "./io";
import { maskDigits } from "./mask";
import { createProgress, writeControl } from "./progress";
import { scanMails } from "./scan";
import { countInputs } from "./walk";

export interface CheckRun {
  paths: string[];
  policy?: Policy;
  json: boolean;
}

export async function runCheck(run: CheckRun, options: CommonOptions, texts: CliTexts, io: CliIo): Promise<number> {
  const counts = { allow: 0, confirm: 0, block: 0, unreadable: 0 };
  const unreadable: UnreadableJson[] = [];
  const progress = io.stderr.isTTY ? createProgress(io.stderr, await countInputs(run.paths), texts) : undefined;
  // In a terminal stdout and the bar share the screen: wipe the bar before each mail's lines.
  const write = (text: string) => {
    if (progress) writeControl(io.stderr, "\r\u001b[2K");
    io.stdout.write(text);
  };
  let first = true;
  if (run.json) write('{"mails":[');

  await scanMails(
    run.paths,
    { policy: run.policy, maxBytes: options.maxBytes, salt: io.salt ?? randomBytes(16).toString("hex"), readAttachments: io.readAttachments, progress },
    {
      mail(path, verdict) {
        counts[verdict.action]++;
        if (run.json) {
          write(`${first ? "" : ","}\n${JSON.stringify(checkedMailJson(path, verdict))}`);
          first = false;
        } else {
          write(`${formatVerdict(path, verdict, texts)}\n`);
        }
      },
      unreadable(path, error) {
        counts.unreadable++;
        const reason = texts.unreadable[error.code];
        if (run.json) {
          const entry: UnreadableJson = { file: maskDigits(path), reason: error.code };
          if (error.detail) entry.detail = maskDigits(error.detail);
          unreadable.push(entry);
        }
        if (progress) writeControl(io.stderr, "\r\u001b[2K");
        io.stderr.write(`${texts.unreadableLine(maskDigits(path), reason)}\n`);
      },
    },
  );
  progress?.done();

  const mails = counts.allow + counts.confirm + counts.block;
  if (run.json) {
    const summary = { mails, block: counts.block, confirm: counts.confirm, allow: counts.allow, unreadable: counts.unreadable };
    write(`\n],"unreadable":${JSON.stringify(unreadable)},"summary":${JSON.stringify(summary)}}\n`);
  } else {
    write(`\n${texts.checkSummary(mails, counts.block, counts.confirm, counts.allow, counts.unreadable)}\n`);
  }
  if (counts.unreadable > 0) return EXIT.usageOrUnreadable;
  return counts.block + counts.confirm > 0 ? EXIT.wouldStop : EXIT.ok;
}
