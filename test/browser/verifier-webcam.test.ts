// Issue 18: a Jobcenter PC's webcam (Linux Chromium: no BarcodeDetector for QR, so the worker
// reads with ZXing in WebAssembly) films a holder's phone playing a 10-stamp presentation: every
// frame has sensor noise and lens blur, and the first camera frame after each change of the
// screen catches it mid-change. Nothing is cut out of the video; frames are lost as a camera
// loses them. Screenshot at 1280×800 in $BBPASS_SHOTS (default /tmp/shots-verifier).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { blur, noise, renderCode, seeded, toRgba } from '../bench/camera-frames';
import { baseUrl, openPersistent, type GuardedPage } from './harness';
import { ARTIFACTS, confirmDemo } from './holder-steps';
import { genuineStamps, presentationFrames, writeCameraPresentationY4m } from './verifier-camera';

const SHOTS = process.env.BBPASS_SHOTS ?? '/tmp/shots-verifier';
const NOISE = 6;
const BLUR = 1;
const now = Math.floor(Date.now() / 1000);

describe('verifier with a noisy, blurred webcam', () => {
  const profile = mkdtempSync(join(tmpdir(), 'bbpass-webcam-'));
  let tab: GuardedPage | undefined;
  afterAll(async () => {
    await tab?.context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('reads a 10-stamp presentation to a verified summary, with ZXing', async () => {
    const frames = presentationFrames(now, genuineStamps(now, 10));
    const video = writeCameraPresentationY4m(join(ARTIFACTS, 'verifier-webcam-10.y4m'), frames, { noise: NOISE, blur: BLUR });
    // One camera frame as a picture, to look at what the decoder is given.
    mkdirSync(SHOTS, { recursive: true });
    const seen = noise(blur(renderCode(frames.text(1), { fill: 0.6 }), BLUR), NOISE, seeded(1));
    const png = new PNG({ width: seen.width, height: seen.height });
    png.data = Buffer.from(toRgba(seen).buffer);
    writeFileSync(join(SHOTS, 'verifier-webcam-frame.png'), PNG.sync.write(png));

    tab = await openPersistent(profile, { viewport: { width: 1280, height: 800 }, fakeVideo: video });
    const { page } = tab;
    await page.goto(`${baseUrl()}/#/verifier/settings`);
    await page.getByTestId('verifier-demo').click();
    await confirmDemo(page);
    await page.getByTestId('verifier-settings-save').click();
    await page.getByTestId('verifier-settings-saved').waitFor();

    // Which engines the scanner reports while it runs (the status line goes when the result comes).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { engines: string[] }).engines = seen;
      new MutationObserver(() => {
        const e = document.querySelector('[data-testid="scan-status"]')?.getAttribute('data-engine');
        if (e && !seen.includes(e)) seen.push(e);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.evaluate(() => (location.hash = '#/verifier'));
    await page.getByTestId('verifier-result').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('result-counts').textContent()).toBe('DEMO – gültig nur zur Vorführung: 10 von 10 Einträgen');
    expect(await page.getByTestId('result-provenance').textContent()).toContain('Live vorgezeigt');
    // Linux Chromium has no BarcodeDetector for QR: ZXing read the frames, not the jsqr fallback.
    expect(await page.evaluate(() => (window as unknown as { engines: string[] }).engines)).toEqual(['zxing']);
    await page.screenshot({ path: join(SHOTS, 'verifier-webcam-result.png') });
    tab.guard.assertClean();
  });
});
