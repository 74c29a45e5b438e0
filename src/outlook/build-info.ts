// Values the build bakes in (webpack DefinePlugin / esbuild define). Tests and the CLI run
// unbundled, where the identifiers are undeclared: typeof keeps that from throwing.
declare const __SENDEVAGT_VERSION__: string | undefined;
declare const __SENDEVAGT_BASE_URL__: string | undefined;

export const ADDIN_VERSION: string = typeof __SENDEVAGT_VERSION__ === "string" ? __SENDEVAGT_VERSION__ : "dev";

/** The add-in's production base URL, without a trailing slash. */
export const BUILD_BASE_URL: string =
  typeof __SENDEVAGT_BASE_URL__ === "string" ? __SENDEVAGT_BASE_URL__ : "https://localhost:3000";

/**
 * Where the add-in's own files live. Browser runtimes know from the page's address (so one build
 * also works when copied elsewhere); classic Outlook's JavaScript-only runtime has no location, so
 * it uses the base URL given to the build.
 */
export function addinBaseUrl(): string {
  const loc = (globalThis as { location?: { href?: unknown } }).location;
  const href = loc && typeof loc.href === "string" ? loc.href : "";
  if (/^https?:\/\//i.test(href)) return href.replace(/[?#].*$/, "").replace(/\/[^/]*$/, "");
  return BUILD_BASE_URL.replace(/\/+$/, "");
}
