/** Why a byte sequence could not be read; every decoder in core throws only this. */
export type DecodeErrorCode =
  | 'truncated'
  | 'trailing-bytes'
  | 'not-canonical'
  | 'unsupported-type'
  | 'bad-structure'
  | 'weak-key'
  | 'bad-text'
  | 'bad-base45'
  | 'bad-prefix'
  | 'unsupported-version'
  | 'bad-utf8'
  | 'too-large'
  | 'bad-frame'
  | 'checksum-mismatch'
  | 'invalid-argument';

/** Typed decoding failure: callers map `code` to a verdict, never show `message` to users. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  constructor(
    readonly code: DecodeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Throws a DecodeError; an expression-friendly helper for parsers. */
export function fail(code: DecodeErrorCode, message: string): never {
  throw new DecodeError(code, message);
}
