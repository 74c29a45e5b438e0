// Production build of the add-in into dist/: a folder IT can put on any static HTTPS host.
//
//   ADDIN_BASE_URL=https://addin.example.dk/sendevagt npm run build
//   npm run build -- --env baseUrl=https://addin.example.dk/sendevagt
//   SEND_MODE=Block npm run build          (or --env sendMode=Block; default SoftBlock)
//
// dist/
//   manifest.xml                 every https://localhost:3000 URL rewritten to the base URL
//   sendevagt-handler-<ver>.js   the send handler: ONE self-contained ES2016 script, no imports,
//                                no module runtime — classic Outlook's JavaScript-only runtime
//                                loads it directly; commands.html loads the same file for web,
//                                new Outlook and Mac (as Microsoft's Smart Alerts samples do)
//   commands.html                office.js from Microsoft's CDN + the handler script
//   taskpane.html, taskpane.<hash>.js   the task pane (when src/taskpane/index.tsx exists)
//   assets/icon-*.png            ribbon and catalogue icons
//   .well-known/microsoft-officeaddins-allowed.json   lists the handler script (classic Outlook
//                                needs it for fetches; it must be served from the ORIGIN's root)
//   policy.example.json, policy.schema.json           starting point for IT's policy.json
//
// The handler is built with esbuild's API directly (format iife, target es2016, node_modules
// included), because a webpack bundle always carries webpack's module runtime. The build prints
// its raw and gzip size.
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const webpack = require("webpack");
const esbuild = require("esbuild");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");
const pkg = require("./package.json");

const DEV_BASE_URL = "https://localhost:3000";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TARGET = "es2016";
const root = __dirname;
const rel = (p) => path.join(root, p);

/** The handler's file name changes with every release: classic Outlook caches it per version. */
function handlerFileName(version = pkg.version) {
  return `sendevagt-handler-${version}.js`;
}

function resolveBaseUrl(env) {
  const raw = (env && env.baseUrl) || process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must start with https:// (Outlook loads add-ins over HTTPS only): ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL must not have a query or fragment: ${raw}`);
  return url.href.replace(/\/+$/, "");
}

/**
 * The manifest's SendMode for the send handler: IT's choice between SoftBlock (an outage of the
 * web host lets mail go unchecked, with Send Anyway; the Exchange backstop catches it) and Block
 * (nobody can send while Sendevagt is unavailable). PromptUser is refused: it would let a
 * caseworker send past a finding, which Sendevagt exists to prevent. See docs/deploy.md.
 */
const SEND_MODES = ["SoftBlock", "Block"];

function resolveSendMode(env) {
  const raw = (env && env.sendMode) || process.env.SEND_MODE || "SoftBlock";
  if (!SEND_MODES.includes(raw)) {
    throw new Error(`SEND_MODE must be SoftBlock or Block (exactly so written), not "${raw}". PromptUser would let a caseworker send past a finding.`);
  }
  return raw;
}

/** The manifest with every development URL pointing at the production base URL, and the chosen SendMode. */
function rewriteManifest(xml, baseUrl, sendMode = "SoftBlock") {
  const withUrls = xml.split(DEV_BASE_URL).join(baseUrl);
  const launch = /(<LaunchEvent\b[^>]*\bSendMode=")([A-Za-z]+)(")/g;
  const found = withUrls.match(launch) || [];
  if (found.length !== 1) throw new Error(`manifest.xml must have exactly one LaunchEvent with a SendMode; found ${found.length}`);
  return withUrls.replace(launch, `$1${resolveSendMode({ sendMode })}$3`);
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Builds the standalone handler with esbuild inside webpack's compilation, and reports its size. */
class ClassicHandlerPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const name = "ClassicHandlerPlugin";
    const { entry, filename, define, minify } = this.options;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        try {
          const result = await esbuild.build({
            absWorkingDir: root,
            entryPoints: [entry],
            bundle: true,
            write: false,
            format: "iife",
            target: TARGET,
            platform: "browser",
            minify,
            sourcemap: false,
            legalComments: "none",
            // ASCII output: the file is correct whatever charset the host or Outlook assumes.
            charset: "ascii",
            define,
            metafile: true,
            logLevel: "silent",
          });
          for (const input of Object.keys(result.metafile.inputs)) compilation.fileDependencies.add(path.resolve(root, input));
          const buffer = Buffer.from(result.outputFiles[0].contents);
          this.size = { raw: buffer.length, gzip: zlib.gzipSync(buffer, { level: 9 }).length };
          compilation.emitAsset(filename, new webpack.sources.RawSource(buffer));
        } catch (e) {
          const errors = e && e.errors ? e.errors.map((m) => `${m.location ? `${m.location.file}:${m.location.line}: ` : ""}${m.text}`) : [String(e)];
          compilation.errors.push(new webpack.WebpackError(`classic handler build failed:\n${errors.join("\n")}`));
        }
      });
    });
    compiler.hooks.done.tap(name, (stats) => {
      if (!this.size || stats.hasErrors()) return;
      const { raw, gzip } = this.size;
      console.log(`classic handler ${filename}: ${raw} bytes raw (${kib(raw)}), ${gzip} bytes gzip (${kib(gzip)})`);
    });
  }
}

/** Small generated files: the well-known allow list. */
class EmitFilesPlugin {
  constructor(files) {
    this.files = files;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EmitFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "EmitFilesPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [file, content] of Object.entries(this.files)) compilation.emitAsset(file, new webpack.sources.RawSource(content));
      });
    });
  }
}

const commandsHtml = (handlerFile) => `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <title>Sendevagt</title>
    <script src="${OFFICE_JS}"></script>
    <script src="${handlerFile}"></script>
  </head>
  <body></body>
</html>
`;

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const production = mode === "production";
  const baseUrl = resolveBaseUrl(env);
  const sendMode = resolveSendMode(env);
  const handlerFile = handlerFileName();
  const define = {
    __SENDEVAGT_VERSION__: JSON.stringify(pkg.version),
    __SENDEVAGT_BASE_URL__: JSON.stringify(baseUrl),
  };
  const taskpaneEntry = rel("src/taskpane/index.tsx");
  const hasTaskpane = fs.existsSync(taskpaneEntry);
  const taskpaneTemplate = rel("src/taskpane/taskpane.html");
  const optionalCopies = [
    ["examples/policy.randers.json", "policy.example.json"],
    ["policy.schema.json", "policy.schema.json"],
  ]
    .filter(([from]) => fs.existsSync(rel(from)))
    .map(([from, to]) => ({
      from: rel(from),
      to,
      // In the repo the example points at ../policy.schema.json; in dist/ the schema sits beside it.
      transform: (content) => content.toString("utf8").replace('"$schema": "../policy.schema.json"', '"$schema": "./policy.schema.json"'),
    }));

  return {
    mode,
    context: root,
    target: ["web", TARGET],
    entry: hasTaskpane ? { taskpane: taskpaneEntry } : {},
    output: {
      // --env outDir=… lets the build test write elsewhere than the dist/ a developer may be serving.
      path: env.outDir ? path.resolve(env.outDir) : rel("dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "",
      clean: true,
    },
    devtool: false,
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, loader: "esbuild-loader", options: { target: TARGET, jsx: "automatic" } },
        // React, Fluent UI and friends ship newer syntax: downlevel them too.
        { test: /\.m?js$/, include: /node_modules/, loader: "esbuild-loader", options: { target: TARGET } },
      ],
    },
    optimization: {
      minimize: production,
      // The handler is already minified by its own esbuild run; leave its bytes alone.
      minimizer: [new EsbuildPlugin({ target: TARGET, legalComments: "none", charset: "ascii", exclude: /^sendevagt-handler-/ })],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin(define),
      new ClassicHandlerPlugin({ entry: "./src/commands/commands.ts", filename: handlerFile, define, minify: production }),
      new HtmlWebpackPlugin({ filename: "commands.html", templateContent: commandsHtml(handlerFile), inject: false, chunks: [], minify: false }),
      ...(hasTaskpane
        ? [new HtmlWebpackPlugin({ filename: "taskpane.html", template: taskpaneTemplate, chunks: ["taskpane"], scriptLoading: "defer", minify: false })]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: rel("manifest.xml"), to: "manifest.xml", transform: (content) => rewriteManifest(content.toString("utf8"), baseUrl, sendMode) },
          { from: rel("assets"), to: "assets", globOptions: { ignore: ["**/*.md"] } },
          ...optionalCopies,
        ],
      }),
      new EmitFilesPlugin({
        ".well-known/microsoft-officeaddins-allowed.json": `${JSON.stringify({ allowed: [`${baseUrl}/${handlerFile}`] }, null, 2)}\n`,
      }),
    ],
    stats: "errors-warnings",
  };
};

module.exports.handlerFileName = handlerFileName;
module.exports.rewriteManifest = rewriteManifest;
module.exports.resolveBaseUrl = resolveBaseUrl;
module.exports.resolveSendMode = resolveSendMode;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
