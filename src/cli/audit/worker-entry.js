// Worker threads start from plain JavaScript: register tsx (as bin/sendevagt.js does) and load
// the TypeScript worker.
"use strict";
require("tsx/cjs/api").register();
require("./worker.ts");
