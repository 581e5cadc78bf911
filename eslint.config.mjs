// Shared flat config for every workspace package. Each package's `lint` script runs `eslint src` (the server's
// `eslint src test`, its tests too) from the package directory; ESLint 9 walks up from there and finds this file.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['**/node_modules/', '**/dist/', '**/coverage/', '**/.turbo/', '**/*.d.ts', '.pg-test/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      // The server and the dashboard share this config; node and browser globals keep both honest enough.
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // A leading underscore marks an intentionally unused binding (e.g. a resolver's unused parent argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // One clock (docs/operations.md, "The clock"): "now" comes from @wuye/db's clock on the server and from the
    // server's clock in the dashboard, so the demo and the tests do not depend on the day they run. Tests, benchmarks
    // and load scripts time themselves with the real clock.
    files: ['**/src/**/*.{ts,tsx}'],
    ignores: [
      '**/*.test.{ts,tsx}',
      '**/src/clock.ts',
      '**/src/common/clock.ts',
      '**/src/bench/**',
      '**/src/load.ts',
      '**/src/seed/scale.ts',
      '**/src/testing.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Read the platform clock (clock.now() from @wuye/db; serverNow() in the dashboard), not new Date().',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Read the platform clock (clock.now() from @wuye/db; serverNow() in the dashboard), not Date.now().',
        },
      ],
    },
  },
  {
    // The dashboard's components follow the rules of hooks; both rules are errors, not warnings.
    files: ['apps/dashboard/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
