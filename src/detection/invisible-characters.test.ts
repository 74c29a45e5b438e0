// Issue 12 item 2: invisible characters in or next to a number hide it nowhere: not in the body,
// the subject, an attachment's name or a recipient's display name (all go through the finder).
import fc from "fast-check";
import { analyzeMessage, parsePolicy, type CprFinding, type Message } from ".";
import { SEPARATORS, cprArb, insertsArb, sprinkle, written } from "./cpr/__tests__/cpr-arbitraries";

const TODAY = new Date(2026, 5, 1);
const POLICY = parsePolicy({ organization: { name: "Randers Kommune", domains: ["randers.dk"] } });

type Place = "body" | "subject" | "attachment" | "display-name";

function mailWith(number: string, place: Place): Message {
  return {
    to: [{ address: "borger@gmail.com", displayName: place === "display-name" ? `Borger ${number}` : "Borger" }],
    cc: [],
    bcc: [],
    subject: place === "subject" ? `Vedr. ${number}` : "Vedr. sagen",
    body: place === "body" ? `Hej\n${number}\nMvh` : "Hej",
    attachments: place === "attachment" ? [{ name: `Notat ${number}.pdf`, text: "intet" }] : [],
  };
}

describe("a number with invisible characters in it", () => {
  it("is found at every place a number is looked for, masked in the finding", () => {
    fc.assert(
      fc.property(
        cprArb(TODAY),
        fc.constantFrom(...SEPARATORS.map(([, sep]) => sep)),
        insertsArb(14),
        fc.constantFrom<Place>("body", "subject", "attachment", "display-name"),
        (cpr, sep, inserts, place) => {
          const verdict = analyzeMessage(mailWith(sprinkle(written(cpr.digits, sep), inserts), place), POLICY, { today: TODAY });
          const cprs = verdict.findings.filter((f): f is CprFinding => "cprs" in f).flatMap((f) => f.cprs);
          expect(verdict.action).not.toBe("allow");
          expect(cprs.map((c) => c.masked)).toContain(cpr.digits.slice(0, 6) + "-XXXX");
          // Hex hashes and the birth date may hold any four digits by chance: leave them out.
          const shown = JSON.stringify(verdict, (key, value) => (["hash", "fingerprint", "birthDate"].includes(key) ? undefined : value));
          expect(shown.replace(/\p{Default_Ignorable_Code_Point}/gu, "")).not.toMatch(new RegExp(`${cpr.digits.slice(0, 6)}\\D{0,3}${cpr.digits.slice(6)}`));
        },
      ),
      { numRuns: 400 },
    );
  });
});
