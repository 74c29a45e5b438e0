// Counts every CPR occurrence of a message exactly, but builds occurrence objects (hashed, masked,
// located) only for as many as anything downstream shows: a citizen list of 400,000 numbers is one
// stop with exact counts, not 400,000 objects. Each distinct number is hashed and masked once.
import { maskCpr, type CprSpans } from "./cpr";
import { cprHash } from "./fingerprint";
import type { CprOccurrence, Location } from "./types";

/** Every occurrence up to here is kept as it is: an ordinary mail is reported in full. */
export const KEEP_ALL_OCCURRENCES = 200;
/** Past that, new numbers are kept until this many distinct numbers have objects. */
export const KEEP_DISTINCT_NUMBERS = 200;
/** A kept number is shown in at most this many places (file, sheet, page; quoted or not). */
export const KEEP_PLACES_PER_NUMBER = 16;

interface Kept {
  hash: string;
  masked: string;
  /** Place ids this number already has an object for. */
  places: number[];
}

export interface CprTallyResult {
  /** The occurrences that have objects, in the order they were found. */
  cprs: CprOccurrence[];
  /** Every occurrence, exactly. */
  occurrenceCount: number;
  /** Distinct numbers, exactly. */
  cprCount: number;
  /** True when some occurrences have no object (cprs.length < occurrenceCount). */
  truncated: boolean;
  /** Every occurrence stands in quoted earlier mail (false when there are none). */
  allQuoted: boolean;
  /** Every distinct number as a key (see digitKey), sorted, 5 bytes each: for a digest over the whole set. */
  sortedKeyBytes(): Uint8Array;
}

/**
 * The digits of text[start, end) as one number that tells numbers apart without a string: the
 * ASCII digits' value times 16 plus their count (so "0123" and "123" differ). 10 digits → < 2^38.
 */
export function digitKey(text: string, start: number, end: number): number {
  let value = 0;
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      count++;
    }
  }
  return value * 16 + count;
}

/** The ASCII digits of text[start, end), as the hash has always been taken over. */
function digitsOf(text: string, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) out += text.charAt(i);
  }
  return out;
}

/** Keys (< 2^40) as 5 big-endian bytes each, in order. */
function keyBytes(keys: Float64Array): Uint8Array {
  const out = new Uint8Array(keys.length * 5);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const high = Math.floor(k / 0x100000000);
    const low = k >>> 0;
    out[5 * i] = high & 0xff;
    out[5 * i + 1] = low >>> 24;
    out[5 * i + 2] = (low >>> 16) & 0xff;
    out[5 * i + 3] = (low >>> 8) & 0xff;
    out[5 * i + 4] = low & 0xff;
  }
  return out;
}

export class CprTally {
  private readonly cprs: CprOccurrence[] = [];
  private readonly all = new Set<number>();
  private readonly kept = new Map<number, Kept>();
  private readonly placesSeen = new Set<number>();
  private occurrences = 0;
  private unquoted = 0;

  constructor(private readonly salt: string) {}

  /**
   * Counts number `i` of the finder's `spans` over `text`; builds its object only when it is worth
   * showing. `place` is a number naming where it stands (source, part, quoted) — equal places,
   * equal ids; `location(part)` is called only for occurrences that get an object.
   */
  add(text: string, spans: CprSpans, i: number, place: number, quoted: boolean, location: (part: number) => Location, part: number): void {
    const start = spans.start(i);
    const end = spans.end(i);
    const key = digitKey(text, start, end);
    this.occurrences++;
    if (!quoted) this.unquoted++;
    this.all.add(key);
    let kept = this.kept.get(key);
    const newPlace = !this.placesSeen.has(place);
    const keep =
      this.cprs.length < KEEP_ALL_OCCURRENCES ||
      newPlace ||
      (kept ? kept.places.length < KEEP_PLACES_PER_NUMBER && kept.places.indexOf(place) < 0 : this.kept.size < KEEP_DISTINCT_NUMBERS);
    if (!keep) return;
    if (newPlace) this.placesSeen.add(place);
    if (!kept) {
      const written = text.slice(start, end);
      kept = { hash: cprHash(digitsOf(text, start, end), this.salt), masked: maskCpr(written), places: [] };
      this.kept.set(key, kept);
    }
    if (kept.places.indexOf(place) < 0) kept.places.push(place);
    this.cprs.push({
      location: location(part),
      start,
      end,
      masked: kept.masked,
      birthDate: spans.birthDate(i),
      evidence: spans.evidence(i),
      quoted,
      hash: kept.hash,
    });
  }

  result(): CprTallyResult {
    const all = this.all;
    let bytes: Uint8Array | undefined;
    return {
      cprs: this.cprs,
      occurrenceCount: this.occurrences,
      cprCount: all.size,
      truncated: this.cprs.length < this.occurrences,
      allQuoted: this.occurrences > 0 && this.unquoted === 0,
      sortedKeyBytes: () => (bytes = bytes ?? keyBytes(Float64Array.from(all).sort())),
    };
  }
}
