// `bbpass verify`: the fixed contract scripts rely on. One JSON object on stdout; exit 0 when
// everything is valid, 1 when something is not, 2 when the input cannot be read at all.
import {
  assemble, bestVerifier, decodeCbor, fromBase64Url, verifyCard, verifyPresentation, verifyStamp, DecodeError,
  type Cbor, type StampVerdict,
} from '../../core';
import { parseArgs, parseTime } from '../args';
import { CliError, readText } from '../io';
import { loadTrust } from '../trust-file';

interface EntryJson {
  type: string | null;
  issuer: string | null;
  valid: boolean;
  reason: string | null;
}

function entryJson(v: StampVerdict): EntryJson {
  return {
    type: v.stamp?.claims.entry.type ?? null,
    issuer: v.issuer?.claims.officeName ?? v.stamp?.certificate?.claims.officeName ?? null,
    valid: v.valid,
    reason: v.valid ? null : v.reason,
  };
}

/** Runs `bbpass verify`; returns the exit code. */
export async function verifyCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['trust', 'at', 'holder-key', 'max-age']);
  const { store } = await loadTrust(args.need('trust'));
  const now = parseTime(args.get('at'));
  const maxAgeText = args.get('max-age');
  const maxAge = maxAgeText === undefined ? undefined : Number(maxAgeText);
  if (maxAge !== undefined && !(Number.isInteger(maxAge) && maxAge > 0)) throw new CliError('--max-age: whole seconds above 0');
  const holderKeyText = args.get('holder-key');
  const holderKey = holderKeyText === undefined ? undefined : fromBase64Url(holderKeyText);

  const lines = readText(args.positional[0] ?? '-').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) throw new CliError('empty input: expected a payload (BBP1:…)');
  let kind: string;
  let value: Cbor | undefined;
  try {
    const p = assemble(lines);
    kind = p.kind;
    try {
      value = decodeCbor(p.bytes);
    } catch (e) {
      if (!(e instanceof DecodeError)) throw e;
      value = undefined; // readable as a payload, broken inside: a verdict, not an input error
    }
  } catch (e) {
    if (e instanceof DecodeError) throw new CliError(`unreadable input: ${e.message}`);
    throw e;
  }

  const verify = await bestVerifier();
  const ctx = { trust: store, now, verify, ...(maxAge === undefined ? {} : { maxAge }) };
  const bad = { valid: false, reason: 'malformed' as const };
  let out: { kind: string; valid: boolean; reason: string | null; entries: EntryJson[] };
  if (kind === 'stamp') {
    const v = value === undefined ? bad : await verifyStamp(value, ctx, holderKey ? { holderKey } : {});
    const e = 'stamp' in v ? entryJson(v) : { type: null, issuer: null, valid: false, reason: 'malformed' };
    out = { kind, valid: v.valid, reason: v.valid ? null : v.reason, entries: [e] };
  } else if (kind === 'card') {
    const v = value === undefined ? bad : await verifyCard(value, ctx);
    out = { kind, valid: v.valid, reason: v.valid ? null : v.reason, entries: [] };
  } else if (kind === 'presentation') {
    const v = value === undefined ? { ...bad, entries: [] } : await verifyPresentation(value, ctx);
    const entries = v.entries.map(entryJson);
    const reason = v.valid ? (entries.find((x) => !x.valid)?.reason ?? null) : v.reason;
    out = { kind, valid: reason === null, reason, entries };
  } else {
    throw new CliError(`verify takes a stamp, a pass card or a presentation, not a ${kind}`);
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
  return out.valid ? 0 : 1;
}
