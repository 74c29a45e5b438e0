// Two people with one birthday share a mask: their order in the mail and the words before each
// number tell them apart, and those words never carry more digits than a mask.
import { analyzeMessage, defaultPolicy, findCprNumbers, maskCprNumbers } from "../detection";
import type { Message } from "../detection";
import { personContexts, wordsBefore } from "./person-context";

const TWIN_A = "070761-1006";
const TWIN_B = "070761-1014";
const policy = defaultPolicy("mette@randers.dk");
const today = new Date("2026-11-25T10:00:00Z");

function contexts(message: Message) {
  const verdict = analyzeMessage(message, policy, { salt: "s", today });
  return { verdict, people: personContexts(message, verdict.findings) };
}

const mail = (body: string, subject = "Sag"): Message => ({ to: [{ address: "borger@gmail.com" }], cc: [], bcc: [], subject, body });

describe("personContexts", () => {
  test("twins: the same mask, told apart by order and the words before each number", () => {
    const { people } = contexts(mail(`Hej\n\nBarn: ${TWIN_B}\nÆgtefælle: ${TWIN_A}\n`));
    const list = Object.values(people).sort((a, b) => a.order - b.order);
    expect(list).toEqual([
      { order: 1, before: "Barn:" },
      { order: 2, before: "Ægtefælle:" },
    ]);
  });

  test("the subject comes before the body, and a number seen twice keeps its first place", () => {
    const { people } = contexts(mail(`Ægtefælle: ${TWIN_A}\nBarn: ${TWIN_B}`, `Sag om ${TWIN_B}`));
    expect(Object.values(people).map((p) => p.before).sort()).toEqual(["Sag om", "Ægtefælle:"]);
    expect(Object.values(people).find((p) => p.before === "Sag om")?.order).toBe(1);
  });

  test("a number in the words before is masked; no other long digit run survives", () => {
    expect(wordsBefore(`Mor ${TWIN_A} og barn: X`, `Mor ${TWIN_A} og barn: `.length)).toBe("070761-XXXX og barn:");
    expect(wordsBefore(`Far ${TWIN_A} barn `, `Far ${TWIN_A} barn `.length)).toBe("Far 070761-XXXX barn");
    expect(wordsBefore("konto 12345678 barn ", 20)).toBe("konto barn");
    expect(wordsBefore("a".repeat(100) + " Barn: ", 107)).toBe("Barn:");
  });

  test("generated mails: the words before never hold a run of more than six digits", () => {
    const labels = ["Barn:", "Ægtefælle:", "Tlf. 86123456, cpr", "Sag 2026-114 / CPR", "Ref 0707611006x"];
    for (let i = 0; i < 50; i++) {
      const a = labels[i % labels.length]!;
      const b = labels[(i * 7 + 3) % labels.length]!;
      const { people } = contexts(mail(`${a} ${TWIN_A}\n${b} ${TWIN_B}`));
      for (const p of Object.values(people)) {
        const before = p.before ?? "";
        expect(before).not.toMatch(/\d{7,}/);
        expect(findCprNumbers(before)).toEqual([]);
        expect(maskCprNumbers(before)).toBe(before);
      }
    }
  });
});
