// Withdrawing one stamp: the office's signed withdrawal, the coordinator's check that the signer
// issued the stamp, the trust list's key 8, and the verifier's 'withdrawn' (FORMAT.md §7.11, §9.12).
import { describe, expect, it } from 'vitest';
import {
  checkWithdrawal, decodeCbor, decodeStamp, decodeTrustList, decodeWithdrawal, encodeCbor, issueStamp, issueTrustList, issueWithdrawal,
  keyId, listedWithdrawal, sign1ToCbor, signSign1, stampRef, stampToCbor, toHex, trustListToCbor, verifyStamp, withdrawalToCbor, DecodeError,
  MAX_WITHDRAWALS, TrustStore, demoWorld, naclVerify, type Cbor, type CborMap, type Entry, type ListedWithdrawal,
} from '../../src/core';
import { fixture, NOW } from './support';

const kurs: Entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 };

async function setup() {
  const f = await fixture();
  const { world } = f;
  const sprach = world.offices.sprachschule;
  const stamp = world.stamps[0]!; // the Sprachschule's Sprachkurs
  const withdraw = (over: Partial<Parameters<typeof issueWithdrawal>[0]> = {}, s = stamp) =>
    issueWithdrawal({ stamp: stampRef(s), reason: 'issued-in-error', withdrawnAt: NOW - 60, ...over }, sprach.keys, sprach.certificate, s);
  const ctx = { anchor: world.anchor, now: NOW, verify: naclVerify };
  const listWith = (withdrawals: ListedWithdrawal[]) => issueTrustList({ ...world.trustList.claims, version: 2, withdrawals }, world.root);
  return { ...f, sprach, stamp, withdraw, wctx: ctx, listWith };
}

describe('withdrawal object', () => {
  it('round-trips with its certificate and the stamp, and names the stamp by the hash of its signature', async () => {
    const { withdraw, stamp } = await setup();
    const w = decodeWithdrawal(decodeCbor(encodeCbor(withdrawalToCbor(withdraw({ reason: 'corrected', replacement: new Uint8Array(16).fill(7) })))));
    expect(toHex(w.claims.stamp)).toBe(toHex(stampRef(stamp)));
    expect(w.claims).toMatchObject({ reason: 'corrected', withdrawnAt: NOW - 60 });
    expect(w.stamp?.certificate).toBeUndefined();
    expect(w.certificate.claims.officeName).toBe('DEMO-Sprachschule');
  });

  it('refuses a replacement unless the reason is corrected', async () => {
    const { withdraw } = await setup();
    expect(() => withdraw({ reason: 'wrong-person', replacement: new Uint8Array(16) })).toThrow(RangeError);
  });

  it('refuses a carried stamp that carries its own certificate (one encoding only)', async () => {
    const { withdraw, stamp } = await setup();
    const w = withdraw();
    const unprotected = new Map(w.sign1.unprotected);
    unprotected.set(-65538, stampToCbor(stamp, true));
    expect(() => decodeWithdrawal(sign1ToCbor(w.sign1, unprotected))).toThrow(DecodeError);
  });

  it('refuses a stamp carrying the withdrawal header (-65538 belongs to withdrawals only)', async () => {
    const { stamp } = await setup();
    const u = new Map(stamp.sign1.unprotected);
    u.set(-65538, 0);
    expect(() => decodeStamp(sign1ToCbor(stamp.sign1, u))).toThrow(DecodeError);
  });
});

describe('checkWithdrawal (coordinator)', () => {
  it('accepts the issuing office’s withdrawal', async () => {
    const { withdraw, wctx } = await setup();
    expect(await checkWithdrawal(withdrawalToCbor(withdraw()), wctx)).toMatchObject({ accepted: true });
  });

  it('refuses a withdrawal for a stamp of another office: not-issuer', async () => {
    const { world, wctx } = await setup();
    const beratung = world.offices.beratung;
    const foreign = world.stamps[2]!; // the Migrationsberatung's stamp, withdrawn by the Sprachschule
    const w = issueWithdrawal({ stamp: stampRef(foreign), reason: 'issued-in-error', withdrawnAt: NOW - 60 }, world.offices.sprachschule.keys, world.offices.sprachschule.certificate, foreign);
    expect(foreign.certificate!.claims.officeName).toBe(beratung.certificate.claims.officeName);
    expect(await checkWithdrawal(withdrawalToCbor(w), wctx)).toMatchObject({ accepted: false, reason: 'not-issuer' });
  });

  it('refuses a withdrawal whose carried stamp is not the one it names: stamp-mismatch', async () => {
    const { withdraw, world, wctx } = await setup();
    const other = world.stamps[1]!; // another Sprachschule stamp
    expect(await checkWithdrawal(withdrawalToCbor(withdraw({ stamp: stampRef(other) })), wctx)).toMatchObject({ accepted: false, reason: 'stamp-mismatch' });
  });

  it('refuses a withdrawal without the stamp: stamp-missing', async () => {
    const { sprach, stamp, wctx } = await setup();
    const w = issueWithdrawal({ stamp: stampRef(stamp), reason: 'issued-in-error', withdrawnAt: NOW - 60 }, sprach.keys, sprach.certificate);
    expect(await checkWithdrawal(withdrawalToCbor(w), wctx)).toMatchObject({ accepted: false, reason: 'stamp-missing' });
  });

  it('refuses a withdrawal signed by another key than its certificate’s: bad-signature', async () => {
    const { world, sprach, stamp, wctx } = await setup();
    const w = issueWithdrawal({ stamp: stampRef(stamp), reason: 'issued-in-error', withdrawnAt: NOW - 60 }, world.offices.beratung.keys, sprach.certificate, stamp);
    expect(await checkWithdrawal(withdrawalToCbor(w), wctx)).toMatchObject({ accepted: false, reason: 'bad-signature' });
  });

  it('refuses an office of another district: unknown-issuer', async () => {
    const { withdraw, wctx } = await setup();
    expect(await checkWithdrawal(withdrawalToCbor(withdraw()), { ...wctx, anchor: { ...wctx.anchor, district: 'elsewhere' } })).toMatchObject({ accepted: false, reason: 'unknown-issuer' });
  });

  it('refuses a withdrawal dated beyond the skew: future-dated', async () => {
    const { withdraw, wctx } = await setup();
    expect(await checkWithdrawal(withdrawalToCbor(withdraw({ withdrawnAt: NOW + 301 })), wctx)).toMatchObject({ accepted: false, reason: 'future-dated' });
    expect(await checkWithdrawal(withdrawalToCbor(withdraw({ withdrawnAt: NOW + 300 })), wctx)).toMatchObject({ accepted: true });
  });

  it('never throws on bad input: malformed', async () => {
    const { wctx } = await setup();
    expect(await checkWithdrawal(42, wctx)).toMatchObject({ accepted: false, reason: 'malformed' });
  });
});

describe('trust list withdrawals and the verifier', () => {
  it('refuses the withdrawn stamp with withdrawn and its date; the others stay valid', async () => {
    const { world, withdraw, listWith } = await setup();
    const trust = new TrustStore([world.anchor]);
    await trust.offer(listWith([listedWithdrawal(withdraw())]), naclVerify);
    const ctx = { trust, now: NOW, verify: naclVerify };
    const [first, ...rest] = await Promise.all(world.stamps.map((s) => verifyStamp(stampToCbor(s), ctx)));
    expect(first).toMatchObject({ valid: false, reason: 'withdrawn', withdrawal: { at: NOW - 60, reason: 'issued-in-error' } });
    expect(rest.every((v) => v.valid)).toBe(true);
  });

  it('applies only the stamp’s own district’s list', async () => {
    const { world, withdraw } = await setup();
    const elsewhere = { ...world.anchor, district: 'elsewhere' };
    const list = issueTrustList({ ...world.trustList.claims, district: 'elsewhere', version: 1, withdrawals: [listedWithdrawal(withdraw())] }, world.root);
    const trust = new TrustStore([world.anchor, elsewhere]);
    await trust.offer(world.trustList, naclVerify);
    expect(await trust.offer(list, naclVerify)).toMatchObject({ accepted: true });
    expect(await verifyStamp(stampToCbor(world.stamps[0]!), { trust, now: NOW, verify: naclVerify })).toMatchObject({ valid: true });
  });

  it('writes no key 8 without withdrawals, so older lists stay byte-identical', async () => {
    const { world } = await setup();
    const again = issueTrustList({ ...world.trustList.claims, withdrawals: [] }, world.root);
    expect(toHex(encodeCbor(trustListToCbor(again)))).toBe(toHex(encodeCbor(trustListToCbor(world.trustList))));
  });

  it('sorts withdrawals by reference and refuses the same stamp twice', async () => {
    const { withdraw, listWith, world } = await setup();
    const a = listedWithdrawal(withdraw());
    const b = listedWithdrawal(withdraw({}, world.stamps[1]!));
    const refs = listWith([b, a]).claims.withdrawals!.map((x) => toHex(x.stamp));
    expect(refs).toEqual([...refs].sort());
    expect(() => listWith([a, a])).toThrow(RangeError);
  });

  const resigned = (edit: (m: CborMap) => void) => {
    const world = demoWorld(NOW);
    const m = decodeCbor(world.trustList.sign1.payload) as CborMap;
    edit(m);
    return sign1ToCbor(signSign1(encodeCbor(m), keyId(world.root.publicKey), world.root.secretKey));
  };
  const item = (fill: number, at = NOW, reason = 1): Cbor => [new Uint8Array(16).fill(fill), at, reason];

  it.each([
    ['unsorted', [item(2), item(1)]],
    ['repeated', [item(1), item(1)]],
    ['empty (key 8 present but empty)', []],
    ['unknown reason code', [item(1, NOW, 4)]],
    ['short reference', [[new Uint8Array(8), NOW, 1]]],
    ['extra item field', [[new Uint8Array(16), NOW, 1, 0]]],
  ])('refuses a root-signed list whose withdrawals are %s', async (_, items) => {
    expect(() => decodeTrustList(resigned((m) => m.set(8, items as Cbor[])))).toThrow(DecodeError);
  });

  it('refuses more than MAX_WITHDRAWALS before decoding any item (too-large)', async () => {
    const many = new Array<Cbor>(MAX_WITHDRAWALS + 1).fill(0);
    expect(() => decodeTrustList(resigned((m) => m.set(8, many)))).toThrow(expect.objectContaining({ code: 'too-large' }));
  });
});

describe('corrected stamp', () => {
  it('names the stamp it replaces, signed (key 8)', async () => {
    const { world, sprach, stamp, ctx } = await setup();
    const fixed = issueStamp({ holder: world.holder, issuedAt: NOW - 30, entry: { ...kurs, level: 'B2' }, replaces: stampRef(stamp) }, sprach.keys, sprach.certificate);
    const back = decodeStamp(decodeCbor(encodeCbor(stampToCbor(fixed))));
    expect(toHex(back.claims.replaces!)).toBe(toHex(stampRef(stamp)));
    expect(await verifyStamp(stampToCbor(fixed), ctx)).toMatchObject({ valid: true });
  });

  it('refuses a replaced reference of the wrong length', async () => {
    const { stamp, sprach } = await setup();
    const m = decodeCbor(stamp.sign1.payload) as CborMap;
    m.set(8, new Uint8Array(8));
    const s = signSign1(encodeCbor(m), keyId(sprach.keys.publicKey), sprach.keys.secretKey, stamp.sign1.unprotected);
    expect(() => decodeStamp(sign1ToCbor(s))).toThrow(DecodeError);
  });
});
