// `bbpass site`: a deployable folder for one district from a built app, reading only the public
// part of the root key. A stand-in build (index.html, version.json, sw.js with workbox's precache
// manifest, one asset) keeps the test fast; test/browser/site-deploy.test.ts uses the real build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoRootKeys, parseDirectory, parseSite, toBase64Url } from '../../src/core';
import { precacheEntries } from '../../src/cli/precache';

const BIN = fileURLToPath(new URL('../../src/cli/bbpass.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bbpass-cli-site-'));
const env = { ...process.env, BBPASS_PASSPHRASE: 'correct horse battery staple' };
const run = (args: string[], withPassphrase = true) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: withPassphrase ? env : { ...process.env, BBPASS_PASSPHRASE: '' }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const md5 = (path: string) => createHash('md5').update(readFileSync(path)).digest('hex');

const SW = (entries: string) =>
  `if(!self.define){}define(["./workbox-2fbc6a65"],function(s){"use strict";s.precacheAndRoute([${entries}],{}),s.cleanupOutdatedCaches(),s.registerRoute(new s.NavigationRoute(s.createHandlerBoundToURL("index.html")))});\n`;

/** A stand-in for a district build in `name`; `extra` adds files (path → text). */
function fakeBuild(name: string, extra: Record<string, string> = {}): string {
  const d = join(dir, name);
  mkdirSync(join(d, 'assets'), { recursive: true });
  writeFileSync(join(d, 'index.html'), '<!doctype html><head><title>Bildungs- und Beratungspass</title></head><div id="app"></div>');
  writeFileSync(join(d, 'version.json'), '{"version":"0.1.0","build":"x"}\n');
  writeFileSync(join(d, 'assets/index-abc.js'), 'console.log(1)');
  writeFileSync(join(d, 'sw.js'), SW('{url:"version.json",revision:"2ffb9bc6b3f3951e8a7f2fadc04d4bfa"},{url:"index.html",revision:"d61b4e7941c1e6ce7f2cf0645e06d3db"},{url:"assets/index-abc.js",revision:null},{url:"manifest.webmanifest",revision:"7a1b"}'));
  for (const [p, text] of Object.entries(extra)) {
    mkdirSync(join(d, p, '..'), { recursive: true });
    writeFileSync(join(d, p), text);
  }
  return name;
}

const directory = { format: 'bbpass-directory', version: 1, district: 'dachau', sample: false, offers: [{ id: 'vhs', category: 'sprache', name: 'VHS Dachau', description: { de: 'Deutschkurse' } }] };

beforeAll(() => {
  for (const [key, district, name] of [['root.key', '09174', 'Landkreis Dachau'], ['other.key', '09178', 'Landkreis Freising'], ['forger.key', '09174', 'Landkreis Dachau']] as const) {
    // Only root.key is sealed (the site needs no passphrase for it); the others are throw-away.
    expect(run(['keygen', '--role', 'root', '--district', district, '--name', name, '--out', key, ...(key === 'root.key' ? [] : ['--plain'])]).code).toBe(0);
  }
  expect(run(['trust', '--root', 'root.key', '--out', 'trust.json']).code).toBe(0);
  expect(run(['trust', '--root', 'other.key', '--out', 'freising.json']).code).toBe(0);
  expect(run(['trust', '--root', 'forger.key', '--out', 'forged.json']).code).toBe(0);
  writeFileSync(join(dir, 'offers.json'), JSON.stringify(directory));
  fakeBuild('dist');
}, 60_000);

describe('bbpass site', () => {
  it('writes a deployable folder without the passphrase: the build, site.json, the trust lists, the Wegweiser, and a precache that lists them', () => {
    const r = run(['site', '--dist', 'dist', '--root', 'root.key', '--anchor', 'other.key', '--trust', 'trust.json', '--trust', 'freising.json', '--directory', 'offers.json', '--max-trust-age', '14', '--out', 'site'], false);
    expect(r.err).toMatch(/^site for 09174, 09178 in site: site\.json, trust\/09174\.json, trust\/09178\.json, directory\/09174\.json/);
    expect(r.code).toBe(0);
    const out = join(dir, 'site');
    const site = parseSite(readFileSync(join(out, 'site.json'), 'utf8'));
    expect(site.ok).toBe(true);
    if (!site.ok) return;
    expect(site.site.anchors.map((a) => a.district)).toEqual(['09174', '09178']);
    expect(site.site).toMatchObject({ name: 'Landkreis Dachau', directory: 'directory/09174.json', maxTrustAgeDays: 14 });
    expect(JSON.parse(readFileSync(join(out, 'trust/09174.json'), 'utf8'))).toMatchObject({ format: 'bbpass-trust', lists: [expect.stringMatching(/^BBP1:T:/)] });
    expect(existsSync(join(out, 'trust/09178.json'))).toBe(true);
    expect(parseDirectory(readFileSync(join(out, 'directory/09174.json'), 'utf8')).ok).toBe(true);
    expect(readFileSync(join(out, 'assets/index-abc.js'), 'utf8')).toBe('console.log(1)');
    // The service worker precaches the new files with their content hashes, and keeps the build's own entries.
    const entries = precacheEntries(readFileSync(join(out, 'sw.js'), 'utf8'));
    for (const f of ['site.json', 'trust/09174.json', 'trust/09178.json', 'directory/09174.json']) expect(entries).toContainEqual({ url: f, revision: md5(join(out, f)) });
    expect(entries).toContainEqual({ url: 'assets/index-abc.js', revision: null });
    // index.html names site.json, so the app asks for it (a bare build never requests a missing file).
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<meta name="bbpass-site" content="site.json">\n  </head>');
    expect(entries).toContainEqual({ url: 'index.html', revision: md5(join(out, 'index.html')) });
    expect(entries).toContainEqual({ url: 'version.json', revision: '2ffb9bc6b3f3951e8a7f2fadc04d4bfa' });
    expect(readFileSync(join(out, 'sw.js'), 'utf8')).toMatch(/\],\{\}\),s\.cleanupOutdatedCaches\(\)/);
  });

  it('reads the manifest as workbox writes it minified and unminified, and refuses any other form', () => {
    const pretty = SW('\n  {\n    "url": "index.html",\n    "revision": "d61b"\n  },\n  {\n    "url": "assets/a.js",\n    "revision": null\n  }\n');
    expect(precacheEntries(pretty)).toEqual([{ url: 'index.html', revision: 'd61b' }, { url: 'assets/a.js', revision: null }]);
    expect(() => precacheEntries(SW('{url:"index.html",revision:"d61b"},{url:"a.js",revision:"x",integrity:"sha"}'))).toThrow(/not in the form workbox writes/);
    expect(() => precacheEntries('self.skipWaiting()')).toThrow(/no precache manifest/);
  });

  it('refuses a build that carries a DEMO public key anywhere (a demo build)', () => {
    fakeBuild('demo-dist', { 'assets/chunk-1.js': `const k="${toBase64Url(demoRootKeys()[2]!)}";` });
    const r = run(['site', '--dist', 'demo-dist', '--root', 'root.key', '--trust', 'trust.json', '--out', 'site-demo']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/demo-dist\/assets\/chunk-1\.js holds a DEMO public key: use the district build \(npm run build:district\)/);
    expect(existsSync(join(dir, 'site-demo'))).toBe(false);
  });

  it('refuses a folder that is not a bbpass build', () => {
    mkdirSync(join(dir, 'not-a-build'), { recursive: true });
    writeFileSync(join(dir, 'not-a-build/index.html'), '<p>hello</p>');
    const r = run(['site', '--dist', 'not-a-build', '--root', 'root.key', '--trust', 'trust.json', '--out', 'site-x']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not-a-build is not a built bbpass app/);
  });

  it('refuses a trust list not signed by the given roots', () => {
    const r = run(['site', '--dist', 'dist', '--root', 'root.key', '--trust', 'forged.json', '--out', 'site-forged']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/forged\.json: the trust list of 09174 is not signed by the given roots \(unknown-issuer\)/);
    const stranger = run(['site', '--dist', 'dist', '--root', 'root.key', '--trust', 'trust.json', '--trust', 'freising.json', '--out', 'site-stranger']);
    expect(stranger.code).toBe(2);
    expect(stranger.err).toMatch(/freising\.json: the trust list of 09178 is not signed by the given roots \(unknown-issuer\)/);
  });

  it('refuses a site without a trust list for its root', () => {
    const r = run(['site', '--dist', 'dist', '--root', 'root.key', '--anchor', 'other.key', '--trust', 'freising.json', '--out', 'site-nolist']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no trust list of 09174/);
  });

  it('refuses an existing non-empty --out unless --force', () => {
    mkdirSync(join(dir, 'taken'), { recursive: true });
    writeFileSync(join(dir, 'taken/notes.txt'), 'keep me');
    const r = run(['site', '--dist', 'dist', '--root', 'root.key', '--trust', 'trust.json', '--out', 'taken']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/taken exists and is not empty \(--force replaces it\)/);
    expect(readFileSync(join(dir, 'taken/notes.txt'), 'utf8')).toBe('keep me');
    expect(run(['site', '--dist', 'dist', '--root', 'root.key', '--trust', 'trust.json', '--out', 'taken', '--force']).code).toBe(0);
    expect(existsSync(join(dir, 'taken/notes.txt'))).toBe(false);
    expect(existsSync(join(dir, 'taken/site.json'))).toBe(true);
  });

  it('refuses a broken directory file, naming the problem', () => {
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...directory, offers: [{ ...directory.offers[0], category: 'sport' }] }));
    const r = run(['site', '--dist', 'dist', '--root', 'root.key', '--trust', 'trust.json', '--directory', 'broken.json', '--out', 'site-broken']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/broken\.json is not a valid directory: offers\[0\]\.category: unknown-category \(bbpass directory check broken\.json\)/);
  });

  it('refuses a DEMO root given as an anchor', () => {
    const line = `  pin("demo-freising", "DEMO Landkreis Freising", "${toBase64Url(demoRootKeys()[2]!)}"),`;
    const r = run(['site', '--dist', 'dist', '--root', 'root.key', '--anchor', line, '--trust', 'trust.json', '--out', 'site-demo-anchor']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/the site would be refused: demo-anchor at anchors\[1\]\.district/);
  });
});
