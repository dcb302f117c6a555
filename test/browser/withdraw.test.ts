// Withdrawing and correcting one stamp, every role on one device in demo mode (its fake camera
// relaunched for each code it films): the DEMO office stamps the sample pass twice, withdraws
// the first and corrects the second. The holder, who had not scanned the withdrawal yet, presents
// all entries and the verifier, after the coordinator listed the withdrawal, shows that stamp as
// withdrawn with its date while the others stay valid; then the holder's app takes the
// withdrawal code and the corrected stamp, marks both old entries and leaves them out.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { filmPayload } from './film-qr';
import { baseUrl, openPersistent, type GuardedPage } from './harness';
import { ARTIFACTS, go, readQr } from './holder-steps';
import { stampByCamera, startCoordinatorDemo, unlockCoordinator } from './journey-steps';
import { writeQrSequenceY4m } from './y4m';

const DESK = { width: 1280, height: 800 };
const SHOTS = process.env.BBPASS_SHOTS ?? '/tmp/shots-withdraw';
const SCAN_TIMEOUT_MS = 30_000;
const HOLDER = 'Amina';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

describe('withdraw and correct one stamp', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bbpass-withdraw-'));
  let tab: GuardedPage | undefined;
  let passphrase = '';

  async function launch(hash: string, codes?: readonly string[]): Promise<Page> {
    if (tab) {
      tab.guard.assertClean();
      await tab.context.close();
    }
    const video = codes && writeQrSequenceY4m(join(ARTIFACTS, `withdraw-${codes.length}-${codes[0]!.slice(5, 6)}.y4m`), codes);
    tab = await openPersistent(join(dir, 'profile'), { viewport: DESK, fakeVideo: video });
    await tab.page.goto(`${baseUrl()}/${hash}`);
    await tab.page.locator('main h1').first().waitFor();
    return tab.page;
  }

  async function unlockOffice(page: Page): Promise<void> {
    await page.locator('#unlock-pass').fill(passphrase);
    await page.getByTestId('unlock').click();
    await page.locator('[data-testid="session"][data-state="unlocked"]').waitFor({ timeout: 20_000 });
  }

  afterAll(async () => {
    await tab?.context.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('withdraws a stamp via the trust list (verifier: withdrawn, the others valid) and via the holder’s app; a corrected stamp replaces the old one', { timeout: 300_000 }, async () => {
    let page = await launch('#/coordinator');
    passphrase = await startCoordinatorDemo(page);
    await go(page, '#/holder/card');
    const card = await readQr(page.getByTestId('card-qr'));

    // The office stamps the sample pass twice (the camera films its card), then takes the first back.
    page = await launch('#/office/stamp', [card]);
    await unlockOffice(page);
    // Another level: the same entry for the same pass signed in the same second is the very same
    // stamp (Ed25519 is deterministic), and the log would hold it once.
    const first = await stampByCamera(page, 'sprachkurs', HOLDER, (p) => p.locator('#stamp-level').selectOption('A2'));
    await page.getByTestId('stamp-next').click();
    const second = await stampByCamera(page, 'sprachkurs', HOLDER);
    await go(page, '#/office/log');
    await expect.poll(() => page.getByTestId('log-item').count()).toBe(2);
    // The first stamp by its level: two stamps of one second have no newest.
    const item = (level: string) => page.getByTestId('log-item').filter({ hasText: ` · ${level}` });
    await item('A2').getByTestId('log-withdraw').click();
    await page.getByRole('radio', { name: 'Falsche Person' }).check();
    await page.getByTestId('withdraw-submit').click();
    const holderCode = await readQr(page.getByTestId('withdrawal-qr'));
    expect(holderCode).toMatch(/^BBP1:W:/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('withdrawal-download').click()]);
    const file = join(dir, 'withdrawal.txt');
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan(holderCode.length);
    await shot(page, 'withdraw-01-office-codes');

    // The correction: the same card again, the form starts from the old entry, the level is fixed.
    await go(page, '#/office/log');
    await expect.poll(() => page.getByTestId('log-withdrawn').count()).toBe(1);
    await shot(page, 'withdraw-02-office-log');
    await item('B1').getByTestId('log-withdraw').click();
    await page.getByTestId('correct-link').click();
    await page.getByTestId('person').waitFor({ timeout: SCAN_TIMEOUT_MS });
    expect(await page.locator('#stamp-level').inputValue()).toBe('B1');
    await page.locator('#stamp-level').selectOption('B2');
    await page.getByRole('button', { name: 'Weiter zur Prüfung' }).click();
    await page.getByTestId('sign').click();
    const corrected = await readQr(page.getByTestId('stamp-qr'));
    await page.getByTestId('withdrawal-codes').waitFor();
    await shot(page, 'withdraw-03-office-corrected');

    // The holder receives both stamps and presents everything, before hearing of the withdrawal.
    page = await launch('#/holder/receive', [first, second]);
    await expect.poll(() => page.getByTestId('received-list').locator('li').count(), { timeout: SCAN_TIMEOUT_MS }).toBe(2);
    await go(page, '#/holder/present');
    await page.getByTestId('present-show').click();
    const filmed = await filmPayload(page.getByTestId('present-qr'), 30_000);
    if (!filmed) throw new Error('presentation not assembled within 30 s');

    // The coordinator lists the office's withdrawal and publishes; this device trusts the new list at once.
    page = await launch('#/coordinator');
    await unlockCoordinator(page, passphrase);
    await go(page, '#/coordinator/register');
    await page.locator('input[type="file"][name="withdrawal-file"]').setInputFiles(file);
    await expect.poll(() => page.getByTestId('withdrawal-outcome').getAttribute('data-status')).toBe('accepted');
    await expect.poll(() => page.getByTestId('withdrawal-row').count()).toBe(1);
    await page.getByTestId('publish').click();
    await page.getByTestId('published').waitFor();
    await shot(page, 'withdraw-04-coordinator');

    // The verifier: the withdrawn stamp with its date, every other entry valid.
    page = await launch('#/verifier', filmed.texts);
    await page.getByTestId('verifier-result').waitFor({ timeout: SCAN_TIMEOUT_MS });
    const items = await page.getByTestId('result-item').evaluateAll((els) => els.map((e) => ({ valid: e.getAttribute('data-valid'), reason: e.getAttribute('data-reason'), text: e.textContent ?? '' })));
    expect(items).toHaveLength(5);
    const bad = items.filter((i) => i.valid === 'false');
    expect(bad.map((i) => i.reason)).toEqual(['withdrawn']);
    expect(bad[0]!.text).toMatch(/Die Stelle hat diesen Stempel am \d\d\.\d\d\.\d{4} zurückgezogen/);
    expect(items.filter((i) => i.valid === 'true')).toHaveLength(4);
    await shot(page, 'withdraw-05-verifier');

    // The holder's app takes the withdrawal code, then the corrected stamp.
    page = await launch('#/holder/receive', [holderCode]);
    await expect.poll(() => page.getByTestId('receive-outcome').getAttribute('data-status'), { timeout: SCAN_TIMEOUT_MS }).toBe('withdrawn');
    await shot(page, 'withdraw-06-holder-withdrawn');
    page = await launch('#/holder/receive', [corrected]);
    await expect.poll(() => page.getByTestId('receive-outcome').getAttribute('data-status'), { timeout: SCAN_TIMEOUT_MS }).toBe('stored');
    await go(page, '#/holder/entries');
    await expect.poll(() => page.getByTestId('entry-item').count()).toBe(6);
    await shot(page, 'withdraw-07-holder-entries');
    // Both old entries stay stored, shown as not valid, each with its office's reason.
    const invalid = page.getByTestId('entry-item').filter({ has: page.locator('[data-testid="verify-state"][data-valid="false"]') });
    expect(await invalid.count()).toBe(2);
    const reasons: Array<string | null> = [];
    for (const n of [0, 1]) {
      await go(page, '#/holder/entries');
      await invalid.nth(n).click();
      await page.getByTestId('entry-withdrawn').waitFor();
      reasons.push(await page.getByTestId('entry-withdrawn').getAttribute('data-reason'));
    }
    expect(reasons.sort()).toEqual(['corrected', 'wrong-person']);
    await shot(page, 'withdraw-08-holder-entry');
    // Presenting offers only what still counts: the three sample entries and the corrected stamp.
    await go(page, '#/holder/present');
    await expect.poll(() => page.locator('.pick-list input[type="checkbox"]').count()).toBe(4);
  });
});
