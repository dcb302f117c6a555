// A passphrase strength check that refuses the obvious: too short, one repeated character or
// chunk, a run along the alphabet, the digits or a keyboard row, one of the most common
// passwords (German ones included) or the office's, district's or role's own name. It is no
// entropy meter: it only stops what a thief with a stolen sealed key tries first (FORMAT §12).

/** Which key a passphrase seals: the holder's backup, an office key or a district root. */
export type PassphraseRole = 'holder' | 'office' | 'root';

/** Why a passphrase is refused. */
export type PassphraseProblem = 'too-short' | 'repetition' | 'sequence' | 'common' | 'name';

/** Shortest passphrase per role, in characters: the more a key can sign, the longer. */
export const MIN_PASSPHRASE: Readonly<Record<PassphraseRole, number>> = { holder: 8, office: 10, root: 12 };

// Runs a person types without thinking: alphabet, digits and German/English keyboard rows and columns.
const RUNS = ['abcdefghijklmnopqrstuvwxyz', '01234567890123456789', 'qwertzuiopü', 'asdfghjklöä', 'yxcvbnm', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1qay2wsx3edc4rfv5tgb6zhn7ujm8ik9ol0p'];
const SEQUENCES = [...RUNS, ...RUNS.map((r) => [...r].reverse().join(''))];

// The letters of the most common passwords (digits and signs are stripped before comparing, so
// 'Passwort123!' is 'passwort'), from public leak statistics plus German favourites.
const COMMON = new Set(
  ('passwort password passwd kennwort hallo hello geheim secret admin administrator login welcome willkommen qwertz qwerty letmein iloveyou ' +
    'ichliebedich schatz schatzi sommer winter herbst sonne sonnenschein test demo bbpass bildungspass pass master dragon monkey football ' +
    'fussball fußball bayern schalke dortmund berlin deutschland germany jobcenter changeme default benutzer user guest gast mustermann ' +
    'beispiel start anfang abc').split(' '),
);

// The role words themselves, in German and English.
const ROLE_WORDS = ['root', 'coordinator', 'koordinator', 'koordinatorin', 'koordination', 'coordination', 'landkreis', 'kreis', 'district', 'bezirk',
  'stadt', 'office', 'stelle', 'buero', 'büro', 'amt', 'behoerde', 'behörde', 'verwaltung', 'holder', 'inhaber', 'sicherung', 'backup', 'schluessel', 'schlüssel', 'key'];

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, '');

function repeats(s: string): boolean {
  for (let p = 1; p <= s.length / 2; p++) if (s.length % p === 0 && s.slice(0, p).repeat(s.length / p) === s) return true;
  return false;
}

/**
 * Checks a NEW passphrase (never one that opens an existing key): the first problem found, or
 * null. `names` are the office's or district's own names, which a guesser knows.
 */
export function checkPassphrase(pass: string, role: PassphraseRole, names: readonly string[] = []): PassphraseProblem | null {
  if ([...pass].length < MIN_PASSPHRASE[role]) return 'too-short';
  const plain = pass.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (plain.length === 0 || repeats(plain)) return 'repetition';
  if (SEQUENCES.some((s) => s.includes(plain))) return 'sequence';
  const word = letters(pass);
  if (COMMON.has(word)) return 'common';
  const own = new Set([...ROLE_WORDS, ...names.flatMap((n) => [letters(n), ...n.split(/[^\p{L}]+/u).map(letters)])].filter((w) => w.length >= 3));
  return own.has(word) ? 'name' : null;
}
