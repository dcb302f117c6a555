// Judging a stored stamp again under another trust state without decoding it (FORMAT.md §9.4,
// last note; issue 18, item 5). After the office signature verified, the verdict depends only on
// the certificate the stamp carries and four terms of the stamp; they are kept beside the
// signature seal, bound with the stored text by a seal of their own. Opening a pass of 1,000
// entries after a trust list update then decodes one stamp per distinct certificate, checks each
// certificate's chain once, and per stamp hashes its text instead of decoding it.
import { toHex } from '../bytes';
import type { EntryType } from '../model/codes';
import type { Certificate } from '../model/certificate';
import { holderDigest } from '../model/holder';
import { decodeStamp } from '../model/stamp';
import { textToValue } from '../wire';
import { certificateDigest, factsSeal } from './signature-seal';
import type { Reason } from './reasons';
import type { TrustAnchor } from './trust-store';
import { certificateReason, termsOf, termsReason, type StampTerms, type StampVerdict, type VerifyContext } from './verify-stamp';

/** What steps a, b and d–i read of a stored stamp that carries its certificate, sealed with its stored text. */
export interface StampFacts extends StampTerms {
  /** certificateDigest() of the certificate the stored text carries. */
  readonly certificate: string;
  readonly type: EntryType;
  /** factsSeal() of the stored text and the fields above. */
  readonly seal: string;
}

/**
 * The facts to keep of a verdict reached after the office signature verified, for `storedText`,
 * which must carry the verdict's issuer as its certificate (the caller knows: only then is the
 * certificate a function of the text); undefined for any other verdict.
 */
export function stampFacts(v: StampVerdict, storedText: string): StampFacts | undefined {
  if (!v.stamp || !v.issuer || !v.anchor || (!v.valid && v.reason === 'bad-signature')) return undefined;
  const unsealed = { ...termsOf(v.stamp), certificate: certificateDigest(v.issuer) };
  return { ...unsealed, seal: factsSeal(storedText, unsealed) };
}

/** The verdict reached from kept facts: the district is the anchor that verified the certificate. */
export type FactsVerdict = { readonly valid: true; readonly anchor: TrustAnchor } | { readonly valid: false; readonly reason: Reason; readonly anchor?: TrustAnchor };

type Chain = { readonly cert: Certificate; readonly reason: 'unknown-issuer' | 'bad-signature' | null } | undefined;

/** What one pass opening shares across its stamps: the holder key's digest and each certificate, read and chain-checked once. */
export interface FactsRun {
  readonly holder: string;
  readonly chains: Map<string, Promise<Chain>>;
}

/** A fresh run for a pass whose holder key is `holderKey`. */
export function factsRun(holderKey: Uint8Array): FactsRun {
  return { holder: toHex(holderDigest(holderKey)), chains: new Map() };
}

// The certificate a stored text carries, if it is the one named by `digest`, with its chain verdict.
async function chainOf(storedText: string, digest: string, ctx: VerifyContext): Promise<Chain> {
  let cert: Certificate | undefined;
  try {
    cert = decodeStamp(textToValue(storedText).value).certificate;
  } catch {
    return undefined; // sealed facts beside a text that does not decode are never made: checked in full
  }
  if (!cert || certificateDigest(cert) !== digest) return undefined;
  return { cert, reason: await certificateReason(cert, ctx) };
}

/**
 * Judges a stored stamp from kept facts under the trust state of `ctx` (steps a, b, d–i; step c
 * stands). Undefined when the facts do not seal with `storedText` or name another certificate
 * than it carries: the caller must then check the stamp in full.
 */
export async function judgeFacts(storedText: string, f: StampFacts, ctx: VerifyContext, run: FactsRun): Promise<FactsVerdict | undefined> {
  if (factsSeal(storedText, f) !== f.seal) return undefined;
  let chain = run.chains.get(f.certificate);
  if (!chain) {
    chain = chainOf(storedText, f.certificate, ctx);
    run.chains.set(f.certificate, chain);
  }
  const c = await chain;
  if (!c) {
    // Not kept for the others naming this certificate: each of them reads it from its own text.
    if (run.chains.get(f.certificate) === chain) run.chains.delete(f.certificate);
    return undefined;
  }
  if (c.reason) return { valid: false, reason: c.reason };
  const anchor = ctx.trust.anchorFor(c.cert.sign1.kid, c.cert.claims.district)!;
  const refused = termsReason(f, c.cert, ctx, run.holder);
  return refused ? { valid: false, reason: refused.reason, anchor } : { valid: true, anchor };
}
