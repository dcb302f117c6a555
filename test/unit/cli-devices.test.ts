// `bbpass certify --office-id --device-label` (issue 17): a further device of an office, and the
// refusal of an office id that is no key id or is the device's own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeCertificate, demoKeyPair, keyId, officeIdOf, textToValue, toBase64Url, toHex } from '../../src/core';

const BIN = fileURLToPath(new URL('../../src/cli/bbpass.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bbpass-cli-devices-'));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('bbpass certify a device', () => {
  it('certifies a tablet as a device of the office named by its first device\'s key id; refuses its own id', () => {
    expect(run('keygen', '--plain', '--role', 'root', '--district', '09174', '--name', 'Landkreis Dachau', '--out', 'root.key').code).toBe(0);
    // Only public keys go in: the office keys need no files here.
    const key = (seed: string) => ({ keyId: toHex(keyId(demoKeyPair(seed).publicKey)), publicKey: toBase64Url(demoKeyPair(seed).publicKey) });
    const [first, tablet] = [key('cli theke'), key('cli tablet')];
    const base = ['certify', '--root', 'root.key', '--office-key', tablet.publicKey, '--name', 'VHS Dachau', '--kind', 'volkshochschule', '--types', 'sprachkurs'];
    const r = run(...base, '--office-id', first.keyId, '--device-label', 'Tablet Raum 2', '--out', 'tablet.cert.qr');
    expect(r.code).toBe(0);
    expect(r.err).toContain(`as a device of office ${first.keyId}`);
    const cert = decodeCertificate(textToValue(readFileSync(join(dir, 'tablet.cert.qr'), 'utf8').trim()).value).claims;
    expect([officeIdOf(cert), cert.deviceLabel]).toEqual([first.keyId, 'Tablet Raum 2']);
    expect(run(...base, '--office-id', tablet.keyId).err).toMatch(/cannot certify: office id/);
  });
});
