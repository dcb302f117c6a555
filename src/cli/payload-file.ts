// Payload files: one payload text per line (`.qr` files hold one, presentation files one
// frame per line). Reading checks the kind, so a certificate is never taken for a stamp.
import { decodeCbor, fromText, DecodeError, type Cbor, type WireKind } from '../core';
import { CliError, readText } from './io';

/** Reads a one-payload file and decodes its CBOR, insisting on the kind. */
export function readPayload(path: string, kind: WireKind): Cbor {
  const text = readText(path).trim();
  try {
    const p = fromText(text);
    if (p.kind !== kind) throw new CliError(`${path} holds a ${p.kind}, a ${kind} is needed`);
    return decodeCbor(p.bytes);
  } catch (e) {
    if (e instanceof DecodeError) throw new CliError(`${path}: unreadable ${kind} (${e.code})`);
    throw e;
  }
}

/** Runs a decoder over a value, turning its DecodeError into a one-line CLI error. */
export function decodeOrFail<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof DecodeError) throw new CliError(`${what}: ${e.message}`);
    throw e;
  }
}
