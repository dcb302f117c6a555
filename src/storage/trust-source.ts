// Where the holder's trust comes from: the roots the deployment pins in site.json (config/), the
// trust list published beside the app for each of them (`trust/<district>.json`, asked of the
// network first, else the service worker's precached copy) and the highest list this device
// ever accepted per district, published or imported from a file or QR code (Dexie). Every list
// is verified against the pinned roots each time a store is built; the anchors written in a
// published file are ignored, so a swapped file can add nothing, and the kept list is offered
// first, so a host serving an older file cannot bring a revoked office back (FORMAT §9.10).
import {
  bestVerifier, decodeCbor, decodeReason, decodeTrustList, fromText, trustListToCbor, valueToText, TrustStore, DecodeError, type TrustList, type TrustListReason, type WireKind,
} from '../core';
import { anchorsInForce } from '../config/districts';
import { siteConfig, type SiteConfig } from '../config/site';
import type { BbpassDb } from './db';

/** Reads a file shipped with the app (path relative to the app, e.g. 'trust/demo.json'); undefined if it cannot. */
export type FetchTrust = (path: string) => Promise<string | undefined>;

/** What importing a trust list did. */
export type TrustImportOutcome =
  | { readonly status: 'imported'; readonly district: string; readonly version: number; readonly replacedVersion?: number }
  | { readonly status: 'refused'; readonly reason: TrustListReason | 'not-a-trust-list' | 'unreadable' };

/** Same-origin fetch relative to the document; offline the service worker answers from its precache. */
export const fetchSameOrigin: FetchTrust = async (path) => {
  try {
    const url = typeof document === 'undefined' ? path : new URL(path, document.baseURI).href;
    const r = await fetch(url, { credentials: 'same-origin' });
    return r.ok ? await r.text() : undefined;
  } catch {
    // Offline before the first precache, or a network error: the list counts as not shipped and
    // the store is built again on the next call (see TrustSource.built).
    return undefined;
  }
};

/**
 * Network first: the published file itself, past the service worker's precache (a query the
 * precache route does not match: workbox ignores only utm_* and fbclid) and the HTTP cache
 * (no-store); the signature makes it safe to take from anywhere. Offline or on a server error,
 * the precached copy (the service worker answers the plain URL).
 */
export function networkFirst(fetchImpl: (url: string, init?: RequestInit) => Promise<Response>, base: () => string, online: () => boolean = () => true): FetchTrust {
  let n = 0;
  const text = async (url: string, init: RequestInit): Promise<string | undefined> => {
    try {
      const r = await fetchImpl(url, { ...init, credentials: 'same-origin' });
      return r.ok ? await r.text() : undefined;
    } catch {
      return undefined; // offline or a network error
    }
  };
  return async (path) => {
    const url = new URL(path, base()).href;
    // Known offline: straight to the precache (a request bound to fail would only log an error).
    const fresh = online() ? await text(`${url}?fresh=${Date.now().toString(36)}${(n++).toString(36)}`, { cache: 'no-store' }) : undefined;
    return fresh ?? text(url, {});
  };
}

/** Reads payload texts of trust lists: one `BBP1:T:` text, or a `bbpass-trust` JSON file. Throws DecodeError. */
export function parseTrustLists(text: string): TrustList[] {
  const t = text.trim();
  let texts: unknown[] = [t];
  if (t.startsWith('{')) {
    let f: { format?: unknown; lists?: unknown };
    try {
      f = JSON.parse(t) as typeof f;
    } catch {
      // JSON.parse throws only a SyntaxError; it reaches the caller as a DecodeError like any damaged list.
      throw new DecodeError('bad-structure', 'not JSON');
    }
    if (f?.format !== 'bbpass-trust' || !Array.isArray(f.lists)) throw new DecodeError('bad-prefix', 'not a trust file');
    texts = f.lists;
  }
  return texts.map((x) => listOf(fromText(String(x))));
}

/** A trust list to import: a file's text (`BBP1:T:…` or a `bbpass-trust` file) or a payload the scanner assembled. */
export type TrustInput = string | { readonly kind: WireKind; readonly bytes: Uint8Array };

// An assembled payload is decoded as it is, never turned back into text to be parsed again.
function listOf({ kind, bytes }: Exclude<TrustInput, string>): TrustList {
  if (kind !== 'trustList') throw new DecodeError('bad-prefix', `a ${kind}, not a trust list`);
  return decodeTrustList(decodeCbor(bytes));
}

/** Why the list shipped with the app is not the one in force. */
export interface ShippedRefusal {
  readonly version: number;
  readonly reason: TrustListReason;
}

interface Built {
  readonly store: TrustStore;
  readonly complete: boolean;
  /** Per district: a shipped list that was refused, other than an equal or older copy of the one in force. */
  readonly refused: ReadonlyMap<string, ShippedRefusal>;
}

/** The lists in a text; a damaged one adds nothing (the others still count). */
function readLists(text: string): TrustList[] {
  try {
    return parseTrustLists(text);
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    return [];
  }
}

/** One trust list in force on this device, as the trust-status screen lists it. */
export interface TrustListStatus {
  readonly district: string;
  /** The district's name as its list states it (the anchor's name while no list is known). */
  readonly name: string;
  /** Present (true) for a pinned DEMO anchor, so screens can mark it in their own language. */
  readonly demo?: true;
  /** Set when the list shipped with the app was refused, e.g. older than the one this device keeps. */
  readonly shippedRefused?: ShippedRefusal;
  /** Absent when no list of this district could be loaded (the pinned root alone is known). */
  readonly list?: {
    readonly version: number;
    readonly issuedAt: number;
    readonly offices: number;
    readonly revocations: number;
    /** True when the list in force came from an import, not with the app. */
    readonly imported: boolean;
  };
}

/** Per district in force, the version of its list (what a refresh compares). */
const versionsOf = (store: TrustStore): string => store.anchors.map((a) => `${a.district}:${store.listFor(a.district)?.claims.version ?? 0}`).join();

/** Builds and caches the holder's TrustStore, one per demo-mode value. */
export class TrustSource {
  private readonly cache = new Map<boolean, Promise<Built>>();
  private readonly listeners = new Set<() => void>();
  // The site configuration the cache was built under: main.tsx loads site.json while storage may already start.
  private builtFor: SiteConfig | undefined;

  constructor(
    private readonly db: BbpassDb,
    private readonly fetchTrust: FetchTrust,
  ) {}

  /** The trust store for a demo-mode value (built once, again after an import). */
  async store(demoMode: boolean): Promise<TrustStore> {
    return (await this.built(demoMode)).store;
  }

  /** Calls `listener` whenever the lists in force change (a newer list fetched or imported); returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Fetches every district's list again for the stores in use; true (and the listeners told) when a newer one was kept. */
  async refresh(): Promise<boolean> {
    let changed = false;
    // A store not built yet fetches network-first when it is first asked for; nothing to refresh.
    for (const [demoMode, current] of [...this.cache]) {
      const before = await current.catch(() => undefined);
      const fresh = this.build(demoMode);
      const after = await fresh;
      if (before && versionsOf(before.store) !== versionsOf(after.store)) changed = true;
      if (after.complete) this.cache.set(demoMode, fresh);
      else this.cache.delete(demoMode);
    }
    if (changed) this.changed();
    return changed;
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private built(demoMode: boolean): Promise<Built> {
    if (this.builtFor !== siteConfig()) {
      this.cache.clear();
      this.builtFor = siteConfig();
    }
    let built = this.cache.get(demoMode);
    if (!built) {
      built = this.build(demoMode);
      this.cache.set(demoMode, built);
      // A failed build, or one missing a shipped file (offline before the first precache), is not kept.
      built.then((b) => b.complete || this.cache.delete(demoMode), () => this.cache.delete(demoMode));
    }
    return built;
  }

  /** Every pinned district in force with its current list (district, name, version, issue date). */
  async listsInForce(demoMode: boolean): Promise<TrustListStatus[]> {
    const { store, refused } = await this.built(demoMode);
    const imported = new Map((await this.db.trustLists.toArray()).filter((r) => r.origin !== 'shipped').map((r) => [r.district, r.version]));
    return store.anchors.map((a): TrustListStatus => {
      const l = store.listFor(a.district)?.claims;
      const shippedRefused = refused.get(a.district);
      const why = { ...(shippedRefused ? { shippedRefused } : {}), ...(a.demo ? { demo: true as const } : {}) };
      if (!l) return { district: a.district, name: a.name, ...why };
      const list = { version: l.version, issuedAt: l.issuedAt, offices: l.certificates.length, revocations: l.revocations.length, imported: imported.get(a.district) === l.version };
      return { district: a.district, name: l.districtName, ...why, list };
    });
  }

  private async build(demoMode: boolean): Promise<Built> {
    const anchors = anchorsInForce(demoMode);
    const store = new TrustStore(anchors);
    const verify = await bestVerifier();
    // The highest list seen before goes first: a lower shipped one is then refused as not newer.
    for (const row of await this.db.trustLists.toArray()) for (const l of readLists(row.text)) await store.offer(l, verify);
    let complete = true;
    const refused = new Map<string, ShippedRefusal>();
    for (const a of anchors) {
      const shipped = await this.fetchTrust(`trust/${a.district}.json`).catch(() => undefined);
      if (shipped === undefined) complete = false;
      for (const l of readLists(shipped ?? '')) {
        const v = await store.offer(l, verify);
        const { district, version } = l.claims;
        if (v.accepted) await this.keep(l, { origin: 'shipped' });
        else if (v.reason !== 'not-newer' || (v.currentVersion ?? 0) > version) refused.set(district, { version, reason: v.reason });
      }
    }
    return { store, complete, refused };
  }

  /** Remembers a verified list as the highest seen for its district, unless a higher one is kept already. */
  private async keep(list: TrustList, source: { readonly origin: 'shipped' } | { readonly importedAt: number }): Promise<void> {
    const { district, version } = list.claims;
    const row = { district, version, text: valueToText('trustList', trustListToCbor(list)), ...source };
    await this.db.transaction('rw', this.db.trustLists, async () => {
      const old = await this.db.trustLists.get(district);
      if (!old || old.version < version) await this.db.trustLists.put(row);
    });
  }

  /** Verifies a trust list (text, trust file or assembled payload) against the roots in force and keeps it if newer. */
  async importList(input: TrustInput, demoMode: boolean, now: number): Promise<TrustImportOutcome> {
    let lists: TrustList[];
    try {
      lists = typeof input === 'string' ? parseTrustLists(input) : [listOf(input)];
    } catch (e) {
      return { status: 'refused', reason: decodeReason(e, ['not-a-payload']) === 'not-a-payload' ? 'not-a-trust-list' : 'unreadable' };
    }
    if (lists.length !== 1) return { status: 'refused', reason: 'not-a-trust-list' };
    const list = lists[0]!;
    const v = await (await this.store(demoMode)).offer(list, await bestVerifier());
    if (!v.accepted) return { status: 'refused', reason: v.reason };
    const { district, version } = list.claims;
    await this.keep(list, { importedAt: now });
    this.cache.clear(); // the other demo-mode value may trust this district too
    this.changed();
    return { status: 'imported', district, version, ...(v.replacedVersion === undefined ? {} : { replacedVersion: v.replacedVersion }) };
  }
}
