// A cheap phone's presentation (issue 18, item 4): the holder's low-density frames (the
// fragment size the holder app uses) filmed by the fake camera with a quarter of the frames
// dropped, read by the verifier to a verified result, which shows the frame rate it receives.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOW_DENSITY_FRAGMENT } from '../../src/storage/holder/present-setting';
import { baseUrl, openPersistent } from './harness';
import { ARTIFACTS, confirmDemo } from './holder-steps';
import { genuineStamps, presentationFrames, writeLossyPresentationY4m } from './verifier-camera';

const SHOTS = process.env.BBPASS_SHOTS ?? '/tmp/shots-cheap-phone';
const SCAN_TIMEOUT_MS = 60_000;
const now = Math.floor(Date.now() / 1000);

describe('verifier reading a low-density presentation', () => {
  const profile = mkdtempSync(join(tmpdir(), 'bbpass-cheap-'));
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('reads the smaller frames of a 10-stamp presentation and names the rate it receives', async () => {
    const frames = presentationFrames(now, genuineStamps(now, 10), now, {}, LOW_DENSITY_FRAGMENT);
    const normal = presentationFrames(now, genuineStamps(now, 10));
    expect(frames.seqLen).toBeGreaterThan(2 * normal.seqLen);
    const tab = await openPersistent(profile, { viewport: { width: 1280, height: 800 }, fakeVideo: writeLossyPresentationY4m(join(ARTIFACTS, 'verifier-low-density.y4m'), frames) });
    const { page } = tab;
    try {
      await page.goto(`${baseUrl()}/#/verifier/settings`);
      await page.getByTestId('verifier-demo').click();
      await confirmDemo(page);
      await page.getByTestId('verifier-settings-save').click();
      await page.getByTestId('verifier-settings-saved').waitFor();
      await page.evaluate(() => (location.hash = '#/verifier'));
      // The rate is named once two frames have arrived, while the scan goes on.
      const rate = page.getByTestId('scan-rate');
      await rate.waitFor({ timeout: SCAN_TIMEOUT_MS });
      expect(await rate.textContent()).toMatch(/Empfangen mit [\d,]+ (Bild|Bildern) pro Sekunde/);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'verifier-low-density-scanning.png') });
      await page.getByTestId('verifier-result').waitFor({ timeout: SCAN_TIMEOUT_MS });
      expect(await page.getByTestId('result-counts').textContent()).toBe('DEMO – gültig nur zur Vorführung: 10 von 10 Einträgen');
      await page.screenshot({ path: join(SHOTS, 'verifier-low-density-result.png') });
      tab.guard.assertClean();
    } finally {
      await tab.context.close();
    }
  });
});
