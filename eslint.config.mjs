// `npm run lint`: ESLint with typescript-eslint's type-checked rules over src and test (then `tsc --noEmit`).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['out/', 'dist/', 'node_modules/', '.code-server/', 'test-results/', 'test/fixtures/', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // An edit whose promise nobody awaits is an edit whose failure nobody sees.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // `import x = require('...')` is TypeScript's typed form for CommonJS modules (mocha's reporter API).
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      // Leaving fields out of a copy by destructuring them away is intended.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Matching control characters is the point of the regular expressions that escape or reject them.
      'no-control-regex': 'off',
    },
  },
);
