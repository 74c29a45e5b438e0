// The command line over a folder of generated .eml files (issue 8): mails per second of
// `sendevagt report` (walk, read, parse, HTML to text, analyzeMessage, aggregate) against the bare
// parse of the same files with postal-mime alone (read + parse), in alternating rounds in one run.
// Part of `npm run bench`; also runnable on its own: `npx tsx bench/cli.bench.ts [mails]`.
import { mkdtempSync, rmSync, writeFileSync, readdirSync, statSync } from "fs";
import { readFile } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import PostalMime from "postal-mime";
import { run } from "../src/cli/main";
import { buildEml } from "../test/cli/helpers/eml";
import { syntheticCpr } from "../test/cli/helpers/cpr";
import { seededRandom, syntheticDanishMail } from "./danish-text";
import { consume, median, type Bench, type BenchResult } from "./harness";

const DEFAULT_MAILS = 2000;
const ROUNDS = 5;

const RECIPIENTS = ["kollega@randers.dk", "borger@gmail.com", "sag@aarhus.dk", "x@anders.dk", "leder@randers.dk", "anna@hotmail.com"];

/** A Sent Items folder: 3–8 KB mails with text + HTML parts, 1–4 recipients, some CPR numbers and attachments. */
export function generateFolder(count: number, seed = 8): string {
  const dir = mkdtempSync(join(tmpdir(), "sendevagt-bench-"));
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const size = 3000 + Math.floor(random() * 5000);
    let text = syntheticDanishMail(size, seed + i, true);
    if (random() < 0.2) text += `\r\nCPR: ${syntheticCpr("150372", i % 50)}\r\n`;
    const to = RECIPIENTS.filter(() => random() < 0.35);
    const attachments =
      random() < 0.15 ? [{ name: `bilag-${i}.txt`, mimeType: "text/plain", content: syntheticDanishMail(2000, i) }] : undefined;
    const eml = buildEml({
      from: "Jens Hansen <jens@randers.dk>",
      to: to.length > 0 ? to : ["kollega@randers.dk"],
      subject: `Sag ${i}`,
      text,
      html: `<html><body>${text
        .split("\r\n")
        .map((line) => `<p>${line.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
        .join("")}</body></html>`,
      attachments,
    });
    writeFileSync(join(dir, `mail-${String(i).padStart(5, "0")}.eml`), eml);
  }
  return dir;
}

async function bareParse(dir: string): Promise<number> {
  let parts = 0;
  for (const name of readdirSync(dir).sort()) {
    const email = await PostalMime.parse(await readFile(join(dir, name)), { attachmentEncoding: "arraybuffer" });
    parts += email.attachments.length + (email.html ? 1 : 0);
  }
  return parts;
}

const silent = { write: () => true };

async function cliReport(dir: string): Promise<number> {
  let out = "";
  const code = await run(["report", dir, "--json"], { stdout: { write: (s: string) => (out += s) }, stderr: { ...silent, isTTY: false }, salt: "bench" });
  if (code !== 0) throw new Error(`report exited ${code}`);
  return (JSON.parse(out) as { mails: number }).mails;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  consume(await fn());
  return performance.now() - t0;
}

export async function measureCli(count = DEFAULT_MAILS): Promise<BenchResult> {
  const dir = generateFolder(count);
  try {
    const bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
    const mails = await cliReport(dir); // warm-up, and a check that every mail was read
    if (mails !== count) throw new Error(`report read ${mails} of ${count} mails`);
    await bareParse(dir);
    const cliMs: number[] = [];
    const bareMs: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      cliMs.push(await timed(() => cliReport(dir)));
      bareMs.push(await timed(() => bareParse(dir)));
    }
    const cliPerSec = (count * 1000) / median(cliMs);
    const barePerSec = (count * 1000) / median(bareMs);
    return {
      name: `sendevagt report, ${count} generated .eml files`,
      opsPerSec: cliPerSec,
      mbPerSec: (cliPerSec * bytes) / count / 1e6,
      baselineName: "bare read + postal-mime parse of the same files",
      baselineMbPerSec: (barePerSec * bytes) / count / 1e6,
      ratio: cliPerSec / barePerSec,
      target: 0.3,
      notes: [
        `${cliPerSec.toFixed(0)} mails/s (CLI) vs ${barePerSec.toFixed(0)} mails/s (bare parse)`,
        `${(bytes / 1e6).toFixed(1)} MB in ${count} files, median of ${ROUNDS} alternating rounds`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const benches: Bench[] = [{ name: "sendevagt report over .eml files", run: () => measureCli() }];

if (require.main === module) {
  const count = Number(process.argv[2] ?? DEFAULT_MAILS);
  void measureCli(count).then((result) => {
    console.log(result.name);
    for (const note of result.notes ?? []) console.log(`  ${note}`);
    console.log(`  ratio ${result.ratio?.toFixed(2)}× of the bare parse (target ≥ ${result.target})`);
  });
}
