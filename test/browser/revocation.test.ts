// Revocation at a time, not a day, in real Chromium on one DEMO device (the page's clock set to
// 15:30 German time): the coordinator revokes the DEMO-VHS Dachau from 14:00 today and publishes;
// the office's start screen says so and its stamp screen refuses to sign ('revoked'); the
// verifier keeps the office's 09:00 stamp valid and refuses a 15:00 one ('issuer-revoked').
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FEDERATION, DEMO_TRUST_AT, demoDistrictWorld, issueStamp, stampToCbor, valueToText } from '../../src/core';
import { DEMO_PASSPHRASE } from '../../src/storage/demo-constants';
import { berlinInput, berlinMoment } from '../../src/ui/kit/berlin-time';
import { baseUrl, browserPerSuite } from './harness';
import { ARTIFACTS, go, shotIfAsked } from './holder-steps';
import { ENTRIES, startCoordinatorDemo } from './journey-steps';
import { newHolder } from './office-steps';
import { writeQrY4m } from './y4m';

const DESK = { width: 1280, height: 860 };
const files = join(ARTIFACTS, 'revocation');
const today = berlinInput(Math.floor(Date.now() / 1000)).date;
const at = (time: string) => berlinMoment(today, time)!;
const OFFICE = 'DEMO-VHS Dachau';
const vhs = demoDistrictWorld(DEMO_FEDERATION[0]!, DEMO_TRUST_AT).offices['dachau vhs']!;
// The holder's card, signed when the page's clock starts, is what the office's camera films.
const person = newHolder('Nour', 'Haddad', '2000-01-01', at('15:30'));
const stampAt = (time: string) => valueToText('stamp', stampToCbor(issueStamp({ holder: person.holder, issuedAt: at(time), entry: { type: 'sprachkurs', course: 'integrationskurs', level: 'A2', status: 'completed' } }, vhs.keys, vhs.certificate)));

/** Checks one stamp file on the verifier screen; returns the entry's verdict and reason. */
async function verifyFile(page: Page, name: string, text: string): Promise<{ valid: string | null; reason: string | null }> {
  writeFileSync(join(files, name), text);
  await page.getByTestId('presentation-file').setInputFiles(join(files, name));
  const item = page.getByTestId('result-item');
  await item.waitFor();
  return { valid: await item.getAttribute('data-valid'), reason: await item.getAttribute('data-reason') };
}

describe('revocation at a time', () => {
  mkdirSync(files, { recursive: true });
  const suite = browserPerSuite(() => ({ fakeVideo: writeQrY4m(join(files, 'card.y4m'), person.card) }));

  it('revoked from 14:00: the office stops stamping, its 09:00 stamp stays valid, a 15:00 one is refused', async () => {
    const { page, guard } = await suite.open({ viewport: DESK });
    await page.clock.install({ time: at('15:30') * 1000 });
    await page.goto(`${baseUrl()}/#/coordinator`);
    await startCoordinatorDemo(page);

    // The coordinator: the form starts at now and says what happens on either side of the time typed.
    await go(page, '#/coordinator/register');
    const card = page.getByTestId('admission').filter({ hasText: OFFICE });
    await card.getByText('Zulassung widerrufen …').click();
    expect(await card.getByLabel('Uhrzeit (deutsche Zeit)').inputValue()).toBe('15:30');
    await card.getByLabel('Widerrufen ab: Datum').fill(today);
    await card.getByLabel('Uhrzeit (deutsche Zeit)').fill('14:00');
    const consequence = (await card.getByTestId('revoke-consequence').textContent()) ?? '';
    expect(consequence).toMatch(/^Stempel, die DEMO-VHS Dachau vor dem .*14:00 \(deutsche Zeit\) ausgestellt hat, bleiben gültig\. Stempel ab .*14:00/);
    await shotIfAsked(page, 'revoke-form');
    await card.getByRole('button', { name: `${OFFICE} widerrufen` }).click();
    await expect.poll(() => card.getAttribute('data-state')).toBe('revoked');
    expect(await card.textContent()).toContain('14:00 (deutsche Zeit)');
    await page.getByTestId('publish').click(); // this device takes the new list at once
    await page.getByTestId('published').waitFor();

    // The office on the same device: its start screen names the revocation, and it signs nothing.
    await go(page, '#/office');
    await expect.poll(() => page.getByTestId('revoked-note').textContent()).toMatch(/demo-dachau.*14:00.*widerrufen/);
    await shotIfAsked(page, 'revoked-office-start');
    await page.locator('#unlock-pass').fill(DEMO_PASSPHRASE);
    await page.getByTestId('unlock').click();
    await go(page, '#/office/stamp');
    await page.getByTestId('person').waitFor({ timeout: 30_000 });
    await page.locator('#stamp-type').selectOption('sprachkurs');
    await ENTRIES.sprachkurs(page);
    await page.getByRole('button', { name: 'Weiter zur Prüfung' }).click();
    await page.getByTestId('sign').click();
    await expect.poll(() => page.getByTestId('sign-refused').getAttribute('data-reason')).toBe('revoked');
    expect(await page.getByTestId('stamp-qr').count()).toBe(0);
    await shotIfAsked(page, 'revoked-office-sign');

    // The verifier on the same device, with the published list: 09:00 valid, 15:00 refused.
    await go(page, '#/verifier');
    expect(await verifyFile(page, 'stamp-0900.txt', stampAt('09:00'))).toEqual({ valid: 'true', reason: '' });
    await shotIfAsked(page, 'revoked-verify-0900');
    await page.getByTestId('check-again').click();
    expect(await verifyFile(page, 'stamp-1500.txt', stampAt('15:00'))).toEqual({ valid: 'false', reason: 'issuer-revoked' });
    await shotIfAsked(page, 'revoked-verify-1500');
    guard.assertClean();
  });
});
