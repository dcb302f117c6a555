// Steps the office browser test and the class-mode bench share: the bbpass CLI as a district
// coordinator uses it, a fresh holder with a signed pass card, setting up an office in the UI.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { cardToCbor, createCard, generateKeyPair, valueToText, type Holder, type KeyPair } from '../../src/core';

const BIN = fileURLToPath(new URL('../../src/cli/bbpass.mjs', import.meta.url));

/** Runs the bbpass CLI in `cwd`; returns exit code and output. */
export function bbpass(cwd: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, BBPASS_PASSPHRASE: 'coordinator passphrase' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A new holder (with umlauts in the name) and their pass card text signed at `now`. */
export function newHolder(givenName: string, familyName: string, birthDate: string, now: number): { holder: Holder; keys: KeyPair; card: string } {
  const keys = generateKeyPair();
  const holder: Holder = { publicKey: keys.publicKey, givenName, familyName, birthDate };
  return { holder, keys, card: valueToText('card', cardToCbor(createCard(holder, keys, now))) };
}

/** The staff passphrase the tests set. */
export const OFFICE_PASSPHRASE = 'Kursraum 12 Süd';

/** Sets up an office through the setup screen (the page must show it). */
export async function setupOfficeInUi(page: Page, name: string, district: string): Promise<void> {
  await page.locator('#setup-name').fill(name);
  await page.locator('#setup-kind').selectOption('volkshochschule');
  await page.locator('#setup-district').fill(district);
  await page.locator('#setup-address').fill('Hauptstraße 1, 85221 Dachau');
  await page.locator('#setup-pass').fill(OFFICE_PASSPHRASE);
  await page.locator('#setup-repeat').fill(OFFICE_PASSPHRASE);
  await page.getByTestId('setup-submit').click();
  await page.locator('[data-testid="session"][data-state="unlocked"]').waitFor({ timeout: 20_000 });
}

/** Creates a template through the templates screen: name, type, and field values by input id suffix. */
export async function addTemplate(page: Page, name: string, type: string, fill: (page: Page) => Promise<void>): Promise<void> {
  await page.evaluate(() => (location.hash = '#/office/templates'));
  await page.getByTestId('template-new').click();
  await page.locator('#template-name').fill(name);
  await page.locator('#template-type').selectOption(type);
  await fill(page);
  await page.getByTestId('template-save').click();
  await page.getByTestId('template-new').waitFor();
}

/** Where office screenshots go. */
export const SHOTS = process.env.BBPASS_SHOTS ?? '/tmp/shots-office';

/** Screenshots the page at the two sizes the issue names (desk PC and tablet). */
export async function snapBoth(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const size of [{ width: 1280, height: 800 }, { width: 768, height: 1024 }]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SHOTS, `${name}-${size.width}x${size.height}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}
