// Holder and office verbs: `card` (holder shows it), `stamp` (office signs an entry for the
// holder of a verified card) and `present` (holder signs chosen stamps as frames).
import {
  bestVerifier, cardToCbor, createCard, decodeCard, createPresentation, decodeStamp, encodeCbor, issueStamp, presentationToCbor,
  stampRef, stampToCbor, valueToText, verifyCard, FrameTextEncoder, DEFAULT_FRAGMENT, DEFAULT_CARD_MAX_AGE, type Entry, type Holder,
} from '../../core';
import { parseArgs, parseMaxAge, parseTime } from '../args';
import { CliError, readJson, writeText } from '../io';
import { loadKey } from '../key-file';
import { decodeOrFail, readPayload } from '../payload-file';
import { officeWithCert, ownStamp } from './withdraw';

async function holderOf(path: string, passphraseFile?: string) {
  const { keys, file } = await loadKey(path, 'holder', passphraseFile);
  if (!file.holder) throw new CliError(`${path} has no holder name and birth date`);
  const holder: Holder = { ...file.holder, publicKey: keys.publicKey };
  return { keys, holder };
}

/** Runs `bbpass card`: the holder's signed, timestamped pass card. */
export async function cardCommand(argv: string[]): Promise<number> {
  const a = parseArgs(argv, ['holder', 'at', 'out', 'passphrase-file']);
  const { keys, holder } = await holderOf(a.need('holder'), a.get('passphrase-file'));
  writeText(a.get('out'), `${valueToText('card', cardToCbor(createCard(holder, keys, parseTime(a.get('at')))))}\n`);
  return 0;
}

function entryArg(spec: string): Entry {
  const v = spec.startsWith('@') ? readJson(spec.slice(1)) : (() => {
    try {
      return JSON.parse(spec);
    } catch {
      throw new CliError('--entry: JSON, or @FILE with JSON');
    }
  })();
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new CliError('--entry: a JSON object such as {"type":"sprachkurs",…}');
  return v as Entry;
}

/** Runs `bbpass stamp`: checks the pass card, then signs the entry for that holder. */
export async function stampCommand(argv: string[]): Promise<number> {
  const a = parseArgs(argv, ['office', 'cert', 'card', 'entry', 'replaces', 'at', 'out', 'max-age', 'passphrase-file']);
  const { keys, cert } = await officeWithCert(a.need('office'), a.need('cert'), a.get('passphrase-file'));
  // A correction names the stamp it replaces, which must be this office's own.
  const replaced = a.get('replaces');
  const replaces = replaced ? stampRef(await ownStamp(replaced, keys)) : undefined;
  const now = parseTime(a.get('at'));
  const rawCard = readPayload(a.need('card'), 'card');
  decodeOrFail('pass card', () => decodeCard(rawCard)); // says what is wrong with it, e.g. a key without a private key
  const card = await verifyCard(rawCard, { now, verify: await bestVerifier(), maxAge: parseMaxAge(a.get('max-age'), DEFAULT_CARD_MAX_AGE) });
  if (!card.valid) throw new CliError(`pass card refused: ${card.reason}`);
  const entry = entryArg(a.need('entry'));
  const allowed = cert.claims.allowedTypes;
  if (!allowed.includes(entry.type)) throw new CliError(`entry type ${String(entry.type)} is not allowed by the certificate (allowed: ${allowed.join(', ')})`);
  let out: string;
  try {
    const stamp = issueStamp({ holder: card.card.claims.holder, issuedAt: now, entry, ...(replaces ? { replaces } : {}) }, keys, cert);
    out = valueToText('stamp', stampToCbor(stamp));
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(`entry: ${e.message}`);
    throw e;
  }
  writeText(a.get('out'), `${out}\n`);
  return 0;
}

/** Runs `bbpass present`: signs the chosen stamps and writes the frames, one per line. */
export async function presentCommand(argv: string[]): Promise<number> {
  const a = parseArgs(argv, ['holder', 'at', 'out', 'fragment', 'frames', 'passphrase-file']);
  const { keys, holder } = await holderOf(a.need('holder'), a.get('passphrase-file'));
  if (a.positional.length === 0) throw new CliError('present: name the stamp files to include');
  const stamps = a.positional.map((p) => decodeOrFail(p, () => decodeStamp(readPayload(p, 'stamp'))));
  const p = createPresentation(holder, keys, stamps, parseTime(a.get('at')));
  const fragment = Number(a.get('fragment') ?? DEFAULT_FRAGMENT);
  if (!Number.isInteger(fragment) || fragment < 16 || fragment > 2000) throw new CliError('--fragment: 16 to 2000 bytes');
  const enc = new FrameTextEncoder('presentation', encodeCbor(presentationToCbor(p)), fragment);
  const count = Number(a.get('frames') ?? enc.seqLen);
  if (!Number.isInteger(count) || count < 1) throw new CliError('--frames: a whole number');
  writeText(a.get('out'), `${enc.texts(count).join('\n')}\n`);
  return 0;
}
