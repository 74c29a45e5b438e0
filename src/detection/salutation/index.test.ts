// The check as analyzeMessage runs it: which mails get a recipient-name-mismatch, and how strong.
import { analyzeMessage, parsePolicy, type Message, type Recipient, type SalutationFinding } from "../index";

const POLICY = { organization: { name: "Randers Kommune", domains: ["randers.dk"] } };
const policy = (checks?: object) => parsePolicy(checks ? { ...POLICY, checks } : POLICY);
const TODAY = new Date(2026, 10, 25);

function mail(body: string, to: Recipient[], cc: Recipient[] = [], bcc: Recipient[] = []): Message {
  return { from: { address: "sagsbehandler@randers.dk" }, to, cc, bcc, subject: "Din sag", body };
}

function salutation(message: Message, p = policy()): SalutationFinding | undefined {
  const verdict = analyzeMessage(message, p, { today: TODAY, salt: "s" });
  return verdict.findings.find((f): f is SalutationFinding => f.rule === "recipient-name-mismatch");
}

const ANNE = { address: "anne.jensen@gmail.com", displayName: "Anne Jensen" };
const JENS = { address: "jens.hansen@gmail.com", displayName: "Jens Hansen" };

describe("recipient-name-mismatch in analyzeMessage", () => {
  test("autocomplete picked another person: a notice naming the greeting and the recipient", () => {
    const f = salutation(mail("Kære Jens Hansen\n\nTak for din ansøgning.", [ANNE]));
    expect(f).toMatchObject({
      severity: "notice",
      confirmable: false,
      greeting: "Kære Jens Hansen",
      names: ["Jens Hansen"],
      recipient: { field: "to", address: "anne.jensen@gmail.com", displayName: "Anne Jensen" },
      matchingCopies: [],
    });
  });

  test("the same mail with a CPR number to the outside stops for a confirmation", () => {
    const verdict = analyzeMessage(mail("Kære Jens Hansen\n\nCPR 010203-1148 er registreret.", [ANNE]), policy(), { today: TODAY });
    const f = verdict.findings.find((x) => x.rule === "recipient-name-mismatch");
    expect(f).toMatchObject({ severity: "confirm", confirmable: true });
    expect(JSON.stringify(f)).not.toMatch(/1148/);
  });

  test("policy confirm stops even without CPR numbers; off is silent", () => {
    expect(salutation(mail("Kære Jens Hansen", [ANNE]), policy({ salutation: "confirm" }))).toMatchObject({ severity: "confirm" });
    expect(salutation(mail("Kære Jens Hansen", [ANNE]), policy({ salutation: "off" }))).toBeUndefined();
  });

  test("a confirm-grade mismatch blocks when IT's confirmable list leaves the rule out", () => {
    const strict = parsePolicy({ ...POLICY, checks: { salutation: "confirm" }, confirmation: { allowed: ["cpr-external"] } });
    expect(analyzeMessage(mail("Kære Jens Hansen", [ANNE]), strict, { today: TODAY }).action).toBe("block");
  });

  test.each([
    ["the right person", "Kære Jens Hansen", [JENS]],
    ["digits appended to the right person's address", "Kære Jens Hansen", [{ address: "jens.hansen1@gmail.com" }]],
    ["a first-name greeting", "Hej Jens,", [JENS]],
    ["one of two greeted people", "Kære Jens og Anne", [ANNE]],
    ["any direct recipient fits", "Kære Jens Hansen", [ANNE, JENS]],
    ["a generic greeting", "Kære borger", [ANNE]],
    ["a shared mailbox", "Kære Jens Hansen", [{ address: "post@advokathuset.dk" }]],
    ["a shared mailbox beside another person", "Kære Jens Hansen", [ANNE, { address: "kontakt@advokathuset.dk" }]],
    ["no greeting", "Tak for din ansøgning.", [ANNE]],
    ["internal mail", "Kære Jens Hansen", [{ address: "anne.jensen@randers.dk", displayName: "Anne Jensen" }]],
  ])("silent for %s", (_label, body, to) => {
    expect(salutation(mail(body, to))).toBeUndefined();
  });

  test("internal mail is checked when IT turns it on", () => {
    const internal = mail("Kære Jens Hansen", [{ address: "anne.jensen@randers.dk", displayName: "Anne Jensen" }]);
    expect(salutation(internal, policy({ salutationInternal: true }))).toMatchObject({ severity: "notice" });
  });

  test("a Cc recipient who fits the greeting is named as the likely fix", () => {
    const f = salutation(mail("Kære Jens Hansen", [ANNE], [JENS]));
    expect(f?.matchingCopies).toEqual([{ field: "cc", address: "jens.hansen@gmail.com", displayName: "Jens Hansen", kind: "external" }]);
  });

  test("a greeting in the quoted history is not this mail's greeting", () => {
    const body = "Tak for svaret.\n\nFra: Jens Hansen <jens.hansen@gmail.com>\nSendt: 3. november 2026 10:12\n\nKære Jens Hansen";
    expect(salutation(mail(body, [ANNE]))).toBeUndefined();
  });

  test("the fingerprint changes with the finding, so a confirmation covers this greeting only", () => {
    const p = policy({ salutation: "confirm" });
    const a = analyzeMessage(mail("Kære Jens Hansen", [ANNE]), p, { today: TODAY, salt: "s" });
    const b = analyzeMessage(mail("Kære Peter Holm", [ANNE]), p, { today: TODAY, salt: "s" });
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });

  test("without a checks block (a hand-made policy) the default applies", () => {
    const { checks: _omitted, ...bare } = policy();
    expect(salutation(mail("Kære Jens Hansen", [ANNE]), bare)).toMatchObject({ severity: "notice" });
  });
});
