// A log combined from two devices of one office (issue 17), in real Chromium in demo mode. Device A
// (a second counter PC of DEMO-VHS Dachau, certified by the DEMO Dachau root as a device of that
// office) is made in Node with the office storage API: it stamps Nour Haddad and exports its signed
// log. Device B is the DEMO office in the browser: it gets the district's newer trust list (naming
// device A), reads A's log under "Schlüssel und Sicherung", finds Nour in its log search and
// re-issues the stamp to Nour's new pass card, which the fake camera films. The new stamp is read
// from the screen's QR code and verified in Node against the same trust list.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  certificateToCbor, decodeStamp, holderDigest, demoDistrictRoot, demoDistrictWorld, issueCertificate, issueTrustList, keyId, naclVerify, textToValue, toHex, trustListToCbor, valueToText, verifyStamp,
  DEMO_FEDERATION, DEMO_TRUST_AT, TrustStore, type Holder,
} from '../../src/core';
import { DEMO_FEDERATION_ANCHORS } from '../../src/config/districts';
import { BbpassDb } from '../../src/storage/db';
import { signStamp } from '../../src/storage/office/office-issue';
import { importCertificate, setupOffice } from '../../src/storage/office/office-keys';
import { exportLog } from '../../src/storage/office/office-log-file';
import { parseTrustLists } from '../../src/storage/trust-source';
import { baseUrl, openPersistent, type GuardedPage } from './harness';
import { confirmDemo, readQr } from './holder-steps';
import { addTemplate, newHolder, setupOfficeInUi, snapBoth } from './office-steps';
import { writeQrY4m } from './y4m';

const DAY = 86_400;
const DISTRICT = 'demo-dachau';
const SCAN_TIMEOUT_MS = 20_000;
const entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 } as const;

describe('a log combined from two devices of one office', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bbpass-devices-log-'));
  const now = Math.floor(Date.now() / 1000);
  const root = demoDistrictRoot(DISTRICT);
  const world = demoDistrictWorld(DEMO_FEDERATION.find((d) => d.district === DISTRICT)!, DEMO_TRUST_AT);
  const vhs = world.offices['dachau vhs']!;
  // Nour's new pass card (new key, same name and birth date): the fake camera films it from the start.
  const fresh = newHolder('Nour', 'Haddad', '1999-03', now);
  const oldHolder: Holder = { ...fresh.holder, publicKey: newHolder('Nour', 'Haddad', '1999-03', now).holder.publicKey };
  let tab: GuardedPage;
  let trustText = '';
  let logText = '';
  let oldStampId = '';

  beforeAll(async () => {
    // Device A: its own key, certified by the DEMO Dachau root as "Theke 2" of DEMO-VHS Dachau.
    const db = new BbpassDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const { office, keys } = await setupOffice(db, { name: 'DEMO-VHS Dachau', kind: 'volkshochschule', district: DISTRICT }, 'Theke 2 Passwort lang', now - 10 * DAY, 1_000);
    const cert = issueCertificate(
      { district: DISTRICT, officeKey: office.keys[0]!.publicKey, officeName: 'DEMO-VHS Dachau', officeKind: 'volkshochschule', allowedTypes: ['sprachkurs'], validFrom: now - 10 * DAY, validUntil: now + 365 * DAY, officeId: keyId(vhs.keys.publicKey), deviceLabel: 'Theke 2' },
      root,
    );
    const imported = await importCertificate(db, office, valueToText('certificate', certificateToCbor(cert)));
    if (imported.status !== 'imported') throw new Error(imported.reason);
    const stamped = await signStamp(db, imported.office, keys, { holder: oldHolder, entry }, now - 3600);
    if (stamped.status !== 'signed') throw new Error(stamped.reason);
    oldStampId = stamped.row.id;
    const log = await exportLog(db, imported.office, keys, now);
    if (log.status !== 'exported') throw new Error(log.reason);
    logText = log.text;
    // The district's next trust list names both devices of the office.
    const list = issueTrustList({ district: DISTRICT, districtName: world.trustList.claims.districtName, version: 2, issuedAt: now - 60, certificates: [...world.trustList.claims.certificates, cert], revocations: [] }, root);
    trustText = `${valueToText('trustList', trustListToCbor(list))}\n`;
    writeFileSync(join(dir, 'trust-v2.txt'), trustText);
    writeFileSync(join(dir, 'theke-2.json'), logText);
    tab = await openPersistent(join(dir, 'profile'), { viewport: { width: 1280, height: 800 }, fakeVideo: writeQrY4m(join(dir, 'card.y4m'), fresh.card) });
  });

  afterAll(async () => {
    await tab?.context.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('device B reads device A\'s log, finds Nour there and re-issues to the new pass card; the stamp verifies', async () => {
    const { page } = tab;
    const go = async (hash: string) => {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.locator('main h1').first().waitFor();
    };
    await page.goto(`${baseUrl()}/#/coordinator`);
    await page.getByTestId('demo-start').click();
    await confirmDemo(page);
    await page.getByRole('heading', { name: 'Landkreis-Schlüssel öffnen' }).waitFor();

    // Device B trusts what its district publishes: the newer list, which names device A.
    await go('#/verifier/trust');
    await page.locator('input[type="file"][name="trust-file"]').setInputFiles(join(dir, 'trust-v2.txt'));
    await expect.poll(() => page.getByTestId('trust-outcome').getAttribute('data-status')).toBe('imported');
    await expect.poll(() => page.locator(`[data-testid="trust-row"][data-district="${DISTRICT}"]`).getAttribute('data-version')).toBe('2');

    // Device B: the DEMO office, unlocked with the DEMO passphrase.
    await go('#/office');
    await page.locator('#unlock-pass').fill('demo-demo');
    await page.getByTestId('unlock').click();
    await page.locator('[data-testid="session"][data-state="unlocked"]').waitFor({ timeout: 20_000 });

    await go('#/office/log');
    await page.locator('#log-query').fill('Nour Haddad');
    await expect.poll(() => page.getByTestId('log-count').textContent()).toBe('Treffer: 0');

    await go('#/office/keys');
    await page.getByTestId('log-import').setInputFiles(join(dir, 'theke-2.json'));
    const outcome = page.getByTestId('log-import-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(/Gerät .*Theke 2.* eingelesen\. Neu: 1, schon vorhanden: 0\./);
    await snapBoth(page, 'devices-log-imported');

    await go('#/office/log');
    await page.locator('#log-query').fill('nour haddad');
    const item = page.getByTestId('log-item').filter({ hasText: 'Nour Haddad' });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('März 1999');
    await snapBoth(page, 'devices-log-found');
    await item.getByRole('link', { name: 'Neu ausstellen' }).click();
    await page.getByRole('heading', { name: 'Stempel neu ausstellen' }).waitFor();

    const done = page.getByTestId('stamp-done');
    await done.waitFor({ timeout: SCAN_TIMEOUT_MS });
    await snapBoth(page, 'devices-log-reissued');
    const newStampId = await done.getAttribute('data-stamp-id');
    expect(newStampId).not.toBe(oldStampId);
    const text = await readQr(page.getByTestId('stamp-qr'));
    const { kind, value } = textToValue(text);
    expect(kind).toBe('stamp');
    const stamp = decodeStamp(value);
    expect(toHex(stamp.claims.holder.keyDigest)).toBe(toHex(holderDigest(fresh.holder.publicKey)));
    expect(stamp.claims.entry).toMatchObject(entry);
    // Signed by device B (the DEMO office's own key), not by device A.
    expect(toHex(stamp.sign1.kid)).toBe(toHex(keyId(vhs.keys.publicKey)));
    const trust = new TrustStore(DEMO_FEDERATION_ANCHORS);
    for (const l of parseTrustLists(trustText)) expect((await trust.offer(l, naclVerify)).accepted).toBe(true);
    expect(await verifyStamp(stamp, { trust, now: Math.floor(Date.now() / 1000), verify: naclVerify })).toMatchObject({ valid: true, issuer: { claims: { officeName: 'DEMO-VHS Dachau' } } });

    // Device B's log now holds the re-issue, linked to device A's stamp.
    await go('#/office/log');
    await page.locator('#log-query').fill('nour haddad');
    await expect.poll(() => page.getByTestId('log-item').count()).toBe(2);
    expect(await page.getByTestId('log-item').filter({ hasText: 'neu ausgestellt' }).count()).toBe(1);
    tab.guard.assertClean();
  });
});

// The same, with device A in a browser of its own too: set up in the UI, admitted by the DEMO
// coordinator (on device B's browser) as a device of DEMO-VHS Dachau, stamping Nour's old card
// through its camera and saving its log as a download.
describe('a log combined from two devices of one office, both in the browser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bbpass-devices-log-ui-'));
  const now = Math.floor(Date.now() / 1000);
  const vhs = demoDistrictWorld(DEMO_FEDERATION.find((d) => d.district === DISTRICT)!, DEMO_TRUST_AT).offices['dachau vhs']!;
  const fresh = newHolder('Nour', 'Haddad', '1999-03', now);
  const old = newHolder('Nour', 'Haddad', '1999-03', now);
  let a: GuardedPage;
  let b: GuardedPage;

  beforeAll(async () => {
    a = await openPersistent(join(dir, 'profile-a'), { viewport: { width: 1280, height: 800 }, fakeVideo: writeQrY4m(join(dir, 'old.y4m'), old.card) });
    b = await openPersistent(join(dir, 'profile-b'), { viewport: { width: 1280, height: 800 }, fakeVideo: writeQrY4m(join(dir, 'new.y4m'), fresh.card) });
  });

  afterAll(async () => {
    await a?.context.close();
    await b?.context.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('device A stamps and saves its log; device B reads it, finds Nour and re-issues to the new card; the stamp verifies', async () => {
    const go = async (page: GuardedPage['page'], hash: string) => {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.locator('main h1').first().waitFor();
    };
    const download = async (page: GuardedPage['page'], testId: string, name: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      await d.saveAs(join(dir, name));
      return join(dir, name);
    };
    // Device B's browser: demo mode, the DEMO coordinator opened.
    await b.page.goto(`${baseUrl()}/#/coordinator`);
    await b.page.getByTestId('demo-start').click();
    await confirmDemo(b.page);
    await b.page.getByRole('heading', { name: 'Landkreis-Schlüssel öffnen' }).waitFor();
    await b.page.getByLabel('Passphrase des Landkreis-Schlüssels').fill('demo-demo');
    await b.page.getByRole('button', { name: 'Öffnen' }).click();
    await b.page.getByTestId('district-name').waitFor();

    // Device A: set up, its request admitted as "Theke 2" of DEMO-VHS Dachau, its certificate read.
    await a.page.goto(`${baseUrl()}/#/office`);
    await a.page.locator('#setup-name').waitFor();
    await setupOfficeInUi(a.page, 'DEMO-VHS Dachau', DISTRICT);
    await go(a.page, '#/office/register');
    await a.page.getByTestId('make-request').click();
    const request = await download(a.page, 'request-download', 'theke-2.req.qr');
    await go(b.page, '#/coordinator/admit');
    await b.page.locator('input[name="request-file"]').setInputFiles(request);
    await b.page.getByTestId('request-details').waitFor();
    await b.page.locator('#admit-as').selectOption(toHex(keyId(vhs.keys.publicKey)));
    await b.page.locator('#device-label').fill('Theke 2');
    await b.page.getByLabel('Gültig ab').fill(new Date((now - 30 * DAY) * 1000).toISOString().slice(0, 10));
    await b.page.getByTestId('admit-submit').click();
    await b.page.getByTestId('admit-done').waitFor();
    const certificate = await download(b.page, 'certificate-download', 'theke-2.cert.qr');
    await a.page.getByTestId('cert-file').setInputFiles(certificate);
    await expect.poll(() => a.page.getByTestId('cert-import').getAttribute('data-status')).toBe('imported');

    // Device A stamps Nour's old card (its camera films it) and saves its log.
    await addTemplate(a.page, 'Integrationskurs B1', 'sprachkurs', async (p) => {
      await p.locator('#tpl-course').selectOption('integrationskurs');
      await p.locator('#tpl-level').selectOption('B1');
      await p.locator('#tpl-status').selectOption('completed');
    });
    await go(a.page, '#/office/stamp');
    await a.page.getByTestId('person').waitFor({ timeout: SCAN_TIMEOUT_MS });
    await a.page.getByTestId('template-pick').filter({ hasText: 'Integrationskurs B1' }).click();
    await a.page.getByTestId('review').waitFor();
    await a.page.getByTestId('sign').click();
    await a.page.getByTestId('stamp-qr').waitFor();
    await go(a.page, '#/office/keys');
    const log = await download(a.page, 'log-export', 'theke-2-log.json');

    // The district publishes its list naming device A; device B's verifier area reads it.
    await go(b.page, '#/coordinator/register');
    await b.page.getByTestId('publish').click();
    await b.page.getByTestId('published').waitFor();
    const trustFile = await download(b.page, 'trust-download', 'trust.json');
    await go(b.page, '#/verifier/trust');
    await b.page.locator('input[type="file"][name="trust-file"]').setInputFiles(trustFile);
    await expect.poll(() => b.page.locator(`[data-testid="trust-row"][data-district="${DISTRICT}"]`).getAttribute('data-version')).toBe('2');

    // Device B: the DEMO office reads A's log, finds Nour, re-issues to the new card.
    await go(b.page, '#/office');
    await b.page.locator('#unlock-pass').fill('demo-demo');
    await b.page.getByTestId('unlock').click();
    await b.page.locator('[data-testid="session"][data-state="unlocked"]').waitFor({ timeout: 20_000 });
    await go(b.page, '#/office/keys');
    await b.page.getByTestId('log-import').setInputFiles(log);
    const outcome = b.page.getByTestId('log-import-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(/Gerät .*Theke 2.* eingelesen\. Neu: 1, schon vorhanden: 0\./);
    await go(b.page, '#/office/log');
    await b.page.locator('#log-query').fill('nour haddad');
    const item = b.page.getByTestId('log-item').filter({ hasText: 'Nour Haddad' });
    await expect.poll(() => item.count()).toBe(1);
    await item.getByRole('link', { name: 'Neu ausstellen' }).click();
    await b.page.getByTestId('stamp-done').waitFor({ timeout: SCAN_TIMEOUT_MS });
    const stamp = decodeStamp(textToValue(await readQr(b.page.getByTestId('stamp-qr'))).value);
    expect(toHex(stamp.claims.holder.keyDigest)).toBe(toHex(holderDigest(fresh.holder.publicKey)));
    expect(toHex(stamp.sign1.kid)).toBe(toHex(keyId(vhs.keys.publicKey)));
    const trust = new TrustStore(DEMO_FEDERATION_ANCHORS);
    for (const l of parseTrustLists(readFileSync(trustFile, 'utf8'))) await trust.offer(l, naclVerify);
    expect(await verifyStamp(stamp, { trust, now: Math.floor(Date.now() / 1000), verify: naclVerify })).toMatchObject({ valid: true, issuer: { claims: { officeName: 'DEMO-VHS Dachau' } } });
    a.guard.assertClean();
    b.guard.assertClean();
  });
});
