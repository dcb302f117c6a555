// `bbpass directory check FILE`: checks an offers directory ("Wegweiser") before it is deployed.
// Exit 0 when the file is valid, 1 when it is not (every problem on its own line), 2 when it
// cannot be read at all.
import { parseDirectory, type DirectoryProblemCode } from '../../core';
import { parseArgs } from '../args';
import { directoryImport } from './directory-import';
import { CliError, readText, shown } from '../io';

const EXPLAIN: Record<DirectoryProblemCode, string> = {
  'not-json': 'the file is not valid JSON',
  'not-an-object': 'the file must hold one JSON object',
  'wrong-format': 'format must be "bbpass-directory"',
  'unsupported-version': 'this version of the format is not supported (expected 1 or 2)',
  missing: 'required field is missing',
  'wrong-type': 'wrong type (text fields must not be empty)',
  empty: 'must not be empty',
  'unknown-field': 'unknown field (typo?)',
  'unknown-category': 'unknown category (sprache, beratung, bildung-ausbildung, arbeit-anerkennung, behoerden, alltag-familie)',
  'bad-id': 'id: lower-case a-z, 0-9 and -, at most 64 characters',
  'duplicate-id': 'this id is used by an earlier offer',
  'no-german': 'the German text ("de") is required',
  'bad-language-tag': 'not a language tag such as de, ar or fa-AF',
  'bad-phone': 'not a phone number (digits, spaces, ( ) / - and a leading +)',
  'bad-email': 'not an e-mail address',
  'bad-website': 'not an https:// address',
  'bad-date': 'not a date YYYY-MM-DD',
  'unknown-place': 'not one of the directory\'s places (Gemeinden)',
  duplicate: 'named twice',
  'too-long': 'too long (docs/directory.md, Limits)',
  'too-many': 'too many items (docs/directory.md, Limits)',
  'bad-text': 'holds a control, bidi or invisible character',
  'too-large': 'the file is larger than 2 MB',
};

/** Runs `bbpass directory check FILE` or `bbpass directory import FILE.csv …`; returns the exit code. */
export async function directoryCommand(argv: string[]): Promise<number> {
  if (argv[0] === 'import') return directoryImport(argv.slice(1));
  const args = parseArgs(argv, []);
  const [sub, file, ...extra] = args.positional;
  if (sub !== 'check') throw new CliError('usage: bbpass directory check FILE | bbpass directory import FILE.csv --out offers.json');
  if (!file || extra.length) throw new CliError('usage: bbpass directory check FILE (exactly one file)');
  const result = parseDirectory(readText(file));
  if (result.ok) {
    const { district, offers, sample } = result.directory;
    process.stdout.write(`${shown(file)}: valid, ${shown(district)}, ${offers.length} offers${sample ? ' (sample data)' : ''}\n`);
    return 0;
  }
  process.stdout.write(`${shown(file)}: invalid, ${result.problems.length} problem(s)\n`);
  for (const p of result.problems) process.stdout.write(`  ${shown(p.path || '(file)')}: ${EXPLAIN[p.code]} [${p.code}]\n`);
  return 1;
}
