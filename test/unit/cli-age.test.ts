// `bbpass keygen --role holder` applies the age rule on the day of --at (Europe/Berlin): 16 and
// over as before, 14–15 only with --confirm-under-16, under 14 refused (one line, exit 2, no file).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../src/cli/bbpass.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bbpass-cli-age-'));
const keygen = (out: string, birth: string, ...more: string[]) => {
  const args = ['keygen', '--role', 'holder', '--given', 'Amina', '--family', 'Yusuf', '--birth', birth, '--plain', '--out', out, ...more];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, err: r.stderr, written: existsSync(join(dir, out)) };
};
// 23:30 UTC on 3 December is already 4 December in Berlin.
const AT = ['--at', '2026-12-03T23:30:00Z'];

describe('bbpass keygen --role holder and the age rule', () => {
  it('keeps 16 and over (on the Berlin calendar day of --at)', () => {
    expect(keygen('sixteen.key', '2010-12-04', ...AT)).toMatchObject({ code: 0, written: true });
  });

  it('refuses 14 and 15 without --confirm-under-16 and accepts them with it', () => {
    const r = keygen('fifteen.key', '2010-12-05', ...AT);
    expect(r).toMatchObject({ code: 2, written: false });
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/under 16.*--confirm-under-16/);
    expect(keygen('fifteen.key', '2010', ...AT, '--confirm-under-16')).toMatchObject({ code: 0, written: true });
  });

  it('refuses under 14 even when confirmed', () => {
    const r = keygen('thirteen.key', '2012-12-05', ...AT, '--confirm-under-16');
    expect(r).toMatchObject({ code: 2, written: false });
    expect(r.err).toMatch(/under 14/);
    expect(keygen('year-only.key', '2012', ...AT, '--confirm-under-16')).toMatchObject({ code: 2, written: false });
  });
});
