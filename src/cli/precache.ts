// The precache manifest inside a built sw.js (vite-plugin-pwa's generateSW, workbox 7): one call
// `precacheAndRoute([{url:"…",revision:"…"|null},…],{…})`. `bbpass site` adds the files it puts
// beside the app with workbox's own revision (the MD5 of the content, hex), so devices precache
// them and a new site.json or trust list in a new site makes a new service worker. Anything that
// does not read back exactly as parsed is refused rather than half rewritten.
import { createHash } from 'node:crypto';
import { CliError } from './io';

/** One precached file: its URL relative to the app, and its revision (null: the name is hashed already). */
export interface PrecacheEntry {
  readonly url: string;
  readonly revision: string | null;
}

const CALL = /precacheAndRoute\(\[(.*?)\],/s;
// Minified ({url:"a",revision:"b"}) or as workbox writes it before minifying ({"url": "a", …} over lines).
const ENTRY = /\{\s*"?url"?:\s*"([^"\\]+)",\s*"?revision"?:\s*(null|"[0-9a-f]+")\s*\}/g;
const bare = (text: string) => text.replace(/\s+/g, '').replace(/"(url|revision)":/g, '$1:');

const entryText = (e: PrecacheEntry) => `{url:${JSON.stringify(e.url)},revision:${e.revision === null ? 'null' : JSON.stringify(e.revision)}}`;

function manifestOf(sw: string): { entries: PrecacheEntry[]; match: RegExpExecArray } {
  const match = CALL.exec(sw);
  if (!match) throw new CliError('sw.js has no precache manifest (not a bbpass build?)');
  const entries = [...match[1]!.matchAll(ENTRY)].map((m) => ({ url: m[1]!, revision: m[2] === 'null' ? null : m[2]!.slice(1, -1) }));
  if (entries.map(entryText).join(',') !== bare(match[1]!)) throw new CliError('sw.js: the precache manifest is not in the form workbox writes');
  return { entries, match };
}

/** The entries of the precache manifest in a service worker's text. */
export function precacheEntries(sw: string): PrecacheEntry[] {
  return manifestOf(sw).entries;
}

/** workbox's revision of a file: the MD5 of its bytes, hex. */
export function revisionOf(bytes: Uint8Array): string {
  return createHash('md5').update(bytes).digest('hex');
}

/** The service worker with `files` (url → content) precached at their current revision, replacing earlier entries of those URLs. */
export function withPrecached(sw: string, files: ReadonlyMap<string, Uint8Array>): string {
  const { entries, match } = manifestOf(sw);
  const added = [...files].map(([url, bytes]) => ({ url, revision: revisionOf(bytes) }));
  const next = [...entries.filter((e) => !files.has(e.url)), ...added].map(entryText).join(',');
  return `${sw.slice(0, match.index)}precacheAndRoute([${next}],${sw.slice(match.index + match[0].length)}`;
}
