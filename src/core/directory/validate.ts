// Checks a directory file field by field and collects every problem (not just the first), so
// whoever maintains the file can fix it in one go. Used by the app, the CLI, the CSV import and
// the coordinator's editor. The file comes from outside: every size is bounded and every text
// passes the text policy of signed text (no bidi controls, invisible or control characters).
import { textDefect } from '../model/text-policy';
import { directoryPlaces } from './places';
import { DIRECTORY_CATEGORIES, DIRECTORY_FORMAT, DIRECTORY_VERSIONS, type Directory, type DirectoryCheck, type DirectoryProblem, type DirectoryProblemCode } from './types';

type Obj = Record<string, unknown>;
type Add = (path: string, code: DirectoryProblemCode) => void;

/** Bounds of a directory file (docs/directory.md, "Limits"). */
export const DIRECTORY_LIMITS = { fileChars: 2_000_000, offers: 2000, shortText: 200, longText: 2000, list: 50, places: 200, starts: 12 } as const;

const V1_TOP = ['format', 'version', 'district', 'sample', 'note', 'updated', 'sources', 'offers'];
const V1_OFFER = ['id', 'category', 'name', 'provider', 'description', 'address', 'phone', 'email', 'website', 'hours', 'languages', 'targetGroup', 'accessibility', 'keywords', 'officeNames'];
const TOP_FIELDS: Record<number, readonly string[]> = { 1: V1_TOP, 2: [...V1_TOP, 'places', 'fallback'] };
const OFFER_FIELDS: Record<number, readonly string[]> = { 1: V1_OFFER, 2: [...V1_OFFER, 'places', 'starts'] };
const ADDRESS_FIELDS = ['street', 'postcode', 'city', 'room'];
const LOCAL_TEXTS = ['hours', 'targetGroup', 'accessibility'] as const;
const STRING_LISTS = ['keywords', 'officeNames'] as const;

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
// Digits with the usual German separators, optionally international: "(08131) 74-1853", "+49 8131 74-0".
const PHONE = /^\+?[0-9 ()/-]{3,30}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^https:\/\/[^\s/]+\.[^\s]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a text is a real calendar date YYYY-MM-DD (no 2027-02-30). */
export function isIsoDate(s: unknown): s is string {
  const m = typeof s === 'string' ? DATE.exec(s) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** Parses and checks the text of a directory file; never throws. */
export function parseDirectory(text: string): DirectoryCheck {
  if (text.length > DIRECTORY_LIMITS.fileChars) return { ok: false, problems: [{ path: '', code: 'too-large' }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', code: 'not-json' }] };
  }
  return checkDirectory(value);
}

/** Checks an already parsed value against the directory schema (docs/directory.md). */
export function checkDirectory(value: unknown): DirectoryCheck {
  const problems: DirectoryProblem[] = [];
  const add: Add = (path, code) => void problems.push({ path, code });
  if (!isObj(value)) return { ok: false, problems: [{ path: '', code: 'not-an-object' }] };
  const version = (DIRECTORY_VERSIONS as readonly unknown[]).includes(value.version) ? (value.version as number) : 2;
  unknownFields(value, TOP_FIELDS[version]!, '', add);
  if (value.format !== DIRECTORY_FORMAT) add('format', 'wrong-format');
  else if (version !== value.version) add('version', typeof value.version === 'number' ? 'unsupported-version' : 'missing');
  shortText(value.district, 'district', add, true);
  if (typeof value.sample !== 'boolean') add('sample', value.sample === undefined ? 'missing' : 'wrong-type');
  if (value.note !== undefined) localText(value.note, 'note', add);
  if (value.updated !== undefined && !isIsoDate(value.updated)) add('updated', 'bad-date');
  if (value.sources !== undefined) stringList(value.sources, 'sources', add);
  if (value.places !== undefined && stringList(value.places, 'places', add, DIRECTORY_LIMITS.places)) unique(value.places as string[], 'places', add);
  if (value.fallback !== undefined && stringList(value.fallback, 'fallback', add)) languageTags(value.fallback as string[], 'fallback', add);
  const places = Array.isArray(value.places) ? (value.places as string[]) : directoryPlaces({});
  if (!Array.isArray(value.offers)) add('offers', value.offers === undefined ? 'missing' : 'wrong-type');
  else if (value.offers.length > DIRECTORY_LIMITS.offers) add('offers', 'too-many');
  else {
    if (value.offers.length === 0) add('offers', 'empty');
    const context: OfferContext = { version, places, ids: new Set() };
    value.offers.forEach((offer, i) => checkOffer(offer, `offers[${i}]`, context, add));
  }
  return problems.length ? { ok: false, problems } : { ok: true, directory: value as unknown as Directory };
}

/** What an offer is checked against: the file's version, its places and the ids seen so far. */
export interface OfferContext {
  readonly version: number;
  readonly places: readonly string[];
  readonly ids: Set<string>;
}

/** Checks one offer; `add` gets each problem at a path below `at` (e.g. `offers[3].phone`). */
export function checkOffer(offer: unknown, at: string, context: OfferContext, add: Add): void {
  if (!isObj(offer)) return add(at, 'wrong-type');
  const p = (f: string) => (at ? `${at}.${f}` : f);
  unknownFields(offer, OFFER_FIELDS[context.version] ?? OFFER_FIELDS[2]!, at, add);
  if (typeof offer.id !== 'string') add(p('id'), offer.id === undefined ? 'missing' : 'wrong-type');
  else if (!ID.test(offer.id)) add(p('id'), 'bad-id');
  else if (context.ids.has(offer.id)) add(p('id'), 'duplicate-id');
  else context.ids.add(offer.id);
  if (offer.category === undefined) add(p('category'), 'missing');
  else if (!(DIRECTORY_CATEGORIES as readonly unknown[]).includes(offer.category)) add(p('category'), 'unknown-category');
  shortText(offer.name, p('name'), add, true);
  if (offer.provider !== undefined) shortText(offer.provider, p('provider'), add, true);
  if (offer.description === undefined) add(p('description'), 'missing');
  else localText(offer.description, p('description'), add);
  for (const f of LOCAL_TEXTS) if (offer[f] !== undefined) localText(offer[f], p(f), add);
  for (const f of STRING_LISTS) if (offer[f] !== undefined) stringList(offer[f], p(f), add);
  if (offer.address !== undefined) checkAddress(offer.address, p('address'), add);
  pattern(offer.phone, PHONE, p('phone'), 'bad-phone', add);
  pattern(offer.email, EMAIL, p('email'), 'bad-email', add);
  pattern(offer.website, WEBSITE, p('website'), 'bad-website', add);
  if (offer.languages !== undefined && stringList(offer.languages, p('languages'), add)) languageTags(offer.languages as string[], p('languages'), add);
  if (offer.places !== undefined && stringList(offer.places, p('places'), add, DIRECTORY_LIMITS.places)) {
    (offer.places as string[]).forEach((place, i) => context.places.includes(place) || add(`${p('places')}[${i}]`, 'unknown-place'));
    unique(offer.places as string[], p('places'), add);
  }
  if (offer.starts !== undefined && stringList(offer.starts, p('starts'), add, DIRECTORY_LIMITS.starts)) {
    (offer.starts as string[]).forEach((d, i) => isIsoDate(d) || add(`${p('starts')}[${i}]`, 'bad-date'));
  }
}

function checkAddress(value: unknown, at: string, add: Add): void {
  if (!isObj(value)) return add(at, 'wrong-type');
  unknownFields(value, ADDRESS_FIELDS, at, add);
  for (const f of ADDRESS_FIELDS) if (value[f] !== undefined) shortText(value[f], `${at}.${f}`, add, true);
}

function localText(value: unknown, at: string, add: Add): void {
  if (!isObj(value)) return add(at, 'wrong-type');
  const german = typeof value.de === 'string' && value.de.trim() !== '';
  if (!german) add(`${at}.de`, 'no-german');
  for (const [tag, text] of Object.entries(value)) {
    if (!LANG_TAG.test(tag)) add(`${at}.${tag}`, 'bad-language-tag');
    else if (tag !== 'de' || german) textOf(text, `${at}.${tag}`, DIRECTORY_LIMITS.longText, true, add);
  }
}

/** A one-line text: present, at most `shortText` characters, no defect. */
function shortText(value: unknown, path: string, add: Add, required: boolean): void {
  if (value === undefined && !required) return;
  if (value === undefined) return add(path, 'missing');
  textOf(value, path, DIRECTORY_LIMITS.shortText, false, add);
}

// A long text may have line breaks: each line passes the text policy on its own.
function textOf(value: unknown, path: string, max: number, lines: boolean, add: Add): void {
  if (typeof value !== 'string' || value.trim() === '') return add(path, 'wrong-type');
  if ([...value].length > max) return add(path, 'too-long');
  const parts = lines ? value.split('\n').filter((l) => l !== '') : [value];
  if (parts.some((l) => textDefect(l) !== undefined)) add(path, 'bad-text');
}

function stringList(value: unknown, at: string, add: Add, max: number = DIRECTORY_LIMITS.list): boolean {
  if (!Array.isArray(value)) return (add(at, 'wrong-type'), false);
  if (value.length > max) return (add(at, 'too-many'), false);
  let ok = true;
  value.forEach((v, i) => textOf(v, `${at}[${i}]`, DIRECTORY_LIMITS.shortText, false, (path, code) => ((ok = false), add(path, code))));
  return ok;
}

function languageTags(tags: readonly string[], at: string, add: Add): void {
  tags.forEach((tag, i) => LANG_TAG.test(tag) || add(`${at}[${i}]`, 'bad-language-tag'));
}

function unique(list: readonly string[], at: string, add: Add): void {
  list.forEach((v, i) => list.indexOf(v) !== i && add(`${at}[${i}]`, 'duplicate'));
}

function pattern(value: unknown, re: RegExp, path: string, code: DirectoryProblemCode, add: Add): void {
  if (value === undefined) return;
  if (typeof value !== 'string') add(path, 'wrong-type');
  else if (value.length > DIRECTORY_LIMITS.shortText) add(path, 'too-long');
  else if (!re.test(value.trim())) add(path, code);
}

function unknownFields(obj: Obj, known: readonly string[], at: string, add: Add): void {
  for (const key of Object.keys(obj)) if (!known.includes(key)) add(at ? `${at}.${key}` : key, 'unknown-field');
}
