if (typeof globalThis.window !== "undefined") require("@testing-library/jest-dom");
