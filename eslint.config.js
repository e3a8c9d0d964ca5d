import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// `paths` match module names exactly (a sibling file such as ./electron.ts is not the electron package);
// `patterns` catch every node: builtin.
const hostModules = ['electron', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'https'];
const nodePattern = { group: ['node:*'], message: 'No Node built-ins here.' };

/** Folder boundaries from DESIGN.md, enforced rather than hoped for. */
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (DESIGN.md rule 6).' },
      ],
    },
  },
  {
    // Config files are the one place tools require a default export.
    files: ['*.config.ts', '*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...hostModules, 'react', 'react-dom', 'dexie'].map((name) => ({
            name,
            message: 'src/core is pure TypeScript: no UI, storage, Electron or Node imports.',
          })),
          patterns: [
            nodePattern,
            {
              group: ['react/*', 'dexie-*'],
              message: 'src/core is pure TypeScript: no UI or storage imports.',
            },
            {
              group: ['**/db/**', '**/renderer/**', '**/main/**', '**/preload/**', '**/cli/**'],
              message: 'core depends on nothing above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'core gets environment-bound things passed in.' },
        { name: 'document', message: 'core gets a DOM parser passed in.' },
        { name: 'localStorage', message: 'core does no storage.' },
        { name: 'indexedDB', message: 'core does no storage.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...hostModules, 'react', 'react-dom'].map((name) => ({
            name,
            message: 'src/db is Dexie only.',
          })),
          patterns: [
            nodePattern,
            { group: ['**/renderer/**', '**/main/**', '**/preload/**'], message: 'db depends on core only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: hostModules.map((name) => ({
            name,
            message: 'The renderer reaches the host through platform/, never electron or node:*.',
          })),
          patterns: [
            nodePattern,
            { group: ['**/main/**', '**/preload/**'], message: 'Use src/shared/ipc.ts and platform/.' },
          ],
        },
      ],
    },
  },
  {
    // Unit tests run in Node and read the shared seed corpus from disk.
    files: ['src/db/**/*.test.ts', 'src/renderer/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
