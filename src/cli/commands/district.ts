// Coordinator verbs: `register` (an office asks), `certify` (the root admits it) and `trust`
// (the root publishes a new trust list version, with revocations).
import {
  fromHex, bestVerifier, certificateToCbor, decodeCertificate, decodeRegistration, ENTRY_TYPE, issueCertificate, issueTrustList, keyId,
  registrationToCbor, verifyRegistration, toHex, valueToText, createRegistration, OFFICE_KIND, bytesEqual,
  MAX_TRUST_LIST_STEP, MAX_TRUST_LIST_VERSION, TrustStore, type Certificate, type EntryType, type Registration, type OfficeKind, type Revocation, type TrustAnchor, type TrustList, trustFileJson,
} from '../../core';
import { parseArgs, parseTime, publicKeyArg } from '../args';
import { CliError, note, writeJson, writeText } from '../io';
import { loadKey } from '../key-file';
import { decodeOrFail, readPayload } from '../payload-file';
import { loadTrust } from '../trust-file';
import { addWithdrawals } from './withdraw';


const YEAR = 365 * 86400;

function types(list: string | undefined): EntryType[] | undefined {
  if (list === undefined) return undefined;
  const t = list.split(',').map((s) => s.trim()).filter(Boolean);
  for (const x of t) if (!ENTRY_TYPE.names.includes(x as EntryType)) throw new CliError(`unknown entry type ${x} (${ENTRY_TYPE.names.join(', ')})`);
  return t as EntryType[];
}

function officeKind(k: string): OfficeKind {
  if (!OFFICE_KIND.names.includes(k as OfficeKind)) throw new CliError(`unknown office kind ${k} (${OFFICE_KIND.names.join(', ')})`);
  return k as OfficeKind;
}

/** Runs `bbpass register`: an office's registration request, signed by its own key. */
export async function registerCommand(argv: string[]): Promise<number> {
  const a = parseArgs(argv, ['key', 'district', 'name', 'kind', 'types', 'address', 'contact', 'at', 'out', 'passphrase-file']);
  const { keys } = await loadKey(a.need('key'), 'office', a.get('passphrase-file'));
  let reg: Registration;
  try {
    reg = createRegistration(
      { district: a.need('district'), officeName: a.need('name'), officeKind: officeKind(a.need('kind')), requestedTypes: types(a.need('types'))!,
        address: a.get('address'), contact: a.get('contact'), createdAt: parseTime(a.get('at')) },
      keys,
    );
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(`cannot register: ${e.message}`);
    throw e;
  }
  writeText(a.get('out'), `${valueToText('registration', registrationToCbor(reg))}\n`);
  return 0;
}

/** Runs `bbpass certify`: the root signs an office certificate from a request or from explicit fields. */
export async function certifyCommand(argv: string[]): Promise<number> {
  const a = parseArgs(argv, ['root', 'request', 'office-key', 'name', 'kind', 'types', 'from', 'until', 'office-id', 'device-label', 'out', 'passphrase-file']);
  const officeIdArg = a.get('office-id');
  if (officeIdArg !== undefined && !/^[0-9a-f]{16}$/.test(officeIdArg)) throw new CliError('--office-id: the 16-hex key id of the office\'s first device (as in the register or `bbpass trust`)');
  const { keys: root, file } = await loadKey(a.need('root'), 'root', a.get('passphrase-file'));
  const validFrom = parseTime(a.get('from'), '--from');
  const validUntil = a.get('until') ? parseTime(a.get('until'), '--until') : validFrom + 2 * YEAR;
  let claims: { officeKey: Uint8Array; officeName: string; officeKind: OfficeKind; allowedTypes: EntryType[] };
  if (a.get('request')) {
    const reg = decodeOrFail('registration request', () => decodeRegistration(readPayload(a.need('request'), 'registration')));
    if (!(await verifyRegistration(reg, await bestVerifier()))) throw new CliError('registration request: signature does not match the office key');
    if (reg.claims.district !== file.district) throw new CliError(`registration request is for district ${reg.claims.district}, this root is ${file.district}`);
    const c = reg.claims;
    claims = { officeKey: c.officeKey, officeName: a.get('name') ?? c.officeName, officeKind: a.get('kind') ? officeKind(a.need('kind')) : c.officeKind, allowedTypes: types(a.get('types')) ?? [...c.requestedTypes] };
  } else {
    claims = { officeKey: publicKeyArg(a.need('office-key'), '--office-key'), officeName: a.need('name'), officeKind: officeKind(a.need('kind')), allowedTypes: types(a.need('types'))! };
  }
  let cert: Certificate;
  try {
    const device = { ...(officeIdArg ? { officeId: fromHex(officeIdArg) } : {}), deviceLabel: a.get('device-label') };
    cert = issueCertificate({ district: file.district!, ...claims, validFrom, validUntil, ...device }, root);
  } catch (e) {
    throw new CliError(`cannot certify: ${(e as Error).message}`);
  }
  writeText(a.get('out'), `${valueToText('certificate', certificateToCbor(cert))}\n`);
  const of = cert.claims.officeId ? ` as a device of office ${toHex(cert.claims.officeId)}` : '';
  note(`certified ${cert.claims.officeName} (${toHex(keyId(cert.claims.officeKey))})${of} for ${cert.claims.allowedTypes.join(', ')}`);
  return 0;
}

function revocation(spec: string, known: readonly Certificate[]): Revocation {
  const [who, when] = spec.split('@');
  if (!who || !when) throw new CliError('--revoke KEY@ISO-TIME (KEY: office public key in base64url, or its 16-hex key id)');
  const since = parseTime(when, '--revoke');
  if (/^[0-9a-f]{16}$/.test(who)) {
    const c = known.find((x) => toHex(keyId(x.claims.officeKey)) === who) ?? (() => { throw new CliError(`no certificate with key id ${who}`); })();
    return { officeKey: c.claims.officeKey, since };
  }
  return { officeKey: publicKeyArg(who, '--revoke'), since };
}

/** Runs `bbpass trust`: builds and signs the next trust list of the root's district. */
export async function trustCommand(argv: string[]): Promise<number> {
  const a = parseArgs(argv, ['root', 'base', 'cert', 'revoke', 'withdraw', 'version', 'at', 'out', 'passphrase-file']);
  const { keys: root, file } = await loadKey(a.need('root'), 'root', a.get('passphrase-file'));
  const district = file.district!;
  const anchor: TrustAnchor = { district, name: file.name ?? district, publicKey: root.publicKey };
  const base = a.get('base') ? await loadTrust(a.need('base')) : { anchors: [anchor], lists: [] as TrustList[], store: new TrustStore([anchor]) };
  const previous = base.store.listFor(district);
  const certs = [...(previous?.claims.certificates ?? [])];
  for (const path of a.all('cert')) {
    const c = decodeOrFail(path, () => decodeCertificate(readPayload(path, 'certificate')));
    if (c.claims.district !== district) throw new CliError(`${path} is a certificate of district ${c.claims.district}`);
    if (!certs.some((x) => bytesEqual(x.sign1.signature, c.sign1.signature))) certs.push(c);
  }
  const revocations = [...(previous?.claims.revocations ?? []), ...a.all('revoke').map((r) => revocation(r, certs))];
  const at = parseTime(a.get('at'));
  const withdrawals = await addWithdrawals(a.all('withdraw'), previous?.claims.withdrawals ?? [], anchor, at);
  const version = a.get('version') ? Number(a.get('version')) : (previous?.claims.version ?? 0) + 1;
  const last = previous?.claims.version ?? 0;
  // Verifiers refuse anything else (§9.10), so signing it would only publish a list nobody takes.
  const highest = Math.min(MAX_TRUST_LIST_VERSION, last + MAX_TRUST_LIST_STEP);
  if (!Number.isInteger(version) || version <= last || version > highest) throw new CliError(`--version must be ${last + 1} to ${highest}`);
  let list: TrustList;
  try {
    list = issueTrustList({ district, districtName: anchor.name, version, issuedAt: at, certificates: certs, revocations, withdrawals }, root);
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(`cannot sign the trust list: ${e.message}`);
    throw e;
  }
  const anchors = base.anchors.some((x) => bytesEqual(x.publicKey, root.publicKey)) ? base.anchors : [...base.anchors, anchor];
  const lists = [...base.lists.filter((l) => l.claims.district !== district), list];
  writeJson(a.need('out'), trustFileJson(anchors, lists));
  note(`trust list ${district} version ${version}: ${certs.length} offices, ${revocations.length} revocations, ${withdrawals.length} withdrawn stamps`);
  return 0;
}
