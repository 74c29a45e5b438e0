// analyzeMessage in the situations a caseworker meets. All CPR numbers are synthetic.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { analyzeMessage, defaultPolicy, htmlToText, parsePolicy, type AttachmentFinding, type CprFinding, type Finding, type Message, type Policy, type RecipientFinding, type Verdict } from "./index";
import { cprArb } from "./cpr/__tests__/cpr-arbitraries";

const today = new Date(2026, 10, 25);
const salt = "draft-salt-7f3a";
const randers: Policy = parsePolicy(JSON.parse(readFileSync(join(__dirname, "..", "..", "examples", "policy.randers.json"), "utf8")));

// Synthetic numbers (modulus 11 holds, birth dates in the past).
const METTE = "010203-1148";
const JONAS = "150572-1000";

function mail(parts: Partial<Message>): Message {
  return { to: [], cc: [], bcc: [], subject: "", body: "", ...parts };
}

function rules(verdict: Verdict): string[] {
  return verdict.findings.map((f) => `${f.rule}:${f.severity}`);
}

type FindingOf<R extends Finding["rule"]> = R extends CprFinding["rule"] ? CprFinding : R extends RecipientFinding["rule"] ? RecipientFinding : AttachmentFinding;

function finding<R extends Finding["rule"]>(verdict: Verdict, rule: R): FindingOf<R> {
  const found = verdict.findings.find((f) => f.rule === rule);
  if (!found) throw new Error(`no ${rule} finding in ${rules(verdict).join(", ")}`);
  return found as FindingOf<R>;
}

const gateway = (cpr: string) => ({ address: `${cpr.replace("-", "")}@randers.mitdk.digital-post.dk` });

interface Situation {
  situation: string;
  message: Message;
  policy?: Policy;
  action: Verdict["action"];
  findings: string[];
}

const situations: Situation[] = [
  {
    situation: "a colleague in the same municipality gets a case note with a CPR number",
    message: mail({ to: [{ address: "kollega@randers.dk" }], subject: "Sagsnotat", body: `Borgeren (CPR ${METTE}) har ringet.` }),
    action: "allow",
    findings: [],
  },
  {
    situation: "a colleague at a subdomain of the municipality",
    message: mail({ to: [{ address: "kollega@jobcenter.randers.dk" }], body: `CPR ${METTE}` }),
    action: "allow",
    findings: [],
  },
  {
    situation: "a reply to a citizen at gmail.com with the citizen's CPR number",
    message: mail({ to: [{ address: "mette.borger@gmail.com", displayName: "Mette Borger" }], subject: "Svar på din henvendelse", body: `Kære Mette\nVedr. CPR-nr. ${METTE}\nMvh` }),
    action: "confirm",
    findings: ["cpr-external:confirm"],
  },
  {
    situation: "the same reply when IT does not allow confirming CPR numbers to outsiders",
    message: mail({ to: [{ address: "mette.borger@gmail.com" }], body: `CPR ${METTE}` }),
    policy: { ...randers, confirmation: { ...randers.confirmation, allowed: [] } },
    action: "block",
    findings: ["cpr-external:block"],
  },
  {
    situation: "a partner authority on forced TLS (aarhus.dk, trusted) gets a CPR number",
    message: mail({ to: [{ address: "sagsbehandler@aarhus.dk" }], cc: [{ address: "leder@randers.dk" }], body: `Vedr. ${METTE}` }),
    action: "allow",
    findings: [],
  },
  {
    situation: "the anders.dk incident: a one-letter typo of randers.dk with a CPR number",
    message: mail({ to: [{ address: "sagsbehandler@anders.dk" }], subject: "Partshøring", body: `Vedr. borger ${METTE}` }),
    action: "block",
    findings: ["lookalike:block", "cpr-external:confirm"],
  },
  {
    situation: "the anders.dk typo without any CPR number still blocks",
    message: mail({ to: [{ address: "sagsbehandler@anders.dk" }], body: "Mødet flyttes til kl. 10." }),
    action: "block",
    findings: ["lookalike:block"],
  },
  {
    situation: "Digital Post through the gateway with the CPR number in the body",
    message: mail({ to: [gateway(METTE)], subject: "Afgørelse", body: `Afgørelse vedr. ${METTE}` }),
    action: "allow",
    findings: [],
  },
  {
    situation: "Digital Post through the gateway with the CPR number in the subject (the subject is not protected)",
    message: mail({ to: [gateway(METTE)], subject: `Afgørelse ${METTE}`, body: "Se vedhæftede." }),
    action: "block",
    findings: ["cpr-subject:block"],
  },
  {
    situation: "a CPR number only in the quoted earlier mail from the citizen",
    message: mail({
      to: [{ address: "mette.borger@gmail.com" }],
      body: `Hej Mette\nTak, vi vender tilbage.\n\nFra: Mette Borger <mette.borger@gmail.com>\nSendt: 3. november 2026 10:12\nTil: Randers Kommune\nEmne: Hjælp\n\nMit CPR er ${METTE}`,
    }),
    action: "confirm",
    findings: ["cpr-external:confirm"],
  },
  {
    situation: "a CPR number in the subject of an internal mail",
    message: mail({ to: [{ address: "kollega@randers.dk" }], subject: `Sag om ${METTE}`, body: "Se sagen." }),
    action: "allow",
    findings: ["cpr-subject:notice"],
  },
  {
    situation: "a CPR number in the subject to a citizen",
    message: mail({ to: [{ address: "mette.borger@gmail.com" }], subject: `Sag om ${METTE}`, body: "Se sagen." }),
    action: "block",
    findings: ["cpr-subject:block", "cpr-external:confirm"],
  },
  {
    situation: "a malformed address in Cc",
    message: mail({ to: [{ address: "kollega@randers.dk" }], cc: [{ address: "jens.hansen" }], body: "Hej" }),
    action: "confirm",
    findings: ["invalid-recipient:confirm"],
  },
  {
    situation: "an empty mail",
    message: mail({}),
    action: "allow",
    findings: [],
  },
  {
    situation: "a CPR number in an attached document to a citizen",
    message: mail({ to: [{ address: "mette.borger@gmail.com" }], body: "Se vedhæftede.", attachments: [{ name: "afgørelse.docx", text: `Afgørelse\nCPR: ${METTE}` }] }),
    action: "confirm",
    findings: ["cpr-external:confirm"],
  },
  {
    situation: "an encrypted attachment that could not be read",
    message: mail({ to: [{ address: "kollega@randers.dk" }], body: "Se bilag.", attachments: [{ name: "bilag.pdf", unreadable: "encrypted" }] }),
    action: "allow",
    findings: ["attachment-unchecked:notice"],
  },
  {
    situation: "a list with two citizens' CPR numbers to an outside address",
    message: mail({ to: [{ address: "konsulent@firma.dk" }], body: `Deltagere:\n${METTE}\n${JONAS}` }),
    action: "block",
    findings: ["cpr-several-people:block", "cpr-external:confirm"],
  },
  {
    situation: "the same person's number twice is one person",
    message: mail({ to: [{ address: "mette.borger@gmail.com" }], subject: `Sag ${METTE}`, body: `CPR ${METTE.replace("-", "")}` }),
    action: "block",
    findings: ["cpr-subject:block", "cpr-external:confirm"],
  },
  {
    situation: "an outside recipient without CPR numbers, default policy: nothing to say",
    message: mail({ to: [{ address: "info@firma.dk" }], body: "Tak for mødet." }),
    action: "allow",
    findings: [],
  },
  {
    situation: "an outside recipient without CPR numbers when IT asks for a notice",
    message: mail({ to: [{ address: "info@firma.dk" }], body: "Tak for mødet." }),
    policy: { ...randers, externalRecipients: "notice" },
    action: "allow",
    findings: ["external-recipient:notice"],
  },
  {
    situation: "an outside recipient without CPR numbers when IT asks for a confirmation but does not allow confirming it",
    message: mail({ to: [{ address: "info@firma.dk" }], body: "Tak for mødet." }),
    policy: { ...randers, externalRecipients: "confirm" },
    action: "block",
    findings: ["external-recipient:block"],
  },
  {
    situation: "a Gmail address whose display name claims to be Randers Kommune",
    message: mail({ to: [{ address: "x@gmail.com", displayName: "Randers Kommune" }], body: "Hej" }),
    action: "block",
    findings: ["display-name-spoof:block"],
  },
  {
    situation: "zero-config: no policy.json, sender at randers.dk, CPR to a colleague",
    message: mail({ from: { address: "mette@randers.dk" }, to: [{ address: "kollega@randers.dk" }], body: `CPR ${METTE}` }),
    policy: defaultPolicy("mette@randers.dk"),
    action: "allow",
    findings: [],
  },
  {
    situation: "zero-config: CPR to aarhus.dk, which nobody has listed as trusted",
    message: mail({ from: { address: "mette@randers.dk" }, to: [{ address: "sagsbehandler@aarhus.dk" }], body: `CPR ${METTE}` }),
    policy: defaultPolicy("mette@randers.dk"),
    action: "confirm",
    findings: ["cpr-external:confirm"],
  },
];

describe("analyzeMessage: a caseworker's situations", () => {
  test.each(situations.map((s) => [s.situation, s] as const))("%s", (_name, s) => {
    const verdict = analyzeMessage(s.message, s.policy ?? randers, { today, salt });
    expect(verdict.action).toBe(s.action);
    expect(rules(verdict)).toEqual(s.findings);
    expect(verdict.fingerprint).toMatch(/^v1-[0-9a-f]{64}$/);
    // Nothing that leaves the core carries the digits.
    const json = JSON.stringify(verdict);
    for (const cpr of [METTE, JONAS]) {
      expect(json).not.toContain(cpr.replace("-", ""));
      expect(json).not.toContain(cpr);
    }
  });
});

describe("analyzeMessage: what the findings tell the pane", () => {
  test("a CPR finding carries the masked number, birth date, evidence, location and recipients", () => {
    const verdict = analyzeMessage(
      mail({ to: [{ address: "mette.borger@gmail.com", displayName: "Mette Borger" }], cc: [{ address: "kollega@randers.dk" }], body: `Kære Mette\nVedr. CPR-nr. ${METTE}` }),
      randers,
      { today, salt },
    );
    const f = finding(verdict, "cpr-external");
    expect(f.confirmable).toBe(true);
    expect(f.quotedOnly).toBe(false);
    expect(f.recipients).toEqual([{ field: "to", address: "mette.borger@gmail.com", displayName: "Mette Borger", kind: "external" }]);
    expect(f.cprs).toHaveLength(1);
    const cpr = f.cprs[0]!;
    expect(cpr).toMatchObject({ location: { part: "body" }, masked: "010203-XXXX", birthDate: "1903-02-01", evidence: "checksum", quoted: false });
    expect(cpr.hash).toMatch(/^[0-9a-f]{16}$/);
    const body = `Kære Mette\nVedr. CPR-nr. ${METTE}`;
    expect(body.slice(cpr.start, cpr.end)).toBe(METTE);
  });

  test("the anders.dk incident suggests the randers.dk address", () => {
    const verdict = analyzeMessage(mail({ to: [{ address: "sagsbehandler@anders.dk" }], body: `CPR ${METTE}` }), randers, { today, salt });
    const f = finding(verdict, "lookalike") as RecipientFinding;
    expect(f.confirmable).toBe(false);
    expect(f.assessment.lookalike).toMatchObject({ imitates: "randers.dk", suggestion: "sagsbehandler@randers.dk", severity: "block" });
    expect(finding(verdict, "cpr-external").recipients.map((r) => r.address)).toEqual(["sagsbehandler@anders.dk"]);
  });

  test("a CPR number only in the quoted thread is marked quotedOnly; a new one in the reply is not", () => {
    const quotedOnly = analyzeMessage(
      mail({ to: [{ address: "b@gmail.com" }], body: `Svar\n\n-----Oprindelig meddelelse-----\nMit CPR er ${METTE}` }),
      randers,
      { today, salt },
    );
    expect(finding(quotedOnly, "cpr-external").quotedOnly).toBe(true);
    expect(finding(quotedOnly, "cpr-external").cprs[0]!.quoted).toBe(true);

    const both = analyzeMessage(
      mail({ to: [{ address: "b@gmail.com" }], body: `Vedr. ${JONAS}\n> Mit CPR er ${METTE}` }),
      randers,
      { today, salt },
    );
    expect(finding(both, "cpr-external").quotedOnly).toBe(false);
    expect(finding(both, "cpr-external").cprs.map((c) => c.quoted)).toEqual([false, true]);
  });

  test("an Outlook on the web reply in HTML: the citizen's number below the reply header is quoted only", () => {
    const html =
      "<div>Kære Mette</div><div>Vi har modtaget din ansøgning.</div>" +
      '<hr tabindex="-1"><div id="divRplyFwdMsg"><b>From:</b> Mette Borger &lt;mette.borger@gmail.com&gt;<br><b>Sent:</b> 3. november 2026 10:12</div>' +
      `<div>Mit CPR&nbsp;er ${METTE}</div>`;
    const verdict = analyzeMessage(mail({ to: [{ address: "mette.borger@gmail.com" }], body: htmlToText(html) }), randers, { today, salt });
    expect(rules(verdict)).toEqual(["cpr-external:confirm"]);
    expect(finding(verdict, "cpr-external").quotedOnly).toBe(true);
  });

  test("attachment numbers say which attachment", () => {
    const verdict = analyzeMessage(
      mail({ to: [{ address: "b@gmail.com" }], attachments: [{ name: "liste.xlsx", text: `Navn\tCPR\nA\t${METTE}` }] }),
      randers,
      { today, salt },
    );
    expect(finding(verdict, "cpr-external").cprs[0]!.location).toEqual({ part: "attachment", name: "liste.xlsx" });
  });

  test("a CPR number in an attachment's file name is found, and the name leaves the core masked", () => {
    // Classic Outlook names a saved mail after its subject: "Sag 010203-1148.msg".
    const verdict = analyzeMessage(
      mail({ to: [{ address: "b@gmail.com" }], attachments: [{ name: `Sag ${METTE}.msg`, unreadable: "too-large" }] }),
      randers,
      { today, salt },
    );
    expect(rules(verdict)).toEqual(["cpr-external:confirm", "attachment-unchecked:confirm"]);
    expect(finding(verdict, "cpr-external").cprs[0]!.location).toEqual({ part: "attachment", name: "Sag 010203-XXXX.msg", where: "name" });
    expect(finding(verdict, "attachment-unchecked").attachment).toBe("Sag 010203-XXXX.msg");
    expect(JSON.stringify(verdict)).not.toContain(METTE.replace("-", ""));
    expect(JSON.stringify(verdict)).not.toContain(METTE);
  });

  test("a sheet named by a citizen's number is found, and its place leaves the core masked", () => {
    // A workbook with one sheet per citizen: the extractor reads each sheet's name first.
    const text = `${METTE}\nNavn\tMette\n`;
    const verdict = analyzeMessage(
      mail({ to: [{ address: "b@gmail.com" }], attachments: [{ name: "borgere.xlsx", text, parts: [{ where: `sheet:${METTE}`, start: 0, end: text.length }] }] }),
      randers,
      { today, salt },
    );
    expect(finding(verdict, "cpr-external").cprs[0]!.location).toEqual({ part: "attachment", name: "borgere.xlsx", where: "sheet:010203-XXXX" });
    expect(JSON.stringify(verdict)).not.toContain(METTE.replace("-", ""));
    expect(JSON.stringify(verdict)).not.toContain(METTE);
  });

  test("a partly read attachment's name is scanned once", () => {
    const verdict = analyzeMessage(
      mail({ to: [{ address: "b@gmail.com" }], attachments: [{ name: `${METTE}.xlsx`, text: "Navn" }, { name: `${METTE}.xlsx`, unreadable: "time-budget" }] }),
      randers,
      { today, salt },
    );
    expect(finding(verdict, "cpr-external").cprs).toHaveLength(1);
  });

  test("an unreadable attachment to a colleague says why, as a notice that never stops the mail", () => {
    const verdict = analyzeMessage(mail({ to: [{ address: "kollega@randers.dk" }], attachments: [{ name: "scan.pdf", unreadable: "too-large" }, { name: "x.bin" }] }), randers, { today, salt });
    expect(verdict.action).toBe("allow");
    expect(verdict.findings).toEqual([
      { rule: "attachment-unchecked", severity: "notice", confirmable: false, attachment: "scan.pdf", reason: "too-large" },
      { rule: "attachment-unchecked", severity: "notice", confirmable: false, attachment: "x.bin", reason: "unreadable" },
    ]);
  });

  test("an unreadable attachment going outside stops the mail for a confirmation; a picture stays a notice", () => {
    const verdict = analyzeMessage(
      mail({ to: [{ address: "b@gmail.com" }], attachments: [{ name: "scan.pdf", unreadable: "pdf-no-text" }, { name: "foto.jpg", unreadable: "image" }] }),
      randers,
      { today, salt },
    );
    expect(verdict.action).toBe("confirm");
    expect(verdict.findings).toEqual([
      { rule: "attachment-unchecked", severity: "confirm", confirmable: true, attachment: "scan.pdf", reason: "pdf-no-text" },
      { rule: "attachment-unchecked", severity: "notice", confirmable: false, attachment: "foto.jpg", reason: "image" },
    ]);
  });

  test("where the policy does not let the caseworker confirm it, an unread attachment going outside must be dealt with", () => {
    const strict = { ...randers, confirmation: { ...randers.confirmation, allowed: randers.confirmation.allowed.filter((r) => r !== "attachment-unchecked") } };
    const verdict = analyzeMessage(mail({ to: [{ address: "b@gmail.com" }], attachments: [{ name: "scan.pdf", unreadable: "encrypted" }] }), strict, { today, salt });
    expect(verdict.action).toBe("block");
    expect(rules(verdict)).toEqual(["attachment-unchecked:block"]);
  });

  test("the gateway address's digits never appear in a finding", () => {
    const verdict = analyzeMessage(mail({ to: [gateway(METTE)], subject: `Sag ${METTE}` }), randers, { today, salt });
    const f = finding(verdict, "cpr-subject") as CprFinding;
    expect(f.recipients).toEqual([{ field: "to", address: "010203-XXXX@randers.mitdk.digital-post.dk", kind: "digital-post" }]);
  });

  test("policy exemption dates are added to the CPR office's list, not instead of it", () => {
    // 1 January 1996 is not on the office's list; modulus 11 fails for this synthetic number.
    const exempt1996 = "010196-1235";
    const exempt1960 = "010160-1235";
    const message = mail({ to: [{ address: "b@gmail.com" }], body: `Nr. ${exempt1996} og ${exempt1960}` });
    const before = analyzeMessage(message, randers, { today, salt });
    expect(finding(before, "cpr-external").cprs.map((c) => c.masked)).toEqual(["010160-XXXX"]);
    const extended = { ...randers, cpr: { extraExemptDates: ["1996-01-01"] } };
    const after = analyzeMessage(message, extended, { today, salt });
    expect(finding(after, "cpr-external").cprs.map((c) => [c.masked, c.evidence])).toEqual([
      ["010196-XXXX", "exempt-date"],
      ["010160-XXXX", "exempt-date"],
    ]);
  });

  test("substitute numbers (day + 60) count only when the policy says so", () => {
    // 61 January 1903 = substitute number for 1 January 1903; synthetic.
    const message = mail({ to: [{ address: "b@gmail.com" }], body: "CPR: 610103-1234 (erstatningsnummer)" });
    expect(analyzeMessage(message, randers, { today, salt }).findings).toEqual([]);
    const withSubstitutes = { ...randers, cpr: { ...randers.cpr, substituteNumbers: true } };
    expect(rules(analyzeMessage(message, withSubstitutes, { today, salt }))).toEqual(["cpr-external:confirm"]);
  });

  test("a confirm-severity finding the policy does not let anyone confirm blocks", () => {
    const noConfirm = { ...randers, confirmation: { ...randers.confirmation, allowed: [] } };
    const verdict = analyzeMessage(mail({ to: [{ address: "x" }] }), noConfirm, { today, salt });
    expect(rules(verdict)).toEqual(["invalid-recipient:block"]);
    expect(verdict.action).toBe("block");
  });

  test("findings are sorted block, confirm, notice", () => {
    const verdict = analyzeMessage(
      mail({
        to: [{ address: "kollega@randers.dk" }, { address: "a@anders.dk" }],
        cc: [{ address: "ugyldig" }],
        body: "Hej",
        attachments: [{ name: "foto.jpg", unreadable: "image" }],
      }),
      randers,
      { today, salt },
    );
    const ranks = verdict.findings.map((f) => ({ block: 0, confirm: 1, notice: 2 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort());
    expect(rules(verdict)).toEqual(["lookalike:block", "invalid-recipient:confirm", "attachment-unchecked:notice"]);
  });

  test("duplicate recipients in one field count once", () => {
    const verdict = analyzeMessage(mail({ to: [{ address: "a@anders.dk" }, { address: "A@Anders.dk" }] }), randers, { today, salt });
    expect(rules(verdict)).toEqual(["lookalike:block"]);
  });

  test("odd input never throws: missing lists, non-string body, a 2 MB body", () => {
    const odd = { to: undefined, cc: [null], bcc: [{ address: 5 }], subject: undefined, body: 42 } as unknown as Message;
    expect(analyzeMessage(odd, randers, { today }).action).toBe("allow");
    const big = analyzeMessage(mail({ to: [{ address: "b@gmail.com" }], body: `${"Lorem ipsum 12345678 ".repeat(100_000)}CPR ${METTE}` }), randers, { today, salt });
    expect(finding(big, "cpr-external").cprs).toHaveLength(1);
  });
});

describe("analyzeMessage: fingerprint properties", () => {
  const addressArb = fc
    .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,10}$/), fc.constantFrom("randers.dk", "gmail.com", "aarhus.dk", "anders.dk", "firma.dk"))
    .map(([local, domain]) => `${local}@${domain}`);
  const messageArb = fc.record({
    to: fc.array(addressArb.map((address) => ({ address })), { minLength: 1, maxLength: 4 }),
    cc: fc.array(addressArb.map((address) => ({ address })), { maxLength: 2 }),
    cprs: fc.array(cprArb(new Date(2026, 0, 1)), { minLength: 1, maxLength: 3 }),
    inSubject: fc.boolean(),
  });
  const build = (m: { to: { address: string }[]; cc: { address: string }[]; cprs: { digits: string }[]; inSubject: boolean }): Message =>
    mail({
      to: m.to,
      cc: m.cc,
      subject: m.inSubject ? `Sag ${m.cprs[0]!.digits.slice(0, 6)}-${m.cprs[0]!.digits.slice(6)}` : "Sag",
      body: m.cprs.map((c) => `CPR: ${c.digits.slice(0, 6)}-${c.digits.slice(6)}`).join("\n"),
    });

  test("deterministic for the same message, policy and salt", () => {
    fc.assert(
      fc.property(messageArb, fc.string(), (m, s) => {
        expect(analyzeMessage(build(m), randers, { today, salt: s }).fingerprint).toBe(analyzeMessage(build(m), randers, { today, salt: s }).fingerprint);
      }),
      { numRuns: 40 },
    );
  });

  test("changes when a recipient changes or is added", () => {
    fc.assert(
      fc.property(messageArb, addressArb, (m, extra) => {
        const message = build(m);
        const before = analyzeMessage(message, randers, { today, salt }).fingerprint;
        const changed = { ...message, to: [{ address: `x${message.to[0]!.address}` }, ...message.to.slice(1)] };
        expect(analyzeMessage(changed, randers, { today, salt }).fingerprint).not.toBe(before);
        const added = { ...message, bcc: [{ address: extra }] };
        expect(analyzeMessage(added, randers, { today, salt }).fingerprint).not.toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  test("changes when another CPR number is in the mail, stays when only the wording changes", () => {
    fc.assert(
      fc.property(messageArb, cprArb(new Date(2026, 0, 1)), (m, other) => {
        const message = { ...build(m), to: [{ address: "b@gmail.com" }] };
        const before = analyzeMessage(message, randers, { today, salt }).fingerprint;
        const reworded = { ...message, body: `Kære borger\n${message.body}\nMed venlig hilsen` };
        expect(analyzeMessage(reworded, randers, { today, salt }).fingerprint).toBe(before);
        fc.pre(!m.cprs.some((c) => c.digits === other.digits));
        const more = { ...message, body: `${message.body}\nCPR: ${other.digits}` };
        expect(analyzeMessage(more, randers, { today, salt }).fingerprint).not.toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  test("another salt gives another fingerprint and other CPR hashes", () => {
    const message = mail({ to: [{ address: "b@gmail.com" }], body: `CPR ${METTE}` });
    const a = analyzeMessage(message, randers, { today, salt: "a" });
    const b = analyzeMessage(message, randers, { today, salt: "b" });
    expect(a.fingerprint).not.toBe(b.fingerprint);
    expect(finding(a, "cpr-external").cprs[0]!.hash).not.toBe(finding(b, "cpr-external").cprs[0]!.hash);
  });

  test("neither the fingerprint nor anything else in the verdict contains the ten digits", () => {
    fc.assert(
      fc.property(messageArb, fc.string(), (m, s) => {
        const message = { ...build(m), to: [...m.to, { address: `${m.cprs[0]!.digits}@randers.mitdk.digital-post.dk` }] };
        const verdict = analyzeMessage(message, randers, { today, salt: s });
        const json = JSON.stringify(verdict);
        for (const c of m.cprs) {
          expect(verdict.fingerprint).not.toContain(c.digits);
          expect(json).not.toContain(c.digits);
          expect(json).not.toContain(`${c.digits.slice(0, 6)}-${c.digits.slice(6)}`);
        }
      }),
      { numRuns: 60 },
    );
  });
});
