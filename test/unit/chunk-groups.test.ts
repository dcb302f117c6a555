// The build's 'kit' file holds small shared screen pieces that need nothing beyond the start
// file. A piece that imports a library, the scanner, storage or a stylesheet would make every
// view that loads the kit download that too, so the rule looks at each piece's imports.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isKitPiece } from '../../tools/first-screen/chunk-groups';

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

describe('kit pieces', () => {
  it('takes small ui/kit and ui/entry modules that import only preact, i18n, core and each other', () => {
    for (const path of ['ui/kit/format.ts', 'ui/kit/berlin-time.ts', 'ui/kit/icons.tsx', 'ui/entry/entry-text.ts']) expect(isKitPiece(src(path)), path).toBe(true);
  });

  it('leaves out a piece with a library, the scanner, storage, a stylesheet or a lazy import, and any piece that imports one', () => {
    for (const path of ['ui/kit/qr-code.tsx', 'ui/kit/animated-qr.tsx', 'ui/kit/use-scanner.ts', 'ui/kit/use-trust-changes.ts', 'ui/kit/safe-table.tsx']) {
      expect(isKitPiece(src(path)), path).toBe(false);
    }
  });

  it('takes nothing outside ui/kit and ui/entry', () => {
    expect(isKitPiece(src('ui/holder/focus.ts'))).toBe(false);
    expect(isKitPiece(src('core/bytes.ts'))).toBe(false);
  });
});
