// Runs every file in test/vectors/ through both Ed25519 paths and compares with its verdict.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, naclVerify, webCryptoVerify, TrustStore } from '../../src/core';
import { reportOf } from '../vectors/report-of';
import { coordinatorVerdict } from '../vectors/withdrawal-verdict';
import { loadTrust } from '../../src/cli/trust-file';

const DIR = fileURLToPath(new URL('../vectors/', import.meta.url));
const files = ['valid', 'invalid'].flatMap((d) => readdirSync(join(DIR, d)).map((f) => join(d, f)));

describe('test vectors', () => {
  it('cover every reason code', () => {
    const reasons = new Set(files.map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')).expect.reason));
    for (const r of ['bad-signature', 'unknown-issuer', 'certificate-not-yet-valid', 'certificate-expired', 'issuer-revoked', 'withdrawn', 'type-not-allowed',
      'wrong-holder', 'person-mismatch', 'stale', 'future-dated', 'malformed', 'unsupported-version', null]) expect(reasons).toContain(r);
  });

  it.each(files)('%s', async (file) => {
    const v = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    expect(v.expect.valid).toBe(file.startsWith('valid'));
    const { anchors, lists } = await loadTrust(join(DIR, v.trust));
    for (const verify of [naclVerify, webCryptoVerify]) {
      const trust = new TrustStore(anchors);
      for (const l of lists) await trust.offer(l, verify);
      const holderKey = v.holderKey ? fromBase64Url(v.holderKey) : undefined;
      const report = await reportOf(v.payload, { trust, now: Date.parse(v.at) / 1000, verify }, { holderKey });
      expect(report).toEqual(v.expect);
    }
  });
});

// The coordinator's side (FORMAT.md §9.12): which withdrawals go into a list, and which lists decode.
describe('withdrawal vectors', () => {
  const coordinatorFiles = readdirSync(join(DIR, 'withdrawal'));

  it('cover every refusal of a withdrawal', () => {
    const reasons = new Set(coordinatorFiles.map((f) => JSON.parse(readFileSync(join(DIR, 'withdrawal', f), 'utf8')).expect.reason));
    for (const r of ['malformed', 'unsupported-version', 'unknown-issuer', 'bad-signature', 'stamp-missing', 'not-issuer', 'stamp-mismatch', 'future-dated']) expect(reasons).toContain(r);
  });

  it.each(coordinatorFiles)('%s', async (file) => {
    const v = JSON.parse(readFileSync(join(DIR, 'withdrawal', file), 'utf8'));
    const { anchors } = await loadTrust(join(DIR, v.trust));
    for (const verify of [naclVerify, webCryptoVerify]) {
      expect(await coordinatorVerdict(v, { anchor: anchors[0]!, now: Date.parse(v.at) / 1000, verify })).toEqual(v.expect);
    }
  });
});
