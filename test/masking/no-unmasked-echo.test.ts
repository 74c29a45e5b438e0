// Issue 12 item 7: a CPR number in an attachment name, a display name or an invalid address is
// never shown in full, with any separator or invisible character the finder accepts: not in the
// Smart Alert, not in the pane's data, not in `sendevagt check` output. Generated cases.
import fc from "fast-check";
import { analyzeMessage, parsePolicy, type Message, type Verdict } from "../../src/detection";
import { blockCompletion } from "../../src/commands/alert";
import { buildSections, confirmOffer, digitalPostCandidates } from "../../src/taskpane/model";
import { formatVerdict } from "../../src/cli/format";
import { checkedMailJson } from "../../src/cli/check-json";
import { textsFor } from "../../src/cli/i18n";
import {
  IGNORABLE_SEPARATORS,
  SEPARATORS,
  cprArb,
  insertsArb,
  sprinkle,
  written,
} from "../../src/detection/cpr/__tests__/cpr-arbitraries";

const TODAY = new Date(2026, 5, 1);
const POLICY = parsePolicy({ organization: { name: "Randers Kommune", domains: ["randers.dk"] } });
const ALL_SEPARATORS = [...SEPARATORS, ...IGNORABLE_SEPARATORS];

type Place = "attachment-name" | "display-name" | "invalid-address";
const PLACES: Place[] = ["attachment-name", "display-name", "invalid-address"];

/** A mail that stops (a CPR in the body to gmail.com) and shows `number` at `place`. */
function mailWith(number: string, place: Place): Message {
  const message: Message = {
    from: { address: "sagsbehandler@randers.dk" },
    to: [{ address: "borger@gmail.com", displayName: "Borger" }],
    cc: [],
    bcc: [],
    subject: "Vedr. sagen",
    body: "Hej\nCPR: 040385-2732\nMvh",
    attachments: [{ name: "bilag.pdf", text: "Journal 150372-1236" }],
  };
  if (place === "attachment-name") {
    // Once with text (a CPR finding names it) and once unread (an "ikke kontrolleret" finding).
    message.attachments = [
      { name: `Sag ${number}.pdf`, text: "Journal 150372-1236" },
      { name: `Notat ${number}.docx` },
    ];
  }
  if (place === "display-name") message.to = [{ address: "jens@gmail.com", displayName: `Jens Hansen (${number})` }];
  if (place === "invalid-address") message.cc = [{ address: `${number}@`, displayName: "" }, { address: `jens ${number}` }];
  return message;
}

/** Everything a caseworker or a terminal could be shown for this verdict. */
function shown(verdict: Verdict, path: string): string[] {
  const alert = blockCompletion(verdict, { lang: "da", mailbox114: true, mailbox115: true, policyProblem: null });
  return [
    alert.errorMessage ?? "",
    alert.errorMessageMarkdown ?? "",
    JSON.stringify(buildSections(verdict, POLICY, TODAY)),
    JSON.stringify(digitalPostCandidates(verdict, TODAY)),
    JSON.stringify(confirmOffer(verdict, POLICY) ?? null),
    formatVerdict(path, verdict, textsFor("da")),
    formatVerdict(path, verdict, textsFor("en")),
    JSON.stringify(checkedMailJson(path, verdict)),
  ];
}

/** The number's date and serial with anything but digits (escapes, separators) between them. */
function leaks(text: string, digits: string): boolean {
  const visible = text.replace(/\p{Default_Ignorable_Code_Point}/gu, "");
  return new RegExp(`${digits.slice(0, 6)}\\D{0,8}${digits.slice(6)}`).test(visible);
}

function check(digits: string, number: string, place: Place): string[] {
  const verdict = analyzeMessage(mailWith(number, place), POLICY, { today: TODAY, salt: "s" });
  const problems: string[] = [];
  if (verdict.action === "allow") problems.push(`${place}: allowed`);
  shown(verdict, `mails/${number}.eml`).forEach((text, i) => {
    if (leaks(text, digits)) problems.push(`${place}: output ${i} shows ${JSON.stringify(number)}`);
  });
  return problems;
}

describe("a CPR number at a shown place is masked everywhere", () => {
  const digits = "0707611006";

  it.each(ALL_SEPARATORS.flatMap(([format, sep]) => PLACES.map((place) => [format, place, sep] as const)))(
    "%s in the %s",
    (_format, place, sep) => {
      expect(check(digits, written(digits, sep), place)).toEqual([]);
    },
  );

  it("with generated numbers, separators and invisible characters", () => {
    fc.assert(
      fc.property(
        cprArb(TODAY),
        fc.constantFrom(...ALL_SEPARATORS.map(([, sep]) => sep)),
        insertsArb(14),
        fc.constantFrom(...PLACES),
        (cpr, sep, inserts, place) => {
          expect(check(cpr.digits, sprinkle(written(cpr.digits, sep), inserts), place)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
