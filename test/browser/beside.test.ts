// Two languages side by side, in real Chromium: the holder switches their entries to Arabic with
// German beside (each language with its own lang and dir, remembered after a reload, no overflow
// at 320 px in the longest and the right-to-left languages), and a verifier shows a checked
// presentation's entries in German with Arabic beside. Screenshots at 1280×800 and 360×740 in BBPASS_SHOTS.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ar from '../../src/ui/i18n/locales/ar.json';
import { baseUrl, browserPerSuite } from './harness';
import { confirmDemo, go, switchLanguage } from './holder-steps';
import { verifierDemoOn } from './journey-steps';
import { genuineStamps, presentationFrames } from './verifier-camera';

const SHOTS = process.env.BBPASS_SHOTS ?? '/tmp/shots-beside';
const DESK = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const ARABIC = /[\u0600-\u06FF]/;

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** "Demo starten" gives the device a sample pass with stamps from three DEMO districts. */
async function samplePass(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/#/coordinator`);
  await page.getByTestId('demo-start').click();
  await confirmDemo(page);
  await page.getByTestId('demo-notice').waitFor();
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('two languages side by side', () => {
  const suite = browserPerSuite();

  it('holder: Arabic with German beside on the entries and an entry, remembered, within 320 px in every long or right-to-left language', async () => {
    const { page, guard } = await suite.open({ viewport: DESK });
    await samplePass(page);
    await go(page, '#/holder/entries');
    await page.getByTestId('entry-item').first().waitFor();
    // German screens have nothing to put beside them.
    expect(await page.getByTestId('beside-toggle').count()).toBe(0);

    await switchLanguage(page, 'العربية');
    await page.getByTestId('beside-toggle').check();
    const items = page.getByTestId('entry-item');
    const germanLines = items.locator('.side-second[lang="de"][dir="ltr"]');
    await expect.poll(() => germanLines.count()).toBe(await items.count());
    expect((await germanLines.allTextContents()).some((s) => s.startsWith('Sprachkurs: Integrationskurs'))).toBe(true);
    await shot(page, 'beside-holder-entries-ar-1280');

    await items.filter({ hasText: ar['entry.course.integrationskurs'] }).first().click();
    const office = page.locator('[data-testid="pair-row"][data-field="office"]');
    await office.waitFor();
    // Each label and value in Arabic (right to left) with German beside it (left to right), German marked for read-aloud to skip.
    expect(await office.locator('dt .side[lang="ar"][dir="rtl"]').textContent()).toBe(ar['holder.entry.office']);
    expect(await office.locator('dt .side-second[lang="de"][dir="ltr"]').textContent()).toBe('Stelle');
    expect(await office.locator('dt .side-second').getAttribute('data-no-read')).toBe('');
    const course = page.locator('[data-testid="pair-row"][data-field="course"]');
    expect(await course.locator('dd [lang="ar"]').textContent()).toBe(ar['entry.course.integrationskurs']);
    expect(await course.locator('dd [lang="de"]').textContent()).toBe('Integrationskurs');
    expect(await page.getByTestId('pair-head').textContent()).toBe('العربيةDeutsch');
    // From 30rem on, the two languages stand in two columns: Arabic on the right of a right-to-left page, German on the left.
    const [own, german] = await Promise.all([course.locator('dd [lang="ar"]').boundingBox(), course.locator('dd [lang="de"]').boundingBox()]);
    expect(german!.x + german!.width).toBeLessThanOrEqual(own!.x);
    await shot(page, 'beside-holder-entry-ar-1280');

    // Remembered on the device.
    await page.reload();
    await office.waitFor();
    expect(await page.getByTestId('beside-toggle').isChecked()).toBe(true);

    await page.setViewportSize(PHONE);
    const [ownPhone, germanPhone] = await Promise.all([course.locator('dd [lang="ar"]').boundingBox(), course.locator('dd [lang="de"]').boundingBox()]);
    expect(germanPhone!.y).toBeGreaterThanOrEqual(ownPhone!.y + ownPhone!.height); // stacked on a phone
    await shot(page, 'beside-holder-entry-ar-360');
    const entryHash = await page.evaluate(() => location.hash);
    await page.setViewportSize({ width: 320, height: 740 });
    // Arabic last: the language menu offers every language but the current one.
    for (const [code, name] of [['ps', 'پښتو'], ['ru', 'Русский'], ['so', 'Soomaali'], ['kmr', 'Kurmancî'], ['ar', 'العربية']] as const) {
      await switchLanguage(page, name);
      await go(page, entryHash);
      const label = office.locator('dt .side').first();
      // The language's catalogue loads lazily: wait until the row speaks it.
      await expect.poll(() => label.getAttribute('lang')).toBe(code);
      expect(await label.getAttribute('dir'), name).toBe(code === 'ar' || code === 'ps' ? 'rtl' : 'ltr');
      expect(await overflow(page), `entry in ${name}`).toBeLessThanOrEqual(0);
      if (code === 'kmr') await shot(page, 'beside-holder-entry-kmr-320');
      await go(page, '#/holder/entries');
      await germanLines.first().waitFor();
      expect(await overflow(page), `entries in ${name}`).toBeLessThanOrEqual(0);
    }
    await shot(page, 'beside-holder-entries-ar-320');
    // Off again: one language, as before.
    await page.getByTestId('beside-toggle').uncheck();
    await expect.poll(() => germanLines.count()).toBe(0);
    guard.assertClean();
  });

  it('verifier: a checked presentation in German with Arabic beside, the verdict in German only', async () => {
    const { page, guard } = await suite.open({ viewport: DESK });
    await page.goto(`${baseUrl()}/#/verifier/settings`);
    await page.locator('main h1').first().waitFor();
    await verifierDemoOn(page);
    await go(page, '#/verifier');
    const now = Math.floor(Date.now() / 1000);
    const frames = presentationFrames(now, genuineStamps(now, 4));
    // Handed over as bytes: Chromium reads a file given by path only later, when the app opens it.
    const file = { name: 'bildungspass.txt', mimeType: 'text/plain', buffer: Buffer.from(frames.texts(frames.seqLen).join('\n')) };
    await page.getByTestId('presentation-file').setInputFiles(file);
    await page.getByTestId('verifier-result').waitFor();
    const beside = page.getByTestId('item-beside');
    expect(await beside.count()).toBe(0);
    await shot(page, 'beside-verifier-de-1280');

    await page.getByTestId('beside-lang').selectOption('ar');
    await expect.poll(() => beside.count()).toBe(4);
    // Newest first: the first entry is a Beratung, so the Sprachkurs row is looked for among all.
    const course = beside.locator('[data-testid="pair-row"][data-field="course"]').first();
    expect(await course.locator('dt [lang="de"][dir="ltr"]').textContent()).toBe('Kursart');
    expect(await course.locator('dt [lang="ar"][dir="rtl"]').textContent()).toBe(ar['entry.field.course']);
    expect(await course.locator('dd [lang="ar"]').textContent()).toBe(ar['entry.course.integrationskurs']);
    expect(await beside.first().locator('.item-title [lang="ar"][dir="rtl"]').textContent()).toMatch(ARABIC);
    // German first (left), Arabic beside it; the verdict is never translated.
    const [de, own] = await Promise.all([course.locator('dd [lang="de"]').boundingBox(), course.locator('dd [lang="ar"]').boundingBox()]);
    expect(de!.x + de!.width).toBeLessThanOrEqual(own!.x);
    for (const verdict of await page.getByTestId('item-verdict').allTextContents()) expect(verdict).not.toMatch(ARABIC);
    expect(await page.locator('.beside-choice').textContent()).toContain('maßgeblich ist der deutsche Text');
    await shot(page, 'beside-verifier-de-ar-1280');
    await page.setViewportSize(PHONE);
    // Nothing of the two-language view reaches past the screen's edge on a phone.
    const right = await page.locator('.beside-choice, .item-beside').evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
    expect(right).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'beside-verifier-de-ar-360');

    await page.getByTestId('beside-lang').selectOption('');
    await expect.poll(() => beside.count()).toBe(0);
    guard.assertClean();
  });
});
