// Where offers are: the Gemeinden of the district, a fixed list the holder filters by. A
// directory file may carry its own list (another district); without one, the 17 Gemeinden of
// the Landkreis Dachau hold, since this app was first built for it.
import type { Directory, Offer } from './types';

/** The 17 Gemeinden of the Landkreis Dachau, alphabetical as the Landratsamt lists them. */
export const DACHAU_PLACES: readonly string[] = [
  'Altomünster', 'Bergkirchen', 'Dachau', 'Erdweg', 'Haimhausen', 'Hebertshausen', 'Hilgertshausen-Tandern', 'Markt Indersdorf', 'Karlsfeld',
  'Odelzhausen', 'Petershausen', 'Pfaffenhofen an der Glonn', 'Röhrmoos', 'Schwabhausen', 'Sulzemoos', 'Vierkirchen', 'Weichs',
];

/** Languages a text falls back to when the holder's is missing, unless the file names its own. */
export const DEFAULT_FALLBACK: readonly string[] = ['en', 'de'];

/** The places offers of this directory are filtered by. */
export function directoryPlaces(directory: Pick<Directory, 'places'>): readonly string[] {
  return directory.places ?? DACHAU_PLACES;
}

/** Whether an offer is in a place (a filter of 'all' keeps every offer). */
export function offerInPlace(offer: Offer, place: string): boolean {
  return place === 'all' || (offer.places ?? []).includes(place);
}

/**
 * A text in the wanted language, else in the directory's fallback languages, else German, with
 * the language it is in: the screen marks text that is not in the wanted language.
 */
export function pickText(text: Readonly<Record<string, string>> & { readonly de: string }, wanted: string, fallback: readonly string[] = DEFAULT_FALLBACK): { text: string; lang: string } {
  for (const l of [wanted, ...fallback]) {
    const value = text[l];
    if (value) return { text: value, lang: l };
  }
  return { text: text.de, lang: 'de' };
}
