// https for `npm start`, only when asked for (SENDEVAGT_HTTPS=1 or --https): the Office add-in
// developer certificates (office-addin-dev-certs, as Microsoft's add-in templates use), which
// creates a root certificate and tries to trust it; plain http on localhost otherwise. Installing the CA may need sudo, and a password prompt must never stall a first
// `npm start`: the attempt runs in its own session (no terminal to prompt on) with a time limit.
import { spawn } from "node:child_process";

export interface TlsOptions {
  key: string;
  cert: string;
  ca: string;
}

export type TlsResult = { ok: true; tls: TlsOptions } | { ok: false; reason: string };

const PROBE = `
const certs = require("office-addin-dev-certs");
certs.getHttpsServerOptions().then(
  (o) => process.stdout.write(JSON.stringify({ key: String(o.key), cert: String(o.cert), ca: String(o.ca) })),
  (e) => { process.stderr.write(String(e && e.message || e)); process.exit(1); },
);`;

export function tryDevCertificates(timeoutMs = 20000): Promise<TlsResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["-e", PROBE], {
      detached: true, // own session: sudo finds no terminal and fails instead of prompting
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
      resolve({ ok: false, reason: "the certificate tool did not finish in time" });
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: e.message });
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0) {
        resolve({ ok: false, reason: err.trim().split("\n")[0] || `exit code ${code}` });
        return;
      }
      try {
        resolve({ ok: true, tls: JSON.parse(out) as TlsOptions });
      } catch {
        resolve({ ok: false, reason: "unreadable certificate output" });
      }
    });
  });
}
