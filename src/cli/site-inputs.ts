// What `bbpass site` reads besides the build: anchors (a root key file's public part, or the line
// `bbpass anchor` prints) and trust lists checked against exactly the site's roots.
import { existsSync } from 'node:fs';
import {
  bestVerifier, decodeCbor, decodeTrustList, fromBase64Url, fromText, DecodeError, TrustStore, type TrustAnchor, type TrustList,
} from '../core';
import { CliError, readJson, readText } from './io';
import type { KeyFile } from './key-file';

/** The anchor of a root key file, from its public part only (no passphrase). */
export function anchorOfKeyFile(path: string): TrustAnchor {
  const f = readJson(path) as KeyFile;
  if (f?.format !== 'bbpass-key' || f.role !== 'root' || !f.district || typeof f.publicKey !== 'string') throw new CliError(`${path} is not a bbpass root key file`);
  return { district: f.district, name: f.name ?? f.district, publicKey: fromBase64Url(f.publicKey) };
}

// The line `bbpass anchor` prints: pin("<district>", "<name>", "<key>"), with JSON string quoting.
const PIN = /^\s*pin\(\s*("(?:[^"\\]|\\.)*")\s*,\s*("(?:[^"\\]|\\.)*")\s*,\s*"([A-Za-z0-9_-]*)"\s*\),?\s*(\/\/.*)?$/;

/** An --anchor value: a root key file, a file holding an anchor line, or the line itself. */
export function anchorOf(value: string): TrustAnchor {
  if (!PIN.test(value) && existsSync(value)) {
    const text = readText(value);
    if (text.trimStart().startsWith('{')) return anchorOfKeyFile(value);
    return anchorOf(text.trim());
  }
  const m = PIN.exec(value);
  if (!m) throw new CliError(`--anchor ${value.slice(0, 40)}: not a root key file or a line from bbpass anchor`);
  return { district: JSON.parse(m[1]!) as string, name: JSON.parse(m[2]!) as string, publicKey: fromBase64Url(m[3]!) };
}

/** The newest list per district of the given trust files, each verified against exactly `anchors`. */
export async function trustListsFor(anchors: readonly TrustAnchor[], paths: readonly string[]): Promise<Map<string, TrustList>> {
  const store = new TrustStore(anchors);
  const verify = await bestVerifier();
  const newest = new Map<string, TrustList>();
  for (const path of paths) {
    const f = readJson(path) as { format?: unknown; lists?: unknown };
    if (f?.format !== 'bbpass-trust' || !Array.isArray(f.lists)) throw new CliError(`${path} is not a bbpass trust file`);
    for (const text of f.lists) {
      let list: TrustList;
      try {
        const { kind, bytes } = fromText(String(text));
        if (kind !== 'trustList') throw new CliError(`${path}: a ${kind}, not a trust list`);
        list = decodeTrustList(decodeCbor(bytes));
      } catch (e) {
        if (e instanceof DecodeError) throw new CliError(`${path}: a trust list is unreadable (${e.code})`);
        throw e;
      }
      const v = await store.offer(list, verify);
      const { district } = list.claims;
      if (!v.accepted && (v.reason === 'unknown-issuer' || v.reason === 'bad-signature')) throw new CliError(`${path}: the trust list of ${district} is not signed by the given roots (${v.reason})`);
      if (v.accepted) newest.set(district, list);
    }
  }
  return newest;
}
