// Browser plumbing for the tests: Debian's Chromium through playwright-core (no downloaded
// browsers), a fresh context per test, and a guard that turns other-origin requests, console
// errors, page errors and CSP violations into test failures.
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Chromium binary; Debian's package by default. */
export const CHROMIUM = process.env.BBPASS_CHROMIUM ?? '/usr/bin/chromium';

/** Origin of the preview server started by global-setup.ts. */
export function baseUrl(): string {
  return inject('baseUrl');
}

function chromiumArgs(fakeVideo?: string): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
  ];
  if (fakeVideo) args.push(`--use-file-for-fake-video-capture=${fakeVideo}`);
  return args;
}

/** Launches headless Chromium with a fake camera, optionally fed from a Y4M file. */
export function launchBrowser(options: { fakeVideo?: string } = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs(options.fakeVideo) });
}

/** Collects everything that should never happen while the app runs. */
export interface Guard {
  readonly problems: string[];
  /** Fails the test if anything was collected. */
  assertClean(): void;
}

/** A page in a fresh context (own storage, own service worker) with camera permission and a guard. */
export interface GuardedPage {
  context: BrowserContext;
  page: Page;
  guard: Guard;
}

/** Options of a guarded page. */
export interface PageOptions {
  viewport?: { width: number; height: number };
  /** The app's origin, when a test serves a build of its own (default: the suite's preview server). */
  origin?: string;
  /** Device pixels per CSS pixel (3 ≈ a 300 dpi printer on A4 at 96 CSS px per inch). */
  deviceScaleFactor?: number;
}

/** Opens a guarded page; close it with `context.close()`. */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 390, height: 844 }, deviceScaleFactor: options.deviceScaleFactor, locale: 'de-DE' });
  const guard = await prepare(context, options.origin);
  const page = await context.newPage();
  return { context, page, guard };
}

/**
 * Launches Chromium on a profile folder that outlives it (IndexedDB, service worker and caches
 * survive a relaunch), optionally with a fake camera filming a Y4M file. Close with `context.close()`.
 */
export async function openPersistent(userDataDir: string, options: PageOptions & { fakeVideo?: string } = {}): Promise<GuardedPage> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: chromiumArgs(options.fakeVideo),
    viewport: options.viewport ?? { width: 390, height: 844 },
    locale: 'de-DE',
    acceptDownloads: true,
  });
  const guard = await prepare(context, options.origin);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, guard };
}

// Camera permission, the guard, and a CSP listener that runs before any app script
// (violations become console errors, which the guard catches).
async function prepare(context: BrowserContext, origin = new URL(baseUrl()).origin): Promise<Guard> {
  await context.grantPermissions(['camera'], { origin });
  const guard = watch(context, origin);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return guard;
}

function watch(context: BrowserContext, origin: string): Guard {
  const problems: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.push(`request to another origin: ${request.method()} ${url}`);
  });
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  return {
    problems,
    assertClean() {
      expect(problems).toEqual([]);
    },
  };
}

/**
 * Waits until the app has taken over index.html's first screen: only the app draws the header's
 * language switch. The static language list is on screen before any app script (first-screen.js
 * starts the app after the first paint), so its heading says nothing about what has loaded.
 */
export async function appStarted(page: Page): Promise<void> {
  await page.locator('.app-header .language-switch').waitFor();
}

/** URLs of the scripts the page itself loaded (the service worker's precache fetches are not included). */
export function loadedScripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js')),
  );
}

/** One browser per describe block and a fresh context per test, closed afterwards; call inside describe(). */
export function browserPerSuite(launch: () => Parameters<typeof launchBrowser>[0] = () => ({})) {
  let browser: Browser | undefined;
  let tab: GuardedPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(launch());
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await tab?.context.close();
    tab = undefined;
  });
  return {
    /** A new guarded page in a new context. */
    async open(options?: Parameters<typeof openPage>[1]): Promise<GuardedPage> {
      tab = await openPage(browser!, options);
      return tab;
    },
  };
}
