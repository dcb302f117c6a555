// A strict, deterministic CBOR (RFC 8949) profile: only what the pass needs, and every
// other encoding of the same value is rejected. General CBOR libraries accept
// non-shortest integers, indefinite lengths, unsorted or duplicate map keys and floats by
// default; for signed data each of those is a second byte string for one meaning.
import { compareBytes, concat } from './bytes';
import { fail } from './errors';
import { utf8Decode, utf8Encode } from './platform';

/** A CBOR value of the profile: safe integers, bytes, text, arrays, maps with int/text keys, tags, booleans, null. */
export type Cbor = number | Uint8Array | string | boolean | null | Cbor[] | CborMap | Tagged;
/** A CBOR map; keys are integers or text. */
export type CborMap = Map<number | string, Cbor>;
/** A tagged value (major type 6). */
export interface Tagged {
  readonly tag: number;
  readonly value: Cbor;
}

const MAX_DEPTH = 16;

/** Wraps a value in a CBOR tag. */
export function tagged(tag: number, value: Cbor): Tagged {
  return { tag, value };
}

function head(major: number, n: number): Uint8Array {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`CBOR argument out of range: ${n}`);
  const m = major << 5;
  if (n < 24) return Uint8Array.of(m | n);
  if (n < 0x100) return Uint8Array.of(m | 24, n);
  if (n < 0x10000) return Uint8Array.of(m | 25, n >> 8, n & 0xff);
  if (n < 0x100000000) return Uint8Array.of(m | 26, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
  const hi = Math.floor(n / 0x100000000);
  const lo = n >>> 0;
  return Uint8Array.of(m | 27, 0, 0, (hi >> 8) & 0xff, hi & 0xff, lo >>> 24, (lo >> 16) & 0xff, (lo >> 8) & 0xff, lo & 0xff);
}

/** Encodes a value deterministically (shortest heads, definite lengths, map keys in bytewise order). */
export function encodeCbor(v: Cbor): Uint8Array {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new RangeError('only safe integers are encodable');
    return v >= 0 ? head(0, v) : head(1, -1 - v);
  }
  if (v instanceof Uint8Array) return concat(head(2, v.length), v);
  if (typeof v === 'string') {
    const b = utf8Encode(v);
    return concat(head(3, b.length), b);
  }
  if (v === false) return Uint8Array.of(0xf4);
  if (v === true) return Uint8Array.of(0xf5);
  if (v === null) return Uint8Array.of(0xf6);
  if (Array.isArray(v)) return concat(head(4, v.length), ...v.map(encodeCbor));
  if (v instanceof Map) {
    const entries = [...v].map(([k, x]) => [encodeCbor(k), encodeCbor(x)] as const);
    entries.sort((a, b) => compareBytes(a[0], b[0]));
    for (let i = 1; i < entries.length; i++) {
      if (compareBytes(entries[i - 1]![0], entries[i]![0]) === 0) throw new RangeError('duplicate map key');
    }
    return concat(head(5, v.size), ...entries.flat());
  }
  return concat(head(6, v.tag), encodeCbor(v.value));
}

class Reader {
  pos = 0;
  constructor(readonly b: Uint8Array) {}

  byte(): number {
    if (this.pos >= this.b.length) fail('truncated', 'CBOR input ends early');
    return this.b[this.pos++] as number;
  }

  take(n: number): Uint8Array {
    if (n > this.b.length - this.pos) fail('truncated', 'CBOR item longer than input');
    const out = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** Reads a head's argument and insists on the shortest form. */
  argument(info: number): number {
    if (info < 24) return info;
    if (info > 27) fail('not-canonical', 'indefinite length or reserved head');
    const len = 1 << (info - 24);
    let n = 0;
    for (let i = 0; i < len; i++) n = n * 256 + this.byte();
    const min = [24, 0x100, 0x10000, 0x100000000][info - 24] as number;
    if (n < min) fail('not-canonical', 'integer or length not in shortest form');
    if (!Number.isSafeInteger(n)) fail('unsupported-type', 'integer beyond 2^53');
    return n;
  }

  item(depth: number): Cbor {
    if (depth > MAX_DEPTH) fail('too-large', 'CBOR nesting too deep');
    const ib = this.byte();
    const major = ib >> 5;
    const info = ib & 31;
    if (major === 7) {
      if (ib === 0xf4) return false;
      if (ib === 0xf5) return true;
      if (ib === 0xf6) return null;
      fail('unsupported-type', 'floats and simple values other than true/false/null are not allowed');
    }
    const n = this.argument(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        if (n === Number.MAX_SAFE_INTEGER) fail('unsupported-type', 'negative integer beyond -2^53');
        return -1 - n;
      case 2:
        return this.take(n).slice();
      case 3:
        try {
          return utf8Decode(this.take(n));
        } catch (e) {
          if (e instanceof Error && e.name === 'DecodeError') throw e;
          return fail('bad-utf8', 'text string is not valid UTF-8');
        }
      case 4: {
        if (n > this.b.length - this.pos) fail('truncated', 'array longer than input');
        const out: Cbor[] = [];
        for (let i = 0; i < n; i++) out.push(this.item(depth + 1));
        return out;
      }
      case 5:
        return this.map(n, depth);
      default:
        return tagged(n, this.item(depth + 1));
    }
  }

  map(n: number, depth: number): CborMap {
    if (n * 2 > this.b.length - this.pos) fail('truncated', 'map longer than input');
    const out: CborMap = new Map();
    let prevKey: Uint8Array | undefined;
    for (let i = 0; i < n; i++) {
      const start = this.pos;
      const k = this.item(depth + 1);
      const keyBytes = this.b.subarray(start, this.pos);
      if (typeof k !== 'number' && typeof k !== 'string') fail('unsupported-type', 'map keys must be integers or text');
      if (prevKey && compareBytes(prevKey, keyBytes) >= 0) fail('not-canonical', 'map keys unsorted or duplicated');
      prevKey = keyBytes;
      out.set(k, this.item(depth + 1));
    }
    return out;
  }
}

/** Decodes exactly one value that must fill the whole input; anything outside the profile throws DecodeError. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const r = new Reader(bytes);
  const v = r.item(0);
  if (r.pos !== bytes.length) fail('trailing-bytes', 'bytes after the CBOR value');
  return v;
}
