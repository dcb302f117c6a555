// The directory file a district publishes: the offers it maintains, written in the newest format
// version and checked by the same checker the app runs, so a published file always loads.
import { checkDirectory } from './validate';
import { DIRECTORY_FORMAT, DIRECTORY_VERSION, type Directory, type DirectoryCheck, type Offer } from './types';

/** What a published directory says besides its offers. */
export interface DirectoryMeta {
  readonly district: string;
  /** The Gemeinden offers are filtered by; absent means those of the Landkreis Dachau. */
  readonly places?: readonly string[];
  /** Date of the edit, YYYY-MM-DD. */
  readonly updated?: string;
}

/** A directory of the district's offers (never sample data), checked; the JSON to publish is `directoryJson`. */
export function buildDirectory(meta: DirectoryMeta, offers: readonly Offer[]): DirectoryCheck {
  const directory: Directory = {
    format: DIRECTORY_FORMAT,
    version: DIRECTORY_VERSION,
    district: meta.district,
    sample: false,
    ...(meta.updated ? { updated: meta.updated } : {}),
    ...(meta.places ? { places: meta.places } : {}),
    offers,
  };
  return checkDirectory(directory);
}

/** The file text of a directory: indented JSON, one trailing newline. */
export function directoryJson(directory: Directory): string {
  return `${JSON.stringify(directory, null, 2)}\n`;
}
