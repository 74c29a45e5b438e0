// Edit distance between two labels (optimal string alignment: insert, delete, substitute,
// swap two neighbours). The weighted form makes the slips people really make cheaper than an
// arbitrary edit, so two cheap slips in a long name still count as one mistake:
//   - a neighbouring key on a Danish keyboard, a vowel for a vowel, a look-alike letter;
//   - a doubled or dropped double letter; two letters swapped.

const ROWS = ["1234567890+", "qwertyuiopå", "asdfghjklæø", "zxcvbnm,.-"];

function keyboardNeighbours(): Record<string, string> {
  const near: Record<string, string> = {};
  const add = (a: string | undefined, b: string | undefined) => {
    if (!a || !b) return;
    near[a] = (near[a] ?? "") + b;
    near[b] = (near[b] ?? "") + a;
  };
  ROWS.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      add(row[i], row[i + 1]);
      // The row below is shifted half a key to the right: key i sits above keys i-1 and i.
      const below = ROWS[r + 1];
      if (below) {
        add(row[i], below[i - 1]);
        add(row[i], below[i]);
      }
    }
  });
  return near;
}

const NEAR = keyboardNeighbours();
const VOWELS = "aeiouyæøå";
// Letter pairs that read alike in common fonts but are not merged by the skeleton.
const LOOKALIKE_PAIRS = ["bd", "ce", "gq", "uv", "mn", "nr", "lt", "ij"];

export function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if ((NEAR[a] ?? "").indexOf(b) >= 0) return 0.5;
  if (VOWELS.indexOf(a) >= 0 && VOWELS.indexOf(b) >= 0) return 0.5;
  for (const pair of LOOKALIKE_PAIRS) {
    if ((pair[0] === a && pair[1] === b) || (pair[0] === b && pair[1] === a)) return 0.5;
  }
  return 1;
}

const SWAP_COST = 0.5;
const DOUBLE_COST = 0.5;

/** Cost of adding or dropping s[i]: cheap when it doubles a neighbour. */
function indelCost(s: string, i: number): number {
  const ch = s[i];
  return ch === s[i - 1] || ch === s[i + 1] ? DOUBLE_COST : 1;
}

/**
 * Weighted OSA distance. Stops early and returns a value above `limit` as soon as no
 * alignment can stay within it (the labels we compare are short, but there are many).
 */
export function weightedDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit + 1) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i === 0 ? 0 : (d[(i - 1) * cols] as number) + indelCost(a, i - 1);
  for (let j = 1; j < cols; j++) d[j] = (d[j - 1] as number) + indelCost(b, j - 1);
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const ca = a[i - 1] as string;
      const cb = b[j - 1] as string;
      let best = Math.min(
        (d[(i - 1) * cols + j] as number) + indelCost(a, i - 1),
        (d[i * cols + j - 1] as number) + indelCost(b, j - 1),
        (d[(i - 1) * cols + j - 1] as number) + substitutionCost(ca, cb),
      );
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb && ca !== cb) {
        best = Math.min(best, (d[(i - 2) * cols + j - 2] as number) + SWAP_COST);
      }
      d[i * cols + j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[rows * cols - 1] as number;
}

/** Plain OSA distance (every edit costs 1): the honest count of edits. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const ca = a[i - 1];
      const cb = b[j - 1];
      let best = Math.min(
        (d[(i - 1) * cols + j] as number) + 1,
        (d[i * cols + j - 1] as number) + 1,
        (d[(i - 1) * cols + j - 1] as number) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb) {
        best = Math.min(best, (d[(i - 2) * cols + j - 2] as number) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1] as number;
}
