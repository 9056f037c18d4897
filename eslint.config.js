import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The layers of the app, bottom up: lib -> api, components -> model -> columns -> features -> app. A feature
 * folder never imports another one; what two features share moves down to model/, components/ or lib/.
 */
const FEATURES = [
  'session',
  'instances',
  'instance-detail',
  'stops',
  'changes',
  'saved-views',
  'cost',
  'export',
  'memory',
].map((name) => `./src/${name}`)
const APP = './src/app'
const MODEL = './src/model'
const COLUMNS = './src/columns'
const TESTING = './src/testing'

const featureZones = FEATURES.map((feature) => ({
  target: feature,
  from: [APP, ...FEATURES.filter((other) => other !== feature)],
  message:
    'Feature folders never import each other or the app shell: move what they share to src/model, src/components or src/lib, and compose features in src/app.',
}))

const layerZones = [
  {
    target: './src/lib',
    from: ['./src/api', './src/components', MODEL, COLUMNS, APP, TESTING, ...FEATURES],
    message: 'src/lib is the bottom layer: it imports nothing of the app.',
  },
  {
    target: './src/components',
    from: ['./src/api', MODEL, COLUMNS, APP, ...FEATURES],
    message: 'Shared components are generic: they import src/lib only.',
  },
  {
    target: './src/api',
    from: ['./src/components', MODEL, COLUMNS, APP, ...FEATURES],
    message: 'The API layer imports src/lib only.',
  },
  {
    target: MODEL,
    from: ['./src/components', COLUMNS, APP, ...FEATURES],
    message: 'src/model is pure logic over the view model: it imports src/api and src/lib only.',
  },
  {
    target: COLUMNS,
    from: [APP, ...FEATURES],
    message:
      'src/columns is the column model every feature reads (table, cards, Columns menu, exports): it imports the layers below it only.',
  },
  {
    target: './src',
    from: './proxy',
    except: ['./contract.ts'],
    message: 'The app may import only proxy/contract.ts, the contract both sides share.',
  },
  { target: './proxy', from: './src', message: 'The proxy never imports the app.' },
  {
    target: './lib-node',
    from: ['./src', './proxy', './sim'],
    message:
      'lib-node holds Node helpers shared by the proxy and the simulator: it imports neither.',
  },
  {
    target: './sim',
    from: ['./src', './proxy'],
    message: 'The simulator stands alone, as HPC-AI does.',
  },
]

/** Production code never imports the simulator or the test helpers; tests may use both. */
const productionZones = [
  {
    target: './src',
    from: './sim',
    message: 'The app never imports the simulator (only tests may use its fixtures).',
  },
  { target: './src', from: TESTING, message: 'src/testing is for tests only.' },
  {
    target: './proxy',
    from: './sim',
    message:
      'The proxy never imports the simulator: the demo launcher mints the demo token and hands it over.',
  },
]

const boundaries = (zones) => [
  'error',
  { basePath: import.meta.dirname, zones: [...layerZones, ...featureZones, ...zones] },
]

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'proxy/**/*.ts', 'sim/**/*.ts', 'lib-node/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Parse TypeScript dependencies too, or no-cycle sees no imports beyond the file it lints.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': boundaries([]),
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'proxy/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}', 'src/testing/**', 'src/test-setup.ts'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-restricted-paths': boundaries(productionZones) },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['error', { allowConstantExport: true }],
    },
  },
  {
    files: [
      'sim/**/*.ts',
      'proxy/**/*.ts',
      'lib-node/**/*.ts',
      'scripts/**/*.ts',
      'e2e/**/*.ts',
      'bench/**/*.ts',
      '*.config.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  prettier,
)
