// trust.json: the roots a verifier pins (anchors) and the signed trust lists it holds. The
// CLI trusts exactly the anchors in the file it is given; the app pins its anchors in the
// build. Every list must verify against an anchor, or the file is refused.
import {
  bestVerifier, decodeCbor, decodeTrustList, fromBase64Url, fromText, isoDay, keyId, toBase64Url, toHex, trustListToCbor,
  TrustStore, valueToText, DecodeError, type TrustAnchor, type TrustList,
} from '../core';
import { CliError, readJson } from './io';

/** The JSON shape of a trust file. */
export interface TrustFile {
  readonly format: 'bbpass-trust';
  readonly version: 1;
  readonly anchors: ReadonlyArray<{ district: string; name: string; publicKey: string; keyId: string }>;
  /** Signed trust lists as payload text (`BBP1:T:…`). */
  readonly lists: readonly string[];
  /** A readable copy of the lists; informational only, the signed text is authoritative. */
  readonly summary?: unknown;
}

/** JSON form of an anchor. */
export function anchorJson(a: TrustAnchor): TrustFile['anchors'][number] {
  return { district: a.district, name: a.name, publicKey: toBase64Url(a.publicKey), keyId: toHex(keyId(a.publicKey)) };
}

function summary(l: TrustList) {
  const c = l.claims;
  const day = (t: number) => isoDay(Math.floor(t / 86400));
  return {
    district: c.district,
    name: c.districtName,
    version: c.version,
    issuedAt: new Date(c.issuedAt * 1000).toISOString(),
    offices: c.certificates.map((x) => ({
      name: x.claims.officeName,
      kind: x.claims.officeKind,
      keyId: toHex(keyId(x.claims.officeKey)),
      types: x.claims.allowedTypes,
      validFrom: day(x.claims.validFrom),
      validUntil: day(x.claims.validUntil),
    })),
    revocations: c.revocations.map((r) => ({ keyId: toHex(keyId(r.officeKey)), since: new Date(r.since * 1000).toISOString() })),
  };
}

/** Builds the JSON of a trust file. */
export function trustFileJson(anchors: readonly TrustAnchor[], lists: readonly TrustList[]): TrustFile {
  return {
    format: 'bbpass-trust',
    version: 1,
    anchors: anchors.map(anchorJson),
    lists: lists.map((l) => valueToText('trustList', trustListToCbor(l))),
    summary: lists.map(summary),
  };
}

/** Reads a trust file into a store; a list that does not verify against its anchor is an error. */
export async function loadTrust(path: string): Promise<{ store: TrustStore; lists: TrustList[]; anchors: TrustAnchor[] }> {
  const f = readJson(path) as TrustFile;
  if (f?.format !== 'bbpass-trust' || f.version !== 1 || !Array.isArray(f.anchors) || !Array.isArray(f.lists)) {
    throw new CliError(`${path} is not a bbpass trust file`);
  }
  let anchors: TrustAnchor[];
  try {
    anchors = f.anchors.map((a) => ({ district: String(a.district), name: String(a.name), publicKey: fromBase64Url(a.publicKey) }));
  } catch {
    throw new CliError(`${path}: an anchor key is not base64url`);
  }
  if (anchors.some((a) => a.publicKey.length !== 32)) throw new CliError(`${path}: an anchor key is not 32 bytes`);
  // The key id beside each key is for people; a mismatch means the file was edited by hand.
  f.anchors.forEach((a, i) => {
    if (a.keyId !== undefined && a.keyId !== toHex(keyId(anchors[i]!.publicKey))) throw new CliError(`${path}: anchor ${a.district} has a key id that does not match its key`);
  });
  const store = new TrustStore(anchors);
  const verify = await bestVerifier();
  const lists: TrustList[] = [];
  for (const [i, text] of f.lists.entries()) {
    let list: TrustList;
    try {
      const { kind, bytes } = fromText(String(text));
      if (kind !== 'trustList') throw new CliError(`${path}: list ${i + 1} is a ${kind}, not a trust list`);
      list = decodeTrustList(decodeCbor(bytes));
    } catch (e) {
      if (e instanceof DecodeError) throw new CliError(`${path}: list ${i + 1} is unreadable (${e.code})`);
      throw e;
    }
    const v = await store.offer(list, verify);
    if (!v.accepted && v.reason !== 'not-newer') throw new CliError(`${path}: trust list of ${list.claims.district} refused: ${v.reason}`);
    lists.push(list);
  }
  return { store, lists, anchors };
}
