/** A page's QR code is the same whether the build's worker drew it ahead or the page drew it itself. */
import { describe, expect, test, vi } from 'vitest';
import { qrCode } from '../../src/domain/qr-code.ts';
import { drawAhead, isDrawnAhead, qrSvg } from '../../src/site/qr-codes.ts';

const URLS = Array.from({ length: 45 }, (_, n) => `https://example.org/binder/recipes/dish-${n}/`);

describe('QR codes drawn ahead', () => {
  test('the worker draws every page ahead, and a page takes exactly what it would have drawn', async () => {
    drawAhead(() => URLS);
    const last = URLS.at(-1)!;
    await vi.waitFor(() => expect(isDrawnAhead(last)).toBe(true), { timeout: 30_000, interval: 20 });
    for (const url of URLS) {
      expect(isDrawnAhead(url), url).toBe(true);
      expect(qrSvg(url)).toBe(qrCode(url).svg);
      expect(isDrawnAhead(url)).toBe(false);
    }
  });

  test('a page the worker has not drawn draws its own', () => {
    const url = 'https://example.org/binder/recipes/not-listed/';
    expect(isDrawnAhead(url)).toBe(false);
    expect(qrSvg(url)).toBe(qrCode(url).svg);
  });
});
