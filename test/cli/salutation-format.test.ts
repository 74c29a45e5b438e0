// `sendevagt check` prints the greeting finding with the greeting, the recipient and the Cc match.
import { analyzeMessage, parsePolicy } from "../../src/detection";
import { formatVerdict } from "../../src/cli/format";
import { textsFor } from "../../src/cli/i18n";

const policy = parsePolicy({ organization: { name: "Randers Kommune", domains: ["randers.dk"] } });

describe("check output: recipient-name-mismatch", () => {
  const verdict = analyzeMessage(
    {
      to: [{ address: "anne.jensen@gmail.com", displayName: "Anne Jensen" }],
      cc: [{ address: "jens.hansen@gmail.com", displayName: "Jens Hansen" }],
      bcc: [],
      subject: "Sag",
      body: "Kære Jens Hansen\n\nTak for din mail.",
    },
    policy,
    { today: new Date(2026, 10, 25) },
  );

  it.each([
    ["da", "  i Hilsenen passer ikke til modtageren [oplysning]: hilsen \"Kære Jens Hansen\"; til anne.jensen@gmail.com; passer til jens.hansen@gmail.com i Cc/Bcc"],
    ["en", "  i Greeting does not match the recipient [notice]: greeting \"Kære Jens Hansen\"; to anne.jensen@gmail.com; matches jens.hansen@gmail.com in Cc/Bcc"],
  ] as const)("%s", (lang, line) => {
    expect(formatVerdict("svar.eml", verdict, textsFor(lang)).split("\n")).toContain(line);
  });
});
