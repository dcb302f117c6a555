// The coordinator's CLI verbs for scripted deployments: a fresh root's anchor as one line (the form
// bbpass site --anchor reads; it pins exactly that key), and merging counts exports into CSV.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCounts, fromBase64Url, type Entry } from '../../src/core';
import { pin } from '../../src/config/districts';

const BIN = fileURLToPath(new URL('../../src/cli/bbpass.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bbpass-cli-coord-'));
const env = { ...process.env, BBPASS_PASSPHRASE: 'correct horse battery staple' };
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('bbpass anchor', () => {
  it('prints the pin(…) line of a fresh root; evaluated it pins exactly that public key', () => {
    const made = run('keygen', '--role', 'root', '--district', '09174', '--name', 'Landkreis Dachau', '--out', 'root.key');
    expect(made.code).toBe(0);
    const { publicKey, keyId } = JSON.parse(made.out) as { publicKey: string; keyId: string };
    const r = run('anchor', '--root', 'root.key');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`  pin("09174", "Landkreis Dachau", "${publicKey}"), // root key id ${keyId}\n`);
    const args = JSON.parse(`[${/pin\((.*)\),/.exec(r.out)![1]}]`) as [string, string, string];
    expect(pin(...args)).toEqual({ district: '09174', name: 'Landkreis Dachau', publicKey: fromBase64Url(publicKey) });
    expect(readFileSync(join(dir, 'root.key'), 'utf8')).not.toContain('"plain"');
  });

  it('refuses a key file that is not a root', () => {
    writeFileSync(join(dir, 'x.json'), '{"format":"bbpass-key","role":"office","publicKey":"x"}');
    const r = run('anchor', '--root', 'x.json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not a bbpass root key file/);
  });
});

describe('bbpass stats', () => {
  const month = '2026-10';
  const at = Date.UTC(2026, 9, 15) / 1000;
  const sk: Entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed' };
  const exp = (name: string, generatedAt: number, n: number) => {
    writeFileSync(join(dir, name), JSON.stringify(buildCounts(Array.from({ length: n }, () => ({ issuedAt: at, entry: sk })), { district: '09174', office: { id: 'vhs', name: 'VHS Dachau', kind: 'volkshochschule' }, generatedAt, months: [month] })));
    return name;
  };

  it('merges exports, counting an office month once from the newest export, as Excel CSV', () => {
    const r = run('stats', '--out', 'merged.csv', exp('new.json', at + 10, 3), exp('old.json', at, 1));
    expect(r.code).toBe(0);
    expect(r.err).toContain('1 offices, 1 devices, 1 device months');
    const csv = readFileSync(join(dir, 'merged.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFTabelle;Art;Niveau;Monat;Anzahl\r\n')).toBe(true);
    expect(csv).toContain('\r\nModule abgeschlossen;Integrationskurs;B1;Oktober 2026;3\r\n');
    expect(csv).not.toContain('VHS Dachau');
  });

  it('refuses an export carrying any field the format does not have (nothing personal passes)', () => {
    const text = readFileSync(join(dir, exp('p.json', at, 1)), 'utf8').replace('"cells":[{', '"cells":[{"holder":"Amina Beispiel",');
    writeFileSync(join(dir, 'personal.json'), text);
    const r = run('stats', 'personal.json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/personal\.json refused: cells\[0\]: unknown field holder/);
  });
});
