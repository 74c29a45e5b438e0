// CPU profile of the whole send handler on the worst-case (or typical) 10 MB mail, only around the
// sends (building the fixture mail is left out): writes a .cpuprofile (open it in Chrome DevTools
// for the flame graph) and prints the functions with the most self time.
// `npx tsx bench/profile-handler.ts [worst|typical] [out.cpuprofile] [--js]`; --js hides the
// DecompressionStream, as classic Outlook's runtime has none (the bench's targets are judged so).
import { writeFileSync } from "fs";
import { Session } from "inspector";
import { execFileSync } from "child_process";
import { buildMail, buildTypicalMail } from "./attachments.bench";
import { handlerOn, policyWith } from "./handler-attachments.bench";

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--js");
  if (process.argv.includes("--js")) (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;
  const which = args[0] ?? "worst";
  const out = args[1] ?? `/tmp/handler-${which}.cpuprofile`;
  const mail = which === "typical" ? buildTypicalMail() : buildMail();
  const send = handlerOn(mail.items, policyWith(4000));
  await send(); // warm-up, unprofiled
  const session = new Session();
  session.connect();
  await post(session, "Profiler.enable");
  await post(session, "Profiler.setSamplingInterval", { interval: 200 });
  await post(session, "Profiler.start");
  const times: number[] = [];
  for (let i = 0; i < 3; i++) times.push((await send()).ms);
  const { profile } = await post<{ profile: unknown }>(session, "Profiler.stop");
  writeFileSync(out, JSON.stringify(profile));
  console.log(`3 sends under the profiler: ${times.map((t) => t.toFixed(0)).join(", ")} ms → ${out}`);
  console.log(execFileSync(process.execPath, [...process.execArgv, `${__dirname}/cpuprofile-top.ts`, out, "12"], { encoding: "utf8" }));
}

void main();
