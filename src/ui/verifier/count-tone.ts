// The line "Gültig: x von y" carried a green tick whatever x was, so "Gültig: 0 von 2" looked
// like a pass: its icon and colour now follow the numbers.

/** How the valid count looks: all valid, some (or some only under an out-of-date list), or none. */
export type CountTone = 'good' | 'warning' | 'problem';

/** The tone of `valid` of `total` entries, `stale` of them valid only under an out-of-date trust list. */
export function countTone(valid: number, total: number, stale: number): CountTone {
  if (valid === 0) return 'problem';
  return valid < total || stale > 0 ? 'warning' : 'good';
}
