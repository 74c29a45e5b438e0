import { createFakeComposeItem, createFakeOffice, createFakeSendEvent, type FakeAsyncResult, EventType } from "../../dev/fake-office/compose-item";

function promisify<T>(start: (cb: (r: FakeAsyncResult<T>) => void) => void): Promise<FakeAsyncResult<T>> {
  return new Promise((resolve) => start(resolve));
}

describe("fake compose item", () => {
  it("answers asynchronously with the AsyncResult shape and records the call", async () => {
    const fake = createFakeComposeItem({ to: ["a@randers.dk", { emailAddress: "b@gmail.com", displayName: "B" }] });
    let answered = false;
    const p = promisify<unknown>((cb) => fake.item.to.getAsync({ asyncContext: 7 }, (r) => { answered = true; cb(r); }));
    expect(answered).toBe(false);
    const r = await p;
    expect(r).toEqual({
      status: "succeeded",
      error: undefined,
      asyncContext: 7,
      value: [
        { emailAddress: "a@randers.dk", displayName: "a@randers.dk", recipientType: "other" },
        { emailAddress: "b@gmail.com", displayName: "B", recipientType: "other" },
      ],
    });
    expect(fake.calls).toEqual([{ method: "to.getAsync", args: [] }]);
  });

  it("injects a failure once, then works again", async () => {
    const fake = createFakeComposeItem({ bodyHtml: "<p>Hej</p>" });
    fake.failNext("body.getAsync", { code: 9020, name: "GenericResponseError" });
    const failed = await promisify<string>((cb) => fake.item.body.getAsync("html", cb));
    expect(failed.status).toBe("failed");
    expect(failed.error).toEqual({ code: 9020, name: "GenericResponseError", message: "An internal error has occurred." });
    const ok = await promisify<string>((cb) => fake.item.body.getAsync("text", cb));
    expect(ok.value).toBe("Hej");
  });

  it("throws synchronously in throw mode and over 100 recipients", () => {
    const fake = createFakeComposeItem();
    fake.failNext("subject.getAsync", { mode: "throw", message: "boom" });
    expect(() => fake.item.subject.getAsync(() => undefined)).toThrow("boom");
    const many = Array.from({ length: 101 }, (_, i) => `p${i}@x.dk`);
    expect(() => fake.item.to.setAsync(many, () => undefined)).toThrow(/recipients/);
  });

  it("models missing sessionData and a missing key", async () => {
    expect(createFakeComposeItem({ sessionData: undefined }).item.sessionData).toBeUndefined();
    const fake = createFakeComposeItem();
    const sd = fake.item.sessionData!;
    const missing = await promisify<string>((cb) => sd.getAsync("x", cb));
    expect(missing.status).toBe("failed");
    await promisify<void>((cb) => sd.setAsync("x", "1", cb));
    expect((await promisify<string>((cb) => sd.getAsync("x", cb))).value).toBe("1");
    expect(fake.inspect().sessionData).toEqual({ x: "1" });
  });

  it("fires RecipientsChanged on API and user edits, and tracks concurrency", async () => {
    const fake = createFakeComposeItem({ to: ["a@randers.dk"] });
    const seen: unknown[] = [];
    await promisify<void>((cb) => fake.item.addHandlerAsync(EventType.RecipientsChanged, (e) => seen.push(e), cb));
    await promisify<void>((cb) => fake.item.cc.addAsync(["c@randers.dk"], cb));
    fake.user.removeRecipient("to", "A@randers.dk");
    expect(seen).toHaveLength(2);
    expect(fake.inspect()).toMatchObject({ to: [], cc: ["c@randers.dk"] });
    await Promise.all([1, 2, 3, 4].map(() => promisify<unknown>((cb) => fake.item.subject.getAsync(cb))));
    expect(fake.maxInFlight).toBe(4);
  });

  it("a hung call never answers", async () => {
    const fake = createFakeComposeItem();
    fake.failNext("from.getAsync", { mode: "hang" });
    let answered = false;
    fake.item.from.getAsync(() => { answered = true; });
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBe(false);
    expect(fake.inFlight).toBe(1);
  });
});

describe("fake Office", () => {
  it("compares requirement set versions numerically and records associations", async () => {
    const fake = createFakeComposeItem();
    const office = createFakeOffice({ item: fake.item, requirementSets: { Mailbox: "1.14" } });
    expect(office.context.requirements.isSetSupported("Mailbox", "1.12")).toBe(true);
    expect(office.context.requirements.isSetSupported("Mailbox", "1.14")).toBe(true);
    expect(office.context.requirements.isSetSupported("Mailbox", "1.15")).toBe(false);
    expect(office.context.requirements.isSetSupported("Mailbox", "1.9")).toBe(true);
    const send = createFakeSendEvent();
    office.actions.associate("h", (e) => (e as typeof send.event).completed({ allowEvent: true }));
    office.actions.invoke("h", send.event);
    expect(await send.done).toEqual({ allowEvent: true });
    expect(send.completions).toHaveLength(1);
  });
});
