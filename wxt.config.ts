import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest V3, Chrome first; `wxt build -b firefox` builds the Firefox variant.
// Permissions are the fewest that work: host access comes only from the webmail content scripts.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere, so a reader can follow every name.
  imports: false,
  // Separate output folders let several builds run side by side (e.g. WXT_OUT_DIR=.output-gmail).
  outDir: process.env.WXT_OUT_DIR || '.output',
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: process.env.ACKLY_SOURCEMAP === '1' },
  }),
  hooks: {
    // Content scripts run on every webmail page load, so they carry no polyfill: in Chrome's MV3 and
    // in Firefox the native `chrome`/`browser` APIs already return promises, and WXT's own `browser`
    // picks the native one. The background and Ackly's pages keep webextension-polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
    // Chrome looks for Norwegian Bokmål under `_locales/no` (Firefox uses `nb`): ship both.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      for (const file of [...files]) {
        if ('absoluteSrc' in file && file.relativeDest.replace(/\\/g, '/').startsWith('_locales/nb/')) {
          files.push({
            absoluteSrc: file.absoluteSrc,
            relativeDest: file.relativeDest.replace(/^_locales[\\/]nb/, '_locales/no'),
          });
        }
      }
    },
  },
  // `npm run zip` makes the store packages in .output/: the Chrome zip, the Firefox zip and, for
  // addons.mozilla.org's review, a zip of the sources that rebuilds the Firefox zip with
  // `npm ci && npm run build:firefox`. The sources are an allowlist (what the build reads, plus the
  // docs a reviewer needs), so tests, test data, benchmarks, screenshots and stray local files stay
  // out: a new top-level folder the build reads must be added here.
  zip: {
    exclude: ['**/*.map'],
    includeSources: [
      'entrypoints/**',
      'components/**',
      'utils/**',
      'public/**',
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'CHANGELOG.md',
      'DESIGN.md',
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Ackly',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    action: { default_title: '__MSG_actionTitle__' },
    // Keyboard shortcuts (people can change them in the browser's shortcut settings).
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+A' },
        description: '__MSG_commandOpenPopup__',
      },
      // Handled in entrypoints/background/commands.ts.
      'acknowledge-open-request': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandAcknowledge__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ackly@ackly.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // Chrome 123: light-dark() for the pages' colours (the newest feature Ackly's pages rely on).
        { minimum_chrome_version: '123' }),
  }),
});
