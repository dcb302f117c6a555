// One rule for every downloaded file's name, so an office and the coordinator spell the same
// name the same way: German umlauts stay readable (ä → ae, as people write them without
// umlauts), other accents are dropped, everything else becomes '-'. The last four letters have
// no accent to drop (Unicode does not decompose them), so they are spelled out too.
const SPELLED: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ł: 'l', ı: 'i', ø: 'o', đ: 'd' };
const MAX = 40;

/** A file-name-safe slug of a name: lower-case a–z, 0–9 and '-', at most 40 characters, `fallback` when nothing is left. */
export function fileSlug(name: string, fallback = 'bbpass'): string {
  const slug = name
    .toLowerCase()
    .replace(/[äöüßłıøđ]/g, (c) => SPELLED[c]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX)
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/** Today's date for file names, 'YYYY-MM-DD' (UTC). */
export function fileDate(now: number): string {
  return new Date(now * 1000).toISOString().slice(0, 10);
}
