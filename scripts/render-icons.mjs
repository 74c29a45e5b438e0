// Renders assets/icon.svg (64, 80, 128 px) and assets/icon-small.svg (16, 32 px) to PNG with the
// headless Chromium that ships inside @sparticuz/chromium. Run after changing an SVG:
//   node scripts/render-icons.mjs
// The PNGs are committed; the build only copies them.
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import sparticuz from "@sparticuz/chromium";

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const jobs = [
  ["icon-small.svg", 16],
  ["icon-small.svg", 32],
  ["icon.svg", 64],
  ["icon.svg", 80],
  ["icon.svg", 128],
];

const browser = await chromium.launch({ executablePath: await sparticuz.executablePath(), args: sparticuz.args, headless: true });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [file, size] of jobs) {
    const svg = readFileSync(join(assets, file), "utf8");
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">` +
        `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(assets, `icon-${size}.png`), png);
    console.log(`assets/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
