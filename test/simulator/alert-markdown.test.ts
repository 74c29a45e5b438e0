/** @jest-environment jsdom */
import { parseAlertMarkdown, renderAlertMarkdown } from "../../dev/simulator/app/alert-markdown";

function html(markdown: string): string {
  const div = document.createElement("div");
  div.appendChild(renderAlertMarkdown(document, markdown));
  return div.innerHTML;
}

describe("Smart Alert markdown in the simulator", () => {
  it("renders bold, italic and line breaks in a paragraph", () => {
    expect(html("Mailen indeholder **et CPR-nummer** (010203-XXXX)\n*Tjek modtageren*")).toBe(
      "<p>Mailen indeholder <strong>et CPR-nummer</strong> (010203-XXXX)<br><em>Tjek modtageren</em></p>",
    );
  });

  it("renders bullet and numbered lists as separate lists", () => {
    expect(parseAlertMarkdown("- a\n- b\n\n1. c").map((b) => b.type)).toEqual(["list", "list"]);
    expect(html("- anders.dk\n- gmail.com")).toBe("<ul><li>anders.dk</li><li>gmail.com</li></ul>");
    expect(html("1. Ret\n2. Send")).toBe("<ol><li>Ret</li><li>Send</li></ol>");
  });

  it("follows only https links", () => {
    expect(html("[Vejledning](https://intra.randers.dk/sikkerpost)")).toBe(
      '<p><a href="https://intra.randers.dk/sikkerpost" target="_blank" rel="noopener noreferrer">Vejledning</a></p>',
    );
    expect(html("[klik](javascript:void0) [http](http://x.dk)")).toBe("<p>klik http</p>");
  });

  it("never turns the add-in's text into markup", () => {
    expect(html('<img src=x onerror="alert(1)"> **<b>x</b>**')).toBe(
      "<p>&lt;img src=x onerror=\"alert(1)\"&gt; <strong>&lt;b&gt;x&lt;/b&gt;</strong></p>",
    );
  });
});
