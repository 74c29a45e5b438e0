// The Smart Alert for a greeting that names someone else (issue 19), through the real handler and core.
import { analyzeMessage, parsePolicy } from "../detection";
import { harness } from "./test-support";

const TODAY = new Date("2026-11-25T10:00:00Z");
const policy = parsePolicy({ version: "2026-11-01", organization: { name: "Randers Kommune", domains: ["randers.dk"] } });
const run = (item: NonNullable<Parameters<typeof harness>[0]>["item"]) =>
  harness({
    item,
    policy: { policy, problem: null, source: "network" },
    analyze: (message, p, options) => analyzeMessage(message, p, { ...options, today: TODAY }),
  }).send();

describe("Smart Alert: recipient-name-mismatch", () => {
  test("a mismatch alone is a notice: the mail goes", async () => {
    const ev = await run({ to: [{ emailAddress: "anne.jensen@gmail.com", displayName: "Anne Jensen" }], bodyHtml: "<p>Kære Jens Hansen</p><p>Tak for din mail.</p>" });
    expect(ev.completions[0]).toMatchObject({ allowEvent: true });
  });

  test("with a CPR number going out, the alert names the greeting and the recipient, never the digits", async () => {
    const ev = await run({
      to: [{ emailAddress: "anne.jensen@gmail.com", displayName: "Anne Jensen" }],
      bodyHtml: "<p>Kære Jens Hansen</p><p>Dit CPR-nummer 010203-1148 er registreret.</p>",
    });
    const alert = ev.completions[0]!;
    expect(alert.allowEvent).toBe(false);
    expect(alert.errorMessage).toContain('• Hilsenen "Kære Jens Hansen" passer ikke til modtageren anne.jensen@gmail.com.');
    expect(alert.errorMessage).not.toMatch(/1148/);
    expect(alert.contextData).toContain("recipient-name-mismatch");
  });
});
