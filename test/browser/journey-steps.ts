// Steps of the journey test: devices (each a persistent Chromium profile, optionally offline
// after its first load), the camera hop that carries a QR code from one screen to another
// device's camera, and what each role does on its screens.
import { join } from 'node:path';
import { expect } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { filmPayload } from './film-qr';
import { baseUrl, openPersistent, type GuardedPage } from './harness';
import { ARTIFACTS, confirmDemo, go, readQr, snap } from './holder-steps';
import { setupOfficeInUi, OFFICE_PASSPHRASE } from './office-steps';
import { writeQrSequenceY4m } from './y4m';

/** The office the DEMO Dachau coordinator admits. */
export const OFFICE = 'DEMO-VHS Dachau – Sprachkurse und Beratung';
const SCAN_TIMEOUT_MS = 30_000;

/**
 * One device of the journey on its own profile folder. Its fake camera is a launch flag, so every
 * time it must film a new QR code the browser is closed and relaunched on the same profile.
 * Offline devices load the app once online (the service worker precaches it), then stay offline.
 */
export class Device {
  private tab: GuardedPage | undefined;
  private installed = false;
  /** Responses that came from the network while the device was offline (must stay empty). */
  private readonly network: string[] = [];
  /** Responses the service worker gave while offline (proves the check above saw traffic). */
  private served: string[] = [];

  constructor(
    readonly name: string,
    private readonly profile: string,
    private readonly offline: boolean,
    private readonly viewport: { width: number; height: number },
  ) {}

  /** The current page; only after {@link launch}. */
  get page(): Page {
    return this.tab!.page;
  }

  /** (Re)launches the browser, its camera filming `video` if given, and opens `hash`. */
  async launch(hash: string, video?: string): Promise<Page> {
    await this.close();
    this.tab = await openPersistent(this.profile, { viewport: this.viewport, fakeVideo: video });
    const { context, page } = this.tab;
    if (this.offline && this.installed) await this.goOffline(context);
    await page.goto(`${baseUrl()}/${hash}`);
    if (!this.installed) {
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      this.installed = true;
      // "Works offline now" floats over the page foot (covering e.g. the coordinator's "Demo
      // starten" at 1280×800) until dismissed, as a person would.
      const banner = page.getByTestId('pwa-banner');
      await banner.waitFor();
      await banner.getByRole('button').click();
      if (this.offline) {
        await this.goOffline(context);
        await page.reload(); // from now on the service worker serves the app
      }
    }
    if (this.offline) expect(await page.evaluate(() => [navigator.onLine, navigator.serviceWorker.controller !== null])).toEqual([false, true]);
    await page.locator('main h1').first().waitFor();
    return page;
  }

  private async goOffline(context: BrowserContext): Promise<void> {
    await context.setOffline(true);
    // Offline, the service worker must answer everything the app loads.
    context.on('response', (r) => {
      if (/^https?:/.test(r.url())) (r.fromServiceWorker() ? this.served : this.network).push(r.url());
    });
  }

  /** Closes the browser (profile kept), failing on anything the guard caught. */
  async close(): Promise<void> {
    if (!this.tab) return;
    const { guard, context } = this.tab;
    this.tab = undefined;
    await context.close();
    guard.assertClean();
    expect(this.network).toEqual([]);
    if (this.offline) expect(this.served.length).toBeGreaterThan(0);
    this.served = [];
  }
}

/** Screenshots the showing device (for people) and writes the video another device's camera films; returns its path. */
export async function cameraHop(page: Page, name: string, texts: readonly string[]): Promise<string> {
  await snap(page, `journey-${name}`);
  return writeQrSequenceY4m(join(ARTIFACTS, `journey-${name}.y4m`), texts);
}

/** Coordinator: "Demo starten", then opens the DEMO Dachau root with the passphrase the screen publishes. */
export async function startCoordinatorDemo(page: Page): Promise<string> {
  await page.getByTestId('demo-start').click();
  await confirmDemo(page);
  const notice = (await page.getByTestId('demo-notice').textContent()) ?? '';
  const passphrase = /Passphrase: (\S+)/.exec(notice)?.[1] ?? '';
  expect(passphrase).not.toBe('');
  await unlockCoordinator(page, passphrase);
  expect(await page.getByTestId('district-name').textContent()).toContain('Dachau');
  return passphrase;
}

/** Coordinator: opens the district root after a restart (the key lives in memory only). */
export async function unlockCoordinator(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase des Landkreis-Schlüssels').fill(passphrase);
  await page.getByRole('button', { name: 'Öffnen' }).click();
  await page.getByTestId('district-name').waitFor();
}

/** Office: sets up in DEMO Dachau and shows a registration request for Sprachkurs and Beratung; returns its QR text. */
export async function requestRegistration(page: Page): Promise<string> {
  await page.locator('#setup-name').waitFor();
  await setupOfficeInUi(page, OFFICE, 'demo-dachau');
  await go(page, '#/office/register');
  await page.getByRole('checkbox', { name: 'Beratung' }).check();
  await page.getByTestId('make-request').click();
  return readQr(page.getByTestId('request-qr'));
}

/** Coordinator: reads the request with the camera, admits the office as requested; returns the certificate's QR text. */
export async function admitByCamera(page: Page): Promise<string> {
  await go(page, '#/coordinator/admit');
  await page.getByRole('button', { name: 'QR-Code mit der Kamera lesen' }).click();
  await expect.poll(() => page.getByTestId('request-details').textContent(), { timeout: SCAN_TIMEOUT_MS }).toContain(OFFICE);
  expect(await checkedLabels(page.locator('input[name="types"]:checked'))).toEqual(['Sprachkurs', 'Beratung']);
  await page.getByTestId('admit-submit').click();
  await page.getByTestId('admit-done').waitFor();
  return readQr(page.getByTestId('certificate-qr'));
}

async function checkedLabels(boxes: Locator): Promise<string[]> {
  return boxes.evaluateAll((els) => els.map((e) => e.closest('label')?.textContent?.trim() ?? ''));
}

/** Office: opens its keys after a restart. */
export async function unlockOffice(page: Page): Promise<void> {
  await page.locator('#unlock-pass').fill(OFFICE_PASSPHRASE);
  await page.getByTestId('unlock').click();
  await page.locator('[data-testid="session"][data-state="unlocked"]').waitFor({ timeout: 20_000 });
}

/** Office: reads the certificate with the camera; afterwards it may stamp Sprachkurs and Beratung. */
export async function importCertificateByCamera(page: Page): Promise<void> {
  await go(page, '#/office/register');
  await page.getByRole('button', { name: 'Mit Kamera scannen' }).click();
  await expect.poll(() => page.getByTestId('cert-import').getAttribute('data-status'), { timeout: SCAN_TIMEOUT_MS }).toBe('imported');
  await go(page, '#/office');
  await expect.poll(() => page.getByTestId('cert-state').getAttribute('data-state')).toBe('ready');
  expect(await page.getByTestId('allowed-types').textContent()).toBe('Sprachkurs, Beratung');
}

/** Holder: switches demo mode on and shows the pass card; returns its QR text. */
export async function showPassCard(page: Page): Promise<string> {
  await go(page, '#/holder/settings');
  const toggle = page.getByTestId('demo-toggle');
  await expect.poll(() => toggle.isEnabled()).toBe(true);
  await toggle.click();
  await confirmDemo(page);
  await expect.poll(() => toggle.isChecked()).toBe(true);
  await go(page, '#/holder/card');
  return readQr(page.getByTestId('card-qr'));
}

/** The two entries the office fills in on its form. */
export const ENTRIES = {
  sprachkurs: async (page: Page) => {
    await page.locator('#stamp-course').selectOption('integrationskurs');
    await page.locator('#stamp-level').selectOption('B1');
    await page.locator('#stamp-status').selectOption('completed');
  },
  beratung: async (page: Page) => {
    await page.locator('#stamp-topics').getByLabel('Anerkennung von Abschlüssen').check();
    await page.locator('#stamp-date').fill(new Date().toISOString().slice(0, 10));
  },
} as const;

/** Office: waits for the camera to read the pass card, fills the entry (then `adjust`, if given), signs; returns the stamp's QR text. */
export async function stampByCamera(page: Page, type: keyof typeof ENTRIES, holderName: string, adjust?: (page: Page) => Promise<unknown>): Promise<string> {
  await page.getByTestId('person').waitFor({ timeout: SCAN_TIMEOUT_MS });
  expect(await page.getByTestId('person').textContent()).toContain(holderName);
  await page.locator('#stamp-type').selectOption(type);
  await ENTRIES[type](page);
  await adjust?.(page);
  await page.getByRole('button', { name: 'Weiter zur Prüfung' }).click();
  await page.getByTestId('sign').click();
  return readQr(page.getByTestId('stamp-qr'));
}

/** Holder: films the stamps with the camera until `count` are stored. */
export async function receiveStamps(page: Page, count: number): Promise<void> {
  await go(page, '#/holder/receive');
  await expect.poll(() => page.getByTestId('received-list').locator('li').count(), { timeout: SCAN_TIMEOUT_MS }).toBe(count);
}

/**
 * Holder: presents every entry and films the animated QR code until a scanner could assemble it;
 * returns the frame texts that made it up (all of one presentation, which is re-signed now and then).
 */
export async function presentationFrames(page: Page): Promise<string[]> {
  await go(page, '#/holder/present');
  await page.getByTestId('present-show').click();
  // The phone re-signs now and then: only the frames of the message that completes are returned.
  const filmed = await filmPayload(page.getByTestId('present-qr'), 30_000);
  if (!filmed) throw new Error('presentation not assembled within 30 s');
  return filmed.texts;
}

/** Verifier: switches demo mode on in its settings (the page must show them). */
export async function verifierDemoOn(page: Page): Promise<void> {
  await page.getByTestId('verifier-demo').click();
  await confirmDemo(page);
  await page.getByTestId('verifier-settings-save').click();
  await page.getByTestId('verifier-settings-saved').waitFor();
}

/** Verifier: opens the check screen, whose camera films the presentation, and returns the person and each entry's verdict. */
export async function checkPresentation(page: Page): Promise<{ person: string; items: Array<{ valid: string | null; text: string }> }> {
  await go(page, '#/verifier');
  await page.getByTestId('verifier-result').waitFor({ timeout: SCAN_TIMEOUT_MS });
  const items = await page.getByTestId('result-item').evaluateAll((els) => els.map((e) => ({ valid: e.getAttribute('data-valid'), text: e.textContent ?? '' })));
  return { person: (await page.getByTestId('result-person').textContent()) ?? '', items };
}
