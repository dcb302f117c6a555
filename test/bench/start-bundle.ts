// The holder start screen's JavaScript before its first render (issue 8: <= 60 KB gzipped;
// jsqr, qrcode, storage and the role areas must load later). Measured in the browser, not read
// off the build: every script the page requested until the app's first render (its header's
// language switch; the heading is in index.html from the start). What the screen fetches after that (the form step it preloads, the service worker's
// helper) is not part of its first render.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';

declare global {
  interface Window {
    __firstRender?: number;
  }
}

/** Gzipped bytes of every script requested before the app first rendered the start screen, and their paths. */
export async function startBundle(ctx: BrowserContext, base: string, dist: string): Promise<{ bytes: number; files: string[] }> {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector('.app-header .language-switch')) return;
      window.__firstRender = performance.now();
      seen.disconnect();
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${base}/#/holder`);
  await page.locator('.app-header .language-switch').waitFor();
  const paths = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js') && e.startTime <= window.__firstRender!)
      .map((e) => new URL(e.name).pathname),
  );
  const files = [...new Set(paths)];
  const bytes = files.reduce((sum, p) => sum + gzipSync(readFileSync(join(dist, p))).length, 0);
  return { bytes, files };
}
