/** @jest-environment jsdom */
import { createRecipientField } from "../../dev/simulator/app/recipient-field";
import { createFakeComposeItem } from "../../dev/fake-office/compose-item";

function setup() {
  const draft = createFakeComposeItem();
  const field = createRecipientField("to", draft);
  document.body.replaceChildren(field.element);
  const type = (text: string) => {
    field.input.value = text;
    field.input.dispatchEvent(new Event("input"));
  };
  const key = (k: string) => field.input.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
  const chips = () => Array.from(field.element.querySelectorAll<HTMLElement>("[data-testid=recipient-chip]")).map((c) => c.dataset.address);
  return { draft, field, type, key, chips };
}

describe("the simulator's To field", () => {
  it("commits typed addresses into the item and chips on Enter, keeping display names", () => {
    const { draft, type, key, chips } = setup();
    type('"Ole Jensen" <ole@anders.dk>, borger@gmail.com');
    key("Enter");
    expect(draft.inspect().to).toEqual(["ole@anders.dk", "borger@gmail.com"]);
    expect(draft.state.to[0]?.displayName).toBe("Ole Jensen");
    expect(chips()).toEqual(["ole@anders.dk", "borger@gmail.com"]);
  });

  it("commits on a trailing semicolon, but not inside a quoted name", () => {
    const { draft, type } = setup();
    type('"Jensen, ');
    expect(draft.inspect().to).toEqual([]);
    type('"Jensen, Ole" <ole@x.dk>;');
    expect(draft.inspect().to).toEqual(["ole@x.dk"]);
  });

  it("commits on blur and leaves what is no address in the field, marked invalid", () => {
    const { draft, field } = setup();
    field.input.value = "Ole, a@x.dk";
    field.input.dispatchEvent(new Event("blur"));
    expect(draft.inspect().to).toEqual(["a@x.dk"]);
    expect(field.input.value).toBe("Ole");
    expect(field.input.getAttribute("aria-invalid")).toBe("true");
  });

  it("removes the last recipient with Backspace in an empty field, and a chip with its button", () => {
    const { draft, type, key, field } = setup();
    type("a@x.dk; b@y.dk;");
    key("Backspace");
    expect(draft.inspect().to).toEqual(["a@x.dk"]);
    field.element.querySelector<HTMLButtonElement>(".chip-remove")?.click();
    expect(draft.inspect().to).toEqual([]);
  });

  it("shows recipients the add-in wrote to the item", () => {
    const { draft, field, chips } = setup();
    draft.state.to = [{ emailAddress: "sagsbehandler@randers.dk", displayName: "Ole", recipientType: "user" }];
    field.render();
    expect(chips()).toEqual(["sagsbehandler@randers.dk"]);
  });
});
