import { maskWrittenNumbers } from "./mask-written";

describe("maskWrittenNumbers", () => {
  test("replaces each written number by its mask and leaves the rest of the HTML as it was", () => {
    const html = '<p style="color:red">Barn: 070761-1006</p><p>Ægtefælle: 070761-1014</p><div>Hilsen</div>';
    expect(maskWrittenNumbers(html, ["070761-1014"], "html")).toBe(
      '<p style="color:red">Barn: 070761-1006</p><p>Ægtefælle: 070761-XXXX</p><div>Hilsen</div>',
    );
  });
  test("a no-break space written as &nbsp; in HTML is found too", () => {
    expect(maskWrittenNumbers("<p>CPR 070761&nbsp;1014</p>", ["070761\u00a01014"], "html")).toBe("<p>CPR 070761-XXXX</p>");
  });
  test("plain text: every occurrence", () => {
    expect(maskWrittenNumbers("0707611014 og 0707611014", ["0707611014"], "text")).toBe("070761-XXXX og 070761-XXXX");
  });
});
