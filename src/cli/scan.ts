// The loop both `check` and `report` run: walk the inputs, read one mail, judge it with the same
// analyzeMessage the add-in uses, hand the verdict on, forget the mail. A file that cannot be read
// (or that makes the core throw) is reported and the loop goes on.
import { analyzeMessage, defaultPolicy, type Message, type Policy, type Verdict } from "./core";
import { extractingReader, type AttachmentsReader } from "./attachments";
import type { Progress } from "./progress";
import { readMailFileWithEnvelope } from "./read-mail";
import { UnreadableError, detailOf } from "./unreadable";
import { walkInputs } from "./walk";
import { folderAt, folderMails, isPstFile, listPstFolders, openPst } from "./pst/read-pst";

export interface ScanOptions {
  /** Read .pst/.ost files too (report); `check` lists single files and leaves them out. */
  pst?: boolean;
  /** IT's policy; without it each mail gets the zero-config policy of its sender's domain. */
  policy?: Policy;
  maxBytes: number;
  /** Salt for the core's CPR hashes and fingerprint; random per run. */
  salt: string;
  readAttachments?: AttachmentsReader;
  progress?: Progress;
}

export interface ScanHandlers {
  /** `sent`: the mail's send date (ISO) when the export has one. */
  mail(path: string, verdict: Verdict, policy: Policy, sent?: string): void;
  unreadable(path: string, error: UnreadableError): void;
}

export async function scanMails(inputs: readonly string[], options: ScanOptions, handlers: ScanHandlers): Promise<void> {
  const policyFor = options.policy ? () => options.policy as Policy : zeroConfigPolicies();
  // Zero-config policies all carry the default limits, so one reader serves every mail.
  const readAttachments = options.readAttachments ?? extractingReader((options.policy ?? defaultPolicy()).attachments);
  for await (const item of walkInputs(inputs, { pst: options.pst === true })) {
    if ("error" in item) {
      handlers.unreadable(item.path, item.error);
      options.progress?.tick();
      continue;
    }
    if (options.pst === true && isPstFile(item.path)) {
      scanPst(item.path, options, policyFor, readAttachments, handlers);
      options.progress?.tick();
      continue;
    }
    const outcome = await checkOne(item.path, options, policyFor, readAttachments);
    if (outcome instanceof UnreadableError) handlers.unreadable(item.path, outcome);
    else handlers.mail(item.path, outcome.verdict, outcome.policy, outcome.sent);
    options.progress?.tick();
  }
}

async function checkOne(
  path: string,
  options: ScanOptions,
  policyFor: (message: Message) => Policy,
  readAttachments: AttachmentsReader,
): Promise<{ verdict: Verdict; policy: Policy; sent?: string } | UnreadableError> {
  let message: Message;
  let sent: string | undefined;
  try {
    ({ message, envelope: { date: sent } } = await readMailFileWithEnvelope(path, { maxBytes: options.maxBytes, readAttachments }));
  } catch (error) {
    return error instanceof UnreadableError ? error : new UnreadableError("parse-failed", detailOf(error));
  }
  try {
    const policy = policyFor(message);
    return { verdict: analyzeMessage(message, policy, { salt: options.salt }), policy, sent };
  } catch (error) {
    return new UnreadableError("check-failed", detailOf(error));
  }
}

/** Every mail of a .pst, folder by folder; a broken file or folder is reported and skipped. */
function scanPst(
  path: string,
  options: ScanOptions,
  policyFor: (message: Message) => Policy,
  readAttachments: AttachmentsReader,
  handlers: ScanHandlers,
): void {
  let pst: ReturnType<typeof openPst> | undefined;
  try {
    pst = openPst(path);
    for (const folder of listPstFolders(pst)) {
      let n = 0;
      try {
        for (const { message, envelope } of folderMails(folderAt(pst, folder.path), readAttachments, options.maxBytes)) {
          const where = `${path} › ${folder.name} › ${++n}`;
          try {
            const policy = policyFor(message);
            handlers.mail(where, analyzeMessage(message, policy, { salt: options.salt }), policy, envelope.date);
          } catch (error) {
            handlers.unreadable(where, new UnreadableError("check-failed", detailOf(error)));
          }
        }
      } catch (error) {
        handlers.unreadable(`${path} › ${folder.name}`, new UnreadableError("parse-failed", detailOf(error)));
      }
    }
  } catch (error) {
    handlers.unreadable(path, new UnreadableError("parse-failed", detailOf(error)));
  } finally {
    pst?.close();
  }
}

/** defaultPolicy per sender domain, built once per domain. */
function zeroConfigPolicies(): (message: Message) => Policy {
  const cache = new Map<string, Policy>();
  return (message) => {
    const address = message.from?.address ?? "";
    const key = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
    let policy = cache.get(key);
    if (!policy) {
      policy = defaultPolicy(address || undefined);
      cache.set(key, policy);
    }
    return policy;
  };
}
