// Chromium for the browser tests without any browser download: the binary that ships inside the
// @sparticuz/chromium npm package, or Debian's /usr/bin/chromium when that is installed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

const QUIET_FLAGS = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const DEBIAN_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

interface Sparticuz {
  args: string[];
  executablePath(): Promise<string>;
}

/**
 * The package unpacks Chromium into the temp folder on first use and treats an existing file as
 * done. Two Jest workers starting at once could launch a half-written binary, so the unpacking
 * is serialised across processes with a lock directory.
 */
async function withUnpackLock<T>(run: () => Promise<T>): Promise<T> {
  const lock = path.join(os.tmpdir(), "sendevagt-chromium-unpack.lock");
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = (() => {
        try {
          return Date.now() - fs.statSync(lock).mtimeMs;
        } catch {
          return 0;
        }
      })();
      if (age > 120_000) fs.rmSync(lock, { recursive: true, force: true }); // left by a killed run
      if (Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await run();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

async function sparticuz(): Promise<{ path: string; args: string[] } | undefined> {
  try {
    const mod = (await import("@sparticuz/chromium")) as unknown as { default?: Sparticuz } & Partial<Sparticuz>;
    const pkg = (mod.default ?? mod) as Sparticuz;
    const executable = await withUnpackLock(() => pkg.executablePath());
    // --single-process is for AWS Lambda; several browser contexts are steadier without it.
    const args = pkg.args.filter((a) => a !== "--single-process" && !a.startsWith("--headless"));
    return fs.existsSync(executable) ? { path: executable, args } : undefined;
  } catch {
    return undefined;
  }
}

export async function launchChromium(): Promise<Browser> {
  const bundled = await sparticuz();
  const debian = DEBIAN_CHROMIUM.find((p) => fs.existsSync(p));
  const attempts: { path: string; args: string[] }[] = [];
  if (bundled) attempts.push(bundled);
  if (debian) attempts.push({ path: debian, args: ["--disable-gpu", "--disable-dev-shm-usage"] });
  if (!attempts.length) {
    throw new Error("No Chromium found: install the npm package @sparticuz/chromium (a devDependency) or Debian's chromium.");
  }
  let lastError: unknown;
  for (const attempt of attempts) {
    try {
      return await chromium.launch({
        executablePath: attempt.path,
        args: [...attempt.args, ...QUIET_FLAGS, "--no-sandbox"],
        headless: true,
      });
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
