import { createFakeComposeItem } from "../../dev/fake-office/compose-item";
import { call, inBatches } from "./call";
import type { ComposeItem } from "./compose-item";
import { OfficeError } from "./office-error";

describe("call", () => {
  it("resolves with the AsyncResult's value", async () => {
    const fake = createFakeComposeItem({ subject: "Møde" });
    const item: ComposeItem = fake.item;
    await expect(call<string>("subject.getAsync", (cb) => item.subject.getAsync(cb))).resolves.toBe("Møde");
  });

  it("turns a failed AsyncResult into an OfficeError with api, code and name", async () => {
    const fake = createFakeComposeItem();
    fake.failNext("subject.getAsync", { code: 9020, name: "GenericResponseError", message: "nope" });
    const err = await call<string>("subject.getAsync", (cb) => fake.item.subject.getAsync(cb)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeError);
    expect(err).toMatchObject({ api: "subject.getAsync", code: 9020, officeName: "GenericResponseError" });
    expect((err as Error).message).toContain("nope");
  });

  it("turns a synchronous throw into an OfficeError", async () => {
    const err = await call("x.getAsync", () => {
      throw new Error("Sys.ArgumentException");
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeError);
    expect(err).toMatchObject({ api: "x.getAsync", code: undefined });
  });
});

describe("inBatches", () => {
  it("never has more than three calls in flight and keeps order", async () => {
    const fake = createFakeComposeItem({ subject: "s", latencyMs: 2 });
    const steps = Array.from({ length: 7 }, (_, i) => () => call<string>("subject.getAsync", (cb) => fake.item.subject.getAsync(cb)).then((s) => s + i));
    expect(await inBatches(steps)).toEqual(["s0", "s1", "s2", "s3", "s4", "s5", "s6"]);
    expect(fake.maxInFlight).toBe(3);
  });
});
