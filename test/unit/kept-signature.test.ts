// Verdicts that survive a trust change (issue 18, item 5): a kept office-signature verdict
// spares the signature check only for the exact stamp bytes and office key it was reached on;
// chain, revocation and withdrawal are judged again under every trust state.
import nacl from 'tweetnacl';
import { describe, expect, it, vi } from 'vitest';
import {
  certificateDigest, concat, toHex, demoEntries, demoWorld, issueStamp, issueTrustList, keptSignature, naclVerify, sign1ToCbor, stampRef, stampToCbor, trustListToCbor, valueToText,
  verifyStamp, DEMO_DISTRICT, DEMO_DISTRICT_NAME, HEADER_CERTIFICATE, certificateToCbor, TrustStore, type VerifyFn,
} from '../../src/core';
import { fixture, NOW } from './support';
import { passWithStamps } from './holder-fixture';

const world = demoWorld(NOW);

describe('kept signature verdicts in core', () => {
  it('skips only the office signature for the same stamp and key, and judges revocation again', async () => {
    const { ctx } = await fixture();
    const [office, entry] = demoEntries(NOW)[0]!;
    const stamp = issueStamp({ holder: world.holder, issuedAt: NOW - 3600, entry }, world.offices[office].keys, world.offices[office].certificate);
    const first = await verifyStamp(stampToCbor(stamp), ctx);
    const seal = keptSignature(first);
    expect(first.valid && typeof seal === 'string').toBe(true);
    let calls = 0;
    const counting: VerifyFn = (sig, msg, key) => (calls++, naclVerify(sig, msg, key));
    expect((await verifyStamp(stampToCbor(stamp), { ...ctx, verify: counting }, { signature: seal })).valid).toBe(true);
    expect(calls).toBe(1); // the certificate only: it depends on the trust state
    // Another stamp of the same office with this seal is checked in full.
    const other = issueStamp({ holder: world.holder, issuedAt: NOW - 7200, entry }, world.offices[office].keys, world.offices[office].certificate);
    calls = 0;
    await verifyStamp(stampToCbor(other), { ...ctx, verify: counting }, { signature: seal });
    expect(calls).toBe(2);
  });

  it('keeps no seal for a verdict reached before the office signature verified', async () => {
    const { ctx } = await fixture();
    const [office, entry] = demoEntries(NOW)[0]!;
    const stamp = issueStamp({ holder: world.holder, issuedAt: NOW - 3600, entry }, world.offices[office].keys, world.offices[office].certificate);
    const forged = { ...stamp.sign1, signature: stamp.sign1.signature.map((b, i) => (i === 5 ? b ^ 1 : b)) };
    const cbor = sign1ToCbor(forged, new Map([[HEADER_CERTIFICATE, certificateToCbor(world.offices[office].certificate)]]));
    const v = await verifyStamp(cbor, ctx);
    expect(v.valid ? null : v.reason).toBe('bad-signature');
    expect(keptSignature(v)).toBeUndefined();
    // Refused at the chain (no anchor): the office signature was never checked.
    expect(keptSignature(await verifyStamp(stampToCbor(stamp), { ...ctx, trust: new TrustStore([]) }))).toBeUndefined();
  });
});

async function pass() {
  const { db, api, pass: p, stamps } = await passWithStamps();
  return { db, api, id: p.id, stamps };
}

const trustV2 = (extra: Partial<Parameters<typeof issueTrustList>[0]>) =>
  valueToText('trustList', trustListToCbor(issueTrustList({ district: DEMO_DISTRICT, districtName: DEMO_DISTRICT_NAME, version: 2, issuedAt: NOW - 600, certificates: Object.values(world.offices).map((o) => o.certificate), revocations: [], ...extra }, world.root)));

describe('kept signature verdicts in the holder’s pass', () => {
  it('keeps the seal from receipt, and a new trust list still revokes and withdraws', async () => {
    const { db, api, id, stamps } = await pass();
    expect((await db.entries.toArray()).every((r) => typeof r.checked?.signature === 'string')).toBe(true);
    const since = NOW - 2.5 * 3600;
    const gone = stamps[0]!;
    expect((await api.importTrustList(trustV2({ revocations: [{ officeKey: world.offices.sprachschule.keys.publicKey, since }], withdrawals: [{ stamp: stampRef(gone), at: NOW - 60, reason: 'wrong-person' }] }), NOW)).status).toBe('imported');
    const listed = await api.entries(id, NOW);
    expect(listed.filter((e) => !e.valid).map((e) => [e.entry.type, e.reason]).sort()).toEqual([
      [gone.claims.entry.type, 'withdrawn'],
      ['weiterbildung', 'issuer-revoked'],
    ].sort());
  });

  it('never takes a tampered stamp row as verified because of its kept verdict', async () => {
    const { db, api, id, stamps } = await pass();
    const [victim, donor] = [stamps[1]!, stamps[2]!];
    const row = (await db.entries.get((await db.entries.toArray()).find((r) => r.issuedAt === victim.claims.issuedAt)!.id))!;
    // Another entry's signed claims under the victim's signature: the same stamp id, the kept verdict left as it was.
    const forged = sign1ToCbor({ ...victim.sign1, payload: donor.sign1.payload }, new Map([[HEADER_CERTIFICATE, certificateToCbor(victim.certificate!)]]));
    await db.entries.put({ ...row, stampText: valueToText('stamp', forged) });
    expect((await api.importTrustList(trustV2({}), NOW)).status).toBe('imported');
    const listed = await api.entries(id, NOW);
    expect(listed.find((e) => e.id === row.id)).toMatchObject({ valid: false, reason: 'bad-signature' });
    expect(listed.filter((e) => e.valid)).toHaveLength(stamps.length - 1);
  });
});

// Counts the Ed25519 checks the holder's API makes (it verifies with WebCrypto where Node has it).
async function counted<T>(run: () => Promise<T>): Promise<{ result: T; checks: number }> {
  const spy = vi.spyOn(crypto.subtle, 'verify');
  try {
    const result = await run();
    return { result, checks: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

const reasons = (listed: ReadonlyArray<{ entry: { type: string }; valid: boolean; reason: string | null }>) => listed.filter((e) => !e.valid).map((e) => [e.entry.type, e.reason]).sort();

describe('kept stamp facts in the holder’s pass (FORMAT.md §9.4)', () => {
  const since = NOW - 2.5 * 3600; // after the Beratung (NOW-3h), before the Weiterbildung (NOW-1h)
  const revokeSprachschule = { revocations: [{ officeKey: world.offices.sprachschule.keys.publicKey, since }] };

  it('shows a stamp just received without verifying it again', async () => {
    const { api, id } = await pass();
    const { result: listed, checks } = await counted(() => api.entries(id, NOW));
    expect(checks).toBe(0);
    expect(listed.every((e) => e.valid)).toBe(true);
  });

  it('after a trust change checks each certificate once, no stamp, and writes only the verdicts that changed', async () => {
    const { db, api, id, stamps } = await pass();
    const before = new Map((await db.entries.toArray()).map((r) => [r.id, r.checked]));
    expect([...before.values()].every((k) => typeof k?.facts?.seal === 'string')).toBe(true);
    // The facts seal as FORMAT.md §9.4 writes it out, computed here independently of the reference.
    const f = (x: string | Uint8Array) => {
      const b = typeof x === 'string' ? new TextEncoder().encode(x) : x;
      return concat(Uint8Array.of(0, (b.length >> 16) & 255, (b.length >> 8) & 255, b.length & 255), b);
    };
    const h = (...parts: Uint8Array[]) => toHex(nacl.hash(concat(...parts)).slice(0, 32));
    for (const [i, row] of (await db.entries.toArray()).entries()) {
      const k = row.checked!.facts!;
      const c = stamps.find((s) => s.claims.issuedAt === row.issuedAt)!.certificate!.sign1;
      expect(k.certificate, `entry ${i}`).toBe(h(f(c.protectedBytes), f(c.payload), f(c.signature)));
      expect(k.seal, `entry ${i}`).toBe(h(f(row.stampText), f(k.certificate), f(String(row.issuedAt)), f(row.type), f(row.id), f(k.holder)));
    }
    expect((await api.importTrustList(trustV2(revokeSprachschule), NOW)).status).toBe('imported');
    // Offered again, the list builds the new trust store (verifying its lists) before anything is counted.
    expect((await api.importTrustList(trustV2(revokeSprachschule), NOW)).status).toBe('refused');
    const { result: listed, checks } = await counted(() => api.entries(id, NOW));
    expect(checks).toBe(3); // the three offices' certificates; each of the five stamps' signatures stands
    expect(reasons(listed)).toEqual([['weiterbildung', 'issuer-revoked']]);
    const rewritten = (await db.entries.toArray()).filter((r) => r.checked?.trust !== before.get(r.id)?.trust);
    expect(rewritten.map((r) => [r.type, r.checked?.reason])).toEqual([['weiterbildung', 'issuer-revoked']]);
    expect(await api.entries(id, NOW)).toEqual(listed);
  });

  it('never judges from kept facts that no longer seal with the stored text', async () => {
    const { db, api, id, stamps } = await pass();
    const [gone, praktikum, late] = [stamps[0]!, stamps[3]!, stamps[4]!];
    const rows = await db.entries.toArray();
    // Facts changed to escape a withdrawal and two revocations; the seal kept as it was.
    const elsewhere = { certificate: certificateDigest(world.offices.beratung.certificate) };
    for (const [s, change] of [[gone, { ref: '00'.repeat(16) }], [praktikum, elsewhere], [late, { issuedAt: since - 60 }]] as const) {
      const row = rows.find((r) => r.issuedAt === s.claims.issuedAt)!;
      await db.entries.put({ ...row, checked: { ...row.checked!, facts: { ...row.checked!.facts!, ...change } } });
    }
    const revocations = [...revokeSprachschule.revocations, { officeKey: world.offices.berufsschule.keys.publicKey, since }];
    expect((await api.importTrustList(trustV2({ revocations, withdrawals: [{ stamp: stampRef(gone), at: NOW - 60, reason: 'wrong-person' }] }), NOW)).status).toBe('imported');
    expect(reasons(await api.entries(id, NOW))).toEqual([[gone.claims.entry.type, 'withdrawn'], ['praktikum', 'issuer-revoked'], ['weiterbildung', 'issuer-revoked']].sort());
  });

  it('checks rows kept before facts existed in full, and keeps their facts then', async () => {
    const { db, api, id } = await pass();
    const rows = await db.entries.toArray();
    await db.entries.bulkPut(rows.map(({ checked, ...r }, i) => (i === 0 ? r : { ...r, checked: { ...checked!, facts: undefined } })));
    expect((await api.importTrustList(trustV2(revokeSprachschule), NOW)).status).toBe('imported');
    expect(reasons(await api.entries(id, NOW))).toEqual([['weiterbildung', 'issuer-revoked']]);
    expect((await db.entries.toArray()).every((r) => typeof r.checked?.facts?.seal === 'string')).toBe(true);
  });
});
