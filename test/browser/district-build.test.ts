// The suite's own dist/ (`npm run build`, what npm start and npm test serve) is the demo build and
// must still have everything DEMO. The district build (`npm run build:district`), which must have
// none of it, is built once and checked in site-deploy.test.ts, where a district deploys it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.BBPASS_DIST ?? join(ROOT, 'dist');
const DEMO_KEY = 'YdDDR3jGu_Gz68LjuqCLoCGZBzA302XsNTerWKp2Jag';
const DEMO_SWITCHES = ['demo-toggle', 'verifier-demo', 'demo-start'];

/** Every file under a folder, as paths relative to it. */
function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n), `${prefix}${n}/`) : [`${prefix}${n}`]));
}

describe('demo build', () => {
  it('carries the DEMO districts, their trust lists, the sample Wegweiser and the switches into demo mode', () => {
    const js = files(DIST).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(DIST, f), 'utf8'));
    expect(files(DIST)).toEqual(expect.arrayContaining(['trust/demo.json', 'directory/dachau.json']));
    expect(js.some((text) => text.includes(DEMO_KEY))).toBe(true);
    for (const id of DEMO_SWITCHES) expect(js.some((text) => new RegExp(`["'\`]${id}["'\`]`).test(text))).toBe(true);
  });
});
