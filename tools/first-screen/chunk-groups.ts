// How the build cuts the app into files (rolldown's codeSplitting groups). Left to itself,
// rolldown gives every set of lazy views that shares a module its own chunk: 130 files, a staff
// area's first screen needing 19 of them, many under 300 bytes. On a phone's slow link (and in
// lighthouse's simulation of one) each request costs a round trip, six at a time, so the count
// weighed more than the bytes. Two groups fix the count and add no bytes anyone did not need:
// - 'start': the entry and everything it imports statically, in one file;
// - 'kit': the small shared screen pieces (ui/kit, ui/entry) that need nothing beyond the start
//   file, so loading them never drags the QR, scanner or storage code into a view that has none.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Largest piece (bytes of source) the kit takes: the big ones (charts, scanner) stay with their views. */
const KIT_MAX_BYTES = 6000;
const KIT = /[\\/]src[\\/]ui[\\/](kit|entry)[\\/][^\\/]+\.tsx?$/;
/** What the start file already holds: a kit piece may import these and stay self-contained. */
const IN_START = /^(preact(\/hooks|\/jsx-runtime)?|(\.\.\/)+(i18n|core|storage\/db-name)(\/.*)?)$/;

/** True for a ui/kit or ui/entry module that is small and imports only start-file modules and other such pieces. */
export function isKitPiece(id: string, seen = new Map<string, boolean>()): boolean {
  if (!KIT.test(id)) return false;
  const known = seen.get(id);
  if (known !== undefined) return known;
  seen.set(id, false); // a cycle proves nothing: decided by the rest of the imports
  const source = readFileSync(id, 'utf8');
  if (source.length > KIT_MAX_BYTES || /\bimport\(/.test(source)) return false;
  const imports = [...source.matchAll(/^(?:import|export)\s[^'";]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)].map((m) => m[1] ?? m[2]!);
  const ok = imports.every((spec) => {
    if (IN_START.test(spec)) return true;
    if (!spec.startsWith('./') && !spec.startsWith('../')) return false;
    const base = resolve(dirname(id), spec);
    const file = [`${base}.ts`, `${base}.tsx`].find((f) => KIT.test(f) && tryRead(f));
    return file !== undefined && isKitPiece(file, seen);
  });
  seen.set(id, ok);
  return ok;
}

const tryRead = (file: string): boolean => {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
};

/** The groups for `build.rolldownOptions.output.codeSplitting`. */
export function chunkGroups() {
  const seen = new Map<string, boolean>();
  return [
    { name: 'start', tags: ['$initial' as const], priority: 2 },
    { name: 'kit', test: (id: string) => isKitPiece(id, seen), priority: 1, includeDependenciesRecursively: false },
  ];
}
