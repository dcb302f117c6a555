import { describe, expect, it } from 'vitest';
import {
  certificateToCbor, decodeCbor, decodeCertificate, demoKeyPair, encodeCbor, encodePayload, issueCertificate, issueStamp, issueTrustList, keyId,
  officeIdOf, sign1ToCbor, signSign1, stampToCbor, toHex, TrustStore, verifyStamp, DEMO_DISTRICT, naclVerify, type Entry,
} from '../../src/core';
import { NOW } from './support';
import { demoWorld } from '../../src/core';

const root = demoKeyPair('root');
const first = demoKeyPair('office sprachschule');
const tablet = demoKeyPair('device tablet');
const base = { district: DEMO_DISTRICT, officeName: 'DEMO-Sprachschule', officeKind: 'sprachkurstraeger' as const, allowedTypes: ['sprachkurs' as const], validFrom: NOW - 86_400, validUntil: NOW + 86_400 * 365 };
const kurs: Entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 };

describe('device certificates (FORMAT §7.3, keys 9 and 10)', () => {
  it('names the office by the first device key id and carries the label', () => {
    const cert = issueCertificate({ ...base, officeKey: tablet.publicKey, officeId: keyId(first.publicKey), deviceLabel: 'Tablet Raum 2' }, root);
    const back = decodeCertificate(decodeCbor(encodeCbor(certificateToCbor(cert))));
    expect(officeIdOf(back.claims)).toBe(toHex(keyId(first.publicKey)));
    expect(back.claims.deviceLabel).toBe('Tablet Raum 2');
  });

  it('reads a certificate without key 9 as its own office (first device, or before issue 17)', () => {
    const cert = issueCertificate({ ...base, officeKey: first.publicKey }, root);
    expect(officeIdOf(decodeCertificate(certificateToCbor(cert)).claims)).toBe(toHex(keyId(first.publicKey)));
  });

  it('refuses key 9 equal to the key\'s own id (a second spelling of "first device")', () => {
    const payload = encodePayload('certificate', [
      [2, DEMO_DISTRICT], [3, first.publicKey], [4, 'DEMO-Sprachschule'], [5, 1], [6, [1]], [7, base.validFrom], [8, base.validUntil], [9, keyId(first.publicKey)],
    ]);
    expect(() => decodeCertificate(sign1ToCbor(signSign1(payload, keyId(root.publicKey), root.secretKey)))).toThrow(/own id/);
    expect(() => issueCertificate({ ...base, officeKey: first.publicKey, officeId: keyId(first.publicKey) }, root)).toThrow(RangeError);
  });

  it('revoking one device leaves the other device of the office valid', async () => {
    const w = demoWorld(NOW);
    const cert = issueCertificate({ ...base, officeKey: tablet.publicKey, officeId: keyId(w.offices.sprachschule.keys.publicKey), deviceLabel: 'Tablet' }, w.root);
    const list = issueTrustList({ district: DEMO_DISTRICT, districtName: 'DEMO', version: 1, issuedAt: NOW - 3600, certificates: [w.offices.sprachschule.certificate, cert], revocations: [{ officeKey: tablet.publicKey, since: NOW - 1800 }] }, w.root);
    const trust = new TrustStore([w.anchor]);
    await trust.offer(list, naclVerify);
    const ctx = { trust, now: NOW, verify: naclVerify };
    const byTablet = issueStamp({ holder: w.holder, issuedAt: NOW - 600, entry: kurs }, tablet, cert);
    const byFirst = issueStamp({ holder: w.holder, issuedAt: NOW - 600, entry: kurs }, w.offices.sprachschule.keys, w.offices.sprachschule.certificate);
    expect(await verifyStamp(stampToCbor(byTablet), ctx)).toMatchObject({ valid: false, reason: 'issuer-revoked' });
    const ok = await verifyStamp(stampToCbor(byFirst), ctx);
    expect(ok.valid).toBe(true);
    // Staff see the office, not the device: the name is the office's on both certificates.
    if (ok.valid) expect(ok.issuer.claims.officeName).toBe(cert.claims.officeName);
  });
});
