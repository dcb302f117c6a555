// The whole journey across four devices, each its own persistent Chromium profile, every QR code
// carried from one screen to another device's camera (screenshot → decoded text → Y4M → fake
// camera): the DEMO Dachau coordinator admits an office, the office stamps a holder (Sprachkurs
// and Beratung), the holder receives both and presents them, a verifier sees both valid. Run once
// online and once with every device offline after its first load; then each browser is closed
// and reopened and still has what it stored. The guard fails on any request to another origin.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl } from './harness';
import { createPassInUi, entryCount, PERSON, snap } from './holder-steps';
import {
  admitByCamera, cameraHop, checkPresentation, Device, importCertificateByCamera, OFFICE, presentationFrames, receiveStamps, requestRegistration, showPassCard,
  stampByCamera, startCoordinatorDemo, unlockCoordinator, unlockOffice, verifierDemoOn,
} from './journey-steps';

const PHONE = { width: 360, height: 740 };
const DESK = { width: 1280, height: 800 };
const NAME = `${PERSON.givenName} ${PERSON.familyName}`;

describe('the built app', () => {
  it('carries a strict Content-Security-Policy: no inline script, no remote origin', async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text();
    const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    // 'wasm-unsafe-eval' allows compiling WebAssembly (the ZXing QR decoder), never JavaScript eval.
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    // Only the app's own origin and local data/blob URLs, never a host, 'unsafe-inline' or 'unsafe-eval'.
    for (const values of directives.values()) for (const v of values) expect(v).toMatch(/^('self'|'none'|'wasm-unsafe-eval'|data:|blob:)$/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline script for the policy to allow
  });
});

for (const offline of [false, true]) {
  const run = offline ? 'offline' : 'online';

  describe(`journey ${run}`, () => {
    const root = mkdtempSync(join(tmpdir(), `bbpass-journey-${run}-`));
    const device = (name: string, viewport: typeof DESK) => new Device(name, join(root, name), offline, viewport);
    const coordinator = device('coordinator', DESK);
    const office = device('office', DESK);
    const holder = device('holder', PHONE);
    const verifier = device('verifier', DESK);
    const all = [coordinator, office, holder, verifier];
    let passphrase = '';
    let passCode = '';

    afterAll(async () => {
      for (const d of all) await d.close().catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    });

    it('coordinator admits an office, the office stamps a holder twice, the holder presents, the verifier sees both valid', { timeout: 300_000 }, async () => {
      await coordinator.launch('#/coordinator');
      passphrase = await startCoordinatorDemo(coordinator.page);

      await office.launch('#/office');
      const request = await requestRegistration(office.page);
      await coordinator.launch('#/coordinator', await cameraHop(office.page, `${run}-1-office-request`, [request]));
      await unlockCoordinator(coordinator.page, passphrase);
      const certificate = await admitByCamera(coordinator.page);

      await office.launch('#/office', await cameraHop(coordinator.page, `${run}-2-coordinator-certificate`, [certificate]));
      await unlockOffice(office.page);
      await importCertificateByCamera(office.page);

      await holder.launch('#/holder');
      await createPassInUi(holder.page);
      passCode = (await holder.page.getByTestId('pass-code').textContent()) ?? '';
      const card = await showPassCard(holder.page);

      await office.launch('#/office/stamp', await cameraHop(holder.page, `${run}-3-holder-card`, [card]));
      await unlockOffice(office.page);
      const sprachkurs = await stampByCamera(office.page, 'sprachkurs', NAME);
      await snap(office.page, `journey-${run}-4-office-stamp-sprachkurs`);
      await office.page.getByTestId('stamp-next').click(); // the camera reads the card again
      const beratung = await stampByCamera(office.page, 'beratung', NAME);

      await holder.launch('#/holder', await cameraHop(office.page, `${run}-5-office-stamp-beratung`, [sprachkurs, beratung]));
      await receiveStamps(holder.page, 2);
      const frames = await presentationFrames(holder.page);

      await verifier.launch('#/verifier/settings', await cameraHop(holder.page, `${run}-6-holder-presentation`, frames));
      await verifierDemoOn(verifier.page);
      const result = await checkPresentation(verifier.page);
      await snap(verifier.page, `journey-${run}-7-verifier-result`);
      expect(result.person).toContain(NAME);
      expect(result.items).toHaveLength(2);
      expect(result.items.map((i) => i.valid)).toEqual(['true', 'true']);
      // Both entries, whatever their order: stamped within the same second, their times tie.
      const texts = result.items.map((i) => i.text);
      expect(texts.some((t) => t.includes('Beratung · Anerkennung von Abschlüssen'))).toBe(true);
      expect(texts.some((t) => t.includes('Sprachkurs · Integrationskurs · B1 · Abgeschlossen'))).toBe(true);
      for (const d of all) await d.close();
    });

    it('keeps pass, office log, trust lists and register when each browser is closed and reopened', { timeout: 120_000 }, async () => {
      expect(passCode).not.toBe('');
      const page = await holder.launch('#/holder');
      await expect.poll(() => page.getByTestId('pass-code').textContent()).toBe(passCode);
      expect(await entryCount(page)).toBe(2);
      expect(await page.getByTestId('verify-state').allTextContents()).toEqual(['DEMODEMO – gültig nur zur Vorführung', 'DEMODEMO – gültig nur zur Vorführung']);

      const log = await office.launch('#/office/log');
      await expect.poll(() => log.getByTestId('log-item').count()).toBe(2);

      const trust = await verifier.launch('#/verifier/trust');
      const districts = () => trust.getByTestId('trust-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-district')));
      await expect.poll(districts).toEqual(expect.arrayContaining(['demo', 'demo-dachau', 'demo-freising', 'demo-darmstadt-dieburg']));
      await snap(trust, `journey-${run}-8-verifier-trust-reopened`);

      const register = await coordinator.launch('#/coordinator');
      await unlockCoordinator(register, passphrase);
      await register.evaluate(() => (location.hash = '#/coordinator/register'));
      await expect.poll(() => register.getByTestId('admission').filter({ hasText: OFFICE }).count()).toBe(1);
      await snap(register, `journey-${run}-9-coordinator-register-reopened`);
      for (const d of all) await d.close();
    });
  });
}
