// The `bbpass-trust` file: the roots a verifier pins (anchors) and signed trust lists, as the
// CLI writes it and the coordinator screen offers it for download. One builder, so both write
// the same file; the app reads only the lists (it pins its own anchors in the build).
import { toBase64Url, toHex } from './bytes';
import { keyId } from './ed25519';
import { isoDay } from './model/dates';
import { trustListToCbor, type TrustList } from './model/trust-list';
import type { TrustAnchor } from './verify/trust-store';
import { valueToText } from './wire';

/** The JSON shape of a trust file. */
export interface TrustFile {
  readonly format: 'bbpass-trust';
  readonly version: 1;
  readonly anchors: ReadonlyArray<{ district: string; name: string; publicKey: string; keyId: string; demo?: true }>;
  /** Signed trust lists as payload text (`BBP1:T:…`). */
  readonly lists: readonly string[];
  /** A readable copy of the lists; informational only, the signed text is authoritative. */
  readonly summary?: unknown;
}

/** JSON form of an anchor. */
export function anchorJson(a: TrustAnchor): TrustFile['anchors'][number] {
  return { district: a.district, name: a.name, publicKey: toBase64Url(a.publicKey), keyId: toHex(keyId(a.publicKey)), ...(a.demo ? { demo: true as const } : {}) };
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
    // A count only: the references are unreadable anyway, and a copy would double the shipped file.
    ...(c.withdrawals ? { withdrawals: c.withdrawals.length } : {}),
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

/** The text of a trust file as written to disk (indented JSON, final newline). */
export function trustFileText(anchors: readonly TrustAnchor[], lists: readonly TrustList[]): string {
  return `${JSON.stringify(trustFileJson(anchors, lists), null, 2)}\n`;
}
