/** A file-name-safe slug of a name (umlauts kept readable: ä → ae). */
export function fileSlug(name: string): string {
  const map: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
  const slug = name.toLowerCase().replace(/[äöüß]/g, (c) => map[c] ?? c).normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, 40) || 'stelle';
}

/** Today's date for file names, 'YYYY-MM-DD' (UTC). */
export function fileDate(now: number): string {
  return new Date(now * 1000).toISOString().slice(0, 10);
}
