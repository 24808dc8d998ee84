import eslintJs from "@eslint/js";
import microsoftPowerApps from "@microsoft/eslint-plugin-power-apps";
import pluginPromise from "eslint-plugin-promise";
import reactPlugin from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import typescriptEslint from "typescript-eslint";

export default [
    {
        ignores: ["**/generated/", "out/", "node_modules/", "test-results/", "coverage/", "eslint.config.mjs", "jest.config.js"],
    },
    eslintJs.configs.recommended,
    ...typescriptEslint.configs.strictTypeChecked,
    ...typescriptEslint.configs.stylisticTypeChecked,
    pluginPromise.configs["flat/recommended"],
    microsoftPowerApps.configs.paCheckerHosted,
    reactPlugin.configs.flat.recommended,
    {
        plugins: {
            "@microsoft/power-apps": microsoftPowerApps,
            "react-hooks": reactHooks,
        },
        languageOptions: {
            globals: {
                ...globals.browser,
                ComponentFramework: true,
            },
            parserOptions: {
                ecmaVersion: 2020,
                sourceType: "module",
                project: ["./tsconfig.json", "./tests/tsconfig.json"],
                tsconfigRootDir: import.meta.dirname,
            },
        },
        settings: {
            react: { version: "16.14" },
        },
        rules: {
            ...reactHooks.configs.recommended.rules,
            "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
        },
    },
    {
        files: ["tests/**/*.ts", "tests/**/*.tsx", "bench/**/*.ts"],
        languageOptions: {
            globals: { ...globals.node, ...globals.jest },
        },
    },
];
