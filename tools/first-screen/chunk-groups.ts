// How the build cuts the app into files (rolldown's codeSplitting groups). Left to itself,
// rolldown gives every set of lazy views that shares a module its own chunk: 130 files, a staff
// area's first screen needing 27 of them, many under 300 bytes. On a phone's slow link (and in
// lighthouse's simulation of one) each request costs a round trip, six at a time, so the count
// weighed more than the bytes. The groups:
// - the entry and everything it imports statically in four files of ~15-20 KB gz each (crypto
//   libraries, core's model, the rest of core, the shell): one 65 KB file took a slow link 1.1 s,
//   as a new connection grows its window over several round trips; four arrive side by side
//   (lighthouse, coordinator start page: LCP 2.3 -> 1.9 s);
// - 'kit': the small shared screen pieces (ui/kit, ui/entry) that need nothing beyond the start
//   files, so loading them never drags the QR, scanner or storage code into a view that has none.
// Lazy views keep rolldown's own split.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Largest piece (bytes of source) the kit takes: the big ones (charts, scanner) stay with their views. */
const KIT_MAX_BYTES = 6000;
const KIT = /[\\/]src[\\/]ui[\\/](kit|entry)[\\/][^\\/]+\.tsx?$/;
/** What the start files already hold: a kit piece may import these and stay self-contained. */
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
    const file = [`${base}.ts`, `${base}.tsx`].find((f) => KIT.test(f) && existsSync(f));
    return file !== undefined && isKitPiece(file, seen);
  });
  seen.set(id, ok);
  return ok;
}

/** The groups for `build.rolldownOptions.output.codeSplitting`. */
export function chunkGroups() {
  const seen = new Map<string, boolean>();
  return [
    { name: 'crypto', tags: ['$initial' as const], test: /[\\/]node_modules[\\/](tweetnacl|fflate)[\\/]/, priority: 4 },
    { name: 'model', tags: ['$initial' as const], test: /[\\/]src[\\/]core[\\/]model[\\/]/, priority: 3 },
    { name: 'core', tags: ['$initial' as const], test: /[\\/]src[\\/]core[\\/]/, priority: 3 },
    { name: 'start', tags: ['$initial' as const], priority: 2 },
    { name: 'kit', test: (id: string) => isKitPiece(id, seen), priority: 1, includeDependenciesRecursively: false },
  ];
}
