import { parseAddressList } from "../../dev/simulator/app/addresses";

describe("parseAddressList (what the simulator's To/Cc/Bcc fields accept)", () => {
  it.each([
    ["a bare address", "borger@gmail.com", [{ emailAddress: "borger@gmail.com" }]],
    ["a quoted display name", '"Ole Jensen" <ole@anders.dk>', [{ emailAddress: "ole@anders.dk", displayName: "Ole Jensen" }]],
    ["an unquoted display name", "Ole Jensen <ole@anders.dk>", [{ emailAddress: "ole@anders.dk", displayName: "Ole Jensen" }]],
    ["a comma inside quotes", '"Jensen, Ole" <ole@x.dk>, b@y.dk', [{ emailAddress: "ole@x.dk", displayName: "Jensen, Ole" }, { emailAddress: "b@y.dk" }]],
    ["semicolons, as Outlook users paste them", "a@x.dk; b@y.dk;", [{ emailAddress: "a@x.dk" }, { emailAddress: "b@y.dk" }]],
    ["a mailto: prefix", "mailto:a@x.dk", [{ emailAddress: "a@x.dk" }]],
  ])("%s", (_label, text, expected) => {
    expect(parseAddressList(text)).toEqual({ recipients: expected, unresolved: [] });
  });

  it("keeps entries without an address apart instead of inventing recipients", () => {
    expect(parseAddressList("Ole Jensen, a@x.dk, <nope>")).toEqual({
      recipients: [{ emailAddress: "a@x.dk" }],
      unresolved: ["Ole Jensen", "<nope>"],
    });
  });

  it("returns nothing for blank input", () => {
    expect(parseAddressList("  ,  ; ")).toEqual({ recipients: [], unresolved: [] });
  });
});
