// Issue 12 item 9: names from mails and file systems never reach the terminal (or the HTML page)
// with control characters, ESC/OSC sequences or bidi overrides in them.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { run } from "../../src/cli/main";
import { escapeControls, hasUnsafeControls } from "../../src/cli/safe-output";
import { createProgress } from "../../src/cli/progress";
import { textsFor } from "../../src/cli/i18n";
import { captureIo } from "./helpers/io";
import { buildEml } from "./helpers/eml";
import { syntheticCpr } from "./helpers/cpr";
import { tempTree } from "./helpers/tmp";

/** The sequences an attacker would use, and single dangerous characters. */
const HOSTILE = [
  "\u001b[2K", // erase line: hides the finding line
  "\u001b]52;c;SGVsbG8=\u0007", // OSC 52: writes the clipboard
  "\u001b]0;Sendevagt: godkendt\u001b\\", // OSC 0: retitles the window
  "\u009b31m", // C1 CSI
  "\r", // carriage return: overwrite the line
  "\u202e", // right-to-left override
  "\u2066",
  "\u200f",
  "\u0000",
  "\u007f",
  "\u2028",
];

const hostileName = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom("a", "b", "æ", " ", "-") })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(""))
  .filter((name) => hasUnsafeControls(name));

describe("escapeControls", () => {
  test("keeps newline and tab, escapes the rest visibly", () => {
    expect(escapeControls("a\tb\nc")).toBe("a\tb\nc");
    expect(escapeControls("x\u001b[2Ky")).toBe("x\\u001b[2Ky");
    expect(escapeControls("\u202eabc")).toBe("\\u202eabc");
    expect(escapeControls("\r")).toBe("\\u000d");
  });

  test("in JSON the escape is a JSON escape: the value survives unchanged", () => {
    fc.assert(
      fc.property(hostileName, (name) => {
        const printed = escapeControls(JSON.stringify({ name }));
        expect(hasUnsafeControls(printed)).toBe(false);
        expect(JSON.parse(printed).name).toBe(name);
      }),
    );
  });

  test("the progress bar still draws through the escaping stream", () => {
    const io = captureIo({ tty: true });
    let raw = "";
    const stream = { isTTY: true, write: (c: string) => (raw += c), control: (c: string) => (raw += c) };
    const progress = createProgress(stream, 2, textsFor("da"), () => 0);
    progress.tick();
    progress.done();
    expect(raw).toContain("\r\u001b[2K");
    expect(io.err()).toBe("");
  });
});

describe("every command's output is free of raw control characters (generated hostile names)", () => {
  test("check (text and --json) and report (text and --html) with hostile attachment, display and file names", async () => {
    await fc.assert(
      fc.asyncProperty(hostileName, hostileName, async (attachmentName, displayName) => {
        const cpr = syntheticCpr("150385");
        const eml = buildEml({
          from: "sb@randers.dk",
          to: [`"${displayName.replace(/"/g, "")}" <x@gmail.com>`],
          subject: "Sag",
          text: "Se vedhæftet.",
          attachments: [{ name: `${attachmentName}.txt`, mimeType: "text/plain", content: `CPR ${cpr}` }],
        });
        const fileName = `${attachmentName.replace(/[\u0000/]/g, "")}.eml`;
        const tree = tempTree({ [fileName]: eml, "broken\u001b[2K.msg": "not a msg" });
        try {
          for (const args of [["check", tree.root], ["check", tree.root, "--json"], ["report", tree.root, "--html", tree.path("r.html")]]) {
            const io = captureIo();
            await run(args, io);
            expect(hasUnsafeControls(io.out())).toBe(false);
            expect(hasUnsafeControls(io.err())).toBe(false);
            if (args.includes("--json")) expect(() => JSON.parse(io.out())).not.toThrow();
          }
          expect(hasUnsafeControls(readFileSync(tree.path("r.html"), "utf8"))).toBe(false);
        } finally {
          tree.cleanup();
        }
      }),
      { numRuns: 12 },
    );
  });

  test("audit and merge: a hostile client header and Andet text are escaped in text, JSON and HTML", async () => {
    await fc.assert(
      fc.asyncProperty(hostileName, async (name) => {
        const header = name.replace(/[\r\n\u0000]/g, "");
        const eml = [
          "From: sb@randers.dk",
          "To: x@gmail.com",
          "Subject: s",
          "Date: Tue, 10 Nov 2026 09:00:00 +0000",
          `X-Mailer: ${header}`,
          `x-sendevagt: sendevagt 1.0.0; result=confirmed; policy=p; other=${encodeURIComponent(name)}`,
          "",
          "hej",
          "",
        ].join("\r\n");
        const phone = eml.replace(/x-sendevagt:.*\r\n/, "").replace("hej", `CPR ${syntheticCpr("150385")}`);
        const tree = tempTree({ "a.eml": eml, "b.eml": phone });
        try {
          for (const args of [["audit", tree.root], ["audit", tree.root, "--json"], ["audit", tree.root, "--html", tree.path("a.html")]]) {
            const io = captureIo();
            await run(args, io);
            expect(hasUnsafeControls(io.out() + io.err())).toBe(false);
          }
          expect(hasUnsafeControls(readFileSync(tree.path("a.html"), "utf8"))).toBe(false);
        } finally {
          tree.cleanup();
        }
      }),
      { numRuns: 10 },
    );
  });
});
