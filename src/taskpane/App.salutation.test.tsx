/** @jest-environment jsdom */
// The greeting card (issue 19) through the production adapter and the real core: "Ret modtager"
// moves the greeted person from Cc to To; without such a person the card says to fix To by hand.
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { renderPane, seriousViolations } from "./test-support";

const card = () => screen.queryAllByTestId("finding").find((el) => el.getAttribute("data-kind") === "recipient-name-mismatch") ?? null;

const ANNE = { emailAddress: "anne.jensen@gmail.com", displayName: "Anne Jensen" };
const JENS = { emailAddress: "jens.hansen@gmail.com", displayName: "Jens Hansen" };

describe("the greeting card", () => {
  test("with the greeted person in Cc, one click moves them to To and the card goes", async () => {
    const { fake, user, view } = await renderPane({ item: { to: [ANNE], cc: [JENS], subject: "Din sag", bodyHtml: "<p>Kære Jens Hansen</p><p>Tak for din mail.</p>" } });
    const found = card()!;
    expect(found).toHaveAttribute("data-severity", "notice");
    expect(within(found).getByRole("heading", { level: 3 })).toHaveTextContent("Hilsenen nævner Jens Hansen, men mailen går til Anne Jensen");
    expect(within(found).getByTestId("salutation-greeting")).toHaveTextContent("Kære Jens Hansen");
    expect(found).toHaveTextContent("Jens Hansen står i Cc-feltet.");
    expect(await seriousViolations(view.container)).toEqual([]);

    await user.click(within(found).getByTestId("move-to-to"));
    await waitFor(() => expect(fake.inspect().to).toEqual(["anne.jensen@gmail.com", "jens.hansen@gmail.com"]));
    expect(fake.inspect().cc).toEqual([]);
    await waitFor(() => expect(card()).toBeNull());
    expect(screen.getByTestId("status")).toHaveTextContent("jens.hansen@gmail.com er flyttet til Til-feltet.");
  });

  test("without such a person the card tells the caseworker to correct the To field, which Sendevagt cannot open", async () => {
    await renderPane({ item: { to: [ANNE], subject: "Din sag", bodyHtml: "<p>Kære Jens Hansen</p>" } });
    const found = card()!;
    expect(found).toHaveTextContent("skal du rette modtageren i Til-feltet i mailen – Sendevagt kan ikke åbne feltet for dig");
    expect(within(found).queryByRole("button")).toBeNull();
  });

  test("in English", async () => {
    await renderPane({ displayLanguage: "en-GB", item: { to: [ANNE], cc: [JENS], subject: "Case", bodyHtml: "<p>Dear Jens Hansen,</p>" } });
    expect(within(card()!).getByTestId("move-to-to")).toHaveTextContent("Fix recipient: move Jens Hansen to To");
  });
});
