// Issue 16, Must show: a district deploys the built app without touching source. One district
// build (npm run build:district); `bbpass keygen` a root, `certify` an office, `trust`, `site`;
// the folder served by a plain static server; the verifier's trust screen lists the district.
// Then only trust/<district>.json is replaced on the server by a newer list revoking the office:
// the installed app, offline meanwhile, goes online again, shows the new version and refuses the
// office's stamps from the revocation on, with no rebuild. The build and the site hold no DEMO key.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCbor, decodeCertificate, demoRootKeys, fromText, generateKeyPair, issueStamp, stampToCbor, toBase64Url, valueToText } from '../../src/core';
import { shotIfAsked } from './holder-steps';
import { browserPerSuite } from './harness';
import { bbpass, newHolder } from './office-steps';
import { serveFolder } from './static-server';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const VITE = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
const work = mkdtempSync(join(tmpdir(), 'bbpass-site-'));
const dist = join(work, 'dist-district');
const site = join(work, 'site');
const HOUR = 3600;
const now = Math.floor(Date.now() / 1000);
const iso = (t: number) => new Date(t * 1000).toISOString();

// What gives DEMO away in built files: the DEMO roots' public keys, the label every DEMO key is
// derived from, the DEMO districts' names; and the switches into demo mode (their test ids).
const DEMO_KEYS = demoRootKeys().map(toBase64Url);
const DEMO_MARKS = [...DEMO_KEYS, 'bbpass demo key: ', 'DEMO Landkreis Dachau', 'DEMO-Landkreis — not for production', 'Beispiel (DEMO)'];
const DEMO_SWITCHES = ['demo-toggle', 'verifier-demo', 'demo-start'];

/** Every file under a folder, as paths relative to it. */
function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n), `${prefix}${n}/`) : [`${prefix}${n}`]));
}
/** "file: mark" for each mark found in a folder's files. */
const found = (dir: string, marks: readonly string[], test = (text: string, m: string) => text.includes(m)) =>
  files(dir).flatMap((f) => {
    const text = readFileSync(join(dir, f), 'latin1');
    return marks.filter((m) => test(text, m)).map((m) => `${f}: ${m}`);
  });

function cli(...args: string[]): string {
  const r = bbpass(work, ...args);
  expect(r.code, r.err).toBe(0);
  return r.out;
}

/** Checks one stamp file on the verifier screen; returns the entry's verdict and reason. */
async function verifyFile(page: Page, name: string, text: string): Promise<{ valid: string | null; reason: string | null }> {
  writeFileSync(join(work, name), text);
  await page.getByTestId('presentation-file').setInputFiles(join(work, name));
  const item = page.getByTestId('result-item');
  await item.waitFor();
  const verdict = { valid: await item.getAttribute('data-valid'), reason: await item.getAttribute('data-reason') };
  await page.getByTestId('check-again').click();
  return verdict;
}

/** What the page shows, so a failed wait says what was on screen instead. */
const shown = async (page: Page) => `(no trust row; page: ${page.url()} ${(await page.locator('body').innerText().catch(() => '?')).slice(0, 400)})`;
const trustRow = (page: Page) => page.locator('[data-testid="trust-row"][data-district="09174"]');

describe('deploy from the built app', () => {
  let server: Awaited<ReturnType<typeof serveFolder>>;
  const office = generateKeyPair();
  const person = newHolder('Nour', 'Haddad', '2000-01-01', now);
  const stampAt = (t: number, certificate: string) => {
    const cert = decodeCertificate(decodeCbor(fromText(certificate).bytes));
    const entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'A2', status: 'completed' } as const;
    return valueToText('stamp', stampToCbor(issueStamp({ holder: person.holder, issuedAt: t, entry }, office, cert)));
  };

  beforeAll(() => {
    // As `npm run build:district` runs it (vitest's NODE_ENV=test would leave the service worker unminified).
    const built = spawnSync(process.execPath, [VITE, 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', BBPASS_DISTRICT_BUILD: '1' }, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('the district build has no DEMO key, seed, name, trust list or sample Wegweiser, and no way into demo mode', () => {
    expect(found(dist, DEMO_MARKS)).toEqual([]);
    expect(found(dist, DEMO_SWITCHES, (text, id) => new RegExp(`["'\`]${id}["'\`]`).test(text))).toEqual([]);
    expect(files(dist).filter((f) => f.startsWith('trust/') || f.startsWith('directory/') || f === 'site.json')).toEqual([]);
    expect(readFileSync(join(dist, 'sw.js'), 'utf8')).not.toMatch(/trust\/demo|directory\//);
  });

  const suite = browserPerSuite();
  it('keygen, certify, trust, site, serve: the app trusts the district; a newer list uploaded alone reaches it when it goes online', { timeout: 300_000 }, async () => {
    // A retry starts from nothing: the CLI refuses to overwrite a key, and the server of a failed try stays up.
    for (const f of ['root.key', 'vhs.cert.qr', 'trust.json', 'trust-v2.json', 'site']) rmSync(join(work, f), { recursive: true, force: true });
    await server?.close();
    cli('keygen', '--role', 'root', '--district', '09174', '--name', 'Landkreis Dachau', '--out', 'root.key');
    cli('certify', '--root', 'root.key', '--office-key', toBase64Url(office.publicKey), '--name', 'VHS Dachau', '--kind', 'volkshochschule', '--types', 'sprachkurs', '--from', iso(now - 24 * HOUR), '--out', 'vhs.cert.qr');
    cli('trust', '--root', 'root.key', '--cert', 'vhs.cert.qr', '--out', 'trust.json');
    cli('site', '--dist', dist, '--root', 'root.key', '--trust', 'trust.json', '--out', site);
    expect(found(site, DEMO_KEYS)).toEqual([]);
    server = await serveFolder(site);
    const certificate = readFileSync(join(work, 'vhs.cert.qr'), 'utf8');
    const [early, late] = [stampAt(now - 3 * HOUR, certificate), stampAt(now - HOUR, certificate)];

    const { page, context, guard } = await suite.open({ origin: server.origin, viewport: { width: 1280, height: 860 } });
    await page.goto(`${server.origin}/#/verifier/trust`);
    await expect.poll(() => trustRow(page).getAttribute('data-version')).toBe('1');
    expect(await page.getByTestId('site-unconfigured').count()).toBe(0);
    await shotIfAsked(page, 'site-trust-v1');
    // Installed: the service worker precached the app with site.json and the trust list.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // "Works offline now" floats over the page foot until dismissed, as a person would.
    const banner = page.getByTestId('pwa-banner');
    await banner.waitFor();
    await banner.getByRole('button').click();
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await page.goto(`${server.origin}/#/verifier`);
    expect(await verifyFile(page, 'late-v1.txt', late)).toEqual({ valid: 'true', reason: '' });

    // The device goes offline; meanwhile the coordinator revokes the office from two hours ago and
    // uploads only the new list. Offline, the app still works with the list it has.
    await context.setOffline(true);
    cli('trust', '--root', 'root.key', '--base', 'trust.json', '--revoke', `${toBase64Url(office.publicKey)}@${iso(now - 2 * HOUR)}`, '--out', 'trust-v2.json');
    copyFileSync(join(work, 'trust-v2.json'), join(site, 'trust/09174.json'));
    await page.reload();
    await page.goto(`${server.origin}/#/verifier/trust`);
    await expect.poll(() => trustRow(page).getAttribute('data-version', { timeout: 5_000 }).catch(() => shown(page)), { timeout: 30_000 }).toBe('1');

    // Online again: the app fetches the list itself (no reload, no rebuild) and shows version 2.
    await context.setOffline(false);
    await expect.poll(() => trustRow(page).getAttribute('data-version'), { timeout: 20_000 }).toBe('2');
    await shotIfAsked(page, 'site-trust-v2');
    await page.goto(`${server.origin}/#/verifier`);
    expect(await verifyFile(page, 'late-v2.txt', late)).toEqual({ valid: 'false', reason: 'issuer-revoked' });
    expect(await verifyFile(page, 'early-v2.txt', early)).toEqual({ valid: 'true', reason: '' });
    expect(found(site, DEMO_KEYS)).toEqual([]);
    guard.assertClean();
  });
});
