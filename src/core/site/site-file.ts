// The `bbpass-site` file (site.json, FORMAT.md §13): what one deployment pins beside the built
// app — its roots, its name and contact, where its Wegweiser is and how old a trust list may get.
// It is read before the app trusts anything, so it is checked as strictly as code: a bounded
// size, no unknown field, every text clean, every key a sound 32-byte Ed25519 key and never one
// of the public DEMO roots. One parser for the app and the CLI; it never throws.
import { fromBase64Url, toBase64Url, toHex } from '../bytes';
import { isWeakPublicKey, keyId } from '../ed25519';
import { DISTRICT_PATTERN } from '../model/certificate';
import { textDefect } from '../model/text-policy';
import type { TrustAnchor } from '../verify/trust-store';
import { DEMO_ROOT_KEY_IDS, type SiteContact, type SiteFile, type SiteProblem, type SiteReason } from './site-types';

/** The largest site.json read (a site pins a handful of roots; anything bigger is not one). */
export const MAX_SITE_BYTES = 64 * 1024;
/** The most roots one site pins. */
export const MAX_SITE_ANCHORS = 32;
/** The default and the bounds of maxTrustAgeDays. */
export const DEFAULT_MAX_TRUST_AGE_DAYS = 7;
const MAX_TRUST_AGE_LIMIT = 365;

type Obj = Record<string, unknown>;
const TOP = ['format', 'version', 'anchors', 'name', 'contact', 'directory', 'maxTrustAgeDays'];
const ANCHOR = ['district', 'name', 'publicKey', 'keyId'];
const CONTACT = ['name', 'email', 'phone', 'website'];
// A relative path under directory/, as `bbpass site` writes it: no "..", no scheme, no query.
const DIRECTORY_PATH = /^directory\/[a-z0-9][a-z0-9-]{0,63}\.json$/;
const B64URL_KEY = /^[A-Za-z0-9_-]{43}$/;
const PHONE = /^\+?[0-9 ()/-]{3,30}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{1,60}$/;
const WEBSITE = /^https:\/\/[^\s/]+\.[^\s]{1,200}$/;

class Refusal extends Error {
  constructor(readonly problem: SiteProblem) {
    super(problem.reason);
  }
}
const refuse = (reason: SiteReason, path: string): never => {
  throw new Refusal({ reason, path });
};
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fields(o: unknown, allowed: readonly string[], path: string): Obj {
  if (!isObj(o)) return refuse('bad-field', path);
  for (const k of Object.keys(o)) if (!allowed.includes(k)) refuse('unknown-field', path ? `${path}.${k}` : k);
  return o;
}

/** A one-line text shown on screen: 1 to `max` characters, NFC, no control, bidi or invisible trick. */
function text(v: unknown, path: string, max: number): string {
  if (typeof v !== 'string' || v.length === 0 || [...v].length > max || textDefect(v)) return refuse('bad-text', path);
  return v;
}

function optional<T>(o: Obj, key: string, read: (v: unknown) => T): { [k: string]: T } {
  return o[key] === undefined ? {} : { [key]: read(o[key]) };
}

function anchor(v: unknown, i: number): TrustAnchor {
  const path = `anchors[${i}]`;
  const a = fields(v, ANCHOR, path);
  if (typeof a.district !== 'string' || !DISTRICT_PATTERN.test(a.district)) refuse('bad-district', `${path}.district`);
  const district = a.district as string;
  if (district.startsWith('demo')) refuse('demo-anchor', `${path}.district`);
  const name = text(a.name, `${path}.name`, 120);
  if (typeof a.publicKey !== 'string' || !B64URL_KEY.test(a.publicKey)) return refuse('bad-key', `${path}.publicKey`);
  const publicKey = fromBase64Url(a.publicKey);
  // Exactly one spelling per key: base64url without padding whose last character has no stray bits.
  if (publicKey.length !== 32 || toBase64Url(publicKey) !== a.publicKey || isWeakPublicKey(publicKey)) refuse('bad-key', `${path}.publicKey`);
  const id = toHex(keyId(publicKey));
  if (DEMO_ROOT_KEY_IDS.includes(id)) refuse('demo-anchor', `${path}.publicKey`);
  // The key id beside the key is for people; one that does not match means the file was edited by hand.
  if (a.keyId !== undefined && a.keyId !== id) refuse('bad-key', `${path}.keyId`);
  return { district, name, publicKey };
}

function contact(v: unknown): SiteContact {
  const c = fields(v, CONTACT, 'contact');
  const match = (re: RegExp, key: string) => (x: unknown) => (typeof x === 'string' && re.test(x) ? x : refuse('bad-field', `contact.${key}`));
  return {
    ...optional(c, 'name', (x) => text(x, 'contact.name', 120)),
    ...optional(c, 'email', match(EMAIL, 'email')),
    ...optional(c, 'phone', match(PHONE, 'phone')),
    ...optional(c, 'website', match(WEBSITE, 'website')),
  };
}

function site(value: unknown): SiteFile {
  const o = fields(value, TOP, '');
  if (o.format !== 'bbpass-site') refuse('wrong-format', 'format');
  if (o.version !== 1) refuse('unsupported-version', 'version');
  if (!Array.isArray(o.anchors) || o.anchors.length === 0 || o.anchors.length > MAX_SITE_ANCHORS) refuse('bad-field', 'anchors');
  const anchors = (o.anchors as unknown[]).map(anchor);
  anchors.forEach((a, i) => anchors.findIndex((b) => b.district === a.district) < i && refuse('duplicate-district', `anchors[${i}].district`));
  const age = o.maxTrustAgeDays ?? DEFAULT_MAX_TRUST_AGE_DAYS;
  if (typeof age !== 'number' || !Number.isInteger(age) || age < 1 || age > MAX_TRUST_AGE_LIMIT) refuse('bad-field', 'maxTrustAgeDays');
  return {
    anchors,
    maxTrustAgeDays: age as number,
    ...optional(o, 'name', (x) => text(x, 'name', 120)),
    ...optional(o, 'contact', contact),
    ...optional(o, 'directory', (x) => (typeof x === 'string' && DIRECTORY_PATH.test(x) ? x : refuse('bad-field', 'directory'))),
  };
}

/** Parses and checks the text of a site.json; never throws. */
export function parseSite(text: string): { readonly ok: true; readonly site: SiteFile } | { readonly ok: false; readonly problem: SiteProblem } {
  // Characters bound bytes from below (a UTF-8 character is 1 to 4 bytes): cheap and never lets more through.
  if (text.length > MAX_SITE_BYTES || new TextEncoder().encode(text).length > MAX_SITE_BYTES) return { ok: false, problem: { reason: 'too-large', path: '' } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { reason: 'not-json', path: '' } };
  }
  try {
    return { ok: true, site: site(value) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, problem: e.problem };
    throw e;
  }
}

/** The text of a site.json as `bbpass site` writes it (indented JSON, final newline). */
export function siteText(s: SiteFile): string {
  const anchors = s.anchors.map((a) => ({ district: a.district, name: a.name, publicKey: toBase64Url(a.publicKey), keyId: toHex(keyId(a.publicKey)) }));
  const { name, contact: c, directory, maxTrustAgeDays } = s;
  return `${JSON.stringify({ format: 'bbpass-site', version: 1, anchors, name, contact: c, directory, maxTrustAgeDays }, null, 2)}\n`;
}
