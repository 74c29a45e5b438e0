// Yields the mail files under the paths given on the command line, one at a time and in a stable
// order, so a folder of a hundred thousand mails costs one directory listing at a time.
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { isMailFile } from "./read-mail";
import { UnreadableError } from "./unreadable";

export type WalkItem = { path: string } | { path: string; error: UnreadableError };

export interface WalkOptions {
  /** Also yield .pst/.ost files found in folders (audit and report read them; check does not). */
  pst?: boolean;
}

const isPst = (name: string): boolean => /\.(pst|ost)$/i.test(name);

export async function* walkInputs(inputs: readonly string[], options: WalkOptions = {}): AsyncGenerator<WalkItem> {
  for (const input of inputs) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch {
      yield { path: input, error: new UnreadableError("not-found") };
      continue;
    }
    // A file named explicitly is always tried, so an unsupported one is reported, not skipped.
    if (!isDirectory) yield { path: input };
    else yield* walkDirectory(input, options);
  }
}

async function* walkDirectory(directory: string, options: WalkOptions): AsyncGenerator<WalkItem> {
  let entries: Dirent[];
  try {
    entries = (await readdir(directory, { withFileTypes: true })).sort((a, b) => compare(a.name, b.name));
  } catch {
    yield { path: directory, error: new UnreadableError("read-failed") };
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(directory, entry.name);
    // Linked folders are not followed: a link back up the tree would never end.
    if (entry.isDirectory()) yield* walkDirectory(path, options);
    else if ((isMailFile(entry.name) || (options.pst === true && isPst(entry.name))) && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path))))) yield { path };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** How many files a walk will yield; only used to size the progress bar. */
export async function countInputs(inputs: readonly string[]): Promise<number> {
  let count = 0;
  for await (const _item of walkInputs(inputs)) count++;
  return count;
}
