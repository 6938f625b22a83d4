import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { bundledIndexPlugin } from './scripts/build/bundled-index';
import { preactWithoutInnerHtml } from './scripts/build/preact-without-inner-html';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every import is explicit: a reader can follow where each name comes from.
  imports: false,
  // The bundled data's match index is compiled at build time (virtual:newslens/bundled-index).
  // Preact minus its innerHTML path (dangerouslySetInnerHTML, never used): addons-linter stays at 0 warnings.
  vite: () => ({
    plugins: [preactWithoutInnerHtml(), preact(), bundledIndexPlugin()],
    build: { minify: !process.env.NEWSLENS_NO_MINIFY },
  }),
  webExt: { disabled: process.env.CI === 'true' },
  zip: {
    artifactTemplate: 'newslens-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'newslens-{{version}}-sources.zip',
    excludeSources: ['.scratch/**', 'coverage/**', 'tests/**', 'bench/**', 'screenshots/**', 'test-results/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings (sync) and your packs (local); alarms: the daily update check, set only while
    // you subscribe to a pack. Access to a pack's site is asked for when you subscribe, for that site alone.
    permissions: ['storage', 'alarms'],
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'newslens@newslens.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
