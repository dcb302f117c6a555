// A small argument parser: `--name value`, `--name=value`, repeated flags, boolean switches
// and positionals. Unknown flags are an error, so a typo never silently changes behaviour.
import { fromBase64Url, isWeakPublicKey, MAX_HOLDER_AGE, WEAK_KEY } from '../core';
import { CliError } from './io';

/** Parsed arguments of one verb. */
export interface Args {
  readonly positional: string[];
  /** Last value of a flag. */
  get(name: string): string | undefined;
  /** Value of a required flag. */
  need(name: string): string;
  /** Every value of a repeatable flag. */
  all(name: string): string[];
  /** Whether a switch was given. */
  has(name: string): boolean;
}

/** Parses argv against the flags a verb knows (`switches` take no value). */
export function parseArgs(argv: string[], flags: readonly string[], switches: readonly string[] = []): Args {
  const values = new Map<string, string[]>();
  const on = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--') || a === '-') {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (switches.includes(name)) {
      on.add(name);
      continue;
    }
    if (!flags.includes(name)) throw new CliError(`unknown option --${name} (see --help)`);
    const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new CliError(`--${name} needs a value`);
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return {
    positional,
    get: (n) => values.get(n)?.at(-1),
    need: (n) => values.get(n)?.at(-1) ?? fail(`--${n} is required (see --help)`),
    all: (n) => values.get(n) ?? [],
    has: (n) => on.has(n),
  };
}

function fail(msg: string): never {
  throw new CliError(msg);
}

/** Reads an Ed25519 public key given as base64url (unpadded), refusing what cannot be a key with a private half. */
export function publicKeyArg(text: string, what: string): Uint8Array {
  let key: Uint8Array;
  try {
    key = fromBase64Url(text);
  } catch {
    throw new CliError(`${what}: not base64url (A-Z a-z 0-9 - _, no padding): ${text}`);
  }
  if (key.length !== 32) throw new CliError(`${what}: a public key has 32 bytes, this has ${key.length}`);
  if (isWeakPublicKey(key)) throw new CliError(`${what}: the key is ${WEAK_KEY}`);
  return key;
}

/** Parses an ISO 8601 time (or date) to seconds since 1970; `undefined` means now. */
export function parseTime(s: string | undefined, what = '--at'): number {
  if (s === undefined) return Math.floor(Date.now() / 1000);
  const ms = Date.parse(s);
  if (!/^\d{4}-\d{2}-\d{2}/.test(s) || Number.isNaN(ms)) throw new CliError(`${what}: not an ISO time: ${s}`);
  return Math.floor(ms / 1000);
}

/** Parses `--max-age`: whole seconds from 1 to MAX_HOLDER_AGE (FORMAT §9.6), `fallback` when absent. */
export function parseMaxAge(s: string | undefined, fallback?: number): number | undefined {
  if (s === undefined) return fallback;
  const n = Number(s);
  // A bigger age would only widen the window in which a filmed card or presentation can be replayed.
  if (!Number.isInteger(n) || n < 1 || n > MAX_HOLDER_AGE) throw new CliError(`--max-age: whole seconds from 1 to ${MAX_HOLDER_AGE}`);
  return n;
}
