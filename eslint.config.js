// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Build and maintenance scripts run in Node.
    files: ['scripts/**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // The other extension the security e2e test loads beside Ackly: a plain service worker.
    files: ['test/fixtures/other-extension/**/*.js'],
    languageOptions: { globals: { ...globals.serviceworker, ...globals.webextensions } },
  },
  {
    // The bench's floor extension (a page script and a content script that do nothing).
    files: ['test/fixtures/floor-extension/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Product code (what ships in the extension): no code from strings and no HTML from strings.
    // Every text reaches the DOM through Preact or textContent, so an email, a name or a template
    // cannot become markup or script. Tests may still build fixtures from HTML.
    files: ['entrypoints/**', 'components/**', 'utils/**'],
    // Browser globals, so that no-implied-eval knows setTimeout and friends.
    languageOptions: { globals: globals.browser },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'importScripts', message: 'No remote or runtime-loaded code.' },
        // A debugging switch left in shipped code throws in the service worker and the page.
        { name: 'process', message: 'Shipped code runs in the browser, where there is no process.' },
      ],
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment', 'srcdoc', 'setHTMLUnsafe'].map(
          (property) => ({ property, message: 'HTML from strings: build nodes, or set textContent.' }),
        ),
        ...['write', 'writeln'].map((property) => ({
          object: 'document',
          property,
          message: 'HTML from strings: build nodes, or set textContent.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'HTML from strings: render text and elements with JSX.',
        },
        {
          selector: 'ImportExpression[source.type!="Literal"], ImportExpression[source.value=/^[a-z]+:/i]',
          message: 'No remote or runtime-chosen code: import modules statically.',
        },
      ],
    },
  },
  {
    // The sentence models' trainer runs in Node, offline; it is not shipped.
    files: ['utils/detect/model/train.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', { allow: ['warn', 'error', 'log'] }],
    },
  },
);
