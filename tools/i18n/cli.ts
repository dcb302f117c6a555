// The translators' command (docs/translating.md):
//   npm run i18n                      per language: missing, extra, outdated and broken messages
//   npm run i18n -- new CODE NAME ltr|rtl   a new language: empty catalogue and a registry line
//   npm run i18n -- done CODE [KEY…]  the translation of CODE (or of these keys) matches today's German
//   npm run i18n -- sync              writes locales/de.json from de.ts, for translation tools
// Exit 1 when a catalogue has something that must be fixed (outdated messages are only listed).
import { mkdirSync, writeFileSync } from 'node:fs';
import { catalogue, catalogueCodes, fingerprint, GERMAN, LOCALES, registry, sources, toJson } from './catalogues';
import { checkCatalogue, mustFix } from './check';

const [command = 'report', ...args] = process.argv.slice(2);
const keys = Object.keys(GERMAN);

function report(): number {
  let failed = false;
  const review = new Map(registry().map((l) => [l.code, l.review]));
  const files = catalogueCodes();
  for (const code of files.filter((c) => c !== 'de')) {
    let messages;
    try {
      messages = catalogue(code);
    } catch (e) {
      failed = true;
      process.stdout.write(`${code.padEnd(4)} not valid JSON: ${(e as Error).message}\n`);
      continue;
    }
    const from = sources(code);
    const r = checkCatalogue(code, messages, GERMAN, keys, from);
    failed ||= mustFix(r) || !review.has(code);
    const sum = `${code.padEnd(4)} ${String(keys.length - r.missing.length).padStart(4)}/${keys.length}  missing ${r.missing.length}  extra ${r.extra.length}  outdated ${from ? r.outdated.length : '? (npm run i18n -- done ' + code + ')'}  (${review.get(code) ?? 'NOT IN languages.json'})`;
    process.stdout.write(`${sum}\n`);
    for (const [what, list] of Object.entries(r)) for (const k of list.slice(0, 20)) process.stdout.write(`       ${what}: ${k}\n`);
  }
  for (const code of review.keys()) if (!files.includes(code)) (failed = true), process.stdout.write(`${code}: in languages.json but no ${code}.json\n`);
  return failed ? 1 : 0;
}

function done(code: string | undefined, only: string[]): number {
  if (!code || !catalogueCodes().includes(code)) return usage(`no catalogue ${code ?? ''}`);
  const from = { ...(sources(code) ?? {}) };
  for (const k of only.length ? only : keys) if (k in GERMAN) from[k] = fingerprint(GERMAN[k]!);
  mkdirSync(`${LOCALES}sources`, { recursive: true });
  writeFileSync(`${LOCALES}sources/${code}.json`, toJson(from));
  return 0;
}

function create(code: string | undefined, name: string | undefined, dir: string | undefined): number {
  if (!code || !/^[a-z]{2,3}$/.test(code) || !name || (dir !== 'ltr' && dir !== 'rtl')) return usage('new CODE NAME ltr|rtl');
  if (catalogueCodes().includes(code)) return usage(`${code}.json exists`);
  writeFileSync(`${LOCALES}${code}.json`, toJson(Object.fromEntries(keys.map((k) => [k, '']))));
  const languages = [...registry(), { code, name, dir, review: 'unreviewed', note: '' }];
  const lines = languages.map((l) => `    ${JSON.stringify(l)}`).join(',\n');
  writeFileSync(`${LOCALES}languages.json`, `{\n  "format": "bbpass-languages",\n  "languages": [\n${lines}\n  ]\n}\n`);
  return 0;
}

function usage(problem: string): number {
  process.stderr.write(`${problem}\nusage: npm run i18n [-- new CODE NAME ltr|rtl | done CODE [KEY…] | sync]\n`);
  return 2;
}

const run: Record<string, () => number> = {
  report,
  done: () => done(args[0], args.slice(1)),
  new: () => create(args[0], args[1], args[2]),
  sync: () => (writeFileSync(`${LOCALES}de.json`, toJson(GERMAN)), 0),
};
process.exitCode = (run[command] ?? (() => usage(`unknown command ${command}`)))();
