// Fluent UI v9 components measure themselves; jsdom has no ResizeObserver.
if (typeof globalThis.window !== "undefined" && !globalThis.ResizeObserver) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
