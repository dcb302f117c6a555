// Reading trust.json (core's trustFileJson writes it): the CLI trusts exactly the anchors in the
// file it is given; the app pins its anchors in the build. Every list must verify against an
// anchor, or the file is refused.
import {
  bestVerifier, bytesEqual, decodeCbor, decodeTrustList, demoRootKeys, fromBase64Url, fromText, keyId, toHex, TrustStore, DecodeError, type TrustAnchor,
  type TrustFile, type TrustList,
} from '../core';
import { CliError, readJson } from './io';

/** Reads a trust file into a store; a list that does not verify against its anchor is an error, one the version rules refuse is left out of the store. */
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
  // A DEMO root's private key is public: its entries are marked DEMO whether or not the file says so.
  const demoKeys = demoRootKeys();
  anchors = anchors.map((a, i) => (f.anchors[i]!.demo === true || demoKeys.some((k) => bytesEqual(k, a.publicKey)) ? { ...a, demo: true } : a));
  // The key id beside each key is for people; a mismatch means the file was edited by hand.
  f.anchors.forEach((a, i) => {
    if (a.keyId !== undefined && a.keyId !== toHex(keyId(anchors[i]!.publicKey))) throw new CliError(`${path}: anchor ${a.district} has a key id that does not match its key`);
  });
  let store: TrustStore;
  try {
    store = new TrustStore(anchors);
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(`${path}: ${e.message}`);
    throw e;
  }
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
    // A forged list makes the file untrustworthy; a genuine one out of order is simply not taken (§9.10).
    if (!v.accepted && (v.reason === 'unknown-issuer' || v.reason === 'bad-signature')) throw new CliError(`${path}: trust list of ${list.claims.district} refused: ${v.reason}`);
    lists.push(list);
  }
  return { store, lists, anchors };
}
