// No CPR digits in any output: every command run over the same generated mails (with CPR numbers
// in bodies, subjects, attachments, display names and file names) and its stdout, stderr and
// written files checked with the core's own finder.
import { readFileSync } from "node:fs";
import { run } from "../../src/cli/main";
import { findCprNumbers } from "../../src/detection";
import { captureIo } from "./helpers/io";
import { buildEml } from "./helpers/eml";
import { syntheticCpr } from "./helpers/cpr";
import { POLICY, seeded, sentMail, type SentClass } from "./helpers/sent-items";
import { tempTree } from "./helpers/tmp";

test("no command prints or writes a CPR number", async () => {
  const random = seeded(99);
  const classes: SentClass[] = ["stamped", "confirmed", "digital-post", "phone-cpr", "phone-clean", "internal", "pane-only", "scanner-cpr-dp"];
  const cpr = syntheticCpr("150385");
  const files: Record<string, string> = { "policy.json": JSON.stringify(POLICY) };
  classes.forEach((cls, i) => (files[`mails/${i}.eml`] = sentMail(cls, i, random).eml));
  files[`mails/sag ${cpr}.eml`] = buildEml({
    from: "sb@randers.dk",
    to: [`"Jens (${cpr})" <x@gmail.com>`],
    subject: `CPR ${cpr}`,
    text: `CPR-nr. ${cpr}`,
    attachments: [{ name: `${cpr}.txt`, mimeType: "text/plain", content: `Borger ${cpr}` }],
  });
  files[`mails/${cpr}.msg`] = "not a msg";
  const tree = tempTree(files);
  const p = tree.path;
  const runs: string[][] = [
    ["check", p("mails")],
    ["check", p("mails"), "--json", "--policy", p("policy.json")],
    ["report", p("mails"), "--html", p("r.html"), "--policy", p("policy.json")],
    ["report", p("mails"), "--json"],
    ["audit", p("mails"), "--policy", p("policy.json"), "--html", p("a.html")],
    ["audit", p("mails"), "--json"],
    ["backstop", "--policy", p("policy.json"), "--dpo", "dpo@randers.dk", "--mode", "reject", "--strip-stamp"],
    ["backstop", "--policy", p("policy.json"), "--format", "purview-sit"],
    ["policy", "validate", p("policy.json")],
  ];
  let printed = 0;
  for (const args of runs) {
    const io = captureIo();
    await run(args, io);
    const output = io.out() + io.err();
    printed += output.length;
    expect({ args: args[0], found: findCprNumbers(output).length }).toEqual({ args: args[0], found: 0 });
    expect(output).not.toContain(cpr.replace("-", ""));
  }
  const partial = captureIo();
  await run(["audit", p("mails"), "--json"], partial);
  const parts = tempTree({ "p.json": partial.out() });
  const merged = captureIo();
  await run(["merge", parts.path("p.json"), "--html", parts.path("m.html")], merged);
  for (const text of [merged.out(), merged.err(), readFileSync(p("r.html"), "utf8"), readFileSync(p("a.html"), "utf8"), readFileSync(parts.path("m.html"), "utf8")]) {
    expect(findCprNumbers(text)).toEqual([]);
  }
  // The check really did see the numbers (masked), so an empty output cannot pass this test.
  expect(printed).toBeGreaterThan(2000);
  tree.cleanup();
  parts.cleanup();
});
