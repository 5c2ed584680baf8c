// Lint for the three front ends' sources (npm run lint; scripts/test.sh runs it and counts it). Type-aware rules are left
// out on purpose: tsc already type-checks every build, and a type-aware lint would double the work on a 2-core CI.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig([
  { ignores: ['**/node_modules/**', '**/dist/**'] },
  {
    files: ['clients/{shared,web,screen}/src/**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // As tsc's noUnusedParameters: a leading underscore marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
]);
