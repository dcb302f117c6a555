// A build for a district (a root pinned in src/config/districts.ts) must not carry the public DEMO
// districts: their private keys are published, so a device that could trust them accepts anyone's
// stamps. The district build is made as a district makes it (README, "Deploying for a district"):
// from the sources with one root pinned, here in a copy. The suite's own dist/ (nothing pinned)
// is a demo build and must still have everything DEMO.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.BBPASS_DIST ?? join(ROOT, 'dist');
const VITE = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');

// What gives DEMO away in built files: the DEMO roots' public keys (base64url literals in
// districts.ts), the label every DEMO key is derived from, the DEMO districts' names.
const DEMO_MARKS = [
  'YdDDR3jGu_Gz68LjuqCLoCGZBzA302XsNTerWKp2Jag',
  '5IxkvbdPK7ADZlywIYO5bWpQPouwxZoLBwZuN9tJtks',
  'bbpass demo key: ',
  'DEMO Landkreis Dachau',
  'DEMO-Landkreis — not for production',
];

// The switches into demo mode (holder settings, verifier settings, the coordinator's "Demo starten").
const DEMO_SWITCHES = ['demo-toggle', 'verifier-demo', 'demo-start'];

/** Which marks occur in the built files whose names match `kind`, as "file: mark". */
function occurrences(dist: string, kind: RegExp, marks: readonly string[], occurs: (text: string, mark: string) => boolean): string[] {
  return files(dist)
    .filter((f) => kind.test(f))
    .flatMap((f) => {
      const text = readFileSync(join(dist, f), 'utf8');
      return marks.filter((m) => occurs(text, m)).map((m) => `${f}: ${m}`);
    });
}

const demoMarks = (dist: string) => occurrences(dist, /\.(js|html|json|webmanifest)$/, DEMO_MARKS, (text, m) => text.includes(m));
// A switch's test id as a whole string literal, whichever quotes the minifier chose.
const demoSwitches = (dist: string) => occurrences(dist, /\.js$/, DEMO_SWITCHES, (text, id) => new RegExp(`["'\`]${id}["'\`]`).test(text));

const work = mkdtempSync(join(tmpdir(), 'bbpass-district-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under a folder, as paths relative to it. */
function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n), `${prefix}${n}/`) : [`${prefix}${n}`]));
}

describe('district build', () => {
  it('the demo build (nothing pinned) carries the DEMO districts', () => {
    expect(files(DIST)).toContain('trust/demo.json');
    expect(demoMarks(DIST).some((m) => m.startsWith('assets/') && m.endsWith(DEMO_MARKS[0]!))).toBe(true);
    expect(demoSwitches(DIST)).toHaveLength(DEMO_SWITCHES.length);
  });

  it('a build with a pinned root has no DEMO key, seed, name or trust list, and no way into demo mode', { timeout: 240_000 }, () => {
    const src = join(work, 'src');
    for (const f of ['index.html', 'package.json', 'tsconfig.json', 'vite.config.ts', 'src', 'public']) cpSync(join(ROOT, f), join(work, f), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
    const districts = join(src, 'config/districts.ts');
    const rootKey = randomBytes(32).toString('base64url');
    const pinned = readFileSync(districts, 'utf8').replace(/(PINNED_ANCHORS[^=]*=\s*\[)/, `$1\n  pin("09999", "Testkreis", "${rootKey}"),`);
    expect(pinned).toContain(rootKey);
    writeFileSync(districts, pinned);

    const out = join(work, 'dist');
    const built = spawnSync(process.execPath, [VITE, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { cwd: work, env: { ...process.env, BBPASS_DEMO_BUILD: '' }, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);

    expect(files(out).some((f) => f.startsWith('assets/') && readFileSync(join(out, f), 'utf8').includes(rootKey))).toBe(true);
    expect(demoMarks(out)).toEqual([]);
    expect(files(out).filter((f) => f.startsWith('trust/demo'))).toEqual([]);
    expect(readFileSync(join(out, 'sw.js'), 'utf8')).not.toMatch(/trust\/demo/);
    // The "Demo starten" path: the seeding code (the sample pass's name) is not in the build.
    expect(files(out).filter((f) => f.endsWith('.js') && readFileSync(join(out, f), 'utf8').includes('Beispiel (DEMO)'))).toEqual([]);
    expect(demoSwitches(out)).toEqual([]);
  });
});
