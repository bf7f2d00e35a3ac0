// ESLint for the code in src/, scripts/, tests/, web/ and extension/: the recommended
// rules of ESLint and typescript-eslint, and the core's purity (DESIGN.md principles 4 and 5).
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The core and the Word code run in a browser and inside other applications: no Node
 * module, no process, no console, no network (STYLE.md 10). Node-only code lives in
 * src/cli/ and src/server/.
 */
const PURE = ['src/core/**/*.ts', 'src/docx/**/*.ts']
const PURE_MESSAGE = 'the core runs in a browser: take what it needs as an argument, or move this to src/cli/ or src/server/'
const nodeModules = builtinModules.filter((name) => !name.startsWith('_'))

export default defineConfig(
  {
    ignores: ['**/dist/**', '**/generated/**', 'tests/**/artifacts/**', 'tests/fixtures/**'],
  },
  {
    files: ['**/*.{ts,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      // `_name` marks a parameter that a callback's shape requires but this one does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['web/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: PURE,
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeModules.map((name) => ({ name, message: PURE_MESSAGE })),
          patterns: [{ regex: '^node:', message: PURE_MESSAGE }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/^node:/]',
          message: PURE_MESSAGE,
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'fetch', 'XMLHttpRequest', 'WebSocket'].map((name) => ({ name, message: PURE_MESSAGE })),
      ],
      'no-restricted-properties': ['error', { object: 'globalThis', property: 'process', message: PURE_MESSAGE }],
      'no-console': 'error',
    },
  },
)
