/** @jest-environment jsdom */
// The pane's layout comes from Fluent makeStyles and the theme's tokens, not from global classes
// in taskpane.html: a panel's border follows the Office theme (a fixed grey ignored dark and high
// contrast).
import fs from "node:fs";
import path from "node:path";
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { renderPane } from "./test-support";

const item = {
  from: { emailAddress: "anna.jensen@randers.dk" },
  to: [{ emailAddress: "borger@gmail.com", displayName: "Borger" }],
  subject: "Svar på din henvendelse",
  bodyHtml: "<p>Hej, som aftalt: CPR-nr. 010203-4127.</p>",
};

/** The CSS declarations that apply to the element through its own (atomic) classes. */
function declarationsOf(el: Element): string {
  const classes = new Set(el.classList);
  const out: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      const selector = (rule as CSSStyleRule).selectorText ?? "";
      const own = selector.split(/[\s,>+~:]/)[0]?.split(".").filter(Boolean).every((c) => classes.has(c));
      if (selector.startsWith(".") && own) out.push(rule.cssText);
    }
  }
  return out.join("\n");
}

test("taskpane.html keeps only the reset: no global .sv-* rules and no fixed colours", () => {
  const html = fs.readFileSync(path.join(__dirname, "taskpane.html"), "utf8");
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
  expect(css).toMatch(/html,\s*body\s*\{/);
  expect(css).not.toMatch(/\.sv-/);
  expect(css).not.toMatch(/#[0-9a-f]{3,6}\b/i);
});

test("the rendered pane carries no global sv-* classes, and a panel's border is the theme's stroke token", async () => {
  await renderPane({ item });
  const panel = screen.getByTestId("confirm-panel");
  expect(document.querySelectorAll('[class*="sv-"]')).toHaveLength(0);
  const css = declarationsOf(panel);
  expect(css).toMatch(/border[\w-]*:[^;]*var\(--colorNeutralStrokeAccessible\)/);
  expect(css).not.toMatch(/#8a8886/i);
});
