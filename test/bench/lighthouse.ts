// Lighthouse 12.8 in mobile emulation (its default: Moto G Power, simulated slow 4G and 4x CPU
// slowdown) against the production build, with issue 18's budgets: performance 100 on the holder's
// start page (what a newcomer opens) and >= 99 on the staff start pages, accessibility and best
// practices 100, each the median of 3 runs. Run by `npm run bench` after `vite build`; prints the scores and
// every audit that cost points, and writes test/bench/results-lighthouse.json.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.BBPASS_DIST ?? join(ROOT, 'dist');
const PORT = 4175; // beside the tests (4173) and the browser bench (4174)
const RUNS = 3;
const BUDGETS: Record<string, number> = { performance: 99, accessibility: 100, 'best-practices': 100 };
/** A page's budget for a category: the holder's start page must score 100 in every one. */
const budgetOf = (page: string, category: string): number => (page === '#/holder' ? 100 : BUDGETS[category]!);
// Each run starts as a new device: lighthouse by default keeps IndexedDB and localStorage between
// runs, so a page measured after the verifier (which stores its trust lists) found a database and
// drew a coordinator's stored roots instead of its first start (LCP 1.9 -> 2.5 s), and the figure
// depended on the order of PAGES. BBPASS_LIGHTHOUSE_KEEP_STORAGE=1 keeps it, for a device that
// already holds data (issue 18's closing note gives those figures too).
const CLEAR: NonNullable<Parameters<typeof lighthouse>[1]>['clearStorageTypes'] = ['file_systems', 'shader_cache', 'service_workers', 'cache_storage', ...(process.env.BBPASS_LIGHTHOUSE_KEEP_STORAGE === '1' ? [] : (['indexeddb', 'local_storage'] as const))];
// The holder start screen (what a newcomer opens) and the staff areas' first screens.
const PAGES = (process.env.BBPASS_LIGHTHOUSE_PAGES ?? '#/holder,#/office,#/verifier,#/coordinator').split(',');

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('run `vite build` first');
  const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const server = spawn(process.execPath, [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', DIST], { cwd: ROOT, stdio: 'ignore' });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
  });
  const results: Array<{ page: string; category: string; score: number; runs: number[]; budget: number; ok: boolean; lost: string[] }> = [];
  try {
    const base = `http://127.0.0.1:${PORT}/`;
    for (let i = 0; i < 100 && !(await fetch(base).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
    for (const page of PAGES) {
      // One lighthouse run swings by a few points with the machine's load: each figure is the median of RUNS.
      const runs: Result[] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await lighthouse(`${base}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(BUDGETS), clearStorageTypes: CLEAR });
        if (!run?.lhr) throw new Error(`lighthouse returned nothing for ${page}`);
        runs.push(run.lhr);
      }
      const score = (lhr: Result, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      // The run with the median performance score names the metrics and what cost points.
      const lhr = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'))[Math.floor(RUNS / 2)]!;
      for (const id of Object.keys(BUDGETS)) {
        const budget = budgetOf(page, id);
        const cat = lhr.categories[id];
        const all = runs.map((r) => score(r, id));
        const median = [...all].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
        // The audits that cost points, so a miss says what to fix.
        const lost = (cat?.auditRefs ?? [])
          .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
          .map((r) => `${r.id} (${lhr.audits[r.id]?.displayValue ?? lhr.audits[r.id]?.score})`);
        results.push({ page, category: id, score: median, runs: all, budget, ok: median >= budget, lost });
        process.stdout.write(`lighthouse ${page} ${id}: ${median} (median of ${all.join(', ')}) ${median >= budget ? 'ok' : 'MISSED'} (>= ${budget})${lost.length ? `  lost: ${lost.join(', ')}` : ''}\n`);
      }
      const m = (k: string) => lhr.audits[k]?.displayValue ?? '';
      process.stdout.write(`lighthouse ${page} metrics (median run): FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}\n`);
    }
  } finally {
    await chrome.kill();
    server.kill();
  }
  writeFileSync(join(ROOT, 'test/bench/results-lighthouse.json'), `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
