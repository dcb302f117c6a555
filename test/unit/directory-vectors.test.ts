// test/vectors/directory/: each file is a directory and the problems the checker must report
// (none for a valid one), named after its defect, for anyone writing another reader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDirectory } from '../../src/core';

const DIR = fileURLToPath(new URL('../vectors/directory', import.meta.url));

describe('directory vectors', () => {
  for (const file of readdirSync(DIR)) {
    const v = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { description: string; directory: unknown; expect: unknown[] };
    it(`${file}: ${v.description}`, () => {
      const r = checkDirectory(v.directory);
      expect(r.ok ? [] : r.problems).toEqual(v.expect);
    });
  }
});
