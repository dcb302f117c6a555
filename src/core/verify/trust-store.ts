// The verifier's view of trust: the pinned district roots (compiled into the build) and the
// newest signed trust list of each district. Nothing here touches a network.
import nacl from 'tweetnacl';
import { utf8Encode } from '../platform';
import { toHex } from '../bytes';
import { isWeakPublicKey, keyId, WEAK_KEY, type VerifyFn } from '../ed25519';
import { verifySign1 } from '../cose';
import type { Certificate } from '../model/certificate';
import type { ListedWithdrawal } from '../model/listed-withdrawal';
import { MAX_TRUST_LIST_STEP, MAX_TRUST_LIST_VERSION, type TrustList } from '../model/trust-list';
import { indexCertificates, type CertificateIndex } from './certificate-index';

/**
 * Version of the verification rules. A stored verdict is reused only under the same rules and
 * trust state, so bump this whenever verifyStamp could judge the same stamp differently.
 */
export const VERDICT_RULES = 3;

/** A pinned district root. */
export interface TrustAnchor {
  readonly district: string;
  readonly name: string;
  readonly publicKey: Uint8Array;
  /** True for the public DEMO districts, whose private keys are published: their results are never plain "valid". */
  readonly demo?: boolean;
}

/** The district that vouched for an entry, as shown beside the office name: the anchor's id and name, never a name a certificate asserts. */
export interface DistrictRef {
  readonly id: string;
  readonly name: string;
  /** Present (true) only for a DEMO anchor: the entry is shown as DEMO, never as plain "valid". */
  readonly demo?: true;
}

/** The reference shown for an anchor. */
export function districtRef(a: TrustAnchor): DistrictRef {
  return { id: a.district, name: a.name, ...(a.demo ? { demo: true as const } : {}) };
}

/** Why a trust list was not taken (§9.10). */
export type TrustListReason = 'unknown-issuer' | 'bad-signature' | 'version-out-of-range' | 'not-newer' | 'version-jump';
/** Outcome of offering a trust list to the store. */
export type TrustListVerdict =
  | { readonly accepted: true; readonly list: TrustList; readonly replacedVersion?: number }
  | { readonly accepted: false; readonly reason: TrustListReason; readonly currentVersion?: number };

/** Pinned roots plus the newest verified trust list per district. */
export class TrustStore {
  private readonly lists = new Map<string, TrustList>();
  // Built on first use and rebuilt when the set of current lists changes (compared by identity).
  private listed: { readonly of: readonly TrustList[]; readonly index: CertificateIndex } | undefined;
  // Anchors by "district kid-hex", so a lookup per stamp costs no hash of every root key.
  private readonly byKid = new Map<string, TrustAnchor>();
  // Each list's withdrawals by stamp reference (hex), built on first lookup: one map lookup per stamp.
  private readonly withdrawn = new WeakMap<TrustList, ReadonlyMap<string, ListedWithdrawal>>();

  /**
   * Refuses, as a configuration error (RangeError), a weak anchor key (FORMAT.md §6.4) and two
   * anchors with the same district and key id (§9.4a): a certificate or list names its root only
   * by those two, so such a pair would make the root it is checked against depend on their order.
   */
  constructor(readonly anchors: readonly TrustAnchor[]) {
    for (const a of anchors) {
      if (isWeakPublicKey(a.publicKey)) throw new RangeError(`anchor ${a.district}: the root key is ${WEAK_KEY}`);
      const id = `${a.district} ${toHex(keyId(a.publicKey))}`;
      if (this.byKid.has(id)) throw new RangeError(`two anchors for district ${a.district} with key id ${toHex(keyId(a.publicKey))}`);
      this.byKid.set(id, a);
    }
  }

  /** The anchor whose key id is `kid` and that speaks for `district`. */
  anchorFor(kid: Uint8Array, district: string): TrustAnchor | undefined {
    return this.byKid.get(`${district} ${toHex(kid)}`);
  }

  /** Verifies a trust list against its district's root and keeps it if it is newer than the current one, but not too far above it. */
  async offer(list: TrustList, verify: VerifyFn): Promise<TrustListVerdict> {
    const { district, version } = list.claims;
    const anchor = this.anchorFor(list.sign1.kid, district);
    if (!anchor) return { accepted: false, reason: 'unknown-issuer' };
    const ok = await verifySign1(list.sign1, anchor.publicKey, verify);
    if (!ok) return { accepted: false, reason: 'bad-signature' };
    if (version > MAX_TRUST_LIST_VERSION) return { accepted: false, reason: 'version-out-of-range' };
    const current = this.lists.get(district);
    if (current && current.claims.version >= version) return { accepted: false, reason: 'not-newer', currentVersion: current.claims.version };
    // A bounded step keeps one mistaken (or stolen-key) signature from putting every later list out of reach.
    if (current && version - current.claims.version > MAX_TRUST_LIST_STEP) return { accepted: false, reason: 'version-jump', currentVersion: current.claims.version };
    this.lists.set(district, list);
    return current ? { accepted: true, list, replacedVersion: current.claims.version } : { accepted: true, list };
  }

  /** The current trust list of a district. */
  listFor(district: string): TrustList | undefined {
    return this.lists.get(district);
  }

  /** All current trust lists. */
  allLists(): TrustList[] {
    return [...this.lists.values()];
  }

  /** When an office of `district` was revoked, or undefined if it is not. */
  revokedSince(district: string, officeKey: Uint8Array): number | undefined {
    const hex = toHex(officeKey);
    const hits = this.lists.get(district)?.claims.revocations.filter((r) => toHex(r.officeKey) === hex) ?? [];
    return hits.length ? Math.min(...hits.map((r) => r.since)) : undefined;
  }

  /** The withdrawal of the stamp with reference `ref` (bytes or hex) in the current list of `district` (only a district's own list withdraws its offices' stamps). */
  withdrawalOf(district: string, ref: Uint8Array | string): ListedWithdrawal | undefined {
    const list = this.lists.get(district);
    if (!list) return undefined;
    let byRef = this.withdrawn.get(list);
    if (!byRef) {
      byRef = new Map((list.claims.withdrawals ?? []).map((w) => [toHex(w.stamp), w]));
      this.withdrawn.set(list, byRef);
    }
    return byRef.get(typeof ref === 'string' ? ref : toHex(ref));
  }

  /**
   * A short digest of everything a stamp verdict depends on besides the stamp, the holder key
   * and the clock: the rules version, the anchors and each district's current list (a list is
   * named by its verified signature, so a different list cannot share it). Equal fingerprints
   * mean a kept verdict still holds.
   */
  fingerprint(): string {
    const parts = [
      `rules:${VERDICT_RULES}`,
      ...this.anchors.map((a) => `anchor:${a.district}:${toHex(a.publicKey)}`).sort(),
      ...this.allLists().map((l) => `list:${l.claims.district}:${l.claims.version}:${toHex(l.sign1.signature)}`).sort(),
    ];
    return toHex(nacl.hash(utf8Encode(parts.join('\n'))).slice(0, 16));
  }

  /** Certificates of the current trust lists whose office key has key id `kidHex` (a fallback when a stamp comes without one), in list order. */
  listedByKid(kidHex: string): readonly Certificate[] {
    const lists = this.allLists();
    if (!this.listed || this.listed.of.length !== lists.length || this.listed.of.some((l, i) => l !== lists[i])) {
      this.listed = { of: lists, index: indexCertificates(lists.flatMap((l) => l.claims.certificates)) };
    }
    return this.listed.index.get(kidHex) ?? [];
  }
}
