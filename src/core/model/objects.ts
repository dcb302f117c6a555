// Every signed payload is a CBOR map whose key 0 names the object type and key 1 the format
// version. The type inside the signed bytes means a signature made for one kind of object
// (say a pass card) can never be passed off as another (say a presentation).
import { decodeCbor, encodeCbor, type Cbor } from '../cbor';
import { fail } from '../errors';
import { FieldReader, mapOf } from './fields';

/** Object type codes (payload key 0). */
export const OBJECT_TYPE = {
  certificate: 1,
  stamp: 2,
  card: 3,
  presentation: 4,
  trustList: 5,
  registration: 6,
  withdrawal: 7,
} as const;
/** Name of an object type. */
export type ObjectType = keyof typeof OBJECT_TYPE;

/** The only format version this code reads and writes (payload key 1). */
export const FORMAT_VERSION = 1;

/** Encodes a payload map with its type and version in front. */
export function encodePayload(type: ObjectType, pairs: ReadonlyArray<readonly [number, Cbor | undefined]>): Uint8Array {
  return encodeCbor(mapOf([[0, OBJECT_TYPE[type]], [1, FORMAT_VERSION], ...pairs]));
}

/** Opens a payload: a DecodeError unless it is a map of the expected type and the supported version. */
export function openPayload(bytes: Uint8Array, type: ObjectType): FieldReader {
  const v = decodeCbor(bytes);
  const r = FieldReader.of(v, type);
  const t = r.uint(0);
  if (t !== OBJECT_TYPE[type]) fail('bad-structure', `expected a ${type}, found object type ${t}`);
  const version = r.uint(1);
  if (version !== FORMAT_VERSION) fail('unsupported-version', `format version ${version} is not supported`);
  return r;
}

/** Seconds since 1970 (UTC) as carried by every timestamp: up to the year 2106 (u32). */
export const MAX_TIME = 0xffffffff;

/** Checks a timestamp before signing it. */
export function checkTime(t: number, what: string): number {
  if (!Number.isSafeInteger(t) || t < 0 || t > MAX_TIME) throw new RangeError(`${what}: not a time in seconds`);
  return t;
}
