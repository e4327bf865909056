/**
 * Draws the QR codes of the pages the build is about to render, on another core, and
 * sends them back in small batches (src/site/qr-codes.ts): the main thread renders pages
 * meanwhile instead of drawing a code for each.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { qrCode } from '../domain/qr-code.ts';

const BATCH = 20;
let batch: Array<readonly [string, string]> = [];
for (const url of (workerData as { urls: readonly string[] }).urls) {
  batch.push([url, qrCode(url).svg]);
  if (batch.length === BATCH) {
    parentPort!.postMessage(batch);
    batch = [];
  }
}
parentPort!.postMessage(batch);
