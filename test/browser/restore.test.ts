// A restore loses nothing (issue 15, item 4), on two phones. The first has the DEMO sample pass
// (stamps of three DEMO districts) and backs it up through the share sheet: a closed sheet keeps
// the backup reminder, a share that went through clears it. The second phone has demo mode off,
// so none of those districts is trusted there: the restore keeps every entry as "not checkable
// on this device" and says so, and once the districts' roots and trust lists are in force
// (demo mode on) the same entries are checked again and valid (as DEMO).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, openPage, type GuardedPage } from './harness';
import { confirmDemo, entryCount, go } from './holder-steps';

const PHONE = { width: 360, height: 740 };
const PASSPHRASE = 'Sonnenblume 2024';
const SHOTS = process.env.BBPASS_SHOTS;

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** States of the entries list, one "valid/unchecked/demo" triple per entry. */
async function entryStates(page: Page): Promise<string[]> {
  await go(page, '#/holder/entries');
  const states = page.locator('[data-testid="entry-item"] [data-testid="verify-state"]');
  await expect.poll(() => states.count()).toBeGreaterThan(0);
  return states.evaluateAll((ps) => ps.map((p) => `${p.getAttribute('data-valid')}/${p.getAttribute('data-unchecked')}/${p.getAttribute('data-demo')}`));
}

async function backUpVia(page: Page, button: 'backup-share' | 'backup-submit') {
  await go(page, '#/holder/backup');
  await page.locator('#backup-pass').fill(PASSPHRASE);
  await page.locator('#backup-repeat').fill(PASSPHRASE);
  await page.getByTestId(button).click();
}

describe('restore on a phone without the backup’s districts', () => {
  let browser: Browser | undefined;
  const tabs: GuardedPage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const t of tabs) await t.context.close();
    await browser?.close();
  });

  it('keeps every entry as not checkable, then valid once the trust arrives; the reminder waits for the file', async () => {
    const first = await openPage(browser!, { viewport: PHONE });
    tabs.push(first);
    // This phone's share sheet: closed the first time, then it takes the file (kept for the test).
    await first.context.addInitScript(() => {
      let calls = 0;
      const w = window as unknown as { sharedBackup?: string; sharedName?: string };
      Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: { files: File[] }) => {
          calls += 1;
          if (calls === 1) throw new DOMException('closed', 'AbortError');
          w.sharedBackup = await data.files[0]!.text();
          w.sharedName = data.files[0]!.name;
        },
      });
    });
    const a = first.page;
    await a.goto(`${baseUrl()}/#/coordinator`);
    await a.getByTestId('demo-start').click();
    await confirmDemo(a);
    await a.getByTestId('demo-notice').waitFor();
    const n = await entryCount(a);
    expect(n).toBeGreaterThan(2);
    await go(a, '#/holder');
    await a.getByTestId('backup-reminder').waitFor();

    await backUpVia(a, 'backup-share');
    await a.getByTestId('backup-not-shared').waitFor();
    await shot(a, 'restore-01-share-closed');
    await go(a, '#/holder');
    await a.getByTestId('backup-reminder').waitFor();

    await backUpVia(a, 'backup-share');
    await a.getByTestId('backup-done').waitFor();
    const backup = (await a.evaluate(() => (window as unknown as { sharedBackup?: string }).sharedBackup)) ?? '';
    expect(JSON.parse(backup)).toMatchObject({ format: 'bbpass-backup' });
    // A .txt file: Chromium's share sheet refuses .json.
    expect(await a.evaluate(() => (window as unknown as { sharedName?: string }).sharedName)).toMatch(/^bildungspass-backup-[0-9A-Z]{8}-\d{4}-\d{2}-\d{2}\.txt$/);
    await go(a, '#/holder');
    await a.getByTestId('pass-code').waitFor();
    expect(await a.getByTestId('backup-reminder').count()).toBe(0);
    first.guard.assertClean();

    // The second phone: demo mode off, so it trusts none of the DEMO districts.
    const second = await openPage(browser!, { viewport: PHONE });
    tabs.push(second);
    const b = second.page;
    await b.goto(`${baseUrl()}/#/holder`);
    await b.getByRole('button', { name: 'Deutsch' }).click();
    await b.getByTestId('have-backup').click();
    await b.getByTestId('restore-file').setInputFiles({ name: 'sicherung.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await b.locator('#restore-pass').fill(PASSPHRASE);
    await b.getByTestId('restore-submit').click();
    const done = b.getByTestId('restore-done');
    await expect.poll(() => done.textContent(), { timeout: 15_000 }).toContain(`Einträge: ${n}`);
    expect(await done.getAttribute('class')).not.toContain('is-good');
    expect(await b.getByTestId('restore-valid').textContent()).toBe('Davon jetzt auf diesem Gerät gültig: 0');
    expect(await b.locator('[data-testid="restore-why"] li').evaluateAll((li) => li.map((l) => l.getAttribute('data-reason')))).toEqual(['unknown-issuer']);
    expect(await b.getByTestId('restore-why').textContent()).toContain(`Auf diesem Gerät nicht prüfbar: ${n}.`);
    await shot(b, 'restore-02-result-not-checkable');

    expect(await entryStates(b)).toEqual(Array(n).fill('false/true/false'));
    expect(await b.getByTestId('entry-item').first().textContent()).toContain('Auf diesem Gerät nicht prüfbar');
    await shot(b, 'restore-03-entries-not-checkable');
    await b.getByTestId('entry-item').first().click();
    await expect.poll(() => b.getByTestId('verify-state').textContent()).toContain('Dieses Gerät kennt den Landkreis der Stelle nicht.');
    await shot(b, 'restore-04-entry-not-checkable');

    // The districts' roots and trust lists come into force: the same entries are checked again.
    await go(b, '#/holder/settings');
    await b.getByTestId('demo-toggle').click();
    await confirmDemo(b);
    await expect.poll(() => b.getByTestId('demo-toggle').isChecked()).toBe(true);
    expect(await entryStates(b)).toEqual(Array(n).fill('true/false/true'));
    expect(await entryCount(b)).toBe(n);
    await shot(b, 'restore-05-entries-valid');
    second.guard.assertClean();
  });
});
