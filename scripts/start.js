#!/usr/bin/env node
// `npm start`: builds the add-in and the local Outlook simulator, serves both on localhost and
// prints the URL. The work is in dev/simulator/server/ (TypeScript, loaded through tsx).
require("tsx/cjs/api").register();
require("../dev/simulator/server/start.ts")
  .main(process.argv.slice(2))
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
