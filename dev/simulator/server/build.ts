// Builds what the simulator serves: the add-in itself (the project's webpack config, the same
// build that ships) and the simulator's two browser bundles (esbuild: the page, and the small
// script that gives each add-in frame the shared fake Office).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const SIMULATOR_DIR = path.join(ROOT, "dev", "simulator");

const STAMP = ".sendevagt-build-stamp";

/** Everything the add-in build reads; a change in any of these makes a built dist/ stale. */
const ADDIN_INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "package.json", "tsconfig.json"];

function newestMtime(target: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True when `outDir` holds a finished build newer than every input. */
export function isAddinBuildFresh(outDir: string): boolean {
  const stamp = path.join(outDir, STAMP);
  if (!fs.existsSync(stamp)) return false;
  const built = fs.statSync(stamp).mtimeMs;
  return ADDIN_INPUTS.every((input) => newestMtime(path.join(ROOT, input)) <= built);
}

export interface AddinBuildOptions {
  outDir: string;
  mode?: "production" | "development";
  /** Print webpack's output (npm start) or keep it for the error message only (tests). */
  quiet?: boolean;
}

export function buildAddin(options: AddinBuildOptions): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const args = [cli, "--mode", options.mode ?? "production", "--output-path", options.outDir];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, NODE_ENV: options.mode ?? "production" },
    });
    let output = "";
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) {
        fs.writeFileSync(path.join(options.outDir, STAMP), new Date().toISOString());
        resolve();
      } else {
        reject(new Error(`webpack exited with ${code}\n${output.slice(-4000)}`));
      }
    });
  });
}

export async function ensureAddinBuild(options: AddinBuildOptions): Promise<"fresh" | "built"> {
  if (isAddinBuildFresh(options.outDir)) return "fresh";
  await buildAddin(options);
  return "built";
}

export async function buildSimulatorBundles(outDir: string): Promise<void> {
  const esbuild = await import("esbuild");
  await esbuild.build({
    entryPoints: {
      app: path.join(SIMULATOR_DIR, "app", "main.ts"),
      "office-frame": path.join(SIMULATOR_DIR, "app", "office-frame.ts"),
    },
    outdir: outDir,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["chrome110", "firefox110", "safari16"],
    sourcemap: "linked",
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"development"' },
  });
}
