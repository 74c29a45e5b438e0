// The one place an AsyncResult is turned into a Promise. Office.js reports failure three ways:
// a failed AsyncResult, a synchronous throw (argument checks), or a missing method on older
// builds; all three become an OfficeError naming the API.
import type { AsyncResultLike, Callback } from "./compose-item";
import { OfficeError } from "./office-error";

export function call<T>(api: string, start: (callback: Callback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result: AsyncResultLike<T>) => {
        if (result && result.status === "failed") {
          reject(new OfficeError(api, result.error ?? {}));
        } else {
          resolve(result ? result.value : (undefined as T));
        }
      });
    } catch (e) {
      reject(new OfficeError(api, { message: e instanceof Error ? e.message : String(e) }));
    }
  });
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
