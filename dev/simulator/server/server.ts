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

export function createSimulatorHandler(options: SimulatorServerOptions): http.RequestListener {
  const roots = {
    dist: path.resolve(options.distDir),
    bundle: path.resolve(options.bundleDir),
    page: path.resolve(options.pageDir),
  };
  const examplesDir = path.resolve(options.examplesDir);

  function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
    res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
    res.end(body);
  }

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

  function route(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!isLoopbackHost(req.headers.host)) {
      send(res, 400, TYPES[".txt"]!, "this server answers only to localhost\n");
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
    } catch {
      send(res, 400, TYPES[".txt"]!, "bad request\n");
      return;
    }
    const decoded = decodePath(url.pathname);
    if (decoded === undefined) {
      send(res, 400, TYPES[".txt"]!, "malformed path\n");
      return;
    }
    let p = decoded;
    let policyId = defaultPolicyId(examplesDir);
    const hosted = /^\/hosted\/([a-z0-9-]+)(\/.*)$/.exec(p);
    if (hosted) {
      policyId = hosted[1] ?? policyId;
      p = hosted[2] ?? "/";
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(res, 405, TYPES[".txt"]!, "method not allowed\n");
      return;
    }
    if (!hosted && (p === "/" || p === "/index.html")) {
      if (!sendFile(res, path.join(roots.page, "index.html"))) send(res, 500, TYPES[".txt"]!, "simulator page missing\n");
      return;
    }
    if (p === "/policy.json") {
      const { status, body } = policyResponse(policyId, examplesDir);
      send(res, status, TYPES[".json"]!, body);
      return;
    }
    if (p === "/__simulator/config.json") {
      const config = {
        addin: addinInfo(roots.dist),
        policies: listPolicyChoices(examplesDir),
        defaultPolicy: defaultPolicyId(examplesDir),
        hostedPrefix: HOSTED_PREFIX,
      };
      send(res, 200, TYPES[".json"]!, JSON.stringify(config));
      return;
    }
    if (p.startsWith("/simulator/")) {
      const rest = p.slice("/simulator/".length);
      if (sendFile(res, safeJoin(roots.bundle, rest)) || sendFile(res, safeJoin(roots.page, rest))) return;
      send(res, 404, TYPES[".txt"]!, "not found\n");
      return;
    }
    if (sendFile(res, safeJoin(roots.dist, p), true)) return;
    send(res, 404, TYPES[".txt"]!, "not found\n");
  }

  return (req, res) => {
    try {
      route(req, res);
    } catch {
      // A bad request must never end `npm start`.
      if (!res.headersSent) send(res, 500, TYPES[".txt"]!, "internal error\n");
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
