// The CLI refuses text that would lie about itself (docs/FORMAT.md §7.1.1) with one line on
// stderr and exit 2, before anything is signed or written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../src/cli/bbpass.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bbpass-cli-text-'));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const refused = (r: ReturnType<typeof run>, pattern: RegExp) => {
  expect(r.code, r.err).toBe(2);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(pattern);
  expect(r.err).not.toMatch(/internal error/);
};

describe('bbpass refuses defective names and texts', () => {
  it('in keygen, register, certify and stamp', () => {
    refused(run('keygen', '--role', 'root', '--district', '09174', '--name', 'Landkreis \u202EDachau', '--plain', '--out', 'bad-root.key'), /name: U\+202E/);
    refused(run('keygen', '--role', 'holder', '--given', 'Amina\nGEPRÜFT', '--family', 'Beispiel', '--birth', '1990', '--plain', '--out', 'bad-holder.key'), /given name: U\+000A/);
    // The Latin name is what staff compare with the ID: a name in another script belongs in --*-native.
    refused(run('keygen', '--role', 'holder', '--given', 'محمدرضا', '--family', 'Alizadeh', '--birth', '1990', '--plain', '--out', 'bad-holder.key'), /given name: has no Latin letter .*passport/);
    refused(run('keygen', '--role', 'holder', '--given', 'Mohammadreza', '--family', 'Alizadeh', '--family-native', 'علی\u200E', '--birth', '1990', '--plain', '--out', 'bad-holder.key'), /family name \(own script\): U\+200E/);
    expect(existsSync(join(dir, 'bad-root.key')) || existsSync(join(dir, 'bad-holder.key'))).toBe(false);

    expect(run('keygen', '--role', 'root', '--district', '09174', '--name', 'Landkreis Dachau', '--plain', '--out', 'root.key').code).toBe(0);
    const office = JSON.parse(run('keygen', '--role', 'office', '--plain', '--out', 'office.key').out) as { publicKey: string };
    refused(run('register', '--key', 'office.key', '--district', '09174', '--name', 'VHS\u200BDachau', '--kind', 'volkshochschule', '--types', 'sprachkurs', '--out', 'r.qr'), /office name: U\+200B/);
    refused(run('certify', '--root', 'root.key', '--office-key', office.publicKey, '--name', 'VHS Dachau\uFEFF GEPRÜFT', '--kind', 'volkshochschule', '--types', 'sprachkurs', '--out', 'c.qr'), /office name: U\+FEFF/);

    expect(run('certify', '--root', 'root.key', '--office-key', office.publicKey, '--name', 'VHS Dachau', '--kind', 'volkshochschule', '--types', 'sprachkurs', '--from', '2026-01-01', '--out', 'c.qr').code).toBe(0);
    const holder = ['--given', 'Mohammadreza', '--family', 'Alizadeh', '--given-native', 'محمدرضا', '--family-native', 'علی\u200Cزاده', '--birth', '1990', '--plain'];
    expect(run('keygen', '--role', 'holder', ...holder, '--out', 'holder.key').code).toBe(0);
    expect(run('card', '--holder', 'holder.key', '--at', '2026-06-01T10:00:00Z', '--out', 'card.qr').code).toBe(0);
    const entry = JSON.stringify({ type: 'sprachkurs', course: 'integrationskurs', module: 'Modul\u00856', status: 'attended' });
    refused(run('stamp', '--office', 'office.key', '--cert', 'c.qr', '--card', 'card.qr', '--entry', entry, '--at', '2026-06-01T10:01:00Z', '--out', 's.qr'), /module: U\+0085/);
  });
});
