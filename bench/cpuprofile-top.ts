// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time,
// so a profile can be written down in a note without a flame-graph viewer.
// `npx tsx bench/cpuprofile-top.ts <file.cpuprofile> [count]`
import { readFileSync } from "fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function shortUrl(url: string): string {
  const at = url.lastIndexOf("/src/");
  const bench = url.lastIndexOf("/bench/");
  const nm = url.lastIndexOf("/node_modules/");
  const from = Math.max(at, bench, nm);
  return from >= 0 ? url.slice(from + 1) : url.replace(/^.*\//, "");
}

function main(): void {
  const [file, countArg] = process.argv.slice(2);
  if (!file) throw new Error("usage: cpuprofile-top <file.cpuprofile> [count]");
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const dt = profile.timeDeltas[i] ?? 0;
    const f = node.callFrame;
    const key = `${f.functionName || "(anonymous)"}  ${shortUrl(f.url)}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(countArg ?? 15));
  console.log(`total sampled ${(total / 1000).toFixed(0)} ms`);
  for (const [key, us] of top) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${key}`);
}

main();
