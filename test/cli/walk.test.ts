import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { countInputs, walkInputs, type WalkItem } from "../../src/cli/walk";
import { tempTree } from "./helpers/tmp";

async function collect(inputs: string[]): Promise<WalkItem[]> {
  const out: WalkItem[] = [];
  for await (const item of walkInputs(inputs)) out.push(item);
  return out;
}

describe("walkInputs", () => {
  const tree = tempTree({
    "b.eml": "x",
    "a.msg": "x",
    "notes.docx": "x",
    ".hidden.eml": "x",
    "sub/c.TXT": "x",
    "sub/deeper/d.eml": "x",
  });
  afterAll(() => tree.cleanup());

  it("yields mail files in a stable order, recursing into folders and skipping others", async () => {
    const items = await collect([tree.root]);
    expect(items.map((item) => item.path.slice(tree.root.length + 1))).toEqual(["a.msg", "b.eml", "sub/c.TXT", "sub/deeper/d.eml"]);
    expect(items.every((item) => !("error" in item))).toBe(true);
  });

  it("tries a file named explicitly even with another extension, and names a missing path", async () => {
    const items = await collect([tree.path("notes.docx"), tree.path("missing.eml")]);
    expect(items[0]).toEqual({ path: tree.path("notes.docx") });
    expect(items[1]?.path).toBe(tree.path("missing.eml"));
    expect("error" in (items[1] as WalkItem) && (items[1] as { error: { code: string } }).error.code).toBe("not-found");
  });

  it("does not follow a link back up the tree", async () => {
    const looped = tempTree({ "m.eml": "x" });
    symlinkSync(looped.root, join(looped.root, "loop"));
    expect((await collect([looped.root])).map((i) => i.path)).toEqual([looped.path("m.eml")]);
    looped.cleanup();
  });

  it("counts what the walk yields", async () => {
    expect(await countInputs([tree.root, tree.path("missing.eml")])).toBe(5);
  });
});
