// The offers directory ("Wegweiser") of one district: plain data, documented in docs/directory.md.

/** Name of the file format, so a stray JSON file is told apart from a directory. */
export const DIRECTORY_FORMAT = 'bbpass-directory';

/** The format version this code writes; it still reads every version in DIRECTORY_VERSIONS. */
export const DIRECTORY_VERSION = 2;

/** Every format version this code reads: 1 (no places, no course starts) and 2. */
export const DIRECTORY_VERSIONS = [1, 2] as const;

/** The fixed categories, in display order (labels come from the UI catalogues). */
export const DIRECTORY_CATEGORIES = ['sprache', 'beratung', 'bildung-ausbildung', 'arbeit-anerkennung', 'behoerden', 'alltag-familie'] as const;

/** One category of offers. */
export type DirectoryCategory = (typeof DIRECTORY_CATEGORIES)[number];

/** A text per language tag; German ('de') is always present. */
export type LocalText = Readonly<Record<string, string>> & { readonly de: string };

/** A postal address; every part is optional, the UI shows what is there. */
export interface OfferAddress {
  readonly street?: string;
  readonly postcode?: string;
  readonly city?: string;
  readonly room?: string;
}

/** One offer: only id, category, name and the German description are required. */
export interface Offer {
  readonly id: string;
  readonly category: DirectoryCategory;
  readonly name: string;
  readonly provider?: string;
  readonly description: LocalText;
  readonly address?: OfferAddress;
  readonly phone?: string;
  readonly email?: string;
  readonly website?: string;
  readonly hours?: LocalText;
  /** Language tags (BCP 47, e.g. 'de', 'ar', 'fa-AF') in which people are served. */
  readonly languages?: readonly string[];
  readonly targetGroup?: LocalText;
  readonly accessibility?: LocalText;
  /** Extra search words in any language (e.g. "language course", "دورة لغة"). */
  readonly keywords?: readonly string[];
  /** Office names exactly as in their certificates: a pass entry from such an office links here. */
  readonly officeNames?: readonly string[];
  /** Version 2: the Gemeinden the offer serves, each one of the directory's places. */
  readonly places?: readonly string[];
  /** Version 2: dates (YYYY-MM-DD) of the next course starts, earliest first. */
  readonly starts?: readonly string[];
}

/** A whole directory file. */
export interface Directory {
  readonly format: typeof DIRECTORY_FORMAT;
  readonly version: (typeof DIRECTORY_VERSIONS)[number];
  readonly district: string;
  /** True when the file is sample data (not maintained by the district). */
  readonly sample: boolean;
  readonly note?: LocalText;
  readonly updated?: string;
  readonly sources?: readonly string[];
  /** Version 2: the district's Gemeinden offers are filtered by (absent: those of the Landkreis Dachau). */
  readonly places?: readonly string[];
  /** Version 2: languages a text is shown in when the holder's is missing, in order (absent: en, de). */
  readonly fallback?: readonly string[];
  readonly offers: readonly Offer[];
}

/** Why a directory file was refused; closed set, so the CLI and the UI can word each one. */
export type DirectoryProblemCode =
  | 'not-json'
  | 'not-an-object'
  | 'wrong-format'
  | 'unsupported-version'
  | 'missing'
  | 'wrong-type'
  | 'empty'
  | 'unknown-field'
  | 'unknown-category'
  | 'bad-id'
  | 'duplicate-id'
  | 'no-german'
  | 'bad-language-tag'
  | 'bad-phone'
  | 'bad-email'
  | 'bad-website'
  | 'bad-date'
  | 'unknown-place'
  | 'duplicate'
  | 'too-long'
  | 'too-many'
  | 'bad-text'
  | 'too-large';

/** One problem, at a JSON path such as `offers[3].phone`. */
export interface DirectoryProblem {
  readonly path: string;
  readonly code: DirectoryProblemCode;
}

/** The outcome of checking a directory file. */
export type DirectoryCheck = { readonly ok: true; readonly directory: Directory } | { readonly ok: false; readonly problems: readonly DirectoryProblem[] };
