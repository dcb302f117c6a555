// Several devices per office (issue 17), in real Chromium in demo mode: the coordinator admits a
// counter PC as an office and a tablet as its second device, revokes the tablet alone, and merges
// both devices' counts (the month's total is the sum; a re-export of one device replaces only that
// device's month, and the screen says so). The log combined from two devices is in devices-log.test.ts (and office-devices.test.ts).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  buildCounts, createRegistration, monthOf, decodeCertificate, generateKeyPair, issueStamp, naclVerify, officeIdOf, registrationToCbor, textToValue, valueToText, verifyStamp,
  TrustStore, type Entry, type KeyPair,
} from '../../src/core';
import { DEMO_FEDERATION_ANCHORS } from '../../src/config/districts';
import { parseTrustLists } from '../../src/storage/trust-source';
import { baseUrl, browserPerSuite } from './harness';
import { confirmDemo, go, artifactFiles, shotIfAsked } from './holder-steps';

const DESK = { width: 1280, height: 860 };
const DAY = 86_400;
const file = artifactFiles('devices');
const now = () => Math.floor(Date.now() / 1000);
const b1: Entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed' };


/** Admits a key from its request, as a new office or (asDeviceOf: hex office id) as a further device; returns the certificate text. */
async function admit(page: Page, keys: KeyPair, label: string, asDeviceOf?: string): Promise<string> {
  const request = createRegistration({ district: 'demo-dachau', officeName: 'DEMO-VHS Dachau', officeKind: 'volkshochschule', requestedTypes: ['sprachkurs'], createdAt: now() }, keys);
  await go(page, '#/coordinator/admit');
  await page.locator('input[name="request-file"]').setInputFiles(file(`${label}.req.qr`, `${valueToText('registration', registrationToCbor(request))}\n`));
  await page.getByTestId('request-details').waitFor();
  if (asDeviceOf) await page.locator('#admit-as').selectOption(asDeviceOf);
  await page.locator('#device-label').fill(label);
  await page.getByLabel('Gültig ab').fill(new Date((now() - 30 * DAY) * 1000).toISOString().slice(0, 10));
  await page.getByTestId('admit-submit').click();
  await page.getByTestId('admit-done').waitFor();
  const download = page.waitForEvent('download');
  await page.getByTestId('certificate-download').click();
  const text = readFileSync((await (await download).path())!, 'utf8').trim();
  // Back to an empty admit form: the route is the same, so only this button leaves the result.
  await page.getByRole('button', { name: 'Nächste Fachstelle zulassen' }).click();
  return text;
}

describe('several devices per office', () => {
  const suite = browserPerSuite();

  it('admits a tablet as a device of an office, revokes it alone, and adds the devices\' counts', async () => {
    const { page, guard } = await suite.open({ viewport: DESK });
    await page.goto(`${baseUrl()}/#/coordinator`);
    await page.getByTestId('demo-start').click();
    await confirmDemo(page);
    await page.getByRole('heading', { name: 'Landkreis-Schlüssel öffnen' }).waitFor();
    await page.getByLabel('Passphrase des Landkreis-Schlüssels').fill('demo-demo');
    await page.getByRole('button', { name: 'Öffnen' }).click();
    await page.getByTestId('district-name').waitFor();

    const [thekeKeys, tabletKeys] = [generateKeyPair(), generateKeyPair()];
    const theke = decodeCertificate(textToValue(await admit(page, thekeKeys, 'Theke 1')).value);
    await shotIfAsked(page, 'devices-admit-done');
    const tablet = decodeCertificate(textToValue(await admit(page, tabletKeys, 'Tablet Raum 2', officeIdOf(theke.claims))).value);
    expect(officeIdOf(tablet.claims)).toBe(officeIdOf(theke.claims));
    expect(tablet.claims).toMatchObject({ officeName: 'DEMO-VHS Dachau', deviceLabel: 'Tablet Raum 2' });

    // The register: the tablet under its office; revoking it leaves the counter PC valid.
    await go(page, '#/coordinator/register');
    const device = page.locator('[data-testid="admission"].is-device');
    await device.getByText('Zulassung widerrufen …').click();
    await device.getByRole('button', { name: 'DEMO-VHS Dachau – Tablet Raum 2 widerrufen' }).click();
    await expect.poll(() => device.getAttribute('data-state')).toBe('revoked');
    const office = page.locator(`[data-testid="admission"][data-office="${officeIdOf(theke.claims)}"]`);
    expect(await office.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-state')))).toEqual(['valid', 'revoked']);
    const download = page.waitForEvent('download');
    await page.getByTestId('publish').click();
    await page.getByTestId('published').waitFor();
    await page.getByTestId('trust-download').click();
    await shotIfAsked(page, 'devices-register');
    const trust = new TrustStore(DEMO_FEDERATION_ANCHORS);
    for (const l of parseTrustLists(readFileSync((await (await download).path())!, 'utf8'))) await trust.offer(l, naclVerify);
    const holder = { publicKey: generateKeyPair().publicKey, givenName: 'Nour', familyName: 'Haddad', birthDate: '2000-01-01' };
    const ctx = { trust, now: now(), verify: naclVerify };
    expect(await verifyStamp(issueStamp({ holder, issuedAt: now(), entry: b1 }, thekeKeys, theke), ctx)).toMatchObject({ valid: true, issuer: { claims: { officeName: 'DEMO-VHS Dachau' } } });
    expect(await verifyStamp(issueStamp({ holder, issuedAt: now(), entry: b1 }, tabletKeys, tablet), ctx)).toMatchObject({ valid: false, reason: 'issuer-revoked' });

    // Both devices stamped this month (4 and 3): the merge adds them; the tablet's re-export (5) replaces only its own month.
    const t = now();
    const month = monthOf(t);
    const office1 = { id: officeIdOf(theke.claims), name: 'DEMO-VHS Dachau', kind: 'volkshochschule' };
    const exp = (device: { id: string; label: string }, generatedAt: number, n: number) =>
      JSON.stringify(buildCounts(Array.from({ length: n }, () => ({ issuedAt: t, entry: b1 })), { district: 'demo-dachau', office: office1, device, generatedAt, months: [month] }));
    const thekeDevice = { id: office1.id, label: 'Theke 1' };
    const tabletDevice = { id: 'ab12cd34ef560789', label: 'Tablet Raum 2' };
    await go(page, '#/coordinator/numbers');
    // Demo mode brings sample numbers of its own: count from what is there.
    // The planning view's table of modules completed: its "Summe" row, last column (all months).
    const total = async () => {
      const rows = await page.getByTestId('table-completed').locator('tbody tr').evaluateAll((trs) => trs.map((r) => [...r.children].map((c) => c.textContent ?? '')));
      const sum = rows.find((r) => r[0] === 'Summe');
      return Number(sum?.[sum.length - 1]);
    };
    await page.getByTestId('table-completed').waitFor();
    const before = await total();
    const input = page.locator('input[name="counts-file"]');
    await input.setInputFiles([file('theke.json', exp(thekeDevice, t - 60, 4)), file('tablet.json', exp(tabletDevice, t - 60, 3))]);
    await expect.poll(total).toBe(before + 7);
    await input.setInputFiles([file('tablet-neu.json', exp(tabletDevice, t, 5))]);
    await expect.poll(total).toBe(before + 9);
    expect(await page.getByTestId('counts-replaced').count()).toBe(1);
    expect(await page.getByTestId('counts-outcome').textContent()).toMatch(/Tablet Raum 2.*eingelesen.*ersetzt den älteren Export desselben Geräts vom/);
    await shotIfAsked(page, 'devices-numbers');
    guard.assertClean();
  });
});
