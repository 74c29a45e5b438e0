// FlateDecode through the per-file scratch buffer must give exactly what fflate's own inflate gives,
// whatever the stream's size, and fail where it fails.
import { randomBytes } from "crypto";
import { unzlibSync, zlibSync } from "fflate";
import { Budget } from "../context";
import { StreamInflater } from "./inflate";

const text = (n: number) => Uint8Array.from({ length: n }, (_x, i) => 32 + ((i * 7919) % 95));

test("streams small and large, compressible and not, come out as fflate inflates them", () => {
  const budget = new Budget();
  const inflater = new StreamInflater(budget);
  // growing sizes make the scratch buffer grow; a tiny stream after a big one reuses it
  const inputs = [text(10), text(70000), new Uint8Array(3_000_000), randomBytes(200000), text(5)];
  let total = 0;
  for (const plain of inputs) {
    const z = zlibSync(plain);
    const out = inflater.inflateZlib(z)!;
    expect(Buffer.from(out).equals(Buffer.from(unzlibSync(z)))).toBe(true);
    total += out.length;
  }
  expect(budget.expanded).toBe(total);
});

test("with a newline the data is followed by one, and only the data counts against the allowance", () => {
  const budget = new Budget();
  const out = new StreamInflater(budget).inflateZlib(zlibSync(text(1000)), true)!;
  expect(out.length).toBe(1001);
  expect(out[1000]).toBe(10);
  expect(Buffer.from(out.subarray(0, 1000)).equals(Buffer.from(text(1000)))).toBe(true);
  expect(budget.expanded).toBe(1000);
});

test("broken or cut-off data is undefined, not a partial stream", () => {
  const inflater = new StreamInflater(new Budget());
  const z = zlibSync(text(50000));
  expect(inflater.inflateZlib(z.subarray(0, z.length >> 1))).toBeUndefined();
  const bad = z.slice();
  bad[2] = 0xff; // an invalid block type
  expect(inflater.inflateZlib(bad)).toBeUndefined();
});

test("a stream that could outgrow the allowance goes through the capped inflate and stops there", () => {
  const z = zlibSync(new Uint8Array(2_000_000));
  const small = new StreamInflater(new Budget({ maxExpandedBytes: 1_000_000 }));
  expect(() => small.inflateZlib(z)).toThrow(expect.objectContaining({ reason: "zip-bomb" }));
  const roomy = new StreamInflater(new Budget({ maxExpandedBytes: 1_000_000_000 }));
  expect(roomy.inflateZlib(z)!.length).toBe(2_000_000);
});
