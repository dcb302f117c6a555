// How old the trust a device checks with is (issue 16). A verifier offline for weeks still
// checks signatures correctly, but it cannot know of an office revoked since its newest list:
// staff must see that the list is old and what to do. Pure: `now` is a parameter.

const DAY = 86_400;

/** A district's list as the trust screen knows it (no `version` or `issuedAt`: no list loaded). */
export interface TrustListDate {
  readonly district: string;
  readonly version?: number;
  readonly issuedAt?: number;
}

/** The age of a district's newest list: fresh, stale (older than the limit; `days` whole days old) or missing. */
export type TrustAge =
  | { readonly district: string; readonly status: 'fresh'; readonly version: number; readonly issuedAt: number }
  | { readonly district: string; readonly status: 'stale'; readonly version: number; readonly issuedAt: number; readonly days: number }
  | { readonly district: string; readonly status: 'missing' };

/** Judges each district's newest list (highest version) against `maxDays`; a list exactly `maxDays` old is still fresh. In first-seen district order. */
export function trustAge(lists: readonly TrustListDate[], maxDays: number, now: number): TrustAge[] {
  const newest = new Map<string, TrustListDate>();
  for (const l of lists) {
    const had = newest.get(l.district);
    if (!had || (l.version ?? -1) > (had.version ?? -1)) newest.set(l.district, l);
  }
  return [...newest.values()].map(({ district, version, issuedAt }): TrustAge => {
    if (version === undefined || issuedAt === undefined) return { district, status: 'missing' };
    const age = now - issuedAt;
    return age > maxDays * DAY ? { district, status: 'stale', version, issuedAt, days: Math.floor(age / DAY) } : { district, status: 'fresh', version, issuedAt };
  });
}

/** The limit in force: the district's (site.json), or the device's setting when that is stricter; at least one day. */
export function trustAgeLimitDays(districtDays: number, deviceDays: number): number {
  const limits = [districtDays, deviceDays].filter((d) => Number.isFinite(d));
  return limits.length ? Math.max(1, Math.min(...limits)) : 1;
}
