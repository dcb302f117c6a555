// Trust list: a district's signed, versioned list of admitted office certificates and of
// revocations with a "revoked since" time. A higher version replaces a lower one.
import type { Cbor } from '../cbor';
import { parseSign1, sign1ToCbor, signSign1, type Sign1 } from '../cose';
import { isWeakPublicKey, keyId, WEAK_KEY, type KeyPair } from '../ed25519';
import { fail } from '../errors';
import { certificateToCbor, decodeCertificate, DISTRICT_PATTERN, type Certificate } from './certificate';
import { FieldReader } from './fields';
import { decodeListedWithdrawals, listedWithdrawalsToCbor, MAX_WITHDRAWALS, type ListedWithdrawal } from './listed-withdrawal';
import { checkTime, encodePayload, MAX_TIME, openPayload } from './objects';
import { signedText } from './text-policy';

/** An office withdrawn from the scheme: its stamps issued at or after `since` are invalid. */
export interface Revocation {
  readonly officeKey: Uint8Array;
  readonly since: number;
}

/** What a trust list says. */
export interface TrustListClaims {
  readonly district: string;
  readonly districtName: string;
  /** Monotonic list version (1, 2, 3, …). */
  readonly version: number;
  readonly issuedAt: number;
  readonly certificates: readonly Certificate[];
  readonly revocations: readonly Revocation[];
  /** Stamps their offices withdrew (key 8, absent when there are none). */
  readonly withdrawals?: readonly ListedWithdrawal[];
}

/** A decoded trust list with its envelope. */
export interface TrustList {
  readonly claims: TrustListClaims;
  readonly sign1: Sign1;
}

const MAX_ITEMS = 5000;
/** Longest district name in characters. */
export const MAX_DISTRICT_NAME = 120;

/**
 * The highest list version a verifier accepts (2^31−1, §9.10): far beyond any real history, yet
 * a root that signs a huge version by mistake (2^53−1 once froze every later list) still
 * leaves room above it, and every implementation can hold it in a signed 32-bit integer.
 */
export const MAX_TRUST_LIST_VERSION = 2 ** 31 - 1;
/** The most a district's list version may rise over the list a verifier holds (§9.10). */
export const MAX_TRUST_LIST_STEP = 1000;

/** The district root signs a trust list. */
export function issueTrustList(c: TrustListClaims, root: KeyPair): TrustList {
  if (!DISTRICT_PATTERN.test(c.district)) throw new RangeError('district id: a-z, 0-9, -');
  if (!Number.isSafeInteger(c.version) || c.version < 1 || c.version > MAX_TRUST_LIST_VERSION) throw new RangeError(`version must be 1 to ${MAX_TRUST_LIST_VERSION}`);
  const payload = encodePayload('trustList', [
    [2, c.district],
    [3, signedText(c.districtName, 'district name', MAX_DISTRICT_NAME)],
    [4, c.version],
    [5, checkTime(c.issuedAt, 'issuedAt')],
    [6, c.certificates.map(certificateToCbor)],
    [7, c.revocations.map((r): Cbor => [r.officeKey, checkTime(r.since, 'since')])],
    // Left out when empty, so a list without withdrawals stays readable by readers that predate key 8.
    [8, listedWithdrawalsToCbor(c.withdrawals ?? [])],
  ]);
  const sign1 = signSign1(payload, keyId(root.publicKey), root.secretKey);
  return decodeTrustList(sign1ToCbor(sign1));
}

function decodeRevocation(v: Cbor): Revocation {
  if (!Array.isArray(v) || v.length !== 2) fail('bad-structure', 'revocation must be [key, since]');
  const [officeKey, since] = v;
  if (!(officeKey instanceof Uint8Array) || officeKey.length !== 32) fail('bad-structure', 'revocation key must be 32 bytes');
  if (isWeakPublicKey(officeKey)) fail('weak-key', `revocation key is ${WEAK_KEY}`);
  if (typeof since !== 'number' || since < 0 || since > MAX_TIME) fail('bad-structure', 'revocation time out of range');
  return { officeKey, since };
}

/** Reads a trust list strictly (any bad certificate or revocation makes the whole list malformed). */
export function decodeTrustList(v: Cbor): TrustList {
  const sign1 = parseSign1(v);
  if (sign1.unprotected.size !== 0) fail('bad-structure', 'a trust list has no unprotected headers');
  const r: FieldReader = openPayload(sign1.payload, 'trustList');
  const district = r.text(2, 32);
  if (!DISTRICT_PATTERN.test(district)) fail('bad-structure', 'bad district id');
  const claims: TrustListClaims = {
    district,
    districtName: r.text(3, MAX_DISTRICT_NAME),
    version: r.uint(4, 1),
    issuedAt: r.uint(5, 0, MAX_TIME),
    certificates: r.array(6, MAX_ITEMS).map(decodeCertificate),
    revocations: r.array(7, MAX_ITEMS).map(decodeRevocation),
  };
  const withdrawals = r.raw(8) === undefined ? undefined : decodeListedWithdrawals(r.array(8, MAX_WITHDRAWALS));
  r.done();
  return { claims: withdrawals ? { ...claims, withdrawals } : claims, sign1 };
}

/** The CBOR value of a trust list. */
export function trustListToCbor(t: TrustList): Cbor {
  return sign1ToCbor(t.sign1);
}
