// A public key that is a small-order point (in any encoding) has no private key: whoever names
// it can "sign" for it. Every payload field that carries a key refuses it where it is read
// (FORMAT.md §7.1), so no card, presentation, certificate, request or trust list holds one.
import { describe, expect, it } from 'vitest';
import {
  decodeCbor, decodeCertificate, decodeRegistration, encodeCbor, encodePayload, holderPairs, issueCertificate, issueTrustList,
  issueStamp, sigStructure, sign1ToCbor, valueToText, verifyCard, verifyPresentation, verifyStamp, DecodeError, VERDICT_RULES, type Cbor,
} from '../../src/core';
import { readRequest } from '../../src/storage/coordinator/coordinator-register';
import { fixture, NOW } from './support';
import { IDENTITY, IDENTITY_MINUS_ZERO, identityRSignature, keylessSign1, ORDER_2_SIGN_BIT } from '../vectors/forge';

const WEAK = [IDENTITY, IDENTITY_MINUS_ZERO, ORDER_2_SIGN_BIT];
const weakCode = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DecodeError ? e.code : String(e);
  }
  return 'accepted';
};

describe('keys without a private key are refused at the key', async () => {
  const { world, ctx } = await fixture();

  it('in a pass card (holder key): malformed, whatever the encoding', async () => {
    for (const key of WEAK) {
      const card = sign1ToCbor(keylessSign1(encodePayload('card', [...holderPairs({ ...world.holder, publicKey: key }), [6, NOW - 30]]), key));
      expect(await verifyCard(card, ctx)).toEqual({ valid: false, reason: 'malformed' });
    }
  });

  it('in a presentation (holder key): malformed', async () => {
    for (const key of WEAK) {
      const p = sign1ToCbor(keylessSign1(encodePayload('presentation', [...holderPairs({ ...world.holder, publicKey: key }), [6, NOW - 30], [7, []], [8, []]]), key));
      expect(await verifyPresentation(p, ctx)).toEqual({ valid: false, reason: 'malformed', entries: [] });
    }
  });

  it('in a registration request (office key), also on the coordinator\u2019s admit screen', async () => {
    for (const key of WEAK) {
      const payload = encodePayload('registration', [[2, 'demo'], [3, key], [4, 'Schein-Büro'], [5, 1], [6, [1, 2, 3, 4]], [9, NOW]]);
      const request = sign1ToCbor(keylessSign1(payload, key));
      expect(weakCode(() => decodeRegistration(request))).toBe('weak-key');
      expect(await readRequest(valueToText('registration', request), 'demo')).toEqual({ status: 'refused', reason: 'weak-key' });
    }
  });

  it('in a certificate (office key), even one the root signed', () => {
    const genuine = world.offices.sprachschule.certificate;
    for (const key of WEAK) {
      const payload = decodeCbor(genuine.sign1.payload) as Map<number, Cbor>;
      payload.set(3, key);
      const cert = { tag: 18, value: [genuine.sign1.protectedBytes, new Map(), encodeCbor(payload), genuine.sign1.signature] };
      expect(weakCode(() => decodeCertificate(cert))).toBe('weak-key');
      expect(() => issueCertificate({ ...genuine.claims, officeKey: key }, world.root)).toThrow(/small-order/);
    }
  });

  it('and a signature with R of small order is no signature, also a stamp’s (kept verdicts are re-checked: VERDICT_RULES)', async () => {
    const o = world.offices.sprachschule;
    const s = issueStamp({ holder: world.holder, issuedAt: NOW - 600, entry: { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed' } }, o.keys, o.certificate);
    const signature = identityRSignature(sigStructure(s.sign1.protectedBytes, s.sign1.payload), o.keys.secretKey.slice(0, 32));
    expect(await verifyStamp(sign1ToCbor({ ...s.sign1, signature }), ctx)).toMatchObject({ valid: false, reason: 'bad-signature' });
    expect(VERDICT_RULES).toBeGreaterThanOrEqual(2); // 3 since verdicts can be withdrawn
  });

  it('in a trust list revocation', () => {
    for (const key of WEAK) {
      expect(() => issueTrustList({ ...world.trustList.claims, version: 2, revocations: [{ officeKey: key, since: NOW }] }, world.root)).toThrow(/small-order/);
    }
  });
});
