// What the verifier shows about the age of its trust (issue 16): "Stand" of each list in force
// and which districts' lists are older than the limit. Loaded beside the check, never before
// its first paint: storage and core come with the first answer.
import { useRef, type Inputs } from 'preact/hooks';
import type { TrustAge } from '../../core';
import { siteConfig } from '../../config/site';
import type { Loaded } from '../kit/loaded';
import { useAsync } from '../kit/use-async';
import { verifierApi } from './api';

/** One district's list in force with its age. */
export interface StandRow {
  readonly name: string;
  /** A pinned DEMO district (its name is marked in the screen's language). */
  readonly demo?: true;
  readonly age: TrustAge;
}

/** The age of every list in force under the limit in force. */
export interface TrustStand {
  readonly limitDays: number;
  readonly rows: readonly StandRow[];
}

/** Judges the lists in force at `now` (seconds) under the district's limit, or the device's when stricter. */
export async function loadTrustStand(now: number): Promise<TrustStand> {
  const api = await verifierApi();
  // Core comes as named parts: a whole-namespace import would keep every export of core in the
  // bundle, the DEMO world too, which a district build must not contain (site-deploy.test.ts).
  const core = import('../../core').then(({ trustAge, trustAgeLimitDays }) => ({ trustAge, trustAgeLimitDays }));
  const [lists, settings, { trustAge, trustAgeLimitDays }] = await Promise.all([api.trustLists(), api.settings(), core]);
  const limitDays = trustAgeLimitDays(siteConfig().maxTrustAgeDays, settings.trustWarnDays);
  const ages = trustAge(
    lists.map((l) => ({ district: l.district, version: l.list?.version, issuedAt: l.list?.issuedAt })),
    limitDays,
    now,
  );
  const byDistrict = new Map(lists.map((l) => [l.district, l]));
  return { limitDays, rows: ages.map((age) => ({ name: byDistrict.get(age.district)?.name ?? age.district, ...(byDistrict.get(age.district)?.demo ? { demo: true as const } : {}), age })) };
}

/** The districts whose newest list is older than the limit, each with that list's issue time. */
export function staleDistricts(stand: Loaded<TrustStand>): ReadonlyMap<string, number> {
  const stale = new Map<string, number>();
  if (typeof stand === 'object') for (const { age } of stand.rows) if (age.status === 'stale') stale.set(age.district, age.issuedAt);
  return stale;
}

/** {@link loadTrustStand} at the time of each change of `deps`; the first one `firstAfterMs` after the screen appeared. */
export function useTrustStand(now: () => number, deps: Inputs, firstAfterMs = 0): Loaded<TrustStand> {
  const first = useRef(firstAfterMs > 0);
  return useAsync(async () => {
    if (first.current) {
      first.current = false;
      await new Promise((resolve) => setTimeout(resolve, firstAfterMs));
    }
    return loadTrustStand(now());
  }, deps);
}
