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

/** Launches headless Chromium with a fake camera, optionally fed from a Y4M file. */
export function launchBrowser(options: { fakeVideo?: string } = {}): Promise<Browser> {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
  ];
  if (options.fakeVideo) args.push(`--use-file-for-fake-video-capture=${options.fakeVideo}`);
  return chromium.launch({ executablePath: CHROMIUM, args });
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

/** Opens a guarded page; close it with `context.close()`. */
export async function openPage(browser: Browser, options: { viewport?: { width: number; height: number } } = {}): Promise<GuardedPage> {
  const origin = new URL(baseUrl()).origin;
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 390, height: 844 }, locale: 'de-DE' });
  await context.grantPermissions(['camera'], { origin });
  const guard = watch(context, origin);
  // Runs before any app script; CSP violations become console errors, which the guard catches.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  return { context, page, guard };
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
