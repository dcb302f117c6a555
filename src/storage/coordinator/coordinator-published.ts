// Fetches the district's published trust list from the site this app is served from, for the
// coordinator's "which version is published" (core/verify/published-trust.ts judges it).
import { bestVerifier, decodeTrustList, DecodeError, judgePublished, textToValue, type ListStamp, type PublishedFetch, type PublishedTrust } from '../../core';
import type { DistrictRootRow } from '../rows';
import { parseTrustLists } from '../trust-source';

/** The page's fetch, or a fake in tests. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

// A trust list of a large district is some hundred KB; anything far beyond is not one.
const MAX_FILE = 8 * 1024 * 1024;

/**
 * Asks the site itself, never a copy: `no-store` passes the HTTP cache by, and a query the
 * service worker has never seen passes its precache and runtime caches by (offline it then
 * fails instead of answering with the copy it keeps, which would look "published").
 */
export async function fetchPublished(district: string, now: number, fetchFn: Fetch, base?: string): Promise<PublishedFetch> {
  const path = `trust/${encodeURIComponent(district)}.json?published=${now}`;
  // Known offline: asking would only fail (and a browser logs the failure as an error).
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return { kind: 'offline' };
  let text: string;
  try {
    const r = await fetchFn(base === undefined ? path : new URL(path, base).href, { cache: 'no-store', credentials: 'same-origin' });
    if (r.status === 404 || r.status === 410) return { kind: 'absent' };
    if (!r.ok) return { kind: 'offline' };
    text = await r.text();
  } catch {
    // A network error: offline, or the host is down. Either way nothing can be said about the site.
    return { kind: 'offline' };
  }
  // A host that answers every path with its start page has no such file.
  if (text.trimStart().startsWith('<')) return { kind: 'absent' };
  if (text.length > MAX_FILE) return { kind: 'unreadable' };
  try {
    return { kind: 'file', lists: parseTrustLists(text) };
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    return { kind: 'unreadable' };
  }
}

/** The newest list this device signed for the root's district (absent when none, or when its copy cannot be read). */
function signedHere(row: DistrictRootRow): ListStamp | undefined {
  if (row.trustText === undefined) return undefined;
  try {
    const { claims } = decodeTrustList(textToValue(row.trustText).value);
    return { version: claims.version, issuedAt: claims.issuedAt };
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    return undefined;
  }
}

/** The site's `trust/<district>.json` checked against the root and compared with the newest signed here. */
export async function publishedTrust(row: DistrictRootRow, now: number, fetchFn: Fetch, base?: string): Promise<PublishedTrust> {
  const fetched = await fetchPublished(row.district, now, fetchFn, base);
  const anchor = { district: row.district, name: row.name, publicKey: row.publicKey };
  return judgePublished(fetched, anchor, signedHere(row), await bestVerifier());
}
