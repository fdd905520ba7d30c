// ESLint flat config: typed rules for TypeScript, React hooks rules, and the import-direction rules of
// the house style (shared/ is pure; renderer/ takes only types from electron/).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layerMessage = (what) => `${what} (see docs: layers only point inward)`;

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'dexie', 'dexie-react-hooks', 'react', 'react-dom', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map(
            (name) => ({ name, message: layerMessage('shared/ is pure: no Electron, Dexie, React or fs') }),
          ),
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: layerMessage('shared/ imports neither electron/ nor renderer/') },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only matters to the React Compiler, which this project does not use (TanStack Virtual trips it).
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: layerMessage('renderer/ runs in a sandboxed page: no Electron') }],
          patterns: [
            { group: ['**/electron/**'], allowTypeImports: true, message: layerMessage('renderer/ imports only types from electron/') },
            { group: ['node:*'], message: layerMessage('renderer/ runs in a sandboxed page: no Node modules') },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: layerMessage('electron/ does not import renderer/') }] },
      ],
    },
  },
);
