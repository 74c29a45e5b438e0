import { createFakeComposeItem } from "../../dev/fake-office/compose-item";
import { CONFIRMATION_KEY, clearConfirmation, getOrCreateSalt, readConfirmation, SALT_KEY, writeConfirmation } from "./session";
import { randomSalt } from "./random-salt";
import { writeAuditHeader, getInitializationContext, setSubject } from "./item-edits";

const record = { fingerprint: "fp-abc", salt: "s1", reason: "aftalt", at: "2026-11-25T10:00:00.000Z" };

describe("confirmation in sessionData", () => {
  it("round-trips a confirmation record", async () => {
    const fake = createFakeComposeItem();
    await writeConfirmation(fake.item, record);
    expect(JSON.parse(fake.inspect().sessionData![CONFIRMATION_KEY]!)).toEqual(record);
    expect(await readConfirmation(fake.item)).toEqual(record);
    await clearConfirmation(fake.item);
    expect(await readConfirmation(fake.item)).toBeNull();
  });

  it.each([
    ["no sessionData at all", createFakeComposeItem({ sessionData: undefined })],
    ["nothing stored", createFakeComposeItem()],
    ["not JSON", createFakeComposeItem({ sessionData: { [CONFIRMATION_KEY]: "{oops" } })],
    ["wrong shape", createFakeComposeItem({ sessionData: { [CONFIRMATION_KEY]: JSON.stringify({ fingerprint: 1 }) } })],
  ])("reads as not confirmed with %s", async (_label, fake) => {
    expect(await readConfirmation(fake.item)).toBeNull();
  });

  it("reads as not confirmed when sessionData.getAsync fails", async () => {
    const fake = createFakeComposeItem({ sessionData: { [CONFIRMATION_KEY]: JSON.stringify(record) } });
    fake.failNext("sessionData.getAsync");
    expect(await readConfirmation(fake.item)).toBeNull();
  });

  it("refuses to write without sessionData", async () => {
    await expect(writeConfirmation(createFakeComposeItem({ sessionData: undefined }).item, record)).rejects.toThrow(/sessionData/);
  });
});

describe("salt", () => {
  it("creates a random salt once per draft and reuses it", async () => {
    const fake = createFakeComposeItem();
    const first = await getOrCreateSalt(fake.item);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(fake.inspect().sessionData![SALT_KEY]).toBe(first);
    expect(await getOrCreateSalt(fake.item)).toBe(first);
    expect(await getOrCreateSalt(createFakeComposeItem().item)).not.toBe(first);
  });

  it("falls back to Math.random without crypto", () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, "crypto");
    Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
    try {
      const a = randomSalt();
      expect(a).toMatch(/^[0-9a-f]{32}$/);
      expect(randomSalt()).not.toBe(a);
    } finally {
      if (saved) Object.defineProperty(globalThis, "crypto", saved);
    }
  });
});

describe("item edits", () => {
  it("writes the audit header, truncates subjects to 255 and reads the initialization context", async () => {
    const fake = createFakeComposeItem({ initializationContext: '{"rules":["lookalike"]}' });
    await writeAuditHeader(fake.item, "checked; result=allow");
    expect(fake.inspect().headers).toEqual({ "x-sendevagt": "checked; result=allow" });
    await writeAuditHeader(fake.item, "checked; result=allow");
    expect(fake.callsTo("internetHeaders.setAsync")).toHaveLength(1);
    await writeAuditHeader(fake.item, "checked; result=confirmed");
    expect(fake.callsTo("internetHeaders.setAsync")).toHaveLength(2);
    expect(fake.inspect().headers).toEqual({ "x-sendevagt": "checked; result=confirmed" });
    await setSubject(fake.item, "x".repeat(300));
    expect(fake.state.subject).toHaveLength(255);
    expect(await getInitializationContext(fake.item)).toBe('{"rules":["lookalike"]}');
    expect(await getInitializationContext(createFakeComposeItem().item)).toBeNull();
  });
});
