// axe-core (WCAG 2.1 A/AA rules) on every holder screen and the shell, in German and in Arabic
// (right to left), plus the staff areas' start pages. Also: switching to Arabic sets dir="rtl".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, browserPerSuite } from './harness';
import { createPassInUi, switchLanguage } from './holder-steps';

// The app's CSP (script-src 'self') blocks addScriptTag's inline script, so axe is evaluated
// through the DevTools protocol instead, which the CSP does not govern.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Holder screens that need a pass, by hash. */
const HOLDER = ['#/holder', '#/holder/card', '#/holder/receive', '#/holder/entries', '#/holder/entry/nope', '#/holder/present', '#/holder/backup', '#/holder/restore', '#/holder/print', '#/holder/settings', '#/holder/delete', '#/holder/new', '#/holder/directory', '#/holder/offer/landratsamt-dachau', '#/holder/offer/helferkreise'];
const STAFF = ['#/office', '#/verifier', '#/coordinator'];

/** Opens a screen and returns axe's violations as "rule: targets" lines. */
async function violations(page: Page, hash: string): Promise<string[]> {
  await page.evaluate((h) => (location.hash = h), hash);
  // A screen has rendered when it shows its heading (or, for an unknown id, its alert).
  await page.locator('main h1, main [role="alert"]').first().waitFor();
  // Let lazy data (directory, entries) settle before judging the screen.
  await page.waitForFunction(() => !document.querySelector('main .loading'));
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
