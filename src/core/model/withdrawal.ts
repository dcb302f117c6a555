// Withdrawal: an office takes back one stamp it issued (issued in error, wrong person, corrected).
// It names the stamp by its reference and carries the office certificate and, for the
// coordinator, the stamp itself: the coordinator never saw the stamp, and only the stamp shows
// that the withdrawing office is the one that signed it (FORMAT.md §7.11).
import { bytesEqual } from '../bytes';
import type { Cbor } from '../cbor';
import { HEADER_CERTIFICATE, HEADER_STAMP, parseSign1, sign1ToCbor, signSign1, type Sign1 } from '../cose';
import { keyId, type KeyPair } from '../ed25519';
import { fail } from '../errors';
import { certificateToCbor, decodeCertificate, type Certificate } from './certificate';
import { WITHDRAWAL_REASON, type WithdrawalReason } from './codes';
import { checkTime, encodePayload, MAX_TIME, openPayload } from './objects';
import { decodeStamp, STAMP_REF_BYTES, stampToCbor, type Stamp } from './stamp';

/** What an office signs in a withdrawal. */
export interface WithdrawalClaims {
  /** The withdrawn stamp's reference (stampRef). */
  readonly stamp: Uint8Array;
  readonly reason: WithdrawalReason;
  /** Seconds since 1970 UTC: when the office withdrew the stamp. */
  readonly withdrawnAt: number;
  /** For reason 'corrected': the reference of the corrected stamp, when it was already issued. */
  readonly replacement?: Uint8Array;
}

/** A decoded withdrawal: its certificate always travels with it, the stamp for the coordinator. */
export interface Withdrawal {
  readonly claims: WithdrawalClaims;
  readonly sign1: Sign1;
  readonly certificate: Certificate;
  /** The withdrawn stamp, without its own certificate (the withdrawal's is the same office's). */
  readonly stamp?: Stamp;
}

/** The office signs a withdrawal of one of its stamps; `stamp` (the stamp itself) lets a coordinator check it. */
export function issueWithdrawal(c: WithdrawalClaims, office: KeyPair, certificate: Certificate, stamp?: Stamp): Withdrawal {
  const payload = encodePayload('withdrawal', [
    [2, c.stamp],
    [3, WITHDRAWAL_REASON.code(c.reason)],
    [4, checkTime(c.withdrawnAt, 'withdrawnAt')],
    [5, c.replacement],
  ]);
  const unprotected = new Map<number, Cbor>([[HEADER_CERTIFICATE, certificateToCbor(certificate)]]);
  if (stamp) unprotected.set(HEADER_STAMP, stampToCbor(stamp, false));
  // Decoded again, so a writer refuses exactly what every reader refuses (a bad reference, a replacement without 'corrected').
  try {
    return decodeWithdrawal(sign1ToCbor(signSign1(payload, keyId(office.publicKey), office.secretKey, unprotected)));
  } catch (e) {
    throw new RangeError(`withdrawal: ${(e as Error).message}`);
  }
}

/** Reads the signed part of a withdrawal. */
export function decodeWithdrawalClaims(payload: Uint8Array): WithdrawalClaims {
  const r = openPayload(payload, 'withdrawal');
  const stamp = r.bytes(2, STAMP_REF_BYTES);
  const reason = WITHDRAWAL_REASON.name(r.uint(3)) ?? fail('bad-structure', 'unknown withdrawal reason');
  const withdrawnAt = r.uint(4, 0, MAX_TIME);
  const replacement = r.optBytes(5, STAMP_REF_BYTES);
  r.done();
  if (!replacement) return { stamp, reason, withdrawnAt };
  if (reason !== 'corrected') fail('bad-structure', 'only a correction names a replacement');
  if (bytesEqual(replacement, stamp)) fail('bad-structure', 'a stamp cannot replace itself');
  return { stamp, reason, withdrawnAt, replacement };
}

/** Reads a withdrawal (structure only; signatures are checked by checkWithdrawal). */
export function decodeWithdrawal(v: Cbor): Withdrawal {
  const sign1 = parseSign1(v, [HEADER_CERTIFICATE, HEADER_STAMP]);
  const claims = decodeWithdrawalClaims(sign1.payload);
  const cert = sign1.unprotected.get(HEADER_CERTIFICATE);
  if (cert === undefined) fail('bad-structure', 'a withdrawal carries its office certificate');
  const certificate = decodeCertificate(cert);
  const carried = sign1.unprotected.get(HEADER_STAMP);
  if (carried === undefined) return { claims, sign1, certificate };
  const stamp = decodeStamp(carried);
  // One encoding only: the office certificate travels once, in the withdrawal's own header.
  if (stamp.certificate) fail('bad-structure', 'the carried stamp has no certificate of its own');
  return { claims, sign1, certificate, stamp };
}

/** The CBOR value of a withdrawal. */
export function withdrawalToCbor(w: Withdrawal): Cbor {
  return sign1ToCbor(w.sign1);
}
