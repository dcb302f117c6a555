// bbpass refuses what it must not sign or certify, with one clear line and exit code 2, and
// never echoes terminal control sequences that came from its input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodePayload, holderPairs, sign1ToCbor, toBase64Url, valueToText, demoWorld } from '../../src/core';
import { jsonLine, shown } from '../../src/cli/io';
import { IDENTITY_MINUS_ZERO, keylessSign1 } from '../vectors/forge';

const BIN = fileURLToPath(new URL('../../src/cli/bbpass.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bbpass-hygiene-'));
const AT = '2026-11-21T09:00:00Z';
const NOW = Date.parse(AT) / 1000;
const WEAK = toBase64Url(IDENTITY_MINUS_ZERO);
// ESC [ 2 J (clear screen), an OSC title sequence ended by BEL, the 8-bit CSI and a right-to-left override.
const EVIL = '\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202e';
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, BBPASS_PASSPHRASE: '' }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
/** Exit code 2 with exactly one line on stderr that matches `message`. */
function refused(r: ReturnType<typeof run>, message: RegExp) {
  expect(r.code, r.err).toBe(2);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/internal error/);
}

beforeAll(() => {
  expect(run('demo', '--out', 'demo', '--at', AT).code).toBe(0);
});

describe('bbpass stamp', () => {
  const stamp = (cert: string, entry: object, card = 'demo/card.qr') =>
    run('stamp', '--office', 'demo/keys/sprachschule.key', '--cert', cert, '--card', card, '--entry', JSON.stringify(entry), '--at', AT, '--out', 'out.qr');

  it('refuses an entry type the certificate does not allow (it signed one, exit 0)', () => {
    refused(stamp('demo/certificates/sprachschule.qr', { type: 'beratung', topics: ['school'], date: '2026-11-20' }), /beratung is not allowed.*sprachkurs, weiterbildung/);
    expect(existsSync(join(dir, 'out.qr'))).toBe(false);
  });

  it('refuses a certificate made for another office key', () => {
    refused(stamp('demo/certificates/beratung.qr', { type: 'beratung', topics: ['school'], date: '2026-11-20' }), /certificate is for another office key/);
  });

  it('refuses a pass card whose holder key has no private key, saying so', () => {
    const w = demoWorld(NOW);
    const payload = encodePayload('card', [...holderPairs({ ...w.holder, publicKey: IDENTITY_MINUS_ZERO }), [6, NOW]]);
    writeFileSync(join(dir, 'weak-card.qr'), `${valueToText('card', sign1ToCbor(keylessSign1(payload, IDENTITY_MINUS_ZERO)))}\n`);
    refused(stamp('demo/certificates/sprachschule.qr', { type: 'weiterbildung', title: 'Excel-Grundkurs' }, 'weak-card.qr'), /pass card.*small-order/);
  });
});

describe('bbpass certify and trust refuse keys without a private key', () => {
  it('refuses a forged registration request for a small-order key (it certified it)', () => {
    const payload = encodePayload('registration', [[2, 'demo'], [3, IDENTITY_MINUS_ZERO], [4, 'Schein-Büro'], [5, 1], [6, [1, 2, 3, 4]], [9, NOW]]);
    writeFileSync(join(dir, 'forged.req.qr'), `${valueToText('registration', sign1ToCbor(keylessSign1(payload, IDENTITY_MINUS_ZERO)))}\n`);
    refused(run('certify', '--root', 'demo/keys/root.key', '--request', 'forged.req.qr', '--out', 'forged.cert.qr'), /registration request.*small-order/);
    expect(existsSync(join(dir, 'forged.cert.qr'))).toBe(false);
  });

  it('refuses such a key given directly, and bad base64url, with a clear message', () => {
    const certify = (key: string) => run('certify', '--root', 'demo/keys/root.key', '--office-key', key, '--name', 'X', '--kind', 'other', '--types', 'beratung');
    refused(certify(WEAK), /--office-key.*small-order/);
    refused(certify('not*base64'), /--office-key.*base64url/);
    refused(certify('AAAA'), /--office-key.*32 bytes/);
    const revoke = (key: string) => run('trust', '--root', 'demo/keys/root.key', '--base', 'demo/trust.json', '--revoke', `${key}@2026-11-01T00:00:00Z`, '--out', 't.json');
    refused(revoke(WEAK), /--revoke.*small-order/);
    refused(revoke('not*base64'), /--revoke.*base64url/);
  });

  it('refuses a trust file whose anchor key is weak', () => {
    const t = JSON.parse(readFileSync(join(dir, 'demo/trust.json'), 'utf8'));
    writeFileSync(join(dir, 'weak-trust.json'), JSON.stringify({ ...t, anchors: [{ district: 'x', name: 'X', publicKey: WEAK }], lists: [] }));
    refused(run('verify', '--trust', 'weak-trust.json', 'demo/card.qr'), /anchor x.*small-order/);
    writeFileSync(join(dir, 'twice-trust.json'), JSON.stringify({ ...t, anchors: [...t.anchors, { ...t.anchors[0], name: 'again' }] }));
    refused(run('verify', '--trust', 'twice-trust.json', 'demo/card.qr'), /two anchors for district demo/);
  });
});

describe('text from input is shown, never obeyed', () => {
  it('escapes control, 8-bit control and bidi characters as visible code points', () => {
    expect(shown(`a${EVIL}b`)).toBe('a\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{9b}31m\\u{202e}b');
    expect(shown('Müller-Lüdenscheidt, Ağrı, Київ, تهران')).toBe('Müller-Lüdenscheidt, Ağrı, Київ, تهران');
    const line = jsonLine({ issuer: `x${EVIL}` });
    expect(line).not.toMatch(RAW);
    expect(JSON.parse(line)).toEqual({ issuer: `x${EVIL}` });
  });

  it('in error messages (a file name) and in printed output (a key file\u2019s name)', () => {
    const err = run('verify', '--trust', `missing${EVIL}.json`, 'demo/card.qr');
    refused(err, /cannot read missing\\u\{1b\}/);
    expect(err.err).not.toMatch(RAW);
    const key = JSON.parse(readFileSync(join(dir, 'demo/keys/root.key'), 'utf8'));
    writeFileSync(join(dir, 'evil-root.key'), JSON.stringify({ ...key, name: `Kreis${EVIL}` }));
    const r = run('anchor', '--root', 'evil-root.key');
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(RAW);
    expect(r.out).toContain('Kreis\\u001b[2J');
  });
});

describe('bbpass verify --at with a fraction of a second (FORMAT.md §10.4)', () => {
  it('floors it to whole seconds: the demo card (made at AT, stale from 300 s on) is fresh at 299.999 s, stale at 300 s', () => {
    expect(run('verify', '--trust', 'demo/trust.json', '--at', '2026-11-21T09:04:59.999Z', 'demo/card.qr').code).toBe(0);
    expect(run('verify', '--trust', 'demo/trust.json', '--at', '2026-11-21T09:05:00Z', 'demo/card.qr').code).toBe(1);
  });
});
