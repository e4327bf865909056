/**
 * The QR code of an entry's page, for its printed sheet. Drawing one is most of the
 * time a page takes to render, so a build draws them ahead on another core
 * (qr-worker.ts) in the order the pages come, and a page takes its code from there when
 * it is ready, or draws it itself when it is not: the same code either way, as it is
 * the same pure function (src/domain/qr-code.ts) of the same address.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { qrCode } from '../domain/qr-code.ts';

const drawn = new Map<string, string>();
let started = false;

/** Starts drawing `urls` on another core, once per build; does nothing where no worker can start. */
export function drawAhead(urls: () => readonly string[]): void {
  if (started) return;
  started = true;
  // The worker runs from the project's own source (src/cli/build.ts says where it is), not from the bundle.
  const script = path.join(process.env['OPEN_FRANCHISE_ROOT'] ?? process.cwd(), 'src', 'site', 'qr-worker.ts');
  if (!existsSync(script)) return;
  try {
    const worker = new Worker(script, { workerData: { urls: urls() } });
    worker.on('message', (batch: Array<readonly [string, string]>) => {
      for (const [url, svg] of batch) drawn.set(url, svg);
    });
    worker.on('error', () => {}); // a page then draws its own code
    worker.unref(); // never keeps the build waiting
  } catch {
    // no worker threads here: every page draws its own code
  }
}

/** Whether the worker has drawn `url` and no page has taken it yet. */
export function isDrawnAhead(url: string): boolean {
  return drawn.has(url);
}

/** The SVG of the QR code to `url`. */
export function qrSvg(url: string): string {
  const ready = drawn.get(url);
  if (ready !== undefined) {
    drawn.delete(url);
    return ready;
  }
  return qrCode(url).svg;
}
