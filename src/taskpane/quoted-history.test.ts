import { htmlToText } from "../detection";
import { cutHistory, historyAt } from "./quoted-history";

const CPR = "070761-1006";

describe("cutting the quoted history", () => {
  test("HTML: the history from its first line on goes; the own text and its formatting stay", () => {
    const html = `<html><body><p><b>Tak</b>, vi vender tilbage.</p><p>-----Original Message-----<br>Fra: Borger &lt;borger@gmail.com&gt;</p><p>Mit CPR-nr. er ${CPR}.</p></body></html>`;
    const text = htmlToText(html);
    const range = historyAt(text, text.indexOf(CPR));
    expect(range).toBeDefined();
    const firstLine = text.slice(range!.start).trimStart().split("\n")[0]!;
    const cut = cutHistory(html, "html", firstLine)!;
    expect(cut).toBe("<html><body><p><b>Tak</b>, vi vender tilbage.</p></body></html>");
  });
  test("a history line after <br> in the same paragraph keeps what stands before it", () => {
    const html = `<p>Hej<br>-----Original Message-----<br>Fra: b@x.dk<br>CPR ${CPR}</p>`;
    expect(cutHistory(html, "html", "-----Original Message-----")).toBe("<p>Hej");
  });
  test("text: cut at the line; not found or found twice: nothing is cut", () => {
    expect(cutHistory(`Tak\n\n> CPR ${CPR}\n`, "text", `> CPR ${CPR}`)).toBe("Tak\n");
    expect(cutHistory("Tak", "text", "-----Original Message-----")).toBeUndefined();
    expect(cutHistory("a -----Original Message----- b -----Original Message-----", "text", "-----Original Message-----")).toBeUndefined();
  });
});
