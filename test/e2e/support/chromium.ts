// Chromium for the browser tests without any browser download: the binary that ships inside the
// @sparticuz/chromium npm package, or Debian's /usr/bin/chromium when that is installed.
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

const QUIET_FLAGS = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const DEBIAN_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

interface Sparticuz {
  args: string[];
  executablePath(): Promise<string>;
}

async function sparticuz(): Promise<{ path: string; args: string[] } | undefined> {
  try {
    const mod = (await import("@sparticuz/chromium")) as unknown as { default?: Sparticuz } & Partial<Sparticuz>;
    const pkg = (mod.default ?? mod) as Sparticuz;
    const path = await pkg.executablePath();
    // --single-process is for AWS Lambda; several browser contexts are steadier without it.
    const args = pkg.args.filter((a) => a !== "--single-process" && !a.startsWith("--headless"));
    return fs.existsSync(path) ? { path, args } : undefined;
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
