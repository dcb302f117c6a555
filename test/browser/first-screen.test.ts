// index.html's first screen (tools/first-screen): the holder's language list is in the served
// page before any app script, a tap on it before the app is there is not lost, Preact takes the
// same nodes over in place (no layout shift), and a device that would not see the list (a pass
// on it, a staff route) never shows it, not even for a frame.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, browserPerSuite } from './harness';
import { createPassInUi, go } from './holder-steps';
import { LANGUAGES } from '../../src/ui/i18n/languages';
import tr from '../../src/ui/i18n/locales/tr.json';

const SHOTS = process.env.BBPASS_SHOTS;
const PHONE = { width: 360, height: 740 };

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Holds the app's scripts until release() (a first visit: no service worker answers yet). */
async function holdApp(page: Page): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Before the page's own scripts: notes in window.__staticShown whether index.html's list was ever on screen at a frame. */
async function watchStaticList(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __staticShown: boolean };
    w.__staticShown = false;
    const look = () => {
      const list = document.querySelector('section[data-static]');
      if (list && getComputedStyle(list).display !== 'none') w.__staticShown = true;
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('first screen in index.html', () => {
  const suite = browserPerSuite();

  it('serves all languages with their own names, lang, dir and the note of each unreviewed one, under a CSP without inline script', async () => {
    const response = await fetch(`${baseUrl()}/`);
    const html = await response.text();
    for (const l of LANGUAGES) {
      const button = new RegExp(`<button [^>]*lang="${l.code}" dir="${l.dir}"[^>]*><span class="language-name">([^<]*)</span>(?:<span class="language-note">([^<]*)</span>)?</button>`).exec(html);
      expect(button?.[1], l.code).toBe(l.name);
      expect(button?.[2], l.code).toBe(l.review === 'unreviewed' ? l.note : undefined);
    }
    expect(LANGUAGES).toHaveLength(14);
    const csp = [/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1], response.headers.get('content-security-policy')];
    expect(csp[0]).toContain("script-src 'self'");
    for (const policy of csp) expect(policy ?? '').not.toContain('unsafe-inline');
    // Every script is a file: nothing inline for a policy to have to allow.
    expect(html.match(/<script\b(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
  });

  it('keeps a language tapped before the app is there and opens the form in it', async () => {
    const { page, guard } = await suite.open({ viewport: PHONE });
    const release = await holdApp(page);
    await page.goto(`${baseUrl()}/#/holder`, { waitUntil: 'commit' });
    const turkish = page.getByRole('button', { name: /^Türkçe/ });
    await turkish.waitFor();
    // No app script ran: what is on screen is index.html's own list.
    expect(await page.locator('section[data-static]').count()).toBe(1);
    expect(await page.locator('.app-header .language-switch').count()).toBe(0);
    expect(await overflow(page)).toBe(0);
    await shot(page, 'first-screen-static-360');
    await turkish.click();
    release();
    await expect.poll(() => page.locator('main h1').textContent()).toBe(tr['holder.start.title']);
    expect(await page.getAttribute('html', 'lang')).toBe('tr');
    expect(await page.evaluate(() => localStorage.getItem('bbpass.lang'))).toBe('tr');
    guard.assertClean();
  });

  it('is taken over by the app in place: the same nodes, nothing moves', async () => {
    const { page, guard } = await suite.open({ viewport: PHONE });
    const release = await holdApp(page);
    await page.goto(`${baseUrl()}/#/holder`, { waitUntil: 'commit' });
    await page.locator('#start-title').waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number }>) w.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const boxes = () => page.locator('.language-choice').evaluateAll((bs) => bs.map((b) => JSON.stringify(b.getBoundingClientRect())));
    const before = await boxes();
    const title = await page.$('#start-title');
    release();
    await page.locator('.app-header .language-switch').waitFor();
    await page.locator('.alt-action').waitFor();
    expect(await title!.evaluate((h) => h.isConnected)).toBe(true);
    expect(await page.locator('[data-static]').count()).toBe(0);
    expect(await boxes()).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
    await shot(page, 'first-screen-app-360');
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await overflow(page)).toBe(0);
    await shot(page, 'first-screen-app-320');
    guard.assertClean();
  });

  it('never shows the list on a device with a pass, nor on a staff route', async () => {
    const { page, guard } = await suite.open({ viewport: PHONE });
    await watchStaticList(page);
    await page.goto(`${baseUrl()}/#/holder`);
    // The probe sees the list where it belongs (a first start)…
    await expect.poll(() => page.evaluate(() => (window as unknown as { __staticShown: boolean }).__staticShown)).toBe(true);
    await createPassInUi(page);
    // …and never after a pass was made, from the first frame on.
    await page.reload();
    await page.getByTestId('pass-code').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __staticShown: boolean }).__staticShown)).toBe(false);
    // The settings list carries the same notes as the first screen.
    await go(page, '#/holder/settings');
    const en = LANGUAGES.find((l) => l.code === 'en')!;
    expect(await page.locator('.language-choice[lang="en"] .language-note').textContent()).toBe(en.note);
    expect(await page.locator('.language-choice[lang="de"] .language-note').count()).toBe(0);
    await shot(page, 'first-screen-settings-360');
    guard.assertClean();
    await page.context().close();

    const staff = await suite.open({ viewport: PHONE });
    await watchStaticList(staff.page);
    await staff.page.goto(`${baseUrl()}/#/office`);
    await staff.page.locator('main h1').first().waitFor();
    expect(await staff.page.evaluate(() => (window as unknown as { __staticShown: boolean }).__staticShown)).toBe(false);
    staff.guard.assertClean();
  });
});
