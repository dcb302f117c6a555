// The verifier in real Chromium with a fake camera: a 30-stamp presentation filmed at 5 frames/s
// with a quarter of the frames dropped, scanned to a verified summary; the same pass with a
// tampered stamp, a stamp of another person and one of a revoked office; a stale (replayed)
// presentation; a presentation file and a single stamp. Also the trust-status screen (import,
// refusals) and that nothing of the holder is stored. Screenshots at 1280×800 in /tmp/shots-verifier/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { stampToCbor, valueToText, MAX_FILE_BYTES } from '../../src/core';
import { baseUrl, openPersistent, type GuardedPage } from './harness';
import { ARTIFACTS, confirmDemo } from './holder-steps';
import {
  beforeRevocationStamp, defectiveStamps, genuineStamps, presentationFrames, revokingTrustList, verifierWorld, writeLossyPresentationY4m,
} from './verifier-camera';

const DESK = { width: 1280, height: 800 };
const SHOTS = process.env.BBPASS_SHOTS ?? '/tmp/shots-verifier';
const SCAN_TIMEOUT_MS = 30_000;
const SHIPPED_TRUST = fileURLToPath(new URL('../../public/trust/demo.json', import.meta.url));
const now = Math.floor(Date.now() / 1000);
const genuine = genuineStamps(now, 30);

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await page.screenshot({ path: join(SHOTS, `${name}-full.png`), fullPage: true });
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.locator('main h1').first().waitFor();
}

/** What the result screen shows: the verdict of every item, in order. */
async function verdicts(page: Page): Promise<Array<{ valid: string | null; reason: string | null; text: string }>> {
  const items = page.getByTestId('result-item');
  const out = [];
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    out.push({ valid: await item.getAttribute('data-valid'), reason: await item.getAttribute('data-reason'), text: (await item.textContent()) ?? '' });
  }
  return out;
}

describe('verifier with the fake camera', () => {
  const profile = mkdtempSync(join(tmpdir(), 'bbpass-verifier-'));
  let tab: GuardedPage | undefined;

  async function launch(video?: string): Promise<GuardedPage> {
    if (tab) {
      tab.guard.assertClean();
      await tab.context.close();
    }
    tab = await openPersistent(profile, { viewport: DESK, fakeVideo: video });
    await tab.page.goto(`${baseUrl()}/#/verifier/settings`);
    await tab.page.locator('main h1').first().waitFor();
    return tab;
  }

  /** Opens the check screen (the camera starts) and waits for the result. */
  async function scanToResult(page: Page): Promise<void> {
    await go(page, '#/verifier');
    await page.getByTestId('verifier-result').waitFor({ timeout: SCAN_TIMEOUT_MS });
  }

  afterAll(async () => {
    await tab?.context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('scans a 30-stamp presentation (two offices, two types) to a verified summary', async () => {
    const video = writeLossyPresentationY4m(join(ARTIFACTS, 'verifier-30.y4m'), presentationFrames(now, genuine));
    const { page } = await launch(video);
    // Demo mode asks first: saving with the box ticked but not confirmed leaves it off.
    await page.getByTestId('verifier-demo').click();
    await page.getByTestId('demo-confirm').waitFor();
    expect(await page.getByTestId('verifier-demo').isChecked()).toBe(false);
    await confirmDemo(page);
    expect(await page.getByTestId('verifier-demo').isChecked()).toBe(true);
    await page.getByTestId('verifier-settings-save').click();
    await page.getByTestId('verifier-settings-saved').waitFor();
    await shot(page, 'verifier-settings');

    await go(page, '#/verifier');
    // Progress shows frames received and the estimated share before the result arrives.
    await expect.poll(() => page.getByTestId('scan-progress').textContent(), { timeout: SCAN_TIMEOUT_MS }).toMatch(/Bilder empfangen: \d+|Fertig/);
    await page.getByTestId('verifier-result').waitFor({ timeout: SCAN_TIMEOUT_MS });
    expect(await page.getByTestId('demo-banner').textContent()).toContain('DEMO-Modus');
    expect(await page.title()).toMatch(/^DEMO/);
    expect(await page.getByTestId('result-person').textContent()).toContain('Amina Beispiel');
    expect(await page.getByTestId('result-person').textContent()).toContain('Geboren: 12.04.1998');
    expect(await page.getByTestId('result-provenance').getAttribute('data-tone')).toBe('good');
    expect(await page.getByTestId('result-provenance').textContent()).toContain('Live vorgezeigt');
    expect(await page.getByTestId('result-counts').textContent()).toBe('DEMO – gültig nur zur Vorführung: 30 von 30 Einträgen');
    expect(await page.getByTestId('summary-level').textContent()).toContain('B1 – Prüfung bestanden');
    expect(await page.getByTestId('summary-level').textContent()).toContain('DTZ B1');
    expect(await page.getByTestId('summary-level').textContent()).toContain('DEMO-Sprachschule');
    expect(await page.getByTestId('summary-units').textContent()).toBe('1.500 UE (Sprachkurse 1.500, Weiterbildung 0)');
    expect(await page.getByTestId('summary-counselling').textContent()).toMatch(/^15 Beratungskontakte: Arbeit und Arbeitssuche \(8\)/);
    const all = await verdicts(page);
    expect(all).toHaveLength(30);
    // Vouched for by a DEMO anchor: never plain "Gültig", always badged DEMO and named with its district.
    expect(all.every((v) => v.valid === 'true' && v.text.includes('DEMODEMO – gültig nur zur Vorführung') && !v.text.includes('Gültig'))).toBe(true);
    expect(await page.getByTestId('item-office').first().textContent()).toMatch(/^Stelle: \u2068DEMO-\S+\u2069 · \u2068\u2068DEMO-Landkreis\u2069 – nicht für den Echtbetrieb\u2069/);
    await shot(page, 'verifier-result-30');

    // Print only after ticking the holder's consent.
    expect(await page.getByTestId('print-result').isDisabled()).toBe(true);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByTestId('print-consent').check();
    await page.getByTestId('print-result').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // Leaving the check screen drops the result; nothing of the holder was written to storage.
    await go(page, '#/verifier/trust');
    await go(page, '#/verifier');
    expect(await page.getByTestId('verifier-result').count()).toBe(0);
    await shot(page, 'verifier-scan');
    const stored = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const open = indexedDB.open('bbpass');
          open.onsuccess = () => {
            const tx = open.result.transaction(['passes', 'entries', 'issued'], 'readonly');
            const counts: number[] = [];
            for (const name of ['passes', 'entries', 'issued']) {
              const r = tx.objectStore(name).count();
              r.onsuccess = () => counts.push(r.result);
            }
            tx.oncomplete = () => resolve(counts);
          };
        }),
    );
    expect(stored).toEqual([0, 0, 0]);
  });

  it('imports a newer trust list on the trust screen and refuses older or foreign files', async () => {
    const { page } = tab!;
    await go(page, '#/verifier/trust');
    const row = page.locator('[data-testid="trust-row"][data-district="demo"]');
    await expect.poll(() => row.getAttribute('data-version')).toBe('1');
    const dir = mkdtempSync(join(tmpdir(), 'bbpass-trust-'));
    const input = page.locator('input[type="file"][name="trust-file"]');

    writeFileSync(join(dir, 'v2.txt'), revokingTrustList(now));
    await input.setInputFiles(join(dir, 'v2.txt'));
    await expect.poll(() => page.locator('main').getByRole('status').textContent()).toContain('Version 2 (ersetzt Version 1)');
    await expect.poll(() => row.getAttribute('data-version')).toBe('2');
    expect(await row.textContent()).toContain('eingespielt');
    expect(await row.textContent()).toContain('3 / 1');
    await shot(page, 'verifier-trust');

    await input.setInputFiles(SHIPPED_TRUST); // version 1
    await expect.poll(() => page.locator('main').getByRole('alert').textContent()).toContain('niedrigere oder dieselbe Version');
    writeFileSync(join(dir, 'stamp.txt'), valueToText('stamp', stampToCbor(genuine[0]!)));
    await input.setInputFiles(join(dir, 'stamp.txt'));
    await expect.poll(() => page.locator('main').getByRole('alert').textContent()).toContain('keine Vertrauensliste');
    writeFileSync(join(dir, 'junk.txt'), 'BBP1:T:%%%');
    await input.setInputFiles(join(dir, 'junk.txt'));
    await expect.poll(() => page.locator('main').getByRole('alert').textContent()).toContain('unlesbar');
    await shot(page, 'verifier-trust-refused');
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows a tampered stamp, another person’s stamp and a revoked office’s stamp with their reasons; the rest stay valid', async () => {
    const stamps = [...genuine, beforeRevocationStamp(now), ...defectiveStamps(now)];
    const { page } = await launch(writeLossyPresentationY4m(join(ARTIFACTS, 'verifier-defects.y4m'), presentationFrames(now, stamps)));
    await scanToResult(page);
    expect(await page.getByTestId('result-counts').textContent()).toBe('DEMO – gültig nur zur Vorführung: 31 von 34 EinträgenNicht gültig: 3');
    const all = await verdicts(page);
    const bad = all.filter((v) => v.valid === 'false');
    expect(bad.map((v) => v.reason).sort()).toEqual(['bad-signature', 'issuer-revoked', 'wrong-holder']);
    const text = (reason: string) => bad.find((v) => v.reason === reason)!.text;
    expect(text('bad-signature')).toContain('Nicht gültig: Unterschrift stimmt nicht');
    expect(text('wrong-holder')).toContain('Stempel gehört zu einer anderen Person (\u2068Omid Rahimi\u2069, geboren 01.07.1990)');
    expect(text('issuer-revoked')).toMatch(/Stelle wurde am \d\d\.\d\d\.\d{4}, \d\d:\d\d gesperrt/);
    // The internship stamped before the revocation still counts; the invalid C1 course does not.
    expect(all.filter((v) => v.valid === 'true')).toHaveLength(31);
    expect(await page.getByTestId('summary-level').textContent()).toContain('B1 – Prüfung bestanden');
    expect(await page.getByTestId('summary-internships').textContent()).toContain('Gärtner/in, Gärtnerei Beispiel');
    expect(await page.getByTestId('summary-internships').textContent()).not.toContain('Autohaus');
    expect(await page.getByTestId('result-provenance').getAttribute('data-tone')).toBe('good');
    await shot(page, 'verifier-result-defects');
    await page.locator('[data-testid="result-item"][data-valid="false"]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'verifier-result-defects-items.png') });
  });

  it('flags a stale (replayed) presentation but still shows each stamp as valid', async () => {
    const stale = presentationFrames(now, genuine, now - 15 * 60);
    const { page } = await launch(writeLossyPresentationY4m(join(ARTIFACTS, 'verifier-stale.y4m'), stale));
    await scanToResult(page);
    const prov = page.getByTestId('result-provenance');
    expect(await prov.getAttribute('data-tone')).toBe('problem');
    expect(await prov.textContent()).toContain('Veraltet: erstellt am');
    expect(await prov.textContent()).toContain('älter als 5 Minuten');
    expect(await page.getByTestId('result-counts').textContent()).toBe('DEMO – gültig nur zur Vorführung: 30 von 30 Einträgen');
    await shot(page, 'verifier-result-stale');

    // The same presentation as a FILE is judged as a file: verified, marked as not live.
    await page.getByTestId('check-again').click();
    const dir = mkdtempSync(join(tmpdir(), 'bbpass-present-'));
    writeFileSync(join(dir, 'bildungspass.txt'), stale.texts(stale.seqLen).join('\n'));
    await page.getByTestId('presentation-file').setInputFiles(join(dir, 'bildungspass.txt'));
    await page.getByTestId('verifier-result').waitFor();
    expect(await prov.getAttribute('data-tone')).toBe('warning');
    expect(await prov.textContent()).toContain('Datei – nicht live vorgezeigt, erstellt am');
    expect(await page.getByTestId('result-counts').textContent()).toBe('DEMO – gültig nur zur Vorführung: 30 von 30 Einträgen');
    await shot(page, 'verifier-result-file');

    // A single stamp (as on the paper print-out) names its person; it is not bound to a shown pass.
    await page.getByTestId('check-again').click();
    writeFileSync(join(dir, 'stamp.txt'), valueToText('stamp', stampToCbor(genuine[29]!)));
    await page.getByTestId('presentation-file').setInputFiles(join(dir, 'stamp.txt'));
    await page.getByTestId('verifier-result').waitFor();
    expect(await page.getByTestId('verifier-result').getAttribute('data-kind')).toBe('stamp');
    expect(await prov.textContent()).toContain('Einzelner Stempel');
    expect(await page.getByTestId('result-person').textContent()).toContain(verifierWorld(now).world.holder.familyName);
    // Signed free text is shown isolated, so a right-to-left name cannot reorder the date or label beside it.
    expect(await page.getByTestId('result-person').locator('bdi').allTextContents()).toEqual([verifierWorld(now).world.holder.givenName, verifierWorld(now).world.holder.familyName]);
    expect(await page.locator('.item-office').first().textContent()).toMatch(/\u2068DEMO-[^\u2069]+\u2069/);
    expect(await page.locator('.item-title bdi').count()).toBe(1);
    expect(await page.getByTestId('result-counts').textContent()).toBe('DEMO – gültig nur zur Vorführung: 1 von 1 Eintrag');
    rmSync(dir, { recursive: true, force: true });
    tab!.guard.assertClean();
  });

  it('compares the ID with the name the offices signed, never the presenter’s own, and names each entry’s district', async () => {
    const { page } = tab!;
    const dir = mkdtempSync(join(tmpdir(), 'bbpass-renamed-'));
    // Amina's key with a profile renamed to Omid Rahimi presents her genuine stamps.
    const renamed = presentationFrames(now, genuine.slice(0, 4), now, { givenName: 'Omid', familyName: 'Rahimi', birthDate: '1990-07-01' });
    writeFileSync(join(dir, 'renamed.txt'), renamed.texts(renamed.seqLen).join('\n'));
    await page.getByTestId('check-again').click();
    await page.getByTestId('presentation-file').setInputFiles(join(dir, 'renamed.txt'));
    await page.getByTestId('verifier-result').waitFor();
    const person = (await page.getByTestId('result-person').textContent()) ?? '';
    expect(person).toContain('Amina Beispiel');
    expect(person).toContain('Geboren: 12.04.1998');
    expect(person).not.toContain('Omid');
    const prov = page.getByTestId('result-provenance');
    expect(await prov.getAttribute('data-tone')).toBe('problem');
    expect(await prov.textContent()).toContain('Name oder Geburtsdatum auf dem Handy (Omid Rahimi, geboren 01.07.1990) weichen von den Stempeln ab');
    expect((await verdicts(page)).map((v) => v.reason)).toEqual(Array(4).fill('person-mismatch'));
    expect(await page.getByTestId('item-office').first().textContent()).toMatch(/ · \u2068\u2068DEMO-Landkreis\u2069 – nicht für den Echtbetrieb\u2069/);
    await shot(page, 'verifier-result-renamed');

    // A presentation no stamp vouches for shows the phone's name only as unconfirmed.
    const empty = presentationFrames(now, [], now, { givenName: 'Omid', familyName: 'Rahimi' });
    writeFileSync(join(dir, 'empty.txt'), empty.texts(empty.seqLen).join('\n'));
    await page.getByTestId('check-again').click();
    await page.getByTestId('presentation-file').setInputFiles(join(dir, 'empty.txt'));
    await page.getByTestId('verifier-result').waitFor();
    expect(await page.getByTestId('result-person').getAttribute('data-confirmed')).toBe('false');
    expect(await page.getByTestId('result-person').textContent()).toContain('Vom Handy angegeben, von keiner Stelle bestätigt');
    rmSync(dir, { recursive: true, force: true });
    tab!.guard.assertClean();
  });

  it('refuses a file with two payloads or over the size limit, by name and unverified', async () => {
    // No video: the camera sees no code, so nothing but the files can change the screen.
    const { page } = await launch();
    await go(page, '#/verifier');
    const dir = mkdtempSync(join(tmpdir(), 'bbpass-present-'));
    const stale = presentationFrames(now, genuine, now - 15 * 60);
    // A file never silently drops a payload: frames of two presentations are refused by name.
    const other = presentationFrames(now, genuine.slice(0, 3));
    writeFileSync(join(dir, 'two.txt'), [...stale.texts(stale.seqLen), ...other.texts(other.seqLen)].join('\n'));
    await page.getByTestId('presentation-file').setInputFiles(join(dir, 'two.txt'));
    await page.locator('[data-testid="scan-problem"][data-problem="several-payloads"]').waitFor();
    expect(await page.getByTestId('scan-problem').textContent()).toContain('mehr als einen Pass-Code');

    // A file over the size limit is refused at once, unread.
    writeFileSync(join(dir, 'huge.txt'), `${stale.text(1)}\n`.repeat(Math.ceil(MAX_FILE_BYTES / stale.text(1).length)));
    await page.getByTestId('presentation-file').setInputFiles(join(dir, 'huge.txt'));
    await page.locator('[data-testid="scan-problem"][data-problem="too-large"]').waitFor();
    expect(await page.getByTestId('scan-problem').textContent()).toContain('Zu groß');
    rmSync(dir, { recursive: true, force: true });
    tab!.guard.assertClean();
  });

  it('completes with two animated codes in view, their frames interleaved', async () => {
    const video = writeLossyPresentationY4m(join(ARTIFACTS, 'verifier-two-codes.y4m'), [presentationFrames(now, genuine), presentationFrames(now, genuine.slice(0, 10))]);
    const { page } = await launch(video);
    await scanToResult(page);
    expect(await page.getByTestId('result-counts').textContent()).toMatch(/^DEMO – gültig nur zur Vorführung: (30 von 30|10 von 10) Einträgen$/);
    tab!.guard.assertClean();
  });
});
