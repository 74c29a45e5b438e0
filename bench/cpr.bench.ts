// The CPR finder against the bare regex scan `/\d{6}[-\s]?\d{4}/g` over the same text (issue 3:
// the finder must reach at least half of the bare scan's throughput).
import { findCprNumbers } from "../src/detection";
import { syntheticDanishMail } from "./danish-text";
import { compareWithRegexBaseline, type Bench } from "./harness";

const TODAY = new Date(2026, 5, 1);
const SIZE = 4 * 1024 * 1024;

export const benches: Bench[] = [
  {
    name: "findCprNumbers, 4 MB Danish mail (LF)",
    run() {
      const text = syntheticDanishMail(SIZE, 2024);
      const found = findCprNumbers(text, { today: TODAY }).length;
      const result = compareWithRegexBaseline(this.name, text, (t) => findCprNumbers(t, { today: TODAY }));
      return { ...result, target: 0.5, notes: [`${(text.length / 1e6).toFixed(1)} M chars, ${found} CPR numbers`] };
    },
  },
  {
    name: "findCprNumbers, 4 MB Danish mail (CRLF)",
    run() {
      const text = syntheticDanishMail(SIZE, 7, true);
      const found = findCprNumbers(text, { today: TODAY }).length;
      const result = compareWithRegexBaseline(this.name, text, (t) => findCprNumbers(t, { today: TODAY }));
      return { ...result, target: 0.5, notes: [`${(text.length / 1e6).toFixed(1)} M chars, ${found} CPR numbers`] };
    },
  },
];
