// The bbpass CLI end to end, as a coordinator's script would use it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPresentation, demoWorld, encodeCbor, presentationToCbor, FrameTextEncoder } from '../../src/core';

const BIN = fileURLToPath(new URL('../../src/cli/bbpass.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bbpass-cli-'));
const env = { ...process.env, BBPASS_PASSPHRASE: 'correct horse battery staple' };

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const json = (s: string) =>
  JSON.parse(s) as { kind: string; valid: boolean; reason: string | null; entries: Array<{ type: string; issuer: string; district: { id: string; name: string } | null; demo?: true; valid: boolean; reason: string | null }> };
const AT = '2026-11-21T09:00:00Z';

describe('bbpass demo and verify contract', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [BIN, 'demo', '--out', 'demo', '--at', AT], { cwd: dir, env });
  });

  it('writes the contracted files and a README naming the time', () => {
    expect(readFileSync(join(dir, 'demo/README.txt'), 'utf8')).toContain(AT.replace('Z', '.000Z'));
    for (const n of ['01', '02', '03', '04', '05']) expect(readFileSync(join(dir, `demo/stamps/${n}.qr`), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(dir, 'demo/card.qr'), 'utf8')).toMatch(/^BBP1:C:/);
  });

  it('verifies the presentation: all four types, three offices, exit 0', () => {
    const r = run('verify', '--trust', 'demo/trust.json', '--at', AT, 'demo/presentation.txt');
    expect(r.code).toBe(0);
    const v = json(r.out);
    expect(v).toMatchObject({ kind: 'presentation', valid: true, reason: null });
    expect(new Set(v.entries.map((e) => e.type))).toEqual(new Set(['sprachkurs', 'beratung', 'praktikum', 'weiterbildung']));
    expect(new Set(v.entries.map((e) => e.issuer)).size).toBe(3);
  });

  it('names each entry\'s certifying district and marks DEMO entries', () => {
    const v = json(run('verify', '--trust', 'demo/trust.json', '--at', AT, 'demo/presentation.txt').out);
    for (const e of v.entries) expect(e).toMatchObject({ district: { id: 'demo', name: expect.stringContaining('DEMO') }, demo: true, valid: true });
  });

  it('marks the whole report DEMO, right after reason, so a script reading only the top is not misled', () => {
    const out = run('verify', '--trust', 'demo/trust.json', '--at', AT, 'demo/stamps/01.qr').out;
    expect(out).toMatch(/^\{"kind":"stamp","valid":true,"reason":null,"demo":true,"entries":\[/);
  });

  it('refuses a presentation whose name differs from its stamps with person-mismatch (exit 1), also with a DEMO key left unmarked in the file', () => {
    const w = demoWorld(Date.parse(AT) / 1000);
    const p = createPresentation({ ...w.holder, givenName: 'Omid', familyName: 'Rahimi' }, w.holderKeys, w.stamps, Date.parse(AT) / 1000 - 30);
    const enc = new FrameTextEncoder('presentation', encodeCbor(presentationToCbor(p)));
    writeFileSync(join(dir, 'renamed.txt'), enc.texts(enc.seqLen).join('\n'));
    // A trust file without the demo flag: the DEMO root is recognised by its key.
    const trust = JSON.parse(readFileSync(join(dir, 'demo/trust.json'), 'utf8'));
    for (const a of trust.anchors) delete a.demo;
    writeFileSync(join(dir, 'unmarked-trust.json'), JSON.stringify(trust));
    const r = run('verify', '--trust', 'unmarked-trust.json', '--at', AT, 'renamed.txt');
    expect(r.code).toBe(1);
    const v = json(r.out);
    expect(v).toMatchObject({ kind: 'presentation', valid: false, reason: 'person-mismatch' });
    expect(v.entries.map((e) => [e.reason, e.demo])).toEqual(Array(5).fill(['person-mismatch', true]));
  });

  it('reads frames in any order from stdin', () => {
    const lines = readFileSync(join(dir, 'demo/presentation.txt'), 'utf8').trim().split('\n').reverse();
    const r = spawnSync(process.execPath, [BIN, 'verify', '--trust', 'demo/trust.json', '--at', AT, '-'], { cwd: dir, input: lines.join('\n'), encoding: 'utf8' });
    expect(r.status).toBe(0);
  });

  it('calls a presentation stale an hour later (exit 1) and keeps the stamps valid', () => {
    const r = run('verify', '--trust', 'demo/trust.json', '--at', '2026-11-21T10:00:00Z', 'demo/presentation.txt');
    expect(r.code).toBe(1);
    const v = json(r.out);
    expect(v).toMatchObject({ valid: false, reason: 'stale' });
    expect(v.entries.every((e) => e.valid)).toBe(true);
  });

  it('verifies a pass card, and refuses it for another holder key', () => {
    expect(json(run('verify', '--trust', 'demo/trust.json', '--at', AT, 'demo/card.qr').out)).toMatchObject({ kind: 'card', valid: true, entries: [] });
    const r = run('verify', '--trust', 'demo/trust.json', '--holder-key', 'A'.repeat(43), 'demo/stamps/01.qr');
    expect(r.code).toBe(1);
    expect(json(r.out)).toMatchObject({ kind: 'stamp', valid: false, reason: 'wrong-holder' });
  });

  it('exits 2 with one line for unreadable input, a missing file and a bad trust file', () => {
    writeFileSync(join(dir, 'junk.txt'), 'hello\n');
    for (const args of [['junk.txt'], ['nope.qr']]) {
      const r = run('verify', '--trust', 'demo/trust.json', ...args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    }
    const r = run('verify', '--trust', 'junk.txt', 'demo/card.qr');
    expect(r.code).toBe(2);
  });

  it('takes --max-age only up to 300 s (a filmed replay must not stay usable), refusing more with exit 2 and one line', () => {
    expect(run('verify', '--trust', 'demo/trust.json', '--at', AT, '--max-age', '300', 'demo/presentation.txt').code).toBe(0);
    for (const age of ['301', '86400', '0', 'Infinity']) {
      const r = run('verify', '--trust', 'demo/trust.json', '--at', AT, '--max-age', age, 'demo/presentation.txt');
      expect([r.code, r.err.trim().split('\n').length], age).toEqual([2, 1]);
    }
    const entry = JSON.stringify({ type: 'beratung', topics: ['school'], date: '2026-11-21' });
    const r = run('stamp', '--office', 'demo/keys/beratung.key', '--cert', 'demo/certificates/beratung.qr', '--card', 'demo/card.qr', '--entry', entry, '--at', AT, '--max-age', '301');
    expect([r.code, r.err.trim().split('\n').length]).toEqual([2, 1]);
  });

  it('reports a tampered stamp as bad-signature (exit 1), not as unreadable', () => {
    const text = readFileSync(join(dir, 'demo/stamps/02.qr'), 'utf8').trim();
    // Swap two Base45 characters near the end (inside the signature).
    const i = text.length - 10;
    const tampered = text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
    writeFileSync(join(dir, 'tampered.qr'), tampered);
    const r = run('verify', '--trust', 'demo/trust.json', 'tampered.qr');
    expect(r.code).toBe(1);
    expect(json(r.out).reason).toMatch(/bad-signature|malformed/);
  });

  it('renders a stamp to PNG and reads it back with the app decoder', () => {
    const q = run('qr', 'demo/stamps/01.qr', '--out', 'stamp.png');
    expect(q.code).toBe(0);
    expect(q.out).toMatch(/version (\d+)/);
    const s = run('scan', 'stamp.png');
    expect(s.code).toBe(0);
    expect(s.out.trim()).toBe(readFileSync(join(dir, 'demo/stamps/01.qr'), 'utf8').trim());
  });

  it('documents every verb with an example', () => {
    for (const verb of ['keygen', 'register', 'certify', 'trust', 'card', 'stamp', 'present', 'verify', 'qr', 'scan', 'demo']) {
      const r = run(verb, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toContain('Example:');
    }
  });
});

describe('a district from scratch with sealed keys', () => {
  it('admits an office by request, stamps, presents, revokes', () => {
    const ok = (...args: string[]) => {
      const r = run(...args);
      expect(r.err).toBe('' + r.err); // keep stderr visible in failures
      expect(r.code, `${args[0]}: ${r.err}`).toBe(0);
      return r.out;
    };
    ok('keygen', '--role', 'root', '--district', '09174', '--name', 'Landkreis Dachau', '--out', 'd/root.key');
    expect(readFileSync(join(dir, 'd/root.key'), 'utf8')).toContain('"sealed"');
    ok('keygen', '--role', 'office', '--out', 'd/vhs.key');
    ok('keygen', '--role', 'holder', '--given', 'Oleksandr', '--family', 'Kovalenko', '--birth', '1990', '--out', 'd/holder.key');
    ok('register', '--key', 'd/vhs.key', '--district', '09174', '--name', 'Volkshochschule Dachau', '--kind', 'volkshochschule', '--types', 'sprachkurs,weiterbildung', '--out', 'd/vhs.req.qr');
    ok('certify', '--root', 'd/root.key', '--request', 'd/vhs.req.qr', '--from', '2026-01-01', '--until', '2027-12-31', '--out', 'd/vhs.cert.qr');
    ok('trust', '--root', 'd/root.key', '--cert', 'd/vhs.cert.qr', '--at', '2026-01-02', '--out', 'd/trust.json');
    ok('card', '--holder', 'd/holder.key', '--at', '2026-06-01T10:00:00Z', '--out', 'd/card.qr');
    const entry = JSON.stringify({ type: 'sprachkurs', course: 'berufssprachkurs', level: 'B2', status: 'completed', units: 400 });
    ok('stamp', '--office', 'd/vhs.key', '--cert', 'd/vhs.cert.qr', '--card', 'd/card.qr', '--entry', entry, '--at', '2026-06-01T10:01:00Z', '--out', 'd/s1.qr');
    ok('card', '--holder', 'd/holder.key', '--at', '2026-09-01T10:00:00Z', '--out', 'd/card2.qr');
    ok('stamp', '--office', 'd/vhs.key', '--cert', 'd/vhs.cert.qr', '--card', 'd/card2.qr', '--entry', entry, '--at', '2026-09-01T10:01:00Z', '--out', 'd/s2.qr');
    ok('present', '--holder', 'd/holder.key', '--at', '2026-10-01T10:00:00Z', '--out', 'd/p.txt', 'd/s1.qr', 'd/s2.qr');
    const verified = json(ok('verify', '--trust', 'd/trust.json', '--at', '2026-10-01T10:01:00Z', 'd/p.txt'));
    expect(verified).toMatchObject({ valid: true });
    expect(verified.entries.map((e) => [e.district, e.demo])).toEqual(Array(2).fill([{ id: '09174', name: 'Landkreis Dachau' }, undefined]));
    expect(verified).not.toHaveProperty('demo');

    // A stamp type the office is not admitted for is not even signed.
    const beratung = JSON.stringify({ type: 'beratung', topics: ['school'], date: '2026-09-01' });
    expect(run('stamp', '--office', 'd/vhs.key', '--cert', 'd/vhs.cert.qr', '--card', 'd/card2.qr', '--entry', beratung, '--at', '2026-09-01T10:02:00Z', '--out', 'd/s3.qr').code).toBe(2);

    // Revoke from August: the June stamp stays valid, the September one does not.
    const keyId = JSON.parse(readFileSync(join(dir, 'd/vhs.key'), 'utf8')).keyId as string;
    ok('trust', '--root', 'd/root.key', '--base', 'd/trust.json', '--revoke', `${keyId}@2026-08-01T00:00:00Z`, '--out', 'd/trust2.json');
    const v = json(run('verify', '--trust', 'd/trust2.json', '--at', '2026-10-01T10:01:00Z', 'd/p.txt').out);
    expect(v.entries.map((e) => e.reason)).toEqual([null, 'issuer-revoked']);

    // The root cannot sign a version verifiers would refuse (§9.10): at most 1,000 up, never above 2^31−1.
    for (const version of ['1003', '2147483648', String(Number.MAX_SAFE_INTEGER)]) {
      const r = run('trust', '--root', 'd/root.key', '--base', 'd/trust2.json', '--version', version, '--out', 'd/trust3.json');
      expect([r.code, r.err.trim().split('\n').length], version).toEqual([2, 1]);
    }
    ok('trust', '--root', 'd/root.key', '--base', 'd/trust2.json', '--version', '1002', '--out', 'd/trust3.json');

    // A new key is never sealed under an obvious passphrase; an existing one still opens with any (above: 'wrong' is only wrong).
    for (const weak of ['passwort123', 'Landkreis Dachau', '123456789012']) {
      const r = spawnSync(process.execPath, [BIN, 'keygen', '--role', 'root', '--district', '09174', '--name', 'Landkreis Dachau', '--out', 'd/weak.key'], { cwd: dir, env: { ...env, BBPASS_PASSPHRASE: weak }, encoding: 'utf8' });
      expect([r.status, r.stderr.trim().split('\n').length], weak).toEqual([2, 1]);
    }

    // A wrong passphrase is a clear one-line error.
    const bad = spawnSync(process.execPath, [BIN, 'card', '--holder', 'd/holder.key'], { cwd: dir, env: { ...env, BBPASS_PASSPHRASE: 'wrong' }, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('wrong passphrase');
  });
});
