// Checks a directory file field by field and collects every problem (not just the first), so
// whoever maintains the file can fix it in one go. Used by the app, the CLI and a unit test.
import { DIRECTORY_CATEGORIES, DIRECTORY_FORMAT, DIRECTORY_VERSION, type Directory, type DirectoryCheck, type DirectoryProblem, type DirectoryProblemCode } from './types';

type Obj = Record<string, unknown>;

const TOP_FIELDS = ['format', 'version', 'district', 'sample', 'note', 'updated', 'sources', 'offers'];
const OFFER_FIELDS = ['id', 'category', 'name', 'provider', 'description', 'address', 'phone', 'email', 'website', 'hours', 'languages', 'targetGroup', 'accessibility', 'keywords', 'officeNames'];
const ADDRESS_FIELDS = ['street', 'postcode', 'city', 'room'];
const OPTIONAL_TEXTS = ['provider'] as const;
const LOCAL_TEXTS = ['hours', 'targetGroup', 'accessibility'] as const;
const STRING_LISTS = ['keywords', 'officeNames'] as const;

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
// Digits with the usual German separators, optionally international: "(08131) 74-1853", "+49 8131 74-0".
const PHONE = /^\+?[0-9 ()/-]{3,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^https:\/\/[^\s/]+\.[^\s]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Parses and checks the text of a directory file; never throws. */
export function parseDirectory(text: string): DirectoryCheck {
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
  const add = (path: string, code: DirectoryProblemCode) => void problems.push({ path, code });
  if (!isObj(value)) return { ok: false, problems: [{ path: '', code: 'not-an-object' }] };
  unknownFields(value, TOP_FIELDS, '', add);
  if (value.format !== DIRECTORY_FORMAT) add('format', 'wrong-format');
  else if (value.version !== DIRECTORY_VERSION) add('version', typeof value.version === 'number' ? 'unsupported-version' : 'missing');
  requiredText(value, 'district', '', add);
  if (typeof value.sample !== 'boolean') add('sample', value.sample === undefined ? 'missing' : 'wrong-type');
  if (value.note !== undefined) localText(value.note, 'note', add);
  if (value.updated !== undefined && !(typeof value.updated === 'string' && DATE.test(value.updated))) add('updated', 'bad-date');
  if (value.sources !== undefined) stringList(value.sources, 'sources', add);
  if (!Array.isArray(value.offers)) add('offers', value.offers === undefined ? 'missing' : 'wrong-type');
  else {
    if (value.offers.length === 0) add('offers', 'empty');
    const ids = new Set<string>();
    value.offers.forEach((offer, i) => checkOffer(offer, `offers[${i}]`, ids, add));
  }
  return problems.length ? { ok: false, problems } : { ok: true, directory: value as unknown as Directory };
}

type Add = (path: string, code: DirectoryProblemCode) => void;

function checkOffer(offer: unknown, at: string, ids: Set<string>, add: Add): void {
  if (!isObj(offer)) return add(at, 'wrong-type');
  unknownFields(offer, OFFER_FIELDS, at, add);
  if (typeof offer.id !== 'string') add(`${at}.id`, offer.id === undefined ? 'missing' : 'wrong-type');
  else if (!ID.test(offer.id)) add(`${at}.id`, 'bad-id');
  else if (ids.has(offer.id)) add(`${at}.id`, 'duplicate-id');
  else ids.add(offer.id);
  if (offer.category === undefined) add(`${at}.category`, 'missing');
  else if (!(DIRECTORY_CATEGORIES as readonly unknown[]).includes(offer.category)) add(`${at}.category`, 'unknown-category');
  requiredText(offer, 'name', at, add);
  for (const f of OPTIONAL_TEXTS) if (offer[f] !== undefined && !isText(offer[f])) add(`${at}.${f}`, 'wrong-type');
  if (offer.description === undefined) add(`${at}.description`, 'missing');
  else localText(offer.description, `${at}.description`, add);
  for (const f of LOCAL_TEXTS) if (offer[f] !== undefined) localText(offer[f], `${at}.${f}`, add);
  for (const f of STRING_LISTS) if (offer[f] !== undefined) stringList(offer[f], `${at}.${f}`, add);
  if (offer.address !== undefined) checkAddress(offer.address, `${at}.address`, add);
  pattern(offer.phone, PHONE, `${at}.phone`, 'bad-phone', add);
  pattern(offer.email, EMAIL, `${at}.email`, 'bad-email', add);
  pattern(offer.website, WEBSITE, `${at}.website`, 'bad-website', add);
  if (offer.languages !== undefined && stringList(offer.languages, `${at}.languages`, add)) {
    (offer.languages as string[]).forEach((tag, i) => LANG_TAG.test(tag) || add(`${at}.languages[${i}]`, 'bad-language-tag'));
  }
}

function checkAddress(value: unknown, at: string, add: Add): void {
  if (!isObj(value)) return add(at, 'wrong-type');
  unknownFields(value, ADDRESS_FIELDS, at, add);
  for (const f of ADDRESS_FIELDS) if (value[f] !== undefined && !isText(value[f])) add(`${at}.${f}`, 'wrong-type');
}

function localText(value: unknown, at: string, add: Add): void {
  if (!isObj(value)) return add(at, 'wrong-type');
  if (!isText(value.de)) add(`${at}.de`, 'no-german');
  for (const [tag, text] of Object.entries(value)) {
    if (!LANG_TAG.test(tag)) add(`${at}.${tag}`, 'bad-language-tag');
    else if (!isText(text)) add(`${at}.${tag}`, 'wrong-type');
  }
}

function stringList(value: unknown, at: string, add: Add): boolean {
  if (!Array.isArray(value)) return (add(at, 'wrong-type'), false);
  const bad = value.findIndex((v) => !isText(v));
  if (bad >= 0) add(`${at}[${bad}]`, 'wrong-type');
  return bad < 0;
}

function requiredText(obj: Obj, field: string, at: string, add: Add): void {
  const path = at ? `${at}.${field}` : field;
  if (obj[field] === undefined) add(path, 'missing');
  else if (!isText(obj[field])) add(path, 'wrong-type');
}

function pattern(value: unknown, re: RegExp, path: string, code: DirectoryProblemCode, add: Add): void {
  if (value === undefined) return;
  if (typeof value !== 'string') add(path, 'wrong-type');
  else if (!re.test(value.trim())) add(path, code);
}

function unknownFields(obj: Obj, known: readonly string[], at: string, add: Add): void {
  for (const key of Object.keys(obj)) if (!known.includes(key)) add(at ? `${at}.${key}` : key, 'unknown-field');
}
