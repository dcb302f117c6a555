// The app's QR decoder (ZXing in WebAssembly, src/scan/zxing-reader.ts) in Node: the .wasm is
// read from node_modules, never fetched.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadZxing, type ZxingReadFn } from '../scan/zxing-reader';

let reader: Promise<ZxingReadFn> | undefined;

/** The ZXing reader, compiled once per process. */
export function nodeZxing(): Promise<ZxingReadFn> {
  reader ??= loadZxing({ wasmBinary: readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm')) });
  return reader;
}
