// axe-core (WCAG 2.1 A/AA rules) on every holder screen and the shell, in German and in Arabic
// (right to left), plus the staff areas' start pages. Also: switching to Arabic sets dir="rtl".
// Every language of the registry: the holder screens at 320 px without sideways scrolling, and
// axe on them, in one page session (a language switch re-renders in place, nothing reloads).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LANGUAGES } from '../../src/ui/i18n/languages';
import { baseUrl, browserPerSuite } from './harness';
import { createPassInUi, switchLanguage } from './holder-steps';

// The app's CSP (script-src 'self') blocks addScriptTag's inline script, so axe is evaluated
// through the DevTools protocol instead, which the CSP does not govern.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Holder screens that need a pass, by hash. */
const HOLDER = ['#/holder', '#/holder/card', '#/holder/receive', '#/holder/entries', '#/holder/entry/nope', '#/holder/present', '#/holder/backup', '#/holder/restore', '#/holder/print', '#/holder/settings', '#/holder/delete', '#/holder/new', '#/holder/directory', '#/holder/offer/landratsamt-dachau', '#/holder/offer/helferkreise'];
const STAFF = ['#/office', '#/verifier', '#/coordinator'];
const SHOTS = process.env.BBPASS_SHOTS;
/** The screens axe judges in the languages beyond German and Arabic: each text-heavy layout once (the rest share them). */
const AXE_EVERY_LANGUAGE = new Set(['#/holder', '#/holder/card', '#/holder/entries', '#/holder/present', '#/holder/settings', '#/holder/new', '#/holder/directory', '#/holder/offer/landratsamt-dachau']);

/** Opens a screen and waits until it has rendered with its lazy data. */
async function show(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  // A screen has rendered when it shows its heading (or, for an unknown id, its alert).
  await page.locator('main h1, main [role="alert"]').first().waitFor();
  // Let lazy data (directory, entries) settle before judging the screen.
  await page.waitForFunction(() => !document.querySelector('main .loading'));
}

/** Opens a screen and returns axe's violations as "rule: targets" lines. */
async function violations(page: Page, hash: string): Promise<string[]> {
  await show(page, hash);
  return axe(page, hash);
}

/** axe's violations on the screen shown, as "hash rule: targets" lines. */
async function axe(page: Page, hash: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const found = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
  return found.map((v) => `${hash} ${v}`);
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  const suite = browserPerSuite();

  it('finds no violations on the first start, every holder screen and the shell, in German and Arabic', async () => {
    const { page, guard } = await suite.open({ viewport: { width: 360, height: 740 } });
    await page.goto(`${baseUrl()}/#/holder`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sprache wählen');
    const found = await violations(page, '#/holder');
    await createPassInUi(page);
    for (const hash of HOLDER) found.push(...(await violations(page, hash)));

    await page.evaluate(() => (location.hash = '#/holder'));
    await switchLanguage(page, 'العربية');
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    for (const hash of HOLDER) found.push(...(await violations(page, hash)));
    expect(found).toEqual([]);
    guard.assertClean();
  });

  it('fits every holder screen into 320 px in each of the registry’s languages, with no axe violation', async () => {
    const { page, guard } = await suite.open({ viewport: { width: 320, height: 640 } });
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    await createPassInUi(page, baseUrl());
    const found: string[] = [];
    for (const { code, name } of LANGUAGES) {
      await show(page, '#/holder');
      if (code !== 'de') await switchLanguage(page, name);
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe(code);
      for (const hash of HOLDER) {
        await show(page, hash);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow !== 0) found.push(`${code} ${hash}: ${overflow} px sideways`);
        if (SHOTS && (overflow !== 0 || hash === '#/holder/directory')) await page.screenshot({ path: join(SHOTS, `a11y-320-${code}-${hash.split('/')[2] ?? 'home'}.png`), fullPage: overflow !== 0 });
        // German and Arabic are judged screen by screen above, at 360 px.
        if (code !== 'de' && code !== 'ar' && AXE_EVERY_LANGUAGE.has(hash)) found.push(...(await axe(page, hash)).map((v) => `${code} ${v}`));
      }
    }
    expect(found).toEqual([]);
    guard.assertClean();
  }, 150_000);

  it('switching back from Arabic to German sets dir="ltr" again', async () => {
    const { page, guard } = await suite.open();
    await page.goto(`${baseUrl()}/#/holder`);
    await switchLanguage(page, 'العربية');
    await expect.poll(() => page.locator('h1').textContent()).toBe('اختر اللغة');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await switchLanguage(page, 'Deutsch');
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('ltr');
    // The checker itself works: a picture without a text alternative is reported.
    await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: 'icons/icon-192.png' })));
    expect((await violations(page, '#/holder')).join()).toContain('image-alt');
    guard.assertClean();
  });

  it('reports the staff areas’ start pages (German and Arabic, where staff screens fall back to English)', async () => {
    const { page } = await suite.open();
    await page.goto(`${baseUrl()}/#/holder`);
    const found: string[] = [];
    for (const hash of STAFF) found.push(...(await violations(page, hash)));
    await switchLanguage(page, 'العربية');
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
    for (const hash of STAFF) found.push(...(await violations(page, hash)));
    // Printed for the report: the staff screens belong to other areas.
    console.log(`staff a11y: ${found.length ? found.join('\n') : 'none'}`);
    expect(found).toEqual([]);
  });
});
