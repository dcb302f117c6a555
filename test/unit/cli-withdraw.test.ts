// `bbpass withdraw` and `bbpass trust --withdraw` end to end on the DEMO district: the withdrawn
// stamp is reported withdrawn with its date (exit 1), every other stamp as before, and a
// withdrawal for another office's stamp is refused (exit 2, one line).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoWorld, issueWithdrawal, stampRef, toHex, valueToText, withdrawalToCbor } from '../../src/core';

const BIN = fileURLToPath(new URL('../../src/cli/bbpass.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bbpass-cli-withdraw-'));
const AT = '2026-11-21T09:00:00Z';
const LATER = '2026-11-21T09:05:00Z';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: process.env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function ok(...args: string[]) {
  const r = run(...args);
  if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.err}`);
  return r.out;
}
type Report = { valid: boolean; reason: string | null; entries: Array<{ issuer: string; valid: boolean; reason: string | null; withdrawn?: { at: string; reason: string }; replaces?: string }> };
const verify = (trust: string, file: string) => {
  const r = run('verify', '--trust', trust, '--at', LATER, file);
  return { code: r.code, report: JSON.parse(r.out) as Report };
};
const sprach = ['--office', 'demo/keys/sprachschule.key', '--cert', 'demo/certificates/sprachschule.qr'];

describe('bbpass withdraw and trust --withdraw', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [BIN, 'demo', '--out', 'demo', '--at', AT], { cwd: dir });
    ok('withdraw', ...sprach, '--stamp', 'demo/stamps/01.qr', '--at', AT, '--out', 'w1.qr');
    ok('trust', '--root', 'demo/keys/root.key', '--base', 'demo/trust.json', '--withdraw', 'w1.qr', '--at', AT, '--out', 't2.json');
  }, 180_000);

  it('reports the withdrawn stamp withdrawn with its date (exit 1), every other stamp as before', () => {
    const single = verify('t2.json', 'demo/stamps/01.qr');
    expect(single.code).toBe(1);
    expect(single.report).toMatchObject({ valid: false, reason: 'withdrawn', entries: [{ valid: false, reason: 'withdrawn', withdrawn: { at: '2026-11-21T09:00:00.000Z', reason: 'issued-in-error' } }] });
    expect(verify('t2.json', 'demo/stamps/02.qr').code).toBe(0);
    ok('present', '--holder', 'demo/keys/holder.key', '--at', LATER, '--out', 'p.txt', 'demo/stamps/01.qr', 'demo/stamps/02.qr', 'demo/stamps/03.qr');
    const p = verify('t2.json', 'p.txt');
    expect(p.code).toBe(1);
    expect(p.report.entries.map((e) => e.reason)).toEqual(['withdrawn', null, null]);
    expect(verify('demo/trust.json', 'p.txt').code).toBe(0);
  });

  it('keeps the withdrawals of the base list in the next version', () => {
    ok('trust', '--root', 'demo/keys/root.key', '--base', 't2.json', '--at', LATER, '--out', 't3.json');
    expect(verify('t3.json', 'demo/stamps/01.qr').report.reason).toBe('withdrawn');
    expect(JSON.parse(readFileSync(join(dir, 't3.json'), 'utf8')).summary[0].withdrawals).toBe(1);
  });

  it('refuses to sign a withdrawal of another office’s stamp (exit 2, one line)', () => {
    const r = run('withdraw', ...sprach, '--stamp', 'demo/stamps/03.qr', '--out', 'w3.qr');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/^bbpass: demo\/stamps\/03\.qr was not issued by this office but by DEMO-Migrationsberatung .*only the issuing office/)]);
  });

  it('refuses, at the coordinator, a signed withdrawal for another office’s stamp: not-issuer (exit 2)', () => {
    const w = demoWorld(Date.parse(AT) / 1000);
    const foreign = w.stamps[2]!; // the Migrationsberatung's
    const forged = issueWithdrawal({ stamp: stampRef(foreign), reason: 'wrong-person', withdrawnAt: Date.parse(AT) / 1000 }, w.offices.sprachschule.keys, w.offices.sprachschule.certificate, foreign);
    writeFileSync(join(dir, 'forged.qr'), `${valueToText('withdrawal', withdrawalToCbor(forged))}\n`);
    const r = run('trust', '--root', 'demo/keys/root.key', '--base', 'demo/trust.json', '--withdraw', 'forged.qr', '--at', AT, '--out', 'bad.json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^bbpass: forged\.qr refused \(not-issuer\): the stamp was issued by another office/);
  });

  it('refuses a withdrawal without the stamp: stamp-missing (exit 2)', () => {
    const w = demoWorld(Date.parse(AT) / 1000);
    const bare = issueWithdrawal({ stamp: stampRef(w.stamps[0]!), reason: 'issued-in-error', withdrawnAt: Date.parse(AT) / 1000 }, w.offices.sprachschule.keys, w.offices.sprachschule.certificate);
    writeFileSync(join(dir, 'bare.qr'), `${valueToText('withdrawal', withdrawalToCbor(bare))}\n`);
    const r = run('trust', '--root', 'demo/keys/root.key', '--base', 'demo/trust.json', '--withdraw', 'bare.qr', '--at', AT, '--out', 'bad.json');
    expect([r.code, /stamp-missing/.test(r.err)]).toEqual([2, true]);
  });

  it('corrects a stamp: the new stamp names the old one, the withdrawal names the new one', () => {
    ok('card', '--holder', 'demo/keys/holder.key', '--at', AT, '--out', 'card.qr');
    const entry = JSON.stringify({ type: 'sprachkurs', course: 'integrationskurs', level: 'B2', status: 'completed', units: 100 });
    ok('stamp', ...sprach, '--card', 'card.qr', '--entry', entry, '--replaces', 'demo/stamps/01.qr', '--at', AT, '--out', 'fixed.qr');
    const old = demoWorld(Date.parse(AT) / 1000).stamps[0]!;
    expect(verify('demo/trust.json', 'fixed.qr').report.entries[0]).toMatchObject({ valid: true, replaces: toHex(stampRef(old)) });
    ok('withdraw', ...sprach, '--stamp', 'demo/stamps/01.qr', '--reason', 'corrected', '--replacement', 'fixed.qr', '--at', AT, '--out', 'wc.qr');
    ok('trust', '--root', 'demo/keys/root.key', '--base', 'demo/trust.json', '--withdraw', 'wc.qr', '--at', AT, '--out', 'tc.json');
    expect(verify('tc.json', 'demo/stamps/01.qr').report.entries[0]).toMatchObject({ reason: 'withdrawn', withdrawn: { reason: 'corrected' } });
    expect(verify('tc.json', 'fixed.qr').code).toBe(0);
    expect(run('stamp', ...sprach, '--card', 'card.qr', '--entry', entry, '--replaces', 'demo/stamps/03.qr', '--at', AT, '--out', 'x.qr').code).toBe(2);
    expect(run('withdraw', ...sprach, '--stamp', 'demo/stamps/01.qr', '--reason', 'wrong-person', '--replacement', 'fixed.qr', '--out', 'x.qr').code).toBe(2);
  });
});
