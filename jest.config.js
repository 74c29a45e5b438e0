/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2020" } }],
  },
  setupFiles: ["<rootDir>/test/setup-env.js"],
  setupFilesAfterEnv: ["<rootDir>/test/setup-after-env.js"],
  testTimeout: 20000,
};
