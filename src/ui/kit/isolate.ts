// Signed free text (names, office and district names, entry texts) is written by whoever
// signed it. Shown isolated, its own direction cannot reorder the label, date or code beside
// it (docs/FORMAT.md §12): in markup wrap it in <bdi>; inside a message use isolate().

/** Wraps a text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: what `<bdi>` does, for a message placeholder. */
export const isolate = (s: string): string => `\u2068${s}\u2069`;
