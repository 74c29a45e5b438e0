// The simulator for the browser tests: a production build of the add-in (reused while no source
// changed), the simulator bundles, and the server on a free port over plain http.
import path from "node:path";
import { ROOT, SIMULATOR_DIR, buildSimulatorBundles, ensureAddinBuild } from "../server/build";
import { startSimulatorServer, type RunningSimulator } from "../server/server";

/** Kept apart from dist/ so tests never race another test or a developer's build over the same folder. */
export const E2E_DIST = path.join(ROOT, ".cache", "e2e-dist");
const E2E_BUNDLES = path.join(ROOT, ".cache", "e2e-simulator");

export async function startTestSimulator(): Promise<RunningSimulator & { build: "fresh" | "built" }> {
  const build = await ensureAddinBuild({ outDir: E2E_DIST, quiet: true });
  await buildSimulatorBundles(E2E_BUNDLES);
  const server = await startSimulatorServer({
    distDir: E2E_DIST,
    bundleDir: E2E_BUNDLES,
    pageDir: path.join(SIMULATOR_DIR, "page"),
    examplesDir: path.join(ROOT, "examples"),
    port: 0,
  });
  return { ...server, build };
}
