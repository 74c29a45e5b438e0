#!/usr/bin/env node
// The `sendevagt` command. The CLI is TypeScript that shares the add-in's core; tsx compiles it
// in-process on first run (cached afterwards), so there is no separate build step to forget.
"use strict";
const path = require("node:path");
const { register } = require("tsx/cjs/api");

register();
require(path.join(__dirname, "..", "src", "cli", "main.ts"))
  .main()
  .catch((error) => {
    process.stderr.write(`sendevagt: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
