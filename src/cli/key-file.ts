// Key files: JSON with the public key in the clear and the 32-byte seed sealed under a
// passphrase (PBKDF2 + AES-GCM). A plain seed is written only on request (--plain) and only
// where the key is public anyway (the demo district) or in throw-away tests.
import { readFileSync } from 'node:fs';
import {
  fromBase64Url, keyId, keyPairFromSeed, seal, SealError, toBase64Url, toHex, unseal, type KeyPair, type Person, type Sealed,
} from '../core';
import { CliError, readJson } from './io';

/** What a key is for. */
export type KeyRole = 'root' | 'office' | 'holder';

/** A key file's content. */
export interface KeyFile {
  readonly format: 'bbpass-key';
  readonly version: 1;
  readonly role: KeyRole;
  readonly publicKey: string;
  readonly keyId: string;
  /** Root: the district id and name. */
  readonly district?: string;
  readonly name?: string;
  /** Holder: the person the pass belongs to. */
  readonly holder?: Person;
  readonly seed: { readonly sealed: Sealed } | { readonly plain: string; readonly warning: string };
}

/** Where the passphrase comes from: --passphrase-file, else $BBPASS_PASSPHRASE. */
export function passphrase(file: string | undefined): string {
  const p = file ? readFileSync(file, 'utf8').replace(/\r?\n$/, '') : process.env.BBPASS_PASSPHRASE;
  if (!p) throw new CliError('no passphrase: set BBPASS_PASSPHRASE or pass --passphrase-file FILE (or --plain for throw-away keys)');
  return p;
}

/** Builds a key file for a key pair, sealing the seed unless `plainWarning` is given. */
export async function keyFile(
  role: KeyRole,
  keys: KeyPair,
  meta: Pick<KeyFile, 'district' | 'name' | 'holder'>,
  secret: { passphrase: string } | { plainWarning: string },
): Promise<KeyFile> {
  const seedBytes = keys.secretKey.slice(0, 32);
  const seed = 'passphrase' in secret ? { sealed: await seal(seedBytes, secret.passphrase) } : { plain: toBase64Url(seedBytes), warning: secret.plainWarning };
  return { format: 'bbpass-key', version: 1, role, publicKey: toBase64Url(keys.publicKey), keyId: toHex(keyId(keys.publicKey)), ...meta, seed };
}

/** Loads a key file of the expected role and opens its seed. */
export async function loadKey(path: string, role: KeyRole, passphraseFile?: string): Promise<{ keys: KeyPair; file: KeyFile }> {
  const file = readJson(path) as KeyFile;
  if (file?.format !== 'bbpass-key' || file.version !== 1) throw new CliError(`${path} is not a bbpass key file`);
  if (file.role !== role) throw new CliError(`${path} holds a ${file.role} key, a ${role} key is needed`);
  let seed: Uint8Array;
  try {
    seed = 'plain' in file.seed ? fromBase64Url(file.seed.plain) : await unseal(file.seed.sealed, passphrase(passphraseFile));
  } catch (e) {
    if (e instanceof SealError) throw new CliError(`${path}: wrong passphrase or damaged key file`);
    if (e instanceof CliError) throw e;
    throw new CliError(`${path}: damaged key file`);
  }
  const keys = seed.length === 32 ? keyPairFromSeed(seed) : undefined;
  if (!keys || toBase64Url(keys.publicKey) !== file.publicKey) throw new CliError(`${path}: private and public key do not match`);
  return { keys, file };
}
