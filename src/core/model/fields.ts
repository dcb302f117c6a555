// Strict readers for the integer-keyed CBOR maps of every payload: a missing required field,
// a field of the wrong type or an unknown key is a DecodeError, never a silently odd value.
import type { Cbor, CborMap } from '../cbor';
import { isWeakPublicKey, WEAK_KEY } from '../ed25519';
import { fail } from '../errors';
import { describeTextDefect, textDefect } from './text-policy';

/** Reads fields of one map and, via `done()`, insists that no unknown key was present. */
export class FieldReader {
  private readonly seen = new Set<number | string>();

  constructor(
    private readonly map: CborMap,
    private readonly what: string,
  ) {}

  /** Wraps a CBOR value that must be a map. */
  static of(v: Cbor | undefined, what: string): FieldReader {
    if (!(v instanceof Map)) fail('bad-structure', `${what} must be a map`);
    return new FieldReader(v, what);
  }

  private get(key: number): Cbor | undefined {
    this.seen.add(key);
    return this.map.get(key);
  }

  private missing(key: number): never {
    return fail('bad-structure', `${this.what}: field ${key} missing or of the wrong type`);
  }

  /** Any value, or undefined when absent. */
  raw(key: number): Cbor | undefined {
    return this.get(key);
  }

  /** An unsigned integer in [min, max]. */
  uint(key: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    const v = this.optUint(key, min, max);
    return v === undefined ? this.missing(key) : v;
  }

  /** An optional unsigned integer in [min, max]. */
  optUint(key: number, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || v < min || v > max) return this.missing(key);
    return v;
  }

  /** A non-empty text of at most `max` characters that passes the text policy. */
  text(key: number, max: number): string {
    const v = this.optText(key, max);
    return v === undefined ? this.missing(key) : v;
  }

  /** An optional non-empty text of at most `max` characters that passes the text policy. */
  optText(key: number, max: number): string | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.length === 0 || [...v].length > max) return this.missing(key);
    // Every signed text is read here, so no text that lies about itself reaches a screen.
    const d = textDefect(v);
    if (d) fail('bad-text', describeTextDefect(`${this.what}: field ${key}`, d));
    return v;
  }

  /** A byte string of exactly `length` bytes. */
  bytes(key: number, length: number): Uint8Array {
    const v = this.optBytes(key, length);
    return v === undefined ? this.missing(key) : v;
  }

  /** An optional byte string of exactly `length` bytes. */
  optBytes(key: number, length: number): Uint8Array | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (!(v instanceof Uint8Array) || v.length !== length) return this.missing(key);
    return v;
  }

  /** An array (of any items; the caller checks them). */
  array(key: number, maxItems: number): Cbor[] {
    const v = this.get(key);
    if (!Array.isArray(v)) return this.missing(key);
    // A named refusal, so a verifier can say "too large" rather than "damaged" (FORMAT.md §3.5).
    if (v.length > maxItems) fail('too-large', `${this.what}: field ${key} has more than ${maxItems} items`);
    return v;
  }

  /** A 32-byte Ed25519 public key; a weak one (FORMAT.md §6.4) is refused here, where the key is read. */
  publicKey(key: number): Uint8Array {
    const v = this.bytes(key, 32);
    if (isWeakPublicKey(v)) fail('weak-key', `${this.what}: field ${key} is ${WEAK_KEY}`);
    return v;
  }

  /** Ends reading: any key not asked for is an error, so extra data cannot ride along unnoticed. */
  done(): void {
    for (const k of this.map.keys()) {
      if (!this.seen.has(k)) fail('bad-structure', `${this.what}: unknown field ${String(k)}`);
    }
  }
}

/** Builds a CBOR map from [key, value] pairs, leaving out undefined values. */
export function mapOf(pairs: ReadonlyArray<readonly [number, Cbor | undefined]>): CborMap {
  const m: CborMap = new Map();
  for (const [k, v] of pairs) if (v !== undefined) m.set(k, v);
  return m;
}
