// The `npm start` sequence: build (or reuse a fresh build of) the add-in, bundle the simulator,
// listen on port 3000 (the manifest's development URL) or a free port, and print where to go.
// Plain http on localhost by default: the simulator needs nothing more, and making https
// certificates means creating a root certificate and asking to trust it — which only happens when
// asked for (SENDEVAGT_HTTPS=1 or --https), e.g. to sideload the manifest into a real Outlook. The build goes to .cache/start-dist,
// not dist/: dist/ is what IT deploys (built with its production URL by `npm run build`), and a
// demo must never overwrite it with localhost URLs.
import path from "node:path";
import { ROOT, SIMULATOR_DIR, buildSimulatorBundles, ensureAddinBuild } from "./build";
import { tryDevCertificates } from "./certs";
import { startSimulatorServer, type RunningSimulator, type SimulatorServerOptions } from "./server";

interface StartOptions {
  https: boolean;
  port: number;
  rebuild: boolean;
}

function parseArgs(argv: string[]): StartOptions {
  const options: StartOptions = { https: process.env.SENDEVAGT_HTTPS === "1", port: Number(process.env.PORT ?? 3000), rebuild: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--https") options.https = true;
    else if (arg === "--http") options.https = false;
    else if (arg === "--rebuild") options.rebuild = true;
    else if (arg === "--port") options.port = Number(argv[++i]);
    else if (arg === "--help" || arg === "-h") {
      console.log("npm start [-- --https] [--port N] [--rebuild]");
      console.log("  plain http on localhost by default; --https (or SENDEVAGT_HTTPS=1) uses the Office add-in");
      console.log("  developer certificates, creating a root certificate and asking the system to trust it.");
      process.exit(0);
    }
  }
  return options;
}

async function listen(options: SimulatorServerOptions, port: number): Promise<RunningSimulator> {
  try {
    return await startSimulatorServer({ ...options, port });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE") throw err;
    console.log(`Port ${port} is taken; using a free port instead.`);
    return startSimulatorServer({ ...options, port: 0 });
  }
}

export async function main(argv: string[]): Promise<void> {
  const options = parseArgs(argv);
  const distDir = path.join(ROOT, ".cache", "start-dist");
  const bundleDir = path.join(ROOT, ".cache", "simulator");

  console.log("Building the add-in (webpack, production) …");
  const started = Date.now();
  if (options.rebuild) {
    const { buildAddin } = await import("./build");
    await buildAddin({ outDir: distDir });
  } else {
    const result = await ensureAddinBuild({ outDir: distDir });
    if (result === "fresh") console.log("The add-in build is up to date.");
  }
  await buildSimulatorBundles(bundleDir);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

  let tls: SimulatorServerOptions["tls"];
  if (options.https) {
    console.log("https asked for: office-addin-dev-certs makes (or reuses) a localhost certificate in");
    console.log("~/.office-addin-dev-certs/ and a root certificate it asks the system to trust (may ask for a password).");
    const certs = await tryDevCertificates();
    if (certs.ok) tls = certs.tls;
    else console.log(`No trusted localhost certificate (${certs.reason}); serving plain http on localhost.`);
  }

  const server = await listen(
    { distDir, bundleDir, pageDir: path.join(SIMULATOR_DIR, "page"), examplesDir: path.join(ROOT, "examples"), tls },
    options.port,
  );
  console.log("");
  console.log(`  Sendevagt Outlook simulator:  ${server.url}`);
  console.log(`  Add-in files:                 ${server.url}manifest.xml, ${server.url}commands.html, ${server.url}taskpane.html`);
  console.log("");
  console.log("Open the URL in a browser, write a mail and press Send. Ctrl+C stops the server.");
  if (!tls || server.port !== 3000) {
    console.log("(Sideloading manifest.xml into a real Outlook needs https://localhost:3000: free port 3000");
    console.log(" and start with `SENDEVAGT_HTTPS=1 npm start`, which installs a development root certificate.)");
  }

  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
