// The files the architecture tests read: a walk below a folder that never enters node_modules or
// dot-folders, each test saying which files it keeps and which folders it leaves out.
import { readdirSync, statSync } from "fs";
import { join } from "path";

type Pick = (name: string, path: string) => boolean;

export function filesUnder(dir: string, keep: Pick, enter: Pick = () => true): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (enter(name, path)) out.push(...filesUnder(path, keep, enter));
    } else if (keep(name, path)) out.push(path);
  }
  return out;
}
