// A small static server for the simulator: the built add-in (dist/) on the same origin as the
// simulator page, and the add-in's HTML pages with Microsoft's office.js replaced by the
// simulator's fake Office. The add-in is also hosted once per policy choice under
// /hosted/<policy id>/, with that policy as policy.json beside it — as IT hosts dist/ with its
// own policy.json — so the handler and the pane fetch the chosen policy exactly as in production,
// without any state on the server.
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { fallbackAddinInfo, readAddinInfo, type AddinInfo } from "./manifest-info";
import { defaultPolicyId, listPolicyChoices, policyResponse } from "./policies";

export const HOSTED_PREFIX = "/hosted/";

export interface SimulatorServerOptions {
  /** The built add-in (webpack output). */
  distDir: string;
  /** The simulator's own bundles (app.js, office-frame.js). */
  bundleDir: string;
  /** index.html and styles. */
  pageDir: string;
  /** Where examples/policy.*.json live. */
  examplesDir: string;
  port?: number;
  host?: string;
  /** Key and certificate for https; plain http without. */
  tls?: { key: Buffer | string; cert: Buffer | string; ca?: Buffer | string };
}

export interface RunningSimulator {
  /** What a person opens (certificates are made for "localhost"). */
  url: string;
  /** The same server by IP, for tests: no name resolution, no IPv6 detour. */
  loopbackUrl: string;
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

const OFFICE_FRAME_SCRIPT = '<script src="/simulator/office-frame.js"></script>';
const CDN_OFFICE_JS = /<script\b[^>]*\bsrc=["'][^"']*office\.js["'][^>]*>\s*<\/script>/gi;

/** The add-in's page as Outlook would load it, but with the simulator's Office instead of Microsoft's CDN script. */
export function withFakeOffice(html: string): string {
  let replaced = false;
  const out = html.replace(CDN_OFFICE_JS, () => {
    const first = !replaced;
    replaced = true;
    return first ? OFFICE_FRAME_SCRIPT : "";
  });
  if (replaced) return out;
  // No office.js tag: install the fake before any other script runs.
  return /<head[^>]*>/i.test(out) ? out.replace(/<head[^>]*>/i, (m) => `${m}${OFFICE_FRAME_SCRIPT}`) : OFFICE_FRAME_SCRIPT + out;
}

/**
 * The Host header names this machine's loopback (localhost, 127.0.0.1, [::1], with or without a
 * port). Anything else is refused: a page elsewhere could otherwise point its own name at
 * 127.0.0.1 (DNS rebinding) and read the simulator and its policies.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  return /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i.test(host);
}

/** The path decoded, or undefined when its percent-escapes are not valid UTF-8 ("/%E0%A4%A"). */
export function decodePath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
}

/** Resolves `urlPath` (already decoded) inside `root`, refusing anything that climbs out of it. */
function safeJoin(root: string, decoded: string): string | undefined {
  const full = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return full === root || full.startsWith(root + path.sep) ? full : undefined;
}

function addinInfo(distDir: string): AddinInfo {
  for (const file of [path.join(distDir, "manifest.xml"), path.resolve(distDir, "..", "manifest.xml")]) {
    try {
      return readAddinInfo(fs.readFileSync(file, "utf8"));
    } catch {
      // try the next place; the simulator still runs without a manifest
    }
  }
  return fallbackAddinInfo();
}

interface Roots {
  dist: string;
  bundle: string;
  page: string;
  examples: string;
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
  res.end(body);
}

const sendText = (res: http.ServerResponse, status: number, text: string): void => send(res, status, TYPES[".txt"]!, text);

function sendFile(res: http.ServerResponse, file: string | undefined, transformHtml = false): boolean {
  if (!file) return false;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return false;
  }
  if (!stat.isFile()) return false;
  const ext = path.extname(file).toLowerCase();
  const type = TYPES[ext] ?? "application/octet-stream";
  if (transformHtml && ext === ".html") send(res, 200, type, withFakeOffice(fs.readFileSync(file, "utf8")));
  else send(res, 200, type, fs.readFileSync(file));
  return true;
}

interface Target {
  /** The path inside the add-in's files (without /hosted/<policy>). */
  path: string;
  /** The example policy served as policy.json. */
  policyId: string;
  hosted: boolean;
}

/** Loopback host, a parseable URL, a decodable path and GET/HEAD only; else the answer that says why not. */
function targetOf(req: http.IncomingMessage, examplesDir: string): Target | { status: number; text: string } {
  if (!isLoopbackHost(req.headers.host)) return { status: 400, text: "this server answers only to localhost\n" };
  let url: URL;
  try {
    url = new URL(req.url ?? "/", "http://localhost");
  } catch {
    return { status: 400, text: "bad request\n" };
  }
  const decoded = decodePath(url.pathname);
  if (decoded === undefined) return { status: 400, text: "malformed path\n" };
  const hosted = /^\/hosted\/([a-z0-9-]+)(\/.*)$/.exec(decoded);
  if (req.method !== "GET" && req.method !== "HEAD") return { status: 405, text: "method not allowed\n" };
  return {
    path: hosted ? (hosted[2] ?? "/") : decoded,
    policyId: (hosted && hosted[1]) || defaultPolicyId(examplesDir),
    hosted: hosted !== null,
  };
}

function route(roots: Roots, req: http.IncomingMessage, res: http.ServerResponse): void {
  const target = targetOf(req, roots.examples);
  if ("status" in target) return sendText(res, target.status, target.text);
  const p = target.path;
  if (!target.hosted && (p === "/" || p === "/index.html")) {
    if (!sendFile(res, path.join(roots.page, "index.html"))) sendText(res, 500, "simulator page missing\n");
    return;
  }
  if (p === "/policy.json") {
    const { status, body } = policyResponse(target.policyId, roots.examples);
    return send(res, status, TYPES[".json"]!, body);
  }
  if (p === "/__simulator/config.json") {
    const config = {
      addin: addinInfo(roots.dist),
      policies: listPolicyChoices(roots.examples),
      defaultPolicy: defaultPolicyId(roots.examples),
      hostedPrefix: HOSTED_PREFIX,
    };
    return send(res, 200, TYPES[".json"]!, JSON.stringify(config));
  }
  if (p.startsWith("/simulator/")) {
    const rest = p.slice("/simulator/".length);
    if (sendFile(res, safeJoin(roots.bundle, rest)) || sendFile(res, safeJoin(roots.page, rest))) return;
    return sendText(res, 404, "not found\n");
  }
  if (sendFile(res, safeJoin(roots.dist, p), true)) return;
  sendText(res, 404, "not found\n");
}

export function createSimulatorHandler(options: SimulatorServerOptions): http.RequestListener {
  const roots: Roots = {
    dist: path.resolve(options.distDir),
    bundle: path.resolve(options.bundleDir),
    page: path.resolve(options.pageDir),
    examples: path.resolve(options.examplesDir),
  };
  return (req, res) => {
    try {
      route(roots, req, res);
    } catch {
      // A bad request must never end `npm start`.
      if (!res.headersSent) sendText(res, 500, "internal error\n");
      else res.end();
    }
  };
}

export function startSimulatorServer(options: SimulatorServerOptions): Promise<RunningSimulator> {
  const handler = createSimulatorHandler(options);
  const server = options.tls ? https.createServer(options.tls, handler) : http.createServer(handler);
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      const port = (server.address() as AddressInfo).port;
      const scheme = options.tls ? "https" : "http";
      resolve({
        url: `${scheme}://localhost:${port}/`,
        loopbackUrl: `${scheme}://127.0.0.1:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
