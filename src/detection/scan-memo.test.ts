// The memo behind re-checks: same text and options → the finder's own answer; other options or
// another text → scanned again. Counted through a wrapped finder, never timed.
import * as cpr from "./cpr";
import { clearScanMemo, scanCprs } from "./scan-memo";

jest.mock("./cpr", () => {
  const actual = jest.requireActual<typeof import("./cpr")>("./cpr");
  return { ...actual, findCprSpans: jest.fn(actual.findCprSpans) };
});
const finder = cpr.findCprSpans as jest.MockedFunction<typeof cpr.findCprSpans>;

// 010203-1008 and 150788-1005 are synthetic numbers (modulus 11 holds); 2 of each per block.
const block = "Borger 010203-1008 og 150788-1005; igen 0102031008 og 150788 1005.\n";
const big = block.repeat(2000);

beforeEach(() => {
  clearScanMemo();
  finder.mockClear();
});

test("a large text scanned twice with the same options is scanned once, with the same matches", () => {
  const today = new Date(2026, 0, 1);
  const first = scanCprs(big, { today });
  const again = scanCprs(big.slice(0), { today: new Date(2026, 0, 1) });
  expect(finder).toHaveBeenCalledTimes(1);
  expect(again.matches()).toEqual(first.matches());
  expect(first).toHaveLength(8000);
  expect(first.matches()).toEqual(jest.requireActual<typeof import("./cpr")>("./cpr").findCprNumbers(big, { today }));
});

test("other options or another text are scanned again", () => {
  scanCprs(big, { today: new Date(2026, 0, 1) });
  // Before 15 July 1988 the second number's birth date lies in the future: fewer matches.
  expect(scanCprs(big, { today: new Date(1988, 0, 1) })).toHaveLength(4000);
  scanCprs(big.replace("010203-1008", "010203-1009"), { today: new Date(2026, 0, 1) });
  expect(finder).toHaveBeenCalledTimes(3);
});

test("small texts are not kept", () => {
  scanCprs(block, {});
  scanCprs(block, {});
  expect(finder).toHaveBeenCalledTimes(2);
});
