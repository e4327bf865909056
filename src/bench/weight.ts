/** A file's weight as stored and as a server sends it: gzip at zlib's default level 6, brotli at its default quality 11. */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Weight } from './budgets.ts';

export function weigh(content: Uint8Array): Weight {
  return { raw: content.byteLength, gzip: gzipSync(content).byteLength, brotli: brotliCompressSync(content).byteLength };
}

export function addWeights(weights: readonly Weight[]): Weight {
  return weights.reduce((sum, w) => ({ raw: sum.raw + w.raw, gzip: sum.gzip + w.gzip, brotli: sum.brotli + w.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}
