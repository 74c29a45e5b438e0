// zod reads `globalThis` while its module loads. Classic Outlook builds before 2403 run an ES2016
// engine that may lack it, so the name is provided before zod is evaluated (this module is imported
// first). No eval: a temporary getter on Object.prototype, read through a bare identifier, returns the
// global object itself (Mathias Bynens' globalThis polyfill).
declare const __sendevagtGlobal: Record<string, unknown>;

export function ensureGlobalThis(): void {
  if (typeof globalThis === "object") return;
  Object.defineProperty(Object.prototype, "__sendevagtGlobal", {
    get(this: unknown) {
      return this;
    },
    configurable: true,
  });
  try {
    __sendevagtGlobal.globalThis = __sendevagtGlobal;
  } finally {
    delete (Object.prototype as unknown as Record<string, unknown>).__sendevagtGlobal;
  }
}

ensureGlobalThis();
