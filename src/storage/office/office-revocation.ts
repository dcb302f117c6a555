// Whether the district has withdrawn this office: the trust lists the device holds (shipped with
// the app or imported, each verified against the pinned roots) are searched for the office's
// own keys. A revoked office must not go on stamping: every stamp from that time on would be
// refused by every verifier, and the holder would only find out at the Jobcenter.
import type { TrustStore } from '../../core';
import type { OfficeRow } from '../rows';
import { readCertificate } from './office-status';

/** A revocation of one of the office's keys in a trust list this device holds. */
export interface OfficeRevocation {
  readonly keyId: string;
  readonly district: string;
  /** Stamps this key signs from this time on (seconds) are refused. */
  readonly since: number;
}

/** The revocations of the office's certified keys in `trust`, earliest first. */
export function officeRevocations(office: OfficeRow, trust: TrustStore): OfficeRevocation[] {
  return office.keys
    .flatMap((key) => {
      const cert = readCertificate(key.certificate)?.claims;
      // A certificate is only ever stored on the key it names (importCertificate), so its district is the key's.
      const since = cert && trust.revokedSince(cert.district, cert.officeKey);
      return cert && since !== undefined ? [{ keyId: key.keyId, district: cert.district, since }] : [];
    })
    .sort((a, b) => a.since - b.since);
}

/** The revocation in force for `keyId` at `now`, if any. */
export function revokedAt(revocations: readonly OfficeRevocation[], keyId: string, now: number): OfficeRevocation | undefined {
  return revocations.find((r) => r.keyId === keyId && now >= r.since);
}
