// Serves the already built dist/ with `vite preview` for the whole browser suite.
// `npm run test:browser` builds first; here we only check that a build exists.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  interface ProvidedContext {
    /** Origin of the preview server, e.g. http://127.0.0.1:4173 */
    baseUrl: string;
  }
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const HOST = '127.0.0.1';
// Overridable so several builds can be tested side by side (e.g. BBPASS_DIST=/tmp/d BBPASS_PORT=4181).
const PORT = Number(process.env.BBPASS_PORT ?? 4173);
const DIST = process.env.BBPASS_DIST ?? join(ROOT, 'dist');
const START_TIMEOUT_MS = 20_000;

/** Starts the preview server, provides its URL to the tests and returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run test:browser` (it builds first) or `npx vite build`');
  }
  const baseUrl = `http://${HOST}:${PORT}`;
  const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const server = spawn(process.execPath, [viteBin, 'preview', '--host', HOST, '--port', String(PORT), '--strictPort', '--outDir', DIST], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));

  try {
    await waitUntilUp(baseUrl, server, () => output);
  } catch (error) {
    await stop(server);
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  return () => stop(server);
}

async function waitUntilUp(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`vite preview exited with ${server.exitCode} (is port ${PORT} in use?):\n${output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer on ${url} within ${START_TIMEOUT_MS} ms:\n${output()}`);
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
}
