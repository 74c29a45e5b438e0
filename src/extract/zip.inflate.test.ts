// inflateCapped inflates a stream of at most one step (16 KB) in one go; whatever the stream and
// whatever size its header declares, the answer must be the stepwise inflate's: the same bytes,
// or the same reason it cannot be read.
import fc from "fast-check";
import { deflateSync } from "fflate";
import { Budget, Stop } from "./context";
import { inflateCapped, inflateStepwise } from "./zip";

type Outcome = { length: number; digest: number } | { stop: string } | { threw: string };

/** The bytes' length and an FNV-1a digest: exact enough to tell outputs apart, cheap to compare. */
function summary(bytes: Uint8Array): { length: number; digest: number } {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193) >>> 0;
  return { length: bytes.length, digest: h };
}

function outcome(run: (budget: Budget) => Uint8Array): Outcome {
  try {
    return summary(run(new Budget({ timeBudgetMs: 60000 })));
  } catch (err) {
    return err instanceof Stop ? { stop: err.reason } : { threw: String(err) };
  }
}

function bothWays(data: Uint8Array, declared: number): [Outcome, Outcome] {
  return [outcome((b) => inflateCapped(data, declared, b)), outcome((b) => inflateStepwise(data, declared, b, "zip-bomb"))];
}

/** Text-like bytes (repeats compress well, as XML does) or noise, as stored or deflated blocks. */
const plain = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc.array(fc.constantFrom(..."<w:t>Borger 010203-1234</w:t>".split("").map((c) => c.charCodeAt(0))), { maxLength: 40000 }).map((a) => Uint8Array.from(a)),
);

test("honest, short, long and lying declared sizes: the same bytes or the same reason", () => {
  fc.assert(
    fc.property(plain, fc.integer({ min: 0, max: 9 }), fc.integer({ min: -5, max: 5 }), (raw, level, slack) => {
      const data = deflateSync(raw, { level: level as 0 });
      fc.pre(data.length <= 16384);
      for (const declared of [raw.length, Math.max(0, raw.length + slack), 0, raw.length * 2 + 1]) {
        const [fast, stepwise] = bothWays(data, declared);
        expect(fast).toEqual(stepwise);
      }
    }),
    { numRuns: 300 },
  );
});

test("broken streams (cut short, bits flipped, noise): the same bytes or the same reason", () => {
  fc.assert(
    fc.property(plain, fc.integer({ min: 0, max: 100 }), fc.nat(), (raw, cut, flip) => {
      const whole = deflateSync(raw);
      const data = Uint8Array.from(whole.subarray(0, Math.max(1, Math.floor((whole.length * (100 - cut)) / 100))));
      if (flip % 3 === 0) data[flip % data.length]! ^= 1 << (flip % 8);
      const [fast, stepwise] = bothWays(data, raw.length);
      expect(fast).toEqual(stepwise);
    }),
    { numRuns: 300 },
  );
});

test("a small stream that makes more than its header declares is a bomb either way", () => {
  const data = deflateSync(new Uint8Array(1_000_000).fill(0x41));
  expect(data.length).toBeLessThan(16384);
  expect(bothWays(data, 1000)).toEqual([{ stop: "zip-bomb" }, { stop: "zip-bomb" }]);
  expect(outcome((b) => inflateCapped(data, 1_000_000, b))).toEqual(summary(new Uint8Array(1_000_000).fill(0x41)));
});
