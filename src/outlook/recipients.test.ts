import { createFakeComposeItem } from "../../dev/fake-office/compose-item";
import { getRecipients, removeRecipients, replaceRecipient, setRecipients } from "./recipients";

describe("recipients", () => {
  it("reads recipients, dropping display names that only repeat the address", async () => {
    const fake = createFakeComposeItem({ to: ["a@randers.dk", { emailAddress: "b@gmail.com", displayName: "Bo Borger" }] });
    expect(await getRecipients(fake.item, "to")).toEqual([{ address: "a@randers.dk" }, { address: "b@gmail.com", displayName: "Bo Borger" }]);
  });

  it("replaces a mistyped address in place, keeping the display name", async () => {
    const fake = createFakeComposeItem({
      cc: ["x@randers.dk", { emailAddress: "jens@anders.dk", displayName: "Jens" }, "y@randers.dk"],
    });
    expect(await replaceRecipient(fake.item, "cc", "JENS@anders.dk", "jens@randers.dk")).toBe(true);
    expect(fake.inspect().cc).toEqual(["x@randers.dk", "jens@randers.dk", "y@randers.dk"]);
    expect(fake.state.cc[1]!.displayName).toBe("Jens");
    expect(await replaceRecipient(fake.item, "to", "nobody@x.dk", "n@x.dk")).toBe(false);
    expect(fake.callsTo("to.setAsync")).toHaveLength(0);
  });

  it("removes addresses from every field and writes only changed fields", async () => {
    const fake = createFakeComposeItem({ to: ["a@gmail.com", "b@randers.dk"], cc: ["c@randers.dk"], bcc: ["A@GMAIL.com"] });
    expect(await removeRecipients(fake.item, ["a@gmail.com"])).toBe(2);
    expect(fake.inspect()).toMatchObject({ to: ["b@randers.dk"], cc: ["c@randers.dk"], bcc: [] });
    expect(fake.callsTo("cc.setAsync")).toHaveLength(0);
  });

  it("writes more than 100 recipients as one set and then adds of at most 100", async () => {
    const fake = createFakeComposeItem();
    const many = Array.from({ length: 250 }, (_, i) => ({ address: `p${i}@randers.dk` }));
    await setRecipients(fake.item, "bcc", many);
    expect(fake.inspect().bcc).toHaveLength(250);
    expect(fake.inspect().bcc[249]).toBe("p249@randers.dk");
    expect(fake.callsTo("bcc.setAsync")).toHaveLength(1);
    expect(fake.callsTo("bcc.addAsync").map((c) => (c.args[0] as unknown[]).length)).toEqual([100, 50]);
  });
});
