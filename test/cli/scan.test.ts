import { scanMails } from "../../src/cli/scan";
import type { Policy } from "../../src/policy/types";
import type { UnreadableError } from "../../src/cli/unreadable";
import { buildEml } from "./helpers/eml";
import { tempTree } from "./helpers/tmp";

describe("scanMails", () => {
  const tree = tempTree({
    "a.eml": buildEml({ from: "jens@randers.dk", to: ["b@randers.dk"], subject: "Hej", text: "Hej" }),
    "b.eml": buildEml({ from: "ole@aarhus.dk", to: ["c@aarhus.dk"], subject: "Hej", text: "Hej" }),
  });
  afterAll(() => tree.cleanup());

  it("gives each mail without --policy the zero-config policy of its own sender", async () => {
    const organisations: string[][] = [];
    await scanMails([tree.root], { maxBytes: 1e6, salt: "s" }, {
      mail: (_path, _verdict, policy) => organisations.push(policy.organization.domains),
      unreadable: () => undefined,
    });
    expect(organisations).toEqual([["randers.dk"], ["aarhus.dk"]]);
  });

  it("reports a mail the core cannot judge and goes on with the next", async () => {
    const broken = { organization: null } as unknown as Policy; // makes analyzeMessage throw
    const failed: UnreadableError[] = [];
    let ticks = 0;
    await scanMails(
      [tree.root],
      { policy: broken, maxBytes: 1e6, salt: "s", readAttachments: () => [], progress: { tick: () => void ticks++, done: () => undefined } },
      { mail: () => undefined, unreadable: (_path, error) => failed.push(error) },
    );
    expect(failed.map((error) => error.code)).toEqual(["check-failed", "check-failed"]);
    expect(ticks).toBe(2);
  });
});
