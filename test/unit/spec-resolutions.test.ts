// Points where FORMAT.md contradicted itself, each pinned as decided (FORMAT.md §8.2, §9.4a,
// §9.5, §9.11, §10.1): an independent implementation and this one must agree on them.
import { describe, expect, it } from 'vitest';
import {
  certificateToCbor, createPresentation, demoKeyPair, encodeCbor, issueCertificate, issueStamp, presentationToCbor, stampToCbor, toText, valueToText, verifyStamp, verifyTexts,
  DecodeError, FountainEncoder, FrameTextEncoder, TrustStore, type Entry,
} from '../../src/core';
import { anchorsInForce } from '../../src/config/districts';
import { fixture, NOW } from './support';
import { indexShipped } from '../../src/core/verify/certificate-index';

const kurs: Entry = { type: 'sprachkurs', course: 'integrationskurs', level: 'B1', status: 'completed', units: 100 };
const code = async (p: Promise<unknown>) => p.then(() => 'accepted', (e: unknown) => (e instanceof DecodeError ? e.code : String(e)));

describe('§9.4a: two anchors with one district and key id', () => {
  it('are refused as a configuration, at start', async () => {
    const { world } = await fixture();
    expect(() => new TrustStore([world.anchor, { ...world.anchor, name: 'twice' }])).toThrow(/two anchors for district demo/);
    const other = demoKeyPair('second root').publicKey;
    expect(() => new TrustStore([world.anchor, { ...world.anchor, publicKey: other }])).not.toThrow(); // another key id: a key rollover
    expect(() => new TrustStore([world.anchor, { ...world.anchor, district: 'demo-2' }])).not.toThrow();
  });

  it('never happens in the anchors this build pins', () => {
    expect(() => new TrustStore(anchorsInForce(true))).not.toThrow();
  });
});

describe('§9.11: the issuer of a stamp whose every candidate fails', () => {
  it('is the first candidate\u2019s, whose verdict is reported', async () => {
    const { world, ctx } = await fixture();
    const o = world.offices.sprachschule;
    const stamp = issueStamp({ holder: world.holder, issuedAt: NOW - 600, entry: kurs }, o.keys, o.certificate);
    const base = { ...o.certificate.claims, validFrom: NOW - 86400 };
    const expired = issueCertificate({ ...base, officeName: 'Erstes Zertifikat', validUntil: NOW - 3600 }, world.root);
    const wrongType = issueCertificate({ ...base, officeName: 'Zweites Zertifikat', allowedTypes: ['beratung'], validUntil: NOW + 86400 }, world.root);
    const bare = stampToCbor(stamp, false);
    const v = await verifyStamp(bare, { ...ctx, trust: new TrustStore([world.anchor]) }, { certificates: indexShipped([expired, wrongType].map(certificateToCbor)) });
    expect(v).toMatchObject({ valid: false, reason: 'certificate-expired' });
    expect(v.issuer?.claims.officeName).toBe('Erstes Zertifikat');
  });
});

describe('§8.2: a framed message that completes but does not unwrap', () => {
  const frames = (message: Uint8Array) => {
    const enc = new FountainEncoder(message, 64);
    return Array.from({ length: enc.seqLen }, (_, i) => toText('frame', enc.frame(i + 1)));
  };

  it('is unreadable input, like a bad Base45 text, not a report', async () => {
    const { ctx } = await fixture();
    expect(await code(verifyTexts(frames(Uint8Array.of(0x73, 0xff, 0xff, 0xff, 0xff)), ctx))).toBe('bad-frame'); // 's' + broken DEFLATE
    expect(await code(verifyTexts(frames(Uint8Array.of(0x58, 0xa0)), ctx))).toBe('bad-frame'); // kind byte 'X'
  });
});

describe('§10.1: one input holds one payload', () => {
  it('refuses frames of a second message, before or after the first completes', async () => {
    const { world, ctx } = await fixture();
    const texts = (at: number) => {
      const enc = new FrameTextEncoder('presentation', encodeCbor(presentationToCbor(createPresentation(world.holder, world.holderKeys, world.stamps, at))));
      return enc.texts(enc.seqLen);
    };
    const [a, b] = [texts(NOW - 30), texts(NOW - 20)];
    expect((await verifyTexts(a, ctx)).valid).toBe(true);
    expect(await code(verifyTexts([...a, b[0]!], ctx))).toBe('bad-structure');
    expect(await code(verifyTexts([b[0]!, ...a], ctx))).toBe('bad-structure');
    expect(await code(verifyTexts([...a, 'BBP1:F:garbage'], ctx))).toBe('bad-frame'); // a damaged line, even after the message completed
    expect((await verifyTexts([...a, a[0]!], ctx)).valid).toBe(true); // a repeated frame of the same message is fine
    const stamp = valueToText('stamp', stampToCbor(world.stamps[0]!));
    expect(await code(verifyTexts([stamp, stamp], ctx))).toBe('bad-structure');
  });
});
