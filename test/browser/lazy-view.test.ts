// A lazy view must show once its chunk is there, however the chunk's arrival falls against its
// render. It did not: a view whose chunk arrived between its first render and that render's
// effect (a preload started elsewhere) stayed at "Wird geladen …" for good, as the effect saw
// the module loaded and returned. The verifier's result screen and staff areas hung this way
// now and then once chunks arrived sooner (issue 18: fewer, larger start files).
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Browser } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser } from './harness';

const FIXTURE = fileURLToPath(new URL('./fixtures/lazy-view-race.tsx', import.meta.url));

describe('lazy view', () => {
  let browser: Browser | undefined;
  let code = '';
  beforeAll(async () => {
    // The fixture and what it imports as one module, as the app's build compiles them.
    const out = (await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [preact()],
      define: { __BBPASS_DEMO__: 'true' },
      build: { write: false, minify: false, lib: { entry: FIXTURE, formats: ['es'], fileName: 'race' }, rolldownOptions: { output: { codeSplitting: false } } },
    })) as Rolldown.RolldownOutput[];
    code = out[0]!.output[0].code;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a view whose chunk arrived between its first render and its effect', async () => {
    const page = await browser!.newPage();
    await page.setContent('<div id="root"></div>');
    await page.addScriptTag({ type: 'module', content: code });
    await page.locator('#shown').waitFor({ timeout: 5000 });
  });
});
