// Edit distance between two labels (optimal string alignment: insert, delete, substitute,
// swap two neighbours). The weighted form makes the slips people really make cheaper than an
// arbitrary edit, so two cheap slips in a long name still count as one mistake:
//   - a neighbouring key on a Danish keyboard, a vowel for a vowel, a look-alike letter;
//   - a doubled or dropped double letter; two letters swapped; an l that makes a shape (dl, lb, lh).

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
const LOOKALIKE_PAIRS = ["bd", "ce", "gq", "uv", "mn", "nr", "lt", "ij", "il", "1l", "1i", "0o", "38", "69"];

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
const SHAPE_COST = 0.5;

/**
 * Cost of adding or dropping s[i]: cheap when it doubles a neighbour, or when it is an "l" that
 * turns the next letter into a look-alike shape (dl for d, lb for b, lh for h, as dnstwist
 * writes them). The skeleton does not merge those shapes: "bib" would read as "b".
 */
function indelCost(s: string, i: number): number {
  const ch = s[i];
  if (ch === s[i - 1] || ch === s[i + 1]) return DOUBLE_COST;
  if (ch === "l" && (s[i - 1] === "d" || s[i + 1] === "b" || s[i + 1] === "h")) return SHAPE_COST;
  return 1;
}

// One scratch matrix reused by every call: a heavy mail compares hundreds of recipients with
// hundreds of protected labels, and allocating a matrix each time dominated the run time.
let scratch = new Float64Array(1024);

function matrix(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(size * 2);
  return scratch;
}

/**
 * OSA distance with the given costs. Stops early and returns a value above `limit` as soon as
 * no alignment can stay within it.
 */
function osa(a: string, b: string, limit: number, weighted: boolean): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const cols = b.length + 1;
  const d = matrix((a.length + 1) * cols);
  d[0] = 0;
  for (let i = 1; i <= a.length; i++) d[i * cols] = (d[(i - 1) * cols] as number) + (weighted ? indelCost(a, i - 1) : 1);
  for (let j = 1; j < cols; j++) d[j] = (d[j - 1] as number) + (weighted ? indelCost(b, j - 1) : 1);
  for (let i = 1; i <= a.length; i++) {
    let rowMin = d[i * cols] as number;
    const ca = a.charAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const cb = b.charAt(j - 1);
      const sub = ca === cb ? 0 : weighted ? substitutionCost(ca, cb) : 1;
      let best = (d[(i - 1) * cols + j - 1] as number) + sub;
      const del = (d[(i - 1) * cols + j] as number) + (weighted ? indelCost(a, i - 1) : 1);
      if (del < best) best = del;
      const ins = (d[i * cols + j - 1] as number) + (weighted ? indelCost(b, j - 1) : 1);
      if (ins < best) best = ins;
      if (i > 1 && j > 1 && ca !== cb && ca === b.charAt(j - 2) && a.charAt(i - 2) === cb) {
        const swap = (d[(i - 2) * cols + j - 2] as number) + (weighted ? SWAP_COST : 1);
        if (swap < best) best = swap;
      }
      d[i * cols + j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[a.length * cols + b.length] as number;
}

/** Weighted OSA distance; any value above `limit` means "too far". */
export function weightedDistance(a: string, b: string, limit = 64): number {
  return osa(a, b, limit, true);
}

/** Plain OSA distance (every edit costs 1): the honest count of edits. */
export function editDistance(a: string, b: string, limit = 64): number {
  return osa(a, b, limit, false);
}
