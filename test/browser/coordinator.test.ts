// The coordinator in real Chromium: the DEMO district is switched on, an office is admitted from
// its registration request and can stamp with the certificate the screen hands back; revoked,
// its later stamps fail and earlier ones stay valid; a newer trust list is imported on another
// device, an older or forged one refused; two office exports merge into the dashboard.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  createRegistration, toText, decodeCertificate, demoKeyPair, generateKeyPair, issueStamp, issueTrustList, naclVerify, registrationToCbor,
  textToValue, trustListToCbor, valueToText, verifyStamp, TrustStore, type Entry, type KeyPair,
} from '../../src/core';
import { DEMO_FEDERATION_ANCHORS } from '../../src/config/districts';
import { parseTrustLists } from '../../src/storage/trust-source';
import { filmPayload } from './film-qr';
import { baseUrl, browserPerSuite } from './harness';
import { confirmDemo, go, readQr, artifactFiles, shotIfAsked } from './holder-steps';

const DESK = { width: 1280, height: 860 };
const DAY = 86_400;
const file = artifactFiles('coordinator');
const now = () => Math.floor(Date.now() / 1000);
const holder = { publicKey: demoKeyPair('coordinator browser holder').publicKey, givenName: 'Nour', familyName: 'Haddad', birthDate: '2000-01-01' };
const entry: Entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'A2', status: 'completed' };

/** Switches demo mode on through the coordinator's DEMO entry and opens the DEMO Dachau root. */
async function startDemo(page: Page, unlock = true) {
  await page.goto(`${baseUrl()}/#/coordinator`);
  await page.getByTestId('demo-start').waitFor();
  await shotIfAsked(page, 'coordinator-setup');
  await page.getByTestId('demo-start').click();
  await confirmDemo(page);
  await page.getByRole('heading', { name: 'Landkreis-Schlüssel öffnen' }).waitFor();
  if (!unlock) return;
  await page.getByLabel('Passphrase des Landkreis-Schlüssels').fill('demo-demo');
  await page.getByRole('button', { name: 'Öffnen' }).click();
  await page.getByTestId('district-name').waitFor();
}

/** Publishes the next trust list on the register screen and returns the downloaded file's text. */
async function publish(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByTestId('publish').click();
  await page.getByTestId('published').waitFor();
  await page.getByTestId('trust-download').click();
  return readFileSync((await (await download).path())!, 'utf8');
}

async function trustFrom(fileText: string): Promise<TrustStore> {
  const store = new TrustStore(DEMO_FEDERATION_ANCHORS);
  for (const l of parseTrustLists(fileText)) expect((await store.offer(l, naclVerify)).accepted).toBe(true);
  return store;
}

describe('coordinator', () => {
  const suite = browserPerSuite();
  const lists: string[] = [];

  it('admits an office (request → certificate → the office can stamp), then revokes it', async () => {
    const { page, guard } = await suite.open({ viewport: DESK });
    await startDemo(page);
    await shotIfAsked(page, 'coordinator-home');
    // The office's side: its own key and a signed request for the DEMO Dachau district.
    const office: KeyPair = generateKeyPair();
    const request = createRegistration({ district: 'demo-dachau', officeName: 'DEMO-Sprachschule Karlsfeld', officeKind: 'sprachkurstraeger', requestedTypes: ['sprachkurs', 'weiterbildung'], contact: 'kurse@example.org', createdAt: now() }, office);
    await go(page, '#/coordinator/admit');
    // A request that is not one is refused with a reason, and nothing is shown to sign.
    await page.locator('input[name="request-file"]').setInputFiles(file('junk.req.qr', 'BBP1:Q:nothing'));
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/nicht lesbar|kein Zulassungsantrag/);
    await page.locator('input[name="request-file"]').setInputFiles(file('karlsfeld.req.qr', `${valueToText('registration', registrationToCbor(request))}\n`));
    await expect.poll(() => page.getByTestId('request-details').textContent()).toContain('DEMO-Sprachschule Karlsfeld');
    await page.getByRole('checkbox', { name: /Weiterbildung/ }).uncheck();
    await page.getByLabel('Gültig ab').fill(new Date((now() - 30 * DAY) * 1000).toISOString().slice(0, 10));
    await shotIfAsked(page, 'coordinator-admit-form');
    await page.getByTestId('admit-submit').click();
    await page.getByTestId('admit-done').waitFor();
    await shotIfAsked(page, 'coordinator-admit-done');
    // What the office gets back: the QR code (read from the screen) and the file say the same.
    const fromQr = await readQr(page.getByTestId('certificate-qr'));
    const download = page.waitForEvent('download');
    await page.getByTestId('certificate-download').click();
    expect(readFileSync((await (await download).path())!, 'utf8').trim()).toBe(fromQr);
    const cert = decodeCertificate(textToValue(fromQr).value);
    expect(cert.claims).toMatchObject({ district: 'demo-dachau', officeName: 'DEMO-Sprachschule Karlsfeld', allowedTypes: ['sprachkurs'] });

    // The office stamps; the stamp verifies against the trust list the coordinator publishes.
    await go(page, '#/coordinator/register');
    lists.push(await publish(page)); // version 2 (the shipped list is version 1)
    // The list's QR code (three offices: an animated loop of frames) carries the same signed list as the file.
    const got = (await filmPayload(page.getByTestId('trust-qr'), 30_000))?.payload;
    expect(got?.status === 'complete' && toText(got.kind, got.bytes)).toBe(JSON.parse(lists[0]!).lists[0]);
    const earlier = issueStamp({ holder, issuedAt: now() - 2 * DAY, entry }, office, cert);
    const v2 = await trustFrom(lists[0]!);
    expect(v2.listFor('demo-dachau')?.claims.version).toBe(2);
    expect(await verifyStamp(earlier, { trust: v2, now: now(), verify: naclVerify })).toMatchObject({ valid: true });
    const weiterbildung = issueStamp({ holder, issuedAt: now(), entry: { type: 'weiterbildung', title: 'Kurs' } }, office, cert);
    expect(await verifyStamp(weiterbildung, { trust: v2, now: now(), verify: naclVerify })).toMatchObject({ valid: false, reason: 'type-not-allowed' });

    // Revoke from today: the register says so, and the next list refuses later stamps only.
    const card = page.getByTestId('admission').filter({ hasText: 'Karlsfeld' });
    await card.getByText('Zulassung widerrufen …').click();
    await card.getByRole('button', { name: 'DEMO-Sprachschule Karlsfeld widerrufen' }).click();
    await expect.poll(() => card.getAttribute('data-state')).toBe('revoked');
    lists.push(await publish(page)); // version 3
    await shotIfAsked(page, 'coordinator-register');
    await go(page, '#/coordinator/key');
    await page.getByTestId('anchor-snippet').waitFor();
    expect(await page.getByTestId('anchor-snippet').textContent()).toMatch(/^ {2}pin\("demo-dachau", "DEMO Landkreis Dachau — not for production", "[\w-]{43}"\)/);
    await shotIfAsked(page, 'coordinator-key');
    await page.setViewportSize({ width: 360, height: 740 });
    await go(page, '#/coordinator/key/print');
    await shotIfAsked(page, 'coordinator-recovery-sheet-phone');
    const v3 = await trustFrom(lists[1]!);
    const later = issueStamp({ holder, issuedAt: now(), entry }, office, cert);
    expect(await verifyStamp(earlier, { trust: v3, now: now(), verify: naclVerify })).toMatchObject({ valid: true });
    expect(await verifyStamp(later, { trust: v3, now: now(), verify: naclVerify })).toMatchObject({ valid: false, reason: 'issuer-revoked' });
    guard.assertClean();
  });

  it('another device imports the newer trust list and refuses an older or forged one', async () => {
    expect(lists).toHaveLength(2);
    const { page, guard } = await suite.open({ viewport: DESK });
    await startDemo(page, false); // demo mode on: the DEMO districts are trusted on this device
    await go(page, '#/verifier/trust');
    const input = page.locator('input[name="trust-file"]');
    await input.setInputFiles(file('dachau-v3.json', lists[1]!));
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Eingespielt' }).textContent()).toMatch(/Version 3 \(ersetzt Version 1\)/);
    await input.setInputFiles(file('dachau-v2.json', lists[0]!));
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/niedrigere oder dieselbe Version/);
    // Forged: the right district and a higher version, signed by a key that is not the pinned root.
    const forged = issueTrustList({ district: 'demo-dachau', districtName: 'DEMO Landkreis Dachau', version: 99, issuedAt: now(), certificates: [], revocations: [] }, generateKeyPair());
    await input.setInputFiles(file('dachau-forged.txt', valueToText('trustList', trustListToCbor(forged))));
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/nicht von einem hinterlegten Wurzelschlüssel/);
    await shotIfAsked(page, 'verifier-trust-import');
    await expect.poll(() => page.locator('[data-testid="trust-row"][data-district="demo-dachau"]').getAttribute('data-version')).toBe('3');
    // Federation: the DEMO sample pass holds stamps from Dachau, Freising and Darmstadt-Dieburg; all verify here.
    await go(page, '#/holder/entries');
    await expect.poll(() => page.getByTestId('verify-state').count()).toBe(3);
    expect(await page.getByTestId('verify-state').evaluateAll((els) => els.map((e) => e.getAttribute('data-valid')))).toEqual(['true', 'true', 'true']);
    await shotIfAsked(page, 'holder-demo-pass-federation');
    guard.assertClean();
  });

  it('refuses an obvious root passphrase, and forgets the unlocked root after the idle minutes', async () => {
    const { page, guard } = await suite.open({ viewport: DESK });
    await page.clock.install(); // the idle timer runs on a clock the test moves (no waiting)
    await page.goto(`${baseUrl()}/#/coordinator`);
    await page.locator('#root-district').fill('09174');
    await page.locator('#root-name').fill('Landkreis Dachau');
    for (const id of ['#root-pass', '#root-repeat']) await page.locator(id).fill('Landkreis Dachau');
    await page.getByRole('button', { name: 'Schlüssel erzeugen' }).click();
    await expect.poll(() => page.locator('#root-pass-error').textContent()).toContain('Namen der Stelle, des Landkreises oder der Rolle');
    await startDemo(page);
    await page.clock.fastForward('09:59');
    await page.getByTestId('district-name').waitFor(); // still open after 9:59 without input
    await page.clock.fastForward('00:02');
    await page.getByTestId('locked-idle').waitFor();
    expect(await page.getByTestId('district-name').count()).toBe(0);
    guard.assertClean();
  });
});
