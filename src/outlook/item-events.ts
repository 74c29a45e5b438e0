// Subscribing to compose-item events (RecipientsChanged 1.7, InitializationContextChanged 1.15).
import { call } from "./call";
import type { Callback } from "./compose-item";

export interface EventSource {
  addHandlerAsync?(eventType: string, handler: (args: unknown) => void, callback: Callback<void>): void;
  removeHandlerAsync?(eventType: string, callback: Callback<void>): void;
}

export const ITEM_EVENTS = {
  recipientsChanged: "olkRecipientsChanged",
  initializationContextChanged: "olkInitializationContextChanged",
} as const;

/**
 * Registers `handler` for `eventType` and resolves with a function that removes it. Resolves with
 * a no-op remover when the item has no event support (older builds): the caller keeps working,
 * it just isn't told about changes.
 */
export async function onItemEvent(item: EventSource, eventType: string, handler: (args: unknown) => void): Promise<() => Promise<void>> {
  const add = item.addHandlerAsync;
  const remove = item.removeHandlerAsync;
  if (typeof add !== "function") return async () => undefined;
  await call<void>("addHandlerAsync", (cb) => add.call(item, eventType, handler, cb));
  return async () => {
    if (typeof remove === "function") await call<void>("removeHandlerAsync", (cb) => remove.call(item, eventType, cb));
  };
}
