// Issue 12, item 1: Outlook answering "succeeded" with nothing. Every Office call the handler makes
// × every fault kind of the fake Office (error, throw, hang, null, undefined, no argument, no
// status, malformed), on a mail whose only risk is in the faulted part: no case may pass silently,
// none may be stamped result=allow, and each completes exactly once with the right kind of stop.
// The same matrix runs against the built classic handler in test/build/build.test.ts.
import fc from "fast-check";
import { analyzeMessage, htmlToText } from "../detection";
import { createFakeSendEvent, type FakeFailureMode, type FakeMethod } from "../../dev/fake-office/compose-item";
import { READ_CALLS, classify, expectedOutcome, isWellFormed, matrixCases, scenarioFor } from "../../dev/testing/fault-matrix";
import { harness } from "./test-support";

const WATCHDOG_MS = 300;

async function run(method: FakeMethod, kind: FakeFailureMode, value?: unknown) {
  const h = harness({ item: scenarioFor(method), analyze: analyzeMessage, htmlToText, watchdogMs: WATCHDOG_MS });
  h.fake.failAlways(method, kind === "malformed" ? { mode: kind, value } : { mode: kind });
  const ev = createFakeSendEvent();
  const started = Date.now();
  // Not the handler's promise: with a call that never answers, only event.completed comes back.
  void h.handler(ev.event);
  await ev.done;
  const elapsed = Date.now() - started;
  await new Promise((r) => setTimeout(r, 10));
  return { ev, elapsed, header: h.fake.inspect().headers["x-sendevagt"] };
}

describe("send handler fault matrix: every call × every fault kind", () => {
  it("each scenario is a real risk: unfaulted, it is stopped (or, confirmed or clean, allowed)", async () => {
    for (const method of ["to.getAsync", "subject.getAsync", "getAttachmentsAsync", "sessionData.getAsync"] as FakeMethod[]) {
      const h = harness({ item: scenarioFor(method), analyze: analyzeMessage, htmlToText });
      const [options] = (await h.send()).completions;
      const header = h.fake.inspect().headers["x-sendevagt"];
      if (method === "sessionData.getAsync") expect([method, options, header]).toEqual([method, { allowEvent: true }, expect.stringContaining("result=confirmed")]);
      else expect([method, options?.allowEvent]).toEqual([method, false]);
    }
  });

  it.each(matrixCases().map((c) => [c.method, c.kind, c.expected] as const))("%s answering %s → %s", async (method, kind, expected) => {
    const { ev, elapsed, header } = await run(method, kind);
    expect(ev.completions).toHaveLength(1);
    expect(classify(ev.completions[0], header)).toBe(expected);
    // Within the watchdog (plus scheduling slack), whatever the fault.
    expect(elapsed).toBeLessThan(WATCHDOG_MS + 700);
  });

  it("generated malformed answers for every read call stop the mail and name what could not be read", async () => {
    const calls = [...READ_CALLS, "getAttachmentContentAsync", "sessionData.getAsync"] as FakeMethod[];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...calls),
        fc.oneof(fc.anything(), fc.array(fc.oneof(fc.constant(null), fc.object(), fc.record({ emailAddress: fc.anything(), displayName: fc.anything() })))),
        async (method, value) => {
          fc.pre(!isWellFormed(method, value));
          const { ev, header } = await run(method, "malformed", value);
          expect(ev.completions).toHaveLength(1);
          expect(classify(ev.completions[0], header)).toBe(expectedOutcome(method, "malformed"));
        },
      ),
      { numRuns: 120 },
    );
  });
});

// Issue 12, item 5 (handler side): the check's phases yield to the event loop, so a watchdog that
// expires during long synchronous work answers as soon as that work ends — with a stop — instead
// of the late result going out.
describe("the watchdog can act between the handler's phases", () => {
  function busy(ms: number) {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      // Stands in for a scan that outlasts the watchdog.
    }
  }

  it("stops a mail whose analysis outlasted the watchdog, even when the verdict was allow, and writes no stamp", async () => {
    const h = harness({ watchdogMs: 40, analyze: (m, p, o) => (busy(150), analyzeMessage(m, p, o)), htmlToText, item: { to: ["kollega@randers.dk"], bodyHtml: "<p>Hej</p>" } });
    const ev = createFakeSendEvent();
    void h.handler(ev.event);
    const options = await ev.done;
    await new Promise((r) => setTimeout(r, 50));
    expect(classify(options, h.fake.inspect().headers["x-sendevagt"])).toBe("stop-timeout");
    expect(ev.completions).toHaveLength(1);
    expect(h.fake.callsTo("internetHeaders.setAsync")).toHaveLength(0);
  });

  it("does not start the analysis when reading already outlasted the watchdog", async () => {
    const h = harness({ watchdogMs: 40, analyze: analyzeMessage, htmlToText: (html) => (busy(150), htmlToText(html)) });
    const ev = createFakeSendEvent();
    void h.handler(ev.event);
    expect(classify(await ev.done, undefined)).toBe("stop-timeout");
    await new Promise((r) => setTimeout(r, 50));
    expect(h.analyzed).toHaveLength(0);
  });

  it("stops a long list of citizens to an outside address, whatever its length", async () => {
    const lines: string[] = [];
    // Valid synthetic numbers: day 01-28, month 01-12, year 00-99, serial with modulus 11.
    const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    for (let n = 0; lines.length < 5000; n++) {
      const digits = `${String((n % 28) + 1).padStart(2, "0")}${String((Math.floor(n / 28) % 12) + 1).padStart(2, "0")}${String(Math.floor(n / 336) % 100).padStart(2, "0")}${String(1000 + (n % 3000)).padStart(4, "0")}`;
      const sum = digits.split("").reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
      if (sum % 11 === 0) lines.push(`${digits.slice(0, 6)}-${digits.slice(6)}`);
    }
    const h = harness({ analyze: analyzeMessage, htmlToText, item: { to: ["borger@gmail.com"], attachments: [{ name: "borgere.csv", content: Buffer.from(lines.join("\n")).toString("base64") }] } });
    const [options] = (await h.send()).completions;
    expect(options!.allowEvent).toBe(false);
    expect(options!.sendModeOverride).toBeUndefined();
    expect(options!.errorMessage).toContain("borgere.csv");
  });
});

describe("a mail the watchdog stopped is never stamped", () => {
  it("writes no result=allow when the watchdog fires while the header is being read", async () => {
    const h = harness({ watchdogMs: 500, analyze: analyzeMessage, htmlToText, item: { to: ["kollega@randers.dk"], bodyHtml: "<p>Hej</p>" } });
    // Outlook is slow to take the header read: it returns only after the watchdog's time is up, so
    // the watchdog's timer is due before the read's answer.
    let startedAt = 0;
    const get = h.fake.item.internetHeaders.getAsync.bind(h.fake.item.internetHeaders);
    h.fake.item.internetHeaders.getAsync = (names, a, b) => {
      while (Date.now() < startedAt + 560) {
        // busy
      }
      get(names, a, b);
    };
    const ev = createFakeSendEvent();
    startedAt = Date.now();
    void h.handler(ev.event);
    expect(classify(await ev.done, undefined)).toBe("stop-timeout");
    await new Promise((r) => setTimeout(r, 100));
    expect(h.fake.calls.map((c) => c.method)).toContain("internetHeaders.getAsync");
    expect(h.fake.callsTo("internetHeaders.setAsync")).toHaveLength(0);
    expect(h.fake.inspect().headers["x-sendevagt"]).toBeUndefined();
  });
});

describe("the watchdog between fetching and extracting attachments", () => {
  it("stops, and does not analyse, when fetching already outlasted the watchdog", async () => {
    const h = harness({ watchdogMs: 60, analyze: analyzeMessage, htmlToText, item: { to: ["borger@gmail.com"], attachments: [{ name: "a.txt", content: Buffer.from("Hej").toString("base64") }] } });
    h.fake.delay("getAttachmentContentAsync", 150);
    const ev = createFakeSendEvent();
    void h.handler(ev.event);
    expect(classify(await ev.done, undefined)).toBe("stop-timeout");
    await new Promise((r) => setTimeout(r, 250));
    expect(h.fake.callsTo("getAttachmentContentAsync")).toHaveLength(1);
    expect(h.analyzed).toHaveLength(0);
  });
});
