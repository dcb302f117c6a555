/// <reference types="vitest/config" />
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { firstScreenPlugin } from './tools/first-screen/plugin.ts';
import { entryAfterPaintPlugin } from './tools/first-screen/entry-after-paint.ts';
import { chunkGroups } from './tools/first-screen/chunk-groups.ts';

// The dev server injects CSS through <style> tags and Preact's refresh runtime inline, which the
// strict CSP in index.html forbids. Relax it for `vite` (dev) only; builds keep it untouched.
const devCsp: Plugin = {
  name: 'bbpass-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

// version.json names the build. It is precached like every file, so a new build always
// changes the service worker's manifest (that is what makes phones offer the update), and
// support staff can ask a phone which build it runs. BBPASS_BUILD_ID overrides the id
// (the update test builds a second version of the same source with it).
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const buildInfo: Plugin = {
  name: 'bbpass-build-info',
  apply: 'build',
  generateBundle() {
    const build = process.env.BBPASS_BUILD_ID ?? new Date().toISOString();
    this.emitFile({ type: 'asset', fileName: 'version.json', source: `${JSON.stringify({ version: pkg.version, build })}\n` });
  },
};

// One district build serves every district (`npm run build:district`, BBPASS_DISTRICT_BUILD=1,
// into dist-district/): what a district pins is site.json beside the app (`bbpass site`), never
// source. It carries nothing of the public DEMO districts, whose keys are public, so a device that
// could trust them would accept anyone's stamps: __BBPASS_DEMO__ guards every DEMO import (Rollup
// drops the code behind `false`), and the DEMO trust lists and the sample Wegweiser are removed
// from the output before the service worker's precache list is made. `npm run build` (npm start,
// npm test) is the demo build, so the demo experience works out of the box.
const demoBuild = process.env.BBPASS_DISTRICT_BUILD !== '1';
const districtBuild: Plugin = {
  name: 'bbpass-district-build',
  apply: 'build',
  writeBundle(options) {
    if (demoBuild) return;
    const out = options.dir ?? 'dist-district';
    const trustDir = join(out, 'trust');
    if (existsSync(trustDir)) for (const file of readdirSync(trustDir)) if (/^demo.*\.json$/.test(file)) rmSync(join(trustDir, file));
    if (existsSync(trustDir) && readdirSync(trustDir).length === 0) rmSync(trustDir, { recursive: true });
    rmSync(join(out, 'directory'), { recursive: true, force: true });
  },
};

export default defineConfig({
  define: { __BBPASS_DEMO__: JSON.stringify(demoBuild) },
  plugins: [
    devCsp,
    buildInfo,
    districtBuild,
    firstScreenPlugin(),
    entryAfterPaintPlugin(),
    preact(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already precaches public/icons; listing them twice only bloats sw.js.
      includeManifestIcons: false,
      manifest: {
        name: 'Bildungs- und Beratungspass',
        short_name: 'Bildungspass',
        description: 'Signierte Nachweise über Sprachkurse, Beratung, Praktika und Weiterbildung – offline auf dem eigenen Handy.',
        lang: 'de',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        theme_color: '#1f4e79',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every built file, so the app (lazy chunks, decode worker, jsqr) works offline after the
        // first visit (the Ethiopic font too: 75 KB, so a phone without one that goes offline
        // after installing still draws Tigrinya); the plugin adds manifest.webmanifest itself. Not the QR decoder's .wasm
        // (410 KB gz): a holder's phone has a native detector and never needs it. It is cached on
        // first use instead (below), so a PC that scanned once scans offline.
        globPatterns: ['**/*.{js,css,html,png,svg,json,woff2}'],
        navigateFallback: 'index.html',
        runtimeCaching: [
          {
            // Hashed file names: a cached copy is never stale, and a new build asks for a new name.
            urlPattern: ({ url }) => /\/assets\/[^/]+\.wasm$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'bbpass-wasm', expiration: { maxEntries: 2 } },
          },
        ],
      },
    }),
  ],
  // Relative URLs, so a district can host the build under any path (https://example.de/bildungspass/).
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // A screen's chunks load by their own imports, not through <link rel="modulepreload">
    // elements the preload helper appends for every lazy screen: ~30 of them cost a throttled
    // phone 90-140 ms of main thread at start (lighthouse's blocking time). index.html keeps
    // its preloads for the entry's own imports (first-screen.js imports them after the first paint).
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    // Fewer, larger files for a first screen: tools/first-screen/chunk-groups.ts says why.
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups() } } },
    ...(demoBuild ? {} : { outDir: 'dist-district' }),
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    // Both projects extend this config, so tests see the same __BBPASS_DEMO__ as the app.
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 180_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // Chromium on a loaded 2-core CI machine now and then misses a wait that passes alone; one
          // retry keeps such a stall from blocking a landing, and the report still names the retried test.
          retry: 1,
        },
      },
    ],
  },
});
