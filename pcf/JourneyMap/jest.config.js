/** Jest projects: "unit" runs in jsdom against the control's source, and "e2e" builds the bundle and drives Chromium. */
const tsJest = ["ts-jest", { tsconfig: "<rootDir>/tests/tsconfig.json" }];

module.exports = {
    // jsdom renders of hundreds of milestones and axe scans take seconds on a loaded 2-core machine.
    testTimeout: 30_000,
    projects: [
        {
            displayName: "unit",
            testEnvironment: "jsdom",
            roots: ["<rootDir>/tests/unit"],
            testMatch: ["**/*.test.ts?(x)"],
            transform: { "^.+\\.tsx?$": tsJest },
            setupFilesAfterEnv: ["<rootDir>/tests/setupUnit.ts"],
        },
        {
            displayName: "e2e",
            testEnvironment: "node",
            roots: ["<rootDir>/tests/e2e"],
            testMatch: ["**/*.test.ts"],
            transform: { "^.+\\.tsx?$": tsJest },
        },
    ],
};
