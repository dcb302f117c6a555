// What a DecodeError means to whoever refuses the input, in one table for every caller (the
// assembler, the checks, the file worker, storage): each caller names the reasons it tells
// apart and gets 'malformed' for every other code, so no caller reads `e.code` itself.
import { DecodeError, type DecodeErrorCode } from './errors';

/** Why input was refused unread; 'incomplete' and 'several-payloads' come from assemble() (FORMAT.md §10.1). */
export type DecodeReason = 'not-a-payload' | 'unsupported-version' | 'too-large' | 'weak-key' | 'incomplete' | 'several-payloads' | 'malformed';

// The one table, read both ways: a code not listed here is 'malformed'.
const CODE_OF = {
  'not-a-payload': 'bad-prefix',
  'unsupported-version': 'unsupported-version',
  'too-large': 'too-large',
  'weak-key': 'weak-key',
  incomplete: 'truncated',
  'several-payloads': 'bad-structure',
} as const satisfies Record<Exclude<DecodeReason, 'malformed'>, DecodeErrorCode>;

const REASON_OF = new Map<DecodeErrorCode, DecodeReason>(Object.entries(CODE_OF).map(([reason, code]) => [code, reason as DecodeReason]));

/**
 * The reason a DecodeError gives among those the caller tells apart (`tells`), every other one
 * 'malformed'; anything else thrown is re-thrown (it is a bug, not bad input).
 */
export function decodeReason<const K extends DecodeReason>(e: unknown, tells: readonly K[]): K | 'malformed' {
  if (!(e instanceof DecodeError)) throw e;
  const reason = REASON_OF.get(e.code);
  return reason !== undefined && (tells as readonly DecodeReason[]).includes(reason) ? (reason as K) : 'malformed';
}

/** The DecodeError code a reason is thrown with (the table above read backwards); 'malformed' becomes `otherwise`. */
export function decodeCodeOf(reason: DecodeReason, otherwise: DecodeErrorCode): DecodeErrorCode {
  return reason === 'malformed' ? otherwise : CODE_OF[reason];
}
