// What the coordinator screen says about the trust list on the district's web site (issue 16):
// "publishing = uploading one file", so the coordinator must see whether that upload happened.
// The file is checked against the district root before anything is said about it: a swapped
// or altered file is reported as such, never as "published". Pure: the caller fetches.
import type { VerifyFn } from '../ed25519';
import type { TrustList } from '../model/trust-list';
import { TrustStore, type TrustAnchor, type TrustListReason } from './trust-store';

/** What fetching `trust/<district>.json` from the site gave. */
export type PublishedFetch =
  | { readonly kind: 'offline' }
  | { readonly kind: 'absent' }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'file'; readonly lists: readonly TrustList[] };

/** A list version and its issue time (seconds). */
export interface ListStamp {
  readonly version: number;
  readonly issuedAt: number;
}

/** Why a published file is not to be believed. */
export type TamperedReason = Exclude<TrustListReason, 'not-newer' | 'version-jump'> | 'unreadable';

/** The published list compared with the newest one signed on this device (`signed`, absent when none). */
export type PublishedTrust = { readonly signed?: ListStamp } & (
  | { readonly status: 'offline' }
  | { readonly status: 'not-published' }
  | { readonly status: 'tampered'; readonly reason: TamperedReason }
  | ({ readonly status: 'current' | 'older' | 'newer' } & ListStamp)
);

/** Judges the site's file for `anchor`'s district: every list in it must verify against that root, the highest counts. */
export async function judgePublished(fetched: PublishedFetch, anchor: TrustAnchor, signed: ListStamp | undefined, verify: VerifyFn): Promise<PublishedTrust> {
  const base = signed ? { signed } : {};
  if (fetched.kind === 'offline') return { ...base, status: 'offline' };
  if (fetched.kind === 'absent') return { ...base, status: 'not-published' };
  if (fetched.kind === 'unreadable') return { ...base, status: 'tampered', reason: 'unreadable' };
  let top: ListStamp | undefined;
  for (const list of fetched.lists) {
    // A store of its own per list: only the signature, root and bounds count here, not the order.
    const v = await new TrustStore([anchor]).offer(list, verify);
    if (!v.accepted) return { ...base, status: 'tampered', reason: v.reason as TamperedReason };
    if (!top || list.claims.version > top.version) top = { version: list.claims.version, issuedAt: list.claims.issuedAt };
  }
  if (!top) return { ...base, status: 'not-published' };
  const status = !signed || top.version > signed.version ? 'newer' : top.version < signed.version ? 'older' : 'current';
  return { ...base, status, ...top };
}
