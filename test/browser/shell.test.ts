import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appStarted, baseUrl, browserPerSuite, loadedScripts } from './harness';
import { go, switchLanguage } from './holder-steps';
import { verifierDemoOn } from './journey-steps';

const DIST = process.env.BBPASS_DIST ?? join(dirname(fileURLToPath(import.meta.url)), '../../dist');

describe('app shell', () => {
  const suite = browserPerSuite();

  it('starts on the holder screen, in German, with only the shell and the holder chunk loaded', async () => {
    const tab = await suite.open();
    const { page } = tab;
    await page.goto(baseUrl());
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sprache wählen');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await appStarted(page);
    const scripts = await loadedScripts(page);
    expect(scripts.some((s) => s.includes('home-route'))).toBe(true);
    // Nor storage (Dexie): a first start opens it only when a language is chosen; nor the staff messages.
    for (const lazy of ['receive-route', 'qr-code', 'office-route', 'verifier-route', 'coordinator-route', 'decode-', '/en-', 'app-db', 'de-office']) {
      expect(scripts.filter((s) => s.includes(lazy))).toEqual([]);
    }
    tab.guard.assertClean();
  });

  it('shows a staff area in English under a holder language, in German after switching, never a raw key', async () => {
    const tab = await suite.open();
    const { page } = tab;
    await page.goto(baseUrl());
    await switchLanguage(page, 'العربية');
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
    await page.evaluate(() => (location.hash = '#/office'));
    await expect.poll(() => page.locator('main h1').first().textContent()).toBe('Set up the office');
    const rawKey = /\b(office|verifier|coordinator)\.[a-z]+\.[a-zA-Z]/;
    expect(await page.locator('main').innerText()).not.toMatch(rawKey);
    // Marked as English inside the Arabic page: left to right, read aloud as English.
    expect(await page.locator('main > div').evaluate((d: HTMLElement) => [d.lang, d.dir, getComputedStyle(d.querySelector('h1')!).direction])).toEqual(['en', 'ltr', 'ltr']);
    await switchLanguage(page, 'Deutsch');
    await expect.poll(() => page.locator('main h1').first().textContent()).toBe('Stelle einrichten');
    expect(await page.locator('main > div').evaluate((d: HTMLElement) => [d.lang, d.dir])).toEqual(['', '']);
    // A second area after the switch arrives in the current language at once.
    await page.evaluate(() => (location.hash = '#/verifier'));
    await expect.poll(() => page.locator('main h1').first().textContent()).toBe('Prüfstelle: Pass prüfen');
    expect(await page.locator('main').innerText()).not.toMatch(rawKey);
    tab.guard.assertClean();
  });

  it('writes a staff area\'s dates and shared words in the area\'s language under a holder language, not the holder\'s', async () => {
    const tab = await suite.open();
    const { page } = tab;
    await page.goto(baseUrl());
    await switchLanguage(page, 'العربية');
    await go(page, '#/verifier/settings');
    await verifierDemoOn(page);
    await go(page, '#/verifier/trust');
    const row = page.getByTestId('trust-row').first();
    await row.waitFor();
    // An English table under Arabic once read "31،2026/10/ ص 1:00" (Arabic date order and marks inside
    // English text) and named the DEMO district "— ليس للاستخدام الفعلي" (the holder catalogue's words).
    const text = await row.innerText();
    expect(text).toMatch(/2026/);
    expect(text).not.toMatch(/[\u0600-\u06FF]/);
    // The DEMO banner above the area speaks its language too, marked as English.
    const banner = page.getByTestId('demo-banner');
    await expect.poll(() => banner.getAttribute('lang')).toBe('en');
    expect(await banner.textContent()).toMatch(/^DEMO mode/);
    tab.guard.assertClean();
  });

  it('loads each role area lazily when its route is opened', async () => {
    const tab = await suite.open();
    const { page } = tab;
    await page.goto(baseUrl());
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sprache wählen');
    await appStarted(page);
    // Each area's first screen (its heading) arrives with its own route chunk.
    const areas: Array<[string, RegExp, string | undefined]> = [
      ['#/office', /Stelle/, 'office-route'],
      ['#/verifier', /^(Prüfstelle|Pass prüfen)/, 'verifier-route'],
      ['#/coordinator', /^Koordination/, 'coordinator-route'],
      ['#/holder/restore', /^Sicherung wiederherstellen$/, 'restore-route'],
      ['#/holder', /^Sprache wählen$/, undefined], // revisiting the start needs no download
    ];
    for (const [hash, heading, chunk] of areas) {
      const before = await loadedScripts(page);
      await page.evaluate((h) => (location.hash = h), hash);
      await expect.poll(() => page.locator('main h1').first().textContent()).toMatch(heading);
      const added = (await loadedScripts(page)).filter((s) => !before.includes(s));
      if (chunk) expect(added.some((s) => s.startsWith(`/assets/${chunk}-`)), `${chunk} chunk for ${hash}`).toBe(true);
    }
    tab.guard.assertClean();
  });

  it('switches to English and back, remembering the choice across reloads', async () => {
    const tab = await suite.open();
    const { page } = tab;
    await page.goto(baseUrl());
    await switchLanguage(page, 'English');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Choose your language');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Choose your language');
    await switchLanguage(page, 'Deutsch');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sprache wählen');
    tab.guard.assertClean();
  });

  it('serves a manifest whose icons exist at their declared sizes', async () => {
    const tab = await suite.open();
    const { page } = tab;
    await page.goto(baseUrl());
    const href = await page.getAttribute('link[rel="manifest"]', 'href');
    expect(href).toBeTruthy();
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href!);
    expect(manifest).toMatchObject({ name: 'Bildungs- und Beratungspass', lang: 'de', display: 'standalone' });
    expect(manifest.icons).toHaveLength(3);
    for (const icon of manifest.icons as Array<{ src: string; sizes: string; purpose?: string }>) {
      const size = await page.evaluate(async (src) => {
        const response = await fetch(src);
        const bitmap = await createImageBitmap(await response.blob());
        return `${bitmap.width}x${bitmap.height}`;
      }, icon.src);
      expect(size).toBe(icon.sizes);
    }
    tab.guard.assertClean();
  });

  it('registers a service worker that precaches every built file and keeps working offline', async () => {
    const tab = await suite.open();
    const { page, context } = tab;
    await page.goto(baseUrl());
    const script = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
    expect(script).toBe(`${baseUrl()}/sw.js`);
    await expect.poll(() => page.getByTestId('pwa-banner').textContent()).toContain('ohne Internet');

    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    // Every file but the QR decoder's WebAssembly, which only scanning devices fetch (cached on first use).
    for (const file of readdirSync(join(DIST, 'assets')).filter((f) => !f.endsWith('.wasm'))) expect(cached).toContain(`/assets/${file}`);
    expect(cached.filter((u) => u.endsWith('.wasm'))).toEqual([]);
    expect(cached).toContain('/index.html');

    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sprache wählen');
    // Areas never opened online must come from the precache too.
    await page.evaluate(() => (location.hash = '#/coordinator'));
    await expect.poll(() => page.locator('main h1').first().textContent()).toMatch(/^Koordination/);
    await page.evaluate(() => (location.hash = '#/holder/restore'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sicherung wiederherstellen');
    tab.guard.assertClean();
  });
});
