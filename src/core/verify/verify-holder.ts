// Checks what the holder signs: the pass card shown at an office counter and the
// presentation shown to a verifier. Both prove possession of the holder key *now*: a
// timestamp older than the allowed age is 'stale' (a filmed replay), one ahead is 'future-dated'.
import type { Cbor } from '../cbor';
import { verifySign1, type Sign1 } from '../cose';
import { bytesEqual } from '../bytes';
import { keyId } from '../ed25519';
import { decodeCard, type PassCard } from '../model/card';
import { samePerson, type Person } from '../model/holder';
import { decodePresentation, type Presentation } from '../model/presentation';
import { reasonOf, type Clock, type Reason } from './reasons';
import { indexShipped } from './certificate-index';
import { verifyStamp, type StampVerdict, type VerifyContext } from './verify-stamp';
import type { VerifyFn } from '../ed25519';

// A filmed card or presentation can be replayed while it is fresh: for max age + skew seconds
// (FORMAT §9.6, §9.7). The holder app re-signs a card every 60 s and a presentation every
// 150 s, and a scan takes well under 30 s, so 300 s of age leaves 120 s for a holder clock
// that runs behind; HOLDER_SKEW allows the same 120 s for one that runs ahead.
/** Default age at which a pass card is stale, in seconds. */
export const DEFAULT_CARD_MAX_AGE = 300;
/** Default age at which a presentation is stale, in seconds. */
export const DEFAULT_PRESENTATION_MAX_AGE = 300;
/** The largest max age a caller may ask for; a bigger (or non-positive, or NaN) value counts as this. */
export const MAX_HOLDER_AGE = 300;
/** How far a holder-signed timestamp may lie ahead (less than a stamp's skew: phones keep network time); a bigger skew counts as this. */
export const HOLDER_SKEW = 120;

/** The verdict on a pass card. */
export type CardVerdict =
  | { readonly valid: true; readonly card: PassCard }
  | { readonly valid: false; readonly reason: Reason; readonly card?: PassCard };

/** The verdict on a presentation: its envelope, and every stamp on its own. */
export type PresentationVerdict =
  | { readonly valid: true; readonly presentation: Presentation; readonly entries: readonly StampVerdict[] }
  | { readonly valid: false; readonly reason: Reason; readonly presentation?: Presentation; readonly entries: readonly StampVerdict[] };

async function envelopeReason(s: Sign1, holderKey: Uint8Array, at: number, clock: Clock, maxAge: number, verify: VerifyFn): Promise<Reason | null> {
  if (!bytesEqual(s.kid, keyId(holderKey))) return 'bad-signature';
  if (!(await verifySign1(s, holderKey, verify))) return 'bad-signature';
  // Callers may narrow the window, never widen it (NaN and negative values fall back to the bound).
  const skew = clock.skew !== undefined && clock.skew >= 0 ? Math.min(clock.skew, HOLDER_SKEW) : HOLDER_SKEW;
  const age = maxAge > 0 ? Math.min(maxAge, MAX_HOLDER_AGE) : MAX_HOLDER_AGE;
  if (at > clock.now + skew) return 'future-dated';
  // Half-open: at exactly max age the code is stale, so a replay is usable maxAge + skew seconds, not one more.
  if (at <= clock.now - age) return 'stale';
  return null;
}

/** Verifies a pass card: holder signature and freshness. */
export async function verifyCard(input: Cbor, clock: Clock & { readonly verify: VerifyFn; readonly maxAge?: number }): Promise<CardVerdict> {
  let card: PassCard;
  try {
    card = decodeCard(input);
  } catch (e) {
    return { valid: false, reason: reasonOf(e) };
  }
  const { holder, createdAt } = card.claims;
  const reason = await envelopeReason(card.sign1, holder.publicKey, createdAt, clock, clock.maxAge ?? DEFAULT_CARD_MAX_AGE, clock.verify);
  return reason ? { valid: false, reason, card } : { valid: true, card };
}

// A stamp that is otherwise valid but names another person than the presentation does is
// 'person-mismatch': staff compare the ID with names the offices signed, not with the presenter's.
function personChecked(v: StampVerdict, holder: Person): StampVerdict {
  if (!v.valid || samePerson(v.stamp.claims.holder, holder)) return v;
  return { valid: false, reason: 'person-mismatch', stamp: v.stamp, issuer: v.issuer, anchor: v.anchor };
}

/** Verifies a presentation (raw CBOR, or decoded by a caller that refused it by name first); one invalid stamp never hides (or validates) the others; a stamp naming another person makes the whole 'person-mismatch'. */
export async function verifyPresentation(input: Cbor | Presentation, ctx: VerifyContext & { readonly maxAge?: number }): Promise<PresentationVerdict> {
  let p: Presentation;
  try {
    p = isPresentation(input) ? input : decodePresentation(input);
  } catch (e) {
    return { valid: false, reason: reasonOf(e), entries: [] };
  }
  const shared = { ...ctx, certCache: ctx.certCache ?? new Map() };
  const opts = { holderKey: p.holder.publicKey, certificates: indexShipped(p.certificates) };
  const entries = (await Promise.all(p.stamps.map((s) => verifyStamp(s, shared, opts)))).map((v) => personChecked(v, p.holder));
  const reason =
    (await envelopeReason(p.sign1, p.holder.publicKey, p.createdAt, ctx, ctx.maxAge ?? DEFAULT_PRESENTATION_MAX_AGE, ctx.verify)) ??
    (entries.some((e) => !e.valid && e.reason === 'person-mismatch') ? 'person-mismatch' : null);
  return reason ? { valid: false, reason, presentation: p, entries } : { valid: true, presentation: p, entries };
}

function isPresentation(v: Cbor | Presentation): v is Presentation {
  return typeof v === 'object' && v !== null && 'stamps' in v && 'sign1' in v;
}
