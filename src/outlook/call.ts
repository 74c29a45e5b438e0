// The one place an AsyncResult is turned into a Promise. Office.js reports failure three ways:
// a failed AsyncResult, a synchronous throw (argument checks), or a missing method on older
// builds; all three become an OfficeError naming the API. A fourth way is silent: a callback with
// no AsyncResult, or a "succeeded" one whose value is null or of the wrong shape (seen in real
// compose-mode getAsync calls). Read as empty, that lets an unread mail pass as clean, so it is a
// failure too: `call` rejects an answer that is not a succeeded AsyncResult, and `read` also
// rejects a value its guard does not accept.
import type { AsyncResultLike, Callback } from "./compose-item";
import { OfficeError } from "./office-error";

/** The OfficeError name for "succeeded, but the value is missing or malformed". */
export const MALFORMED_RESULT = "MalformedResult";

function malformed(api: string, what: string): OfficeError {
  return new OfficeError(api, { name: MALFORMED_RESULT, message: what });
}

export function call<T>(api: string, start: (callback: Callback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result?: AsyncResultLike<T>) => {
        if (result === null || typeof result !== "object") reject(malformed(api, "answered without a result"));
        else if (result.status === "failed") reject(new OfficeError(api, result.error ?? {}));
        else if (result.status !== "succeeded") reject(malformed(api, "answered with an unknown status"));
        else resolve(result.value);
      });
    } catch (e) {
      reject(new OfficeError(api, { message: e instanceof Error ? e.message : String(e) }));
    }
  });
}

/** A read: like `call`, and the value must pass `isValid` (null, undefined and wrong shapes fail). */
export async function read<T>(api: string, isValid: (value: unknown) => value is T, start: (callback: Callback<T>) => void): Promise<T> {
  const value = await call<T>(api, start);
  if (!isValid(value)) throw malformed(api, value === null || value === undefined ? "succeeded without a value" : "succeeded with a malformed value");
  return value;
}

export const isString = (v: unknown): v is string => typeof v === "string";

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** An array whose every element passes `isItem`. */
export function isArrayOf<T>(isItem: (v: unknown) => v is T): (v: unknown) => v is T[] {
  return (v: unknown): v is T[] => Array.isArray(v) && v.every(isItem);
}

/**
 * `promise`, unless `ms` pass first: then `onTimeout` decides — its value resolves, its throw rejects.
 * The underlying call keeps running either way; only the caller stops waiting.
 */
export function settleWithin<T>(promise: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        resolve(onTimeout());
      } catch (e) {
        reject(e);
      }
    }, ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/** Resolves with `fallback` when `promise` has not settled within `ms` (the call keeps running). */
export function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return settleWithin(promise, ms, () => fallback);
}

/**
 * Runs async steps at most `size` at a time, in order, and returns their results in order.
 * Web Outlook rejects more than three concurrent calls.
 */
export async function inBatches<T>(steps: (() => Promise<T>)[], size = 3): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < steps.length; i += size) {
    const batch = await Promise.all(steps.slice(i, i + size).map((step) => step()));
    for (const r of batch) results.push(r);
  }
  return results;
}
