// The update path: a phone has the app installed from one build; a new build is deployed over
// it at the same address. The running app must offer the update, apply it on request, and the
// pass must survive. Two real builds of this source (the second with another build id), served
// in turn on one origin, one persistent Chromium profile.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openPersistent } from './harness';
import { createPassInUi } from './holder-steps';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.BBPASS_DIST ?? join(ROOT, 'dist');
const PORT = 4176; // its own origin: the suite's server keeps serving the first build
const ORIGIN = `http://127.0.0.1:${PORT}`;
const VITE = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');

const work = mkdtempSync(join(tmpdir(), 'bbpass-update-'));
let server: ChildProcess | undefined;

async function serve(dir: string): Promise<void> {
  await stop();
  // A server left over from an aborted run would answer with the wrong build.
  if (await fetch(`${ORIGIN}/version.json`).then(() => true, () => false)) throw new Error(`port ${PORT} is already in use`);
  server = spawn(process.execPath, [VITE, 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', dir], { cwd: ROOT, stdio: 'ignore' });
  for (let i = 0; i < 150; i++) {
    if (await fetch(`${ORIGIN}/version.json`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server on ${ORIGIN}`);
}

async function stop(): Promise<void> {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((r) => server!.once('exit', r));
  server.kill('SIGTERM');
  await exited;
}

afterAll(async () => {
  await stop();
  rmSync(work, { recursive: true, force: true });
});

describe('update path', () => {
  it('offers a new build, applies it on request, and keeps the pass', { timeout: 240_000 }, async () => {
    const first = join(work, 'first');
    const second = join(work, 'second');
    cpSync(DIST, first, { recursive: true });
    const built = spawnSync(process.execPath, [VITE, 'build', '--outDir', second, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, env: { ...process.env, BBPASS_BUILD_ID: 'update-test-second' }, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    const buildOf = (dir: string) => (JSON.parse(readFileSync(join(dir, 'version.json'), 'utf8')) as { build: string }).build;
    expect(buildOf(second)).toBe('update-test-second');
    expect(buildOf(first)).not.toBe(buildOf(second));

    await serve(first);
    const { context, page, guard } = await openPersistent(join(work, 'profile'), { origin: ORIGIN });
    try {
      await page.goto(`${ORIGIN}/#/holder`);
      await createPassInUi(page, ORIGIN);
      const code = await page.getByTestId('pass-code').textContent();
      // Installed: the service worker is active (it takes control from the next load on, as
      // registerType 'prompt' never claims a running page) and has precached the first build.
      await page.evaluate(async () => void (await navigator.serviceWorker.ready));
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
      const running = () => page.evaluate(async () => ((await (await fetch('version.json')).json()) as { build: string }).build);
      expect(await running()).toBe(buildOf(first));

      // The new build goes live at the same address; the next visit finds it and asks.
      await serve(second);
      await page.reload();
      const reload = page.getByRole('button', { name: 'Neue Version – neu laden' });
      await reload.waitFor({ timeout: 30_000 });
      expect(await running()).toBe(buildOf(first)); // nothing switches behind the person's back
      // The app reloads itself once the new service worker has taken over.
      const reloaded = page.waitForEvent('framenavigated', { timeout: 60_000 });
      await reload.click();
      await reloaded;
      await expect.poll(running, { timeout: 30_000 }).toBe('update-test-second');

      // The pass is still there, same code.
      await page.getByTestId('pass-code').waitFor();
      expect(await page.getByTestId('pass-code').textContent()).toBe(code);
      guard.assertClean();
    } finally {
      await context.close();
    }
  });
});
