// The coordinator's check before a withdrawal goes into the district's trust list (FORMAT.md
// §9.12): the office is one of this district's, it signed the withdrawal, and it is the office
// that signed the withdrawn stamp. Without the last check any admitted office could withdraw
// any stamp whose reference it has seen.
import { bytesEqual } from '../bytes';
import type { Cbor } from '../cbor';
import { verifySign1 } from '../cose';
import { keyId, type VerifyFn } from '../ed25519';
import { stampRef } from '../model/stamp';
import { decodeWithdrawal, type Withdrawal } from '../model/withdrawal';
import { DEFAULT_SKEW, reasonOf, type Clock } from './reasons';
import type { TrustAnchor } from './trust-store';

/** Why a coordinator refuses a withdrawal. */
export type WithdrawalRefusal =
  | 'malformed'
  | 'unsupported-version'
  | 'unknown-issuer'
  | 'bad-signature'
  | 'stamp-missing'
  | 'not-issuer'
  | 'stamp-mismatch'
  | 'future-dated';

/** Outcome of a coordinator's check of a withdrawal. */
export type WithdrawalVerdict =
  | { readonly accepted: true; readonly withdrawal: Withdrawal }
  | { readonly accepted: false; readonly reason: WithdrawalRefusal; readonly withdrawal?: Withdrawal };

/** What the check needs: the district's root (the coordinator's own), the time and a signature verifier. */
export interface WithdrawalContext extends Clock {
  readonly anchor: TrustAnchor;
  readonly verify: VerifyFn;
}

async function refusal(w: Withdrawal, ctx: WithdrawalContext): Promise<WithdrawalRefusal | null> {
  const { certificate: cert, stamp, claims } = w;
  const { anchor, verify } = ctx;
  if (cert.claims.district !== anchor.district || !bytesEqual(cert.sign1.kid, keyId(anchor.publicKey))) return 'unknown-issuer';
  if (!(await verifySign1(cert.sign1, anchor.publicKey, verify))) return 'bad-signature';
  const officeKid = keyId(cert.claims.officeKey);
  if (!bytesEqual(w.sign1.kid, officeKid) || !(await verifySign1(w.sign1, cert.claims.officeKey, verify))) return 'bad-signature';
  if (!stamp) return 'stamp-missing';
  // The signer must be the stamp's issuer: the stamp verifies with the very key that signed the withdrawal.
  if (!bytesEqual(stamp.sign1.kid, officeKid) || !(await verifySign1(stamp.sign1, cert.claims.officeKey, verify))) return 'not-issuer';
  if (!bytesEqual(stampRef(stamp), claims.stamp)) return 'stamp-mismatch';
  if (claims.withdrawnAt > ctx.now + (ctx.skew ?? DEFAULT_SKEW)) return 'future-dated';
  return null;
}

/** Checks a withdrawal (raw CBOR or decoded) for the anchor's district; never throws for bad input. */
export async function checkWithdrawal(input: Cbor | Withdrawal, ctx: WithdrawalContext): Promise<WithdrawalVerdict> {
  let withdrawal: Withdrawal;
  try {
    withdrawal = isWithdrawal(input) ? input : decodeWithdrawal(input);
  } catch (e) {
    return { accepted: false, reason: reasonOf(e) };
  }
  const reason = await refusal(withdrawal, ctx);
  return reason ? { accepted: false, reason, withdrawal } : { accepted: true, withdrawal };
}

function isWithdrawal(v: Cbor | Withdrawal): v is Withdrawal {
  return typeof v === 'object' && v !== null && 'claims' in v && 'sign1' in v;
}
