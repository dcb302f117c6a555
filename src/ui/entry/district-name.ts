// The DEMO districts' names are signed into their trust lists (and the test vectors) with an
// English "— not for production", which then stood on German and Arabic screens. Their anchors
// are pinned as DEMO, so the screen may say what they are in its own language instead.
import type { Translate } from '../i18n';
import { isolate } from '../kit/isolate';

const ENGLISH_MARK = /\s*—\s*not for production$/;

/** A district's name for the screen: a DEMO district's with the screen language's "not for production", any other as signed. */
export function districtName(t: Translate, district: { readonly name: string; readonly demo?: boolean }): string {
  if (!district.demo) return district.name;
  return t('entry.district.demo', { name: isolate(district.name.replace(ENGLISH_MARK, '')) });
}
