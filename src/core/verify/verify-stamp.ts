// Checks one stamp offline: certificate chain to a pinned root, the office's signature,
// the certificate's validity at the time of issue, revocation and withdrawal, the allowed entry types and
// the holder binding. The order fixes which reason is reported when several apply.
import { bytesEqual, toHex } from '../bytes';
import type { EntryType } from '../model/codes';
import type { Cbor } from '../cbor';
import { verifySign1 } from '../cose';
import { keyId, type VerifyFn } from '../ed25519';
import { decodeCertificate, type Certificate } from '../model/certificate';
import type { CertificateIndex } from './certificate-index';
import { holderDigest } from '../model/holder';
import type { ListedWithdrawal } from '../model/listed-withdrawal';
import { decodeStamp, stampRef, type Stamp } from '../model/stamp';
import { signatureSeal } from './signature-seal';
import { DEFAULT_SKEW, reasonOf, type Clock, type Reason } from './reasons';
import type { TrustAnchor, TrustStore } from './trust-store';

/**
 * The verdict on one stamp; `stamp` is present whenever it could be decoded, `anchor` (the
 * pinned root that verified the certificate: the entry's district) whenever the certificate verified.
 */
export type StampVerdict =
  | { readonly valid: true; readonly stamp: Stamp; readonly issuer: Certificate; readonly anchor: TrustAnchor }
  | { readonly valid: false; readonly reason: Reason; readonly stamp?: Stamp; readonly issuer?: Certificate; readonly anchor?: TrustAnchor; readonly since?: number; readonly withdrawal?: ListedWithdrawal };

/** What a stamp check needs: trust, time, a signature verifier and a per-run cache. */
export interface VerifyContext extends Clock {
  readonly trust: TrustStore;
  readonly verify: VerifyFn;
  /** Certificate verdicts by signature, shared across the stamps of one presentation. */
  readonly certCache?: Map<string, Promise<'unknown-issuer' | 'bad-signature' | null>>;
}

/** Extra inputs for a stamp inside a presentation or a pass. */
export interface StampOptions {
  /** The key the stamp must name (the presenting holder's key). */
  readonly holderKey?: Uint8Array;
  /** Certificates shipped beside the stamp (a presentation's shared list, indexed once per presentation). */
  readonly certificates?: CertificateIndex;
  /** keptSignature() of an earlier verdict on this stamp: step c is skipped when it seals the same bytes and office key. */
  readonly signature?: string;
}

/** Checks a certificate against the pinned roots (cached within one context, keyed on every signed byte). */
export function certificateReason(cert: Certificate, ctx: VerifyContext): Promise<'unknown-issuer' | 'bad-signature' | null> {
  // The key must cover protected header, payload and signature: keyed on the signature alone, a
  // forged payload carrying a copied signature would inherit the genuine certificate's verdict.
  const s = cert.sign1;
  const id = `${toHex(s.protectedBytes)}.${toHex(s.payload)}.${toHex(s.signature)}`;
  let r = ctx.certCache?.get(id);
  if (!r) {
    r = (async () => {
      const anchor = ctx.trust.anchorFor(cert.sign1.kid, cert.claims.district);
      if (!anchor) return 'unknown-issuer';
      return (await verifySign1(cert.sign1, anchor.publicKey, ctx.verify)) ? null : 'bad-signature';
    })();
    ctx.certCache?.set(id, r);
  }
  return r;
}

/** The verdict on an office certificate on its own (as an office imports it). */
export type CertificateVerdict =
  | { readonly valid: true; readonly certificate: Certificate }
  | { readonly valid: false; readonly reason: Reason; readonly certificate?: Certificate };

/** Verifies an office certificate: chain to a pinned root, validity at `now`, revocation. */
export async function verifyCertificate(input: Cbor, ctx: VerifyContext): Promise<CertificateVerdict> {
  let certificate: Certificate;
  try {
    certificate = decodeCertificate(input);
  } catch (e) {
    return { valid: false, reason: reasonOf(e) };
  }
  const { validFrom, validUntil, district, officeKey } = certificate.claims;
  const since = ctx.trust.revokedSince(district, officeKey);
  const reason: Reason | null =
    (await certificateReason(certificate, ctx)) ??
    (ctx.now < validFrom ? 'certificate-not-yet-valid' : ctx.now > validUntil ? 'certificate-expired' : since !== undefined && ctx.now >= since ? 'issuer-revoked' : null);
  return reason ? { valid: false, reason, certificate } : { valid: true, certificate };
}

// A stamp that carries a certificate is judged by it alone: a damaged copy is a damaged stamp,
// not an invitation to look elsewhere. Only a stamp without one (inside a presentation) is
// matched against the shipped list and then the trust lists.
function candidates(stamp: Stamp, ctx: VerifyContext, shipped: CertificateIndex): Certificate[] {
  if (stamp.certificate) return bytesEqual(keyId(stamp.certificate.claims.officeKey), stamp.sign1.kid) ? [stamp.certificate] : [];
  const kid = toHex(stamp.sign1.kid);
  return [...(shipped.get(kid) ?? []), ...ctx.trust.listedByKid(kid)];
}

/** What steps d–i of FORMAT.md §9.4 read of a stamp whose office signature verified (hex where bytes are compared). */
export interface StampTerms {
  readonly issuedAt: number;
  readonly type: EntryType;
  /** Hex stamp reference (§6.6): the key withdrawals are listed under. */
  readonly ref: string;
  /** Hex digest of the holder key the stamp names. */
  readonly holder: string;
}

/** The terms of a decoded stamp. */
export function termsOf(stamp: Stamp): StampTerms {
  const { issuedAt, entry, holder } = stamp.claims;
  return { issuedAt, type: entry.type, ref: toHex(stampRef(stamp)), holder: toHex(holder.keyDigest) };
}

/** Why steps d–i refuse a stamp under this trust state (judged once the chain and the office signature stand), or null. */
export function termsReason(t: StampTerms, cert: Certificate, ctx: VerifyContext, holder?: string): { reason: Reason; since?: number; withdrawal?: ListedWithdrawal } | null {
  if (t.issuedAt > ctx.now + (ctx.skew ?? DEFAULT_SKEW)) return { reason: 'future-dated' };
  if (t.issuedAt < cert.claims.validFrom) return { reason: 'certificate-not-yet-valid' };
  if (t.issuedAt > cert.claims.validUntil) return { reason: 'certificate-expired' };
  const since = ctx.trust.revokedSince(cert.claims.district, cert.claims.officeKey);
  if (since !== undefined && t.issuedAt >= since) return { reason: 'issuer-revoked', since };
  // Looked up only after the office's signature verified: the reference then names exactly this stamp (FORMAT.md §6.6).
  const withdrawal = ctx.trust.withdrawalOf(cert.claims.district, t.ref);
  if (withdrawal) return { reason: 'withdrawn', withdrawal };
  if (!cert.claims.allowedTypes.includes(t.type)) return { reason: 'type-not-allowed' };
  if (holder !== undefined && holder !== t.holder) return { reason: 'wrong-holder' };
  return null;
}

async function judge(stamp: Stamp, cert: Certificate, ctx: VerifyContext, { holderKey, signature }: StampOptions): Promise<StampVerdict> {
  const certReason = await certificateReason(cert, ctx);
  if (certReason) return { valid: false, reason: certReason, stamp, issuer: cert };
  // The district shown is the anchor that verified the certificate, never a name the certificate asserts.
  const anchor = ctx.trust.anchorFor(cert.sign1.kid, cert.claims.district)!;
  // A signature verdict never changes: a kept one for these exact bytes and key stands (signature-seal.ts).
  const sealed = signature !== undefined && signature === signatureSeal(stamp, cert.claims.officeKey);
  if (!sealed && !(await verifySign1(stamp.sign1, cert.claims.officeKey, ctx.verify))) return { valid: false, reason: 'bad-signature', stamp, issuer: cert, anchor };
  const refused = termsReason(termsOf(stamp), cert, ctx, holderKey && toHex(holderDigest(holderKey)));
  return refused ? { valid: false, ...refused, stamp, issuer: cert, anchor } : { valid: true, stamp, issuer: cert, anchor };
}

/** Verifies one stamp (raw CBOR or decoded); never throws for bad input. */
export async function verifyStamp(input: Cbor | Stamp, ctx: VerifyContext, opts: StampOptions = {}): Promise<StampVerdict> {
  let stamp: Stamp;
  try {
    stamp = isStamp(input) ? input : decodeStamp(input);
  } catch (e) {
    return { valid: false, reason: reasonOf(e) };
  }
  const certs = candidates(stamp, ctx, opts.certificates ?? new Map());
  if (certs.length === 0) return { valid: false, reason: 'unknown-issuer', stamp };
  let first: StampVerdict | undefined;
  for (const cert of certs) {
    const v = await judge(stamp, cert, ctx, opts);
    if (v.valid) return v;
    first ??= v;
  }
  return first!;
}

/** The seal to keep for a verdict reached after the office signature verified (step c), else undefined. */
export function keptSignature(v: StampVerdict): string | undefined {
  // An anchor is set only once the certificate verified (step b); 'bad-signature' then is step c.
  if (!v.stamp || !v.issuer || !v.anchor || (!v.valid && v.reason === 'bad-signature')) return undefined;
  return signatureSeal(v.stamp, v.issuer.claims.officeKey);
}

function isStamp(v: Cbor | Stamp): v is Stamp {
  return typeof v === 'object' && v !== null && 'claims' in v && 'sign1' in v;
}
