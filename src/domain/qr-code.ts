/**
 * A QR code as a small inline SVG, for the printed binder: a cook scans the sheet
 * in the binder to open the live page. Pure (no DOM, no Astro), so the build renders
 * it into the page and the print script re-renders it in the browser for `?scale=…`.
 *
 * uqr's own renderSVG draws one 10-unit square per dark module (about 10 KB for a
 * page address); this draws each run of dark modules in a row as one 1-unit stroke,
 * a third of the bytes, from the same encoder.
 */
import { encode } from 'uqr';

/** Medium (15 %): survives a coffee ring or a punched hole, while the code stays small. */
export const QR_ERROR_CORRECTION = 'M';
/** The white margin the QR standard asks for, in modules: scanners need it to find the code. */
export const QR_QUIET_ZONE = 4;

export interface QrCode {
  /** Modules per side, quiet zone included. */
  readonly size: number;
  /** `svg` markup, with no style attribute (the site's Content-Security-Policy forbids inline styles). */
  readonly svg: string;
}

/** The code for `text` (an absolute URL), as SVG. Same text, same markup. */
export function qrCode(text: string): QrCode {
  const { size, data } = encode(text, { ecc: QR_ERROR_CORRECTION, border: QR_QUIET_ZONE });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path stroke="#000" d="${darkRuns(data)}"/></svg>`;
  return { size, svg };
}

/**
 * One horizontal line per run of dark modules, through the middle of its row: the
 * row's first run from an absolute move, the next ones from a relative move (shorter).
 */
function darkRuns(rows: readonly (readonly boolean[])[]): string {
  let d = '';
  rows.forEach((row, y) => {
    let penAt: number | undefined; // where the last run in this row ended
    for (let x = 0; x < row.length; ) {
      if (!row[x]) {
        x++;
        continue;
      }
      let end = x;
      while (end < row.length && row[end]) end++;
      d += penAt === undefined ? `M${x} ${y}.5h${end - x}` : `m${x - penAt} 0h${end - x}`;
      penAt = end;
      x = end;
    }
  });
  return d;
}
