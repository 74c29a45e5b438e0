import { XMLParser } from "fast-xml-parser";
import { findCprNumbers } from "../../../src/detection";
import { run } from "../../../src/cli/main";
import { EXCHANGE_LIMITS } from "../../../src/cli/backstop/limits";
import { CPR_MAIL_FLOW_PATTERN, STAMP_HEAD_PATTERN, compileForJavaScript, subsetProblems } from "../../../src/cli/backstop/mail-flow-regex";
import { loadDevCorpus, scorePattern } from "../../../src/cli/backstop/pattern-score";
import { psQuote } from "../../../src/cli/backstop/powershell";
import { NEW_TRANSPORT_RULE_PARAMETERS, SET_TRANSPORT_RULE_PARAMETERS } from "../../../src/cli/backstop/transport-rule-parameters";
import { sendAuditStamp, paneAuditStamp } from "../../../src/outlook/audit-stamp";
import { captureIo } from "../helpers/io";
import { syntheticCpr } from "../helpers/cpr";
import { POLICY } from "../helpers/sent-items";
import { tempTree } from "../helpers/tmp";

async function backstop(args: string[], policy: object = POLICY) {
  const tree = tempTree({ "policy.json": JSON.stringify(policy) });
  const io = captureIo();
  try {
    const code = await run(["backstop", "--policy", tree.path("policy.json"), ...args], io);
    return { code, out: io.out(), err: io.err() };
  } finally {
    tree.cleanup();
  }
}

/** The parameter names a generated script passes: hashtable keys and -Switches on the cmdlets. */
function emittedParameters(script: string): { splatted: Set<string>; direct: Set<string> } {
  const splatted = new Set<string>();
  for (const m of script.matchAll(/^\s+([A-Za-z]+) = /gm)) splatted.add(m[1] as string);
  for (const m of script.matchAll(/@\{ ([^}]+) \}/g)) for (const k of (m[1] as string).matchAll(/([A-Za-z]+) = /g)) splatted.add(k[1] as string);
  const direct = new Set<string>();
  for (const line of script.split("\n").filter((l) => /(New|Set)-TransportRule /.test(l))) {
    for (const m of line.matchAll(/ -([A-Za-z]+)/g)) direct.add(m[1] as string);
  }
  return { splatted, direct };
}

describe("sendevagt backstop: the PowerShell script", () => {
  test.each(["audit", "moderate", "reject"])("mode %s: every parameter exists in New- and Set-TransportRule", async (mode) => {
    const { code, out } = await backstop(["--dpo", "dpo@randers.dk", "--mode", mode, "--strip-stamp"]);
    expect(code).toBe(0);
    const { splatted, direct } = emittedParameters(out);
    expect(splatted.size).toBeGreaterThan(10);
    for (const name of splatted) {
      expect(NEW_TRANSPORT_RULE_PARAMETERS).toContain(name);
      expect(SET_TRANSPORT_RULE_PARAMETERS).toContain(name);
    }
    expect([...direct].sort()).toEqual(["Identity", "Name", "Priority"]);
    expect(SET_TRANSPORT_RULE_PARAMETERS).toContain("Identity");
    expect(NEW_TRANSPORT_RULE_PARAMETERS).toContain("Name");
  });

  test("rules come in order: inbound strip, five backstop rules, egress strip", async () => {
    const { out } = await backstop(["--dpo", "dpo@randers.dk", "--strip-stamp"]);
    const names = [...out.matchAll(/^Set-SendevagtRule -Name '([^']+)' -Priority (\d+)/gm)].map((m) => [m[1], Number(m[2])]);
    expect(names.map(([, p]) => p)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(names[0]?.[0]).toMatch(/indgående/);
    expect(names[6]?.[0]).toMatch(/udgående/);
    for (const [name] of names) expect(String(name).length).toBeLessThanOrEqual(EXCHANGE_LIMITS.nameChars);
    const without = await backstop(["--dpo", "dpo@randers.dk"]);
    expect(without.out).not.toMatch(/udgående/);
  });

  test("audit mode delivers (Mode Audit), moderate holds for the DPO, reject has the bilingual NDR", async () => {
    const audit = (await backstop(["--dpo", "dpo@randers.dk"])).out;
    expect(audit.match(/Mode = 'Audit'/g)).toHaveLength(5);
    expect(audit).not.toMatch(/ModerateMessageByUser = @|RejectMessageReasonText = '/);
    const moderate = (await backstop(["--dpo", "dpo@randers.dk", "--mode", "moderate"])).out;
    expect(moderate.match(/ModerateMessageByUser = @\('dpo@randers.dk'\)/g)).toHaveLength(5);
    expect(moderate.match(/Mode = 'Enforce'/g)).toHaveLength(5);
    const reject = (await backstop(["--dpo", "dpo@randers.dk", "--mode", "reject"])).out;
    const text = reject.match(/RejectMessageReasonText = '([^\n]*)'/)?.[1] ?? "";
    expect(text).toMatch(/^Mailen er ikke sendt.*The mail was not sent/);
    expect(text.length).toBeLessThanOrEqual(EXCHANGE_LIMITS.rejectTextChars);
    // Switching mode on a re-run clears the other mode's action.
    expect(reject).toMatch(/-ClearOnUpdate @\{ ModerateMessageByUser = \$null \}/);
  });

  test("every rule defers on error; incident reports never carry the match, the mail or the subject", async () => {
    const { out } = await backstop(["--dpo", "dpo@randers.dk", "--strip-stamp"]);
    expect(out.match(/RuleErrorAction = 'Defer'/g)).toHaveLength(7);
    const contents = [...out.matchAll(/IncidentReportContent = @\(([^)]*)\)/g)].map((m) => m[1] as string);
    expect(contents).toHaveLength(5);
    for (const c of contents) {
      expect(c).not.toMatch(/IdMatch|AttachOriginalMail|Subject/);
      expect(c).toMatch(/'Sender'.*'Recipients'.*'Severity'.*'RuleDetections'/);
    }
  });

  test("trusted and Digital Post gateway domains are exempt; the stamp exemption uses the stamp head", async () => {
    const { out } = await backstop(["--dpo", "dpo@randers.dk"]);
    expect(out.match(/ExceptIfRecipientDomainIs = @\('aarhus.dk', 'mitdk.digital-post.dk'\)/g)).toHaveLength(5);
    expect(out).toContain(`ExceptIfHeaderMatchesPatterns = @(${psQuote(STAMP_HEAD_PATTERN)})`);
    expect(out.match(/AttachmentIsUnsupported = \$true|AttachmentProcessingLimitExceeded = \$true|AttachmentIsPasswordProtected = \$true/g)).toHaveLength(3);
  });

  test("a policy name with quotes cannot break out of its single-quoted string", async () => {
    const hostile = { ...POLICY, organization: { name: "Evil' ; Remove-TransportRule -Identity * ; '", domains: ["randers.dk"] } };
    const { code, out } = await backstop(["--dpo", "dpo@randers.dk", "--mode", "reject"], hostile);
    expect(code).toBe(0);
    // Strip every well-formed single-quoted literal: no code may remain where the name stood.
    const outsideStrings = out.replace(/'(?:[^']|'')*'/g, "''").split("\n").filter((l) => !l.startsWith("#"));
    expect(outsideStrings.join("\n")).not.toMatch(/Remove-TransportRule/);
    expect(psQuote("a'b")).toBe("'a''b'");
  });

  test("refuses with the limit named when a rule would exceed 8 KB", async () => {
    const many = { ...POLICY, trustedDomains: Array.from({ length: 600 }, (_, i) => ({ domain: `partner${i}.example.dk`, name: `P${i}` })) };
    const { code, out, err } = await backstop(["--dpo", "dpo@randers.dk"], many);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/8 KB/);
    expect(err).toMatch(/Exchange Online ville afvise/);
  });

  test("usage errors: no policy, no DPO, unknown mode or format", async () => {
    const io = captureIo();
    expect(await run(["backstop", "--dpo", "d@x.dk"], io)).toBe(2);
    expect(io.err()).toMatch(/--policy/);
    expect((await backstop([])).err).toMatch(/--dpo/);
    expect((await backstop(["--dpo", "d@x.dk", "--mode", "block"])).err).toMatch(/audit, moderate eller reject/);
    expect((await backstop(["--dpo", "d@x.dk", "--format", "yaml"])).err).toMatch(/powershell, dsc eller purview-sit/);
    expect((await backstop(["--dpo", "not an address"])).code).toBe(2);
  });

  test("the stderr summary prints recall and precision of the pattern on the dev corpus", async () => {
    const { err } = await backstop(["--dpo", "dpo@randers.dk", "--lang", "en"]);
    expect(err).toMatch(/recall 100%, precision \d+(\.\d)?%/);
    expect(err).toMatch(/Regular expressions: \d+ of 20480 characters/);
  });

  test("--out writes the script with a UTF-8 byte-order mark for Windows PowerShell", async () => {
    const tree = tempTree({ "policy.json": JSON.stringify(POLICY) });
    const io = captureIo();
    await run(["backstop", "--policy", tree.path("policy.json"), "--dpo", "d@randers.dk", "--out", tree.path("b.ps1")], io);
    const bytes = require("node:fs").readFileSync(tree.path("b.ps1"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(io.out()).toBe("");
    tree.cleanup();
  });
});

describe("the CPR pattern for mail flow rules", () => {
  test("uses only the documented subset and compiles in JavaScript", () => {
    expect(subsetProblems(CPR_MAIL_FLOW_PATTERN)).toEqual([]);
    expect(subsetProblems(STAMP_HEAD_PATTERN)).toEqual([]);
    expect(() => compileForJavaScript(CPR_MAIL_FLOW_PATTERN)).not.toThrow();
    expect(CPR_MAIL_FLOW_PATTERN.length).toBeLessThan(EXCHANGE_LIMITS.regexCharsAllRules / 10);
  });

  test.each([
    ["[0-9]", "operator ["],
    ["\\d{6}", "operator {"],
    ["\\d+", "operator +"],
    ["a?", "operator ?"],
    ["(?=x)", "group modifier (?"],
    ["a.b", "operator ."],
    ["\\b", "escape \\b"],
    ["(a|)", "empty alternative"],
    ["(a", "unbalanced ("],
  ])("the subset check rejects %s", (pattern, what) => {
    expect(subsetProblems(pattern).map((p) => p.what)).toContain(what);
  });

  const SEPARATORS = ["", "-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", " ", "\u00a0", "\u202f", "\t", "/", ".", " - ", " \u2013 "];
  test.each(SEPARATORS.map((s) => [JSON.stringify(s), s]))("matches with the finder's separator %s", (_label, sep) => {
    const digits = syntheticCpr("150385").replace("-", "");
    const text = `Borger ${digits.slice(0, 6)}${sep}${digits.slice(6)} i sagen`;
    expect(compileForJavaScript(CPR_MAIL_FLOW_PATTERN, "").test(text)).toBe(true);
    // The add-in's finder agrees that this is a number, so the pattern is no looser in shape.
    expect(findCprNumbers(text)).toHaveLength(1);
  });

  test.each([
    ["day 32", "3203851234"],
    ["day 00", "0003851234"],
    ["month 13", "1513851234"],
    ["glued digit before", "91503851234"],
    ["glued digit after", "15038512349"],
    ["two separators", "150385--1234"],
  ])("does not match: %s", (_what, text) => {
    expect(compileForJavaScript(CPR_MAIL_FLOW_PATTERN, "").test(`x ${text} y`)).toBe(false);
  });

  test("scores at least 99 % recall on the CPR dev corpus (precision printed)", () => {
    const corpus = loadDevCorpus();
    expect(corpus).toBeDefined();
    const score = scorePattern(CPR_MAIL_FLOW_PATTERN, corpus ?? []);
    expect(score.labelled).toBeGreaterThan(100);
    expect(score.recall).toBeGreaterThanOrEqual(0.99);
    expect(score.precision).toBeGreaterThan(0.5);
    // eslint-disable-next-line no-console
    console.log(`mail-flow CPR pattern on cpr-dev: recall ${score.recall.toFixed(3)}, precision ${score.precision.toFixed(3)} (${score.truePositives}/${score.matched})`);
  });

  test("the stamp head matches what the send handler writes, not the pane's record or a block", () => {
    const pattern = new RegExp(STAMP_HEAD_PATTERN, "i");
    expect(pattern.test(sendAuditStamp(undefined, { result: "allow", addinVersion: "0.1.0", policyVersion: "2026-11-01" }))).toBe(true);
    expect(pattern.test(sendAuditStamp("v=1; decision=confirmed", { result: "confirmed", addinVersion: "1.2.3", policyVersion: "p" }))).toBe(true);
    const pane = paneAuditStamp({ caught: { action: "block", findings: [], fingerprint: "x" }, decisions: ["confirmed"], policyVersion: "p" });
    expect(pattern.test(pane)).toBe(false);
    expect(pattern.test("sendevagt 0.1.0; result=blocked; policy=p")).toBe(false);
    expect(pattern.test("x sendevagt 0.1.0; result=allow;")).toBe(false);
  });
});

describe("sendevagt backstop --format dsc and purview-sit", () => {
  test("DSC: one EXOTransportRule per rule, parameters from the cmdlet reference", async () => {
    const { code, out } = await backstop(["--dpo", "dpo@randers.dk", "--format", "dsc", "--strip-stamp"]);
    expect(code).toBe(0);
    expect(out.match(/EXOTransportRule '/g)).toHaveLength(7);
    expect(out).toContain("Import-DscResource -ModuleName 'Microsoft365DSC'");
    const keys = new Set([...out.matchAll(/^ {12}([A-Za-z]+) = /gm)].map((m) => m[1] as string));
    const resourceOnly = ["Ensure", "ApplicationId", "TenantId", "CertificateThumbprint"];
    for (const key of keys) if (!resourceOnly.includes(key)) expect(NEW_TRANSPORT_RULE_PARAMETERS).toContain(key);
  });

  test("Purview: well-formed rule package with mod-11, date validator, exempt dates, keywords; stable ids", async () => {
    const first = await backstop(["--format", "purview-sit"]);
    expect(first.code).toBe(0);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(first.out);
    const rules = doc.RulePackage.Rules;
    expect(rules.Validators[0].Validator.Param[0]["#text"]).toBe("4, 3, 2, 7, 6, 5, 4, 3, 2, 1");
    expect(rules.Validators[1].Validator["@_type"]).toBe("DateSimple");
    expect(first.out).toMatch(/010160\|010162/);
    expect(rules.Keyword.Group.Term).toContain("personnummer");
    const second = await backstop(["--format", "purview-sit"]);
    expect(second.out).toBe(first.out);
    expect(first.err).toMatch(/århundredetabellen/);
  });

  test("no output of any format contains CPR digits", async () => {
    for (const args of [["--dpo", "d@randers.dk", "--mode", "reject", "--strip-stamp"], ["--dpo", "d@randers.dk", "--format", "dsc"], ["--format", "purview-sit"]]) {
      const { out, err } = await backstop(args);
      expect(findCprNumbers(out)).toEqual([]);
      expect(findCprNumbers(err)).toEqual([]);
    }
  });
});
