// Trust that reaches devices, as staff see it (issue 16): the verifier names the "Stand" of each
// trust list in force and warns on its start screen when a list is older than the district's
// limit (the shipped DEMO lists are weeks old), until a newer one arrives; the coordinator's start
// screen says which version the site publishes — current, older after signing a new one, edited
// (tampered) or unreachable; the office's start screen names the Stand of its district's list. Screenshots at 1280×860 in BBPASS_SHOTS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_DISTRICT, DEMO_DISTRICT_NAME, demoWorld, issueTrustList, trustListToCbor, valueToText } from '../../src/core';
import { baseUrl, browserPerSuite } from './harness';
import { ARTIFACTS, confirmDemo, go } from './holder-steps';

const DESK = { width: 1280, height: 860 };
const SHOTS = process.env.BBPASS_SHOTS;
const now = () => Math.floor(Date.now() / 1000);

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

describe('trust list age and publication', () => {
  const suite = browserPerSuite();

  it('the verifier warns about an old list on its start screen until a newer one is imported', async () => {
    const { page, guard } = await suite.open({ viewport: DESK });
    await page.goto(`${baseUrl()}/#/verifier/settings`);
    await page.getByTestId('verifier-demo').click();
    await confirmDemo(page);
    await page.getByTestId('verifier-settings-save').click();
    await page.getByTestId('verifier-settings-saved').waitFor();

    await go(page, '#/verifier');
    const stand = page.getByTestId('trust-stand');
    await expect.poll(() => stand.getAttribute('data-stale')).toBe('true');
    expect(await stand.locator(`[data-district="${DEMO_DISTRICT}"]`).getAttribute('data-status')).toBe('stale');
    const demoLine = stand.locator(`[data-district="${DEMO_DISTRICT}"]`);
    expect(await demoLine.textContent()).toMatch(/Stand \d\d\.\d\d\.\d{4}, \d\d:\d\d, Version 1 – \d+ Tage alt/);
    // Demo mode trusts four DEMO districts; their shipped lists are all weeks old.
    expect(await page.getByTestId('trust-stale').textContent()).toContain('4 Vertrauenslisten sind veraltet – der Landkreis erlaubt 7 Tage');
    await shot(page, 'verifier-start-stale');

    // The coordinator's newer list, issued an hour ago, brought in by file.
    const world = demoWorld(now());
    const list = issueTrustList({ district: DEMO_DISTRICT, districtName: DEMO_DISTRICT_NAME, version: 2, issuedAt: now() - 3600, certificates: Object.values(world.offices).map((o) => o.certificate), revocations: [] }, world.root);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'trust-stand-v2.txt'), valueToText('trustList', trustListToCbor(list)));
    await go(page, '#/verifier/trust');
    const demoOld = page.locator(`[data-testid="trust-row"][data-district="${DEMO_DISTRICT}"] [data-testid="trust-old"]`);
    await expect.poll(() => demoOld.count()).toBe(1);
    await page.locator('input[type="file"][name="trust-file"]').setInputFiles(join(ARTIFACTS, 'trust-stand-v2.txt'));
    await expect.poll(() => page.getByTestId('trust-outcome').getAttribute('data-status')).toBe('imported');
    await expect.poll(() => demoOld.count()).toBe(0);

    await go(page, '#/verifier');
    await expect.poll(() => demoLine.getAttribute('data-status')).toBe('fresh');
    expect(await demoLine.textContent()).toMatch(/Stand .*, Version 2$/);
    expect(await page.getByTestId('trust-stale').textContent()).toContain('3 Vertrauenslisten sind veraltet');
    await shot(page, 'verifier-start-fresh');
    guard.assertClean();
  });

  it('the coordinator sees whether the site publishes the newest list, an older, an edited one or cannot tell', async () => {
    const { page } = await suite.open({ viewport: DESK });
    await page.goto(`${baseUrl()}/#/coordinator`);
    await page.getByTestId('demo-start').click();
    await confirmDemo(page);
    await page.getByRole('heading', { name: 'Landkreis-Schlüssel öffnen' }).waitFor();
    await page.getByLabel('Passphrase des Landkreis-Schlüssels').fill('demo-demo');
    await page.getByRole('button', { name: 'Öffnen' }).click();
    const section = page.getByTestId('site-published');
    // The site serves the DEMO Dachau list the device was seeded with: version 1.
    await expect.poll(() => section.getAttribute('data-status')).toBe('current');
    expect(await page.getByTestId('published-site').textContent()).toContain('Version 1');
    await shot(page, 'coordinator-published-current');

    await go(page, '#/coordinator/register');
    await page.getByTestId('publish').click();
    await page.getByTestId('published').waitFor();
    await go(page, '#/coordinator');
    await expect.poll(() => section.getAttribute('data-status')).toBe('older');
    expect(await page.getByTestId('published-signed').textContent()).toContain('Version 2');
    expect(await page.getByTestId('published-notice').textContent()).toContain('Veröffentlicht ist älter — bitte die neue Datei hochladen');
    await shot(page, 'coordinator-published-older');

    // A host that serves an edited file: one character of the signed list changed.
    const original = await (await page.request.get(`${baseUrl()}/trust/demo-dachau.json`)).text();
    const edited = original.replace(/(BBP1:T:.{80})(.)/, (_, head: string, c: string) => head + (c === 'A' ? 'B' : 'A'));
    await page.route('**/trust/demo-dachau.json?published=*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: edited }));
    await page.getByTestId('published-recheck').click();
    await expect.poll(() => section.getAttribute('data-status')).toBe('tampered');
    await shot(page, 'coordinator-published-tampered');

    await page.unroute('**/trust/demo-dachau.json?published=*');
    await page.route('**/trust/demo-dachau.json?published=*', (route) => route.abort('internetdisconnected'));
    await page.getByTestId('published-recheck').click();
    await expect.poll(() => section.getAttribute('data-status')).toBe('offline');
    expect(await page.getByTestId('published-notice').textContent()).toContain('Kann nicht prüfen');

    // The DEMO office on this device names the Stand of its district's list (how current "not revoked" is).
    await go(page, '#/office');
    await expect.poll(() => page.getByTestId('office-trust').count()).toBe(1);
    expect(await page.getByTestId('office-trust').textContent()).toMatch(/Stand \d\d\.\d\d\.\d{4}, \d\d:\d\d, Version \d/);
    await shot(page, 'office-trust');
  });
});
