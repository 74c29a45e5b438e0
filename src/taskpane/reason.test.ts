import { reasonProblem } from "./reason";

describe("reasonProblem", () => {
  test("a reason is required", () => {
    expect(reasonProblem("")).toBe("empty");
    expect(reasonProblem("   ")).toBe("empty");
  });
  test("a CPR number in any written form is refused, and so is any run of six digits or more", () => {
    for (const text of ["barn 070761-1006", "barn 0707611006", "barn 070761 1006", "konto 123456", "tlf 86123456"]) {
      expect(reasonProblem(text)).toBe("cpr");
    }
  });
  test("plain words and short numbers pass", () => {
    expect(reasonProblem("barn i forældremyndighed")).toBeUndefined();
    expect(reasonProblem("aftalt 3. december, sag 2026-114")).toBeUndefined();
  });
});
