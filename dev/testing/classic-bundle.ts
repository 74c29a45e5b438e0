// One ES2016 IIFE bundle of a module, as the classic Outlook handler would carry it: for the tests
// that parse it at ES2016 and run it in a bare vm context with no host globals.
import { buildSync } from "esbuild";

export interface ClassicBundleOptions {
  /** The IIFE's global, which holds the module's exports. Default "Core". */
  globalName?: string;
  minify?: boolean;
  /** Package entry fields in order; the default prefers browser builds, as webpack does for the handler. */
  mainFields?: string[];
}

export function classicBundle(entry: string, options: ClassicBundleOptions = {}): string {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: options.globalName ?? "Core",
    target: "es2016",
    platform: "neutral",
    mainFields: options.mainFields ?? ["browser", "module", "main"],
    minify: options.minify ?? false,
    write: false,
    logLevel: "silent",
  });
  return (result.outputFiles[0] as { text: string }).text;
}
