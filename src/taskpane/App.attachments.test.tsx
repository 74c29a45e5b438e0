/** @jest-environment jsdom */
// The pane with attachments, through the production adapter and the real core and extractor:
// where a number stands in a file (sheet/page), a file Outlook could not hand over, and a
// confirmation that the send handler honours for the unchanged mail. Also the one audit header:
// the pane's record survives the handler's stamp.
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { failContentOf, toBase64 } from "../commands/attachment-test-support";
import { docx, xlsx } from "../extract/__tests__/fixtures";
import { CONFIRMATION_KEY } from "../outlook";
import { pressSend, renderPane } from "./test-support";

// Synthetic CPR number (valid modulus-11 check digit).
const CPR = "010203-1008";

const finding = (kind: string) => screen.getAllByTestId("finding").find((el) => el.getAttribute("data-kind") === kind) ?? null;

const item = {
  from: { emailAddress: "anna.jensen@randers.dk" },
  to: [{ emailAddress: "borger@gmail.com", displayName: "Borger" }],
  subject: "Oversigt",
  bodyHtml: "<p>Hej, oversigten er vedhæftet.</p>",
  attachments: [
    { name: "borgere.xlsx", content: toBase64(xlsx([{ name: "Borgere", rows: [["Navn", "CPR"], ["Anna", CPR]] }])) },
    { name: "bilag.pdf", content: toBase64("%PDF-1.4") },
  ],
};

describe("attachments in the pane", () => {
  test("names the file and sheet of a CPR number, and a file Outlook could not hand over", async () => {
    await renderPane({ item, prepare: (fake) => failContentOf(fake, "bilag.pdf") });
    const cpr = finding("cpr-external")!;
    expect(within(cpr).getByTestId("where")).toHaveTextContent("Vedhæftningen borgere.xlsx (ark Borgere)");
    expect(within(cpr).getByTestId("recipients")).toHaveTextContent("Til: Borger <borger@gmail.com>");
    expect(within(cpr).getByTestId("cpr-person")).toHaveTextContent("010203-XXXX");
    const unread = finding("attachment-unchecked")!;
    // Going outside unread, the file stops the mail until the caseworker confirms they looked at it.
    expect(unread).toHaveAttribute("data-severity", "confirm");
    expect(within(unread).getByRole("heading", { level: 3 })).toHaveTextContent("Vedhæftningen bilag.pdf kunne ikke kontrolleres");
    expect(unread).toHaveTextContent("Outlook kunne ikke hente filen.");
    expect(document.body.textContent).not.toContain("1008");
  });

  test("a confirmation covers the mail with its attachments; the sent header carries the pane's decision and the handler's result", async () => {
    const { fake, user, policy } = await renderPane({ item, prepare: (f) => failContentOf(f, "bilag.pdf") });
    const panel = screen.getByTestId("confirm-panel");
    await user.click(within(panel).getByTestId("confirm-checkbox"));
    await user.selectOptions(within(panel).getByTestId("confirm-reason"), "citizen-request");
    await user.click(within(panel).getByTestId("confirm-submit"));
    await waitFor(() => expect(fake.state.sessionData?.[CONFIRMATION_KEY]).toBeDefined());
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("Tryk Send igen"));
    expect(fake.state.headers["x-sendevagt"]).toBe(
      "v=1; decision=confirmed; rules=cpr-external,attachment-unchecked; reason=citizen-request; findings=2; cpr=1; occurrences=1; people=1; external=1; policy=2026-11-01",
    );

    expect(await pressSend(fake, policy)).toEqual({ allowEvent: true });
    expect(fake.state.headers["x-sendevagt"]).toMatch(
      /^sendevagt \S+; result=confirmed; policy=2026-11-01; decision=confirmed; rules=cpr-external,attachment-unchecked; reason=citizen-request; findings=2; cpr=1; occurrences=1; people=1; external=1$/,
    );
  });
});

describe("one audit header", () => {
  test("after a fix and Send, the header has the pane's decision and the handler's result", async () => {
    const { fake, user, policy } = await renderPane({
      item: {
        from: { emailAddress: "anna.jensen@randers.dk" },
        to: ["jens@anders.dk"],
        subject: "Aftale",
        bodyHtml: "<p>Hej Jens</p>",
        attachments: [{ name: "referat.docx", content: toBase64(docx({ paragraphs: ["Referat af mødet"] })) }],
      },
    });
    await user.click(within(finding("lookalike")!).getByTestId("fix-domain"));
    await waitFor(() => expect(fake.inspect().to).toEqual(["jens@randers.dk"]));
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("Tryk Send igen"));
    expect(await pressSend(fake, policy)).toEqual({ allowEvent: true });
    const header = fake.state.headers["x-sendevagt"] ?? "";
    expect(header).toMatch(/^sendevagt \S+; result=allow; policy=2026-11-01; decision=fixed-domain; rules=lookalike; findings=1; cpr=0; occurrences=0; people=0; external=0$/);
    expect(header).not.toMatch(/@|anders|jens/);
  });
});
