import { encode } from 'uqr';
import { describe, expect, test } from 'vitest';
import { QR_ERROR_CORRECTION, QR_QUIET_ZONE, qrCode } from '../../src/domain/qr-code.ts';

const MARGHERITA = 'https://open-franchise.github.io/open-franchise/recipes/margherita/';

/** The modules the SVG paints dark, read back from its path: `M<x> <y>.5` or `m<dx> 0`, then `h<n>`. */
function paintedModules(svg: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const d = /<path[^>]* d="([^"]*)"/.exec(svg)?.[1] ?? '';
  let penX = 0;
  let row = 0;
  for (const [, absolute, x, y, dx, n] of d.matchAll(/(?:(M)(\d+) (\d+)\.5|m(\d+) 0)h(\d+)/g)) {
    if (absolute) {
      penX = Number(x);
      row = Number(y);
    } else penX += Number(dx);
    for (let i = 0; i < Number(n); i++) grid[row]![penX + i] = true;
    penX += Number(n);
  }
  return grid;
}

describe('qrCode', () => {
  test.each([
    ['a recipe', MARGHERITA],
    ['a scaled recipe', `${MARGHERITA}?scale=2.5`],
    ['a procedure', 'https://example.org/binder/procedures/two-stage-cooling/'],
  ])('paints exactly the modules the encoder gives for %s, at level M', (_, url) => {
    const { size, svg } = qrCode(url);
    const expected = encode(url, { ecc: 'M', border: QR_QUIET_ZONE });
    expect(size).toBe(expected.size);
    expect(paintedModules(svg, size)).toEqual(expected.data);
    // The same text at level L would be a different (smaller or differently masked) code.
    expect(encode(url, { ecc: 'L', border: QR_QUIET_ZONE }).data).not.toEqual(expected.data);
  });

  test('keeps a white quiet zone of four modules on every side', () => {
    const { size, svg } = qrCode(MARGHERITA);
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(svg).toContain(`<rect width="${size}" height="${size}" fill="#fff"/>`);
    const painted = paintedModules(svg, size);
    painted.forEach((row, y) =>
      row.forEach((dark, x) => {
        const inQuietZone = Math.min(x, y, size - 1 - x, size - 1 - y) < QR_QUIET_ZONE;
        if (inQuietZone) expect(dark, `module ${x},${y}`).toBe(false);
      }),
    );
    // The finder pattern's top-left corner starts right after the quiet zone.
    expect(painted[QR_QUIET_ZONE]![QR_QUIET_ZONE]).toBe(true);
  });

  test('is deterministic, and different addresses give different codes', () => {
    expect(qrCode(MARGHERITA).svg).toBe(qrCode(MARGHERITA).svg);
    expect(qrCode(MARGHERITA).svg).not.toBe(qrCode(`${MARGHERITA}?scale=2`).svg);
  });

  test('has no style attribute for the Content-Security-Policy to block, and stays small', () => {
    const { svg } = qrCode(`${MARGHERITA}?scale=2`);
    expect(svg).not.toMatch(/style=/);
    expect(svg.length).toBeLessThan(5000);
    expect(QR_ERROR_CORRECTION).toBe('M');
  });
});
