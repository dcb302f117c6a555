// Search that forgives what people type on a phone: no accents, any case, Arabic and Persian
// letter variants, so "ogrenci" finds "öğrenci" and "beratung" finds "Beratung".
import type { Offer } from './types';

// Letters that differ between Arabic and Persian keyboards, or are not split by NFD.
const LETTERS: Record<string, string> = { ß: 'ss', ı: 'i', ي: 'ی', ى: 'ی', ك: 'ک', ة: 'ه', أ: 'ا', إ: 'ا', آ: 'ا', ـ: '' };
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Folds text for comparison: lower case, without diacritics, Arabic/Persian variants unified. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
    .normalize('NFC');
}

/** Every text of an offer a search looks at: names, all languages of its texts, keywords, its Gemeinden. */
export function offerSearchText(offer: Offer): string {
  const texts = [offer.name, offer.provider, ...Object.values(offer.description), ...Object.values(offer.targetGroup ?? {}), ...(offer.keywords ?? []), ...(offer.officeNames ?? []), ...(offer.places ?? []), offer.address?.city];
  return foldText(texts.filter(Boolean).join('\n'));
}

/**
 * The offers matching a query, in their original order: every word of the query must occur
 * somewhere in the offer (or in `extra`, e.g. its category label in the UI language).
 */
export function searchOffers(offers: readonly Offer[], query: string, extra: (offer: Offer) => string = () => ''): Offer[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...offers];
  return offers.filter((offer) => {
    const text = `${offerSearchText(offer)}\n${foldText(extra(offer))}`;
    return words.every((w) => text.includes(w));
  });
}

/** The offers an entry's office name points to (by `officeNames`, the offer's name or its provider). */
export function offersForOffice(offers: readonly Offer[], officeName: string): Offer[] {
  const wanted = foldText(officeName.trim());
  if (!wanted) return [];
  return offers.filter((o) => [...(o.officeNames ?? []), o.name, o.provider ?? ''].some((n) => foldText(n.trim()) === wanted));
}
