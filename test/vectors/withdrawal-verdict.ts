// What a coordinator vector expects (test/vectors/withdrawal/): a withdrawal's acceptance for the
// demo district, or for a trust list whether it decodes (and the decoding error's code if not).
import { checkWithdrawal, decodeCbor, decodeTrustList, fromText, DecodeError, type WithdrawalContext } from '../../src/core';
import type { WithdrawalVector } from './withdrawal-vectors';

/** The verdict a coordinator vector records. */
export async function coordinatorVerdict(v: Pick<WithdrawalVector, 'withdrawal' | 'list'>, ctx: WithdrawalContext): Promise<WithdrawalVector['expect']> {
  try {
    if (v.list) {
      decodeTrustList(decodeCbor(fromText(v.list).bytes));
      return { accepted: true };
    }
    const r = await checkWithdrawal(decodeCbor(fromText(v.withdrawal!).bytes), ctx);
    return r.accepted ? { accepted: true } : { accepted: false, reason: r.reason };
  } catch (e) {
    if (e instanceof DecodeError) return { error: e.code };
    throw e;
  }
}
