// What a vector expects: the verification report, or, for input refused before verification
// (over a limit of FORMAT.md §3.5, or more than one payload, §10.1), the decoding error's code.
import { DecodeError, verifyTexts } from '../../src/core';

/** The report of `verifyTexts`, or `{ valid: false, error: code }` when the input is refused unread. */
export async function reportOf(...args: Parameters<typeof verifyTexts>): Promise<Awaited<ReturnType<typeof verifyTexts>> | { valid: false; error: string }> {
  try {
    return await verifyTexts(...args);
  } catch (e) {
    if (e instanceof DecodeError) return { valid: false, error: e.code };
    throw e;
  }
}
