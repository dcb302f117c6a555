// The receiver's linear algebra. Every frame is one equation over GF(2): "the XOR of these
// fragments is this data". Incremental Gaussian elimination keeps the equations taken in so
// far in reduced row echelon form, so a frame counts exactly when it raises the rank and the
// message is determined exactly when the rank reaches the fragment count: no decoder can
// finish with fewer frames. (A peeling decoder stalls on frame sets that already determine
// every fragment, and on the dense mixes of mix.ts it rarely finds one with a single unknown.)
//
// Rows are keyed by their pivot column. "Reduced" means a pivot column is set in its own row
// and clear in every other row, which gives three properties the code relies on:
//   - reducing a new row needs each pivot it contains once, in any order: XORing a row in
//     clears that pivot and brings in non-pivot columns only;
//   - a row with a single set bit is a solved fragment and stays one for good, because no
//     later pivot can occur in it: the solved count only grows;
//   - every fragment the equations determine is such a row (a unit vector in the row space
//     of a reduced basis must be one of its rows), so the solved count is honest.
// Solved rows drop their coefficient bitset, and only rows with several bits ("open" rows)
// take part in elimination, so plain fragments cost one data copy and nothing later.
//
// Cost, in 32-bit word operations: a row is ceil(seqLen/32) coefficient words plus
// ceil(fragmentLen/4) data words. Taking in a frame XORs at most one row per pivot it
// contains and one per open row: O(rank · (seqLen/32 + fragmentLen/4)). A whole transfer is
// therefore O(seqLen² · (seqLen/32 + fragmentLen/4)) at worst; memory is
// O(open · seqLen/8 + rank · fragmentLen) bytes. Dense mixes reach that bound: for 400
// fragments of 280 B about seven million operations; see docs/format-fountain.md for the
// cost at the decoder's limit of 4,096 fragments.

/** XOR equations over `size` unknown byte strings, solved incrementally by Gaussian elimination over GF(2). */
export class Gf2System {
  private readonly coefWords: number;
  private readonly byteLen: number;
  // Bitset of the columns that have a row (its pivot).
  private readonly pivots: Uint32Array;
  // By pivot column: the row's right-hand side (zero-padded to whole words).
  private readonly data: (Uint32Array | undefined)[];
  // By pivot column: the row's coefficients, kept only while it has several bits.
  private readonly coef: (Uint32Array | undefined)[];
  private readonly open = new Set<number>();
  private rankCount = 0;
  private solvedCount = 0;

  /** A system with `size` unknowns of `byteLen` bytes each and no equations yet. */
  constructor(
    readonly size: number,
    byteLen: number,
  ) {
    this.byteLen = byteLen;
    this.coefWords = Math.ceil(size / 32);
    this.pivots = new Uint32Array(this.coefWords);
    // Sparse arrays: a decoder that sees one frame of a huge seqLen allocates nothing per column.
    this.data = [];
    this.coef = [];
  }

  /** Independent equations taken in so far; the system is solved when this equals size. */
  get rank(): number {
    return this.rankCount;
  }

  /** Unknowns determined so far (rows with a single unknown). */
  get solved(): number {
    return this.solvedCount;
  }

  /** Adds XOR(unknowns at `indexes`) = `bytes`; true if it raised the rank, false if earlier equations imply it. */
  add(indexes: readonly number[], bytes: Uint8Array): boolean {
    const coef = new Uint32Array(this.coefWords);
    for (const i of indexes) coef[i >>> 5]! |= 1 << (i & 31);
    const data = new Uint32Array(Math.ceil(this.byteLen / 4));
    new Uint8Array(data.buffer, 0, this.byteLen).set(bytes);
    this.reduce(coef, data);
    const pivot = lowestBit(coef);
    // Nothing left: the frame was implied by earlier ones. (Were it corrupted, that is harmless.)
    if (pivot < 0) return false;
    const single = hasOneBit(coef);
    const word = pivot >>> 5;
    const bit = 1 << (pivot & 31);
    // Back-substitution: clear the new pivot column from every open row, so the form stays reduced.
    for (const q of this.open) {
      const row = this.coef[q]!;
      if ((row[word]! & bit) === 0) continue;
      if (single) row[word]! ^= bit;
      else xorInto(row, coef);
      xorInto(this.data[q]!, data);
      if (hasOneBit(row)) {
        this.open.delete(q); // deleting the current element keeps Set iteration well-defined
        this.coef[q] = undefined;
        this.solvedCount++;
      }
    }
    this.pivots[word]! |= bit;
    this.data[pivot] = data;
    if (single) this.solvedCount++;
    else {
      this.coef[pivot] = coef;
      this.open.add(pivot);
    }
    this.rankCount++;
    return true;
  }

  /** Unknown `index` if determined (a view of internal storage; do not modify), else undefined. */
  value(index: number): Uint8Array | undefined {
    const data = this.data[index];
    if (!data || this.coef[index]) return undefined;
    return new Uint8Array(data.buffer, 0, this.byteLen);
  }

  // Eliminates every pivot column from a new row. The pivots it contains are read up front per
  // word: XORing a reduced row in clears its own pivot and adds non-pivot columns only.
  private reduce(coef: Uint32Array, data: Uint32Array): void {
    for (let w = 0; w < coef.length; w++) {
      let hits = coef[w]! & this.pivots[w]!;
      while (hits !== 0) {
        const bit = hits & -hits;
        hits ^= bit;
        const col = (w << 5) | (31 - Math.clz32(bit));
        xorInto(data, this.data[col]!);
        const row = this.coef[col];
        if (row) xorInto(coef, row);
        else coef[w]! ^= bit;
      }
    }
  }
}

function xorInto(target: Uint32Array, source: Uint32Array): void {
  for (let i = 0; i < target.length; i++) target[i]! ^= source[i]!;
}

// Index of the lowest set bit, or -1 for an all-zero bitset.
function lowestBit(v: Uint32Array): number {
  for (let w = 0; w < v.length; w++) {
    const x = v[w]!;
    if (x !== 0) return (w << 5) | (31 - Math.clz32(x & -x));
  }
  return -1;
}

function hasOneBit(v: Uint32Array): boolean {
  let seen = false;
  for (let w = 0; w < v.length; w++) {
    const x = v[w]!;
    if (x === 0) continue;
    if (seen || (x & (x - 1)) !== 0) return false;
    seen = true;
  }
  return seen;
}
