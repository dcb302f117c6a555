// `bbpass keygen`: a new root, office or holder key, sealed under a passphrase.
import { ageVerdict, checkBirthDate, checkPassphrase, DISTRICT_PATTERN, generateKeyPair, keyId, latinName, MAX_DISTRICT_NAME, MAX_NAME, MAX_OFFICE_NAME, MIN_PASSPHRASE, signedText, toBase64Url, toHex, type PassphraseProblem } from '../../core';
import { parseArgs, parseTime } from '../args';
import { CliError, jsonLine, note, writeJson } from '../io';
import { keyFile, passphrase, type KeyRole } from '../key-file';

/** Warning stored beside a plain (unencrypted) seed. */
export const PLAIN_WARNING = 'NOT ENCRYPTED: anyone who reads this file can sign in this key’s name. For tests and the public demo only.';

/** A name as it will be signed later (district name, holder names), or a CliError naming the defect. */
function name(value: string, field: string, max: number, check = signedText): string {
  try {
    return check(value, field, max);
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(e.message);
    throw e;
  }
}
/** The calendar day 'YYYY-MM-DD' of a time in Europe/Berlin, where the scheme's birthdays are counted. */
function berlinDay(seconds: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(seconds * 1000);
}

/** Refuses a holder under 14, and under 16 unless a counselling service advised the pass (`--confirm-under-16`). */
function checkAge(birthDate: string, at: number, confirmed: boolean): void {
  const age = ageVerdict(birthDate, berlinDay(at));
  // A partial date counts as its last possible day (core/model/age.ts): the youngest it could mean.
  if (age === 'under-14') throw new CliError(`--birth: under 14 on ${berlinDay(at)}; the pass is for newcomers aged 16 and over, never under 14`);
  if (age === 'under-16' && !confirmed) {
    throw new CliError(`--birth: under 16 on ${berlinDay(at)}; the pass is for newcomers aged 16 and over: add --confirm-under-16 only on a counselling service's advice`);
  }
}

const WEAK: Record<PassphraseProblem, string> = {
  'too-short': 'too short',
  repetition: 'one character or chunk repeated',
  sequence: 'a run along the alphabet, the digits or the keyboard',
  common: 'one of the most common passwords',
  name: 'the name of the district, office, holder or role',
};

/** Runs `bbpass keygen`. */
export async function keygenCommand(argv: string[]): Promise<number> {
  const a = parseArgs(argv, ['role', 'out', 'district', 'name', 'given', 'family', 'given-native', 'family-native', 'birth', 'at', 'passphrase-file'], ['plain', 'confirm-under-16']);
  const role = a.need('role') as KeyRole;
  if (!['root', 'office', 'holder'].includes(role)) throw new CliError('--role must be root, office or holder');
  const meta: Parameters<typeof keyFile>[2] = {};
  if (role === 'root') {
    const district = a.need('district');
    if (!DISTRICT_PATTERN.test(district)) throw new CliError('--district: lower-case letters, digits and -, e.g. 09174');
    Object.assign(meta, { district, name: name(a.need('name'), 'name', MAX_DISTRICT_NAME) });
  } else if (role === 'holder') {
    const birthDate = a.need('birth');
    try {
      checkBirthDate(birthDate);
    } catch {
      throw new CliError('--birth: YYYY-MM-DD, YYYY-MM or YYYY');
    }
    checkAge(birthDate, parseTime(a.get('at')), a.has('confirm-under-16'));
    // --given/--family are what staff compare with the ID: its Latin letters, refused otherwise.
    const holder = { givenName: name(a.need('given'), 'given name', MAX_NAME, latinName), familyName: name(a.need('family'), 'family name', MAX_NAME, latinName), birthDate };
    const givenNative = a.get('given-native');
    const familyNative = a.get('family-native');
    Object.assign(meta, {
      holder: {
        ...holder,
        ...(givenNative ? { givenNameNative: name(givenNative, 'given name (own script)', MAX_NAME) } : {}),
        ...(familyNative ? { familyNameNative: name(familyNative, 'family name (own script)', MAX_NAME) } : {}),
      },
    });
  } else if (a.get('name')) {
    Object.assign(meta, { name: name(a.need('name'), 'name', MAX_OFFICE_NAME) });
  }
  const pass = a.has('plain') ? undefined : passphrase(a.get('passphrase-file'));
  if (pass !== undefined) {
    // Only here, when a key is made: opening an existing key never judges its passphrase.
    const names = [meta.district, meta.name, meta.holder?.givenName, meta.holder?.familyName].filter((n): n is string => n !== undefined);
    const problem = checkPassphrase(pass, role, names);
    if (problem) throw new CliError(`passphrase refused: ${WEAK[problem]} (at least ${MIN_PASSPHRASE[role]} characters, nothing obvious)`);
  }
  const secret = pass === undefined ? { plainWarning: PLAIN_WARNING } : { passphrase: pass };
  const keys = generateKeyPair();
  writeJson(a.need('out'), await keyFile(role, keys, meta, secret));
  if (a.has('plain')) note('warning: the private key is stored unencrypted (--plain)');
  const out = { role, publicKey: toBase64Url(keys.publicKey), keyId: toHex(keyId(keys.publicKey)), ...(meta.district ? { district: meta.district, name: meta.name } : {}) };
  process.stdout.write(jsonLine(out));
  return 0;
}
