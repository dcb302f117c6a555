// Steps through the holder screens that several browser tests share: creating a pass in the
// UI, reading a QR code off the screen, counting entries.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { decodeQr } from '../../src/scan/decode-image';
import { baseUrl } from './harness';

/** Where screenshots and fake-camera videos go (gitignored). */
export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '.artifacts');

/** Writes a test's input files under .artifacts/<folder>/; returns the function that writes one and gives its path. */
export function artifactFiles(folder: string): (name: string, text: string) => string {
  const dir = join(ARTIFACTS, folder);
  return (name, text) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
}

/** A full-page screenshot into BBPASS_SHOTS when that is set (the pictures a person looks at). */
export async function shotIfAsked(page: Page, name: string): Promise<void> {
  const dir = process.env.BBPASS_SHOTS;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** The person the tests create a pass for: birth month and year only, as on many refugees' papers. */
export const PERSON = { givenName: 'Zahra', familyName: 'Ahmadi', birthMonth: '03', birthYear: '2007' } as const;

/** Goes to a holder route and waits until its lazy chunk has rendered a heading. */
export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.locator('main h1').first().waitFor();
}

/** Chooses a language in the header's language menu by its own name (e.g. 'English', 'العربية'). */
export async function switchLanguage(page: Page, name: string): Promise<void> {
  const menu = page.locator('.app-header .language-switch');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  await menu.getByRole('button', { name }).click();
}

/** Creates a pass through the first-start screens (language, then the form) and waits for the pass home. */
export async function createPassInUi(page: Page, origin = baseUrl()): Promise<void> {
  if (!page.url().startsWith(origin)) await page.goto(`${origin}/#/holder`);
  const heading = page.locator('main h1');
  await expect.poll(() => heading.textContent()).toMatch(/^(Sprache wählen|Pass anlegen)$/);
  if ((await heading.textContent()) === 'Sprache wählen') await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.getByLabel('Vorname(n)').fill(PERSON.givenName);
  await page.getByLabel('Familienname').fill(PERSON.familyName);
  await page.locator('#birth-day').fill('');
  await page.locator('#birth-month').selectOption(PERSON.birthMonth);
  await page.locator('#birth-year').fill(PERSON.birthYear);
  await page.getByTestId('create-pass').click();
  await page.getByTestId('pass-code').waitFor();
}

/** Decodes the QR code an element shows, from a screenshot of it (as a phone camera would see the screen). */
export async function readQr(element: Locator): Promise<string> {
  const png = PNG.sync.read(await element.screenshot());
  const text = decodeQr(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  if (text === null) throw new Error('no QR code found in the element');
  return text;
}

/** Number of entries the entries screen lists. */
export async function entryCount(page: Page): Promise<number> {
  await go(page, '#/holder/entries');
  await expect.poll(() => page.locator('[data-testid="entry-item"], [data-testid="entries-empty"]').count()).toBeGreaterThan(0);
  return page.getByTestId('entry-item').count();
}

/** Saves a full-page screenshot as `.artifacts/<name>.png` for people to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Demo mode's guard, after the switch was pressed: confirming needs "DEMO" typed, then it goes on. */
export async function confirmDemo(page: Page): Promise<void> {
  const confirm = page.getByTestId('demo-confirm');
  await confirm.waitFor();
  expect(await confirm.isDisabled()).toBe(true);
  await page.getByTestId('demo-confirm-word').fill('DEMO');
  await confirm.click();
}
