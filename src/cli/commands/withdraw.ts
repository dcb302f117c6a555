// Office verb `withdraw`: signs the withdrawal of one of the office's own stamps, for the
// coordinator (`bbpass trust --withdraw`) to put into the district's trust list.
import {
  bestVerifier, bytesEqual, checkWithdrawal, decodeCertificate, decodeStamp, decodeWithdrawal, issueWithdrawal, keyId, listedWithdrawal, stampRef, toHex,
  valueToText, verifySign1, withdrawalToCbor, WITHDRAWAL_REASON, type Certificate, type KeyPair, type ListedWithdrawal, type Stamp, type TrustAnchor,
  type WithdrawalReason, type WithdrawalRefusal,
} from '../../core';
import { parseArgs, parseTime } from '../args';
import { CliError, note, writeText } from '../io';
import { loadKey } from '../key-file';
import { decodeOrFail, readPayload } from '../payload-file';

/** The office key and its certificate, refused when the certificate is for another key. */
export async function officeWithCert(keyPath: string, certPath: string, passphraseFile?: string): Promise<{ keys: KeyPair; cert: Certificate }> {
  const { keys } = await loadKey(keyPath, 'office', passphraseFile);
  const cert = decodeOrFail('certificate', () => decodeCertificate(readPayload(certPath, 'certificate')));
  if (!bytesEqual(cert.claims.officeKey, keys.publicKey)) throw new CliError('--cert: the certificate is for another office key');
  return { keys, cert };
}

/** Reads a stamp this office signed; a stamp of another office is refused, since only its issuer may withdraw or correct it. */
export async function ownStamp(path: string, office: KeyPair): Promise<Stamp> {
  const stamp = decodeOrFail(path, () => decodeStamp(readPayload(path, 'stamp')));
  const mine = bytesEqual(stamp.sign1.kid, keyId(office.publicKey)) && (await verifySign1(stamp.sign1, office.publicKey, await bestVerifier()));
  if (!mine) {
    const by = stamp.certificate ? `${stamp.certificate.claims.officeName} (${toHex(stamp.sign1.kid)})` : `key id ${toHex(stamp.sign1.kid)}`;
    throw new CliError(`${path} was not issued by this office but by ${by}: only the issuing office can withdraw or correct a stamp`);
  }
  return stamp;
}

function reasonArg(r: string | undefined): WithdrawalReason {
  if (r === undefined) return 'issued-in-error';
  if (!WITHDRAWAL_REASON.names.includes(r as WithdrawalReason)) throw new CliError(`--reason: one of ${WITHDRAWAL_REASON.names.join(', ')}`);
  return r as WithdrawalReason;
}

/** Runs `bbpass withdraw`: the office withdraws one of its stamps (the withdrawal carries the certificate and the stamp). */
export async function withdrawCommand(argv: string[]): Promise<number> {
  const a = parseArgs(argv, ['office', 'cert', 'stamp', 'reason', 'replacement', 'at', 'out', 'passphrase-file']);
  const { keys, cert } = await officeWithCert(a.need('office'), a.need('cert'), a.get('passphrase-file'));
  const stamp = await ownStamp(a.need('stamp'), keys);
  const reason = reasonArg(a.get('reason'));
  const replacementPath = a.get('replacement');
  if (replacementPath && reason !== 'corrected') throw new CliError('--replacement goes with --reason corrected');
  const replacement = replacementPath ? stampRef(await ownStamp(replacementPath, keys)) : undefined;
  let text: string;
  try {
    const w = issueWithdrawal({ stamp: stampRef(stamp), reason, withdrawnAt: parseTime(a.get('at')), ...(replacement ? { replacement } : {}) }, keys, cert, stamp);
    text = valueToText('withdrawal', withdrawalToCbor(w));
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(`cannot withdraw: ${e.message}`);
    throw e;
  }
  writeText(a.get('out'), `${text}\n`);
  note(`withdrawal of stamp ${toHex(stampRef(stamp))} (${reason}); give it to the coordinator for the trust list`);
  return 0;
}

const REFUSED: Record<Exclude<WithdrawalRefusal, 'malformed' | 'unsupported-version'>, string> = {
  'unknown-issuer': 'its certificate is not one this district root signed',
  'bad-signature': 'a signature does not verify',
  'stamp-missing': 'it does not carry the stamp, so who issued it cannot be checked (make it with bbpass withdraw)',
  'not-issuer': 'the stamp was issued by another office; only the issuing office can withdraw it',
  'stamp-mismatch': 'it names another stamp than the one it carries',
  'future-dated': 'it is dated in the future',
};

/** Checks withdrawal files for the root's district (FORMAT.md §9.12) and adds them to `listed`; a refused one stops the command. */
export async function addWithdrawals(paths: readonly string[], listed: readonly ListedWithdrawal[], anchor: TrustAnchor, now: number): Promise<ListedWithdrawal[]> {
  const out = [...listed];
  const verify = await bestVerifier();
  for (const path of paths) {
    const w = decodeOrFail(path, () => decodeWithdrawal(readPayload(path, 'withdrawal')));
    const v = await checkWithdrawal(w, { anchor, now, verify });
    if (!v.accepted) throw new CliError(`${path} refused (${v.reason}): ${REFUSED[v.reason as keyof typeof REFUSED]}`);
    const entry = listedWithdrawal(w);
    if (out.some((x) => bytesEqual(x.stamp, entry.stamp))) note(`${path}: stamp ${toHex(entry.stamp)} is already withdrawn, kept as listed`);
    else out.push(entry);
  }
  return out;
}
