import { createHash, randomBytes } from "crypto";
import { sha256, sha384, sha512 } from "./sha2";

test.each([
  ["sha256", sha256],
  ["sha384", sha384],
  ["sha512", sha512],
] as const)("%s matches Node around block boundaries", (name, fn) => {
  for (const n of [0, 1, 55, 56, 63, 64, 111, 112, 127, 128, 129, 1000, 4096]) {
    const data = randomBytes(n);
    expect(Buffer.from(fn(data)).toString("hex")).toBe(createHash(name).update(data).digest("hex"));
  }
});
