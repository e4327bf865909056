import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { contrastRatio } from '../../src/domain/colour.ts';
import { cssVariableName, DARK_PALETTE, LIGHT_PALETTE, LINK_BACKGROUNDS, TEXT_ON_BACKGROUND, type Palette, type PaletteColour } from '../../src/domain/palette.ts';
import { accentFor, themeStylesheet } from '../../src/domain/theme-stylesheet.ts';

const PALETTES: Array<[string, Palette]> = [
  ['light', LIGHT_PALETTE],
  ['dark', DARK_PALETTE],
];

const pairs = PALETTES.flatMap(([name, palette]) => TEXT_ON_BACKGROUND.map(([text, background, minimum]) => [name, text, background, minimum, palette] as const));

test.each(pairs)('%s palette: %s on %s reaches %d:1', (_name, text, background, minimum, palette) => {
  expect(contrastRatio(palette[text], palette[background])).toBeGreaterThanOrEqual(minimum);
});

test.each(PALETTES)('%s palette: the sample brand as a link reads at AAA on every background it sits on', (_name, palette) => {
  const accent = accentFor('#9a3412', palette);
  for (const background of LINK_BACKGROUNDS) expect(contrastRatio(accent, palette[background])).toBeGreaterThanOrEqual(7);
});

test('binder.css carries the light palette as its defaults, value for value', () => {
  const css = readFileSync(new URL('../../src/styles/binder.css', import.meta.url), 'utf8');
  const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
  for (const name of Object.keys(LIGHT_PALETTE) as PaletteColour[]) {
    expect(root, cssVariableName(name)).toContain(`${cssVariableName(name)}: ${LIGHT_PALETTE[name]};`);
  }
});

test.each([
  ['paper', '--paper'],
  ['paperSoft', '--paper-soft'],
  ['dangerPaper', '--danger-paper'],
] as const)('%s is the CSS variable %s', (name, variable) => {
  expect(cssVariableName(name)).toBe(variable);
});

test('theme.css keeps the brand for the header and sets the dark palette for screens only', () => {
  const css = themeStylesheet('#9a3412');
  expect(css).toContain('html:root{--brand:#9a3412;');
  // Follows the device unless the cook chose light; or the cook chose dark.
  expect(css).toMatch(/@media screen and \(prefers-color-scheme:dark\)\{html:root:not\(\[data-theme='light'\]\)\{[^}]*--paper:#151413/);
  expect(css).toMatch(/@media screen\{html:root\[data-theme='dark'\]\{[^}]*--ink:#f3f0eb/);
  expect(css).toContain(`--accent:${accentFor('#9a3412', DARK_PALETTE)};color-scheme:dark`);
  // Nothing dark outside a screen media query: print stays black on white.
  expect(css.replace(/@media screen[^{]*\{[^{}]*\{[^}]*\}\}/g, '')).not.toContain('#151413');
});
