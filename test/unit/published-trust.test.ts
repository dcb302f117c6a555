// The coordinator's "which version is published" (issue 16): the site's trust/<district>.json is
// judged against the district root before anything is said about it, then compared with the
// newest version signed on this device.
import { describe, expect, it } from 'vitest';
import { bestVerifier, demoWorld, generateKeyPair, issueTrustList, judgePublished, type TrustList } from '../../src/core';
import { NOW } from './support';

const world = demoWorld(NOW);
const list = (version: number, root = world.root, district = world.anchor.district): TrustList =>
  issueTrustList({ district, districtName: 'Landkreis', version, issuedAt: NOW - version, certificates: [], revocations: [] }, root);
const judge = async (fetched: Parameters<typeof judgePublished>[0], signed?: TrustList) =>
  judgePublished(fetched, world.anchor, signed && { version: signed.claims.version, issuedAt: signed.claims.issuedAt }, await bestVerifier());

describe('published trust list', () => {
  it('cannot say anything offline, and says so', async () => {
    expect(await judge({ kind: 'offline' }, list(3))).toEqual({ status: 'offline', signed: { version: 3, issuedAt: NOW - 3 } });
  });

  it('is not published when the site has no file or a file without lists', async () => {
    expect(await judge({ kind: 'absent' }, list(3))).toMatchObject({ status: 'not-published' });
    expect(await judge({ kind: 'file', lists: [] }, list(3))).toMatchObject({ status: 'not-published' });
  });

  it('is current, older or newer than the newest signed here', async () => {
    expect(await judge({ kind: 'file', lists: [list(3)] }, list(3))).toEqual({ status: 'current', version: 3, issuedAt: NOW - 3, signed: { version: 3, issuedAt: NOW - 3 } });
    expect(await judge({ kind: 'file', lists: [list(2)] }, list(3))).toMatchObject({ status: 'older', version: 2, signed: { version: 3 } });
    expect(await judge({ kind: 'file', lists: [list(4)] }, list(3))).toMatchObject({ status: 'newer', version: 4 });
    expect(await judge({ kind: 'file', lists: [list(1)] })).toMatchObject({ status: 'newer', version: 1 });
    expect(await judge({ kind: 'file', lists: [list(1), list(3)] }, list(3))).toMatchObject({ status: 'current', version: 3 });
  });

  it('reports a tampered file as such, whatever version it claims', async () => {
    // Version 9 as the file claims it, under the signature of version 5: what an edited file is.
    const claimed = list(9);
    const forged: TrustList = { ...claimed, sign1: { ...claimed.sign1, signature: list(5).sign1.signature } };
    expect(await judge({ kind: 'file', lists: [forged] }, list(3))).toMatchObject({ status: 'tampered', reason: 'bad-signature' });
    expect(await judge({ kind: 'file', lists: [list(9, generateKeyPair())] }, list(3))).toMatchObject({ status: 'tampered', reason: 'unknown-issuer' });
    expect(await judge({ kind: 'file', lists: [list(9, world.root, 'other')] }, list(3))).toMatchObject({ status: 'tampered', reason: 'unknown-issuer' });
    expect(await judge({ kind: 'file', lists: [list(3), forged] }, list(3))).toMatchObject({ status: 'tampered', reason: 'bad-signature' });
    expect(await judge({ kind: 'unreadable' }, list(3))).toMatchObject({ status: 'tampered', reason: 'unreadable' });
  });
});
